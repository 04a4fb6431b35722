import os

import pytest

from timeline.entities import EntityFinder, default_finder, find_entities, load_alias_rows


def test_cosmodrome_aliases_in_simplified_traditional_and_english_are_one_entity():
    names = {tuple(find_entities(t)) for t in
             ["沃斯托奇尼航天发射场", "東方航天發射場", "东方航天发射场", "the Vostochny Cosmodrome"]}
    assert names == {("东方航天发射场",)}


def test_leaders_are_named_by_their_canonical_name():
    assert find_entities("本周三，平壤领导人与俄罗斯总统普京会面") == ["金正恩", "普京"]
    assert find_entities("Vladimir Putin met Kim Jong Un in Vladivostok") == ["普京", "金正恩", "符拉迪沃斯托克"]
    assert "符拉迪沃斯托克" in find_entities("金正恩访问海参崴")


def test_transliterated_name_with_given_name_resolves_to_alias():
    assert find_entities("克里姆林宫发言人德米特里-佩斯科夫周五表示") == ["克里姆林宫", "佩斯科夫"]


def test_unknown_names_come_from_part_of_speech_tags():
    assert "李鸿忠" in find_entities("当时只派出了政治局委员李鸿忠作为代表")


def test_country_abbreviations_in_compounds():
    assert find_entities("自去年2月爆发俄乌战争以来") == ["俄罗斯", "乌克兰"]
    assert find_entities("中美关系恶化") == ["中国", "美国"]
    assert "罗斯" not in find_entities("出访俄罗斯")


def test_acronyms_match_only_as_written():
    assert find_entities("The UN said") == ["联合国"]
    assert find_entities("un jour") == []


def test_user_alias_file_extends_and_overrides(tmp_path):
    extra = tmp_path / "mine.csv"
    extra.write_text("canonical,alias,type\n刘国中,刘国中,person\n刘国中,Liu Guozhong,person\n", encoding="utf-8")
    finder = EntityFinder(load_alias_rows([str(extra)]))
    assert finder.find("Liu Guozhong led a delegation")[0].name == "刘国中"
    assert [e.name for e in finder.find("副总理刘国中率团")] == ["刘国中"]


def test_alias_files_from_environment_and_a_bad_one_is_skipped_with_a_warning(tmp_path, monkeypatch, caplog):
    extra = tmp_path / "env.csv"
    extra.write_text("canonical,alias\n泽连斯基,ZeeZee\n", encoding="utf-8")
    missing = tmp_path / "missing.csv"
    monkeypatch.setenv("TIMELINE_ALIASES", os.pathsep.join([str(missing), str(extra)]))
    rows = load_alias_rows()
    assert ("泽连斯基", "ZeeZee", "other") in rows
    assert "missing.csv" in caplog.text and "skipped" in caplog.text


def test_broken_alias_file_is_named(tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("name,other\nx,y\n", encoding="utf-8")
    with pytest.raises(ValueError, match="bad.csv"):
        load_alias_rows([str(bad)])
    with pytest.raises(ValueError, match="missing.csv"):
        load_alias_rows([str(tmp_path / "missing.csv")])


def test_people_are_typed():
    types = {e.name: e.type for e in default_finder().find("普京在莫斯科会见了联合国官员")}
    assert types["普京"] == "person" and types["莫斯科"] == "place" and types["联合国"] == "org"


def test_an_unlisted_name_after_a_title_is_read_whole():
    # jieba alone cuts these into 谭/德塞, 会/长坂/本雅信, 刘国/中.
    assert "谭德塞" in find_entities("世界卫生组织总干事谭德塞周五表示")
    assert "坂本雅信" in find_entities("渔业协同组合联合会会长坂本雅信与首相会面")
    assert "刘国中" in find_entities("国务院副总理刘国中周三抵达平壤")
    # A title with no name after it names nobody: 大使馆, 总理访华.
    assert find_entities("大使馆周一发布提醒") == []
    assert "访华" not in find_entities("总理访华期间")


def test_a_weekday_or_month_is_no_part_of_an_english_name():
    from timeline.entities import find_entities
    names = find_entities("Earlier on Tuesday Xi met the Russian prime minister, Mikhail Mishustin, in March Moscow talks")
    assert not any(n.startswith(("Tuesday", "March")) for n in names)
    assert "Mikhail Mishustin" in names or any("米舒斯京" == n for n in names)


def test_a_short_alias_matches_only_as_written_and_not_inside_another_name():
    from timeline.entities import find_entities
    assert find_entities("Earlier on Tuesday Xi met the Russian prime minister. Xi's trip") == ["习近平"]
    assert "习近平" not in find_entities("a flight to Xi'an, and xi in lower case")


def test_a_listed_name_written_with_a_joiner_is_found_whole():
    from timeline.entities import find_entities
    # jieba alone cuts the given name apart (卡玛/拉·哈里斯); any joiner (· - ‧) names the same person.
    for text in ("美国副总统卡玛拉·哈里斯周二表示", "美國副總統卡瑪拉-哈里斯週二表示"):
        assert find_entities(text)[-1] == find_entities("Kamala Harris said")[0]

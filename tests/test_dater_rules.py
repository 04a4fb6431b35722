"""Edge cases of the dater that the example corpus does not pin down on its own: tense, year
roll-over, leap years, week boundaries, Traditional and full-width input, anaphora limits."""
from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from timeline.dater import find_dates
from timeline.dater.languages import detect_language
from timeline.textnorm import normalize_for_matching


def values(text, ref, lang="zh", **kwargs):
    return [(m.expression, m.start.isoformat(), m.end.isoformat())
            for m in find_dates(text, date.fromisoformat(ref), lang=lang, **kwargs)]


def test_normalisation_keeps_length_and_offsets():
    text = "總統於週三（９月１３日）抵達，上週五離開。"
    norm = normalize_for_matching(text)
    assert len(norm) == len(text)
    assert norm == "总统于周三(9月13日)抵达,上周五离开。"
    for m in find_dates(text, date(2023, 9, 15)):
        assert text[m.offset:m.end_offset] == m.expression


def test_traditional_and_full_width_keep_the_original_expression():
    assert values("總統週三抵達，上週五離開，昨日返回。９月１３日", "2023-09-15") == [
        ("週三", "2023-09-13", "2023-09-13"), ("上週五", "2023-09-08", "2023-09-08"),
        ("昨日", "2023-09-14", "2023-09-14"), ("９月１３日", "2023-09-13", "2023-09-13")]


@pytest.mark.parametrize("text,ref,expected", [
    ("13日，双方会面。", "2023-09-15", "2023-09-13"),       # past: on or before the reference
    ("20日，双方会面了。", "2023-09-15", "2023-08-20"),     # done (了): the past one
    ("20日，双方会面。", "2023-09-15", "2023-09-20"),       # no tense: the nearest 20th
    ("双方将于20日会面。", "2023-09-15", "2023-09-20"),      # future marker: on or after
    ("双方预计20日会面。", "2023-09-15", "2023-09-20"),
    ("周五，双方会面。", "2023-09-13", "2023-09-08"),
    ("双方将于周五会面。", "2023-09-13", "2023-09-15"),
    ("周三，双方会面。", "2023-09-13", "2023-09-13"),       # the reference day itself
])
def test_tense_picks_the_direction(text, ref, expected):
    (found,) = values(text, ref)
    assert found[1] == expected


@pytest.mark.parametrize("text,expected", [
    ("12月30日，爆炸发生。", ("2023-12-30", "2023-12-30")),
    ("上月，出口下降。", ("2023-12-01", "2023-12-31")),
    ("上周，出口下降。", ("2023-12-25", "2023-12-31")),
    ("去年，出口下降。", ("2023-01-01", "2023-12-31")),
    ("12月，出口下降。", ("2023-12-01", "2023-12-31")),
    ("28日，出口下降。", ("2023-12-28", "2023-12-28")),
])
def test_january_articles_roll_back_into_last_year(text, expected):
    (found,) = values(text, "2024-01-03")
    assert found[1:] == expected


def test_leap_years():
    assert values("2月29日，法案通过。", "2024-03-05") == [("2月29日", "2024-02-29", "2024-02-29")]
    assert values("上月底，法案通过。", "2024-03-05") == [("上月底", "2024-02-21", "2024-02-29")]
    # 2023 has no 29 February: no mention takes that impossible day
    assert all("02-29" not in v[1] for v in values("2月29日，法案通过。", "2023-03-05"))
    # a bare 29日 in early March skips the short February
    assert values("29日，法案已通过。", "2023-03-05") == [("29日", "2023-01-29", "2023-01-29")]


def test_week_boundaries_around_sunday():
    sunday = "2021-11-28"
    assert values("本周日投票", sunday)[0][1] == "2021-11-28"
    assert values("本周一投票", sunday)[0][1] == "2021-11-22"
    assert values("上周日投票", sunday)[0][1] == "2021-11-21"
    assert values("下周一投票", sunday)[0][1] == "2021-11-29"
    monday = "2020-05-04"
    assert values("周日投票", monday)[0][1] == "2020-05-03"
    assert values("上周投票", monday)[0][1:] == ("2020-04-27", "2020-05-03")
    assert values("本周日投票", monday)[0][1] == "2020-05-10"


def test_day_anaphora_reach_a_few_paragraphs_back():
    assert values("同一天，记者被捕。", "2023-09-15") == []
    assert values("9日议会开会，次日抗议爆发。", "2023-09-15")[1] == ("次日", "2023-09-10", "2023-09-10")
    # news sites give each sentence its own paragraph: 次日 opens the next one
    assert values("9日，议会开会。\n次日，抗议爆发。", "2023-09-15")[1] == ("次日", "2023-09-10", "2023-09-10")
    assert values("9日，议会开会。\n议员们争论不休。\n同日，抗议爆发。", "2023-09-15")[1] == ("同日", "2023-09-09", "2023-09-09")
    far = "9日，议会开会。\n甲。\n乙。\n丙。\n同日，抗议爆发。"
    assert values(far, "2023-09-15") == [("9日", "2023-09-09", "2023-09-09")]


def test_day_anaphora_skip_background_years_and_plans():
    # 2011年 is background: 当天 is the day of the release, not "no day"
    text = "东电8月24日开始排放，这是2011年事故以来的首次。\n当天，海关发布公告。"
    assert values(text, "2023-08-25")[-1] == ("当天", "2023-08-24", "2023-08-24")
    # the plan (将于周四) is not the narrated day (周二)
    text = "首相周二宣布，公司将于周四开始排放。\n首相当天下午会见了渔民。"
    assert values(text, "2023-08-22")[-1] == ("当天下午", "2023-08-22", "2023-08-22")
    # ... unless the anaphor is in the plan too
    assert values("公司将于周四开始排放，当天将有专家到场。", "2023-08-22")[-1] == ("当天", "2023-08-24", "2023-08-24")


def test_an_unplaced_day_anaphor_hides_the_dates_before_it():
    # 同一天 found no day, so the narrative day is unknown; 当天 after it is unknown too,
    # even if a date sits in between inside a clause
    text = "同一天，该报针对对手4日披露的消息发表评论。\n该报当天还援引官员的话说。"
    assert [v[0] for v in values(text, "2023-09-07")] == ["4日"]


def test_hedged_mentions_are_below_the_default_cut():
    text = "他说：“今天我们站在一起。”总统计划本月访问日本。"
    assert values(text, "2024-03-20") == []
    low = find_dates(text, date(2024, 3, 20), min_confidence=0)
    assert [m.expression for m in low] == ["今天", "本月"]
    assert all(m.confidence < 0.5 for m in low)


def test_kinds_and_confidence():
    found = {m.expression: m for m in find_dates("2023年9月13日和周三，翌日。", date(2023, 9, 15))}
    assert (found["2023年9月13日"].kind, found["2023年9月13日"].confidence) == ("absolute", 0.95)
    assert (found["周三"].kind, found["周三"].confidence) == ("relative", 0.85)
    assert (found["翌日"].kind, found["翌日"].confidence) == ("anaphoric", 0.6)


def test_time_of_day_is_kept():
    (m,) = find_dates("周三下午3点，双方会面。", date(2023, 9, 15))
    assert (m.expression, m.time_of_day) == ("周三下午3点", "下午3点")
    (m,) = find_dates("They met on Tuesday night.", date(2023, 9, 15), lang="en")
    assert (m.expression, m.time_of_day) == ("Tuesday night", "night")


def test_reference_may_be_a_timezone_aware_datetime():
    ref = datetime(2023, 9, 15, 15, 46, tzinfo=timezone.utc)
    assert [m.start for m in find_dates("周三", ref)] == [date(2023, 9, 13)]


def test_language_auto_detection():
    assert detect_language("金正恩周三抵达俄罗斯。") == "zh"
    assert detect_language("Kim arrived in Russia on Wednesday.") == "en"
    assert [m.expression for m in find_dates("Kim arrived on Wednesday.", date(2023, 9, 15), lang="auto")] \
        == ["Wednesday"]


def test_unsupported_language_is_a_clear_error():
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        find_dates("mercredi", date(2023, 9, 15), lang="fr")


def test_empty_and_dateless_text():
    assert find_dates("", date(2023, 9, 15)) == []
    assert find_dates("<p>\x00\ufffd</p>", date(2023, 9, 15)) == []


def test_mentions_come_in_text_order_without_overlap():
    text = "9月10日至12日，周三（9月13日）上午，上月30日，去年2月和5月，2019年底。" * 3
    found = find_dates(text, date(2023, 9, 15))
    assert [m.offset for m in found] == sorted(m.offset for m in found)
    assert all(a.end_offset <= b.offset for a, b in zip(found, found[1:]))
    assert all(text[m.offset:m.end_offset] == m.expression for m in found)


def test_rule_anchors_never_hide_a_match():
    """Anchors only skip work: without them every corpus text gives the same mentions."""
    from pathlib import Path

    from timeline.dater import rules_en, rules_zh

    examples = Path(__file__).resolve().parents[1] / "timeline/dater/examples"
    cases = []
    for path in sorted(examples.glob("*.tsv")):
        lang, texts = path.stem.split("_")[0], []
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                text, reference, _ = line.split("\t")
                cases.append((lang, text.replace("\\n", "\n"), date.fromisoformat(reference)))
                texts.append(text)
        # one long text per file too: there a rule is searched only in windows around its anchors
        cases.append((lang, " ".join(texts[:80]), cases[-1][2]))
    with_anchors = [find_dates(text, ref, lang=lang, min_confidence=0) for lang, text, ref in cases]
    rules = rules_zh.RULES + rules_en.RULES
    saved = [rule.anchor_regex for rule in rules]
    try:
        for rule in rules:
            object.__setattr__(rule, "anchor_regex", None)  # rules are frozen: this test alone unfreezes
        without = [find_dates(text, ref, lang=lang, min_confidence=0) for lang, text, ref in cases]
    finally:
        for rule, anchor in zip(rules, saved):
            object.__setattr__(rule, "anchor_regex", anchor)
    assert with_anchors == without


def test_english_numeric_order_is_stated_and_ambiguity_reported():
    # month first in English (US wires); day first when the first number cannot be a month or
    # dots separate; both readings real (4/5/2017) -> the guess is marked by a lower confidence
    ref = date(2024, 3, 20)
    unambiguous, ambiguous, dotted = (find_dates(t, ref, lang="en")[0]
                                      for t in ("Filed 12/25/2016.", "Filed 4/5/2017.", "Filed 4.5.2017."))
    assert (unambiguous.start, unambiguous.confidence) == (date(2016, 12, 25), 0.95)
    assert (ambiguous.start, ambiguous.confidence) == (date(2017, 4, 5), 0.85)
    assert dotted.start == date(2017, 5, 4)


def test_english_iso_timestamp_is_its_day():
    found = find_dates("Posted 2014-12-12T12:33:39-08:00 by the desk.", date(2024, 3, 20), lang="en")
    assert [(m.start, m.grain) for m in found] == [(date(2014, 12, 12), "day")]


def test_english_holidays_follow_their_calendars():
    # computed days: the 4th Thursday of November, Easter, the Umm al-Qura month of Ramadan
    assert values("Thanksgiving 2021 and Easter 2019 were quiet.", "2024-03-20", lang="en") == [
        ("Thanksgiving 2021", "2021-11-25", "2021-11-25"), ("Easter 2019", "2019-04-21", "2019-04-21")]
    assert values("Fighting eased during Ramadan 2021.", "2024-03-20", lang="en") == [
        ("Ramadan 2021", "2021-04-13", "2021-05-12")]


def test_islamic_holidays_outside_the_calendar_tables_give_no_date():
    # hijridate's Umm al-Qura tables cover 1924-2077: outside them, no date rather than a crash
    assert values("Ramadan 1900 and Eid al-Fitr 2090 were long.", "2024-03-20", lang="en") == []


def test_prefer_future_reads_an_undated_day_as_the_coming_one_and_leaves_explicit_words():
    # news (the default) reads "Tuesday" written on Wednesday 7 March 2018 as the day before;
    # an agenda (prefer="future") as the next one; "last Friday" and "2 days ago" do not move
    text = "Review on Tuesday; Aug 5 - 16 trip; last Friday and 2 days ago stay past."
    assert values(text, "2018-03-07", lang="en") == [
        ("Tuesday", "2018-03-06", "2018-03-06"), ("Aug 5 - 16", "2017-08-05", "2017-08-16"),
        ("last Friday", "2018-03-02", "2018-03-02"), ("2 days ago", "2018-03-05", "2018-03-05")]
    assert values(text, "2018-03-07", lang="en", prefer="future") == [
        ("Tuesday", "2018-03-13", "2018-03-13"), ("Aug 5 - 16", "2018-08-05", "2018-08-16"),
        ("last Friday", "2018-03-02", "2018-03-02"), ("2 days ago", "2018-03-05", "2018-03-05")]

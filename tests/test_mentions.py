from eventkit import article, date_mention

from timeline.mentions import clause_offsets, event_mentions, split_clauses


def test_date_alone_in_its_clause_governs_what_follows_past_the_speech_verb():
    a = article("a", "周四，白宫表示，国家安全顾问杰克-沙利文与韩国和日本同行讨论了普京与金正恩的会晤。")
    [m] = event_mentions(a, [date_mention(a, "周四", "2023-09-14")])
    assert "沙利文与韩国和日本同行讨论了普京与金正恩的会晤" in m.clause
    assert "周四" not in m.description and m.description.startswith("白宫表示")
    assert {"白宫", "沙利文", "韩国", "日本", "普京", "金正恩"} <= set(m.entities)
    assert m.sentence.startswith("周四") and m.expression_offset == 0


def test_clause_with_its_own_predicate_is_not_extended():
    a = article("a", "俄罗斯新闻稿中称，金正恩周五在阿穆尔河畔共青城参观了尤里-加加林航空制造厂，随后离开。")
    [m] = event_mentions(a, [date_mention(a, "周五", "2023-09-15")])
    assert m.clause == "金正恩周五在阿穆尔河畔共青城参观了尤里-加加林航空制造厂"
    assert m.description == "金正恩在阿穆尔河畔共青城参观了尤里-加加林航空制造厂"
    assert "随后离开" in m.scope   # the following clause still happens under the same date


def test_two_dates_in_one_clause_share_the_predicate():
    a = article("a", "平壤今年5月和8月曾二度尝试发射军事间谍卫星均告失败。")
    ms = event_mentions(a, [date_mention(a, "今年5月", "2023-05-01", "2023-05-31", "month"),
                            date_mention(a, "8月", "2023-08-01", "2023-08-31", "month")])
    assert [m.date.expression for m in ms] == ["今年5月", "8月"]
    assert ms[0].description == ms[1].description == "平壤曾二度尝试发射军事间谍卫星均告失败"


def test_time_clause_passes_the_date_on_to_the_main_clause():
    a = article("a", "周三上午，当金正恩接近目的地时，朝鲜向其东海岸附近海域发射了两枚短程导弹。")
    [m] = event_mentions(a, [date_mention(a, "周三上午", "2023-09-13")])
    assert "发射了两枚短程导弹" in m.description


def test_date_heading_a_modifier_governs_the_next_clause():
    text = "在金正恩与普京周三举行正式会晤的翌日，朝鲜官媒报道，普京已接受邀请。"
    a = article("a", text)
    first, nextday = event_mentions(a, [date_mention(a, "周三", "2023-09-13"),
                                        date_mention(a, "翌日", "2023-09-14")])
    assert "会晤" in first.description and "接受邀请" not in first.scope
    assert "普京已接受邀请" in nextday.clause and "会晤" not in nextday.clause


def test_since_frame_keeps_the_date_to_its_own_clause():
    sentence = "自2019年首次访俄后，金正恩传将同普京会谈"
    [(start, end, scope_end)] = clause_offsets(sentence, [(1, 5)])
    assert sentence[start:end] == sentence[start:scope_end] == "自2019年首次访俄后"


def test_clauses_do_not_split_inside_brackets():
    text = "周五（9月15日，上午）参观了工厂，特别是战斗机工厂"
    assert [text[s:e] for s, e in split_clauses(text)] == ["周五（9月15日，上午）参观了工厂，", "特别是战斗机工厂"]


def test_short_sentence_borrows_its_neighbours_as_context():
    a = article("a", "朝鲜和俄罗斯都处于制裁之下，两国与西方的关系处于历史最低点。双方的高级官员也参与了周三的会晤。")
    [m] = event_mentions(a, [date_mention(a, "周三", "2023-09-13")])
    assert "制裁" in m.context and {"朝鲜", "俄罗斯"} <= set(m.context_entities)


def test_mentions_carry_article_and_sentence():
    a = article("art1", "第一句话没有日期。\n金正恩周五参观了工厂。", outlet="BBC")
    [m] = event_mentions(a, [date_mention(a, "周五", "2023-09-15")])
    assert (m.article_id, m.outlet, m.sentence_index, m.sentence) == ("art1", "BBC", 1, "金正恩周五参观了工厂。")
    assert m.sentence[m.expression_offset:].startswith("周五")


def test_since_frame_dates_the_framed_event_not_the_rest_of_the_clause():
    a = article("a", "金正恩自2019年底新冠疫情爆发后首次出国，选择了俄罗斯。")
    [m] = event_mentions(a, [date_mention(a, "2019年底", "2019-11-01", "2019-12-31", "year_part")])
    assert m.description == "新冠疫情爆发"
    b = article("b", "此次会晤标志着金正恩自2019年以来首次外访。")
    [m] = event_mentions(b, [date_mention(b, "2019年", "2019-01-01", "2019-12-31", "year")])
    assert m.description == "此次会晤标志着金正恩首次外访"


def test_a_wire_credit_is_no_part_of_the_description():
    from eventkit import article, date_mention
    for text, expr in (("（中央社莫斯科22日綜合外電報導）中國國家主席習近平今天結束對俄羅斯的國事訪問。", "今天"),
                       ("MOSCOW (AP) — Chinese leader Xi Jinping left Moscow on Wednesday, wrapping up a visit.",
                        "Wednesday")):
        a = article("w", text, language="zh" if "今天" in text else "en")
        (m,) = event_mentions(a, [date_mention(a, expr, "2023-03-22")])
        assert "中央社" not in m.description and "(AP)" not in m.description
        assert m.description.startswith(("中國國家主席", "Chinese leader"))


def test_english_dates_inside_a_subject_or_a_modifier_keep_the_noun_they_describe():
    from eventkit import article, date_mention
    cases = [("His first foreign trip as head of state, in 2013, was also to Moscow.", "2013",
              "His first foreign trip as head of state", "was also to Moscow"),
             ("Putin praised China's 12-point peace plan, published on 24 February, as a basis for talks.",
              "24 February", "12-point peace plan", "published"),
             ("On the same day, Japan's prime minister, Fumio Kishida, arrived in Kyiv.", "the same day",
              "Japan's prime minister", "arrived in Kyiv"),
             ("Xi first visited Moscow as president on March 22, 2013, and has returned since.", "March 22, 2013",
              "Xi first visited Moscow", "")]
    for text, expr, subject, predicate in cases:
        a = article("g", text, outlet="The Guardian", language="en")
        (m,) = event_mentions(a, [date_mention(a, expr, "2013-03-22")])
        assert subject in m.description and predicate in m.description, m.description
        assert "2013" not in m.description and " in ," not in m.description


def test_a_time_anchor_clause_gives_way_to_the_event_it_anchors():
    from eventkit import article, date_mention
    a = article("b", "去年2月，就在俄罗斯全面入侵乌克兰前几周，习近平与普京在北京会面。")
    (m,) = event_mentions(a, [date_mention(a, "去年2月", "2022-02-01", "2022-02-28", "month")])
    assert "习近平与普京在北京会面" in m.description


def test_a_traditional_speech_verb_hands_the_clause_to_what_was_said():
    from eventkit import article, date_mention
    a = article("t", "白俄總統府24日晚間發布聲明說，盧卡申柯與普里格津進行了一整天的談判。")
    (m,) = event_mentions(a, [date_mention(a, "24日晚間", "2023-06-24")])
    assert "談判" in m.description


def test_an_english_verb_first_clause_finds_its_subject_before_it_and_drops_the_date_s_preposition():
    from eventkit import article, date_mention
    a = article("r", "Russia's aviation agency, Rosaviatsia, said on Wednesday evening that Prigozhin was on board.",
                language="en")
    (m,) = event_mentions(a, [date_mention(a, "Wednesday evening", "2023-08-23")])
    assert m.description == "Russia's aviation agency, Rosaviatsia, said that Prigozhin was on board"


def test_a_vague_time_adverb_is_no_event():
    from eventkit import article, date_mention
    a = article("v", "同日早些时候，俄罗斯官方媒体援引消息人士报道说，苏罗维金已被解除职务。")
    (m,) = event_mentions(a, [date_mention(a, "同日", "2023-08-23")])
    assert m.description.startswith("俄罗斯官方媒体") and "苏罗维金已被解除职务" in m.description


def test_a_day_counted_from_an_event_is_not_that_event():
    from eventkit import article, date_mention
    a = article("h", "强震次日（2日），羽田机场发生日航客机与海上保安厅飞机相撞事故。")
    (m,) = event_mentions(a, [date_mention(a, "次日（2日）", "2024-01-02")])
    assert m.description.startswith("羽田机场") and "强震" not in m.description
    # A subject before 当天 stays the subject.
    a = article("k", "岸田当天表示，政府将全力救灾。")
    (m,) = event_mentions(a, [date_mention(a, "当天", "2024-01-02")])
    assert m.description.startswith("岸田")


def test_two_dated_happenings_joined_by_a_conjunction_get_their_own_clauses():
    from eventkit import article, date_mention
    text = ("Wagner's fighters seized Rostov-on-Don early on Saturday and pushed north before "
            "Alexander Lukashenko brokered a deal that evening.")
    a = article("r", text, language="en")
    seized, deal = event_mentions(a, [date_mention(a, "Saturday", "2023-06-24"),
                                      date_mention(a, "that evening", "2023-06-24")])
    assert "seized" in seized.description and "brokered" not in seized.description
    assert "brokered a deal" in deal.description and "seized" not in deal.description


def test_an_outlet_credit_opening_a_paragraph_is_no_part_of_the_clause():
    # Real DW paragraph (tests/data/real_abe_2022/04_dw.txt): the credit and the day say nothing
    # by themselves; the day's clause runs on to what happened.
    text = "（德国之声中文网）周六，在日本前首相安倍晋三遇刺身亡的次日，一辆灵车将他的遗体送到了东京家中。"
    a = article("dw", text)
    (m,) = event_mentions(a, [date_mention(a, "周六", "2022-07-09")])
    assert "德国之声" not in m.clause
    assert m.clause.startswith("周六，在日本前首相")


def test_a_clause_placing_another_date_after_an_event_gives_way_to_what_happened_that_day():
    # Real DW paragraph (tests/data/real_abe_2022/04_dw.txt): 周六 and 次日 are one day; the clause
    # between them names the shooting only to count the day from it, and the hearse is the news.
    text = "周六，在日本前首相安倍晋三遇刺身亡的次日，一辆灵车将他的遗体送到了东京家中。"
    a = article("dw", text)
    saturday, next_day = event_mentions(a, [date_mention(a, "周六", "2022-07-09"),
                                            date_mention(a, "次日", "2022-07-09")])
    assert saturday.description == next_day.description == "一辆灵车将他的遗体送到了东京家中"

from timeline.sentences import split_sentences


def sentences(text, lang="zh"):
    return [text[a:b] for a, b in split_sentences(text, lang)]


def test_chinese_end_marks_split_and_semicolon_does_not():
    text = "金正恩周三抵达。俄方称会谈顺利；美方表示担忧！结果如何？"
    assert sentences(text) == ["金正恩周三抵达。", "俄方称会谈顺利；美方表示担忧！", "结果如何？"]


def test_closing_quote_stays_with_its_sentence():
    text = "普京表示：“这就是我们来到东方航天发射场的原因。”他随后离开。"
    assert sentences(text) == ["普京表示：“这就是我们来到东方航天发射场的原因。”", "他随后离开。"]


def test_quotation_with_several_sentences_stays_whole():
    text = "他说：“但朝鲜需要俄罗斯的技术帮助。朝鲜的五大武器项目都是基于俄罗斯的原创技术。”会议结束。"
    assert sentences(text) == [
        "他说：“但朝鲜需要俄罗斯的技术帮助。朝鲜的五大武器项目都是基于俄罗斯的原创技术。”",
        "会议结束。",
    ]


def test_mismatched_quotes_do_not_swallow_the_paragraph():
    # Real copy: a quote opened with “ is never closed (the writer typed “ again), and one
    # opened with ASCII " is closed by “ at the end of the paragraph.
    text = ('日本外相说：“我们相当担忧地关注会谈。这种武器交易可能违反禁令“。东京周四也同样警惕。\n'
            '他说，"我认为，俄罗斯已经试验过朝鲜的炮弹。“')
    assert sentences(text) == [
        "日本外相说：“我们相当担忧地关注会谈。",
        "这种武器交易可能违反禁令“。",
        "东京周四也同样警惕。",
        '他说，"我认为，俄罗斯已经试验过朝鲜的炮弹。“',
    ]


def test_chinese_ellipsis_does_not_end_a_sentence():
    text = "“我们将始终支持普京总统的决定……我们将共同反对帝国主义。”"
    assert sentences(text) == [text]


def test_stray_punctuation_joins_the_previous_sentence():
    text = "他认为局势将不稳定。”。这位专家指出，双方都有所得。"
    assert sentences(text) == ["他认为局势将不稳定。”。", "这位专家指出，双方都有所得。"]


def test_paragraph_boundary_always_ends_a_sentence():
    text = "金正恩押宝新冷战 取得成效\n纽时文章强调出，自2011年掌权以来"
    assert sentences(text) == ["金正恩押宝新冷战 取得成效", "纽时文章强调出，自2011年掌权以来"]


def test_english_abbreviations_do_not_split():
    text = ("Mr. Kim met Mr. Putin on Sept. 13 at the Vostochny Cosmodrome. The U.S. warned "
            "of sanctions. Dr. J. Smith of the U.N. disagreed! Really? Yes.")
    assert sentences(text, "en") == [
        "Mr. Kim met Mr. Putin on Sept. 13 at the Vostochny Cosmodrome.",
        "The U.S. warned of sanctions.",
        "Dr. J. Smith of the U.N. disagreed!",
        "Really?",
        "Yes.",
    ]


def test_english_quote_after_period_and_decimals():
    text = 'He said "no deal was signed." Output rose 3.5 percent. Then (it fell.) Done'
    assert sentences(text, "en") == [
        'He said "no deal was signed."', "Output rose 3.5 percent.", "Then (it fell.)", "Done",
    ]


def test_english_ellipsis_does_not_split():
    text = "No agreements were signed during the visit... and none had been planned."
    assert sentences(text, "en") == [text]


def test_offsets_are_stripped_and_index_the_text():
    text = "  第一句。  \n\n  第二句！ \n"
    spans = split_sentences(text, "zh")
    assert [text[a:b] for a, b in spans] == ["第一句。", "第二句！"]
    assert all(not text[a].isspace() and not text[b - 1].isspace() for a, b in spans)


def test_empty_and_whitespace_text():
    assert split_sentences("", "zh") == []
    assert split_sentences(" \n \n", "en") == []


def test_ascii_question_mark_in_chinese_copy():
    assert sentences("中国会不满?北京没有回应。") == ["中国会不满?", "北京没有回应。"]

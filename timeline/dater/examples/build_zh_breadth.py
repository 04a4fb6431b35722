"""Writes zh_breadth.tsv: the Chinese breadth families (issue 10), each expression set in a few
sentence frames, in Simplified and (through OpenCC s2twp) Traditional script.

    python timeline/dater/examples/build_zh_breadth.py

The sentences are synthetic: they test that a form is read and resolved, and no figure from
them is a measure of real news. Expected values are written by hand below, except the lunar
and solar-term days of tense-chosen years, which are read from borax's calendar tables (the
same tables the dater uses; the test then checks the year chosen and the span, not the table).
Reference: Wednesday 2024-03-20 unless a line says otherwise.
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import opencc
from borax.calendars.lunardate import LunarDate, TermUtils

REF = date(2024, 3, 20)
PAST = ["{x}，双方举行了会谈。", "据报道，这起事件发生在{x}。", "警方表示，嫌犯于{x}被捕。", "{x}，该国宣布进入紧急状态。"]
FUTURE = ["会议将于{x}举行。", "代表团定于{x}出发。"]
NOW = object()   # a running period: a plan marker next to it hedges it, so no future frames


def d(x):
    return f"{x} day"


def lunar(month, day, future, leap=0):
    """The day a lunar month/day names under the dater's tense window around REF."""
    low, high = (REF - timedelta(days=1), REF + timedelta(days=364)) if future else \
        (REF - timedelta(days=334), REF + timedelta(days=31))
    for year in (REF.year - 1, REF.year, REF.year + 1):
        day_ = LunarDate(year, month, day, leap).to_solar_date()
        if low <= day_ <= high:
            return d(day_.isoformat())
    raise AssertionError((month, day))


def term(name, future):
    low, high = (REF - timedelta(days=1), REF + timedelta(days=364)) if future else \
        (REF - timedelta(days=334), REF + timedelta(days=31))
    for year in (REF.year - 1, REF.year, REF.year + 1):
        day_ = TermUtils.nth_term_day(year, TermUtils.name2index(name))
        if low <= day_ <= high:
            return d(day_.isoformat())
    raise AssertionError(name)


def eve(future):
    low, high = (REF - timedelta(days=1), REF + timedelta(days=364)) if future else \
        (REF - timedelta(days=334), REF + timedelta(days=31))
    for year in (REF.year - 1, REF.year, REF.year + 1):
        day_ = LunarDate(year, 1, 1).to_solar_date() - timedelta(days=1)
        if low <= day_ <= high:
            return d(day_.isoformat())
    raise AssertionError("除夕")


# family -> [(expression, value in a past frame, value in a future frame or None = same or NOW)]
FAMILIES = {
    "years: two-digit, written-out, before 1000": [
        ("09年", "2009-01-01..2009-12-31 year", None), ("05年", "2005-01-01..2005-12-31 year", None),
        ("16年5月3日", d("2016-05-03"), None), ("97年2月", "1997-02-01..1997-02-28 month", None),
        ("19年11月", "2019-11-01..2019-11-30 month", None), ("一九九八年", "1998-01-01..1998-12-31 year", None),
        ("二〇〇一年三月十二日", d("2001-03-12"), None), ("两千零九年", "2009-01-01..2009-12-31 year", None),
        ("二〇〇八年八月", "2008-08-01..2008-08-31 month", None), ("一千九百九十八年", "1998-01-01..1998-12-31 year", None),
        ("零三年", "2003-01-01..2003-12-31 year", None), ("九七年七月", "1997-07-01..1997-07-31 month", None),
        ("公元812年", "0812-01-01..0812-12-31 year", None), ("公元1066年", "1066-01-01..1066-12-31 year", None),
        ("两千零一十年", "2010-01-01..2010-12-31 year", None), ("二千零二十三年", "2023-01-01..2023-12-31 year", None),
        ("08年8月8日", d("2008-08-08"), None), ("99年12月20日", d("1999-12-20"), None),
    ],
    "decades and centuries": [
        ("两千年代", "2000-01-01..2009-12-31 decade", None), ("本世纪30年代", "2030-01-01..2039-12-31 decade", None),
        ("上世纪七十年代", "1970-01-01..1979-12-31 decade", None), ("上世纪末", "1990-01-01..1999-12-31 decade", None),
        ("20世纪初", "1900-01-01..1909-12-31 decade", None), ("二十世纪五十年代", "1950-01-01..1959-12-31 decade", None),
        ("上个世纪80年代", "1980-01-01..1989-12-31 decade", None), ("本世纪初", "2000-01-01..2009-12-31 decade", None),
        ("00年代", "2000-01-01..2009-12-31 decade", None), ("上世纪中叶", "1940-01-01..1969-12-31 decade", None),
        ("19世纪末", "1890-01-01..1899-12-31 decade", None), ("一九八〇年代", "1980-01-01..1989-12-31 decade", None),
    ],
    "ranges across months and years, open to now, numeric": [
        ("2016年9月20日至2017年1月8日", "2016-09-20..2017-01-08 day", None),
        ("19年11月到20年2月", "2019-11-01..2020-02-29 month", None),
        ("大前年5月到今年1月", "2021-05-01..2024-01-31 month", None),
        ("2015年3——6月", "2015-03-01..2015-06-30 month", None),
        ("2010年——2014年", "2010-01-01..2014-12-31 year", None),
        ("2003年起至今", "2003-01-01..2024-03-20 year", NOW), ("前年到现在", "2022-01-01..2024-03-20 year", NOW),
        ("上周到今天", "2024-03-11..2024-03-20 week", NOW), ("2016/3/5-2016/9/1", "2016-03-05..2016-09-01 day", None),
        ("2001.03-2004.11", "2001-03-01..2004-11-30 month", None), ("2020年1月至今", "2020-01-01..2024-03-20 month", NOW),
        ("3月1日至今", "2024-03-01..2024-03-20 day", NOW), ("2021年12月至2022年3月", "2021-12-01..2022-03-31 month", None),
        ("去年11月到今年2月", "2023-11-01..2024-02-29 month", None), ("2022年5月到2023年", "2022-05-01..2023-12-31 year", None),
        ("2018年1月1日到2019年6月30日", "2018-01-01..2019-06-30 day", None),
        ("2008年迄今", "2008-01-01..2024-03-20 year", NOW),
    ],
    "quarters and halves": [
        ("2023年二季度", "2023-04-01..2023-06-30 quarter", None), ("上一季度", "2023-10-01..2023-12-31 quarter", None),
        ("上季度", "2023-10-01..2023-12-31 quarter", None), ("这个季度", "2024-01-01..2024-03-31 quarter", NOW),
        ("本季度", "2024-01-01..2024-03-31 quarter", NOW), ("下个季度", "2024-04-01..2024-06-30 quarter", None),
        ("下一季度", "2024-04-01..2024-06-30 quarter", None), ("下个半年", "2024-07-01..2024-12-31 half_year", None),
        ("上个半年", "2023-07-01..2023-12-31 half_year", None), ("2024年Q3", "2024-07-01..2024-09-30 quarter", None),
        ("2022年四季度", "2022-10-01..2022-12-31 quarter", None), ("去年三季度", "2023-07-01..2023-09-30 quarter", None),
    ],
    "ordinal weeks, months and days of a year": [
        ("2019年的第二周", "2019-01-07..2019-01-13 week", None), ("今年第40个星期", "2024-09-30..2024-10-06 week", None),
        ("今年第一百天", d("2024-04-09"), None), ("2023年第四个月", "2023-04-01..2023-04-30 month", None),
        ("去年第二周", "2023-01-09..2023-01-15 week", None), ("2020年第10周", "2020-03-02..2020-03-08 week", None),
    ],
    "seasons": [
        ("1911年秋天", "1911-09-01..1911-11-30 year_part", None), ("今年夏天", "2024-06-01..2024-08-31 year_part", None),
        ("去年冬季", "2023-12-01..2024-02-29 year_part", None), ("2022年春季", "2022-03-01..2022-05-31 year_part", None),
        ("明年春天", "2025-03-01..2025-05-31 year_part", None), ("今春", "2024-03-01..2024-05-31 year_part", None),
        ("去冬", "2023-12-01..2024-02-29 year_part", None), ("明夏", "2025-06-01..2025-08-31 year_part", None),
        ("去年秋天", "2023-09-01..2023-11-30 year_part", None), ("前年夏季", "2022-06-01..2022-08-31 year_part", None),
    ],
    "relative words": [
        ("上上个星期", "2024-03-04..2024-03-10 week", None), ("上上周", "2024-03-04..2024-03-10 week", None),
        ("下下个月", "2024-05-01..2024-05-31 month", None), ("下下周", "2024-04-01..2024-04-07 week", None),
        ("大前日", d("2024-03-17"), None), ("大后日", d("2024-03-23"), None), ("大大前天", d("2024-03-16"), None),
        ("大大后天", d("2024-03-24"), None), ("前日", d("2024-03-18"), None),
        ("上一个星期", "2024-03-11..2024-03-17 week", None), ("下一周", "2024-03-25..2024-03-31 week", None),
        ("这一月", "2024-03-01..2024-03-31 month", NOW), ("本年度", "2024-01-01..2024-12-31 year", NOW),
        ("上年度", "2023-01-01..2023-12-31 year", None), ("上一个月", "2024-02-01..2024-02-29 month", None),
        ("下一个月", "2024-04-01..2024-04-30 month", None), ("明后两天", "2024-03-21..2024-03-22 day", None),
        ("今明两天", "2024-03-20..2024-03-21 day", None), ("大前年", "2021-01-01..2021-12-31 year", None),
        ("大后年", "2027-01-01..2027-12-31 year", None), ("下一个周五", d("2024-03-29"), None),
        ("上一个周一", d("2024-03-11"), None), ("明后天", "2024-03-21..2024-03-22 day", None),
    ],
    "lunar dates and festivals, solar terms": [
        ("农历八月十五", lunar(8, 15, False), lunar(8, 15, True)), ("正月初八", lunar(1, 8, False), lunar(1, 8, True)),
        ("腊月二十三", lunar(12, 23, False), lunar(12, 23, True)), ("大年初一", lunar(1, 1, False), lunar(1, 1, True)),
        ("农历五月初五", lunar(5, 5, False), lunar(5, 5, True)), ("八月初八", lunar(8, 8, False), lunar(8, 8, True)),
        ("春节", lunar(1, 1, False), lunar(1, 1, True)), ("元宵节", lunar(1, 15, False), lunar(1, 15, True)),
        ("端午节", lunar(5, 5, False), lunar(5, 5, True)), ("中秋节", lunar(8, 15, False), lunar(8, 15, True)),
        ("七夕", lunar(7, 7, False), lunar(7, 7, True)), ("重阳节", lunar(9, 9, False), lunar(9, 9, True)),
        ("除夕", eve(False), eve(True)), ("腊八节", lunar(12, 8, False), lunar(12, 8, True)),
        ("冬至", term("冬至", False), term("冬至", True)), ("清明节", term("清明", False), term("清明", True)),
        ("夏至", term("夏至", False), term("夏至", True)), ("立春", term("立春", False), term("立春", True)),
        ("立秋", term("立秋", False), term("立秋", True)), ("霜降", term("霜降", False), term("霜降", True)),
        ("2023年中秋节", d("2023-09-29"), None), ("去年春节", d("2023-01-22"), None), ("今年端午节", d("2024-06-10"), None),
        ("2020年除夕", d("2020-01-24"), None), ("2019年冬至", d("2019-12-22"), None), ("2023年农历八月十五", d("2023-09-29"), None),
        ("农历2024年正月十五", d("2024-02-24"), None), ("今年七夕", d("2024-08-10"), None), ("去年重阳节", d("2023-10-23"), None),
        ("2025年春节", d("2025-01-29"), None), ("2021年清明节", d("2021-04-04"), None),
    ],
    "fixed and computed holidays": [
        ("元旦", d("2024-01-01"), d("2025-01-01")), ("国庆节", d("2023-10-01"), d("2024-10-01")),
        ("劳动节", d("2023-05-01"), d("2024-05-01")), ("教师节", d("2023-09-10"), d("2024-09-10")),
        ("建军节", d("2023-08-01"), d("2024-08-01")), ("母亲节", d("2023-05-14"), d("2024-05-12")),
        ("感恩节", d("2023-11-23"), d("2024-11-28")), ("复活节", d("2024-03-31"), d("2024-03-31")),
        ("圣诞节", d("2023-12-25"), d("2024-12-25")), ("父亲节", d("2023-06-18"), d("2024-06-16")),
        ("今年母亲节", d("2024-05-12"), None), ("去年感恩节", d("2023-11-23"), None), ("2019年复活节", d("2019-04-21"), None),
        ("去年国庆节", d("2023-10-01"), None), ("2025年元旦", d("2025-01-01"), None), ("2016年感恩节", d("2016-11-24"), None),
        ("青年节", d("2023-05-04"), d("2024-05-04")), ("植树节", d("2024-03-12"), d("2025-03-12")),
        # the Islamic calendar (Umm al-Qura): Ramadan 1445 = 2024-03-11..04-09, Eid al-Fitr 1444 = 2023-04-21
        ("斋月", "2024-03-11..2024-04-09 month", "2025-03-01..2025-03-29 month"), ("2023年斋月", "2023-03-23..2023-04-20 month", None),
        ("开斋节", d("2023-04-21"), d("2024-04-10")), ("去年古尔邦节", d("2023-06-28"), None),
    ],
    "numeric formats": [
        ("2011 03 15", d("2011-03-15"), None), ("20190912", d("2019-09-12"), None), ("25.12.2016", d("2016-12-25"), None),
        ("12/25/1998", d("1998-12-25"), None), ("12/25/98", d("1998-12-25"), None), ("4/5/2017", d("2017-04-05"), None),
        ("2019-05-0708:15", d("2019-05-07"), None), ("2019/07", "2019-07-01..2019-07-31 month", None),
        ("2001.03", "2001-03-01..2001-03-31 month", None), ("2019-7", "2019-07-01..2019-07-31 month", None),
        ("20231130", d("2023-11-30"), None), ("01.02.2020", d("2020-02-01"), None), ("2022/11", "2022-11-01..2022-11-30 month", None),
    ],
}

# Lines written whole: tense and mood, a topic year, Cantonese and Taiwan forms, negatives.
LINES = [
    ("飞机应在当地时间周三晚上8点左右抵达。", "2024-03-21", "当地时间周三晚上8点 = 2024-03-27 day"),
    ("该报告应该于周五公布。", "2024-03-21", "周五 = 2024-03-22 day"),
    ("工程有望于周一完工。", "2024-03-21", "周一 = 2024-03-25 day"),
    ("项目须在6月底前完成。", "2024-02-10", "6月底 = 2024-06-21..2024-06-30 month_part"),
    ("新规须在9月前落实到位。", "2024-02-10", "9月 = 2024-09-01..2024-09-30 month"),
    ("该法案已于9月前获得通过。", "2024-02-10", "9月 = 2023-09-01..2023-09-30 month"),
    ("双方将在年内完成谈判。", "2024-03-20", "年内 = 2024-01-01..2024-12-31 year"),
    ("2019年，有1515座冰山在3月至8月间漂入航道。", "2024-03-20",
     "2019年 = 2019-01-01..2019-12-31 year | 3月至8月 = 2019-03-01..2019-08-31 month"),
    ("2011年：3月11日，日本东北部发生强烈地震。", "2024-03-20",
     "2011年 = 2011-01-01..2011-12-31 year | 3月11日 = 2011-03-11 day"),
    ("自2016年1月1日起至2016年12月31日止，该政策试行一年。", "2024-03-20",
     "2016年1月1日起至2016年12月31日 = 2016-01-01..2016-12-31 day"),
    ("從2010年至2014年，該國經濟持續衰退。", "2024-03-20", "2010年至2014年 = 2010-01-01..2014-12-31 year"),
    ("周一至周三，暴雨持续不断。", "2024-03-20", "周一至周三 = 2024-03-18..2024-03-20 day"),
    ("周五至周一，多地气温骤降。", "2024-03-20", "周五至周一 = 2024-03-15..2024-03-18 day"),
    ("上周四至周六，双方举行了联合演习。", "2024-03-20", "上周四至周六 = 2024-03-14..2024-03-16 day"),
    ("今個週五會有颱風登陸。", "2024-03-20", "今個週五 = 2024-03-22 day"),
    ("今個月嘅銷售額大跌。", "2024-03-20", "今個月 = 2024-03-01..2024-03-31 month"),
    ("聽晚會有大雨。", "2024-03-20", "聽晚 = 2024-03-21 day"),
    ("琴日有兩名男子被捕。", "2024-03-20", "琴日 = 2024-03-19 day"),
    ("尋日下晝發生咗交通意外。", "2024-03-20", "尋日 = 2024-03-19 day"),
    ("聽日政府會公布新措施。", "2024-03-20", "聽日 = 2024-03-21 day"),
    ("下個禮拜立法會會再開會。", "2024-03-20", "下個禮拜 = 2024-03-25..2024-03-31 week"),
    ("上個禮拜五警方拘捕咗三人。", "2024-03-20", "上個禮拜五 = 2024-03-15 day"),
    ("呢個星期，天氣持續寒冷。", "2024-03-20", "呢個星期 = 2024-03-18..2024-03-24 week"),
    ("大前日有市民報警。", "2024-03-20", "大前日 = 2024-03-17 day"),
    ("琴晚有兩架車相撞。", "2024-03-20", "琴晚 = 2024-03-19 day"),
    ("該公司將於下個禮拜三公布業績。", "2024-03-20", "下個禮拜三 = 2024-03-27 day"),
    ("应邀于3月5日访华的外长已回国。", "2024-03-20", "3月5日 = 2024-03-05 day"),
    ("该法案将在100天后生效。", "2024-03-20", "100天后 = 2024-06-28 day"),
    ("9月13日，两国签约。这一天，双方还举行了宴会。", "2023-09-20", "9月13日 = 2023-09-13 day | 这一天 = 2023-09-13 day"),
    ("他在元宵晚会上表演了魔术。", "2024-03-20", "元宵 = 2024-02-24 day"),
    # negatives
    ("这天气真冷。", "2024-03-20", "-"),
    ("报告编号20230101号已归档。", "2024-03-20", "-"),
    ("近日，当地警方破获一起诈骗案。", "2024-03-20", "-"),
    ("该船载有5380吨小麦。", "2024-03-20", "-"),
    ("俄军出动了苏-35战机。", "2024-03-20", "-"),
    ("会谈持续了两个小时。", "2024-03-20", "-"),
    ("前日本首相安倍晋三遇刺身亡。", "2024-03-20", "-"),
    ("目前日本政府尚未回应。", "2024-03-20", "-"),
    ("他承诺要让政治清明。", "2024-03-20", "-"),
    ("大雪封山，救援人员无法进入。", "2024-03-20", "-"),
    ("当地雨水充沛，适合种植水稻。", "2024-03-20", "-"),
    ("这座古城已有一千五百年的历史。", "2024-03-20", "-"),
    ("两千年前，这里是一片海洋。", "2024-03-20", "-"),
    ("他在这家公司工作了三四年。", "2024-03-20", "-"),
    ("战争进入第100天。", "2024-03-20", "-"),
    ("这种软件的版本号是3.10.12。", "2024-03-20", "-"),
    ("该公司营收2019.05亿元。", "2024-03-20", "-"),
    ("他们一家人过年吃元宵。", "2024-03-20", "-"),
    ("政府回应称将加强监管。", "2024-03-20", "-"),
    ("东电计划在本财年内完成排放。", "2024-03-20", "-"),
    ("他被判处有期徒刑3年6个月。", "2024-03-20", "-"),
    ("前一天的会议没有结果。", "2024-03-20", "-"),
    ("如今朝鲜局势紧张。", "2024-03-20", "-"),
]

STATISTICS = [  # dated under the default cut (confidence 0.45)
    ("该国今年前三个月的出口额下降了5%。", "2024-03-20", "今年前三个月 = 2024-01-01..2024-03-31 month"),
    ("本月前三天，共有200人入境。", "2024-03-20", "本月前三天 = 2024-03-01..2024-03-03 day"),
    ("前三季度，全国GDP同比增长5.2%。", "2024-03-20", "前三季度 = 2024-01-01..2024-09-30 quarter"),
    ("去年最后两个月，销量明显回升。", "2024-03-20", "去年最后两个月 = 2023-11-01..2023-12-31 month"),
    ("2019年前20天，共发生地震12次。", "2024-03-20", "2019年前20天 = 2019-01-01..2019-01-20 day"),
    ("2023年头两个季度，出口持续下降。", "2024-03-20", "2023年头两个季度 = 2023-01-01..2023-06-30 quarter"),
    ("过去三年，该市人口减少了5%。", "2024-03-28", "过去三年 = 2021-03-28..2024-03-27 year"),
    ("今后两年，该国将大幅增加军费。", "2024-03-20", "今后两年 = 2024-03-21..2026-03-20 year"),
    ("未来三天，北方将迎来大风降温。", "2024-03-20", "未来三天 = 2024-03-21..2024-03-23 day"),
    ("过去一周，股市累计下跌8%。", "2024-03-20", "过去一周 = 2024-03-13..2024-03-19 week"),
    ("今年前两个月，工业增加值增长7%。", "2024-03-20", "今年前两个月 = 2024-01-01..2024-02-29 month"),
    ("接下来两周，双方将继续谈判。", "2024-03-20", "接下来两周 = 2024-03-21..2024-04-03 week"),
]


def _traditional(converter, text, expected):
    """The line in Traditional script, or None when a converted expression is not in the text."""
    converted = converter.convert(text)
    if expected == "-":
        return converted, expected
    items = []
    for item in expected.split(" | "):
        expression, _, value = item.rpartition(" = ")
        expression = converter.convert(expression)
        if expression not in converted:
            return None
        items.append(f"{expression} = {value}")
    return converted, " | ".join(items)


def lines():
    out = []
    for family, entries in FAMILIES.items():
        out.append(f"# --- {family}")
        for expression, past, future in entries:
            for frame in PAST:
                out.append((frame.format(x=expression), REF.isoformat(), f"{expression} = {past}"))
            if future is not NOW:
                for frame in FUTURE:
                    out.append((frame.format(x=expression), REF.isoformat(), f"{expression} = {future or past}"))
    out.append("# --- tense and mood, a topic year, Cantonese and Taiwan forms, negatives")
    out += LINES
    return out


def write(path, rows, header):
    converter = opencc.OpenCC("s2twp")
    body, seen = [header], set()
    for row in rows:
        if isinstance(row, str):
            body.append(row)
            continue
        text, reference, expected = row
        variants = [(text, expected)]
        traditional = _traditional(converter, text, expected)
        if traditional and traditional[0] != text:
            variants.append(traditional)
        for text_, expected_ in variants:
            if text_ not in seen:
                seen.add(text_)
                body.append(f"{text_}\t{reference}\t{expected_}")
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return sum(1 for line in body if not line.startswith("#"))


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    n = write(here / "zh_breadth.tsv", lines(),
              "# Chinese breadth examples (synthetic sentences, built by build_zh_breadth.py; edit that file)")
    m = write(here / "zh_statistics.tsv", STATISTICS,
              "# min_confidence: 0.4\n# Statistics spans (synthetic sentences, built by build_zh_breadth.py): dated at 0.45")
    print(f"zh_breadth.tsv: {n} lines, zh_statistics.tsv: {m} lines")

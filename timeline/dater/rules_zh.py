"""Chinese date rules. Read the RULES table at the bottom to see what the dater understands.

Patterns run on the normalised text (Simplified characters, ASCII digits and brackets), so
週三 / ９月１３日 / （9月13日） match the same rules. Examples are dated at EXAMPLE_REF,
Friday 2023-09-15.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar_math as cal
from .engine import ABSOLUTE, ANAPHORIC, INFERRED, Language, Reading, Rule
from .numerals import parse_zh_number

EXAMPLE_REF = date(2023, 9, 15)

# ---------------------------------------------------------------- pattern pieces
CN = "〇○零一二两三四五六七八九十"
_NOT_AFTER_NUM = rf"(?<![0-9{CN}几数百千万.])"


def YEAR(s=""):
    return (rf"(?P<y{s}>(?<![0-9.])[12][0-9]{{3}}(?![0-9])|(?<![{CN}])[一二][〇○零一二三四五六七八九]{{3}})"
            rf"\s*年")


def MONTH(s=""):
    return (rf"(?P<m{s}>(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])|(?<![{CN}])(?:十[一二]?|[一二三四五六七八九]))"
            rf"\s*月")


def DAYNUM(s=""):
    return (rf"(?P<d{s}>(?<![0-9.])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
            rf"|(?<![{CN}])(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]))")


# 号 numbers things as often as days: 3号机组 (reactor unit 3), 5号线 (metro line 5), 2号楼,
# 1号文件, 8号风球. Followed by what it numbers, it is no day.
_NUMBERED_THING = (r"机|线|楼|站|馆|厅|房|室|床|门|口|窗|文件|令|决议|公告|通知|案|院|车|舱|台|堆|坑|井"
                   r"|码头|泊位|仓|库|罐|池|公路|桥|地块|航站楼|风球|人物|球衣|种子|选手|字|位|柜|桩")
DAY_SUFFIX = rf"(?:日|号(?!\s*(?:{_NUMBERED_THING})))"


def DAY(s=""):
    return rf"{DAYNUM(s)}\s*{DAY_SUFFIX}"


WEEKDAY = r"(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])(?![次回遍个])"
# A day in brackets after a day word: 今天（24日）, 昨天（8月23日）, 当天（24日）.
BRACKETED_DAY = rf"(?:\s*\(\s*(?:{MONTH('b')}\s*)?{DAY('b')}\s*\))?"
WEEKDAY_PAREN = r"(?:\s*\(\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\))?"
TIMEZONE = r"(?:(?P<tz>当地时间|北京时间|莫斯科时间|东京时间|首尔时间|平壤时间|台北时间|香港时间|巴黎时间|伦敦时间|华盛顿时间|美东时间|美国东部时间|格林尼治时间|世界标准时间)\s*)?"
_TOD_WORDS = "凌晨|清晨|早上|早晨|上午|中午|正午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|午夜|晚(?!些)|夜"  # 晚些时候 = later
CLOCK = r"[0-9]{1,2}\s*(?:时(?:\s*[0-9]{1,2}\s*分)?|:\s*[0-9]{2}|点\s*(?:钟|半|[0-9]{1,2}\s*分)?)"
# 13日当天 / 13日当晚 are one mention of the 13th.
TIME_OF_DAY = rf"(?:\s*(?:当天|当日)(?=\s*(?:{_TOD_WORDS})))?(?:\s*(?P<tod>当晚|{_TOD_WORDS}))?(?:\s*(?P<clock>{CLOCK}))?(?:\s*(?:当天|当日)(?![0-9]))?"
SEP = r"\s*(?:至|到|-|~|－|—)\s*"

# A month-part after 月 / a year-part after 年. 中 and 初 are common word starts (2023年中国,
# 9月初步), so they count only before punctuation or a time word.
_PART_END = r"(?=[,;。，；、的时前后以起到至\s)]|$)"
MONTH_PART = rf"(?P<mpart>上中旬|中下旬|上旬|中旬|下旬|初(?![步次级衷稿审选赛])|中{_PART_END}|底|末)"
YEAR_PART = (rf"(?P<ypart>上半年|下半年|前半年|后半年|初(?![步次级衷稿审选赛])|中{_PART_END}|底|末"
             rf"|第?[一二三四1-4]季度?|Q[1-4])")

FUTURE_WORDS = r"将|计划|预计|预定|定于|拟|稍后|即将|准备|打算|有望|安排在|将于|将在|可能[在于]|或于"
# After a date the marker may sit past a comma (周五，公司将发布), but not past a speech verb
# (周三，他表示将... is a Wednesday statement about the future), and 将 must not be 把 or a noun
# (将其 / 将这 / 将军 / 将近).
FUTURE_AFTER = (r"^(?:(?!表示|说|称|指出|强调|宣布|透露|警告|认为|报道).)*?"
                r"(?:将(?![其之此这该他她它近军领士])|计划|预计|拟|准备|打算|有望|预定|定于)(?![^，,。；;]*的)")

# ---------------------------------------------------------------- helpers
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_MONTH_THIRD = {"上中旬": "early-mid", "中下旬": "mid-late",
                "上旬": "early", "初": "early", "中旬": "mid", "中": "mid",
                "下旬": "late", "底": "late", "末": "late"}
_YEAR_PART = {"初": "early", "中": "mid", "底": "late", "末": "late"}
_TOD_OF_WORD = {"今晨": "清晨", "今早": "早上", "昨晚": "晚上", "昨夜": "夜间", "今晚": "晚上",
                "今夜": "夜间", "明晚": "晚上", "明早": "早上"}


def _num(text):
    return parse_zh_number(text)


def _g(m, name):
    """Group `name` of m, or None when the pattern has no such group or it did not match."""
    return m.groupdict().get(name)


def _time_of_day(m, fallback=None):
    parts = [p.strip() for p in (_g(m, "tod"), _g(m, "clock")) if p]
    return "".join(parts) or fallback


def _span_without_bare_clock(m):
    """`5日3点` is day 5 and three points; a clock in 点 needs a time word or 钟/分/半."""
    clock = _g(m, "clock")
    if clock and clock.rstrip().endswith("点") and not _g(m, "tod"):
        return m.start(), m.start("clock")
    return None


def _day_reading(m, ctx, day, kind, confidence):
    span = _span_without_bare_clock(m)
    tod = _time_of_day(m) if span is None else None
    return Reading(day, day, "day", kind, confidence, tod, span)


def _year(m, s=""):
    year = _num(m.group(f"y{s}"))
    return year if 1000 <= year <= 2100 else None


def _month(m, s=""):
    month = _num(m.group(f"m{s}"))
    return month if 1 <= month <= 12 else None


def _future(m, ctx):
    return ctx.is_future(m.start(), m.end())


def _month_or_part(year, month, part, kind, confidence, span=None):
    if part:
        start, end = cal.month_part_period(year, month, _MONTH_THIRD[part])
        return Reading(start, end, "month_part", kind, confidence, span=span)
    start, end = cal.month_period(year, month)
    return Reading(start, end, "month", kind, confidence, span=span)


def _year_or_part(year, part, kind, confidence):
    if not part:
        start, end = cal.year_period(year)
        return Reading(start, end, "year", kind, confidence)
    if part in _YEAR_PART:
        start, end = cal.year_part_period(year, _YEAR_PART[part])
        return Reading(start, end, "year_part", kind, confidence)
    if part in ("上半年", "前半年", "下半年", "后半年"):
        start, end = cal.half_year_period(year, 1 if part[0] in "上前" else 2)
        return Reading(start, end, "half_year", kind, confidence)
    quarter = _num(part.strip("第季度Q"))
    start, end = cal.quarter_period(year, quarter)
    return Reading(start, end, "quarter", kind, confidence)


# ---------------------------------------------------------------- absolute dates
def ymd(m, ctx):
    year, month = _year(m), _month(m)
    day = year and month and cal.valid_date(year, month, _num(m.group("d")))
    return day and _day_reading(m, ctx, day, "absolute", ABSOLUTE)


def ym(m, ctx):
    year, month = _year(m), _month(m)
    return year and month and _month_or_part(year, month, _g(m, "mpart"), "absolute", ABSOLUTE)


def y(m, ctx):
    year = _year(m)
    return year and _year_or_part(year, _g(m, "ypart"), "absolute", ABSOLUTE)


def numeric_ymd(m, ctx):
    day = cal.valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return day and 1000 <= day.year <= 2100 and _day_reading(m, ctx, day, "absolute", ABSOLUTE)


def decade(m, ctx):
    if _g(m, "full"):
        first = int(m.group("full"))
    else:
        tens = _num(m.group("dec"))
        century = _g(m, "cent")
        if century:
            first = (_num(century) - 1) * 100 + tens
        else:  # 80年代 = the 1980s; 20年代 = the 2020s once they have begun
            first = 2000 + tens if 2000 + tens <= ctx.reference.year else 1900 + tens
    if not 1000 <= first <= 2100:
        return None
    start, end = cal.decade_period(first)
    return Reading(start, end, "decade", "absolute", ABSOLUTE)


def roc_date(m, ctx):
    """民国112年 (Taiwan's calendar counts from 1912): 112年 + 1911 = 2023."""
    year = _num(m.group("roc")) + 1911
    if _g(m, "m"):
        month = _month(m)
        if not month:
            return None
        if _g(m, "d"):
            day = cal.valid_date(year, month, _num(m.group("d")))
            return day and _day_reading(m, ctx, day, "absolute", ABSOLUTE)
        return _month_or_part(year, month, None, "absolute", ABSOLUTE)
    start, end = cal.year_period(year)
    return Reading(start, end, "year", "absolute", ABSOLUTE)


# ---------------------------------------------------------------- dates without a year
def md(m, ctx):
    month = _month(m)
    if not month:
        return None
    anchor = ctx.year_anchor(m.start())
    if anchor:
        day = cal.month_day_near(anchor, month, _num(m.group("d")))
        return day and _day_reading(m, ctx, day, "absolute", INFERRED)
    day = cal.nearest_month_day(ctx.reference, month, _num(m.group("d")), _future(m, ctx))
    return day and _day_reading(m, ctx, day, "relative", INFERRED)


def bare_day(m, ctx):
    raw = m.group("d")
    if not raw.isascii() and _num(raw) < 10:  # 五日 is as often "five days" as "the 5th"
        return None
    if m.group().rstrip().endswith("号") and not (_g(m, "tod") or _g(m, "clock")):
        return None  # 3号 is more often "number 3" than "the 3rd"
    anchor = ctx.year_anchor(m.start())
    if anchor:
        day = cal.day_of_month_near(anchor, _num(raw))
        return day and _day_reading(m, ctx, day, "absolute", INFERRED)
    day = cal.nearest_day_of_month(ctx.reference, _num(raw), _future(m, ctx))
    return day and _day_reading(m, ctx, day, "relative", INFERRED)


def month_only(m, ctx):
    month = _month(m)
    if not month:
        return None
    anchor = ctx.year_anchor(m.start())
    if anchor:
        return _month_or_part(cal.month_near(anchor, month), month, _g(m, "mpart"), "absolute", INFERRED)
    year = cal.nearest_month(ctx.reference, month, _future(m, ctx))
    return _month_or_part(year, month, _g(m, "mpart"), "relative", INFERRED)


def md_slash(m, ctx):
    month, day = int(m.group("m")), int(m.group("d"))
    found = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx))
    return found and _day_reading(m, ctx, found, "relative", INFERRED)


# ---------------------------------------------------------------- weekdays
def weekday(m, ctx):
    """周三 / 本周三 / 上周五 / 周三（9月13日）/ 周三6日: a bracketed or attached date wins."""
    ref = ctx.reference
    if _g(m, "mb"):  # 周三（9月13日）or 周三（2023年9月13日）
        month, day_num = _month(m, "b"), _num(m.group("db"))
        if not month:
            return None
        if _g(m, "yb"):
            year = _year(m, "b")
            day = year and cal.valid_date(year, month, day_num)
            return day and _day_reading(m, ctx, day, "absolute", ABSOLUTE)
        day = cal.nearest_month_day(ref, month, day_num, _future(m, ctx))
        return day and _day_reading(m, ctx, day, "relative", INFERRED)
    wd = _WEEKDAYS[m.group("wd")]
    mod = (_g(m, "wmod") or "").rstrip("个")
    if mod in ("本", "这"):
        by_weekday = cal.weekday_in_week(ref, wd)
    elif mod == "上":
        by_weekday = cal.weekday_in_week(ref, wd, -1)
    elif mod == "下":
        by_weekday = cal.weekday_in_week(ref, wd, 1)
    else:
        by_weekday = None
    attached_day = _g(m, "db") or _g(m, "dc")
    if attached_day:  # 周三（6日）/ 周三6日 / 下周一（26日）: the day of month, checked against the weekday
        day = _day_of_month_for_weekday(ref, _num(attached_day), wd, by_weekday, _future(m, ctx))
        if day is None:
            return None
        return _day_reading(m, ctx, day, "relative", INFERRED if day.weekday() == wd else 0.6)
    day = by_weekday or cal.nearest_weekday(ref, wd, _future(m, ctx))
    return _day_reading(m, ctx, day, "relative", INFERRED)


def _day_of_month_for_weekday(ref, day_num, wd, by_weekday, future):
    """The date with day number `day_num` that a weekday names: next to the week the modifier
    names (下周一（26日）is in next week, whatever the tense), else the nearest past or future one
    that falls on that weekday, else the one the tense gives."""
    if by_weekday is not None:
        candidates = [cal.valid_date(y, mo, day_num) for y, mo in cal.months_around(by_weekday)]
        candidates = [c for c in candidates if c]
        return min(candidates, key=lambda c: abs((c - by_weekday).days)) if candidates else None
    past, later = cal.nearest_day_of_month(ref, day_num, False), cal.nearest_day_of_month(ref, day_num, True)
    on_weekday = [d for d in (past, later) if d and d.weekday() == wd]
    return on_weekday[0] if len(on_weekday) == 1 else cal.nearest_day_of_month(ref, day_num, future)


def weekend(m, ctx):
    ref = ctx.reference
    mod = (_g(m, "wmod") or "").rstrip("个")
    delta = {"上": -1, "下": 1, "本": 0, "这": 0}.get(mod)
    if delta is None:  # bare 周末: the last one (future: the next one)
        saturday = cal.nearest_weekday(ref, 5, _future(m, ctx))
        if not _future(m, ctx) and ref.weekday() == 6:
            saturday = ref - timedelta(days=1)
    else:
        saturday = cal.weekday_in_week(ref, 5, delta)
    return Reading(saturday, saturday + timedelta(days=1), "day", "relative", INFERRED,
                   _time_of_day(m))


# ---------------------------------------------------------------- words relative to the reference
_DAY_SHIFT = {"大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1,
              "今天": 0, "今日": 0, "今晨": 0, "今早": 0, "今晚": 0, "今夜": 0,
              "明天": 1, "明日": 1, "明晚": 1, "明早": 1, "后天": 2, "大后天": 3}


def relative_day(m, ctx):
    """昨天 / 今晨 / 明天上午; 昨天（13日）: the bracketed date wins (the outlet's own day may
    differ from the reference's time zone)."""
    word = m.group("word")
    tod = _time_of_day(m, _TOD_OF_WORD.get(word))
    day = ctx.reference + timedelta(days=_DAY_SHIFT[word])
    if _g(m, "db"):
        day = _bracketed_day(m, day)
    return day and Reading(day, day, "day", "relative", INFERRED, tod)


def _bracketed_day(m, around: date) -> date | None:
    """The bracketed day nearest to the day the word names (the outlet's own day may differ by
    one from the reference's time zone)."""
    month = _g(m, "mb") and _month(m, "b")
    if month:
        return cal.month_day_near(around, month, _num(m.group("db")))
    return cal.day_of_month_near(around, _num(m.group("db")))


def from_this_day(m, ctx):
    """(自)即日起 "from this day on": the day of the announcement it is part of, i.e. a day given
    before it in the same sentence (海关24日宣布，自即日起…), else the publication day."""
    before = ctx.antecedent(m.start())
    if (before and before.reading.grain == "day" and before.reading.start == before.reading.end
            and not re.search(r"[。！？!?]", ctx.norm[before.end_offset:m.start()])):
        start, kind, confidence = before.reading.start, "anaphoric", ANAPHORIC
    else:
        start, kind, confidence = ctx.reference, "relative", INFERRED
    if _g(m, "de"):      # 即日起至24日: a run of days from then to the day named, which lies ahead
        month = _g(m, "me") and _month(m, "e")
        end = (cal.nearest_month_day(start, month, _num(m.group("de")), True) if month
               else cal.nearest_day_of_month(start, _num(m.group("de")), True))
        if end is None or end < start:
            return None
        return Reading(start, end, "day", kind, confidence)
    return Reading(start, start, "day", kind, confidence)


_WEEK_SHIFT = {"上上": -2, "上": -1, "本": 0, "这": 0, "下": 1, "下下": 2}


def relative_week(m, ctx):
    monday = cal.weekday_in_week(ctx.reference, 0, _WEEK_SHIFT[m.group("wmod").replace("个", "")])
    return Reading(monday, monday + timedelta(days=6), "week", "relative", INFERRED)


_MONTH_SHIFT = {"上上个": -2, "上个": -1, "上": -1, "本": 0, "这个": 0, "下个": 1, "下": 1}


def relative_month(m, ctx):
    """上月 / 本月 / 下个月, with a day (上月30日) or a part (上月底)."""
    ref = ctx.reference
    year, month = cal.shift_month(ref.year, ref.month, _MONTH_SHIFT[m.group("mmod")])
    if _g(m, "d"):
        day = cal.valid_date(year, month, _num(m.group("d")))
        return day and _day_reading(m, ctx, day, "relative", INFERRED)
    return _month_or_part(year, month, _g(m, "mpart"), "relative", INFERRED)


_YEAR_SHIFT = {"前": -2, "去": -1, "今": 0, "明": 1, "后": 2}


def relative_year(m, ctx):
    """去年 / 今年 / 明年, with a month (去年2月), a date (去年10月1日) or a part (去年底)."""
    year = ctx.reference.year + _YEAR_SHIFT[m.group("ymod")]
    if _g(m, "m"):
        month = _month(m)
        if not month:
            return None
        if _g(m, "d"):
            day = cal.valid_date(year, month, _num(m.group("d")))
            return day and _day_reading(m, ctx, day, "relative", INFERRED)
        return _month_or_part(year, month, _g(m, "mpart"), "relative", INFERRED)
    return _year_or_part(year, _g(m, "ypart"), "relative", INFERRED)


def current_year_part(m, ctx):
    """上半年 / 第三季度 / 年底 on their own: in the reference's year, unless the tense says the last
    one (第二季度营收 in a March article) or the next one."""
    ref, future = ctx.reference, _future(m, ctx)
    part = _g(m, "ypart") or m.group("ypart2")
    reading = _year_or_part(ref.year, part, "relative", INFERRED)
    if (not future and reading.start > ref) or (future and reading.end < ref):
        reading = _year_or_part(ref.year + (1 if future else -1), part, "relative", INFERRED)
    return reading


def current_month_part(m, ctx):
    """中旬 / 月底 on their own: in the reference's month, unless the tense says the last one
    (月底，该公司宣布 in a mid-month report) or the next one."""
    ref, future = ctx.reference, _future(m, ctx)
    part = _g(m, "mpart") or m.group("mpart2")
    reading = _month_or_part(ref.year, ref.month, part, "relative", INFERRED)
    if (not future and reading.start > ref) or (future and reading.end < ref):
        year, month = cal.shift_month(ref.year, ref.month, 1 if future else -1)
        reading = _month_or_part(year, month, part, "relative", INFERRED)
    return reading


# Holidays on a fixed day of the Gregorian calendar (lunar ones move: not here).
_HOLIDAYS = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "愚人节": (4, 1), "劳动节": (5, 1),
             "儿童节": (6, 1), "万圣节": (10, 31), "平安夜": (12, 24), "圣诞节": (12, 25)}


def holiday(m, ctx):
    """圣诞节 / 去年元旦 / 2023年平安夜: the holiday's day in the year given, or by tense."""
    month, day_num = _HOLIDAYS[m.group("hol")]
    if _g(m, "y"):
        year = _year(m)
        day = year and cal.valid_date(year, month, day_num)
        return day and Reading(day, day, "day", "absolute", ABSOLUTE, _time_of_day(m))
    if _g(m, "ymod"):
        day = date(ctx.reference.year + _YEAR_SHIFT[m.group("ymod")], month, day_num)
    else:
        day = cal.nearest_month_day(ctx.reference, month, day_num, _future(m, ctx))
    return day and Reading(day, day, "day", "relative", INFERRED, _time_of_day(m))


# ---------------------------------------------------------------- ranges and lists
def ymd_range(m, ctx):
    """9月10日至12日 / 2023年9月10日至10月2日 / 10日至12日."""
    ref, future = ctx.reference, _future(m, ctx)
    d1, d2 = _num(m.group("d1")), _num(m.group("d2"))
    m1 = _g(m, "m1") and _month(m, "1")
    m2 = (_g(m, "m2") and _month(m, "2")) or m1
    if _g(m, "y1"):
        year = _year(m, "1")
        start = year and m1 and cal.valid_date(year, m1, d1)
        kind, confidence = "absolute", ABSOLUTE
    elif m1:
        start = cal.nearest_month_day(ref, m1, d1, future)
        kind, confidence = "relative", INFERRED
    else:
        start = cal.nearest_day_of_month(ref, d1, future)
        kind, confidence = "relative", INFERRED
    if not start:
        return None
    if m2:
        year = start.year + (1 if m2 < start.month else 0)
        end = cal.valid_date(year, m2, d2)
    else:
        end = cal.valid_date(start.year, start.month, d2)
    if not end or end < start:
        return None
    return Reading(start, end, "day", kind, confidence)


def year_range(m, ctx):
    y1, y2 = _num(m.group("y1")), _num(m.group("y2"))
    if not (1000 <= y1 < y2 <= 2100):
        return None
    return Reading(date(y1, 1, 1), date(y2, 12, 31), "year", "absolute", ABSOLUTE)


def month_range(m, ctx):
    """5月至7月 / 2022年5月至2023年1月 / 今年1至5月."""
    m1, m2 = _month(m, "1"), _month(m, "2")
    if not (m1 and m2):
        return None
    if _g(m, "y1"):
        span = cal.month_span(m1, m2, _year(m, "1"), _year(m, "2") if _g(m, "y2") else None)
        kind, confidence = "absolute", ABSOLUTE
    else:
        year = (ctx.reference.year + _YEAR_SHIFT[m.group("ymod")] if _g(m, "ymod")
                else cal.nearest_month(ctx.reference, m1, _future(m, ctx)))
        span = cal.month_span(m1, m2, year)
        kind, confidence = "relative", INFERRED
    return span and Reading(*span, "month", kind, confidence)


def days_listed(m, ctx):
    """9月9日和10日 / 13、14日: one mention per day; the month before the first covers both."""
    first_raw, second_raw = m.group("d1"), m.group("d2")
    if any(not raw.isascii() and _num(raw) < 10 for raw in (first_raw, second_raw)):
        return None
    anchor, future = ctx.year_anchor(m.start()), _future(m, ctx)
    month = _g(m, "m") and _month(m)
    if month:
        day = (cal.month_day_near(anchor, month, _num(first_raw)) if anchor else
               cal.nearest_month_day(ctx.reference, month, _num(first_raw), future))
    else:
        day = (cal.day_of_month_near(anchor, _num(first_raw)) if anchor else
               cal.nearest_day_of_month(ctx.reference, _num(first_raw), future))
    first = day and Reading(day, day, "day", "absolute" if anchor else "relative", INFERRED)
    if not first:
        return None
    second_day = cal.valid_date(first.start.year, first.start.month, _num(second_raw))
    if not second_day or second_day <= first.start:
        return None
    first_end = m.end("di1") if _g(m, "di1") else m.end("d1")
    return [Reading(first.start, first.end, "day", first.kind, first.confidence, span=(m.start(), first_end)),
            Reading(second_day, second_day, "day", first.kind, first.confidence, _time_of_day(m),
                    span=(m.start("d2"), m.end()))]


def months_listed(m, ctx):
    """今年5月和8月 / 5、8月: one mention per month; a year word before the first covers both."""
    ref, future = ctx.reference, _future(m, ctx)
    if _g(m, "y"):
        year, kind, confidence = _year(m), "absolute", ABSOLUTE
    elif _g(m, "ymod"):
        year, kind, confidence = ref.year + _YEAR_SHIFT[m.group("ymod")], "relative", INFERRED
    else:
        year, kind, confidence = None, "relative", INFERRED
    if not _g(m, "yue1") and m.group("sep") != "、":
        return None  # 5和8月 is rare; "5和8" is usually two numbers
    readings = []
    for s in ("1", "2"):
        month = _month(m, s)
        if not month:
            return None
        the_year = year or cal.nearest_month(ref, month, future)
        first_end = m.end("yue1") if _g(m, "yue1") else m.end("m1")
        span = (m.start(), first_end) if s == "1" else (m.start("m2"), m.end())
        readings.append(_month_or_part(the_year, month, None, kind, confidence, span))
    return readings


# ---------------------------------------------------------------- counted offsets
def _shifted(anchor: date, n: float, unit: str, sign: int):
    """The period `n` units before/after `anchor`, at the unit's grain."""
    if unit == "天":
        day = anchor + timedelta(days=sign * round(n))
        return day, day, "day"
    if unit in ("周", "星期"):
        start, end = cal.week_period(anchor + timedelta(days=sign * round(7 * n)))
        return start, end, "week"
    if unit == "月":
        if n != int(n):  # 半个月前 / 一个半月前: about 15 / 46 days, to the week
            start, end = cal.week_period(anchor + timedelta(days=sign * round(30.5 * n)))
            return start, end, "week"
        year, month = cal.shift_month(anchor.year, anchor.month, sign * int(n))
        start, end = cal.month_period(year, month)
        return start, end, "month"
    start, end = cal.year_period(anchor.year + sign * int(n))
    return start, end, "year"


def _count(m):
    raw = m.group("n")
    n = 0.5 if raw == "半" else _num(raw)
    return n + (0.5 if _g(m, "half") else 0)


def offset(m, ctx):
    """两天前 / 三周后 / 一个半月前. 后 after a date counts from that date (from a day up to a few
    paragraphs back when its own paragraph has none)."""
    unit = m.group("unit")
    n = _count(m)
    if n == 0 or n > 100:
        return None
    sign = -1 if m.group("dir").endswith("前") else 1
    antecedent = None
    if sign > 0:  # 三天后 opening a paragraph counts from the day narrated above, like 次日
        antecedent = ctx.antecedent(m.start()) or ctx.day_antecedent(m.start(), _future(m, ctx))
    if antecedent and antecedent.reading.grain == "day":
        start, end, grain = _shifted(antecedent.reading.start, n, unit, sign)
        return Reading(start, end, grain, "anaphoric", ANAPHORIC)
    if antecedent and not re.search(r"[。！？!?]", ctx.norm[antecedent.end_offset:m.start()]):
        # 2011年核灾难发生12年后: time elapsed since a coarser date in the sentence, not a date
        return None
    start, end, grain = _shifted(ctx.reference, n, unit, sign)
    return Reading(start, end, grain, "relative", INFERRED)


def offset_then_date(m, ctx):
    """一个半月前的7月底: the date after 的 is the value, the offset only confirms it."""
    month = _month(m)
    if not month:
        return None
    sign = -1 if m.group("dir").endswith("前") else 1
    year = cal.nearest_month(ctx.reference, month, sign > 0)
    if _g(m, "d"):
        day = cal.valid_date(year, month, _num(m.group("d")))
        return day and Reading(day, day, "day", "relative", INFERRED)
    return _month_or_part(year, month, _g(m, "mpart"), "relative", INFERRED)


# ---------------------------------------------------------------- anaphora
_ANAPHORIC_DAY = {"翌日": 1, "次日": 1, "隔天": 1, "隔日": 1, "第二天": 1, "同一天": 0, "同日": 0, "当晚": 0,
                  "当天": 0, "当日": 0, "前一天": -1, "前一日": -1}
_ANAPHORIC_YEAR = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1, "第二年": 1, "前一年": -1}
_ANAPHORIC_MONTH = {"同月": 0, "当月": 0, "次月": 1, "翌月": 1}


# 当天 right after an event word is "the day of that event" (新规实施当天, 排放当天, 生日当天), a
# day the text may never give: not the date mentioned before.
_DAY_OF_EVENT = {"实施", "生效", "排放", "举行", "举办", "投票", "选举", "大选", "开幕", "闭幕", "登陆",
                 "上市", "开业", "启用", "开通", "通车", "发射", "生日", "婚礼", "葬礼", "就职", "结婚",
                 "开学", "开工", "到期", "截止", "放榜", "揭晓", "仪式", "典礼", "比赛", "考试", "活动"}


def anaphoric(m, ctx):
    """翌日 / 同一天: relative to the last day mentioned before (up a few paragraphs, see
    `Context.day_antecedent`); 次年 / 同月: to the date just before in the same paragraph.
    Without one they are no date (当天 alone is often "at the time")."""
    word = m.group("word")
    if _g(m, "db"):  # 当天（24日）: the bracket says which day
        day = _bracketed_day(m, ctx.reference)
        return day and Reading(day, day, "day", "relative", INFERRED, _time_of_day(m))
    if word in _ANAPHORIC_DAY:
        if word in ("当天", "当日", "当晚") and ctx.norm[max(0, m.start() - 2):m.start()] in _DAY_OF_EVENT:
            return None
        shift = _ANAPHORIC_DAY[word]
        antecedent = ctx.day_antecedent(m.start(), _future(m, ctx))
        if antecedent is None or (shift == 0 and antecedent.reading.start != antecedent.reading.end):
            ctx.unknown_days.append(m.start())
            return None
        before = antecedent.reading
        # after a range (8月2日至3日), 隔天 follows its last day and 前一天 precedes its first
        day = (before.end if shift > 0 else before.start) + timedelta(days=shift)
        return Reading(day, day, "day", "anaphoric", ANAPHORIC, _time_of_day(m, "晚上" if word == "当晚" else None))
    antecedent = ctx.antecedent(m.start())
    if antecedent is None:
        return None
    before = antecedent.reading
    if word in _ANAPHORIC_MONTH:
        if before.grain not in ("day", "month_part", "month"):
            return None
        year, month = cal.shift_month(before.start.year, before.start.month, _ANAPHORIC_MONTH[word])
        start, end = cal.month_period(year, month)
        return Reading(start, end, "month", "anaphoric", ANAPHORIC)
    if before.grain == "decade":
        return None
    start, end = cal.year_period(before.start.year + _ANAPHORIC_YEAR[word])
    return Reading(start, end, "year", "anaphoric", ANAPHORIC)


# ---------------------------------------------------------------- the table
_DAY_TAIL = rf"{WEEKDAY_PAREN}{TIME_OF_DAY}"
_NOT_EVERY = r"(?<!每年)(?<!每年的)"  # 每年3月 / 每年9月1日 recur: no single date
# 本/上/下 modify a week or month only when they are not the end of the word before them:
# 日本周五 is "Japan, on Friday" (not 本周五), 成本月报 holds no 本月, 事实上周一 is "in fact, on
# Monday", 这种情况下周三 "in that case, on Wednesday". (委员会上周三 stays 上周三: 会上 is rarer.)
_BEN = r"(?<![日基根资成版样文剧课账书脚标原范蓝读副血])本"
_SHANG = r"(?<![晚早马身网际实义])上"
_XIA = r"(?<![况私眼乡底陛阁])下"
_YMOD = r"(?P<ymod>前|去|今|明|后)年"
_COUNT = (rf"{_NOT_AFTER_NUM}(?P<n>[0-9]{{1,2}}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|半)\s*(?P<ge>个)?(?P<half>半)?\s*"
          r"(?P<unit>天|周|星期|(?<=[个半])月|年)(?P<dir>以前|以后|之前|之后|前|后)")
_VAGUE_AFTER_YEAR = r"(?!\s*(?:早些|晚些|稍早|稍晚|前[0-9一二两三四五六七八九十]+个|头[0-9一二两三四五六七八九十]+个|[0-9一二三四五六七八九十]+\s*岁))"

RULES: tuple[Rule, ...] = (
    # A dateline (（中央社东京24日综合外电报导）, 新华社北京9月13日电) opens a paragraph and says when
    # the report was filed, i.e. its publication day: no event happened on it. (据路透社13日报道
    # inside a sentence does date a report: not a dateline.)
    Rule("zh_dateline", r"(?:(?<=[\n(【\[])|(?<![\s\S]))\s*[\u4e00-\u9fff]{1,4}社\s*[\u4e00-\u9fff]{0,8}?\s*"
         rf"(?:{MONTH()}\s*)?{DAYNUM()}\s*日\s*(?:综合外电报导|综合外电报道|综合报导|综合报道|专电|电|讯)", None,
         (("（中央社台北13日综合外电报导）", "-"), ("新华社北京9月13日电", "-")),
         silent=True,
         anchor=r"社"),
    Rule("zh_year_month_day", rf"{TIMEZONE}{YEAR()}\s*{MONTH()}\s*{DAY()}{_DAY_TAIL}", ymd,
         (("2023年9月13日", "2023-09-13 day"), ("二〇二三年九月十三日", "2023-09-13 day"),
          ("2022年2月24日凌晨", "2022-02-24 day")),
         anchor=r"年"),
    Rule("zh_numeric_date", r"(?<![0-9.])(?P<y>[12][0-9]{3})(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
         rf"(?P<d>0?[1-9]|[12][0-9]|3[01])(?![0-9.]){TIME_OF_DAY}", numeric_ymd,
         (("2023-09-13", "2023-09-13 day"), ("2023/9/13", "2023-09-13 day")),
         anchor=r"[0-9][-/.][0-9]"),
    Rule("zh_year_month", rf"{YEAR()}\s*{MONTH()}(?:份)?{MONTH_PART}?", ym,
         (("2022 年 2 月", "2022-02-01..2022-02-28 month"), ("2023年7月底", "2023-07-21..2023-07-31 month_part"),
          ("2021年3月上旬", "2021-03-01..2021-03-10 month_part")),
         anchor=r"年"),
    Rule("zh_year", rf"{YEAR()}(?:年?{YEAR_PART}|度)?", y,
         (("2019年", "2019-01-01..2019-12-31 year"), ("2019年底", "2019-11-01..2019-12-31 year_part"),
          ("2023年上半年", "2023-01-01..2023-06-30 half_year"), ("2023年第三季度", "2023-07-01..2023-09-30 quarter"),
          ("一九五三年", "1953-01-01..1953-12-31 year")),
         anchor=r"年"),
    Rule("zh_roc_date", rf"民国\s*(?P<roc>[0-9]{{1,3}}|[一二三四五六七八九十百]+)\s*年(?:\s*{MONTH()}(?:\s*{DAY()}{_DAY_TAIL})?)?",
         roc_date,
         (("民国112年", "2023-01-01..2023-12-31 year"), ("民國112年9月13日", "2023-09-13 day")),
         anchor=r"民国"),
    Rule("zh_decade", r"(?:(?P<cent>[12][0-9]|二十|十九)\s*世纪\s*)?(?:(?P<full>[12][0-9]{2}0)|(?<![0-9])(?P<dec>[1-9]0|[一二三四五六七八九]十))\s*年代",
         decade, (("80年代", "1980-01-01..1989-12-31 decade"), ("1990年代", "1990-01-01..1999-12-31 decade"),
                  ("20世纪60年代", "1960-01-01..1969-12-31 decade")),
         anchor=r"年代"),
    Rule("zh_month_day", rf"{TIMEZONE}{_NOT_EVERY}{MONTH()}\s*{DAY()}{_DAY_TAIL}", md,
         (("9月13日", "2023-09-13 day"), ("12月30日", "2022-12-30 day"), ("9月9日晚间", "2023-09-09 day"),
          ("九月十三日", "2023-09-13 day")),
         anaphoric=True,
         anchor=r"月"),
    Rule("zh_month", rf"{_NOT_EVERY}{MONTH()}(?:份)?{MONTH_PART}?", month_only,
         (("8月", "2023-08-01..2023-08-31 month"), ("七月", "2023-07-01..2023-07-31 month"),
          ("10月", "2022-10-01..2022-10-31 month"), ("7月底", "2023-07-21..2023-07-31 month_part")),
         anaphoric=True,
         anchor=r"月"),
    Rule("zh_month_slash_day", r"(?<![0-9/.])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2[0-9]|3[01])(?![0-9/.%])",
         md_slash, (("9/13", "2023-09-13 day"),),
         anchor=r"[0-9]/[0-9]"),
    Rule("zh_day", rf"{TIMEZONE}(?<![第前数每近约逾共连这头末月])(?<!月 ){DAY()}(?![内来间元本游均薪])"
         rf"{_DAY_TAIL}", bare_day,
         (("13日", "2023-09-13 day"), ("20日", "2023-08-20 day"), ("10日晚间", "2023-09-10 day"),
          ("将于20日", "2023-09-20 day"), ("二十五日", "2023-08-25 day")),
         anaphoric=True,
         anchor=r"[0-9一二三四五六七八九十]\s*[日号]"),
    Rule("zh_weekday", rf"{TIMEZONE}(?:(?P<wmod>{_BEN}|这个?|{_SHANG}个?|{_XIA}个?)|(?<![0-9{CN}几每数]))\s*{WEEKDAY}"
         rf"(?:\s*\(\s*(?:(?:{YEAR('b')}\s*)?{MONTH('b')}\s*)?{DAY('b')}\s*\)|\s*{DAY('c')})?{TIME_OF_DAY}",
         weekday,
         (("周三", "2023-09-13 day"), ("本周三", "2023-09-13 day"), ("上周五", "2023-09-08 day"),
          ("下周一", "2023-09-18 day"), ("周五（9月15日）上午", "2023-09-15 day"), ("周三6日", "2023-09-06 day"),
          ("星期天", "2023-09-10 day"), ("礼拜三", "2023-09-13 day"), ("当地时间周六上午", "2023-09-09 day")),
         anchor=r"(?:周|星期|礼拜)[一二三四五六日天]"),
    Rule("zh_weekend", rf"(?:(?P<wmod>{_BEN}|这个?|{_SHANG}个?|{_XIA}个?))?周末{TIME_OF_DAY}", weekend,
         (("上周末", "2023-09-09..2023-09-10 day"), ("周末", "2023-09-09..2023-09-10 day")),
         anchor=r"周末"),
    Rule("zh_relative_day", rf"{TIMEZONE}(?P<word>大前天|前天|昨天|昨日|昨晚|昨夜|今天|今日(?!俄罗斯|美国|头条|中国)"
         rf"|今晨|今早|今晚|今夜|明天|明日(?!之星)|明晚|明早|大后天|后天)"
         rf"{BRACKETED_DAY}{TIME_OF_DAY}", relative_day,
         (("昨天", "2023-09-14 day"), ("今天上午", "2023-09-15 day"), ("前天", "2023-09-13 day"),
          ("后天", "2023-09-17 day"), ("昨晚", "2023-09-14 day"), ("昨天（14日）", "2023-09-14 day")),
         deictic_day=True,
         anchor=r"[今昨明前后]天|[今昨明]日|今[晨早晚夜]|昨[晚夜]|明[晚早]"),
    Rule("zh_from_this_day", rf"即日(?:起|开始|生效)(?:\s*(?:至|到)\s*(?:{MONTH('e')}\s*)?{DAY('e')})?", from_this_day,
         (("自即日起暂停进口", "2023-09-15 day"), ("海关13日宣布，即日起暂停进口", "2023-09-13 day"),
          ("即日起至24日举行演习", "2023-09-15..2023-09-24 day")),
         anaphoric=True, deictic_day=True,
         anchor=r"即日"),
    Rule("zh_relative_week", rf"(?P<wmod>{_SHANG}上个?|{_SHANG}个?|{_BEN}|这个?|{_XIA}下个?|{_XIA}个?)\s*(?:周|星期|礼拜)(?![一二三四五六日天末年期])",
         relative_week,
         (("上周", "2023-09-04..2023-09-10 week"), ("本周", "2023-09-11..2023-09-17 week"),
          ("下个星期", "2023-09-18..2023-09-24 week")),
         anchor=r"[本这上下]个?\s*(?:周|星期|礼拜)"),
    Rule("zh_relative_month", rf"(?P<mmod>{_SHANG}上个|{_SHANG}个|{_SHANG}|{_BEN}|这个|{_XIA}个|{_XIA})月(?:份)?(?:\s*{DAY()}{_DAY_TAIL}|{MONTH_PART})?",
         relative_month,
         (("上月", "2023-08-01..2023-08-31 month"), ("上月30日", "2023-08-30 day"),
          ("上月底", "2023-08-21..2023-08-31 month_part"), ("下个月", "2023-10-01..2023-10-31 month"),
          ("本月初", "2023-09-01..2023-09-10 month_part")),
         anchor=r"月"),
    Rule("zh_relative_year", rf"(?<![0-9{CN}几数年此之以然最提多]){_YMOD}{_VAGUE_AFTER_YEAR}(?![轻纪代])"
         rf"(?:\s*{MONTH()}(?:份)?(?:\s*{DAY()}{_DAY_TAIL}|{MONTH_PART})?|年?{YEAR_PART})?",
         relative_year,
         (("去年", "2022-01-01..2022-12-31 year"), ("去年2月", "2022-02-01..2022-02-28 month"),
          ("今年5月", "2023-05-01..2023-05-31 month"), ("去年底", "2022-11-01..2022-12-31 year_part"),
          ("明年上半年", "2024-01-01..2024-06-30 half_year"), ("前年", "2021-01-01..2021-12-31 year"),
          ("去年10月1日", "2022-10-01 day")),
         anchor=r"年"),
    Rule("zh_year_part", rf"(?<![0-9年])(?P<ypart>上半年|下半年|第?[一二三四1-4]季度)"
         rf"|(?<![0-9{CN}年今去明前后本上下这个每多新数几近])年(?P<ypart2>初(?![步次级衷稿审选赛])|中{_PART_END}|底|末)",
         current_year_part,
         (("上半年", "2023-01-01..2023-06-30 half_year"), ("第三季度", "2023-07-01..2023-09-30 quarter"),
          ("年初", "2023-01-01..2023-02-28 year_part"), ("将于年底前", "2023-11-01..2023-12-31 year_part")),
         anchor=r"半年|季度|年[初中底末]"),
    Rule("zh_month_part", rf"(?<![0-9月])(?P<mpart>上旬|中旬|下旬)"
         rf"|(?<![0-9{CN}个上下这每半岁日蜜明满新正腊])(?<!{_BEN})月(?P<mpart2>初(?![步次级衷稿审选赛])|中{_PART_END}|底|末)",
         current_month_part,
         (("中旬", "2023-09-11..2023-09-20 month_part"), ("月初", "2023-09-01..2023-09-10 month_part"),
          ("将于月底前", "2023-09-21..2023-09-30 month_part")),
         anchor=r"旬|月[初中底末]"),
    Rule("zh_holiday", rf"(?:{YEAR()}|{_YMOD})?\s*(?:国际|五一|六一|三八)?(?P<hol>元旦|情人节|妇女节|愚人节|劳动节|儿童节|万圣节|平安夜|圣诞节)"
         rf"{BRACKETED_DAY}{TIME_OF_DAY}", holiday,
         (("圣诞节", "2022-12-25 day"), ("去年元旦", "2022-01-01 day"), ("2019年平安夜", "2019-12-24 day"),
          ("元旦（1日）下午", "2023-01-01 day")),
         anchor=r"元旦|[人女动童圣诞]节|平安夜"),
    Rule("zh_date_range", rf"(?:{YEAR('1')}\s*)?(?:{MONTH('1')}\s*)?{DAYNUM('1')}\s*(?:[日号](?:\s*(?:{_TOD_WORDS}))?)?{SEP}"
         rf"(?:{MONTH('2')}\s*)?{DAYNUM('2')}\s*{DAY_SUFFIX}(?:\s*(?:{_TOD_WORDS}))?", ymd_range,
         (("9月10日至12日", "2023-09-10..2023-09-12 day"), ("10日至12日", "2023-09-10..2023-09-12 day"),
          ("13日深夜至14日凌晨", "2023-09-13..2023-09-14 day"),
          ("9月10日-12日", "2023-09-10..2023-09-12 day"), ("8月30日到9月2日", "2023-08-30..2023-09-02 day")),
         anchor=r"[0-9一二三四五六七八九十]\s*[日号]"),
    Rule("zh_year_range", r"(?<![0-9])(?P<y1>[12][0-9]{3})\s*年?" + SEP + r"(?P<y2>[12][0-9]{3})\s*年",
         year_range,
         (("2019-2022年", "2019-01-01..2022-12-31 year"), ("2019年至2022年", "2019-01-01..2022-12-31 year")),
         anchor=r"年"),
    Rule("zh_month_range", rf"(?:(?:{YEAR('1')}|{_YMOD})\s*)?(?P<m1>(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])|(?<![{CN}])(?:十[一二]?|[一二三四五六七八九]))"
         rf"\s*(?:月(?:份)?)?{SEP}(?:{YEAR('2')}\s*)?{MONTH('2')}(?:份)?",
         month_range,
         (("5月至7月", "2023-05-01..2023-07-31 month"), ("2022年11月至2023年1月", "2022-11-01..2023-01-31 month"),
          ("今年1至5月", "2023-01-01..2023-05-31 month"), ("1-5月", "2023-01-01..2023-05-31 month")),
         anchor=r"月"),
    Rule("zh_days_listed", rf"(?:{MONTH()}\s*)?(?<![第前数每近约逾共连这头末]){DAYNUM('1')}\s*(?P<di1>[日号])?\s*(?:和|与|及|、|或)\s*"
         rf"{DAY('2')}{TIME_OF_DAY}", days_listed,
         (("9月9日和10日", "2023-09-10 day"), ("13、14日", "2023-09-14 day")),
         anaphoric=True,
         anchor=r"[0-9一二三四五六七八九十]\s*[日号]"),
    Rule("zh_months_listed", rf"(?:{YEAR()}|{_YMOD})?\s*(?P<m1>(?<![0-9.])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])"
         rf"\s*(?P<yue1>月)?(?:份)?\s*(?P<sep>和|与|及|、|或|跟)\s*{MONTH('2')}(?:份)?", months_listed,
         (("今年5月和8月", "2023-05-01..2023-05-31 month"), ("5、8月", "2023-05-01..2023-05-31 month")),
         anchor=r"月"),
    Rule("zh_offset_then_date", rf"{_COUNT}的\s*{MONTH()}(?:\s*{DAY()}|{MONTH_PART})?", offset_then_date,
         (("一个半月前的7月底", "2023-07-21..2023-07-31 month_part"),),
         anchor=r"月"),
    Rule("zh_offset", _COUNT, offset,
         (("两天前", "2023-09-13 day"), ("3天后", "2023-09-18 day"), ("三周后", "2023-10-02..2023-10-08 week"),
          ("两个月前", "2023-07-01..2023-07-31 month"), ("5年前", "2018-01-01..2018-12-31 year")),
         anaphoric=True,
         anchor=r"[天周期月年][以之]?[前后]"),
    Rule("zh_anaphoric", rf"(?P<word>翌日|次日|隔天|隔日|第二天|同一天|同日|当天|当日|当晚|前一天|前一日|同年|当年|次年|翌年|第二年|前一年|同月|当月|次月|翌月)(?![龄级纪轻份])"
         rf"{BRACKETED_DAY}{TIME_OF_DAY}", anaphoric,
         (("9月13日会晤，翌日", "2023-09-14 day"), ("2019年访俄，同年", "2019-01-01..2019-12-31 year"),
          ("9月13日会晤，当晚", "2023-09-13 day")),
         anaphoric=True,
         anchor=r"[翌次隔同当][日天年月晚]|第二[天年]|同一天|前一[天日年]"),
)

LANGUAGE = Language(
    rules=RULES,
    # A future word inside a noun's modifier (与准备前往新潟的飞机2日相撞) is not the date's tense.
    future_before=re.compile(rf"(?:{FUTURE_WORDS})(?![^，,。；;]*的)"),
    future_after=re.compile(FUTURE_AFTER),
    intent_near=re.compile(rf"{FUTURE_WORDS}|能够|希望|想要|有意"),
    clause_breaks=",;!?。，；！？\n",
    window_before=12,
    window_after=8,
    breaks_after=";!?。；！？\n",
    landmark_after=re.compile(r"(?:之后|以后|以来|之前|以前|前夕)$"),
)

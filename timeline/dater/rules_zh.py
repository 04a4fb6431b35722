"""Chinese date rules. Read the RULES table at the bottom to see what the dater understands.

Patterns run on the normalised text (Simplified characters, ASCII digits and brackets), so
週三 / ９月１３日 / （9月13日） match the same rules. Examples are dated at EXAMPLE_REF,
Friday 2023-09-15.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from borax.calendars.lunardate import InvalidLunarDateError, LCalendars, LunarDate, TermUtils
from dateutil.easter import easter
from hijridate import Gregorian, Hijri

from . import calendar_math as cal
from .engine import ABSOLUTE, ANAPHORIC, INFERRED, Language, Reading, Rule
from .engine import STATISTIC as engine_STATISTIC
from .numerals import parse_zh_number

EXAMPLE_REF = date(2023, 9, 15)

# ---------------------------------------------------------------- pattern pieces
CN = "〇○零一二两三四五六七八九十"
_NOT_AFTER_NUM = rf"(?<![0-9{CN}几数百千万.])"


_CN_D = "一二三四五六七八九"
# 两千零九 / 一千九百九十八 / 二千零二十三: a year only with something after 千 (两千年 is as often
# "2000 years"), never before 前/来/多 (一千五百年前 is a duration).
# 两千零九 / 一千九百九十八 / 二千零二十三: a year only with something after 千 (两千年 is as often
# "2000 years"), never before 前/来/多 (一千五百年前 is a duration). Each alternative below tests
# its first character before its lookbehind: the year pattern is tried at every position.
_CN_THOUSANDS = (rf"[两二一](?<![{CN}千百][两二一])千(?:[{_CN_D}]百(?:零?[{_CN_D}]?十[{_CN_D}]?|零[{_CN_D}])?"
                 rf"|零?[{_CN_D}]?十[{_CN_D}]?|零[{_CN_D}])(?![{CN}千百万])(?!\s*年\s*(?:前|来|以来|后|之|多|左右|的|历史|间|里|中))")
# A two-digit year is one only before a month (16年5月3日, 97年2月) or with its leading zero
# (05年以前, 零三年): 16年 alone is as often sixteen years.
_MONTH_AHEAD = r"(?=\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)"


def YEAR(s=""):
    return (rf"(?P<y{s}>[12](?<![0-9.][12])[0-9]{{3}}(?![0-9])|[一二](?<![{CN}][一二])[〇○零一二三四五六七八九]{{3}}"
            rf"|{_CN_THOUSANDS}|[0-9](?<![0-9.][0-9])[0-9]{_MONTH_AHEAD}|0(?<![0-9.]0)[0-9](?=\s*年)"
            rf"|[零〇○](?<![{CN}][零〇○])[一二三四五六七八九](?=\s*年)|[一九](?<![{CN}][一九])[〇○零一二三四五六七八九]{_MONTH_AHEAD})"
            rf"\s*年")


def MONTH(s=""):
    return (rf"(?P<m{s}>(?=[0-9])(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])|(?=[{_CN_D}十])(?<![{CN}])(?:十[一二]?|[一二三四五六七八九]))"
            rf"\s*月")


def DAYNUM(s=""):
    return (rf"(?P<d{s}>(?=[0-9])(?<![0-9.])(?:3[01]|[12][0-9]|0?[1-9])(?![0-9])"
            rf"|(?=[{_CN_D}十廿卅])(?<![{CN}])(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
            rf"|廿[一二三四五六七八九]?|卅一?))")


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
WEEKDAY_PAREN = r"(?:\s*\(\s*(?:周|星期|礼拜)[一二三四五六日天]\s*\)|\s?(?:周|星期|礼拜)[一二三四五六日天](?![次回遍个]))?"
TIMEZONE = r"(?:(?P<tz>当地时间|北京时间|莫斯科时间|东京时间|首尔时间|平壤时间|台北时间|香港时间|巴黎时间|伦敦时间|华盛顿时间|美东时间|美国东部时间|格林尼治时间|世界标准时间)\s*)?"
_TOD_WORDS = "凌晨|清晨|早上|早晨|上午|中午|正午|午后|下午|傍晚|晚上|晚间|夜间|深夜|夜里|午夜|晚(?!些|会|宴)|夜"  # 晚些时候 = later; 晚会 / 晚宴 = a gala, a dinner
CLOCK = r"[0-9]{1,2}\s*(?:时(?:\s*[0-9]{1,2}\s*分)?|:\s*[0-9]{2}|点\s*(?:钟|半|[0-9]{1,2}\s*分)?)"
# 13日当天 / 13日当晚 are one mention of the 13th.
TIME_OF_DAY = rf"(?:\s*(?:当天|当日)(?=\s*(?:{_TOD_WORDS})))?(?:\s*(?P<tod>当晚|{_TOD_WORDS}))?(?:\s*(?P<clock>{CLOCK}))?(?:\s*(?:当天|当日)(?![0-9]))?"
SEP = r"\s*(?:至|到|-+|~|－|—+)\s*"

# A month-part after 月 / a year-part after 年. 中 and 初 are common word starts (2023年中国,
# 9月初步), so they count only before punctuation or a time word.
_PART_END = r"(?=[,;。，；、的时前后以起到至\s)]|$)"
MONTH_PART = rf"(?P<mpart>上中旬|中下旬|上旬|中旬|下旬|初(?![步次级衷稿审选赛])|中{_PART_END}|底|末)"
YEAR_PART = (rf"(?P<ypart>上半年|下半年|前半年|后半年|初(?![步次级衷稿审选赛])|中{_PART_END}|底|末"
             rf"|第?[一二三四1-4]季度?|Q[1-4])")

FUTURE_WORDS = (r"将|计划|预计|预定|定于|拟|稍后|即将|准备|打算|有望|可望|力争|争取|安排在|将于|将在|可能[在于]|或于"
                # a modal future (应在周三晚上抵达, 应该于下月公布); not 回应 / 应邀 / 应对 / 供应
                r"|(?<![回响反相供适对感呼答效理照])应(?:该|当)?(?![邀对急用声届变力酬付])")
# 晋三周五 is "(Shinzo) Abe on Friday", 一周三天 is "three days a week": after a numeral the
# weekday must not be followed by a count's unit.
_NOT_A_COUNT = r"(?=\s*(?:周|週|星期|礼拜|禮拜)[一二三四五六日天](?![天次个個日晚夜小年月回场場半]))"
PAST_FRAME = r"原(?:计划|定|订|本|先|准备)|此前|早前|先前|稍早"
# After a date the marker may sit past a comma (周五，公司将发布), but not past a speech verb
# (周三，他表示将... is a Wednesday statement about the future), and 将 must not be 把 or a noun
# (将其 / 将这 / 将军 / 将近).
FUTURE_AFTER = (r"^(?:(?!表示|说|称|指出|强调|宣布|透露|警告|认为|报道).)*?"
                r"(?:将(?![其之此这该他她它近军领士])|计划|预计|拟|准备|打算|有望|可望|力争|争取|预定|定于)(?![^，,。；;]*的)"
                # a deadline: 6月底前 / 年底之前完成, unless the clause says it is done (已, 了, 曾)
                r"|^\s*(?:之前|以前|前)(?![夕后的])(?![^，,。；;]*(?:已|了|曾|过))")

# The perfective aspect: what the clause tells is done (发现了, 已宣布, 曾表示).
_DONE = re.compile(r"(?<![为除])了(?!解)|已|曾")

# ---------------------------------------------------------------- helpers
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_MONTH_THIRD = {"上中旬": "early-mid", "中下旬": "mid-late",
                "上旬": "early", "初": "early", "中旬": "mid", "中": "mid",
                "下旬": "late", "底": "late", "末": "late"}
_YEAR_PART = {"初": "early", "中": "mid", "底": "late", "末": "late"}
_TOD_OF_WORD = {"琴晚": "晚上", "寻晚": "晚上", "听晚": "晚上", "听朝": "早上", "今朝": "早上",
                "今晨": "清晨", "今早": "早上", "昨晚": "晚上", "昨夜": "夜间", "今晚": "晚上",
                "今夜": "夜间", "明晚": "晚上", "明早": "早上"}


def _num(text):
    # 廿六日 / 卅日: the written forms of twenty and thirty in dates
    return parse_zh_number(text.replace("廿", "二十").replace("卅", "三十"))


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


def _year(m, s="", ctx=None):
    raw = m.group(f"y{s}").strip()
    year = _num(raw)
    if len(raw) == 2 and ctx is not None:
        year = two_digit_year(year, ctx.reference)
    return year if 1000 <= year <= 2100 else None


def two_digit_year(yy: int, reference: date) -> int:
    """16年 / 97年 / 05年: the century that puts the year at most ten years past the reference."""
    return 2000 + yy if 2000 + yy <= reference.year + 10 else 1900 + yy


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
    year, month = _year(m, "", ctx), _month(m)
    day = year and month and cal.valid_date(year, month, _num(m.group("d")))
    return day and _day_reading(m, ctx, day, "absolute", ABSOLUTE)


def ym(m, ctx):
    year, month = _year(m, "", ctx), _month(m)
    return year and month and _month_or_part(year, month, _g(m, "mpart"), "absolute", ABSOLUTE)


def y(m, ctx):
    year = _year(m, "", ctx)
    return year and _year_or_part(year, _g(m, "ypart"), "absolute", ABSOLUTE)


def numeric_ymd(m, ctx):
    day = cal.valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return day and 1000 <= day.year <= 2100 and _day_reading(m, ctx, day, "absolute", ABSOLUTE)


def decade(m, ctx):
    if _g(m, "full"):
        first = int(m.group("full"))
    elif _g(m, "cnfull"):
        first = _num(m.group("cnfull"))
    else:
        tens = _num(m.group("dec"))
        if _g(m, "cent") or _g(m, "crel"):
            first = _century_first_year(m, ctx) + tens
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
    # A bare 8日 is the nearest 8th (written on the 5th: in three days, not a month ago; in the
    # golds every bare day lies between 14 days before and 3 days after publication), unless the
    # clause's tense or aspect picks a direction (将, 了).
    future, done = _future(m, ctx), _DONE.search(ctx._clause_after(m.end(), 40, ctx.language.breaks_after))
    past, ahead = (cal.nearest_day_of_month(ctx.reference, _num(raw), False),
                   cal.nearest_day_of_month(ctx.reference, _num(raw), True))
    if future or done or not (past and ahead):
        day = ahead if future else past
    else:
        day = ahead if ahead - ctx.reference < ctx.reference - past else past
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
    wd = _WEEKDAYS[m.group("wd")]
    before = ctx.antecedent(m.start())
    if (before and before.reading.grain == "day" and before.reading.start.weekday() == wd
            and _IS_A.fullmatch(ctx.norm[before.end_offset:m.start()])):
        return None  # 1964年3月27日是一个星期五: says what day the date was, no date of its own
    b = "b" if _g(m, "mb") else "e" if _g(m, "me") else None
    if b:  # 周三（9月13日）, 周三（2023年9月13日）, 周五下午（7月8日）
        month, day_num = _month(m, b), _num(m.group(f"d{b}"))
        if not month:
            return None
        if _g(m, f"y{b}"):
            year = _year(m, b, ctx)
            day, kind, confidence = year and cal.valid_date(year, month, day_num), "absolute", ABSOLUTE
        else:
            day, kind, confidence = cal.nearest_month_day(ref, month, day_num, _future(m, ctx)), "relative", INFERRED
        return day and _day_reading(m, ctx, _weekday_near(day, wd), kind, confidence)
    mod = (_g(m, "wmod") or "").rstrip("个").rstrip("一")
    if mod in ("本", "这", "今", "呢"):
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


# A date, then 在 + a happening + 的 + a day anaphor: one time told twice.
_APPOSITION = re.compile(r"\s*[,，]\s*在[^,，。；;！？!?0-9]*的")
_IS_A = re.compile(r"\s*(?:是|为|正是|恰逢)(?:一个|个)?\s*")


def _weekday_near(day, wd):
    """A bracketed date a day or two off its weekday (周一（2月7号）when 7 February was a Tuesday):
    the weekday's date nearest to it. The bracket is what writers get wrong, off by the time zone
    they converted from; the weekday they wrote in the reader's own week."""
    if day.weekday() == wd:
        return day
    shift = (wd - day.weekday()) % 7
    return day + timedelta(days=shift if shift <= 3 else shift - 7)


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
_DAY_SHIFT = {"大大前天": -4, "大大后天": 4, "大前日": -3, "大后日": 3, "前日": -2,
              # Cantonese: 琴日 / 寻日 yesterday, 听日 tomorrow, 听朝 tomorrow morning, 今朝 this morning
              "琴日": -1, "寻日": -1, "琴晚": -1, "寻晚": -1, "听日": 1, "听晚": 1, "听朝": 1, "今朝": 0,
              "大前天": -3, "前天": -2, "昨天": -1, "昨日": -1, "昨晚": -1, "昨夜": -1,
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


_WEEK_SHIFT = {"上上": -2, "上": -1, "上一": -1, "本": 0, "这": 0, "这一": 0, "今": 0, "呢": 0,
               "下": 1, "下一": 1, "下下": 2}


def relative_week(m, ctx):
    monday = cal.weekday_in_week(ctx.reference, 0, _WEEK_SHIFT[m.group("wmod").replace("个", "")])
    return Reading(monday, monday + timedelta(days=6), "week", "relative", INFERRED)


_MONTH_SHIFT = {"上上个": -2, "上个": -1, "上": -1, "上一个": -1, "上一": -1, "本": 0, "这个": 0, "这一个": 0,
                "这一": 0, "今个": 0, "呢个": 0, "下个": 1, "下": 1, "下一个": 1, "下一": 1, "下下个": 2, "下下": 2}


def relative_month(m, ctx):
    """上月 / 本月 / 下个月, with a day (上月30日) or a part (上月底)."""
    ref = ctx.reference
    year, month = cal.shift_month(ref.year, ref.month, _MONTH_SHIFT[m.group("mmod")])
    if _g(m, "d"):
        day = cal.valid_date(year, month, _num(m.group("d")))
        return day and _day_reading(m, ctx, day, "relative", INFERRED)
    return _month_or_part(year, month, _g(m, "mpart"), "relative", INFERRED)


_YEAR_SHIFT = {"大前": -3, "前": -2, "去": -1, "今": 0, "明": 1, "后": 2, "大后": 3}


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


# Holidays on a fixed day of the Gregorian calendar (lunar ones: `lunar_festival`).
_HOLIDAYS = {"元旦": (1, 1), "情人节": (2, 14), "妇女节": (3, 8), "植树节": (3, 12), "愚人节": (4, 1),
             "劳动节": (5, 1), "五一": (5, 1), "青年节": (5, 4), "护士节": (5, 12), "儿童节": (6, 1),
             "建党节": (7, 1), "建军节": (8, 1), "教师节": (9, 10), "国庆节": (10, 1), "国庆": (10, 1),
             "十一": (10, 1), "万圣节": (10, 31), "平安夜": (12, 24), "圣诞节": (12, 25)}


def _nth_weekday(year, month, weekday, n):
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


# Holidays computed each year: the second Sunday of May, the fourth Thursday of November (the
# American Thanksgiving), western Easter (dateutil's algorithm).
_COMPUTED_HOLIDAYS = {"母亲节": lambda y: _nth_weekday(y, 5, 6, 2), "父亲节": lambda y: _nth_weekday(y, 6, 6, 3),
                      "感恩节": lambda y: _nth_weekday(y, 11, 3, 4), "复活节": easter,
                      "耶稣受难日": lambda y: easter(y) - timedelta(days=2)}


def _holiday_day(name, year):
    if name in _COMPUTED_HOLIDAYS:
        return _COMPUTED_HOLIDAYS[name](year)
    month, day_num = _HOLIDAYS[name]
    return date(year, month, day_num)


def holiday(m, ctx):
    """圣诞节 / 去年元旦 / 2023年平安夜 / 母亲节 / 复活节: the holiday's day in the year given, or by tense."""
    name = m.group("hol")
    if _g(m, "y"):
        year = _year(m, "", ctx)
        day = year and _holiday_day(name, year)
        return day and Reading(day, day, "day", "absolute", ABSOLUTE, _time_of_day(m))
    anchor = ctx.year_anchor(m.start())
    if _g(m, "ymod"):
        day = _holiday_day(name, ctx.reference.year + _YEAR_SHIFT[m.group("ymod")])
    elif anchor:  # 1964年3月27日是一个星期五，也是耶稣受难日: the year just given
        day = _holiday_day(name, anchor.year)
        return day and Reading(day, day, "day", "absolute", INFERRED, _time_of_day(m))
    else:
        ref = ctx.reference
        found = _in_tense_window(ref, [(_holiday_day(name, y),) for y in (ref.year - 1, ref.year, ref.year + 1)],
                                 _future(m, ctx))
        day = found and found[0]
    return day and Reading(day, day, "day", "relative", INFERRED, _time_of_day(m))


# ---------------------------------------------------------------- ranges and lists
def ymd_range(m, ctx):
    """9月10日至12日 / 2023年9月10日至10月2日 / 10日至12日."""
    ref, future = ctx.reference, _future(m, ctx)
    d1, d2 = _num(m.group("d1")), _num(m.group("d2"))
    m1 = _g(m, "m1") and _month(m, "1")
    m2 = (_g(m, "m2") and _month(m, "2")) or m1
    if _g(m, "y1"):
        year = _year(m, "1", ctx)
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


def year_to_short_year(m, ctx):
    """1990到95年7月 / 1998至03年: a run whose end year is written with two digits, in the start
    year's century (or the next when it would come before the start)."""
    y1, yy = int(m.group("y1")), int(m.group("yy"))
    y2 = y1 // 100 * 100 + yy
    if y2 <= y1:
        y2 += 100
    if not (1000 <= y1 < y2 <= 2100):
        return None
    if _g(m, "m2"):
        month = _month(m, "2")
        if not month:
            return None
        return Reading(date(y1, 1, 1), cal.month_period(y2, month)[1], "month", "absolute", ABSOLUTE)
    return Reading(date(y1, 1, 1), date(y2, 12, 31), "year", "absolute", ABSOLUTE)


def bare_topic_year(m, ctx):
    """2016将是关键的一年 / 2020是不平凡的一年: a bare four-digit number said to be a year."""
    year = int(m.group("y"))
    return Reading(date(year, 1, 1), date(year, 12, 31), "year", "absolute", ABSOLUTE) if 1000 <= year <= 2100 else None


def month_range(m, ctx):
    """5月至7月 / 2022年5月至2023年1月 / 今年1至5月."""
    m1, m2 = _month(m, "1"), _month(m, "2")
    if not (m1 and m2):
        return None
    if _g(m, "y1"):
        span = cal.month_span(m1, m2, _year(m, "1", ctx), _year(m, "2", ctx) if _g(m, "y2") else None)
        kind, confidence = "absolute", ABSOLUTE
    elif not _g(m, "ymod") and ctx.year_anchor(m.start()):  # 2019年，…3月至8月间
        span = cal.month_span(m1, m2, cal.month_near(ctx.year_anchor(m.start()), m1))
        kind, confidence = "absolute", INFERRED
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
        year, kind, confidence = _year(m, "", ctx), "absolute", ABSOLUTE
    elif _g(m, "ymod"):
        year, kind, confidence = ref.year + _YEAR_SHIFT[m.group("ymod")], "relative", INFERRED
    else:
        year, kind, confidence = None, "relative", INFERRED
    if not _g(m, "yue1") and m.group("sep") != "、":
        return None  # 5和8月 is rare; "5和8" is usually two numbers
    anchor = None if year else ctx.year_anchor(m.start())   # 2018年，10月和12月…
    if anchor:
        kind = "absolute"
    readings = []
    for s in ("1", "2"):
        month = _month(m, s)
        if not month:
            return None
        the_year = year or (cal.month_near(anchor, month) if anchor else cal.nearest_month(ref, month, future))
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
    if n != int(n):  # 半年前 / 一年半以前: 6 / 18 months, to the month
        year, month = cal.shift_month(anchor.year, anchor.month, sign * round(12 * n))
        start, end = cal.month_period(year, month)
        return start, end, "month"
    start, end = cal.year_period(anchor.year + sign * int(n))
    return start, end, "year"


def _count(m):
    raw = m.group("n")
    n = 0.5 if raw == "半" else _num(raw)
    return n + (0.5 if _g(m, "half") or _g(m, "half2") else 0)   # 一个半月 / 一年半


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
_ANAPHORIC_DAY = {"翌日": 1, "次日": 1, "隔天": 1, "隔日": 1, "第二天": 1, "同一天": 0, "这一天": 0, "同日": 0, "当晚": 0,
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
        before = ctx.antecedent(m.start())
        if (before and before.reading.grain == "day" and before.reading.start == before.reading.end
                and _APPOSITION.fullmatch(ctx.norm[before.end_offset:m.start()])):
            # 周六，在安倍遇刺身亡的次日: the day after that happening is the date just given
            day = before.reading.start
            return Reading(day, day, "day", "anaphoric", ANAPHORIC, _time_of_day(m))
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
    the_year = before.start.year + _ANAPHORIC_YEAR[word]
    if _g(m, "ma"):   # 同年5月 / 次年3月12日: the month (day) of that year
        month = _num(m.group("ma"))
        if _g(m, "da"):
            day = cal.valid_date(the_year, month, _num(m.group("da")))
            return day and Reading(day, day, "day", "anaphoric", ANAPHORIC, _time_of_day(m))
        start, end = cal.month_period(the_year, month)
        return Reading(start, end, "month", "anaphoric", ANAPHORIC)
    start, end = cal.year_period(the_year)
    return Reading(start, end, "year", "anaphoric", ANAPHORIC)


# ---------------------------------------------------------------- years before 1000, centuries
def era_year(m, ctx):
    """公元812年 / 公元1世纪 is no day; 公元前 cannot be a Python date: no reading."""
    if _g(m, "bc"):
        return None
    year = int(m.group("ad"))
    if not 1 <= year <= 2100:
        return None
    start, end = cal.year_period(year)
    return Reading(start, end, "year", "absolute", ABSOLUTE)


def _century_first_year(m, ctx):
    """The first year of the century a match names: 20世纪 / 二十世纪 -> 1900, 上世纪 -> the one
    before the reference's, 本世纪 -> the reference's (2000 for 2001..2100)."""
    if _g(m, "crel"):
        own = (ctx.reference.year - 1) // 100 * 100
        return own + {"上": -100, "本": 0, "这": 0, "下": 100}[m.group("crel")[0]]
    return (_num(m.group("cent")) - 1) * 100


_CENTURY_PART = {"初": (0, 9), "初期": (0, 9), "初叶": (0, 9), "中叶": (40, 69), "中期": (40, 69),
                 "末": (90, 99), "末期": (90, 99), "末叶": (90, 99)}


def century_part(m, ctx):
    """上世纪末 (1990s) / 20世纪初 (1900s) / 本世纪中叶 (2040-2069)."""
    first = _century_first_year(m, ctx)
    lo, hi = _CENTURY_PART[m.group("cpart")]
    return Reading(date(first + lo, 1, 1), date(first + hi, 12, 31), "decade", "absolute", ABSOLUTE)


# ---------------------------------------------------------------- quarters, halves, seasons
_PERIOD_SHIFT = {"上": -1, "前": -1, "本": 0, "这": 0, "今": 0, "下": 1}


def relative_quarter(m, ctx):
    """上一季度 / 上季度 / 本季度 / 这个季度 / 下个季度; 上个半年 / 下一个半年."""
    ref = ctx.reference
    shift = _PERIOD_SHIFT[m.group("qmod")[0]]
    if m.group("qunit") == "半年":
        index = ref.year * 2 + (0 if ref.month <= 6 else 1) + shift
        start, end = cal.half_year_period(index // 2, index % 2 + 1)
        return Reading(start, end, "half_year", "relative", INFERRED)
    index = ref.year * 4 + (ref.month - 1) // 3 + shift
    start, end = cal.quarter_period(index // 4, index % 4 + 1)
    return Reading(start, end, "quarter", "relative", INFERRED)


# 春 3-5, 夏 6-8, 秋 9-11, 冬 12 to February of the next year (2022年冬天 = 2022-12..2023-02).
_SEASON_MONTHS = {"春": 3, "夏": 6, "秋": 9, "冬": 12}


def season(m, ctx):
    """1911年秋天 / 今年夏天 / 去年冬季 / 今春 / 去冬 / 明夏."""
    if _g(m, "y"):
        year, kind, confidence = _year(m, "", ctx), "absolute", ABSOLUTE
    else:
        word = _g(m, "ymod") or m.group("smod")
        year, kind, confidence = ctx.reference.year + _YEAR_SHIFT[word], "relative", INFERRED
    if not year:
        return None
    name = _g(m, "season") or m.group("season2")
    if name == "冬" and kind == "relative" and _g(m, "smod") == "今" and ctx.reference.month <= 2:
        year -= 1   # 今冬 in January: the winter that began last December
    first = _SEASON_MONTHS[name]
    end_year, end_month = cal.shift_month(year, first, 2)
    return Reading(date(year, first, 1), cal.month_period(end_year, end_month)[1], "year_part", kind, confidence)


# ---------------------------------------------------------------- first / last N units, ordinals
def _scope_period(m, ctx):
    """The period a 前N / 第N counts in: a year given, a year word, a month (this one or named)."""
    ref = ctx.reference
    if _g(m, "ys"):
        year = _year(m, "s", ctx)
        if _g(m, "ms"):
            month = _month(m, "s")
            return (*cal.month_period(year, month), "absolute") if year and month else None
        return (*cal.year_period(year), "absolute") if year else None
    if _g(m, "symod"):
        year = ref.year + _YEAR_SHIFT[m.group("symod")]
        if _g(m, "ms"):
            month = _month(m, "s")
            return (*cal.month_period(year, month), "relative") if month else None
        return (*cal.year_period(year), "relative")
    if _g(m, "smmod"):
        year, month = cal.shift_month(ref.year, ref.month, _MONTH_SHIFT[m.group("smmod")])
        return (*cal.month_period(year, month), "relative")
    if _g(m, "ms"):
        month = _month(m, "s")
        if not month:
            return None
        return (*cal.month_period(cal.nearest_month(ref, month, _future(m, ctx)), month), "relative")
    return (*cal.year_period(ref.year), "relative")   # 前三季度 on its own: this year's


def _count_n(raw):
    return _num(raw)


# A span that a figure covers (今年前三个月的出口额, 过去三年人口减少) is dated, but under the default
# cut: it places a statistic, not an event, and the timeline keeps it out unless asked.
STATISTIC = engine_STATISTIC


def first_units(m, ctx):
    """今年前三个月 / 本月前三天 / 2019年头两个季度 / 前三季度 / 去年最后两个月. Without a period
    before it only quarters count (前三季度): 前一天 / 前三天 are anaphors and offsets."""
    if not any(_g(m, g) for g in ("ys", "symod", "smmod", "ms")) and "季" not in m.group("unit"):
        return None
    scope = _scope_period(m, ctx)
    if scope is None:
        return None
    lo, hi, kind = scope
    n = _count_n(m.group("n"))
    unit = m.group("unit").lstrip("个")
    last = m.group("fl") in ("最后", "后")
    confidence = ABSOLUTE if kind == "absolute" else INFERRED
    if n < 1:
        return None
    if unit in ("天", "日"):
        start, end = (hi - timedelta(days=n - 1), hi) if last else (lo, lo + timedelta(days=n - 1))
        grain = "day"
    elif unit in ("周", "星期"):
        start, end = (hi - timedelta(days=7 * n - 1), hi) if last else (lo, lo + timedelta(days=7 * n - 1))
        grain = "week"
    else:
        months = 3 * n if unit.startswith("季") else n
        if lo.month != 1 or hi.month != 12 or months > 12:
            return None   # months and quarters count in a year
        if last:
            start, end = date(lo.year, 13 - months, 1), hi
        else:
            start, end = lo, cal.month_period(lo.year, months)[1]
        grain = "quarter" if unit.startswith("季") else "month"
    if start < lo or end > hi:
        return None
    return Reading(start, end, grain, kind, min(confidence, STATISTIC))


def ordinal_unit(m, ctx):
    """2019年的第二周 (ISO week 2) / 今年第40个星期 / 去年第一百天 / 2023年第四个月: a year is needed
    (战争第100天 counts from the war's start, which the text gives elsewhere)."""
    scope = _scope_period(m, ctx)
    if scope is None:
        return None
    lo, hi, kind = scope
    n = _count_n(m.group("n"))
    unit = m.group("unit").lstrip("个")
    confidence = ABSOLUTE if kind == "absolute" else INFERRED
    if n < 1:
        return None
    if unit in ("天", "日"):
        day = lo + timedelta(days=n - 1)
        return Reading(day, day, "day", kind, confidence) if day <= hi else None
    if unit in ("周", "星期"):
        if hi - lo > timedelta(days=40):  # a year: its ISO week
            try:
                monday = date.fromisocalendar(lo.year, n, 1)
            except ValueError:
                return None
        else:
            monday = cal.week_period(lo)[0] + timedelta(days=7 * (n - 1))
        return Reading(monday, monday + timedelta(days=6), "week", kind, confidence)
    if lo.month != 1 or hi.month != 12 or n > 12:
        return None
    start, end = cal.month_period(lo.year, n)
    return Reading(start, end, "month", kind, confidence)


# ---------------------------------------------------------------- spans from now
_UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7}


def span_from_now(m, ctx):
    """今后两年 / 未来三天 / 接下来两周 (from tomorrow on) / 过去三个月 (up to yesterday)."""
    ref = ctx.reference
    n = _count_n(m.group("n"))
    unit = m.group("unit").lstrip("个")
    ahead = not m.group("sdir").startswith("过去")
    if not 1 <= n <= 100:
        return None
    grain = {"天": "day", "日": "day", "周": "week", "星期": "week", "月": "month", "年": "year"}[unit]
    span = cal.span_beside(ref, ahead, days=n * _UNIT_DAYS.get(unit, 0),
                           months=0 if unit in _UNIT_DAYS else n * (12 if unit == "年" else 1))
    return Reading(*span, grain, "relative", STATISTIC) if span else None


# What makes `N天内` a deadline (要求五日内答复, 须在30天内离境, 一年内完成): an obligation, a
# future, or a verb of reply or compliance in its clause. Without one it is a duration
# (三天内两次发射导弹, 一年内两次访华): no date.
_DEADLINE_CUE = re.compile(rf"{FUTURE_WORDS}|要|须|需|务必|限|请|得(?=在|于)|答[复覆]|回[复覆]|回应|完成|提交|作出|做出"
                           r"|撤离|撤出|离境|离开|交出|归还|执行")


# A deadline's span is not the day of the event that sets it (要求五日内答复 dates the demand,
# and a span of a year would overlap every event in it): under the default cut, as statistics
# spans are; a caller who wants deadlines lowers min_confidence.
DEADLINE = 0.45


def deadline_within(m, ctx):
    """五日内 / 两个礼拜内 / 1个月之内 / 一年内 / 半年以内, as a deadline: from the day it is set (a
    day earlier in the sentence, else the reference) to N units later."""
    before = ctx._clause_before(m.start(), 16)
    after = ctx._clause_after(m.end(), 16, ctx.language.clause_breaks)
    if not (_DEADLINE_CUE.search(before) or _DEADLINE_CUE.search(after)) or _DONE.search(before + after):
        return None
    n = _count(m)
    unit = m.group("unit")
    if not 0 < n <= 100:
        return None
    anchor, kind = ctx.reference, "relative"
    earlier = ctx.antecedent(m.start())
    if (earlier and earlier.reading.grain == "day"
            and not re.search(r"[。！？!?]", ctx.norm[earlier.end_offset:m.start()])):
        anchor, kind = earlier.reading.start, "anaphoric"
    if unit in ("天", "日", "周", "星期", "礼拜"):
        in_days = unit in ("天", "日")
        end = anchor + timedelta(days=round(n * (1 if in_days else 7)))
        grain = "day" if in_days else "week"
    else:
        months = n * (12 if unit == "年" else 1)
        if months != int(months):  # 半个月内: about 15 days
            end, grain = anchor + timedelta(days=round(30.5 * months)), "week"
        else:
            year, month = cal.shift_month(anchor.year, anchor.month, int(months))
            end, grain = date(year, month, min(anchor.day, cal.last_day(year, month))), "month" if unit == "月" else "year"
    return Reading(anchor, end, grain, kind, DEADLINE)


_DAY_PAIRS = {"明后": (1, 2), "今明": (0, 1), "昨今": (-1, 0), "前昨": (-2, -1)}


def day_pair(m, ctx):
    """明后两天 / 明后天 / 今明两天 / 昨今两日: two days in a row."""
    lo, hi = _DAY_PAIRS[m.group("pair")]
    return Reading(ctx.reference + timedelta(days=lo), ctx.reference + timedelta(days=hi), "day",
                   "relative", INFERRED)


def within_year(m, ctx):
    """年内 (before the year is out): the reference's year."""
    start, end = cal.year_period(ctx.reference.year)
    return Reading(start, end, "year", "relative", INFERRED)


_YEAR_WORDS = {"今个年": 0, "本年度": 0, "本年": 0, "今年度": 0, "上年度": -1, "上一年度": -1, "上年": -1,
               "下一年度": 1, "下年度": 1, "明年度": 1}


def year_word(m, ctx):
    """本年度 / 上年度 / 上年 (statistics' "the previous year") / 下一年度."""
    start, end = cal.year_period(ctx.reference.year + _YEAR_WORDS[m.group("yword")])
    return Reading(start, end, "year", "relative", INFERRED)


# ---------------------------------------------------------------- numeric forms
AMBIGUOUS = 0.55    # a numeric date whose day and month could be read either way (4/5/2017)


def numeric_ymd_compact(m, ctx):
    """20190912: year, month and day run together."""
    day = cal.valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return day and Reading(day, day, "day", "absolute", ABSOLUTE)


def numeric_dmy(m, ctx):
    """25.12.2016 (dots: day first, as European and Russian outlets write); 12/25/1998 and
    12/25/98 (slashes: month first, as American outlets write). When both numbers could be a
    month (4/5/2017) the reading is kept but marked: its confidence is AMBIGUOUS."""
    first, second, raw_year = int(m.group("a")), int(m.group("b")), m.group("y")
    year = int(raw_year) if len(raw_year) == 4 else two_digit_year(int(raw_year), ctx.reference)
    day_first = m.group("sep") == "."
    day, month = (first, second) if day_first else (second, first)
    found = cal.valid_date(year, month, day)
    if not found:
        return None
    confidence = AMBIGUOUS if (first <= 12 and second <= 12 and first != second) else ABSOLUTE
    return Reading(found, found, "day", "absolute", confidence)


def numeric_ym(m, ctx):
    """2019/07 / 2019-7 / 2001.03: a month."""
    year, month = int(m.group("y")), int(_g(m, "m") or m.group("m2"))
    start, end = cal.month_period(year, month)
    return Reading(start, end, "month", "absolute", ABSOLUTE)


# ---------------------------------------------------------------- lunar calendar (borax)
_LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12}


def _lunar_month(raw):
    raw = raw.rstrip("月")
    return _LUNAR_MONTHS.get(raw) or _num(raw)


def _lunar_day(raw):
    raw = raw.rstrip("日号")
    if raw.startswith("初"):
        return _num(raw[1:])
    return _num(raw)


def _lunar_to_solar(year, month, day, leap=0):
    try:
        return LunarDate(year, month, day, leap).to_solar_date()
    except (InvalidLunarDateError, ValueError, IndexError) as error:
        raise ValueError(str(error)) from error


def _lunar_month_period(year, month, leap=0):
    start = _lunar_to_solar(year, month, 1, leap)
    return start, start + timedelta(days=LCalendars.ndays(year, month, leap) - 1)


def _in_tense_window(ref, candidates, future):
    """The first candidate (a date or period start) in the tense's window around `ref`, as
    `nearest_month_day` picks a Gregorian day."""
    low, high = (ref - timedelta(days=1), ref + timedelta(days=364)) if future else \
        (ref - timedelta(days=334), ref + timedelta(days=31))
    for candidate in candidates:
        if low <= candidate[0] <= high:
            return candidate
    return None


def _lunar_year_of(m, ctx):
    """The lunar year a lunar date names: a year given (2023年农历八月十五, 农历2023年…), a year
    word (去年中秋), or None (the tense decides)."""
    for s in ("", "l"):
        if _g(m, f"y{s}"):
            return _year(m, s, ctx), "absolute", ABSOLUTE
    if _g(m, "ymod"):
        return ctx.reference.year + _YEAR_SHIFT[m.group("ymod")], "relative", INFERRED
    return None, "relative", INFERRED


def _lunar_reading(m, ctx, period_of_year):
    """`period_of_year(lunar_year)` -> (start, end); the year from the text or the tense."""
    year, kind, confidence = _lunar_year_of(m, ctx)
    if year is None:
        ref = ctx.reference
        candidates = []
        for y in (ref.year - 1, ref.year, ref.year + 1):
            try:
                candidates.append(period_of_year(y))
            except ValueError:
                continue
        found = _in_tense_window(ref, candidates, _future(m, ctx))
        if found is None:
            return None
        start, end = found
    else:
        if not year:
            return None
        start, end = period_of_year(year)
    grain = "day" if start == end else "month"
    return Reading(start, end, grain, kind, confidence, _time_of_day(m))


def lunar_date(m, ctx):
    """农历八月十五 / 正月初八 / 阴历六月 / 腊月二十三 / 大年初一 / 农历2023年闰二月初一."""
    month = _lunar_month(_g(m, "lm") or "正")
    leap = 1 if _g(m, "leap") else 0
    day_raw = _g(m, "ld")
    if day_raw:
        day = _lunar_day(day_raw)
        return _lunar_reading(m, ctx, lambda y: (_lunar_to_solar(y, month, day, leap),) * 2)
    return _lunar_reading(m, ctx, lambda y: _lunar_month_period(y, month, leap))


_LUNAR_FESTIVALS = {"春节": (1, 1), "元宵": (1, 15), "龙抬头": (2, 2), "端午": (5, 5), "七夕": (7, 7),
                    "中元": (7, 15), "中秋": (8, 15), "重阳": (9, 9), "腊八": (12, 8), "小年": (12, 23)}


def _new_years_eve(lunar_year):
    """除夕: the day before the Spring Festival of `lunar_year` (2024年除夕 = 2024-02-09)."""
    return _lunar_to_solar(lunar_year, 1, 1) - timedelta(days=1)


def lunar_festival(m, ctx):
    """春节 / 元宵节 / 端午 / 七夕 / 中秋 / 重阳 / 除夕, in the year given or by tense."""
    name = m.group("lfest")
    if name in ("除夕", "大年三十", "大年夜"):
        return _lunar_reading(m, ctx, lambda y: (_new_years_eve(y),) * 2)
    month, day = _LUNAR_FESTIVALS[name]
    return _lunar_reading(m, ctx, lambda y: (_lunar_to_solar(y, month, day),) * 2)


# Solar terms that are also weather words (大雪 heavy snow, 雨水 rainwater, 白露 dew, 清明 clear):
# a date only with a year, or a word after them that names the day.
_WEATHER_TERMS = {"小寒", "大寒", "雨水", "清明", "谷雨", "小满", "小暑", "大暑", "白露", "寒露", "小雪", "大雪"}
_TERM_DAY_AFTER = re.compile(r"\s*(?:节气|节|当天|这天|时节|前后|期间|假期|之日|那天|日)")


def solar_term(m, ctx):
    """冬至 / 清明节 / 2024年夏至 / 今年立秋: the day of the solar term (borax's TermUtils)."""
    name = m.group("term").rstrip("节")
    if (name in _WEATHER_TERMS and not m.group("term").endswith("节") and not (_g(m, "y") or _g(m, "ymod"))
            and not _TERM_DAY_AFTER.match(ctx.norm, m.end())):
        return None
    index = TermUtils.name2index(name)

    def day_of(year):
        return (TermUtils.nth_term_day(year, index),) * 2
    year = _year(m, "", ctx) if _g(m, "y") else (
        ctx.reference.year + _YEAR_SHIFT[m.group("ymod")] if _g(m, "ymod") else None)
    if year:
        day = day_of(year)[0]
        kind, confidence = ("absolute", ABSOLUTE) if _g(m, "y") else ("relative", INFERRED)
        return Reading(day, day, "day", kind, confidence, _time_of_day(m))
    found = _in_tense_window(ctx.reference, [day_of(y) for y in (ctx.reference.year - 1, ctx.reference.year,
                                                              ctx.reference.year + 1)], _future(m, ctx))
    return found and Reading(found[0], found[0], "day", "relative", INFERRED, _time_of_day(m))


# ---------------------------------------------------------------- the Islamic calendar (hijridate)
# 斋月 is the ninth Hijri month; 开斋节 its end (10/1), 古尔邦节 / 宰牲节 the feast of 12/10
# (Umm al-Qura calendar; local sightings may differ by a day).
_ISLAMIC = {"斋月": (9, None), "开斋节": (10, 1), "古尔邦节": (12, 10), "宰牲节": (12, 10)}


def _islamic_period(hijri_year, name):
    month, day = _ISLAMIC[name]
    try:
        if day:
            found = Hijri(hijri_year, month, day).to_gregorian()
            return date(found.year, found.month, found.day), date(found.year, found.month, found.day)
        start = Hijri(hijri_year, month, 1).to_gregorian()
        after = Hijri(hijri_year, month + 1, 1).to_gregorian()
    except (OverflowError, ValueError) as error:
        raise ValueError(str(error)) from error
    return date(start.year, start.month, start.day), date(after.year, after.month, after.day) - timedelta(days=1)


def islamic(m, ctx):
    """斋月 / 2023年斋月 / 开斋节: the Hijri month or day that falls in the year given, else by tense."""
    name = m.group("isl")
    ref = ctx.reference
    if _g(m, "y") or _g(m, "ymod"):
        year = _year(m, "", ctx) if _g(m, "y") else ref.year + _YEAR_SHIFT[m.group("ymod")]
        if not year:
            return None
        first = Gregorian(year, 1, 1).to_hijri().year
        periods = [_islamic_period(h, name) for h in (first, first + 1)]
        found = next((p for p in periods if p[0].year == year), None)
        kind, confidence = ("absolute", ABSOLUTE) if _g(m, "y") else ("relative", INFERRED)
    else:
        own = Gregorian(ref.year, ref.month, ref.day).to_hijri().year
        found = _in_tense_window(ref, [_islamic_period(h, name) for h in (own - 1, own, own + 1)], _future(m, ctx))
        kind, confidence = "relative", INFERRED
    if found is None:
        return None
    return Reading(found[0], found[1], "day" if found[0] == found[1] else "month", kind, confidence)


# ---------------------------------------------------------------- the table
LUNAR_MONTH = r"(?P<leap>闰)?(?P<lm>十一|十二|正|冬|腊|十|[一二三四五六七八九]|1[0-2]|0?[1-9])\s*月"
LUNAR_DAY = (r"(?P<ld>初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十"
             r"|十[一二三四五六七八九]?|[12][0-9]|30|0?[1-9])(?:\s*[日号])?")
SOLAR_TERMS = "|".join(("小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种",
                         "夏至", "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬",
                         "小雪", "大雪", "冬至"))
_DAY_TAIL = rf"{WEEKDAY_PAREN}{TIME_OF_DAY}"
_NOT_EVERY = r"(?<!每年)(?<!每年的)"  # 每年3月 / 每年9月1日 recur: no single date
# 本/上/下 modify a week or month only when they are not the end of the word before them:
# 日本周五 is "Japan, on Friday" (not 本周五), 成本月报 holds no 本月, 事实上周一 is "in fact, on
# Monday", 这种情况下周三 "in that case, on Wednesday". (委员会上周三 stays 上周三: 会上 is rarer.)
_BEN = r"(?<![日基根资成版样文剧课账书脚标原范蓝读副血])本"
_SHANG = r"(?<![晚早马身网际实义])上"
_XIA = r"(?<![况私眼乡底陛阁])下"
_YMOD = r"(?P<ymod>大前|大后|前|去|今|明|后)年"
_COUNT = (rf"{_NOT_AFTER_NUM}(?P<n>(?!0)[0-9]{{1,3}}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|半)\s*(?P<ge>个)?(?P<half>半)?\s*"
          r"(?P<unit>天|周|星期|(?<=[个半])月|年)(?P<half2>(?<=年)半)?(?P<dir>以前|以后|之前|之后|前|后)")
_VAGUE_AFTER_YEAR = r"(?!\s*(?:早些|晚些|稍早|稍晚|前[0-9一二两三四五六七八九十]+个|头[0-9一二两三四五六七八九十]+个|[0-9一二三四五六七八九十]+\s*岁))"

# ---------------------------------------------------------------- bare month/day, offsets of several units (issue 10)
_BARE_MD_WEEKDAY = re.compile(r"\s*\(?\s*(?:周|星期|礼拜)[一二三四五六日天]")
_BARE_MD_CLOCK = re.compile(r"\s*[0-9]{1,2}[:：][0-9]{2}")
_BARE_MD_RUN_AFTER = r"\s*(?:-|~|～|至|到|—)\s*(?P<a>1[0-2]|0?[1-9])\{sep}(?P<b>3[01]|[12][0-9]|0?[1-9])(?![0-9])"
_BARE_MD_RUN_BEFORE = r"(?P<a>1[0-2]|0?[1-9])\{sep}(?P<b>3[01]|[12][0-9]|0?[1-9])\s*(?:-|~|～|至|到|—)\s*$"
# before the day: a word of timing (定于3/5, 截至3/5, 从3.5起) or a field (日期：3.5); 于 not as
# "than" (高于3.5, 低于1/3)
_BARE_MD_WORD_BEFORE = re.compile(r"(?:(?<![高低大小等多少优相当位])于|从|自|截至|截止|直到|定于|日期|时间)\s*[:：为]?\s*$")


def _md_fraction(a: str, b: str) -> bool:
    return int(a) < int(b) <= 10 and not a.startswith("0")


def bare_month_day(m, ctx):
    """3/5 / 3.5 without 月日, month first as Chinese writes it, only where the text makes it a
    date: a weekday after it (3.5（周二）, 3/5周二), a clock (3/5 14:00), a word of timing or a field
    before it (定于3/5, 从3.5起, 日期：3.5); with a slash also a run to another such day (3/5至3/9,
    unless both look like fractions: 1/3至1/2) or the clause to itself. A dotted day in a run
    needs that context on the run's first day (9.1到9.3级 is a magnitude). 3.5亿, 3.5%, 1/3的选民,
    高于3.5 stay numbers."""
    sep = m.group("sep")
    before = ctx.norm[max(0, m.start() - 12):m.start()]
    after = ctx.norm[m.end("d"):m.end("d") + 16]

    def strong(at_before, at_after):
        return bool(_BARE_MD_WEEKDAY.match(at_after) or _BARE_MD_CLOCK.match(at_after)
                    or _BARE_MD_WORD_BEFORE.search(at_before))

    context = strong(before, after)
    if not context:
        run_before = re.search(_BARE_MD_RUN_BEFORE.format(sep=sep), before)
        run_after = re.match(_BARE_MD_RUN_AFTER.format(sep=sep), after)
        if sep == "/":
            run = run_before or run_after
            context = bool(run) and not (_md_fraction(m.group("m"), m.group("d")) and _md_fraction(run.group("a"), run.group("b")))
            clause = re.split(r"[，。；！？,;!?\n]", before)[-1]
            rest = re.split(r"[，。；！？,;!?\n]", after)[0]
            context = context or (not clause.strip() and not rest.strip())
        elif run_before:   # the run's first day had its context: 从3.5至3.8
            first = max(0, m.start() - 12) + run_before.start()
            context = strong(ctx.norm[max(0, first - 12):first], ctx.norm[first + len(run_before.group("a")) + 1 + len(run_before.group("b")):][:16])
    if not context:
        return None
    month, day = int(m.group("m")), int(m.group("d"))
    anchor = ctx.year_anchor(m.start())
    if anchor:
        found, kind = cal.month_day_near(anchor, month, day), "absolute"
    else:
        found, kind = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx)), "relative"
    return found and _day_reading(m, ctx, found, kind, INFERRED)


_CHAIN_N = r"(?:[0-9]{1,3}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九])"
# 日 is no unit here (15日3天后 is the 15th, then three days on); a bare 月 (1月) only after a
# comma in the chain (23年3月后 is after March 2023)
_CHAIN_UNIT = r"(?:年|个月|个?(?:周|星期|礼拜)|天|个?(?:小时|钟头)|分钟|秒钟?)"
_CHAIN_ITEM_ZH = rf"{_CHAIN_N}\s*{_CHAIN_UNIT}"
_CHAIN_ZH = rf"{_CHAIN_ITEM_ZH}(?:\s*(?:零|又)?\s*{_CHAIN_ITEM_ZH}|\s*[,、]\s*(?:{_CHAIN_ITEM_ZH}|[0-9]{{1,2}}\s*月))+"
_CHAIN_ITEM_RE = re.compile(rf"(?P<n>{_CHAIN_N})\s*(?P<u>个?(?:月|周|星期|礼拜|小时|钟头)|年|天|分钟|秒钟?)")


def offset_chain(m, ctx):
    """一年零三个月后 / 两周三天前 / 1小时30分钟后 / 两个月零十天以后 / 1年，1月，1周，1天前: an
    offset of several units, each applied in turn to the reference day (years, months, then weeks,
    days and the hours' whole days); 后 after a day told in the paragraph counts from it, as
    三天后 does. One unit alone is zh_offset's (and 两个小时后 alone stays undated)."""
    items = list(_CHAIN_ITEM_RE.finditer(m.group("chain")))
    if len(items) < 2:
        return None
    years = months = days = 0
    seconds = 0
    for item in items:
        n, unit = _num(item.group("n")), item.group("u").lstrip("个")
        if unit == "年":
            years += n
        elif unit == "月":
            months += n
        elif unit in ("周", "星期", "礼拜"):
            days += 7 * n
        elif unit in ("天", "日"):
            days += n
        else:
            seconds += n * {"小时": 3600, "钟头": 3600, "分钟": 60}.get(unit, 1)
    sign = -1 if m.group("dir").endswith("前") else 1
    base, kind, confidence = ctx.reference, "relative", INFERRED
    if sign > 0:
        antecedent = ctx.antecedent(m.start()) or ctx.day_antecedent(m.start(), _future(m, ctx))
        if antecedent and antecedent.reading.grain == "day":
            base, kind, confidence = antecedent.reading.start, "anaphoric", ANAPHORIC
        elif antecedent and not re.search(r"[。！？!?]", ctx.norm[antecedent.end_offset:m.start()]):
            return None   # 2011年核事故发生一年零三个月后: time elapsed since a coarser date
    year, month = cal.shift_month(base.year, base.month, sign * (12 * years + months))
    if not 1000 <= year <= 2100:
        return None
    moved = date(year, month, min(base.day, cal.last_day(year, month)))
    found = moved + timedelta(days=sign * (days + seconds // 86400))
    return Reading(found, found, "day", kind, confidence)


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
    # 2016年6月29 without 日: a day only at the end of the clause or before a clock (2016年6月2911:30,
    # scraped pages glue them): 2016年6月29人 is a count.
    Rule("zh_year_month_day_unmarked", rf"{TIMEZONE}{YEAR()}\s*{MONTH()}\s*(?P<d>(?<![0-9])(?:3[01]|[12][0-9]|0?[1-9]))"
         rf"(?:(?![0-9])(?=\s*(?:[,;。，；、)]|$|[0-9]{{1,2}}:[0-9]{{2}}))|(?<=[0-9]{{2}})(?=[0-9]{{1,2}}:[0-9]{{2}})){TIME_OF_DAY}", ymd,
         (("2016年6月29", "2016-06-29 day"), ("2016年6月2911:30", "2016-06-29 day")),
         anchor=r"月\s*[0-9]"),
    Rule("zh_numeric_date", r"(?<![0-9.])(?P<y>[12][0-9]{3})(?P<sep>[-/. ])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
         rf"(?P<d>0?[1-9]|[12][0-9]|3[01])(?:(?![0-9.])|(?<=[0-9]{{2}})(?=[0-9]{{1,2}}:[0-9]{{2}})){TIME_OF_DAY}", numeric_ymd,
         (("2023-09-13", "2023-09-13 day"), ("2023/9/13", "2023-09-13 day"), ("2011 03 15", "2011-03-15 day"),
          ("2019-05-0708:15", "2019-05-07 day")),
         anchor=r"[0-9][-/. ][0-9]"),
    Rule("zh_numeric_compact", r"(?<![0-9A-Za-z.号])(?P<y>(?:19|20)[0-9]{2})(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12][0-9]|3[01])"
         r"(?![0-9A-Za-z.%]|\s*号)", numeric_ymd_compact,
         (("20190912", "2019-09-12 day"),),
         anchor=r"[0-9]{8}"),
    Rule("zh_numeric_day_month_year", r"(?<![0-9./])(?P<a>0?[1-9]|[12][0-9]|3[01])(?P<sep>[./])(?P<b>0?[1-9]|[12][0-9]|3[01])"
         r"(?P=sep)(?P<y>(?:19|20)[0-9]{2}|(?<=/)[0-9]{2})(?![0-9./])", numeric_dmy,
         (("25.12.2016", "2016-12-25 day"), ("12/25/1998", "1998-12-25 day"), ("12/25/98", "1998-12-25 day")),
         anchor=r"[0-9][./][0-9]{1,2}[./][0-9]{2}"),
    Rule("zh_numeric_year_month", r"(?<![0-9./])(?<![0-9]/)(?P<y>(?:19|20)[0-9]{2})(?:[/-](?P<m>0?[1-9]|1[0-2])|\.(?P<m2>0[1-9]|1[0-2]))"
         r"(?![0-9./%])(?!-[0-9]{1,2}(?![0-9]))(?!\s*(?:亿|万|元|美元|吨|公里|米|人|个|家|倍|日|号|年))", numeric_ym,
         (("2019/07", "2019-07-01..2019-07-31 month"), ("2001.03", "2001-03-01..2001-03-31 month"),
          ("2019-7", "2019-07-01..2019-07-31 month")),
         anchor=r"[0-9]{4}[/.-][0-9]"),
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
    Rule("zh_decade", r"(?:(?:(?P<cent>[12][0-9]|二十一|二十|十九)|(?P<crel>上个?|本|这个?|下个?))\s*世纪\s*(?:的)?\s*)?"
         r"(?:(?P<full>[12][0-9]{2}0)|(?P<cnfull>[一二][〇○零一二三四五六七八九]{2}[〇○零]|两千|一千九百[一二三四五六七八九]十)"
         r"|(?<![0-9])(?P<dec>[0-9]0|[一二三四五六七八九]十|[零〇]{2}))\s*年代",
         decade, (("80年代", "1980-01-01..1989-12-31 decade"), ("1990年代", "1990-01-01..1999-12-31 decade"),
                  ("20世纪60年代", "1960-01-01..1969-12-31 decade"), ("上世纪七十年代", "1970-01-01..1979-12-31 decade"),
                  ("本世纪30年代", "2030-01-01..2039-12-31 decade"), ("两千年代", "2000-01-01..2009-12-31 decade")),
         anchor=r"年代"),
    Rule("zh_century_part", r"(?:(?P<cent>[12][0-9]|二十一|二十|十九)|(?P<crel>上个?|本|这个?|下个?))\s*世纪\s*"
         r"(?P<cpart>初期|初叶|初|中叶|中期|末期|末叶|末)", century_part,
         (("上世纪末", "1990-01-01..1999-12-31 decade"), ("20世纪初", "1900-01-01..1909-12-31 decade"),
          ("本世纪中叶", "2040-01-01..2069-12-31 decade")),
         anchor=r"世纪"),
    Rule("zh_era_year", r"(?:公元|西元)\s*(?P<bc>前)?\s*(?P<ad>[0-9]{1,4})\s*年", era_year,
         (("公元812年", "0812-01-01..0812-12-31 year"),),
         anchor=r"[公西]元"),
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
    Rule("zh_bare_month_day", r"(?<![0-9/.A-Za-z])(?<![^0-9\s]-)(?P<m>1[0-2]|0?[1-9])(?P<sep>[/.])(?P<d>3[01]|[12][0-9]|0?[1-9])"
         rf"(?![0-9%]|[/.][0-9]|\s*[%亿万千百元倍个])(?:{WEEKDAY_PAREN}){TIME_OF_DAY}",
         bare_month_day,
         (("3.5(周二)开幕", "2023-03-05 day"), ("定于3/5举行", "2024-03-05 day"), ("3/5 14:00开会", "2023-03-05 day"),
          ("3.5亿元", "-"), ("三分之一即1/3的选民", "-")),
         anaphoric=True, anchor=r"[0-9][/.][0-9]"),
    Rule("zh_day", rf"{TIMEZONE}(?<![第前数每近约逾共连这头末月])(?<!月 ){DAY()}(?![内来间元本游均薪])"
         rf"{_DAY_TAIL}", bare_day,
         (("13日", "2023-09-13 day"), ("20日", "2023-09-20 day"), ("10日晚间", "2023-09-10 day"),
          ("将于20日", "2023-09-20 day"), ("二十五日", "2023-09-25 day")),
         anaphoric=True,
         anchor=r"[0-9一二三四五六七八九十]\s*[日号]"),
    Rule("zh_weekday", rf"{TIMEZONE}(?:(?P<wmod>{_BEN}|这一?个?|今个|呢个|{_SHANG}一?个?|{_XIA}一?个?)|(?<![0-9几每数])(?<![0-9{CN}第][{CN}])(?:(?<![{CN}])|{_NOT_A_COUNT}))\s*{WEEKDAY}"
         rf"(?:\s*\(\s*(?:(?:{YEAR('b')}\s*)?{MONTH('b')}\s*)?{DAY('b')}\s*\)|\s*{DAY('c')})?{TIME_OF_DAY}"
         rf"(?(db)|(?:\s*\(\s*(?:(?:{YEAR('e')}\s*)?{MONTH('e')}\s*)?{DAY('e')}\s*\))?)",
         weekday,
         (("周三", "2023-09-13 day"), ("本周三", "2023-09-13 day"), ("上周五", "2023-09-08 day"),
          ("下周一", "2023-09-18 day"), ("周五（9月15日）上午", "2023-09-15 day"), ("周三6日", "2023-09-06 day"),
          ("星期天", "2023-09-10 day"), ("礼拜三", "2023-09-13 day"), ("当地时间周六上午", "2023-09-09 day"),
          ("周五下午（9月15日）", "2023-09-15 day"), ("周一（9月12日）", "2023-09-11 day")),
         anaphoric=True,
         anchor=r"(?:周|星期|礼拜)[一二三四五六日天]"),
    Rule("zh_weekend", rf"(?:(?P<wmod>{_BEN}|这个?|{_SHANG}个?|{_XIA}个?))?周末{TIME_OF_DAY}", weekend,
         (("上周末", "2023-09-09..2023-09-10 day"), ("周末", "2023-09-09..2023-09-10 day")),
         anchor=r"周末"),
    Rule("zh_relative_day", rf"{TIMEZONE}(?P<word>大大前天|大大后天|大前日|大后日|(?<![目提之以此史从当])前日(?![本军子内韩])"
         rf"|琴日|寻日|琴晚|寻晚|听日|听晚|听朝|今朝(?!鲜)|大前天|前天|昨天|昨日|昨晚|昨夜|今天|今日(?!俄罗斯|美国|头条|中国)"
         rf"|今晨|今早|今晚|今夜|明天|明日(?!之星)|明晚|明早|大后天|后天)"
         rf"{BRACKETED_DAY}{TIME_OF_DAY}", relative_day,
         (("昨天", "2023-09-14 day"), ("今天上午", "2023-09-15 day"), ("前天", "2023-09-13 day"),
          ("后天", "2023-09-17 day"), ("昨晚", "2023-09-14 day"), ("昨天（14日）", "2023-09-14 day")),
         deictic_day=True,
         anchor=r"[今昨明前后琴寻听][天日晨早晚夜朝]"),
    Rule("zh_from_this_day", rf"即日(?:起|开始|生效)(?:\s*(?:至|到)\s*(?:{MONTH('e')}\s*)?{DAY('e')})?", from_this_day,
         (("自即日起暂停进口", "2023-09-15 day"), ("海关13日宣布，即日起暂停进口", "2023-09-13 day"),
          ("即日起至24日举行演习", "2023-09-15..2023-09-24 day")),
         anaphoric=True, deictic_day=True,
         anchor=r"即日"),
    Rule("zh_relative_week", rf"(?P<wmod>{_SHANG}上个?|{_SHANG}一个?|{_SHANG}个?|{_BEN}|这一个?|这个?|今个|呢个|{_XIA}下个?|{_XIA}一个?|{_XIA}个?)\s*(?:周|星期|礼拜)(?![一二三四五六日天末年期])",
         relative_week,
         (("上周", "2023-09-04..2023-09-10 week"), ("本周", "2023-09-11..2023-09-17 week"),
          ("下个星期", "2023-09-18..2023-09-24 week")),
         anchor=r"[本这上下今呢]一?个?\s*(?:周|星期|礼拜)"),
    Rule("zh_relative_month", rf"(?P<mmod>{_SHANG}上个|{_SHANG}一个?|{_SHANG}个|{_SHANG}|{_BEN}|这一个?|这个|今个|呢个|{_XIA}下个?|{_XIA}一个?|{_XIA}个|{_XIA})月(?:份)?(?:\s*{DAY()}{_DAY_TAIL}|{MONTH_PART})?",
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
    Rule("zh_holiday", rf"(?:{YEAR()}|{_YMOD})?\s*(?:国际|五一|六一|三八|五四|八一|七一)?(?P<hol>元旦|情人节|妇女节|植树节|愚人节|劳动节|青年节|护士节|儿童节|建党节|建军节|教师节"
         rf"|国庆节|国庆(?=假期|长假|黄金周|期间|前后|当天|前夕|档)|五一(?=假期|长假|黄金周|小长假|期间|前后|当天)"
         rf"|十一(?=假期|长假|黄金周|小长假)|万圣节|平安夜|圣诞节|母亲节|父亲节|感恩节|复活节|耶稣受难日)"
         rf"{BRACKETED_DAY}{TIME_OF_DAY}", holiday,
         (("圣诞节", "2022-12-25 day"), ("去年元旦", "2022-01-01 day"), ("2019年平安夜", "2019-12-24 day"),
          ("元旦（1日）下午", "2023-01-01 day")),
         anaphoric=True,
         anchor=r"[元人女树动年士童党军师庆圣诞亲恩活平国五十受][旦节安庆一难]"),
    Rule("zh_lunar_date", rf"(?:{YEAR()}\s*)?(?:农历|阴历|旧历|夏历)\s*(?:{YEAR('l')}\s*)?{LUNAR_MONTH}(?:\s*{LUNAR_DAY})?",
         lunar_date,
         (("农历八月十五", "2023-09-29 day"), ("阴历六月", "2023-07-18..2023-08-15 month"),
          ("农历2023年闰二月初一", "2023-03-22 day")),
         anchor=r"[农阴旧夏]历"),
    Rule("zh_lunar_month_name", rf"(?:(?:{YEAR()}|{_YMOD})\s*)?(?:(?P<lm>正|腊|冬)月|大年(?=初))(?:\s*{LUNAR_DAY})?",
         lunar_date,
         (("正月初八", "2023-01-29 day"), ("腊月二十三", "2023-01-14 day"), ("大年初一", "2023-01-22 day")),
         anchor=r"[正腊冬大][月年]"),
    Rule("zh_lunar_first_days", rf"(?:(?:{YEAR()}|{_YMOD})\s*)?(?P<lm>十一|十二|十|[二三四五六七八九])月"
         rf"(?P<ld>初[一二三四五六七八九十])(?![0-9一二三四五六七八九十些步次期])", lunar_date,
         (("八月初八", "2023-09-22 day"),),
         anchor=r"月初"),
    Rule("zh_lunar_festival", rf"(?:(?:{YEAR()}|{_YMOD})\s*(?:的)?\s*)?(?P<lfest>春节|元宵(?=节|佳节|夜|晚会|当天|期间)|龙抬头|端午|七夕|中元(?=节)"
         rf"|中秋|重阳|腊八|小年(?=夜|当天|期间)|除夕|大年三十|大年夜)(?:节)?{TIME_OF_DAY}", lunar_festival,
         (("中秋节", "2023-09-29 day"), ("春节", "2023-01-22 day"), ("去年除夕", "2022-01-31 day"),
          ("2024年端午节", "2024-06-10 day")),
         anchor=r"[春元龙端七中腊小除大重][节宵抬午夕元秋八年阳]"),
    Rule("zh_solar_term", rf"(?:(?:{YEAR()}|{_YMOD})\s*(?:的)?\s*)?(?P<term>清明节|{SOLAR_TERMS}){TIME_OF_DAY}", solar_term,
         (("冬至", "2022-12-22 day"), ("清明节", "2023-04-05 day"), ("2024年夏至", "2024-06-21 day"),
          ("今年立秋", "2023-08-08 day")),
         anchor=r"[小大立雨惊春清谷芒夏处白秋寒霜冬][寒春水蛰分明雨夏满种至暑秋露降冬雪]"),
    Rule("zh_islamic", rf"(?:(?:{YEAR()}|{_YMOD})\s*(?:的)?\s*)?(?P<isl>斋月|开斋节|古尔邦节|宰牲节)", islamic,
         (("斋月", "2023-03-23..2023-04-20 month"), ("2024年斋月", "2024-03-11..2024-04-09 month"),
          ("开斋节", "2023-04-21 day")),
         anchor=r"[斋古宰][月节尔牲]"),
    Rule("zh_season", rf"(?:{YEAR()}|{_YMOD})\s*(?:的)?\s*(?P<season>春|夏|秋|冬)(?:天|季)(?!度)", season,
         (("1911年秋天", "1911-09-01..1911-11-30 year_part"), ("今年夏天", "2023-06-01..2023-08-31 year_part"),
          ("去年冬季", "2022-12-01..2023-02-28 year_part")),
         anchor=r"年\s*(?:的)?\s*[春夏秋冬][天季]"),
    Rule("zh_season_short", rf"(?<![0-9{CN}如而至])(?P<smod>今|去|明)(?P<season2>春|夏|秋|冬)(?![节装运联晚令耕游天季])", season,
         (("今春", "2023-03-01..2023-05-31 year_part"), ("去冬", "2022-12-01..2023-02-28 year_part")),
         anchor=r"[今去明][春夏秋冬]"),
    Rule("zh_relative_quarter", rf"(?P<qmod>{_SHANG}一个?|{_SHANG}个?|{_BEN}|这一?个?|{_XIA}一个?|{_XIA}个?)\s*(?P<qunit>季度|(?<=[个一本])半年)",
         relative_quarter,
         (("上一季度", "2023-04-01..2023-06-30 quarter"), ("这个季度", "2023-07-01..2023-09-30 quarter"),
          ("下个季度", "2023-10-01..2023-12-31 quarter"), ("下个半年", "2024-01-01..2024-06-30 half_year")),
         anchor=r"[季个一本][度半]"),
    Rule("zh_first_units", rf"(?:(?:{YEAR('s')}|(?P<symod>大前|大后|前|去|今|明)年)\s*)?(?:{MONTH('s')}|(?P<smmod>{_SHANG}个|{_SHANG}|{_BEN}|这个|{_XIA}个|{_XIA})月)?"
         rf"\s*(?:的)?\s*(?P<fl>前|头|最后|(?<=[年月])后)(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九十百]{{1,4}})\s*(?P<unit>天|日|周|个星期|个月|个季度|季度)",
         first_units,
         (("今年前三个月", "2023-01-01..2023-03-31 month"), ("本月前三天", "2023-09-01..2023-09-03 day"),
          ("前三季度", "2023-01-01..2023-09-30 quarter"), ("去年最后两个月", "2022-11-01..2022-12-31 month"),
          ("2019年前20天", "2019-01-01..2019-01-20 day")),
         anchor=r"[前头后][0-9一二两三四五六七八九十百]"),
    Rule("zh_ordinal_unit", rf"(?:(?:{YEAR('s')}|(?P<symod>大前|大后|前|去|今|明)年)\s*(?:{MONTH('s')}\s*)?|(?P<smmod>{_SHANG}个|{_SHANG}|{_BEN}|这个|{_XIA}个|{_XIA})月\s*)"
         rf"(?:的)?\s*第(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九十百]{{1,4}})\s*(?:个)?(?P<unit>天|日|周|星期|个?月)",
         ordinal_unit,
         (("2019年的第二周", "2019-01-07..2019-01-13 week"), ("今年第40个星期", "2023-10-02..2023-10-08 week"),
          ("今年第一百天", "2023-04-10 day"), ("2023年第四个月", "2023-04-01..2023-04-30 month")),
         anchor=r"第[0-9一二两三四五六七八九十百]"),
    Rule("zh_span_from_now", r"(?P<sdir>今后|未来|接下来(?:的)?|过去(?:的)?)\s*(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*"
         r"(?P<unit>天|日|周|个?星期|个月|年)(?![级龄代度])", span_from_now,
         (("今后两年", "2023-09-16..2025-09-15 year"), ("未来三天", "2023-09-16..2023-09-18 day"),
          ("过去三个月", "2023-06-15..2023-09-14 month")),
         anchor=r"[今未下过][后来去]"),
    Rule("zh_deadline_within", rf"(?<![过去未来今后近最这本上下])(?<!月){_NOT_AFTER_NUM}(?P<n>[0-9]{{1,3}}|[一二两三四五六七八九]?十[一二三四五六七八九]?|[一二两三四五六七八九]|半)"
         r"\s*(?P<ge>个)?(?P<half>半)?\s*(?P<unit>天|日|周|星期|礼拜|(?<=[个半])月|年)\s*(?:之|以)?内",
         deadline_within,
         (("要求五日内答复", "2023-09-15..2023-09-20 day"), ("须在两个礼拜内离境", "2023-09-15..2023-09-29 week"),
          ("1个月之内完成", "2023-09-15..2023-10-15 month"), ("将在一年内建成", "2023-09-15..2024-09-15 year")),
         anaphoric=True,
         anchor=r"[天日周期拜月年]\s*[之以]?内"),
    Rule("zh_day_pair", r"(?P<pair>明后|今明|昨今|前昨)\s*(?:两)?\s*(?:天|日)", day_pair,
         (("明后两天", "2023-09-16..2023-09-17 day"), ("今明两天", "2023-09-15..2023-09-16 day")),
         anchor=r"[明今昨前][后明今昨]"),
    Rule("zh_within_year", rf"(?<![0-9{CN}今去明前后本上下这个每多数几近半同当财学])年内", within_year,
         (("年内", "2023-01-01..2023-12-31 year"),),
         anchor=r"年内"),
    Rule("zh_year_word", rf"(?P<yword>{_BEN}年度|{_BEN}年|今年度|{_SHANG}一年度|{_SHANG}年度|{_SHANG}年|{_XIA}一年度|{_XIA}年度|明年度|今个年)(?![级纪龄代轻])",
         year_word,
         (("本年度", "2023-01-01..2023-12-31 year"), ("上年同期", "2022-01-01..2022-12-31 year")),
         anchor=r"年"),
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
    Rule("zh_year_to_short_year", r"(?<![0-9])(?P<y1>(?:19|20)[0-9]{2})\s*年?" + SEP + rf"(?P<yy>[0-9]{{2}})\s*年(?:\s*{MONTH('2')})?",
         year_to_short_year,
         (("1990到95年7月", "1990-01-01..1995-07-31 month"), ("1998至03年", "1998-01-01..2003-12-31 year")),
         anchor=r"年"),
    Rule("zh_bare_topic_year", r"(?<![0-9.,])(?P<y>(?:19|20)[0-9]{2})(?![0-9])(?=\s*(?:将|会|将会|也|又|仍|注定|必将|无疑)?\s*(?:是|成为)[^，。；,;！？!?]{0,12}的一年)",
         bare_topic_year,
         (("2016将是关键的一年", "2016-01-01..2016-12-31 year"), ("2020 是不平凡的一年", "2020-01-01..2020-12-31 year"),
          ("2016是关键", "-")),
         anchor=r"的一年"),
    Rule("zh_month_range", rf"(?:(?:{YEAR('1')}|{_YMOD})\s*)?(?P<m1>(?<![0-9.])(?:1[0-2]|0?[1-9])(?![0-9])|(?<![{CN}])(?:十[一二]?|[一二三四五六七八九]))"
         rf"\s*(?:月(?:份)?)?{SEP}(?:{YEAR('2')}\s*)?{MONTH('2')}(?:份)?",
         month_range,
         (("5月至7月", "2023-05-01..2023-07-31 month"), ("2022年11月至2023年1月", "2022-11-01..2023-01-31 month"),
          ("今年1至5月", "2023-01-01..2023-05-31 month"), ("1-5月", "2023-01-01..2023-05-31 month"),
          ("19年11月到20年2月", "2019-11-01..2020-02-29 month"), ("2015年3——6月", "2015-03-01..2015-06-30 month")),
         anaphoric=True,
         anchor=r"月"),
    Rule("zh_days_listed", rf"(?:{MONTH()}\s*)?(?<![第前数每近约逾共连这头末]){DAYNUM('1')}\s*(?P<di1>[日号])?\s*(?:和|与|及|、|或)\s*"
         rf"{DAY('2')}{TIME_OF_DAY}", days_listed,
         (("9月9日和10日", "2023-09-10 day"), ("13、14日", "2023-09-14 day")),
         anaphoric=True,
         anchor=r"[0-9一二三四五六七八九十]\s*[日号]"),
    Rule("zh_months_listed", rf"(?:{YEAR()}|{_YMOD})?\s*(?P<m1>(?<![0-9.])(?:1[0-2]|0?[1-9])|十[一二]?|[一二三四五六七八九])"
         rf"\s*(?P<yue1>月)?(?:份)?\s*(?P<sep>和|与|及|、|或|跟)\s*{MONTH('2')}(?:份)?", months_listed,
         (("今年5月和8月", "2023-05-01..2023-05-31 month"), ("5、8月", "2023-05-01..2023-05-31 month")),
         anaphoric=True,
         anchor=r"月"),
    Rule("zh_offset_then_date", rf"{_COUNT}的\s*{MONTH()}(?:\s*{DAY()}|{MONTH_PART})?", offset_then_date,
         (("一个半月前的7月底", "2023-07-21..2023-07-31 month_part"),),
         anchor=r"月"),
    Rule("zh_offset_chain", rf"{_NOT_AFTER_NUM}(?P<chain>{_CHAIN_ZH})\s*(?P<dir>以前|以后|之前|之后|前|后)", offset_chain,
         (("一年零三个月后", "2024-12-15 day"), ("两周三天前", "2023-08-29 day"), ("1小时30分钟后", "2023-09-15 day"),
          ("1年,1月,1周,1天前", "2022-08-07 day")),
         anaphoric=True, anchor=r"[年月周期拜天时头钟秒]\s*[以之]?[前后]"),
    Rule("zh_offset", _COUNT, offset,
         (("两天前", "2023-09-13 day"), ("3天后", "2023-09-18 day"), ("三周后", "2023-10-02..2023-10-08 week"),
          ("两个月前", "2023-07-01..2023-07-31 month"), ("5年前", "2018-01-01..2018-12-31 year"),
          ("半年前", "2023-03-01..2023-03-31 month"), ("一年半以前", "2022-03-01..2022-03-31 month")),
         anaphoric=True,
         anchor=r"[天周期月年]半?[以之]?[前后]"),
    Rule("zh_anaphoric", rf"(?P<word>翌日|次日|隔天|隔日|第二天|同一天|这一天|同日|当天|当日|当晚|前一天|前一日|同年|当年|次年|翌年|第二年|前一年|同月|当月|次月|翌月)(?![龄级纪轻份])"
         rf"(?:(?<=年)\s*{MONTH('a')}(?:\s*{DAY('a')})?)?{BRACKETED_DAY}{TIME_OF_DAY}", anaphoric,
         (("9月13日会晤，翌日", "2023-09-14 day"), ("2019年访俄，同年", "2019-01-01..2019-12-31 year"),
          ("9月13日会晤，当晚", "2023-09-13 day"), ("2019年3月访俄，同年5月", "2019-05-01..2019-05-31 month"),
          ("2019年访俄，次年3月12日", "2020-03-12 day")),
         anaphoric=True,
         anchor=r"[翌次隔同当第前这][日天年月晚二一]"),
)

LANGUAGE = Language(
    rules=RULES,
    # A future word inside a noun's modifier (与准备前往新潟的飞机2日相撞) is not the date's tense.
    # A plan told as an earlier one (原计划周日结束, 此前表示将于周日结束) is a future seen from
    # the past: the date may be behind the reader.
    future_before=re.compile(rf"^(?!.*(?:{PAST_FRAME})).*?(?:{FUTURE_WORDS})(?![^，,。；;]*的)"),
    future_after=re.compile(FUTURE_AFTER),
    intent_near=re.compile(rf"{FUTURE_WORDS}|能够|希望|想要|有意"),
    clause_breaks=",;!?。，；！？\n",
    window_before=12,
    window_after=8,
    breaks_after=";!?。；！？\n",
    landmark_after=re.compile(r"(?:之后|以后|以来|之前|以前|前夕)$"),
    range_joiner=re.compile(r"\s*(?:起\s*)?(?:至|到|-+|~|－|—+)\s*(?:于\s*)?"),
    range_any_grain=True,
    until_now=re.compile(r"\s*(?:起|以来|开始)?\s*(?:至今|到现在|到目前为止|到目前|迄今为止|迄今|至目前)"),
    topic_year_after=re.compile(r"\s*(?:[,，:：]|-{2}|—)"),
)

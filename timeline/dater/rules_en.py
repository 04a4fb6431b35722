"""English date rules. Read the RULES table at the bottom to see what the dater understands.

Month and weekday names must be capitalised (so "may", "march" and "sun" stay words); a bare
four-digit number is a year only in a date-like context ("in 2019", "since 2019", "2019's",
"early 2019"), never "5380 tonnes" or "F-35". Examples are dated at EXAMPLE_REF, Friday
2023-09-15.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from . import calendar_math as cal
from .engine import ABSOLUTE, ANAPHORIC, INFERRED, Language, Reading, Rule
from .numerals import EN_ORDINALS, parse_en_number

EXAMPLE_REF = date(2023, 9, 15)

# ---------------------------------------------------------------- pattern pieces
_MONTHS = {"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
           "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
           "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
           "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}
_FULL_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_NAMES = f"{_FULL_MONTHS}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"


def MON(s=""):
    """A month name; only an abbreviation takes a period (Sept. 13, but not the full stop of 'in June.')."""
    return rf"\b(?P<mon{s}>(?:{_FULL_MONTHS})\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?)"


def DAY(s=""):
    return rf"(?P<d{s}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"


def YEAR(s=""):
    return rf"(?P<y{s}>1[0-9]{{3}}|20[0-9]{{2}}|2100)\b(?!\s*[-–]?\s*(?:tonnes|tons|troops|people|km|kilomet|miles|met(?:er|re)s|dollars|euros|won|yuan|roubles|rubles|missiles|percent|per\b|mm\b|kg\b|units|vehicles|aircraft))"


WEEKDAY = r"\b(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
_CLOCK = r"[0-9]{1,2}(?::[0-9]{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|[0-9]{1,2}:[0-9]{2}\b"
TIME_OF_DAY = (r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?"
               rf"(?:,?\s+(?:at\s+|around\s+)?(?P<clock>{_CLOCK}))?")
DAY_RANGE = r"(?:\s*(?:-|–|to|through|until)\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b)?"
_WEEKDAY_PREFIX = r"(?:(?P<wdp>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_NUMBER = r"(?P<n>[0-9]{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)"

# "next" is no marker here: "next Monday" is its own rule, and "the next round began on
# Monday" is past.
FUTURE_WORDS = (r"\b(?:will|'ll|is to|are to|plans? to|planned|planning|(?:is|are|was|were) expected|expected to"
                r"|scheduled|set to|(?:is|are) due|due to|upcoming|slated|intends? to)\b")

# ---------------------------------------------------------------- helpers


def _g(m, name):
    return m.groupdict().get(name)


def _month(m, s=""):
    return _MONTHS[m.group(f"mon{s}").lower().rstrip(".")]


def _year(m, s=""):
    year = int(m.group(f"y{s}"))
    return year if 1000 <= year <= 2100 else None


def _time_of_day(m):
    parts = [p for p in (_g(m, "tod"), _g(m, "clock")) if p]
    return " ".join(parts) or None


def _future(m, ctx):
    return ctx.is_future(m.start(), m.end())


def _days(start, end, kind, confidence, m=None):
    return Reading(start, end, "day", kind, confidence, _time_of_day(m) if m else None)


def _day_range(m, first: date, month_end=None):
    """first, or first..d2 when the match has a second day (Feb 4-5)."""
    if not _g(m, "d2"):
        return first, first
    end = cal.valid_date(first.year, month_end or first.month, int(m.group("d2")))
    return (first, end) if end and end >= first else (None, None)


_DATE_CONTEXT = re.compile(r"(?i)\b(?:in|since|by|until|till|from|of|during|through|to|and|before|after"
                           r"|between|early|mid|late|last|next|this|on|around|for|each|every)\W*$")


def _bare_month_ok(m, ctx):
    """May / March / Jan alone need a date-like word before them (in May, since March)."""
    name = m.group("mon")
    if name in ("January", "February", "April", "June", "July", "August", "September", "October",
                "November", "December"):
        return True
    return bool(_DATE_CONTEXT.search(ctx.norm[max(0, m.start() - 12):m.start()]))


# ---------------------------------------------------------------- rules: full and partial dates
def month_day(m, ctx):
    """September 13, 2023 / Sept. 13 / Feb 4-5 / Wednesday, Sept. 13."""
    month, day = _month(m), int(m.group("d"))
    if _g(m, "y"):
        year = _year(m)
        first = year and cal.valid_date(year, month, day)
        kind, confidence = "absolute", ABSOLUTE
    elif ctx.year_anchor(m.start()):
        first = cal.month_day_near(ctx.year_anchor(m.start()), month, day)
        kind, confidence = "absolute", INFERRED
    else:
        first = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx))
        kind, confidence = "relative", INFERRED
    if not first:
        return None
    start, end = _day_range(m, first)
    return start and _days(start, end, kind, confidence, m)


def days_listed(m, ctx):
    """Sept. 17 or 18 / Nov. 3 and 4, 2022: one mention per day, in the first one's month
    (between Sept. 10 and 12 is one range)."""
    first = month_day(m, ctx)
    if not first:
        return None
    second = cal.valid_date(first.start.year, first.start.month, int(m.group("dl")))
    if not second or second <= first.start:
        return None
    if re.search(r"(?i)\bbetween\s+$", ctx.norm[max(0, m.start() - 10):m.start()]):
        return Reading(first.start, second, "day", first.kind, first.confidence)  # between Sept. 10 and 12
    return [Reading(first.start, first.end, "day", first.kind, first.confidence, span=(m.start(), m.end("d"))),
            Reading(second, second, "day", first.kind, first.confidence, span=m.span("dl"))]


def month_day_to_month_day(m, ctx):
    """Aug. 30 - Sept. 2 (2023)."""
    m1, m2 = _month(m, "1"), _month(m, "2")
    if _g(m, "y"):
        year, kind, confidence = _year(m), "absolute", ABSOLUTE
        if not year:
            return None
        start = cal.valid_date(year - (1 if m2 < m1 else 0), m1, int(m.group("d1")))
    else:
        start = cal.nearest_month_day(ctx.reference, m1, int(m.group("d1")), _future(m, ctx))
        kind, confidence = "relative", INFERRED
    if not start:
        return None
    end = cal.valid_date(start.year + (1 if m2 < m1 else 0), m2, int(m.group("d2")))
    return end and end > start and _days(start, end, kind, confidence)


def numeric_date(m, ctx):
    """2023-09-13, 2023/9/13, 9/13/2023 (US order; 13/9/2023 when the first number > 12; 13.9.2023)."""
    if _g(m, "iy"):
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
    else:
        a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("ny"))
        # US order month/day, unless the first number cannot be a month or dots mark day.month
        month, day = (b, a) if a > 12 or m.group("s2") == "." else (a, b)
    found = 1000 <= year <= 2100 and cal.valid_date(year, month, day)
    return found and _days(found, found, "absolute", ABSOLUTE, m)


def month_year(m, ctx):
    """June 2023 / early June / late June 2023 / the end of June / last June / June /
    December last year."""
    month, part = _month(m), (_g(m, "part") or "").lower()
    mod = (_g(m, "mod") or "").lower()
    ref = ctx.reference
    if _g(m, "y"):
        year, kind, confidence = _year(m), "absolute", ABSOLUTE
        if not year:
            return None
    elif _g(m, "ymod"):
        year, kind, confidence = ref.year + _SHIFT[m.group("ymod").lower()], "relative", INFERRED
    else:
        if not part and not mod and not _bare_month_ok(m, ctx):
            return None
        if mod == "this":
            year = ref.year
        elif mod == "last":
            year = ref.year if month < ref.month else ref.year - 1
        elif mod == "next":
            year = ref.year if month > ref.month else ref.year + 1
        else:
            year = cal.nearest_month(ref, month, _future(m, ctx))
        kind, confidence = "relative", INFERRED
        if not mod and ctx.year_anchor(m.start()):
            year, kind = cal.month_near(ctx.year_anchor(m.start()), month), "absolute"
    third = _part(part)
    if third:
        start, end = cal.month_part_period(year, month, third)
        return Reading(start, end, "month_part", kind, confidence)
    start, end = cal.month_period(year, month)
    return Reading(start, end, "month", kind, confidence)


def _part(words: str) -> str | None:
    words = words.replace("the ", "")
    if words.startswith(("early", "beginning", "start")):
        return "early"
    if words.startswith(("mid", "middle")):
        return "mid"
    if words.startswith(("late", "end")):
        return "late"
    return None


def month_range(m, ctx):
    """from June to August / between May and July 2023 / June-August."""
    m1, m2 = _month(m, "1"), _month(m, "2")
    if _g(m, "y2") or _g(m, "y1"):
        span = cal.month_span(m1, m2, _year(m, "1") if _g(m, "y1") else None,
                              _year(m, "2") if _g(m, "y2") else None)
        kind, confidence = "absolute", ABSOLUTE
    else:
        span = cal.month_span(m1, m2, cal.nearest_month(ctx.reference, m1, _future(m, ctx)))
        kind, confidence = "relative", INFERRED
    return span and Reading(*span, "month", kind, confidence)


_YEAR_WORDS = {"first half of": ("half", 1), "second half of": ("half", 2),
               "early": ("part", "early"), "beginning of": ("part", "early"), "start of": ("part", "early"),
               "mid": ("part", "mid"), "middle of": ("part", "mid"),
               "late": ("part", "late"), "end of": ("part", "late")}


def year(m, ctx):
    """in 2019 / since 2019 / 2019's / the 2022 election / 2022 was... / early 2023 / the first
    half of 2023.

    A bare 4-digit number is a year only in such contexts: English writes counts with a comma
    (2,000 troops), but "5380 tonnes" or "F-35" must stay numbers."""
    group = next(g for g in ("y", "ys", "yt", "yb") if _g(m, g))
    the_year = _year(m, group[1:])
    if not the_year:
        return None
    words = re.sub(r"\s+", " ", (_g(m, "yw") or "").lower().replace("the ", "").replace("-", " ")).strip()
    kind, value = _YEAR_WORDS.get(words, (None, None))
    if kind == "half":
        start, end = cal.half_year_period(the_year, value)
        return Reading(start, end, "half_year", "absolute", ABSOLUTE)
    if kind == "part":
        start, end = cal.year_part_period(the_year, value)
        return Reading(start, end, "year_part", "absolute", ABSOLUTE)
    start, end = cal.year_period(the_year)
    return Reading(start, end, "year", "absolute", ABSOLUTE, span=m.span(group) if not _g(m, "yw") else None)


def year_range(m, ctx):
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)  # 2019-22
    if not (1000 <= y1 < y2 <= 2100):
        return None
    return Reading(date(y1, 1, 1), date(y2, 12, 31), "year", "absolute", ABSOLUTE)


def decade(m, ctx):
    if _g(m, "full"):
        first = int(m.group("full"))
    else:
        tens = int(_g(m, "dec") or m.group("dec2"))
        first = 2000 + tens if 2000 + tens <= ctx.reference.year else 1900 + tens
    start, end = cal.decade_period(first)
    return Reading(start, end, "decade", "absolute", ABSOLUTE)


def quarter(m, ctx):
    """Q3 2023 / the third quarter of 2023 / 2023 Q3 / the second quarter."""
    digit = _g(m, "q") or _g(m, "q2")
    q = int(digit) if digit else EN_ORDINALS[m.group("qo").lower()]
    raw_year = _g(m, "y") or _g(m, "y0") or _g(m, "y1")
    the_year = int(raw_year) if raw_year else ctx.reference.year
    start, end = cal.quarter_period(the_year, q)
    if not raw_year:  # "the fourth quarter" in a March report is last year's, unless it will come
        future = _future(m, ctx)
        if (not future and start > ctx.reference) or (future and end < ctx.reference):
            start, end = cal.quarter_period(the_year + (1 if future else -1), q)
    kind, confidence = ("absolute", ABSOLUTE) if raw_year else ("relative", INFERRED)
    return Reading(start, end, "quarter", kind, confidence)


def bare_ordinal_day(m, ctx):
    """on the 13th: the day of the month, by tense (or next to the date given before it)."""
    anchor = ctx.year_anchor(m.start())
    found = (cal.day_of_month_near(anchor, int(m.group("d"))) if anchor else
             cal.nearest_day_of_month(ctx.reference, int(m.group("d")), _future(m, ctx)))
    return found and _days(found, found, "relative", INFERRED, m)


# ---------------------------------------------------------------- weekdays and relative words
def weekday(m, ctx):
    """Wednesday / last Friday / next Monday / this Tuesday / Wednesday morning."""
    if _g(m, "monb"):  # Friday (Sept. 15): the bracketed date is the value
        month, day = _month(m, "b"), int(m.group("db"))
        found = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx))
        return found and _days(found, found, "relative", INFERRED, m)
    ref, wd = ctx.reference, _WEEKDAYS[m.group("wd").lower()]
    mod = (_g(m, "mod") or "").lower()
    if mod == "this":
        found = cal.weekday_in_week(ref, wd)
    elif mod in ("last", "past", "previous"):
        found = cal.nearest_weekday(ref - timedelta(days=1), wd, False)
    elif mod in ("next", "coming"):
        found = cal.nearest_weekday(ref + timedelta(days=1), wd, True)
    else:
        found = cal.nearest_weekday(ref, wd, _future(m, ctx))
    return _days(found, found, "relative", INFERRED, m)


_DAY_WORDS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "today": 0,
              "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "tomorrow": 1, "the day after tomorrow": 2}
_TOD_OF_WORD = {"last night": "night", "tonight": "night", "this morning": "morning",
                "this afternoon": "afternoon", "this evening": "evening"}


def relative_day(m, ctx):
    word = re.sub(r"\s+", " ", m.group("word").lower())
    found = ctx.reference + timedelta(days=_DAY_WORDS[word])
    tod = _time_of_day(m) or _TOD_OF_WORD.get(word)
    return Reading(found, found, "day", "relative", INFERRED, tod)


_SHIFT = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1}


def the_weekend(m, ctx):
    """over the weekend: the last one (this one on a Saturday or Sunday), or the next by tense."""
    ref = ctx.reference
    if _future(m, ctx):
        saturday = cal.nearest_weekday(ref, 5, True)
    else:
        saturday = ref - timedelta(days=1) if ref.weekday() == 6 else cal.nearest_weekday(ref, 5, False)
    return Reading(saturday, saturday + timedelta(days=1), "day", "relative", INFERRED, span=m.span("w"))


_HOLIDAYS = {"new year's day": (1, 1), "valentine's day": (2, 14), "may day": (5, 1),
             "halloween": (10, 31), "christmas eve": (12, 24), "christmas day": (12, 25),
             "christmas": (12, 25), "boxing day": (12, 26), "new year's eve": (12, 31)}


def holiday(m, ctx):
    """Christmas / Christmas Eve 2019 / last Halloween: fixed-date holidays."""
    month, day = _HOLIDAYS[re.sub(r"\s+", " ", m.group("hol").lower().replace("’", "'"))]
    if _g(m, "y"):
        found = _year(m) and cal.valid_date(_year(m), month, day)
        return found and _days(found, found, "absolute", ABSOLUTE, m)
    mod = (_g(m, "mod") or "").lower()
    if mod:
        found = cal.nearest_month_day(ctx.reference - timedelta(days=1) if mod == "last" else
                                      ctx.reference + timedelta(days=1), month, day, mod == "next")
    else:
        found = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx))
    return found and _days(found, found, "relative", INFERRED, m)


def relative_period(m, ctx):
    """last week / this month / next year / this weekend."""
    ref, shift = ctx.reference, _SHIFT[m.group("mod").lower()]
    unit = m.group("unit").lower()
    if unit == "week":
        monday = cal.weekday_in_week(ref, 0, shift)
        return Reading(monday, monday + timedelta(days=6), "week", "relative", INFERRED)
    if unit == "weekend":
        saturday = cal.weekday_in_week(ref, 5, shift)
        return Reading(saturday, saturday + timedelta(days=1), "day", "relative", INFERRED)
    if unit == "month":
        start, end = cal.month_period(*cal.shift_month(ref.year, ref.month, shift))
        return Reading(start, end, "month", "relative", INFERRED)
    start, end = cal.year_period(ref.year + shift)
    return Reading(start, end, "year", "relative", INFERRED)


def relative_part(m, ctx):
    """late last year / early next month / the end of this year."""
    ref, shift = ctx.reference, _SHIFT[m.group("mod").lower()]
    part = _part(re.sub(r"\s+", " ", m.group("part").lower()))
    if m.group("unit").lower() == "month":
        year, month = cal.shift_month(ref.year, ref.month, shift)
        start, end = cal.month_part_period(year, month, part)
        return Reading(start, end, "month_part", "relative", INFERRED)
    start, end = cal.year_part_period(ref.year + shift, part)
    return Reading(start, end, "year_part", "relative", INFERRED)


def _shifted(anchor: date, n: int, unit: str, sign: int):
    if unit == "day":
        found = anchor + timedelta(days=sign * n)
        return found, found, "day"
    if unit == "week":
        start, end = cal.week_period(anchor + timedelta(days=sign * 7 * n))
        return start, end, "week"
    if unit == "month":
        start, end = cal.month_period(*cal.shift_month(anchor.year, anchor.month, sign * n))
        return start, end, "month"
    start, end = cal.year_period(anchor.year + sign * n)
    return start, end, "year"


def offset(m, ctx):
    """two days ago / three weeks from now; two days earlier / a year later count from the
    date before them in the paragraph, or a day up to a few paragraphs back (else, for earlier,
    from the reference)."""
    n = parse_en_number(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    direction = re.sub(r"\s+", " ", m.group("dir").lower())
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction in ("ago", "from now"):
        start, end, grain = _shifted(ctx.reference, n, unit, sign)
        return Reading(start, end, grain, "relative", INFERRED)
    antecedent = ctx.antecedent(m.start()) or ctx.day_antecedent(m.start(), _future(m, ctx))
    if antecedent:
        if antecedent.reading.grain != "day":
            return None  # two weeks earlier than "December 2022": too vague to place
        start, end, grain = _shifted(antecedent.reading.start, n, unit, sign)
        return Reading(start, end, grain, "anaphoric", ANAPHORIC)
    if sign < 0:
        start, end, grain = _shifted(ctx.reference, n, unit, sign)
        return Reading(start, end, grain, "relative", ANAPHORIC)
    return None


def part_of_current(m, ctx):
    """earlier this month / later this week: the stretch of the running month or week before
    (or after) the reference day, which is itself included (said 'earlier this month' on the 21st
    may mean the 21st's morning). 'earlier this year' stays undated: a quarter of the news year."""
    ref = ctx.reference
    later = m.group("dir").lower() == "later"
    if m.group("unit").lower() == "week":
        monday, sunday = cal.week_period(ref)
        return Reading(ref if later else monday, sunday if later else ref, "week", "relative", INFERRED)
    first, last = cal.month_period(ref.year, ref.month)
    return Reading(ref if later else first, last if later else ref, "month_part", "relative", INFERRED)


_SENTENCE_END = re.compile(r"[.!?;\n]")


def offset_from_clause(m, ctx):
    """'on Tuesday ..., a day after they met' dates the event it introduces: a day before the
    date its sentence gave (two days before the vote: two days after it). Only with a day given
    earlier in the same sentence: 'A day after the ceasefire collapsed' alone dates nothing."""
    antecedent = ctx.antecedent(m.start())
    if (antecedent is None or antecedent.reading.grain != "day"
            or antecedent.reading.start != antecedent.reading.end
            or _SENTENCE_END.search(ctx.norm, antecedent.end_offset, m.start())):
        return None
    n = parse_en_number(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    sign = -1 if m.group("dir").lower() == "after" else 1
    start, end, grain = _shifted(antecedent.reading.start, n, unit, sign)
    return Reading(start, end, grain, "anaphoric", ANAPHORIC)


_ANAPHORA = {"the next day": ("day", 1), "the following day": ("day", 1), "the day after": ("day", 1),
             "the next morning": ("day", 1), "the following morning": ("day", 1),
             "the day before": ("day", -1), "the previous day": ("day", -1),
             "the same day": ("day", 0), "that day": ("day", 0), "that same day": ("day", 0),
             "later that day": ("day", 0), "the following week": ("week", 1),
             **{f"{later}that {part}": ("day", 0) for later in ("", "later ", "early ")
                for part in ("morning", "afternoon", "evening", "night")},
             "the following month": ("month", 1), "the following year": ("year", 1),
             "the next year": ("year", 1), "the previous year": ("year", -1),
             "the year before": ("year", -1), "that year": ("year", 0), "the same year": ("year", 0)}


def anaphoric(m, ctx):
    """the next day / the same day: relative to the last day mentioned before (up a few
    paragraphs, see `Context.day_antecedent`); that year / the following month: to the date just
    before in the same paragraph."""
    unit, shift = _ANAPHORA[re.sub(r"\s+", " ", m.group("word").lower())]
    antecedent = (ctx.day_antecedent(m.start(), _future(m, ctx)) if unit == "day"
                  else ctx.antecedent(m.start()))
    if unit == "day" and (antecedent is None or (shift == 0 and antecedent.reading.start != antecedent.reading.end)):
        ctx.unknown_days.append(m.start())
        return None
    if antecedent is None:
        return None
    before = antecedent.reading
    if unit == "day":
        found = (before.end if shift > 0 else before.start) + timedelta(days=shift)
        return Reading(found, found, "day", "anaphoric", ANAPHORIC, _time_of_day(m))
    start, end, grain = _shifted(before.start, abs(shift), unit, 1 if shift >= 0 else -1)
    return Reading(start, end, grain, "anaphoric", ANAPHORIC)


# ---------------------------------------------------------------- the table
_MONTH_PART_WORDS = (r"(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of"
                     r"|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of))[\s-]+)")
_YEAR_CONTEXT = (r"(?:(?P<yw>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|(?:first|second)\s+half)\s+of))[\s-]+"
                 r"|(?<![\w$])(?i:in|since|by|until|till|from|during|before|after|through|throughout|around|circa|year|of|or|and)\s+)")

RULES: tuple[Rule, ...] = (
    # A wire dateline opening a paragraph (TOKYO, Aug 24 (Reuters) -) says when the report was
    # filed, i.e. its publication day: no event happened on it.
    Rule("en_dateline", r"(?:(?<=\n)|(?<![\s\S]))\s*[A-Z][A-Za-z .'-]{1,30},\s*"
         rf"(?:[A-Z][A-Za-z .'-]{{1,30}},\s*)?{MON()}\s*{DAY()}(?:,?\s+{YEAR()})?\s*"
         r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|UPI|CNN|BBC)\)", None,
         (("TOKYO, Aug 24 (Reuters) - Japan began", "-"), ("SEOUL, South Korea, Sept. 13 (AP) —", "-")),
         silent=True),
    Rule("en_month_day", rf"{_WEEKDAY_PREFIX}{MON()}\s*{DAY()}{DAY_RANGE}(?:,?\s+{YEAR()})?{TIME_OF_DAY}", month_day,
         (("September 13, 2023", "2023-09-13 day"), ("Sept. 13", "2023-09-13 day"), ("Feb 4-5", "2023-02-04..2023-02-05 day"),
          ("Wednesday, Sept. 13", "2023-09-13 day"), ("Dec. 30", "2022-12-30 day")),
         anaphoric=True),
    Rule("en_days_listed", rf"{MON()}\s*{DAY()}\s*(?:,|and|or|&)\s*(?P<dl>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
         rf"(?!\s*(?:{_MONTH_NAMES}))(?:,?\s+{YEAR()})?", days_listed,
         (("Sept. 17 or 18", "2023-09-18 day"), ("Nov. 3 and 4, 2022", "2022-11-04 day")),
         anaphoric=True),
    Rule("en_day_month", rf"{_WEEKDAY_PREFIX}(?:the\s+)?\b{DAY()}{DAY_RANGE}\s+(?:of\s+)?{MON()}(?:,?\s+{YEAR()})?{TIME_OF_DAY}",
         month_day,
         (("13 September 2023", "2023-09-13 day"), ("4-5 February", "2023-02-04..2023-02-05 day"),
          ("the 13th of September", "2023-09-13 day")),
         anaphoric=True),
    Rule("en_month_day_to_month_day", rf"{MON('1')}\s*(?P<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*"
         rf"{MON('2')}\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+{YEAR()})?", month_day_to_month_day,
         (("Aug. 30 - Sept. 2", "2023-08-30..2023-09-02 day"),)),
    Rule("en_numeric_date", rf"(?<![0-9./-])(?:(?P<iy>[12][0-9]{{3}})(?P<s1>[-/])(?P<im>0?[1-9]|1[0-2])(?P=s1)(?P<id>0?[1-9]|[12][0-9]|3[01])"
         rf"|(?P<a>[0-9]{{1,2}})(?P<s2>[/.])(?P<b>[0-9]{{1,2}})(?P=s2)(?P<ny>[12][0-9]{{3}}))(?![0-9]|[./-][0-9]){TIME_OF_DAY}", numeric_date,
         (("2023-09-13", "2023-09-13 day"), ("9/13/2023", "2023-09-13 day"), ("13/9/2023", "2023-09-13 day"))),
    Rule("en_month_range", rf"(?i:from|between)\s+{MON('1')}(?:\s+(?P<y1>1[0-9]{{3}}|20[0-9]{{2}}))?\s+(?i:to|and|until|through|till)\s+"
         rf"{MON('2')}(?:,?\s+(?P<y2>1[0-9]{{3}}|20[0-9]{{2}}))?\b", month_range,
         (("from June to August", "2023-06-01..2023-08-31 month"), ("between May and July 2022", "2022-05-01..2022-07-31 month"))),
    Rule("en_month", rf"(?:(?P<mod>(?i:last|this|next))\s+|{_MONTH_PART_WORDS})?{MON()}"
         rf"(?:,?\s+{YEAR()}|\s+(?:of\s+)?(?P<ymod>(?i:last|this|next))\s+year\b)?(?!\s*[0-9])",
         month_year,
         (("June", "2023-06-01..2023-06-30 month"), ("June 2023", "2023-06-01..2023-06-30 month"),
          ("late June", "2023-06-21..2023-06-30 month_part"), ("the end of June", "2023-06-21..2023-06-30 month_part"),
          ("mid-July 2021", "2021-07-11..2021-07-20 month_part"), ("in May", "2023-05-01..2023-05-31 month"),
          ("next March", "2024-03-01..2024-03-31 month")),
         anaphoric=True),
    Rule("en_quarter", r"(?:\bQ(?P<q>[1-4])(?:\s+(?P<y>[12][0-9]{3}))?\b|(?P<y0>[12][0-9]{3})\s+Q(?P<q2>[1-4])\b"
         r"|(?i:the\s+)?(?P<qo>(?i:first|second|third|fourth))[\s-]+(?i:quarter)(?:\s+(?i:of)\s+(?P<y1>[12][0-9]{3}))?)",
         quarter,
         (("Q3 2023", "2023-07-01..2023-09-30 quarter"), ("the third quarter of 2022", "2022-07-01..2022-09-30 quarter"))),
    Rule("en_year_range", r"(?:(?i:from|between)\s+)?(?<![0-9-])(?P<y1>1[0-9]{3}|20[0-9]{2})\s*(?:-|–|(?i:to|and|until|through))\s*"
         r"(?P<y2>1[0-9]{3}|20[0-9]{2}|[0-9]{2})\b(?![-/.][0-9])", year_range,
         (("2019-2022", "2019-01-01..2022-12-31 year"), ("from 2019 to 2022", "2019-01-01..2022-12-31 year"),
          ("2019-22", "2019-01-01..2022-12-31 year"))),
    Rule("en_year", rf"(?:{_YEAR_CONTEXT}{YEAR()}|(?<![\w$-]){YEAR('s')}(?='s)"
         rf"|(?<![\w$-])(?i:the)\s+(?=(?:19|20)[0-9]{{2}}\s+[a-z]){YEAR('t')}"
         rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?=(?:19|20)[0-9]{{2}}\s+(?:was|saw|is|has|had|will|marked|brought)\b){YEAR('b')})", year,
         (("in 1953", "1953-01-01..1953-12-31 year"), ("since 2019", "2019-01-01..2019-12-31 year"),
          ("2019's", "2019-01-01..2019-12-31 year"), ("early 2023", "2023-01-01..2023-02-28 year_part"),
          ("the first half of 2023", "2023-01-01..2023-06-30 half_year"), ("the end of 2019", "2019-11-01..2019-12-31 year_part"),
          ("the 2022 election", "2022-01-01..2022-12-31 year"))),
    Rule("en_decade", r"\b(?P<full>1[0-9]{2}0|20[0-9]0)s\b|\bthe\s+(?:'|’)?(?P<dec>[0-9]0)s\b|(?<!\w)(?:'|’)(?P<dec2>[0-9]0)s\b", decade,
         (("the 1990s", "1990-01-01..1999-12-31 decade"), ("the '80s", "1980-01-01..1989-12-31 decade"))),
    Rule("en_weekday", rf"(?:(?P<mod>(?i:last|next|this|coming|past|previous))\s+)?{WEEKDAY}"
         rf"(?:\s*\(\s*{MON('b')}\s*(?P<db>3[01]|[12][0-9]|0?[1-9])\s*\))?{TIME_OF_DAY}",
         weekday,
         (("Wednesday", "2023-09-13 day"), ("last Friday", "2023-09-08 day"), ("next Monday", "2023-09-18 day"),
          ("Tuesday night", "2023-09-12 day"), ("Friday (Sept. 15)", "2023-09-15 day"))),
    Rule("en_relative_day", r"(?<!USA )(?<!Russia )(?<!China )\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
         r"|yesterday|today|tonight|tomorrow|last\s+night|this\s+morning|this\s+afternoon|this\s+evening))\b" + TIME_OF_DAY,
         relative_day,
         (("yesterday", "2023-09-14 day"), ("today", "2023-09-15 day"), ("tomorrow morning", "2023-09-16 day")),
         deictic_day=True),
    Rule("en_relative_period", r"(?<![Ee]arlier )(?<![Ll]ater )\b(?P<mod>(?i:last|this|next|coming|current))\s+"
         r"(?P<unit>(?i:week|weekend|month|year))\b(?!'s\s+(?:end|start))", relative_period,
         (("last month", "2023-08-01..2023-08-31 month"), ("this week", "2023-09-11..2023-09-17 week"),
          ("last year", "2022-01-01..2022-12-31 year"), ("next week", "2023-09-18..2023-09-24 week"))),
    Rule("en_weekend", r"\b(?i:over|during|at|on)\s+(?P<w>(?i:the)\s+weekend)\b", the_weekend,
         (("over the weekend", "2023-09-09..2023-09-10 day"),)),
    Rule("en_holiday", rf"(?:(?P<mod>(?i:last|this|next))\s+)?\b(?P<hol>Christmas\s+(?:Eve|Day)|Christmas|New\s+Year(?:'|’)s\s+(?:Day|Eve)"
         rf"|Valentine(?:'|’)s\s+Day|Halloween|Boxing\s+Day|May\s+Day)\b(?:,?\s+{YEAR()})?{TIME_OF_DAY}", holiday,
         (("Christmas", "2022-12-25 day"), ("Christmas Eve 2019", "2019-12-24 day"), ("next Halloween", "2023-10-31 day"))),
    Rule("en_relative_part", rf"{_MONTH_PART_WORDS}(?P<mod>(?i:last|this|next))\s+(?P<unit>(?i:month|year))\b",
         relative_part,
         (("late last year", "2022-11-01..2022-12-31 year_part"), ("early next month", "2023-10-01..2023-10-10 month_part"))),
    Rule("en_day_ordinal", rf"\b(?i:on\s+the)\s+(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH_NAMES}))",
         bare_ordinal_day, (("on the 13th", "2023-09-13 day"),),
         anaphoric=True),
    Rule("en_offset", rf"\b(?i:{_NUMBER})\s+(?P<unit>(?i:days?|weeks?|months?|years?))\s+"
         r"(?P<dir>(?i:ago|earlier|later|from\s+now|previously)\b|(?i:before|after)\b(?!\s+\w))",
         offset, (("two days ago", "2023-09-13 day"), ("three weeks from now", "2023-10-02..2023-10-08 week")),
         anaphoric=True),
    Rule("en_part_of_current", r"\b(?P<dir>(?i:earlier|later))\s+(?i:this)\s+(?P<unit>(?i:week|month))\b",
         part_of_current,
         (("earlier this month", "2023-09-01..2023-09-15 month_part"), ("later this week", "2023-09-15..2023-09-17 week"))),
    Rule("en_offset_from_clause", rf"\b(?i:{_NUMBER})\s+(?P<unit>(?i:days?|weeks?))\s+(?P<dir>(?i:after|before))(?=\s+\w)",
         offset_from_clause,
         (("They signed it on Sept. 14, a day after they met", "2023-09-13 day"),),
         anaphoric=True),
    Rule("en_anaphoric", r"\b(?P<word>(?i:the\s+(?:next|following)\s+(?:day|morning|week|month|year)|the\s+day\s+(?:before|after)(?!\s+(?:the|a|an|his|her|their|its|[A-Z0-9]))"
         r"|the\s+previous\s+(?:day|year)|the\s+same\s+(?:day|year)|that\s+(?:same\s+)?day|later\s+that\s+day|that\s+year"
         r"|(?:(?:later|early)\s+)?that\s+(?:morning|afternoon|evening|night)"
         r"|the\s+year\s+before))\b" + TIME_OF_DAY,
         anaphoric, (("On Sept. 13 they met. The next day", "2023-09-14 day"),
                     ("Rostov fell on Sept. 13. The deal came later that evening", "2023-09-13 day")), anaphoric=True),
)


LANGUAGE = Language(
    rules=RULES,
    # modals look ahead too (could reopen by the end of May), unless negated or perfect; lower
    # case only, so the month May is no modal
    future_before=re.compile(rf"(?i:{FUTURE_WORDS})|\b(?:could|would|might|may|should)\b(?!\s+(?:not|have)\b)"),
    future_after=re.compile(r"^\s*(?:will|is expected|are expected|is scheduled|is set to|is due)\b", re.IGNORECASE),
    intent_before=30,
    intent_after=12,
    intent_near=re.compile(r"\b(?:plans?|planned|planning|hopes?|hoped|intends?|wants?|aims?|expected|expects?)\s+to\b"
                           r"|\b(?:will|could)\s*$", re.IGNORECASE),
    clause_breaks=".;!?\n",
    quotes=(("\u201c", "\u201d"), ('"', '"')),
    window_before=40,
    window_after=20,
    landmark_before=re.compile(r"\b(?:after|since|before|following)\b", re.IGNORECASE),
    landmark_reach=80,
)

"""English date rules. Read the RULES table at the bottom to see what the dater understands.

Month and weekday names must be capitalised (so "may", "march" and "sun" stay words); a bare
four-digit number is a year only in a date-like context ("in 2019", "since 2019", "2019's",
"early 2019"), never "5380 tonnes" or "F-35". Examples are dated at EXAMPLE_REF, Friday
2023-09-15.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import date, timedelta
from functools import lru_cache

import holidays
from dateutil.easter import easter
from borax.calendars.lunardate import LunarDate
from hijridate import Gregorian, Hijri

from . import calendar_math as cal
from .engine import ABSOLUTE, ANAPHORIC, INFERRED, STATISTIC, Language, Reading, Rule
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


# Full month names that are no English word may be written in lower case (december 6); may,
# march and august only before a day number (may 8), so "may" and "march" stay words.
_SAFE_MONTHS = "january|february|april|june|july|september|october|november|december"


def MON(s=""):
    """A month name; only an abbreviation takes a period (Sept. 13, but not the full stop of 'in June.').
    A day number may follow without a space (Jan5 2019)."""
    return (rf"\b(?P<mon{s}>(?:{_FULL_MONTHS}|(?i:{_SAFE_MONTHS}))(?![a-z])|(?:may|march|august)(?=\s*[0-9])"
            r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)(?![a-z])\.?)")


def MON_AFTER_DAY(s=""):
    """A month name right after a day number, where an abbreviation may be in lower case too
    (19 dec, 3 jan 2018: schedules and notes write them so; after a number they are no word)."""
    return (MON(s)[:-1] + r"|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])\.?|(?<=of )(?:march|may|august)(?![a-z]))")


def DAY(s=""):
    return rf"(?P<d{s}>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"


def YEAR(s=""):
    return rf"(?P<y{s}>1[0-9]{{3}}|20[0-9]{{2}}|2100)\b(?!\s*[-–]?\s*(?:tonnes|tons|troops|people|km|kilomet|miles|met(?:er|re)s|dollars|euros|won|yuan|roubles|rubles|missiles|percent|per\b|mm\b|kg\b|units|vehicles|aircraft))"


_ORDINAL_DAYS = {word: n for n, word in enumerate(
    ("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth"
     " sixteenth seventeenth eighteenth nineteenth twentieth").split(), 1)}
_ORDINAL_DAYS.update({f"twenty {word}": 20 + n for word, n in list(_ORDINAL_DAYS.items()) if n < 10})
_ORDINAL_DAYS.update({"thirtieth": 30, "thirty first": 31})
_ORDINAL_WORD = ("(?i:thirty[\\s-]first|thirtieth|twenty[\\s-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|twentieth"
                 "|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|tenth"
                 "|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)")


# a two-digit year after a day and month: with its apostrophe ('96), or closing the text or
# clause (3 Aug 96, Aug 9, 96.), so "March 3 12 people" stays a day and a count
_SHORT_YEAR = r"(?:'|’)?(?P<yy>[0-9]{2})(?![0-9])(?:(?<=[0-9]{2})(?=\s*$|\s*[.;)\]\n](?![0-9])|\s+[0-9]{1,2}:[0-9]{2})|(?<=['’][0-9]{2}))"


# a day's year said relative to now: March 3 last year / 12 October of next year
_REL_YEAR = r",?\s+(?:(?i:of)\s+)?(?P<ymod>(?i:last|this|next))\s+(?i:year)\b(?!(?:'|’)s)"


def ORDINAL_WORD_DAY(s=""):
    return rf"(?P<dw{s}>{_ORDINAL_WORD})(?![\w-])"


_WEEKDAY_NAMES = r"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
# Mon / Tues. / Thu: capitalised abbreviations, as datelines and schedules write them
_WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed(?:s|nes)?|Thu(?:rs?)?|Fri|Sat|Sun)\b\.?"
WEEKDAY = rf"\b(?P<wd>{_WEEKDAY_NAMES})\b"
_CLOCK = r"[0-9]{1,2}(?::[0-9]{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b)|[0-9]{1,2}:[0-9]{2}\b"
TIME_OF_DAY = (r"(?:\s+(?P<tod>morning|afternoon|evening|night|overnight))?"
               rf"(?:,?\s+(?:at\s+|around\s+)?(?P<clock>{_CLOCK}))?")
DAY_RANGE = r"(?:\s*(?:-|–|to|through|until)\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b)?"
_WEEKDAY_PREFIX = rf"(?:\b(?P<wdp>{_WEEKDAY_NAMES}\b|{_WEEKDAY_ABBR}),?\s+)?"
_NUMBER = (r"(?P<n>[0-9]{1,4}|an?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
           r"|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
           r"|a\s+couple\s+of|a\s+hundred)")

# "next" is no marker here: "next Monday" is its own rule, and "the next round began on
# Monday" is past.
# A deadline looks ahead too: "by June" right before the date, "a June deadline" right after it.
FUTURE_WORDS = (r"\b(?:will|'ll|is to|are to|ha(?:ve|s) to|needs? to|must|plans? to|planned|planning|(?:is|are|was|were) expected|expected to"
                r"|scheduled|set to|(?:is|are) set for|(?:is|are) due|due to|due (?:on|in|by)|upcoming|slated|intends? to|aims? to|targets?"
                r"|deadline (?:of|is|on)|ahead of|(?:is|are) (?:likely|unlikely|poised|tipped|on track) to|pencil+ed in(?: for)?)\b")
# "by June" is a deadline, but "devastated by Monday's quake" names an agent: not after a past
# participle, not before a possessive
_DEADLINE_BY = re.compile(r"(?<!ed)(?<!en)(?<!hit)\s+by\s+(?:the\s+)?$")

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
    if ctx.is_future(m.start(), m.end()):
        return True
    if _DEADLINE_AFTER.match(ctx.norm, m.end()):   # a June deadline, unless it was missed
        return not _DEADLINE_PAST.search(ctx.norm, max(0, m.start() - 30), m.start())
    return bool(_DEADLINE_BY.search(ctx.norm, max(0, m.start() - 20), m.start())
                and not ctx.norm.startswith(("'s", "’s"), m.end()))


_DEADLINE_AFTER = re.compile(r"\s+(?i:deadline|target)\b")
_DEADLINE_PAST = re.compile(r"(?i:\b(?:missed|passed|met|expired|blew|ignored|beat|had)\b)")


def _sentence_year(m, ctx) -> int | None:
    """A year that opens the sentence as its frame (In 2019, icebergs drifted south between
    March and August): a month or day after it without its own year is in it."""
    before = ctx.antecedent(m.start())
    if (before is None or before.reading.grain != "year" or before.reading.kind != "absolute"
            or before.reading.start.year != before.reading.end.year
            or re.search(r"[.!?;\n]", ctx.norm[before.end_offset:m.start()])
            or not _FRAME_OPENER.search(ctx.norm, max(0, before.offset - 40), before.offset)):
        return None
    return before.reading.start.year


# the year opens its sentence as a frame (In 2019, / During 2008: / 2016:); "since 2019" or
# "which Prigozhin founded in 2014" in the middle of a sentence frames nothing
_FRAME_OPENER = re.compile(r"(?:^|[.!?;\n]\s*|\u201c)(?i:(?:in|during|throughout|for|over)\s+)?$")


def _days(start, end, kind, confidence, m=None):
    return Reading(start, end, "day", kind, confidence, _time_of_day(m) if m else None)


def _day_range(first: date, second: int | None):
    """first, or first..second when the text gives a second day (Feb 4-5)."""
    if not second:
        return first, first
    end = cal.valid_date(first.year, first.month, second)
    return (first, end) if end and end >= first else (None, None)


_DATE_CONTEXT = re.compile(r"(?i)\b(?:in|since|by|until|till|from|of|during|through|to|and|before|after"
                           r"|between|early|mid|late|last|next|this|on|around|for|each|every)\W*$")


def _bare_month_ok(m, ctx):
    """May / March / Jan alone need a date-like word before them (in May, since March), or to
    stand alone as their clause (a heading, a field: "Jul.")."""
    name = m.group("mon")
    if name in ("January", "February", "April", "June", "July", "August", "September", "October",
                "November", "December"):
        return True
    return bool(_DATE_CONTEXT.search(ctx.norm[max(0, m.start() - 12):m.start()]) or _alone(m, ctx)
                or re.match(r"\s+deadline\b", ctx.norm[m.end():m.end() + 10]))


# ---------------------------------------------------------------- rules: full and partial dates
def month_day(m, ctx):
    """September 13, 2023 / Sept. 13 / Feb 4-5 / Wednesday, Sept. 13."""
    return _month_day(m, ctx, int(m.group("d")), int(m.group("d2")) if _g(m, "d2") else None)


def ordinal_word_day(m, ctx):
    """May eighth / the fifth of May / eighth to eleventh May 2010 / May eighth - tenth, 2010."""
    if "of" in m.re.groupindex and not (_g(m, "of") or _g(m, "y")):
        return None   # the second May election
    second = _ORDINAL_DAYS[_words(m.group("dw2"))] if _g(m, "dw2") else None
    return _month_day(m, ctx, _ORDINAL_DAYS[_words(m.group("dw"))], second)


def _words(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


def _month_day(m, ctx, day: int, second: int | None):
    month = _month(m)
    if _g(m, "yy"):
        first = cal.valid_date(two_digit_year(int(m.group("yy")), ctx.reference), month, day)
        kind, confidence = "absolute", ABSOLUTE
    elif _g(m, "y") or _sentence_year(m, ctx):
        year = _year(m) if _g(m, "y") else _sentence_year(m, ctx)
        first = year and cal.valid_date(year, month, day)
        kind, confidence = "absolute", ABSOLUTE if _g(m, "y") else INFERRED
    elif _g(m, "ymod"):
        first = cal.valid_date(ctx.reference.year + _SHIFT[m.group("ymod").lower()], month, day)
        kind, confidence = "relative", INFERRED
    elif ctx.year_anchor(m.start()):
        first = cal.month_day_near(ctx.year_anchor(m.start()), month, day)
        kind, confidence = "absolute", INFERRED
    else:
        first = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx))
        kind, confidence = "relative", INFERRED
    if not first:
        return None
    start, end = _day_range(first, second)
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


def two_digit_year(yy: int, reference: date) -> int:
    """'98 -> 1998, '16 -> 2016: the century that puts the year at most ten years after the
    reference (news dates rarely lie further ahead)."""
    return 2000 + yy if 2000 + yy <= reference.year + 10 else 1900 + yy


def numeric_date(m, ctx):
    """2023-09-13, 2023/9/13, 2023.09.13, 2023 09 13, 20230913, 2019-05-0708:15 (a time glued
    on); 9/13/2023, 12/25/98, 13.9.2023.

    Day-first or month-first, in English text: month first (9/13/2023, as US outlets and the
    wires write), day first when the first number cannot be a month (13/9/2023) or dots separate
    the numbers (13.9.2023, as European and British outlets write). When both readings are real
    dates (4/5/2017) the order is a guess, and the mention says so: its confidence is INFERRED
    (0.85), not ABSOLUTE, and its kind stays "absolute"."""
    confidence = ABSOLUTE
    if any(_g(m, f"{s}y") for s in "igsc"):
        s = next(s for s in "igsc" if _g(m, f"{s}y"))
        year, month, day = int(m.group(f"{s}y")), int(m.group(f"{s}m")), int(m.group(f"{s}d"))
    else:
        s = next(s for s in ("", "2", "3", "4") if _g(m, f"a{s}"))
        a, b = int(m.group(f"a{s}")), int(m.group(f"b{s}"))
        raw = _g(m, "ny") or _g(m, "yy") or _g(m, "yy3") or m.group("yy4")
        year = int(raw) if len(raw) == 4 else two_digit_year(int(raw), ctx.reference)
        if a > 12 or ((_g(m, "s2") == "." or s == "3") and b <= 12):   # 05.25.2015 can only be month first
            month, day = b, a
        else:
            month, day = a, b
            if b <= 12 and a != b:
                confidence = INFERRED   # 4/5/2017: April 5 or 4 May
    found = 1000 <= year <= 2100 and cal.valid_date(year, month, day)
    return found and Reading(found, found, "day", "absolute", confidence, _time_of_day(m))


_SEASON_AFTER = re.compile(r"\s+(?i:season|financial|fiscal|school|academic|tax|budget|crop|campaign|term|winter|league)\b")


def numeric_month(m, ctx):
    """2019-7, 2019/07, 9/2012: a month (2019-20 and 2011-12 are runs of years, see en_year_range)."""
    if _g(m, "m2"):
        year, month = int(m.group("y2")), int(m.group("m2"))
    else:
        year, month = int(m.group("y")), int(m.group("m"))
        if m.group("sep") == "-" and len(m.group("m")) == 2 and int(m.group("m")) == (year + 1) % 100:
            return None
        if (m.group("sep") == "/" and len(m.group("m")) == 2 and int(m.group("m")) == (year + 1) % 100
                and (_SEASON_AFTER.match(ctx.norm, m.end()) or ctx.norm[max(0, m.start() - 4):m.start()].lower() == "the ")):
            return None   # the 2011/12 season: a run of years (en_year_range)
    start, end = cal.month_period(year, month)
    return Reading(start, end, "month", "absolute", ABSOLUTE)


def day_mon_year(m, ctx):
    """5-Jan-2019 / 05-Jan-19 / 8/May/2018 / 10/August 2012 / August/10/2012 / 8/May (the
    nearest 8 May, by tense)."""
    if _g(m, "mon2"):
        found = cal.valid_date(int(m.group("y2")), _month(m, "2"), int(m.group("d2")))
        return found and _days(found, found, "absolute", ABSOLUTE)
    raw = _g(m, "y") or _g(m, "y4")
    if not raw:
        found = cal.nearest_month_day(ctx.reference, _month(m), int(m.group("d")), _future(m, ctx))
        return found and _days(found, found, "relative", INFERRED)
    year = int(raw) if len(raw) == 4 else two_digit_year(int(raw), ctx.reference)
    found = cal.valid_date(year, _month(m), int(m.group("d")))
    return found and _days(found, found, "absolute", ABSOLUTE)


def between_days(m, ctx):
    """between 3 and 5 June (2024): one run of days."""
    last = month_day(m, ctx)
    if not last:
        return None
    first = cal.valid_date(last.start.year, last.start.month, int(m.group("d1")))
    return first and first < last.start and Reading(first, last.start, "day", last.kind, last.confidence)


def year_month(m, ctx):
    """2019 July / 2019 July 4 / 2014 Aug 22: year first, as some schedules and tables write (an
    abbreviated month only with its day)."""
    year = int(m.group("y"))
    month = _MONTHS[m.group("mab").lower()] if _g(m, "mab") else _month(m)
    if _g(m, "d"):
        found = cal.valid_date(year, month, int(m.group("d")))
        return found and _days(found, found, "absolute", ABSOLUTE)
    start, end = cal.month_period(year, month)
    return Reading(start, end, "month", "absolute", ABSOLUTE)


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
    elif _g(m, "yy"):   # Sept '22
        year, kind, confidence = two_digit_year(int(m.group("yy")), ref), "absolute", ABSOLUTE
    elif _g(m, "ymod"):
        year, kind, confidence = ref.year + _SHIFT[m.group("ymod").lower()], "relative", INFERRED
    elif not mod and _sentence_year(m, ctx):
        year, kind, confidence = _sentence_year(m, ctx), "absolute", INFERRED
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
    if words.startswith(("early", "beginning", "start", "first", "opening")):
        return "early"
    if words.startswith(("last", "final", "closing", "waning", "dying")):
        return "late"
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
    elif _sentence_year(m, ctx):
        span = cal.month_span(m1, m2, _sentence_year(m, ctx))
        kind, confidence = "absolute", INFERRED
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
    group = next(g for g in ("y", "ys", "yt", "yb", "yl") if _g(m, g))   # yl: a year alone on its line (a heading)
    the_year = _year(m, group[1:])
    if not the_year:
        return None
    words = re.sub(r"\s+", " ", (_g(m, "yw") or "").lower().replace("the ", "").replace("-", " ")).strip()
    kind, value = _YEAR_WORDS.get(words, (None, None))
    if kind is None and words:   # the first days / the final weeks / the closing months of 2021
        kind, value = "part", _part(words)
    if kind == "half":
        start, end = cal.half_year_period(the_year, value)
        return Reading(start, end, "half_year", "absolute", ABSOLUTE)
    if kind == "part":
        start, end = cal.year_part_period(the_year, value)
        return Reading(start, end, "year_part", "absolute", ABSOLUTE)
    start, end = cal.year_period(the_year)
    return Reading(start, end, "year", "absolute", ABSOLUTE, span=m.span(group) if not _g(m, "yw") else None)


def year_range(m, ctx):
    """2019-2022 / from 2019 to 2022 / between 2019 and 2022; "2011 and 2014" is two years."""
    if m.group("join").lower() == "and" and not _g(m, "btw"):
        return None
    y1 = int(m.group("y1"))
    raw2 = m.group("y2")
    y2 = int(raw2) if len(raw2) == 4 else y1 // 100 * 100 + int(raw2)  # 2019-22
    if not (1000 <= y1 < y2 <= 2100) or (m.group("join") == "/" and y2 != y1 + 1):   # 2021/22: a season, a fiscal year
        return None
    return Reading(date(y1, 1, 1), date(y2, 12, 31), "year", "absolute", ABSOLUTE)


def decade(m, ctx):
    """the 1990s / the '80s / 1980 s; the 1800s (or 1900s) is a century, as English uses it,
    while the 2000s is the decade."""
    if _g(m, "full"):
        first = int(m.group("full"))
        if first % 100 == 0 and first < 2000:
            return Reading(date(first, 1, 1), date(first + 99, 12, 31), "decade", "absolute", ABSOLUTE)
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
    ref, wd = ctx.reference, _WEEKDAYS[_weekday_name(m.group("wd"))]
    mod = re.sub(r"\s+", " ", (_g(m, "mod") or "").lower())
    if mod == "this":
        found = cal.weekday_in_week(ref, wd)
        if found < ref and _future(m, ctx):   # will meet this Monday, said on a Saturday: the coming one
            found = cal.nearest_weekday(ref, wd, True)
    elif mod in ("last", "past", "previous"):
        found = cal.nearest_weekday(ref - timedelta(days=1), wd, False)
    elif mod == "next":
        # next Friday said on a Wednesday is the Friday of next week ("this Friday" is the
        # coming one), as dateparser's, ctparse's and chrono's suites all read it; said on a
        # Saturday, next week's Monday is also the coming one
        found = cal.weekday_in_week(ref, wd, 1)
    elif mod in ("coming", "this coming"):
        found = cal.nearest_weekday(ref + timedelta(days=1), wd, True)
    else:
        found = cal.nearest_weekday(ref, wd, _future(m, ctx))
    return _days(found, found, "relative", INFERRED, m)


_DAY_WORDS = {"the day before yesterday": -2, "yesterday": -1, "last night": -1, "last evening": -1, "today": 0,
              "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
              "tomorrow": 1, "the day after tomorrow": 2}
_TOD_OF_WORD = {"last night": "night", "last evening": "evening", "tonight": "night", "this morning": "morning",
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
    if _g(m, "w2"):   # this past weekend: the last one
        saturday = ref - timedelta(days=1) if ref.weekday() == 6 else cal.nearest_weekday(ref, 5, False)
    return Reading(saturday, saturday + timedelta(days=1), "day", "relative", INFERRED,
                   span=m.span("w") if _g(m, "w") else m.span("w2"))


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
    if unit == "fortnight":
        unit, n = "week", 2 * n
    if unit == "decade":
        unit, n = "year", 10 * n
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
    if direction == "back":   # six months back = ago; "pushed two weeks back" is a delay
        if _DELAY_BEFORE.search(ctx.norm, max(0, m.start() - 40), m.start()):
            return None
        direction = "ago"
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if direction in ("ago", "from now", "from today", "from tomorrow", "time"):
        base = ctx.reference + timedelta(days=1 if direction == "from tomorrow" else 0)
        start, end, grain = _shifted(base, n, unit, sign)
        if not 1000 <= start.year <= 2100:
            return None
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


_DELAY_BEFORE = re.compile(r"\b(?:push|set|move|put|pull|delay|postpone|turn|roll|step|held|hold|bring|brought|went|go|going|come|came|date|dating|dates)\w*\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_FUTURE_MARKER = re.compile(FUTURE_WORDS, re.IGNORECASE)
_SUB_DAY = {"hour": 1, "hr": 1, "minute": 1 / 60, "min": 1 / 60, "second": 1 / 3600, "sec": 1 / 3600}


def _looks_ahead(m, ctx) -> bool:
    """An "in N units" that dates: under a future marker in its clause, fronted before one, or
    alone as its clause (a reminder or a heading: "In 24 hours.")."""
    clause = re.split(r"[.;!?\n]", ctx.norm[max(0, m.start() - 60):m.start()])[-1]
    after = re.split(r"[.;!?\n]", ctx.norm[m.end():m.end() + 60])[0]
    alone = not clause.strip() and not after.strip()
    # a fronted offset looks ahead by the verb after it: "In five days, the talks will resume"
    fronted = not clause.strip() and _FUTURE_MARKER.search(after)
    return bool(ctx.prefer_future or alone or fronted or _FUTURE_MARKER.search(clause))


def in_offset(m, ctx):
    """in five days / within 10 days / in a month / in 24 hours / within half an hour, looking
    ahead (will, expected to, have to, must ...) or standing alone as its clause (a heading, a
    reminder): that far after the reference. Without a future
    marker "in five days" is a duration (the city fell in five days): no date. A conditional
    (would be restored within a week, in reported speech) counts from when it was said: no date."""
    if not _looks_ahead(m, ctx):
        return None
    unit = m.group("unit").lower().rstrip("s")
    if _g(m, "half"):
        n, unit = 0.5, "hour"
    elif _g(m, "dec"):
        n = float(m.group("dec"))
    else:
        n = parse_en_number(m.group("n"))
    if unit in _SUB_DAY:
        found = ctx.reference + timedelta(days=int(n * _SUB_DAY[unit] // 24))
        return Reading(found, found, "day", "relative", INFERRED)
    start, end, grain = _shifted(ctx.reference, n, unit, 1)
    return Reading(start, end, grain, "relative", INFERRED)


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

# two days after Christmas / 2 weeks before next Friday / a day before yesterday: the words
# before a day (composed by the engine with the day the rules read)
OFFSET_BEFORE_DAY = re.compile(rf"(?<![Ff]or )(?<![Ll]asting )\b(?i:{_NUMBER})\s+(?:(?P<unit>(?i:days?|weeks?|months?|years?))\s+(?P<dir>(?i:before|after))"
                               r"|(?P<unit2>(?i:days?|weeks?))\s+(?P<dir2>(?i:from)))\s+$")


def shift_by(m, reading: Reading) -> Reading | None:
    n, unit = parse_en_number(m.group("n")), (m.group("unit") or m.group("unit2")).lower().rstrip("s")
    sign = -1 if (m.group("dir") or "").lower() == "before" else 1   # a week from Friday: after it
    day = reading.start
    if unit in ("day", "week"):
        found = day + timedelta(days=sign * n * (7 if unit == "week" else 1))
    else:
        months = sign * n * (12 if unit == "year" else 1)
        year, month = cal.shift_month(day.year, day.month, months)
        found = cal.valid_date(year, month, min(day.day, cal.last_day(year, month)))
    return Reading(found, found, "day", reading.kind, min(reading.confidence, INFERRED)) if found else None


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
             "the next week": ("week", 1), "the next month": ("month", 1),   # matched by the same pattern
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


# ---------------------------------------------------------------- weekdays in context
def weekday_with_day(m, ctx):
    """Saturday 2nd / Tuesday the 8th / Fri, the 27th: the day of the month, in the month near
    the reference where it falls on that weekday (ahead under a future marker)."""
    wd, day = _WEEKDAYS[_weekday_name(m.group("wd"))], int(m.group("d"))
    candidates = [found for year, month in
                  (cal.shift_month(ctx.reference.year, ctx.reference.month, delta) for delta in range(-7, 8))
                  if (found := cal.valid_date(year, month, day)) and found.weekday() == wd]
    if _future(m, ctx):
        candidates = [c for c in candidates if c >= ctx.reference] or candidates
    if not candidates:
        return None
    found = min(candidates, key=lambda c: abs((c - ctx.reference).days))
    return _days(found, found, "relative", INFERRED, m)


def _weekday_name(word: str) -> str:
    word = word.lower().rstrip(".")
    return next(name for name in _WEEKDAYS if name.startswith(word[:3]))


def weekday_of_week(m, ctx):
    """Friday next week / next week Friday / Thursday of last week / Friday this week."""
    shift = _SHIFT[(_g(m, "wmod") or m.group("wmod2")).lower()]
    found = cal.weekday_in_week(ctx.reference, _WEEKDAYS[_weekday_name(m.group("wd"))], shift)
    return _days(found, found, "relative", INFERRED, m)


def following_weekday(m, ctx):
    """The court met on March 3 and ruled the following Monday: the first such weekday after
    the day told before (up a few paragraphs, like 'the next day'); none told -> no date."""
    antecedent = ctx.day_antecedent(m.start(), _future(m, ctx))
    if antecedent is None:
        # nothing told before, in a plan or a booking (we meet on the following Friday): next
        # week's, as "next Friday" said midweek
        if not (ctx.prefer_future or _alone(m, ctx) or _future(m, ctx)):
            return None
        found = cal.weekday_in_week(ctx.reference, _WEEKDAYS[_weekday_name(m.group("wd"))], 1)
        return Reading(found, found, "day", "relative", INFERRED, _time_of_day(m))
    found = cal.nearest_weekday(antecedent.reading.end + timedelta(days=1), _WEEKDAYS[_weekday_name(m.group("wd"))], True)
    return Reading(found, found, "day", "anaphoric", ANAPHORIC, _time_of_day(m))


def weekday_range(m, ctx):
    """Tuesday - Friday / from Monday to Wednesday / this Tuesday - next Friday: from the first
    weekday to the first of the second on or after it (in the next week when it says next)."""
    wd2, mod2 = _WEEKDAYS[_weekday_name(m.group("wd2"))], (_g(m, "mod2") or "").lower()
    if _g(m, "wk"):   # Tuesday to Thursday last week: both days in that week
        shift = {"last": -1, "this": 0, "next": 1}[m.group("wk").lower()]
        start = cal.weekday_in_week(ctx.reference, _WEEKDAYS[_weekday_name(m.group("wd"))], shift)
        end = cal.weekday_in_week(ctx.reference, wd2, shift)
        return Reading(start, end, "day", "relative", INFERRED) if end > start else None
    first = weekday(m, ctx)
    if mod2 == "next":
        last = cal.weekday_in_week(first.start, wd2, 1)
    else:
        last = cal.nearest_weekday(first.start + timedelta(days=1), wd2, True)
    return Reading(first.start, last, "day", "relative", INFERRED)


# ---------------------------------------------------------------- holidays
# Which holidays a name means, as `holidays` (the Python package, kept up to date with each
# country's law) names them in its US calendar; the Islamic ones come from hijridate (Umm
# al-Qura calendar, valid 1924-2077), Easter Monday from dateutil's Easter.
_US_HOLIDAY_NAMES = {
    "new year's day": "New Year's Day", "martin luther king day": "Martin Luther King Jr. Day",
    "martin luther king jr. day": "Martin Luther King Jr. Day", "mlk day": "Martin Luther King Jr. Day",
    "presidents' day": "Washington's Birthday", "presidents day": "Washington's Birthday",
    "president's day": "Washington's Birthday", "washington's birthday": "Washington's Birthday",
    "valentine's day": "Valentine's Day", "st. patrick's day": "Saint Patrick's Day",
    "saint patrick's day": "Saint Patrick's Day", "st patrick's day": "Saint Patrick's Day",
    "good friday": "Good Friday", "easter": "Easter Sunday", "easter sunday": "Easter Sunday",
    "easter day": "Easter Sunday", "mother's day": "Mother's Day", "memorial day": "Memorial Day",
    "father's day": "Father's Day", "juneteenth": "Juneteenth National Independence Day",
    "independence day": "Independence Day", "the fourth of july": "Independence Day",
    "fourth of july": "Independence Day", "july fourth": "Independence Day", "labor day": "Labor Day",
    "labour day": "Labor Day", "columbus day": "Columbus Day", "halloween": "Halloween",
    "election day": "Election Day", "veterans day": "Veterans Day", "veterans' day": "Veterans Day",
    "thanksgiving": "Thanksgiving Day", "thanksgiving day": "Thanksgiving Day",
    "christmas eve": "Christmas Eve", "christmas": "Christmas Day", "christmas day": "Christmas Day",
    "new year's eve": "New Year's Eve"}
_FIXED_HOLIDAYS = {"boxing day": (12, 26), "may day": (5, 1), "armistice day": (11, 11),
                   "remembrance day": (11, 11), "bastille day": (7, 14),
                   "international women's day": (3, 8), "women's day": (3, 8), "earth day": (4, 22)}
# days counted from Easter (dateutil's Western Easter) and from Thanksgiving (holidays' US calendar)
_EASTER_DAYS = {"palm sunday": -7, "ash wednesday": -46, "shrove tuesday": -47, "mardi gras": -47,
                "maundy thursday": -3, "holy thursday": -3, "holy saturday": -1, "easter monday": 1,
                "ascension day": 39, "pentecost": 49, "whit sunday": 49, "whitsunday": 49, "whit monday": 50}
_THANKSGIVING_DAYS = {"black friday": 1, "cyber monday": 4}
_COMPUTED_HOLIDAYS = {*_EASTER_DAYS, *_THANKSGIVING_DAYS, "remembrance sunday", "lunar new year",
                      "chinese new year"}
_HIJRI_HOLIDAYS = {"ramadan": (9, 1, True), "eid al-fitr": (10, 1, False), "eid al fitr": (10, 1, False),
                   "eid ul-fitr": (10, 1, False), "eid al-adha": (12, 10, False), "eid al adha": (12, 10, False),
                   "eid ul-adha": (12, 10, False)}
HOLIDAY_NAMES = (r"Christmas\s+(?:Eve|Day)|Christmas|New\s+Year(?:'|’)s\s+(?:Day|Eve)|Valentine(?:'|’)s\s+Day|Halloween"
                 r"|Boxing\s+Day|May\s+Day|Thanksgiving(?:\s+Day)?|Labou?r\s+Day|Memorial\s+Day|Independence\s+Day"
                 r"|Fourth\s+of\s+July|July\s+Fourth|Juneteenth|Columbus\s+Day|Veterans(?:'|’)?\s+Day"
                 r"|Election\s+Day|Martin\s+Luther\s+King(?:\s+Jr\.?)?\s+Day|MLK\s+Day|Presidents?(?:'|’)?(?:'s)?\s+Day"
                 r"|Washington(?:'|’)s\s+Birthday|(?:St\.?|Saint)\s+Patrick(?:'|’)s\s+Day|Good\s+Friday"
                 r"|Easter(?:\s+(?:Sunday|Day|Monday))?|Mother(?:'|’)s\s+Day|Father(?:'|’)s\s+Day|Armistice\s+Day"
                 r"|Remembrance\s+Day|Bastille\s+Day|Ramadan|Eid\s+(?:al|ul)[-\s](?:Fitr|Adha)"
                 r"|Palm\s+Sunday|Ash\s+Wednesday|Shrove\s+Tuesday|Mardi\s+Gras|(?:Maundy|Holy)\s+Thursday|Holy\s+Saturday"
                 r"|Ascension\s+Day|Pentecost|Whit\s*(?:Sunday|Monday)|Black\s+Friday|Cyber\s+Monday|Remembrance\s+Sunday"
                 r"|(?:Lunar|Chinese)\s+New\s+Year(?!(?:'|’)s\s+Eve)|(?:International\s+)?Women(?:'|’)s\s+Day|Earth\s+Day")


@lru_cache(maxsize=256)
def holiday_period(name: str, year: int) -> tuple[date, date] | None:
    """The Gregorian day (or, for Ramadan, days) of the holiday `name` (lower case) in `year`."""
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return date(year, month, day), date(year, month, day)
    if name in _EASTER_DAYS:
        found = easter(year) + timedelta(days=_EASTER_DAYS[name])
        return found, found
    if name in _THANKSGIVING_DAYS:
        thanksgiving = holiday_period("thanksgiving", year)
        found = thanksgiving and thanksgiving[0] + timedelta(days=_THANKSGIVING_DAYS[name])
        return (found, found) if found else None
    if name == "remembrance sunday":   # the second Sunday of November (United Kingdom)
        first = date(year, 11, 1)
        found = first + timedelta(days=(6 - first.weekday()) % 7 + 7)
        return found, found
    if name in ("lunar new year", "chinese new year"):   # the first day of the first lunar month (borax)
        found = LunarDate(year, 1, 1).to_solar_date()
        return found, found
    if name in _HIJRI_HOLIDAYS:
        if not 1925 <= year <= 2076:   # hijridate's Umm al-Qura tables end there: no guess outside
            return None
        month, day, whole_month = _HIJRI_HOLIDAYS[name]
        for hijri_year in (Gregorian(year, 1, 1).to_hijri().year, Gregorian(year, 12, 31).to_hijri().year):
            try:
                first = Hijri(hijri_year, month, day).to_gregorian()
            except (OverflowError, ValueError):
                continue
            if first.year == year:
                if not whole_month:
                    return date(first.year, first.month, first.day), date(first.year, first.month, first.day)
                last = Hijri(hijri_year, month + 1, 1).to_gregorian()
                return date(first.year, first.month, first.day), date(last.year, last.month, last.day) - timedelta(days=1)
        return None
    official = _US_HOLIDAY_NAMES[name]
    days = _us_holidays(year).items()   # two on one day are joined: "Father's Day; Juneteenth ..."
    for exact in (True, False):
        for day, labels in days:
            for label in labels.split("; "):
                if label == official if exact else label.startswith(official + " ("):
                    return day, day
    return None


@lru_cache(maxsize=64)
def _us_holidays(year: int):
    return dict(holidays.US(years=year, categories=("public", "unofficial")))


def _holiday_key(text: str) -> str:
    key = re.sub(r"\s+", " ", text.lower().replace("’", "'")).replace("st patrick", "st. patrick")
    key = re.sub(r"^the ", "", key) if key.startswith("the fourth") else key
    key = re.sub(r"^(eid) (?:al|ul)[- ]", r"\1 al-", key)
    return {"presidents's day": "presidents' day", "martin luther king jr day": "martin luther king jr. day",
            "fourth of july": "the fourth of july"}.get(key, key)


def holiday(m, ctx):
    """Christmas / Thanksgiving 2023 / this year's Labor Day / last Easter / Ramadan: the day (or
    days) of the year the text gives, or, without one, of the nearest year in the tense."""
    name = _holiday_key(m.group("hol"))
    if name not in _US_HOLIDAY_NAMES and name not in _FIXED_HOLIDAYS and name not in _HIJRI_HOLIDAYS \
            and name not in _COMPUTED_HOLIDAYS:
        return None
    ref = ctx.reference
    year_word = (_g(m, "ys") or "").lower()
    if _g(m, "y") or _g(m, "yp"):
        the_year = int(_g(m, "y") or m.group("yp"))
        period, kind, confidence = holiday_period(name, the_year), "absolute", ABSOLUTE
    elif year_word:
        period = holiday_period(name, ref.year + _SHIFT[year_word])
        kind, confidence = "relative", INFERRED
    else:
        mod = (_g(m, "mod") or "").lower()
        periods = [p for y in (ref.year - 1, ref.year, ref.year + 1) if (p := holiday_period(name, y))]
        if mod == "last":
            periods = [p for p in periods if p[0] < ref][-1:]
        elif mod == "next":
            periods = [p for p in periods if p[0] > ref][:1]
        elif mod == "this":
            periods = [p for p in periods if p[0].year == ref.year]
        elif _future(m, ctx):
            periods = [p for p in periods if p[1] >= ref - timedelta(days=1)][:1]
        else:
            periods = [p for p in periods if p[0] <= ref + timedelta(days=31)][-1:]
        period = periods[0] if periods else None
        kind, confidence = "relative", INFERRED
    if not period:
        return None
    return Reading(period[0], period[1], "day", kind, confidence, _time_of_day(m))


# ---------------------------------------------------------------- seasons, decades, centuries
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}


def season_period(season: str, year: int) -> tuple[date, date]:
    """Meteorological seasons of the northern hemisphere; the winter of 2022 runs from December
    2022 into February 2023."""
    first, last = _SEASONS[season]
    end_year = year + 1 if last < first else year
    return date(year, first, 1), cal.month_period(end_year, last)[1]


def season(m, ctx):
    """in the spring of 2022 / summer 2023 / this summer / last winter / next autumn / in the
    summer (the nearest by tense)."""
    name, ref = m.group("season").lower(), ctx.reference
    part = _part((_g(m, "part") or "").lower())
    if _g(m, "y"):
        year, kind, confidence = int(m.group("y")), "absolute", ABSOLUTE
    elif _g(m, "yy"):   # the summer of '69
        year, kind, confidence = two_digit_year(int(m.group("yy")), ref), "absolute", ABSOLUTE
    else:
        mod = (_g(m, "mod") or "").lower()
        kind, confidence = "relative", INFERRED
        years = [y for y in range(ref.year - 2, ref.year + 2)]
        running = next((y for y in years if season_period(name, y)[0] <= ref <= season_period(name, y)[1]), None)
        ended = max(y for y in years if season_period(name, y)[1] < ref)
        coming = min(y for y in years if season_period(name, y)[0] > ref)
        if mod == "this":
            year = running if running is not None else (ref.year - 1 if name == "winter" and ref.month <= 6 else ref.year)
        elif mod in ("last", "past"):
            year = ended
        elif mod in ("next", "coming"):
            year = coming
        elif running is not None:
            year = running
        else:
            year = coming if _future(m, ctx) else ended
    start, end = season_period(name, year)
    if part:  # early summer: its first month; late summer: its last
        start, end = {"early": (start, cal.month_period(start.year, start.month)[1]),
                      "mid": (cal.month_period(*cal.shift_month(start.year, start.month, 1))[0],
                              cal.month_period(*cal.shift_month(start.year, start.month, 1))[1]),
                      "late": (cal.month_period(end.year, end.month)[0], end)}[part]
    return Reading(start, end, "year_part", kind, confidence, span=(min(m.start(g) for g in ("mod", "part", "season") if _g(m, g)), m.end()))


_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}


def decade_part(m, ctx):
    """the early 2000s / the mid-1980s / the late '90s: years 0-3, 4-6 or 7-9 of the decade."""
    if _g(m, "full"):
        first = int(m.group("full"))
    else:
        tens = int(m.group("dec"))
        first = 2000 + tens if 2000 + tens <= ctx.reference.year else 1900 + tens
    if first % 100 == 0 and first < 2000:   # the late 1800s: the century's last third
        lo, hi = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}[_part(m.group("part").lower())]
    else:
        lo, hi = _DECADE_PARTS[_part(m.group("part").lower())]
    return Reading(date(first + lo, 1, 1), date(first + hi, 12, 31), "decade", "absolute", ABSOLUTE)


_CENTURY_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                     "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
                     "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                     "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21}


def century(m, ctx):
    """the 19th century / the twentieth century / the early 20th century / this century / last
    century: 1801-1900 counted the way news counts, as the 1800s (1800-1899). Grain decade,
    the coarsest there is."""
    if _g(m, "cmod"):
        number = ctx.reference.year // 100 + 1 + _SHIFT[m.group("cmod").lower()]
    else:
        raw = m.group("c").lower()
        number = int(raw[:-2]) if raw[0].isdigit() else _CENTURY_ORDINALS[raw]
    first = (number - 1) * 100
    if first < 1000 or first > 2100:
        return None
    start, end = date(first, 1, 1), date(first + 99, 12, 31)
    part = _part((_g(m, "part") or "").lower())
    if part:
        lo, hi = {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}[part]
        start, end = date(first + lo, 1, 1), date(first + hi, 12, 31)
    return Reading(start, end, "decade", "absolute" if not _g(m, "cmod") else "relative", ABSOLUTE)


def relative_quarter(m, ctx):
    """this quarter / last quarter / the previous quarter / next quarter."""
    word = m.group("qmod").lower()
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "past": -1, "next": 1, "coming": 1}[word]
    index = ctx.reference.year * 4 + (ctx.reference.month - 1) // 3 + shift
    start, end = cal.quarter_period(index // 4, index % 4 + 1)
    return Reading(start, end, "quarter", "relative", INFERRED)


def unit_before_last(m, ctx):
    """the week before last / the month before last / the year before last / the week after next."""
    unit, ref = m.group("unit").lower(), ctx.reference
    shift = -2 if m.group("dir").lower() == "before last" else 2
    if unit == "week":
        monday = cal.weekday_in_week(ref, 0, shift)
        return Reading(monday, monday + timedelta(days=6), "week", "relative", INFERRED)
    if unit == "month":
        start, end = cal.month_period(*cal.shift_month(ref.year, ref.month, shift))
        return Reading(start, end, "month", "relative", INFERRED)
    start, end = cal.year_period(ref.year + shift)
    return Reading(start, end, "year", "relative", INFERRED)


def end_of_current(m, ctx):
    """the end of the month / the start of the year: the running one, or the month or year the
    text gave just before (In 2019 ... by the end of the year)."""
    ref, part = ctx.reference, _part(m.group("part").lower())
    unit = m.group("unit").lower()
    before = ctx.antecedent(m.start())
    if before and before.reading.kind == "absolute" and before.reading.grain in ("year", "month", "day"):
        if unit == "year":
            start, end = cal.year_part_period(before.reading.start.year, part)
            return Reading(start, end, "year_part", "anaphoric", ANAPHORIC)
        if before.reading.grain != "year":
            start, end = cal.month_part_period(before.reading.start.year, before.reading.start.month, part)
            return Reading(start, end, "month_part", "anaphoric", ANAPHORIC)
    if unit == "month":
        start, end = cal.month_part_period(ref.year, ref.month, part)
        return Reading(start, end, "month_part", "relative", INFERRED)
    start, end = cal.year_part_period(ref.year, part)
    return Reading(start, end, "year_part", "relative", INFERRED)


def just_now(m, ctx):
    """N hours / minutes ago or from now, just now, right now: the reference day (48 hours
    from now: two days after it)."""
    days = 0
    if _g(m, "n") and m.group("unit").lower().startswith("h"):
        days = parse_en_number(m.group("n")) // 24 * (-1 if m.group("dir").lower() == "ago" else 1)
    found = ctx.reference + timedelta(days=days)
    return Reading(found, found, "day", "relative", INFERRED)


# ---------------------------------------------------------------- the table
_MONTH_PART_WORDS = (r"(?<!\w)(?:(?P<part>(?i:early|mid|late|the\s+end\s+of|end\s+of|the\s+beginning\s+of|beginning\s+of"
                     r"|the\s+(?:first|opening|last|final|closing|waning|dying)\s+(?:few\s+)?(?:days|weeks)\s+of"
                     r"|the\s+start\s+of|start\s+of|the\s+middle\s+of|middle\s+of))[\s-]+)")
_YEAR_CONTEXT = (r"(?:(?P<yw>(?i:early|mid|late|(?:the\s+)?(?:end|beginning|start|middle|(?:first|second)\s+half"
                 r"|(?:first|opening|last|final|closing|waning|dying)\s+(?:few\s+)?(?:days|weeks))\s+of))[\s-]+"
                 r"|(?<![\w$])(?i:in|since|by|until|till|from|during|before|after|through|throughout|around|circa|year|of|or|and)\s+"
                 r"|(?<=[12][0-9]{3},\s)(?=[12][0-9]{3}(?:,\s*[12][0-9]{3})*,?\s+(?:and|or)\s+[12][0-9]{3}\b))")

# ---------------------------------------------------------------- rules: bare days, European days, shorthand offsets
AMBIGUOUS = 0.55   # the text leaves the day-month order open (8/10: August 10 or 8 October)

_WEEKDAY_BEFORE = rf"(?:\b(?:{_WEEKDAY_NAMES}|{_WEEKDAY_ABBR})|\b(?:Mo|Tu|We|Th|Fr|Sa|Su)\.)"
# words after which a bare number pair is a day: a fraction or a score does not follow them
_DAY_WORD_BEFORE = re.compile(rf"(?:(?i:\b(?:on|from|until|till|through|thru|since|dated|starting|effective|as\s+of|ab|am|due(?:\s+on)?))|{_WEEKDAY_BEFORE})\s*,?\s*\(?\s*$")
# ... and those after which it is a day unless it looks like a fraction (cut by 1/3, 1/2 and 1/4)
_WEAK_WORD_BEFORE = re.compile(r"(?:(?i:\b(?:to|by|before|after|between|and|or))|[0-9]\s*[-–])\s*$")


def _alone(m, ctx) -> bool:
    """Nothing else in the clause: a heading, a reminder, a form's field."""
    clause = re.split(r"[.;!?\n]", ctx.norm[max(0, m.start() - 60):m.start()])[-1]
    after = re.split(r"[.;!?\n]", ctx.norm[m.end():m.end() + 60])[0]
    return not clause.strip(" \t\"'([:,-–") and not after.strip(" \t\"')],:")


def _open_year_day(m, ctx, month: int, day: int, confidence: float):
    """month/day without a year: the year of the text's frame (a year opening the sentence, a
    dated day before it), else the nearest one by tense. None when no year makes it a date."""
    year = _sentence_year(m, ctx)
    if year:
        found, kind = cal.valid_date(year, month, day), "absolute"
    elif ctx.year_anchor(m.start()):
        found, kind = cal.month_day_near(ctx.year_anchor(m.start()), month, day), "absolute"
    else:
        found, kind = cal.nearest_month_day(ctx.reference, month, day, _future(m, ctx)), "relative"
    return found and Reading(found, found, "day", kind, min(confidence, INFERRED), _time_of_day(m))


_SLASH_RUN_AFTER = re.compile(r"\s*(?:-|–|(?i:to|through|until|till|thru)\b)\s*(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])(?![0-9]|/[0-9])")


_SLASH_RUN_BEFORE = re.compile(r"(?<![\w./])(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])\s*(?:-|–|(?i:to|through|until|till|thru)\b)\s*$")


def _fraction_like(a_raw: str, b_raw: str) -> bool:
    """1/3, 2/5, 7/10: the first smaller, the second at most 10, no leading zero."""
    return not (a_raw.startswith("0") or b_raw.startswith("0")) and int(a_raw) < int(b_raw) <= 10


def bare_slash_day(m, ctx):
    """8/10, 5/31, 08/05, Tuesday 8/10, 1/8 at 12pm: a month and day without a year, month first
    as in the US (a first number over 12 cannot be a month: 31/5). Only where a day is meant: after
    a day word (on, from, until, a weekday), with a clock, standing alone, or after to / by /
    before / and when it is no fraction (1/3, 2/5: the first smaller, the second at most 10, no
    leading zero). 9/11 is the attacks, not a day. Both orders real (8/10): confidence
    AMBIGUOUS, under which `timeline` reports the guess. A weekday before it is part of the
    mention (Tuesday 8/10: one day, the written date's)."""
    a_raw, b_raw = m.group("a"), m.group("b")
    a, b = int(a_raw), int(b_raw)
    if (a, b) == (9, 11) and not a_raw.startswith("0"):
        return None
    before = ctx.norm[max(0, m.start() - 24):m.start()]
    fraction = _fraction_like(a_raw, b_raw)
    # a run of two (8/10-8/12, 8/10 to 8/14) is a run of days unless both look like fractions
    run = _SLASH_RUN_AFTER.match(ctx.norm, m.end()) or _SLASH_RUN_BEFORE.search(before)
    if run and run.re is _SLASH_RUN_BEFORE:   # the run's first day after a day word: from 2/4 to 2/8
        first = max(0, m.start() - 24) + run.start()
        fraction = fraction and not _DAY_WORD_BEFORE.search(ctx.norm[max(0, first - 24):first])
    if not (_g(m, "clock") or _g(m, "wdp") or _DAY_WORD_BEFORE.search(before) or _alone(m, ctx)
            or (run and not (fraction and _fraction_like(run.group("a"), run.group("b"))))
            or (_WEAK_WORD_BEFORE.search(before) and not fraction)):
        return None
    month, day = (a, b) if a <= 12 else (b, a)
    confidence = AMBIGUOUS if a <= 12 and b <= 12 and a != b else INFERRED
    return _open_year_day(m, ctx, month, day, confidence)


def glued_day(m, ctx):
    """15SEP / 03JAN2019 / 03JAN19: the day, the month in capitals and maybe a year, no spaces."""
    return _month_day(m, ctx, int(m.group("d")), None)


def year_day_month(m, ctx):
    """2022/30/11: year, day, month, where the middle number can only be a day."""
    found = cal.valid_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    return found and Reading(found, found, "day", "absolute", ABSOLUTE, _time_of_day(m))


_LINE_START = re.compile(r"(?:^|\n)[ \t(\"']*$")


def _dotted_context(m, ctx) -> bool:
    """A European day without its year (5.8., 7. April) only where a day is meant: opening its
    line (not a numbered heading such as '2.1. The method'), after a weekday or a day word, or
    with a clock after it."""
    if _g(m, "wdp") or _g(m, "clock"):
        return True
    before = ctx.norm[max(0, m.start() - 24):m.start()]
    if _DAY_WORD_BEFORE.search(before):
        return True
    return bool(_LINE_START.search(before)) and not re.match(r"\s+[A-Z]", ctx.norm[m.end():])


def dotted_day(m, ctx):
    """European days: 5.8. / 26.11. / 5.8. - 16.8. / 5.8. - 16.8.2018 / 07.-10.08.2018 /
    Tuesday, 8.5. Day first, a dot after the month; without a year only in a day's context (see
    _dotted_context), so 'rose to 5.8.' and 'version 5.8.' stay numbers."""
    d, month = int(m.group("d")), int(m.group("m"))
    e, emonth = (int(m.group("e")), int(m.group("em"))) if _g(m, "e") else (int(m.group("d2")), month) if _g(m, "d2") else (None, None)
    year = _g(m, "ey") or _g(m, "y")
    if year:
        year = int(year)
        if not 1000 <= year <= 2100:
            return None
        if e is not None:
            end = cal.valid_date(year, emonth, e)
            start = cal.valid_date(year - (1 if (month, d) > (emonth, e) else 0), month, d)
        else:
            start = end = cal.valid_date(year, month, d)
        kind, confidence = "absolute", ABSOLUTE
    else:
        if not _dotted_context(m, ctx) and e is None:
            return None
        start = cal.nearest_month_day(ctx.reference, month, d, _future(m, ctx))
        if not start:
            return None
        end = start if e is None else cal.valid_date(start.year + (1 if (emonth, e) < (month, d) else 0), emonth, e)
        kind, confidence = "relative", INFERRED
    if not start or not end or end < start:
        return None
    return Reading(start, end, "day", kind, confidence, _time_of_day(m))


def dotted_day_month(m, ctx):
    """7. April / 3. Jan. 2018 14:30: a day with its dot before the month's name (German and
    Scandinavian usage); without a year only in a day's context (not 'He finished 7. April ...')."""
    if not _g(m, "y") and not _dotted_context(m, ctx):
        return None
    return _month_day(m, ctx, int(m.group("d")), None)


_UNITS = {"y": "year", "yr": "year", "year": "year", "mo": "month", "mon": "month", "month": "month",
          "w": "week", "wk": "week", "week": "week", "fortnight": "fortnight", "d": "day", "day": "day",
          "h": "hour", "hr": "hour", "hour": "hour", "min": "minute", "minute": "minute", "sec": "second", "second": "second"}
_WORD_NUMBER = (r"an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|ninety")
# one "N unit" of a chain: digits glued to an abbreviation (1d, 2hr, 3y) or spaced (2 hour, a week)
_UNIT_WORDS = r"(?:years?|yrs?|months?|mons?|mos?|weeks?|wks?|fortnights?|days?|hours?|hrs?|minutes?|mins?|seconds?|secs?)"
_CHAIN_ITEM = rf"(?:[0-9]{{1,5}}\s*(?:{_UNIT_WORDS}|[ywdh])|(?i:{_WORD_NUMBER})\s+(?i:{_UNIT_WORDS}))\b"
_CHAIN = rf"{_CHAIN_ITEM}(?:\s*,?\s*(?:(?i:and)\s+)?{_CHAIN_ITEM})*"
_ITEM_RE = re.compile(rf"(?:(?P<n>[0-9]{{1,5}})\s*|\b(?P<w>(?i:{_WORD_NUMBER}))\s+)(?P<u>[A-Za-z]+)")


def _chain_items(text: str):
    items = []
    for item in _ITEM_RE.finditer(text):
        word = item.group("u").lower()
        unit = _UNITS.get(word) or _UNITS.get(word[:-1] if word.endswith("s") else word)
        if unit is None:
            return None
        items.append((parse_en_number(item.group("n") or item.group("w")), unit, len(word) == 1))
    return items


def offset_chain(m, ctx):
    """Offsets of several units, or in shorthand: 2 years and 3 months ago / 1d ago /
    2 weeks 3 days from now / in 1d 2hr 5min / in 1 mon / +2 months, 5 days / +1 day 2 hour /
    -3y. The reference day moved by each unit in turn (years, months, then weeks, days and the
    hours' whole days). A signed offset must stand alone (a reminder, a form's field: +3 points
    is no date); "in" looks ahead as in five days does (a future marker, or alone); a single
    letter (1d, 3y) only with its sign or "ago", or in a chain (so "in 3d" is no date)."""
    items = _chain_items(_g(m, "chain") or _g(m, "chain2") or m.group("chain3"))
    if not items:
        return None
    direction = (_g(m, "sign") or _g(m, "in") or _g(m, "dir") or "").lower()
    if direction in ("+", "-") and not _alone(m, ctx):
        return None
    if direction in ("in", "within"):
        if len(items) == 1 and items[0][2]:
            return None
        if not _looks_ahead(m, ctx):
            return None
    sign = -1 if direction in ("-", "ago") else 1
    if len(items) == 1 and items[0][1] in ("week", "fortnight", "month", "year"):
        start, end, grain = _shifted(ctx.reference, items[0][0], items[0][1], sign)
    else:
        years = months = days = 0
        seconds = 0.0
        for n, unit, _ in items:
            if unit == "year":
                years += n
            elif unit == "month":
                months += n
            elif unit in ("week", "fortnight"):
                days += n * (14 if unit == "fortnight" else 7)
            elif unit == "day":
                days += n
            else:
                seconds += n * {"hour": 3600, "minute": 60, "second": 1}[unit]
        year, month = cal.shift_month(ctx.reference.year, ctx.reference.month, sign * (12 * years + months))
        if not 1000 <= year <= 2100:
            return None
        moved = date(year, month, min(ctx.reference.day, cal.last_day(year, month)))
        start = end = moved + timedelta(days=sign * (days + int(seconds // 86400)))
        grain = "day"
    if not 1000 <= start.year <= 2100:
        return None
    return Reading(start, end, grain, "relative", INFERRED)


# ---------------------------------------------------------------- statistics spans (issue 10)
# A span that a figure covers (exports fell in the first three months of the year; over the past
# three years the population shrank) is dated, but at STATISTIC, under the default cut, as
# Chinese does for 今年前三个月 / 过去三年: it places a statistic, not an event.
_STAT_NUMBER = (r"(?P<n>[0-9]{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty"
                r"|a\s+couple\s+of|a\s+few)")


def first_units(m, ctx):
    """the first three months of 2023 / the last two months of last year / the first nine months
    of the year (the reference's) / the first 10 days of March / the first two quarters of 2022."""
    ref = ctx.reference
    n_raw = m.group("n").lower()
    if "few" in n_raw:
        return None
    n = parse_en_number(n_raw)
    unit = m.group("unit").lower().rstrip("s")
    last = m.group("fl").lower() in ("last", "final")
    if _g(m, "mon"):                                   # of March (2023)
        year = _year(m) if _g(m, "y") else cal.nearest_month_day(ref, _month(m), 1, _future(m, ctx))
        year = year if isinstance(year, int) else (year.year if year else None)
        if not year:
            return None
        lo, hi = cal.month_period(year, _month(m))
        kind = "absolute" if _g(m, "y") else "relative"
    else:
        scope = re.sub(r"\s+", " ", m.group("scope").lower())
        if scope in ("the year", "this year"):
            year, kind = ref.year, "relative"
        elif scope == "last year":
            year, kind = ref.year - 1, "relative"
        elif scope == "next year":
            year, kind = ref.year + 1, "relative"
        elif scope.isdigit():
            year, kind = int(scope), "absolute"
        else:
            year = None
        if scope in ("the month", "this month", "last month"):
            y, mo = cal.shift_month(ref.year, ref.month, -1 if scope == "last month" else 0)
            lo, hi = cal.month_period(y, mo)
            kind = "relative"
        elif year is None or not 1000 <= year <= 2100:
            return None
        else:
            lo, hi = date(year, 1, 1), date(year, 12, 31)
    if unit == "day":
        start, end = (hi - timedelta(days=n - 1), hi) if last else (lo, lo + timedelta(days=n - 1))
        grain = "day"
    elif unit == "week":
        start, end = (hi - timedelta(days=7 * n - 1), hi) if last else (lo, lo + timedelta(days=7 * n - 1))
        grain = "week"
    else:
        months = 3 * n if unit == "quarter" else n
        if lo.month != 1 or hi.month != 12 or not 1 <= months <= 12:
            return None   # months and quarters count in a year
        start, end = (date(lo.year, 13 - months, 1), hi) if last else (lo, cal.month_period(lo.year, months)[1])
        grain = "quarter" if unit == "quarter" else "month"
    if n < 1 or start < lo or end > hi:
        return None
    return Reading(start, end, grain, kind, STATISTIC)


_SPAN_UNIT_DAYS = {"day": 1, "week": 7}


def span_from_now(m, ctx):
    """over the past three years / in the last 12 months / the previous two weeks (up to the day
    before the reference) / over the next five years / the coming three months (from the day
    after). "the last two years of his life" (of after it) is no such span."""
    ref = ctx.reference
    n = parse_en_number(m.group("n")) if _g(m, "n") else 1
    unit = m.group("unit").lower().rstrip("s")
    ahead = m.group("dir").lower() in ("next", "coming")
    if not 1 <= n <= 100:
        return None
    if unit == "decade":
        unit, n = "year", 10 * n
    span = cal.span_beside(ref, ahead, days=n * _SPAN_UNIT_DAYS.get(unit, 0),
                           months=0 if unit in _SPAN_UNIT_DAYS else n * (12 if unit == "year" else 1))
    return Reading(*span, unit, "relative", STATISTIC) if span else None


def so_far(m, ctx):
    """so far this year / this year so far / year to date / so far this month: from the start
    of the running year or month to the reference day."""
    ref = ctx.reference
    words = m.group(0).lower()
    if "month" in words:
        return Reading(date(ref.year, ref.month, 1), ref, "month_part", "relative", STATISTIC)
    return Reading(date(ref.year, 1, 1), ref, "year_part", "relative", STATISTIC)


# ---------------------------------------------------------------- breadth, sixth pass (issue 10)
_NTH = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
        "fifth": 5, "5th": 5, "last": -1, "final": -1}
_NTH_WORD = r"(?P<nth>(?i:first|second|third|fourth|fifth|last|final)|1st|2nd|3rd|4th|5th)"
# what "of" may name after "the second Monday" / "the first week": a month (and year), a year,
# or the running, last or next month or year
_OF_SCOPE = (rf"(?:{MON()}(?:,?\s+{YEAR()})?|(?P<sy>1[0-9]{{3}}|20[0-9]{{2}})\b"
             r"|(?P<scope>(?i:the|this|last|next)\s+(?:month|year))\b)")


def _scope_period(m, ctx):
    """The month or year `_OF_SCOPE` named: (start, end, unit, kind, confidence)."""
    ref = ctx.reference
    if _g(m, "mon"):
        month = _month(m)
        if _g(m, "y"):
            year, kind, confidence = _year(m), "absolute", ABSOLUTE
        elif _sentence_year(m, ctx):
            year, kind, confidence = _sentence_year(m, ctx), "absolute", INFERRED
        elif ctx.year_anchor(m.start()):
            year, kind, confidence = cal.month_near(ctx.year_anchor(m.start()), month), "absolute", INFERRED
        else:
            year, kind, confidence = cal.nearest_month(ref, month, _future(m, ctx)), "relative", INFERRED
        if not year:
            return None
        return (*cal.month_period(year, month), "month", kind, confidence)
    if _g(m, "sy"):
        year = int(m.group("sy"))
        return (*cal.year_period(year), "year", "absolute", ABSOLUTE)
    mod, unit = m.group("scope").lower().split()
    shift = 0 if mod == "the" else _SHIFT[mod]
    if unit == "month":
        return (*cal.month_period(*cal.shift_month(ref.year, ref.month, shift)), "month", "relative", INFERRED)
    return (*cal.year_period(ref.year + shift), "year", "relative", INFERRED)


def nth_weekday_of(m, ctx):
    """the second Monday of October / the first Tuesday in May 2024 / the last Friday of the
    month: the day itself (holidays and deadlines are set so)."""
    scope = _scope_period(m, ctx)
    if not scope:
        return None
    start, end, unit, kind, confidence = scope
    wd, nth = _WEEKDAYS[_weekday_name(m.group("wd"))], _NTH[m.group("nth").lower()]
    if nth > 0:
        found = start + timedelta(days=(wd - start.weekday()) % 7 + 7 * (nth - 1))
    else:
        found = end - timedelta(days=(end.weekday() - wd) % 7)
    if found > end:
        return None
    return _days(found, found, kind, confidence)


def nth_unit_of(m, ctx):
    """the first week of March (1-7) / the last week of August (its last seven days) / the last
    day of February / the first weekend of May 2022 (its first Saturday and the Sunday after)."""
    scope = _scope_period(m, ctx)
    if not scope:
        return None
    start, end, _, kind, confidence = scope
    nth, unit = _NTH[m.group("nth").lower()], m.group("unit").lower()
    if unit == "day":
        found = start + timedelta(days=nth - 1) if nth > 0 else end
        return _days(found, found, kind, confidence) if found <= end else None
    if unit == "weekend":
        if nth > 0:
            saturday = start + timedelta(days=(5 - start.weekday()) % 7 + 7 * (nth - 1))
        else:
            saturday = end - timedelta(days=(end.weekday() - 6) % 7) - timedelta(days=1)   # the last Sunday's eve
        return _days(saturday, saturday + timedelta(days=1), kind, confidence) if saturday <= end else None
    if nth > 0:
        first = start + timedelta(days=7 * (nth - 1))
        last = min(first + timedelta(days=6), end)
    else:
        first, last = end - timedelta(days=6), end
    if first > end:
        return None
    return Reading(first, last, "week", kind, confidence)


def week_of_day(m, ctx):
    """the week of March 6 (its Monday-to-Sunday week) / the week ending Sept. 3 (the seven days
    up to it) / the week beginning Monday (seven days from it)."""
    day = _month_day(m, ctx, int(m.group("d")), None) if _g(m, "d") else None
    if not day:
        return None
    how = m.group("how").lower()
    if how == "ending":
        first, last = day.start - timedelta(days=6), day.start
    elif how in ("beginning", "starting", "commencing"):
        first, last = day.start, day.start + timedelta(days=6)
    else:
        first = day.start - timedelta(days=day.start.weekday())
        last = first + timedelta(days=6)
    return Reading(first, last, "week", day.kind, day.confidence)


_YEAR_AGO_UNITS = {"week": 7, "month": None, "year": None}


def same_day_shifted(m, ctx):
    """a year ago today / a week ago yesterday / this day last year: the day itself."""
    ref = ctx.reference
    if _g(m, "dir"):   # this day last year
        n, unit, sign, base = 1, m.group("unit2").lower(), -1 if m.group("dir").lower() == "last" else 1, ref
    else:
        n, unit, sign = parse_en_number(m.group("n")), m.group("unit").lower().rstrip("s"), -1
        base = ref - timedelta(days=1) if m.group("base").lower() == "yesterday" else ref
    if unit == "week":
        found = base + timedelta(days=sign * 7 * n)
    else:
        year, month = cal.shift_month(base.year, base.month, sign * n * (12 if unit == "year" else 1))
        found = cal.valid_date(year, month, min(base.day, cal.last_day(year, month)))
    return found and _days(found, found, "relative", INFERRED)


def quarter_of_year(m, ctx):
    """the fourth quarter of last year / last year's third quarter / 2020's fourth quarter /
    1Q 2022 / 4Q22 / the second half of last year / H1 2023 / 2H22."""
    ref = ctx.reference
    if _g(m, "qy") or _g(m, "hy"):
        raw = _g(m, "qy") or m.group("hy")
        year, kind, confidence = (int(raw) if len(raw) == 4 else two_digit_year(int(raw), ref)), "absolute", ABSOLUTE
    elif _g(m, "yq"):
        year, kind, confidence = int(m.group("yq")), "absolute", ABSOLUTE
    else:
        mod = (_g(m, "ymod") or _g(m, "ymod2")).lower()
        year, kind, confidence = ref.year + _SHIFT[mod], "relative", INFERRED
    if _g(m, "half") or _g(m, "hn"):
        half = 1 if (_g(m, "hn") or m.group("half").lower()) in ("1", "first") else 2
        start, end = cal.half_year_period(year, half)
        return Reading(start, end, "half_year", kind, confidence)
    q = int(m.group("qd")) if _g(m, "qd") else _NTH[m.group("qo").lower()]
    start, end = cal.quarter_period(year, q)
    return Reading(start, end, "quarter", kind, confidence)


_DECADE_WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60,
                 "seventies": 70, "eighties": 80, "nineties": 90}


def decade_word(m, ctx):
    """the nineties / the Sixties / the late seventies / the Roaring Twenties: the latest such
    decade begun by the reference year (the twenties written in 2023 are the 2020s)."""
    tens = _DECADE_WORDS[m.group("dw").lower()]
    first = 1900 + tens if _g(m, "roaring") or 2000 + tens > ctx.reference.year else 2000 + tens
    start, end = cal.decade_period(first)
    if _g(m, "part"):
        lo, hi = _DECADE_PARTS[_part(m.group("part").lower())]
        start, end = date(first + lo, 1, 1), date(first + hi, 12, 31)
    return Reading(start, end, "decade", "absolute", INFERRED)


def era_year(m, ctx):
    """476 AD / AD 1066 / 800 CE: a year of the common era, before 1000 too."""
    year = int(_g(m, "y") or m.group("y2"))
    if not 1 <= year <= 2100:
        return None
    start, end = cal.year_period(year)
    first = m.start("y") if _g(m, "y") else m.start("ad")   # the words before it (in, since) are no part
    return Reading(start, end, "year", "absolute", ABSOLUTE, span=(first, m.end()))


def end_dash(m, ctx):
    """end-March / start-2024 / year-end / month-end (as wires and markets write them): the last
    (or first) third of the month, the year's last (first) two months."""
    part = "late" if (_g(m, "edge") or "end").lower() in ("end", "year-end", "month-end") else "early"
    ref = ctx.reference
    if _g(m, "mon"):
        month = _month(m)
        year = _year(m) if _g(m, "y") else cal.nearest_month(ref, month, _future(m, ctx))
        start, end = cal.month_part_period(year, month, part)
        return Reading(start, end, "month_part", "absolute" if _g(m, "y") else "relative", ABSOLUTE if _g(m, "y") else INFERRED)
    if _g(m, "ey"):
        start, end = cal.year_part_period(int(m.group("ey")), part)
        return Reading(start, end, "year_part", "absolute", ABSOLUTE)
    if _g(m, "unit") and m.group("unit").lower() == "month":
        start, end = cal.month_part_period(ref.year, ref.month, "late")
        return Reading(start, end, "month_part", "relative", INFERRED)
    year = int(m.group("yy2")) if _g(m, "yy2") else ref.year
    start, end = cal.year_part_period(year, "late")
    return Reading(start, end, "year_part", "absolute" if _g(m, "yy2") else "relative", ABSOLUTE if _g(m, "yy2") else INFERRED)


# year-end / month-end as a date only after a preposition (by year-end): "year-end bonuses" is a kind
_END_PREP = "(?:" + "|".join(f"(?<=\\b{p} )" for p in ("by", "at", "before", "until", "till", "after", "around", "toward",
                                                        "towards", "since", "near", "to", "from", "By", "At", "Before", "Until")) + ")"


def months_listed(m, ctx):
    """October or November 2021 / March and April, 2020: each month in the year given after the
    last (two mentions), as "Nov. 3 and 4, 2022" gives its days."""
    year = _year(m)
    if not year:
        return None
    out = []
    for s in ("1", "2"):
        start, end = cal.month_period(year, _month(m, s))
        out.append(Reading(start, end, "month", "absolute", ABSOLUTE,
                           span=(m.start(f"mon{s}"), m.end(f"mon{s}") if s == "1" else m.end())))
    return out


def apostrophe_year(m, ctx):
    """in '98 / since '05 / the class of '69: a year written with its last two digits."""
    year = two_digit_year(int(m.group("yy")), ctx.reference)
    start, end = cal.year_period(year)
    return Reading(start, end, "year", "absolute", ABSOLUTE, span=(m.start("ap"), m.end()))


def weekday_week(m, ctx):
    """Monday week / a week on Monday / Tuesday fortnight / the Monday after next (British: a week
    or two after the coming one); two Fridays ago (the one before last Friday); the weekend
    before last."""
    ref = ctx.reference
    if _g(m, "wbl"):   # the weekend before last
        saturday = (ref - timedelta(days=1) if ref.weekday() == 6 else cal.nearest_weekday(ref, 5, False)) - timedelta(days=7)
        return Reading(saturday, saturday + timedelta(days=1), "day", "relative", INFERRED)
    name = next(m.group(g) for g in ("wa", "wb", "wc", "wd") if _g(m, g))
    wd = _WEEKDAYS[_weekday_name(name.rstrip("s") if _g(m, "wd") else name)]
    if _g(m, "wd"):
        n = parse_en_number(m.group("n"))
        found = cal.nearest_weekday(ref - timedelta(days=1), wd, False) - timedelta(days=7 * (n - 1))
        return _days(found, found, "relative", INFERRED)
    unit = (_g(m, "u1") or _g(m, "u2") or "week").lower()
    coming = cal.nearest_weekday(ref + timedelta(days=1), wd, True)
    found = coming + timedelta(days=14 if unit == "fortnight" else 7)
    return _days(found, found, "relative", INFERRED)


def day_of_relative_month(m, ctx):
    """on the 15th of last month / the first of the month / the 3rd of next month."""
    ref = ctx.reference
    day = int(m.group("d")) if _g(m, "d") else _ORDINAL_DAYS[_words(m.group("dw"))]
    mod = m.group("mmod").lower()
    year, month = cal.shift_month(ref.year, ref.month, 0 if mod == "the" else _SHIFT[mod])
    found = cal.valid_date(year, month, day)
    return found and _days(found, found, "relative", INFERRED)


def days_listed_before_month(m, ctx):
    """5 and 6 January / 5, 6 and 7 January 2020: one mention per day, in the month after them."""
    last = month_day(m, ctx)
    if not last:
        return None
    out = []
    for g in ("dl1", "dl2"):
        if _g(m, g):
            found = cal.valid_date(last.start.year, last.start.month, int(m.group(g)))
            if not found or found >= last.start or (out and found <= out[-1].start):
                return None
            out.append(Reading(found, found, "day", last.kind, last.confidence, span=m.span(g)))
    out.append(Reading(last.start, last.end, "day", last.kind, last.confidence, last.time_of_day, span=(m.start("d"), m.end())))
    return out


class _QuarterMatch:
    """en_quarter_of_year's alternatives name the same parts apart (qo / qo2 ...): one view."""
    _SAME = {"qo": "qo2", "half": "half2", "hn": "hn2", "hy": "hy2"}

    def __init__(self, m):
        self.m = m

    def groupdict(self):
        d = dict(self.m.groupdict())
        for a, b in self._SAME.items():
            d[a] = d.get(a) or d.get(b)
        return d

    def group(self, name):
        return self.groupdict()[name]

RULES: tuple[Rule, ...] = (
    # A wire dateline opening a paragraph (TOKYO, Aug 24 (Reuters) -) says when the report was
    # filed, i.e. its publication day: no event happened on it.
    Rule("en_dateline", r"(?:(?<=\n)|(?<![\s\S]))\s*[A-Z][A-Za-z .'-]{1,30},\s*"
         rf"(?:[A-Z][A-Za-z .'-]{{1,30}},\s*)?{MON()}\s*{DAY()}(?:,?\s+{YEAR()})?\s*"
         r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|UPI|CNN|BBC)\)", None,
         (("TOKYO, Aug 24 (Reuters) - Japan began", "-"), ("SEOUL, South Korea, Sept. 13 (AP) —", "-")),
         silent=True),
    Rule("en_month_day", rf"{_WEEKDAY_PREFIX}{MON()}\s*(?:(?i:the)\s+(?=[0-9]{{1,2}}(?:st|nd|rd|th)\b))?{DAY()}{DAY_RANGE}(?:(?:\s*,\s*|\s+)(?:{YEAR()}|{_SHORT_YEAR})|{_REL_YEAR})?{TIME_OF_DAY}", month_day,
         (("September 13, 2023", "2023-09-13 day"), ("Sept. 13", "2023-09-13 day"), ("Feb 4-5", "2023-02-04..2023-02-05 day"),
          ("Wednesday, Sept. 13", "2023-09-13 day"), ("Dec. 30", "2022-12-30 day"), ("Jan 5 , 2019", "2019-01-05 day"),
          ("Jan5 2019", "2019-01-05 day"), ("december 6", "2022-12-06 day"), ("Tue Jan 5, 2021", "2021-01-05 day"),
          ("Aug 9, '96", "1996-08-09 day"), ("Aug 9, 96", "1996-08-09 day"), ("September the 12th", "2023-09-12 day"),
          ("March 3 last year", "2022-03-03 day"), ("Oct. 2 of next year", "2024-10-02 day")),
         anaphoric=True),
    # "March 3, 12 people died": a comma before a count is no list of days
    Rule("en_days_listed", rf"{MON()}\s*{DAY()}\s*(?:,(?!\s*[0-9]+\s+(?!and\b|or\b)[a-z])|and|or|&)\s*(?P<dl>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b"
         rf"(?!\s*(?:{_MONTH_NAMES}))(?:,?\s+{YEAR()})?", days_listed,
         (("Sept. 17 or 18", "2023-09-18 day"), ("Nov. 3 and 4, 2022", "2022-11-04 day")),
         anaphoric=True),
    Rule("en_day_month", rf"{_WEEKDAY_PREFIX}(?:the\s+)?\b{DAY()}{DAY_RANGE}\s+(?:of\s+)?{MON_AFTER_DAY()}(?:(?:\s*,\s*|\s+)(?:{YEAR()}|{_SHORT_YEAR})|{_REL_YEAR})?{TIME_OF_DAY}",
         month_day,
         (("13 September 2023", "2023-09-13 day"), ("4-5 February", "2023-02-04..2023-02-05 day"),
          ("the 13th of September", "2023-09-13 day"), ("3rd Feb 82", "1982-02-03 day"), ("19 dec", "2022-12-19 day"),
          ("3 jan 2018", "2018-01-03 day"), ("12 March this year", "2023-03-12 day")),
         anaphoric=True),
    # a day written as an ordinal word: after its month (May eighth) or before it with "of" or a
    # year (the fifth of May, eighth to eleventh May 2010); "the second May election" is no date
    Rule("en_month_ordinal_word", rf"{_WEEKDAY_PREFIX}{MON()}\s+(?:(?i:the)\s+)?{ORDINAL_WORD_DAY()}"
         rf"(?:\s*(?:-|–|(?i:to|through|until))\s*{ORDINAL_WORD_DAY('2')})?(?:,?\s+{YEAR()})?", ordinal_word_day,
         (("May eighth", "2023-05-08 day"), ("May eighth - tenth, 2010", "2010-05-08..2010-05-10 day"),
          ("September twenty-first", "2023-09-21 day")), anaphoric=True),
    Rule("en_ordinal_word_month", rf"\b{ORDINAL_WORD_DAY()}(?:\s*(?:-|–|(?i:to|through|until))\s*(?:(?i:the)\s+)?"
         rf"{ORDINAL_WORD_DAY('2')})?\s+(?:(?P<of>(?i:of))\s+)?{MON()}(?:,?\s+{YEAR()})?", ordinal_word_day,
         (("fifth of May", "2023-05-05 day"), ("Eighth to eleventh May 2010", "2010-05-08..2010-05-11 day"),
          ("the second May election", "-")), anaphoric=True),
    Rule("en_day_mon_year", rf"(?<![0-9])(?:(?P<d>3[01]|[12][0-9]|0?[1-9])(?P<sep>[-/])(?P<mon>{_MONTH_NAMES}|(?i:{_SAFE_MONTHS}))\b"
         r"(?:(?P=sep)(?P<y>1[0-9]{3}|20[0-9]{2}|[0-9]{2})(?![0-9])|\s+(?P<y4>1[0-9]{3}|20[0-9]{2})\b|(?![-/]?[0-9]))"
         rf"|(?P<mon2>{_FULL_MONTHS}|(?i:{_SAFE_MONTHS})|{_MONTH_NAMES})(?P<sep2>[-/])(?P<d2>3[01]|[12][0-9]|0?[1-9])(?P=sep2)"
         r"(?P<y2>1[0-9]{3}|20[0-9]{2})(?![0-9]))", day_mon_year,
         (("5-Jan-2019", "2019-01-05 day"), ("05-Jan-19", "2019-01-05 day"), ("8/May/2018", "2018-05-08 day"),
          ("8/May", "2023-05-08 day"), ("10/August 2012", "2012-08-10 day"), ("August-10-2012", "2012-08-10 day"))),
    Rule("en_between_days", rf"(?i:between)\s+(?P<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+(?i:and)\s+"
         rf"(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?{MON()}(?:(?:\s*,\s*|\s+){YEAR()})?", between_days,
         (("between 3 and 5 June", "2023-06-03..2023-06-05 day"),)),
    Rule("en_month_day_to_month_day", rf"{MON('1')}\s*(?P<d1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\s*(?:-|–|to|through|until)\s*"
         rf"{MON('2')}\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?\b(?:,?\s+{YEAR()})?", month_day_to_month_day,
         (("Aug. 30 - Sept. 2", "2023-08-30..2023-09-02 day"),)),
    Rule("en_numeric_date", rf"{_WEEKDAY_PREFIX}(?<![0-9.-])(?<![\w.]/)(?:(?P<gy>[12][0-9]{{3}})-(?P<gm>0[1-9]|1[0-2])-(?P<gd>0[1-9]|[12][0-9]|3[01])[012][0-9]:[0-5][0-9]\b"
         rf"|(?P<sy>[12][0-9]{{3}}) (?P<sm>0[1-9]|1[0-2]) (?P<sd>0[1-9]|[12][0-9]|3[01])(?![0-9]|\s*(?:%|percent|per\b|people|troops|dead|killed|tonnes|tons|km|miles|units|cases))"
         rf"|(?:(?P<iy>[12][0-9]{{3}})(?P<s1>[-/.])(?P<im>0?[1-9]|1[0-2])(?P=s1)(?P<id>0?[1-9]|[12][0-9]|3[01])"
         rf"|(?P<cy>19[0-9]{{2}}|20[0-9]{{2}})(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12][0-9]|3[01])"
         rf"|(?P<a>[0-9]{{1,2}})(?P<s2>[/.-])(?P<b>[0-9]{{1,2}})(?P=s2)(?P<ny>[12][0-9]{{3}})"
         rf"|(?P<a4>[0-9]{{2}})-(?P<b4>[0-9]{{2}})-(?P<yy4>[0-9]{{2}})"
         rf"|(?P<a2>[0-9]{{1,2}})/(?P<b2>[0-9]{{1,2}})/(?P<yy>[0-9]{{2}})|(?P<a3>[0-9]{{2}})\.(?P<b3>[0-9]{{2}})\.(?P<yy3>[0-9]{{2}}))"
         rf"(?![0-9]|[./-][0-9])){TIME_OF_DAY}", numeric_date,
         (("2023-09-13", "2023-09-13 day"), ("9/13/2023", "2023-09-13 day"), ("13/9/2023", "2023-09-13 day"),
          ("2023.09.13", "2023-09-13 day"), ("20230913", "2023-09-13 day"), ("12/25/98", "1998-12-25 day"),
          ("19.12.17", "2017-12-19 day"), ("2011 03 15", "2011-03-15 day"), ("2019-05-0708:15", "2019-05-07 day"),
          ("/09/13/2023", "2023-09-13 day"))),
    Rule("en_numeric_month", r"(?<![0-9./-])(?:(?P<y>19[0-9]{2}|20[0-9]{2})(?P<sep>[-/])(?P<m>0?[1-9]|1[0-2])"
         r"|(?P<m2>0?[1-9]|1[0-2])/(?P<y2>19[0-9]{2}|20[0-9]{2}))(?![0-9]|[-/.][0-9])",
         numeric_month, (("2019-7", "2019-07-01..2019-07-31 month"), ("2019/07", "2019-07-01..2019-07-31 month"),
                         ("09/2012", "2012-09-01..2012-09-30 month"))),
    Rule("en_month_range", rf"(?i:from|between)\s+{MON('1')}(?:\s+(?P<y1>1[0-9]{{3}}|20[0-9]{{2}}))?\s+(?i:to|and|until|through|till)\s+"
         rf"{MON('2')}(?:,?\s+(?P<y2>1[0-9]{{3}}|20[0-9]{{2}}))?\b", month_range,
         (("from June to August", "2023-06-01..2023-08-31 month"), ("between May and July 2022", "2022-05-01..2022-07-31 month"),
          ("In 2019, icebergs drifted between March and August", "2019-03-01..2019-08-31 month")),
         anaphoric=True),
    Rule("en_month", rf"(?:(?P<mod>(?i:last|this|next))\s+|{_MONTH_PART_WORDS})?{MON()}"
         rf"(?:(?:\s*,\s*|\s+|-)(?:(?i:of)\s+)?{YEAR()}|\s+(?:of\s+)?(?P<ymod>(?i:last|this|next))\s+year\b|\s+(?:'|’)(?P<yy>[0-9]{{2}})\b)?(?!\s*[0-9])",
         month_year,
         (("June", "2023-06-01..2023-06-30 month"), ("June 2023", "2023-06-01..2023-06-30 month"),
          ("late June", "2023-06-21..2023-06-30 month_part"), ("the end of June", "2023-06-21..2023-06-30 month_part"),
          ("mid-July 2021", "2021-07-11..2021-07-20 month_part"), ("in May", "2023-05-01..2023-05-31 month"),
          ("next March", "2024-03-01..2024-03-31 month"), ("July of 1995", "1995-07-01..1995-07-31 month"),
          ("September '22", "2022-09-01..2022-09-30 month")),
         anaphoric=True),
    Rule("en_year_month", rf"(?<![0-9])(?P<y>1[0-9]{{3}}|20[0-9]{{2}})\s+(?:(?P<mon>{_FULL_MONTHS}|(?i:{_SAFE_MONTHS}))\b|(?P<mab>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\b\.?(?=\s*[0-9]))(?:\s+{DAY()})?(?![0-9:])",
         year_month, (("2019 July", "2019-07-01..2019-07-31 month"), ("2019 July 4", "2019-07-04 day"), ("2014 Aug 22", "2014-08-22 day"))),
    Rule("en_quarter", r"(?:\bQ(?P<q>[1-4])(?:\s+(?:(?i:of)\s+)?(?P<y>[12][0-9]{3}))?\b|(?P<y0>[12][0-9]{3})\s+Q(?P<q2>[1-4])\b"
         r"|(?i:the\s+)?(?P<qo>(?i:first|second|third|fourth))[\s-]+(?i:quarter)(?:\s+(?i:of)\s+(?P<y1>[12][0-9]{3}))?)",
         quarter,
         (("Q3 2023", "2023-07-01..2023-09-30 quarter"), ("the third quarter of 2022", "2022-07-01..2022-09-30 quarter"))),
    Rule("en_relative_quarter", r"\b(?P<qmod>(?i:this|current|last|previous|past|next|coming))\s+(?i:quarter)\b(?!-)",
         relative_quarter, (("this quarter", "2023-07-01..2023-09-30 quarter"), ("the previous quarter", "2023-04-01..2023-06-30 quarter"))),
    Rule("en_year_range", r"(?:(?i:from\s+|(?P<btw>between)\s+))?(?<![0-9-])(?P<y1>1[0-9]{3}|20[0-9]{2})\s*(?P<join>-|–|/(?=[0-9]{2}(?![0-9]))|(?i:to|and|until|through))\s*"
         r"(?P<y2>1[0-9]{3}|20[0-9]{2}|[0-9]{2})\b(?![-/.][0-9])", year_range,
         (("2019-2022", "2019-01-01..2022-12-31 year"), ("from 2019 to 2022", "2019-01-01..2022-12-31 year"),
          ("2019-22", "2019-01-01..2022-12-31 year"))),
    Rule("en_year", rf"(?:{_YEAR_CONTEXT}{YEAR()}|(?<![\w$-]){YEAR('s')}(?='s)"
         rf"|(?<![\w$-])(?i:the)\s+(?=(?:19|20)[0-9]{{2}}\s+(?!s\b)[a-z]){YEAR('t')}"
         rf"|(?:^|(?<=[.!?]\s)|(?<=\n))(?=(?:19|20)[0-9]{{2}}(?:\s+(?:was|saw|is|has|had|will|marked|brought)\b|:\s)){YEAR('b')}"
         rf"|(?:^|(?<=\n))[ \t]*(?P<yl>1[0-9]{{3}}|20[0-9]{{2}}|2100)(?=[ \t.:]*(?:\n|$)))", year,
         (("in 1953", "1953-01-01..1953-12-31 year"), ("since 2019", "2019-01-01..2019-12-31 year"),
          ("2019's", "2019-01-01..2019-12-31 year"), ("early 2023", "2023-01-01..2023-02-28 year_part"),
          ("the first half of 2023", "2023-01-01..2023-06-30 half_year"), ("the end of 2019", "2019-11-01..2019-12-31 year_part"),
          ("the 2022 election", "2022-01-01..2022-12-31 year"), ("2019", "2019-01-01..2019-12-31 year"))),
    Rule("en_decade_part", r"\b(?i:the\s+)?(?P<part>(?i:early|mid|late))[\s-]+(?:(?P<full>1[0-9]{2}0|20[0-9]0)s|(?:'|’)(?P<dec>[0-9]0)s)\b",
         decade_part, (("the early 2000s", "2000-01-01..2003-12-31 decade"), ("the late '90s", "1997-01-01..1999-12-31 decade"),
                      ("the late 1800s", "1867-01-01..1899-12-31 decade"))),
    Rule("en_century", r"\b(?:(?i:the\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?(?P<c>1[0-9]th|2[01](?:st|th)|(?i:eighteenth|nineteenth|twentieth|twenty[-\s]first))"
         r"\s+(?i:century)|(?P<cmod>(?i:this|last|next))\s+(?i:century))\b(?!-)", century,
         (("the 19th century", "1800-01-01..1899-12-31 decade"), ("the early 20th century", "1900-01-01..1932-12-31 decade"),
          ("last century", "1900-01-01..1999-12-31 decade"))),
    Rule("en_season", rf"(?:(?P<mod>(?i:this|last|next|past|coming))\s+|(?<![\w])(?i:in|during|over|by|until|since|through|throughout|before|after|of)\s+"
         rf"(?:(?i:the)\s+)?(?:(?P<part>(?i:early|mid|late))[\s-]+)?|(?=(?i:spring|summer|autumn|fall|winter)(?:\s+(?i:of))?\s+(?:19|20)[0-9]{{2}}\b))"
         rf"(?P<season>(?i:spring|summer|autumn|fall|winter))\b(?:\s+(?:(?i:of)\s+)?(?:{YEAR()}|(?:'|’)(?P<yy>[0-9]{{2}})\b))?", season,
         (("in the spring of 2022", "2022-03-01..2022-05-31 year_part"), ("this summer", "2023-06-01..2023-08-31 year_part"),
          ("last winter", "2022-12-01..2023-02-28 year_part"), ("winter 2021", "2021-12-01..2022-02-28 year_part"))),
    Rule("en_decade", r"\b(?P<full>1[0-9]{2}0|20[0-9]0)\s?s\b|\bthe\s+(?:'|’)?(?P<dec>[0-9]0)s\b|(?<!\w)(?:'|’)(?P<dec2>[0-9]0)s\b", decade,
         (("the 1990s", "1990-01-01..1999-12-31 decade"), ("the '80s", "1980-01-01..1989-12-31 decade"),
          ("the 1800s", "1800-01-01..1899-12-31 decade"), ("the 2000s", "2000-01-01..2009-12-31 decade"))),
    Rule("en_weekday_day", rf"\b(?P<wd>{_WEEKDAY_NAMES}\b|{_WEEKDAY_ABBR}),?\s+(?P<the>(?i:the)\s+)?(?P<d>3[01]|[12][0-9]|0?[1-9])(?P<suf>st|nd|rd|th)?\b"
         rf"(?![:./-]?[0-9]|\s*(?:[ap]\.?m\b|(?:of\s+)?(?:{_MONTH_NAMES}|(?i:{_SAFE_MONTHS}))))", weekday_with_day,
         (("Saturday 2nd", "2023-09-02 day"), ("Tuesday the 12th", "2023-09-12 day"), ("Fri, the 27th", "2023-10-27 day"))),
    Rule("en_weekday_of_week", rf"{WEEKDAY},?\s+(?:(?i:of)\s+)?(?P<wmod>(?i:next|last|this))\s+(?i:week)\b(?!'s|-)", weekday_of_week,
         (("Friday next week", "2023-09-22 day"), ("Thursday of last week", "2023-09-07 day"))),
    Rule("en_week_weekday", rf"\b(?P<wmod2>(?i:next|last|this))\s+(?i:week)(?:(?:'|’)s)?\s+{WEEKDAY}", weekday_of_week,
         (("next week Thursday", "2023-09-21 day"), ("last week's Tuesday", "2023-09-05 day"))),
    Rule("en_weekday_range", rf"(?:(?P<mod>(?i:last|next|this|coming))\s+)?{WEEKDAY}\s*(?:-|–|(?i:to|through|until|till|thru)\b)\s*"
         rf"(?:(?P<mod2>(?i:next|this))\s+)?\b(?P<wd2>{_WEEKDAY_NAMES})\b(?:\s+(?P<wk>(?i:last|this|next))\s+(?i:week)\b(?!(?:'|’)s))?", weekday_range,
         (("Tuesday - Friday", "2023-09-12..2023-09-15 day"), ("next Tuesday to Friday", "2023-09-19..2023-09-22 day"),
          ("from Tuesday to Thursday last week", "2023-09-05..2023-09-07 day"), ("Monday through Wednesday next week", "2023-09-18..2023-09-20 day"))),
    Rule("en_following_weekday", rf"\b(?i:the)\s+(?i:following|next)\s+{WEEKDAY}{TIME_OF_DAY}", following_weekday,
         (("The court met on Sept. 6 and ruled the following Monday", "2023-09-11 day"),
          ("The board will meet on the following Tuesday", "2023-09-19 day")), anaphoric=True),
    Rule("en_weekday_abbr", rf"(?:(?P<mod>(?i:last|next|this|coming))\s+|(?<=\b[Oo]n\s))\b(?P<wd>{_WEEKDAY_ABBR})(?!\w)", weekday,
         (("on Tue", "2023-09-12 day"), ("next Thu", "2023-09-21 day"))),
    Rule("en_weekday", rf"(?:(?P<mod>(?i:last|next|this\s+coming|this|coming|past|previous))\s+)?{WEEKDAY}"
         rf"(?:\s*\(\s*{MON('b')}\s*(?P<db>3[01]|[12][0-9]|0?[1-9])\s*\))?{TIME_OF_DAY}",
         weekday,
         (("Wednesday", "2023-09-13 day"), ("last Friday", "2023-09-08 day"), ("next Monday", "2023-09-18 day"),
          ("Tuesday night", "2023-09-12 day"), ("Friday (Sept. 15)", "2023-09-15 day"), ("this coming Friday", "2023-09-22 day"))),
    Rule("en_relative_day", r"(?<!USA )(?<!Russia )(?<!China )\b(?P<word>(?i:the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow"
         r"|yesterday|today|tonight|tomorrow|last\s+night|last\s+evening|this\s+morning|this\s+afternoon|this\s+evening))\b" + TIME_OF_DAY,
         relative_day,
         (("yesterday", "2023-09-14 day"), ("today", "2023-09-15 day"), ("tomorrow morning", "2023-09-16 day")),
         deictic_day=True),
    Rule("en_relative_period", r"(?<![Ee]arlier )(?<![Ll]ater )\b(?P<mod>(?i:last|this|next|coming|current))\s+"
         r"(?P<unit>(?i:week|weekend|month|year))\b(?!'s\s+(?:end|start))", relative_period,
         (("last month", "2023-08-01..2023-08-31 month"), ("this week", "2023-09-11..2023-09-17 week"),
          ("last year", "2022-01-01..2022-12-31 year"), ("next week", "2023-09-18..2023-09-24 week"))),
    Rule("en_weekend", r"\b(?:(?i:over|during|at|on)\s+(?P<w>(?i:the)\s+weekend)|(?P<w2>(?i:this\s+past|the\s+past)\s+weekend))\b(?!\s+(?i:of|before|after)\b)", the_weekend,
         (("over the weekend", "2023-09-09..2023-09-10 day"), ("this past weekend", "2023-09-09..2023-09-10 day"))),
    Rule("en_holiday", rf"(?:(?P<mod>(?i:last|this|next))\s+|(?P<ys>(?i:this|last|next))\s+(?i:year)(?:'|’)s\s+)?(?<!month of )\b(?P<hol>{HOLIDAY_NAMES})\b"
         rf"(?:(?:\s*,\s*|\s+)(?:(?i:of)\s+)?{YEAR()})?{TIME_OF_DAY}", holiday,
         (("Christmas", "2022-12-25 day"), ("Christmas Eve 2019", "2019-12-24 day"), ("next Halloween", "2023-10-31 day"),
          ("Thanksgiving", "2022-11-24 day"), ("Independence Day 2014", "2014-07-04 day"), ("this year's Labor Day", "2023-09-04 day"),
          ("Easter 2024", "2024-03-31 day"), ("Ramadan 2024", "2024-03-11..2024-04-09 day"), ("Eid al-Fitr 2023", "2023-04-21 day"))),
    Rule("en_unit_before_last", r"\b(?i:the)\s+(?P<unit>(?i:week|month|year))\s+(?P<dir>(?i:before\s+last|after\s+next))\b",
         unit_before_last, (("the week before last", "2023-08-28..2023-09-03 week"), ("the year before last", "2021-01-01..2021-12-31 year"))),
    Rule("en_end_of_current", r"\b(?:(?i:the)\s+)?(?P<part>(?i:end|beginning|start|middle))\s+(?i:of)\s+(?:(?i:the)\s+)?(?P<unit>(?i:month|year))\b(?![-\s](?i:exams?|results|figures|reports?|bonus(?:es)?|party|review|sales?|deadline)\b)",
         end_of_current, (("the end of the month", "2023-09-21..2023-09-30 month_part"), ("the end of the year", "2023-11-01..2023-12-31 year_part"),
                         ("by end of month", "2023-09-21..2023-09-30 month_part"), ("end of year exams", "-")),
         anaphoric=True),
    Rule("en_hours_ago", r"\b(?:(?P<half>(?i:half\s+an))|(?P<n>(?:[0-9]{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|ninety)"
         r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?))\s+(?P<unit>(?i:hours?|hrs?|minutes?|mins?|seconds?|secs?))\s+(?P<dir>(?i:ago|from\s+now))\b", just_now,
         (("two hours ago", "2023-09-15 day"), ("ninety minutes ago", "2023-09-15 day"), ("half an hour ago", "2023-09-15 day"),
          ("ten minutes from now", "2023-09-15 day"))),
    Rule("en_relative_part", rf"{_MONTH_PART_WORDS}(?P<mod>(?i:last|this|next))\s+(?P<unit>(?i:month|year))\b",
         relative_part,
         (("late last year", "2022-11-01..2022-12-31 year_part"), ("early next month", "2023-10-01..2023-10-10 month_part"))),
    Rule("en_day_ordinal", rf"\b(?i:on\s+the)\s+(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?(?:{_MONTH_NAMES}))"
         r"(?!\s+(?:anniversar|birthday|centur|amendment|floor|round|straight|consecutive|time|lap|minute|inning|hole|edition|session"
         r"|annual|congress|parliament|president|day|week|month|year|overtime|attempt|place|grade|district|street|avenue|division"
         r"|fleet|army|regiment|brigade|battalion|storey|story|level|stage|episode|game|match|leg|ballot|vote|summit|meeting|hour|of\s+(?:its|his|her|their|the|a|an)\b)\w*)",
         bare_ordinal_day, (("on the 13th", "2023-09-13 day"), ("on the 20th anniversary of the attacks", "-"), ("on the 3rd floor", "-")),
         anaphoric=True),
    Rule("en_offset", rf"\b(?i:{_NUMBER})\s+(?P<unit>(?i:days?|weeks?|fortnights?|months?|years?|decades?))\s+"
         r"(?P<dir>(?i:ago|back|earlier|later|from\s+(?:now|today|tomorrow)|previously)\b|(?i:before|after)\b(?!\s+\w))",
         offset, (("two days ago", "2023-09-13 day"), ("three weeks from now", "2023-10-02..2023-10-08 week"),
                  ("a week from today", "2023-09-18..2023-09-24 week"), ("a fortnight ago", "2023-08-28..2023-09-03 week"),
                  ("two decades ago", "2003-01-01..2003-12-31 year"), ("twenty-one days ago", "2023-08-25 day")),
         anaphoric=True),
    Rule("en_in_time", rf"\b(?i:in)\s+(?i:{_NUMBER})\s+(?P<unit>(?i:days?|weeks?|months?|years?))(?:'|’)?\s+(?P<dir>(?i:time))\b",
         offset, (("in two weeks' time", "2023-09-25..2023-10-01 week"),)),
    Rule("en_in_offset", rf"\b(?i:in|within)\s+(?:(?i:about|around|roughly|some|nearly|almost|just)\s+)?"
         rf"(?:(?P<half>(?i:half\s+an))|(?P<dec>[0-9]+\.[0-9]+)(?=\s+(?i:hours?|hrs?|minutes?|mins?))|(?i:{_NUMBER}))\s+"
         r"(?P<unit>(?i:days?|weeks?|months?|years?|hours?|hrs?|minutes?|mins?|seconds?|secs?))\b"
         r"(?!\s*(?:'|’|-|(?i:time|of|after|before|later|earlier|ago|old|in\b)))",
         in_offset, (("The talks will resume in five days", "2023-09-20 day"),
                     ("We have to decide within 10 days", "2023-09-25 day"),
                     ("The ship is expected to dock within half an hour", "2023-09-15 day"))),
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
    # ---- bare days, European days, shorthand offsets (issue 10)
    Rule("en_bare_slash_day", _WEEKDAY_PREFIX + r"(?<![\w./])(?<![^0-9\s]-)(?P<a>1[0-2]|0?[1-9])/(?P<b>3[01]|[12][0-9]|0?[1-9])(?![0-9]|/[0-9]|[.,][0-9]|%)" + TIME_OF_DAY,
         bare_slash_day,
         (("The store reopened on 8/10.", "2023-08-10 day"), ("Pay by Friday 9/22", "2023-09-22 day"),
          ("Meet 1/8 at 12pm", "2023-01-08 day"), ("5/31", "2023-05-31 day"), ("cut by 1/3", "-")),
         anaphoric=True),
    Rule("en_year_day_month", r"(?<![0-9./-])(?P<y>1[0-9]{3}|20[0-9]{2})/(?P<d>1[3-9]|2[0-9]|3[01])/(?P<m>0?[1-9]|1[0-2])(?![0-9]|[/.-][0-9])" + TIME_OF_DAY,
         year_day_month, (("2022/30/11", "2022-11-30 day"),)),
    Rule("en_dotted_day", rf"{_WEEKDAY_PREFIX}(?<![\w.,/-])(?P<d>3[01]|[12][0-9]|0?[1-9])\.(?:\s*[-–]\s*(?P<d2>3[01]|[12][0-9]|0?[1-9])\.)?"
         r"(?P<m>1[0-2]|0?[1-9])\.(?:(?P<y>1[0-9]{3}|20[0-9]{2})(?![0-9]))?"
         r"(?:\s*[-–]\s*(?P<e>3[01]|[12][0-9]|0?[1-9])\.(?P<em>1[0-2]|0?[1-9])\.(?P<ey>1[0-9]{3}|20[0-9]{2})?)?(?![0-9]|\.[0-9])" + TIME_OF_DAY,
         dotted_day,
         (("26.11.", "2022-11-26 day"), ("Tuesday, 12.9.", "2023-09-12 day"), ("5.8. - 16.8.2018", "2018-08-05..2018-08-16 day"),
          ("07.-10.08.2018", "2018-08-07..2018-08-10 day"), ("Inflation rose to 5.8.", "-")),
         anaphoric=True),
    Rule("en_dotted_day_month", rf"{_WEEKDAY_PREFIX}(?<![\w.,/-])(?P<d>3[01]|[12][0-9]|0?[1-9])\.\s*{MON()}(?:\s+{YEAR()})?{TIME_OF_DAY}",
         dotted_day_month, (("7. April", "2023-04-07 day"), ("3. Jan. 2018 14:30", "2018-01-03 day")), anaphoric=True),
    Rule("en_offset_chain", rf"(?=[-+0-9aAoOtTfFsSeEnNiIwW])(?:(?<![\w+.-])(?P<sign>[+-])\s?(?=[0-9])(?P<chain>{_CHAIN})"
         rf"|\b(?P<in>(?i:in|within))\s+(?P<chain2>{_CHAIN})(?!\s*(?:'|’|-|(?i:time|of|after|before|later|earlier|ago|old)\b))"
         rf"|(?<![\w.-])(?P<chain3>{_CHAIN})\s+(?P<dir>(?i:ago|from\s+now|hence))\b)",
         offset_chain,
         (("1d ago", "2023-09-14 day"), ("2 years and 3 months ago", "2021-06-15 day"), ("+2 months, 5 days", "2023-11-20 day"),
          ("-3y", "2020-01-01..2020-12-31 year"), ("The results will come in 1d 2hr 5min", "2023-09-16 day"),
          ("2 weeks 3 days from now", "2023-10-02 day"))),
    # 15SEP / 03JAN2019 / SUN 15SEP: a day glued to a month in capitals (airline, military and
    # shipping notation)
    Rule("en_day_mon_glued", rf"(?:\b(?P<wdp>(?:MON|TUE|WED|THU|FRI|SAT|SUN)\b|{_WEEKDAY_NAMES}\b|{_WEEKDAY_ABBR}),?\s+)?(?<![\w-])"
         r"(?P<d>3[01]|[12][0-9]|0?[1-9])(?P<mon>JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
         r"(?:(?P<y>(?:19|20)[0-9]{2})|(?P<yy>[0-9]{2}))?(?![A-Za-z0-9])",
         glued_day, (("SUN 15SEP", "2023-09-15 day"), ("03JAN2019", "2019-01-03 day"), ("The flight left 03JAN19", "2019-01-03 day"),
                     ("Model 5MAX", "-")), anaphoric=True),
    # ---- breadth, sixth pass (issue 10)
    Rule("en_nth_weekday_of", rf"\b(?i:the)\s+{_NTH_WORD}\s+{WEEKDAY}\s+(?i:of|in)\s+{_OF_SCOPE}", nth_weekday_of,
         (("on the second Monday of October", "2022-10-10 day"), ("the first Tuesday in May 2024", "2024-05-07 day"),
          ("the last Friday of the month", "2023-09-29 day"), ("the last Monday of May", "2023-05-29 day")),
         anaphoric=True),
    Rule("en_nth_unit_of", rf"\b(?i:the)\s+{_NTH_WORD}\s+(?P<unit>(?i:week|day|weekend))\s+(?i:of|in)\s+{_OF_SCOPE}", nth_unit_of,
         (("in the last week of August", "2023-08-25..2023-08-31 week"), ("the first week of September 2022", "2022-09-01..2022-09-07 week"),
          ("on the last day of February", "2023-02-28 day"), ("the first weekend of July", "2023-07-01..2023-07-02 day"),
          ("the first day of next month", "2023-10-01 day"), ("the last day of the year", "2023-12-31 day")),
         anaphoric=True),
    Rule("en_week_of_day", rf"\b(?i:the)\s+(?i:week)\s+(?P<how>(?i:of|ending|beginning|starting|commencing))\s+{MON()}\s*{DAY()}(?:,?\s+{YEAR()})?",
         week_of_day,
         (("the week of March 6", "2023-03-06..2023-03-12 week"), ("in the week ending Sept. 3", "2023-08-28..2023-09-03 week"),
          ("the week beginning Sept. 4, 2023", "2023-09-04..2023-09-10 week")), anaphoric=True),
    Rule("en_same_day_shifted", r"\b(?:(?P<n>(?i:an?|one|two|three|four|five|six|[1-9]))\s+(?P<unit>(?i:weeks?|months?|years?))\s+(?i:ago)\s+(?P<base>(?i:today|yesterday))"
         r"|(?i:this\s+(?:very\s+)?day)\s+(?P<dir>(?i:last|next))\s+(?P<unit2>(?i:week|month|year)))\b", same_day_shifted,
         (("a year ago today", "2022-09-15 day"), ("this day last year", "2022-09-15 day"), ("a week ago yesterday", "2023-09-07 day"))),
    Rule("en_quarter_of_year", r"(?:\b(?:(?P<yq>[12][0-9]{3})|(?P<ymod2>(?i:last|this|next))\s+(?i:year))(?:'|’)s\s+(?:(?P<qo>(?i:first|second|third|fourth))[\s-]+(?i:quarter)|(?P<half>(?i:first|second))\s+(?i:half))"
         r"|\b(?i:the)\s+(?:(?P<qo2>(?i:first|second|third|fourth))[\s-]+(?i:quarter)|(?P<half2>(?i:first|second))\s+(?i:half))\s+(?i:of)\s+(?P<ymod>(?i:last|this|next))\s+(?i:year)"
         r"|(?<![\w-])(?P<qd>[1-4])Q\s?(?:'|’)?(?P<qy>20[0-9]{2}|[0-9]{2})|(?<![\w-])(?:H(?P<hn>[12])\s?(?:'|’)?(?P<hy>20[0-9]{2}|[0-9]{2})|(?P<hn2>[12])H\s?(?:'|’)?(?P<hy2>20[0-9]{2}|[0-9]{2})))\b",
         lambda m, ctx: quarter_of_year(_QuarterMatch(m), ctx),
         (("the fourth quarter of last year", "2022-10-01..2022-12-31 quarter"), ("2020's fourth quarter", "2020-10-01..2020-12-31 quarter"),
          ("last year's third quarter", "2022-07-01..2022-09-30 quarter"), ("the second half of last year", "2022-07-01..2022-12-31 half_year"),
          ("H1 2023", "2023-01-01..2023-06-30 half_year"), ("2Q 2022", "2022-04-01..2022-06-30 quarter"), ("4Q22", "2022-10-01..2022-12-31 quarter"),
          ("1H23", "2023-01-01..2023-06-30 half_year"))),
    Rule("en_decade_word", r"\b(?i:the)\s+(?:(?P<roaring>(?i:roaring))\s+|(?P<part>(?i:early|mid|late))[\s-]+)?(?P<dw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\b",
         decade_word, (("in the nineties", "1990-01-01..1999-12-31 decade"), ("the late Seventies", "1977-01-01..1979-12-31 decade"),
                       ("the Roaring Twenties", "1920-01-01..1929-12-31 decade"))),
    Rule("en_era_year", r"(?:(?<![\w])(?i:in|since|by|from|until|around|circa|after|before|of)\s+)?\b(?:(?P<y>[1-9][0-9]{0,3})\s*(?:AD|A\.D\.|CE|C\.E\.)(?!\w)|(?P<ad>AD|A\.D\.)\s*(?P<y2>[1-9][0-9]{0,3})\b)", era_year,
         (("Rome fell in 476 AD", "0476-01-01..0476-12-31 year"), ("in AD 1066", "1066-01-01..1066-12-31 year"), ("800 CE", "0800-01-01..0800-12-31 year"))),
    # before the common era: no date the calendar here holds (753 BC); the number is no year either
    Rule("en_bc_year", r"(?:(?<![\w])(?i:in|since|by|from|until|around|circa|after|before|of)\s+)?\b[0-9]{1,4}\s*(?:BC|B\.C\.|BCE|B\.C\.E\.)(?![\w])", None, (("Rome was founded in 753 BC", "-"), ("in 2012 BCE", "-")), silent=True),
    # named days that are events, not calendar days (Black Monday 1987, Bloody Sunday, Super Tuesday)
    Rule("en_event_weekday", r"\b(?:Black\s+(?:Monday|Tuesday|Wednesday|Thursday|Saturday|Sunday)|Bloody\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
         r"|Super\s+(?:Tuesday|Saturday|Sunday)|Blue\s+Monday|Manic\s+Monday)\b", None,
         (("Super Tuesday voters went to the polls", "-"), ("since Bloody Sunday", "-")), silent=True),
    Rule("en_months_listed", rf"{MON('1')}\s*(?:,\s*|\s+(?i:and|or|&)\s+){MON('2')}(?:\s*,\s*|\s+){YEAR()}", months_listed,
         (("October or November 2021", "2021-10-01..2021-10-31 month"),), anaphoric=True),
    Rule("en_apostrophe_year", r"(?<![\w$])(?i:in|since|of|until|till|by|before|after|from|during|through|around)\s+(?P<ap>'|’)(?P<yy>[0-9]{2})(?![0-9'’]|s\b)",
         apostrophe_year, (("The law passed in '98", "1998-01-01..1998-12-31 year"), ("since '05", "2005-01-01..2005-12-31 year"),
                           ("the class of '69", "1969-01-01..1969-12-31 year"))),
    Rule("en_weekday_week", rf"\b(?:(?i:a)\s+(?P<u1>(?i:week|fortnight))\s+(?i:on)\s+(?P<wa>{_WEEKDAY_NAMES})\b"
         rf"|(?P<wb>{_WEEKDAY_NAMES})\s+(?P<u2>week|fortnight)\b(?!(?:'|’)s|-|\s+(?:of|end|day|long|ahead|earlier|later|ago|after|before)\b)"
         rf"|(?i:the)\s+(?P<wc>{_WEEKDAY_NAMES})\s+(?i:after)\s+(?i:next)\b"
         rf"|(?P<n>(?i:two|three|four|[2-4]))\s+(?P<wd>(?i:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays))\s+(?i:ago)\b"
         r"|(?P<wbl>(?i:the)\s+(?i:weekend)\s+(?i:before)\s+(?i:last)\b))", weekday_week,
         (("The match is on Monday week", "2023-09-25 day"), ("a week on Tuesday", "2023-09-26 day"), ("Tuesday fortnight", "2023-10-03 day"),
          ("the Monday after next", "2023-09-25 day"), ("two Fridays ago", "2023-09-01 day"), ("the weekend before last", "2023-09-02..2023-09-03 day"))),
    Rule("en_day_of_relative_month", rf"\b(?:(?i:on)\s+)?(?i:the)\s+(?:(?P<d>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)|{ORDINAL_WORD_DAY()})\s+(?i:of)\s+(?P<mmod>(?i:last|this|next|the))\s+(?i:month)\b",
         day_of_relative_month, (("on the 15th of last month", "2023-08-15 day"), ("the first of next month", "2023-10-01 day"),
                                 ("the 3rd of this month", "2023-09-03 day"))),
    Rule("en_days_listed_before_month", rf"\b(?P<dl1>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?:\s*,\s*(?P<dl2>3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?)?\s*,?\s+(?i:and|or|&)\s+"
         rf"{DAY()}\s+(?:of\s+)?{MON_AFTER_DAY()}(?:(?:\s*,\s*|\s+){YEAR()})?", days_listed_before_month,
         (("on 5 and 6 January", "2023-01-05 day"),), anaphoric=True),
    # moments ago / minutes ago / a few hours ago / an hour and a half ago: the reference day
    Rule("en_moments_ago", r"\b(?:(?i:just|only|a\s+few)\s+)?(?:(?i:moments|minutes|seconds|hours|a\s+moment)|(?i:an?|one)\s+(?i:hour)\s+(?i:and\s+a\s+half))\s+(?i:ago)\b",
         just_now, (("Moments ago, the ministry said", "2023-09-15 day"), ("an hour and a half ago", "2023-09-15 day"),
                    ("a few hours ago", "2023-09-15 day"))),
    # a habit is no date: every Monday / each Friday / on Mondays / the first Tuesday of every month
    Rule("en_habitual", rf"\b(?:(?i:every|each)\s+(?:other\s+)?{_WEEKDAY_NAMES}\b"
         rf"|(?i:the)\s+{_NTH_WORD}\s+{_WEEKDAY_NAMES}\s+(?i:of|in)\s+(?i:every|each)\s+(?i:month)\b)", None,
         (("The group meets every Monday", "-"), ("on the first Tuesday of every month", "-"), ("each Friday", "-")), silent=True),
    Rule("en_end_dash", rf"(?:\b(?P<edge>(?i:end|start|beginning))-(?:{MON()}(?:\s+{YEAR()})?|(?P<ey>1[0-9]{{3}}|20[0-9]{{2}})\b)"
         r"|" + _END_PREP + r"(?:\b(?P<unit>(?i:year|month))[-\s](?i:end)\b(?:\s+(?P<yy2>20[0-9]{2})\b)?|\b(?i:the\s+)?(?i:year)(?:'|’)s\s+(?i:end)\b))",
         end_dash, (("by end-March", "2023-03-21..2023-03-31 month_part"), ("end-2024", "2024-11-01..2024-12-31 year_part"),
                    ("by year-end", "2023-11-01..2023-12-31 year_part"), ("at month-end", "2023-09-21..2023-09-30 month_part"),
                    ("at year-end 2022", "2022-11-01..2022-12-31 year_part"), ("Year-end bonuses were cut", "-"))),
    # ---- statistics spans (issue 10), at STATISTIC: under the default cut
    Rule("en_first_units", rf"\b(?i:the) (?P<fl>(?i:first|last|final)) {_STAT_NUMBER}\s+(?P<unit>(?i:months|quarters|weeks|days))\s+(?i:of)\s+"
         rf"(?:{MON()}(?:,?\s+{YEAR()})?|(?P<scope>(?i:the\s+year|this\s+year|last\s+year|next\s+year|the\s+month|this\s+month|last\s+month)\b|(?:1[0-9]{{3}}|20[0-9]{{2}})\b))",
         first_units,
         (("Exports fell 5% in the first three months of 2023", "2023-01-01..2023-03-31 month"),
          ("the last two months of last year", "2022-11-01..2022-12-31 month"),
          ("the first 10 days of March", "2023-03-01..2023-03-10 day"),
          ("the first two quarters of 2022", "2022-01-01..2022-06-30 quarter"))),
    Rule("en_span_from_now", r"\b(?i:the) (?P<dir>(?i:past|last|previous|next|coming)) (?:" + _STAT_NUMBER + r"\s+)?"
         r"(?P<unit>(?i:days?|weeks?|months?|years?|decades?))\b(?!\s+(?i:of|before|after|alone|old)\b|'|’|-)", span_from_now,
         (("Over the past three years the town shrank", "2020-09-15..2023-09-14 year"),
          ("in the last 12 months", "2022-09-15..2023-09-14 month"),
          ("over the next five years", "2023-09-16..2028-09-15 year"),
          ("the previous two weeks", "2023-09-01..2023-09-14 week"))),
    Rule("en_so_far", r"\b(?i:so far\s+this\s+(?:year|month)|this\s+(?:year|month)\s+so far|year[\s-]to[ -]date)\b", so_far,
         (("Sales are up 4% so far this year", "2023-01-01..2023-09-15 year_part"),
          ("so far this month", "2023-09-01..2023-09-15 month_part"))),
)


# Each rule's anchor: a cheap search found in every match of the rule. A sentence holding none
# is done after one search; a rule whose anchor is absent is skipped, and in long texts run only
# around its anchors (tests/test_dater_rules.py checks that this never changes the result).
def _cased(*words: str) -> str:
    """An anchor for words in lower case, capitalised or in capitals, written as plain literals:
    a regex of literal alternatives is scanned several times faster than a (?i:...) one (its
    first characters are known), and the anchors are searched in every text."""
    return "|".join(f"{w}|{w.capitalize()}|{w.upper()}" for w in words)


def _cased_phrases(*phrases: str) -> str:
    """Like _cased, for phrases: each in lower case, with its first letter capitalised, and in
    capitals (a space in a phrase stands for the pattern's single space)."""
    return "|".join(re.escape(v) for p in phrases for v in dict.fromkeys((p, p[0].upper() + p[1:], p.upper())))


_MONTH_ANCHOR = (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
                 rf"|(?i:{_SAFE_MONTHS})|(?:may|march|august)\s*[0-9]"
                 r"|(?:(?<=[0-9]\s)|(?<=[0-9](?:st|nd|rd|th)\s))(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))")   # 19 dec
_NUMERIC_ANCHOR = r"[0-9][-/.][0-9]|(?:19|20)[0-9]{6}|[0-9]{4} [0-9]{2} [0-9]{2}"
_WEEKDAY_ANCHOR = _cased("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_ANCHORS = {
    "en_dateline": r"\((?:Reuters|AP|AFP|Bloomberg|Xinhua|Kyodo|Yonhap|dpa|UPI|CNN|BBC)\)",
    **dict.fromkeys(("en_month_day", "en_days_listed", "en_month_ordinal_word", "en_ordinal_word_month", "en_day_month", "en_day_mon_year", "en_between_days",
                     "en_month_day_to_month_day", "en_month_range", "en_month", "en_year_month"), _MONTH_ANCHOR),
    "en_numeric_date": _NUMERIC_ANCHOR, "en_numeric_month": r"[12][0-9]{3}[-/][0-9]|[0-9]/[12][0-9]{3}",
    **dict.fromkeys(("en_year_range", "en_year"), r"[12][0-9]{3}"),
    **dict.fromkeys(("en_decade", "en_decade_part"), r"[0-9]0\s?s\b"),
    "en_day_ordinal": r"[0-9](?:st|nd|rd|th)\b",
    **dict.fromkeys(("en_weekday_day", "en_weekday_of_week", "en_week_weekday", "en_weekday_range",
                     "en_weekday_abbr", "en_weekday", "en_following_weekday"), _WEEKDAY_ANCHOR),
    "en_quarter": r"Q[1-4]|(?i:quarter)", "en_relative_quarter": r"(?i:quarter)", "en_century": r"(?i:centur)",
    "en_season": _cased("spring", "summer", "autumn", "fall", "winter"),
    "en_relative_day": _cased("yesterday", "today", "tonight", "tomorrow", "night", "morning", "afternoon", "evening"),
    "en_relative_period": _cased("week", "month", "year"), "en_weekend": _cased("weekend"),
    "en_holiday": r"Day|Eve|Christmas|Halloween|Thanksgiving|Juneteenth|Easter|Ramadan|Eid|Fourth|Friday|Birthday"
                  r"|Palm|Ash|Shrove|Gras|Maundy|Holy|Ascension|Pentecost|Whit|Black|Cyber|Remembrance|New\s+Year|Women",
    "en_unit_before_last": r"(?i:before\s+last|after\s+next)", "en_end_of_current": r"(?i:of\s+(?:the\s+)?(?:month|year))",
    "en_hours_ago": r"(?i:ago|from\s+now)", "en_relative_part": r"(?i:(?:last|this|next)\s+(?:month|year))",
    "en_offset": rf"(?:{_cased('day', 'week', 'fortnight', 'month', 'year', 'decade')})s?\s+(?i:ago|back|earlier|later|from|previously|before|after)",
    "en_in_time": r"(?i:time)",
    "en_in_offset": r"\b(?i:in|within)\s+(?i:about|around|roughly|some|nearly|almost|just|half|an?\b|[0-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|[a-z]+ty)", "en_part_of_current": r"(?i:(?:earlier|later)\s+this)",
    "en_offset_from_clause": r"(?i:days?|weeks?)\s+(?i:after|before)",
    "en_anaphoric": r"(?i:the\s+(?:next|following|previous|same|day|year)|that\s+(?:same|day|year|morning|afternoon|evening|night))",
    # the numeric rules share en_numeric_date's anchor, the dotted day-month the months': one search each
    **dict.fromkeys(("en_bare_slash_day", "en_year_day_month", "en_dotted_day"), _NUMERIC_ANCHOR),
    "en_dotted_day_month": _MONTH_ANCHOR,
    "en_day_mon_glued": "JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC",
    # literal first characters: a fast scan
    "en_first_units": r"he first |he last |he final |HE FIRST |HE LAST |HE FINAL ",
    "en_span_from_now": r"he past |he last |he previous |he next |he coming |HE PAST |HE LAST |HE PREVIOUS |HE NEXT |HE COMING ",
    "en_so_far": r"so far|So far|SO FAR|to date|to-date|To date|To-date|TO DATE|TO-DATE",
    # a sign before a number, "ago / from now / hence", or in / within before a number and unit
    # literal first characters (a fast scan): a sign before a digit, ago / hence / from now, in or
    # within before a number
    "en_offset_chain": rf"ago\b|hence\b|from\s+now|[+-]\s?[0-9]|[Ii]n\s+(?:[0-9]|(?i:{_WORD_NUMBER})\b)|[Ww]ithin\s+(?:[0-9]|(?i:{_WORD_NUMBER})\b)",
    # the sixth pass's rules: anchors as specific as their patterns allow (English sentences are
    # short, so a rule whose anchor is found runs over the whole sentence), written as literals in
    # lower case, capitalised and capitals (_cased_phrases), as the older anchors are
    "en_moments_ago": _cased("ago"), "en_apostrophe_year": r"\s['’][0-9]{2}",
    "en_weekday_week": _cased("week", "fortnight") + "|" + _cased_phrases("after next", "days ago"),
    **dict.fromkeys(("en_nth_weekday_of", "en_nth_unit_of"), _cased_phrases("day of", "day in", "eek of", "eek in", "end of", "end in")),
    "en_day_of_relative_month": _cased_phrases("of last month", "of this month", "of next month", "of the month"),
    "en_days_listed_before_month": r"[0-9](?:st|nd|rd|th)?\s*,?\s+(?:and|or|&|AND|OR|And|Or)\s+[0-9]",
    "en_months_listed": r"(?:and|or|&|,)\s*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC"
                        r"|may|march|august|january|february|april|june|july|september|october|november|december)",
    "en_week_of_day": _cased_phrases("week of", "week ending", "week beginning", "week starting", "week commencing"),
    "en_same_day_shifted": _cased_phrases("ago today", "ago yesterday", "day last", "day next"),
    "en_quarter_of_year": _cased("quarter", "half") + "|1Q|2Q|3Q|4Q|H1|H2|1H|2H", "en_decade_word": _cased("ties"),
    "en_habitual": _cased("every", "each"), "en_era_year": r"AD|A\.D\.|CE|C\.E\.", "en_bc_year": r"BC|B\.C\.", "en_event_weekday": r"Black|Bloody|Super|Blue|Manic",
    "en_end_dash": _cased_phrases("end-", "tart-", "eginning-", "ear-end", "ear end", "onth-end", "onth end", "'s end", "’s end"),
}
RULES = tuple(dataclasses.replace(rule, anchor=_ANCHORS[rule.name]) for rule in RULES)

LANGUAGE = Language(
    rules=RULES,
    # modals look ahead too (could reopen by the end of May), unless negated or perfect; lower
    # case only, so the month May is no modal
    # a scheduling verb in the present right before the date (takes effect Monday, the ban begins on
    # Friday, comes into force in June) tells what is set to happen
    future_before=re.compile(rf"(?i:{FUTURE_WORDS})|\b(?:could|would|might|may|should)\b(?!\s+(?:not|have)\b)"
                             r"|\b(?i:takes\s+effect|comes\s+into\s+(?:force|effect)|goes\s+into\s+effect|begins|starts|opens|closes|ends|expires"
                             r"|resumes|reopens|kicks\s+off)\s+(?:(?i:on|in|from|at)\s+)?$"),
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
    range_joiner=re.compile(r"\s*(?:-|–|—|(?i:to|through|until|till|thru))\s*"),
    range_and=re.compile(r"\s+(?i:and)\s+"),
    range_opener=re.compile(r"\b(?i:between)\s+$"),
    offset_before=OFFSET_BEFORE_DAY,
    shift_by=shift_by,
)

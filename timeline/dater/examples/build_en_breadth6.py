"""Writes en_breadth6.tsv: the English families of issue 10's sixth pass, in past and future
sentence frames at several reference days. The expected values are worked out here by calendar
arithmetic (datetime, dateutil's Easter, borax's lunar calendar for the Lunar New Year, the US
Thanksgiving rule), not taken from the dater's output.

    python timeline/dater/examples/build_en_breadth6.py
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

from borax.calendars.lunardate import LunarDate
from dateutil.easter import easter

OUT = Path(__file__).with_name("en_breadth6.tsv")
REFS = (date(2024, 6, 12), date(2021, 11, 3), date(2019, 2, 20))
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": -1}
PAST = ("The board met on {x}.", "Voters went to the polls on {x}, officials said.")
FUTURE = ("The board will meet on {x}.", "The summit is expected to open on {x}.")
lines: list[str] = []


def d(x: date) -> str:
    return x.isoformat()


def day(x: date) -> str:
    return f"{d(x)} day"


def span(a: date, b: date, grain: str) -> str:
    return f"{d(a)}..{d(b)} {grain}"


def add(text: str, ref: date, *items: tuple[str, str]):
    expected = " | ".join(f"{e} = {v}" for e, v in items) if items else "-"
    lines.append(f"{text}\t{d(ref)}\t{expected}")


def month_last(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def past_month_year(ref, m):       # the last such month begun by the reference day
    return ref.year if m <= ref.month else ref.year - 1


def future_month_year(ref, m):     # the coming (or running) such month
    return ref.year if m >= ref.month else ref.year + 1


def nth_weekday(y, m, wd, nth):
    if nth > 0:
        first = date(y, m, 1)
        return first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
    last = month_last(y, m)
    return last - timedelta(days=(last.weekday() - wd) % 7)


def thanksgiving(y):
    return nth_weekday(y, 11, 3, 4)


# ---- the Nth weekday of a month
lines.append("# English examples, issue 10 sixth pass (written by build_en_breadth6.py). Synthetic sentences.")
lines.append("# --- the second Monday of October / the last Friday of the month")
for ref in REFS:
    for nth, n in NTH.items():
        for wd_i in (0, 3, 4):
            wd = WEEKDAYS[wd_i]
            for m in (3, 10):
                mon = MONTHS[m - 1]
                x = f"the {nth} {wd} of {mon}"
                for frame in PAST:
                    y = past_month_year(ref, m)
                    add(frame.format(x=x), ref, (x, day(nth_weekday(y, m, wd_i, n))))
                for frame in FUTURE[:1]:
                    y = future_month_year(ref, m)
                    add(frame.format(x=x), ref, (x, day(nth_weekday(y, m, wd_i, n))))
            x = f"the {nth} {wd} in May 2022"
            add(PAST[0].format(x=x), ref, (x, day(nth_weekday(2022, 5, wd_i, n))))
    for scope, shift in (("the month", 0), ("next month", 1), ("last month", -1)):
        y, m = divmod(ref.year * 12 + ref.month - 1 + shift, 12)
        x = f"the last Friday of {scope}"
        add(f"Rents are due on {x}.", ref, (x, day(nth_weekday(y, m + 1, 4, -1))))
        x = f"the first Monday of {scope}"
        add(f"Rents are due on {x}.", ref, (x, day(nth_weekday(y, m + 1, 0, 1))))

# ---- the Nth week / day / weekend of a month or year
lines.append("# --- the first week of March / the last day of February / the first weekend of July")
for ref in REFS:
    for m in (2, 8, 12):
        mon = MONTHS[m - 1]
        for frame, yfun in ((PAST[0], past_month_year), (FUTURE[0], future_month_year)):
            y = yfun(ref, m)
            for nth, n in (("first", 1), ("second", 2), ("third", 3), ("last", -1)):
                x = f"the {nth} week of {mon}"
                a = date(y, m, 1) + timedelta(days=7 * (n - 1)) if n > 0 else month_last(y, m) - timedelta(days=6)
                b = min(a + timedelta(days=6), month_last(y, m))
                add(frame.format(x=x), ref, (x, span(a, b, "week")))
            x = f"the last day of {mon}"
            add(frame.format(x=x), ref, (x, day(month_last(y, m))))
            x = f"the first day of {mon}"
            add(frame.format(x=x), ref, (x, day(date(y, m, 1))))
            x = f"the first weekend of {mon}"
            sat = nth_weekday(y, m, 5, 1)
            add(frame.format(x=x), ref, (x, span(sat, sat + timedelta(days=1), "day")))
    for yr in (2016, 2022):
        x = f"the first week of {yr}"
        add(PAST[1].format(x=x), ref, (x, span(date(yr, 1, 1), date(yr, 1, 7), "week")))
        x = f"the last week of September {yr}"
        add(PAST[1].format(x=x), ref, (x, span(date(yr, 9, 24), date(yr, 9, 30), "week")))
    x = "the last day of the year"
    add(f"Filings close on {x}.", ref, (x, day(date(ref.year, 12, 31))))
    x = "the first day of next year"
    add(f"The tax takes effect on {x}.", ref, (x, day(date(ref.year + 1, 1, 1))))
    x = "the last week of last year"
    add(f"Prices fell in {x}.", ref, (x, span(date(ref.year - 1, 12, 25), date(ref.year - 1, 12, 31), "week")))

# ---- the week of / ending / beginning a day
lines.append("# --- the week of March 6 / the week ending Sept. 3 / the week beginning May 4, 2020")
for ref in REFS:
    for m, dd in ((3, 6), (9, 3), (1, 17)):
        # the dater's stated past window: the last 11 months or the next one (nearest_month_day)
        x0 = next(date(y, m, dd) for y in (ref.year - 1, ref.year, ref.year + 1)
                  if ref - timedelta(days=334) <= date(y, m, dd) <= ref + timedelta(days=31))
        mon = MONTHS[m - 1]
        x = f"the week of {mon} {dd}"
        monday = x0 - timedelta(days=x0.weekday())
        add(f"Claims rose in {x}, the data showed.", ref, (x, span(monday, monday + timedelta(days=6), "week")))
        x = f"the week ending {mon} {dd}"
        add(f"Claims rose in {x}, the data showed.", ref, (x, span(x0 - timedelta(days=6), x0, "week")))
        x = f"the week beginning {mon} {dd}, 2020"
        x1 = date(2020, m, dd)
        add(f"Claims rose in {x}, the data showed.", ref, (x, span(x1, x1 + timedelta(days=6), "week")))

# ---- a day with its year said relative to now; a month with a two-digit year
lines.append("# --- March 3 last year / 12 October of next year / Sept '22")
for ref in REFS:
    for m, dd in ((3, 3), (10, 12), (12, 31)):
        mon = MONTHS[m - 1]
        for word, shift, frame in (("last year", -1, PAST[0]), ("this year", 0, PAST[1]), ("next year", 1, FUTURE[0]),
                                   ("of last year", -1, PAST[1])):
            x = f"{mon} {dd} {word}"
            add(frame.format(x=x), ref, (x, day(date(ref.year + shift, m, dd))))
            x = f"{dd} {mon} {word}"
            add(frame.format(x=x), ref, (x, day(date(ref.year + shift, m, dd))))
for mon, m in (("September", 9), ("Sept", 9), ("March", 3), ("Dec", 12), ("June", 6)):
    for yy, yr in (("'22", 2022), ("'98", 1998), ("’05", 2005)):
        x = f"{mon} {yy}"
        a = date(yr, m, 1)
        add(f"The plant closed in {x}.", REFS[0], (x, span(a, month_last(yr, m), "month")))
for mon, m in (("September", 9), ("October", 10)):
    for ddw, dd in (("the 12th", 12), ("the 3rd", 3), ("the 21st", 21)):
        x = f"{mon} {ddw}"
        y = REFS[0].year if date(REFS[0].year, m, dd) <= REFS[0] else REFS[0].year - 1
        add(f"The plant closed on {x}.", REFS[0], (x, day(date(y, m, dd))))

# ---- a year ago today / this day last year
lines.append("# --- a year ago today / a week ago yesterday / this day last year")
for ref in REFS:
    add("A year ago today, the dam burst.", ref, ("A year ago today", day(date(ref.year - 1, ref.month, ref.day))))
    add("Exactly two years ago today the dam burst.", ref, ("two years ago today", day(date(ref.year - 2, ref.month, ref.day))))
    add("The dam burst a week ago yesterday.", ref, ("a week ago yesterday", day(ref - timedelta(days=8))))
    add("The dam burst a week ago today.", ref, ("a week ago today", day(ref - timedelta(days=7))))
    add("On this day last year the dam burst.", ref, ("this day last year", day(date(ref.year - 1, ref.month, ref.day))))
    y, mth = divmod(ref.year * 12 + ref.month - 2, 12)
    add("The dam burst a month ago today.", ref, ("a month ago today", day(date(y, mth + 1, min(ref.day, calendar.monthrange(y, mth + 1)[1])))))

# ---- quarters and halves of a year said relative to now; financial notation
lines.append("# --- the fourth quarter of last year / 2020's fourth quarter / 2Q 2022 / 4Q22 / H1 2023 / 1H23")
Q = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def quarter(y, q):
    return date(y, 3 * q - 2, 1), month_last(y, 3 * q)


for ref in REFS:
    for word, q in Q.items():
        for rel, shift in (("last year", -1), ("this year", 0), ("next year", 1)):
            x = f"the {word} quarter of {rel}"
            add(f"Profit figures for {x} were published.", ref, (x, span(*quarter(ref.year + shift, q), "quarter")))
            x = f"{rel}'s {word} quarter"
            add(f"Profit rose in {x}.", ref, (x, span(*quarter(ref.year + shift, q), "quarter")))
    for word, h in (("first", 1), ("second", 2)):
        for rel, shift in (("last year", -1), ("this year", 0), ("next year", 1)):
            x = f"the {word} half of {rel}"
            a = date(ref.year + shift, 1 if h == 1 else 7, 1)
            add(f"Profit rose in {x}.", ref, (x, span(a, month_last(a.year, 6 if h == 1 else 12), "half_year")))
for yr in (2019, 2022):
    for q in (1, 2, 3, 4):
        for form in (f"{q}Q {yr}", f"{q}Q{yr % 100:02d}", f"{q}Q '{yr % 100:02d}"):
            add(f"Sales in {form} beat forecasts.", REFS[0], (form, span(*quarter(yr, q), "quarter")))
        add(f"Profit rose in {yr}'s {list(Q)[q - 1]} quarter.", REFS[0], (f"{yr}'s {list(Q)[q - 1]} quarter", span(*quarter(yr, q), "quarter")))
    for h in (1, 2):
        a = date(yr, 1 if h == 1 else 7, 1)
        for form in (f"H{h} {yr}", f"{h}H{yr % 100:02d}", f"H{h} {yr % 100:02d}"):
            add(f"Margins narrowed in {form}.", REFS[0], (form, span(a, month_last(yr, 6 if h == 1 else 12), "half_year")))

# ---- decades in words; the 1800s as a century
lines.append("# --- the nineties / the late Seventies / the Roaring Twenties / the 1800s / the late 1800s")
WORDS = {"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
         "eighties": 80, "nineties": 90}
PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9)}
for ref in (REFS[0], REFS[2]):
    for word, tens in WORDS.items():
        first = 2000 + tens if 2000 + tens <= ref.year else 1900 + tens
        for cased in (word, word.capitalize()):
            x = f"the {cased}"
            add(f"The band was famous in {x}.", ref, (x, span(date(first, 1, 1), date(first + 9, 12, 31), "decade")))
        for part, (lo, hi) in PARTS.items():
            x = f"the {part} {word}" if part != "mid" else f"the mid-{word}"
            add(f"The band was famous in {x}.", ref, (x, span(date(first + lo, 1, 1), date(first + hi, 12, 31), "decade")))
add("The Roaring Twenties ended in a crash.", REFS[0], ("The Roaring Twenties", span(date(1920, 1, 1), date(1929, 12, 31), "decade")))
for c in (1700, 1800, 1900):
    add(f"The town grew in the {c}s.", REFS[0], (f"{c}s", span(date(c, 1, 1), date(c + 99, 12, 31), "decade")))
    for part, (lo, hi) in {"early": (0, 32), "mid": (33, 66), "late": (67, 99)}.items():
        x = f"the {part} {c}s" if part != "mid" else f"the mid-{c}s"
        add(f"The town grew in {x}.", REFS[0], (x, span(date(c + lo, 1, 1), date(c + hi, 12, 31), "decade")))
add("The town grew in the 2000s.", REFS[0], ("2000s", span(date(2000, 1, 1), date(2009, 12, 31), "decade")))

# ---- years of the common era, before 1000 too; BC years are no date
lines.append("# --- 476 AD / AD 1066 / 800 CE; 753 BC (no date)")
for yr in (79, 476, 800, 1066, 1492):
    for form in (f"{yr} AD", f"AD {yr}", f"{yr} CE", f"A.D. {yr}"):
        add(f"The city fell in {form}.", REFS[0], (form, span(date(yr, 1, 1), date(yr, 12, 31), "year")))
for form in ("753 BC", "44 B.C.", "2000 BCE", "in 1200 BC"):
    add(f"The city was founded {form}.", REFS[0])

# ---- end-March / year-end / month-end
lines.append("# --- by end-March / end-2024 / by year-end / at month-end / the year's end")
for ref in REFS:
    for m in (3, 6, 12):
        mon = MONTHS[m - 1]
        for abbr in (mon, mon[:3]):
            x = f"end-{abbr}"
            y = future_month_year(ref, m)
            add(f"The rate cut is expected by {x}, traders said.", ref, (x, span(date(y, m, 21), month_last(y, m), "month_part")))
            y = past_month_year(ref, m)
            add(f"Reserves fell at {x}, the bank said.", ref, (x, span(date(y, m, 21), month_last(y, m), "month_part")))
    for x in ("year-end", "year end", "the year's end"):
        add(f"The company will pay the debt by {x}.", ref, (x, span(date(ref.year, 11, 1), date(ref.year, 12, 31), "year_part")))
    add("Stocks are marked at month-end.", ref, ("month-end", span(date(ref.year, ref.month, 21), month_last(ref.year, ref.month), "month_part")))
    for yr in (2020, 2025):
        add(f"Debt will fall by end-{yr}.", ref, (f"end-{yr}", span(date(yr, 11, 1), date(yr, 12, 31), "year_part")))
        add(f"Debt rose at year-end {yr}.", ref, (f"year-end {yr}", span(date(yr, 11, 1), date(yr, 12, 31), "year_part")))

# ---- N weeks from a weekday
lines.append("# --- a week from Friday / two weeks from Monday")
for ref in REFS:
    for n, word in ((1, "a week"), (2, "two weeks"), (3, "3 weeks")):
        for wd_i in (0, 4):
            coming = ref + timedelta(days=(wd_i - ref.weekday()) % 7)
            x = f"{word} from {WEEKDAYS[wd_i]}"
            add(f"The vote will be held {x}.", ref, (x, day(coming + timedelta(days=7 * n))))
    wd = WEEKDAYS[(ref.weekday() + 2) % 7]
    last = ref - timedelta(days=(ref.weekday() - (ref.weekday() + 2) % 7) % 7 or 7)
    add(f"The talks lasted for two days from {wd}.", ref, (wd, day(last)))

# ---- holidays counted from Easter and Thanksgiving, fixed days, the Lunar New Year
lines.append("# --- Palm Sunday, Ash Wednesday, Pentecost, Black Friday, Cyber Monday, Remembrance Sunday, Lunar New Year ...")
EASTER = {"Palm Sunday": -7, "Ash Wednesday": -46, "Shrove Tuesday": -47, "Mardi Gras": -47, "Maundy Thursday": -3,
          "Holy Saturday": -1, "Ascension Day": 39, "Pentecost": 49, "Whit Monday": 50}
for yr in (2016, 2019, 2023, 2025):
    for name, off in EASTER.items():
        add(f"Crowds gathered on {name} {yr}.", REFS[0], (f"{name} {yr}", day(easter(yr) + timedelta(days=off))))
    add(f"Shoppers queued on Black Friday {yr}.", REFS[0], (f"Black Friday {yr}", day(thanksgiving(yr) + timedelta(days=1))))
    add(f"Sales peaked on Cyber Monday {yr}.", REFS[0], (f"Cyber Monday {yr}", day(thanksgiving(yr) + timedelta(days=4))))
    sun = nth_weekday(yr, 11, 6, 2)
    add(f"Wreaths were laid on Remembrance Sunday {yr}.", REFS[0], (f"Remembrance Sunday {yr}", day(sun)))
    lny = LunarDate(yr, 1, 1).to_solar_date()
    add(f"Fireworks lit the sky on Lunar New Year {yr}.", REFS[0], (f"Lunar New Year {yr}", day(lny)))
    add(f"Fireworks lit the sky on Chinese New Year {yr}.", REFS[0], (f"Chinese New Year {yr}", day(lny)))
    add(f"Marches were held on International Women's Day {yr}.", REFS[0], (f"International Women's Day {yr}", day(date(yr, 3, 8))))
    add(f"Volunteers planted trees on Earth Day {yr}.", REFS[0], (f"Earth Day {yr}", day(date(yr, 4, 22))))
for ref in REFS:
    past_bf = max(t for t in (thanksgiving(y) + timedelta(days=1) for y in (ref.year - 1, ref.year)) if t <= ref + timedelta(days=31))
    add("Shoppers queued on Black Friday.", ref, ("Black Friday", day(past_bf)))
    lny = [LunarDate(y, 1, 1).to_solar_date() for y in (ref.year - 1, ref.year, ref.year + 1)]
    coming = min(x for x in lny if x >= ref - timedelta(days=1))
    add("Families will gather for the Lunar New Year.", ref, ("Lunar New Year", day(coming)))
    ps = [easter(y) - timedelta(days=7) for y in (ref.year - 1, ref.year)]
    add("Crowds gathered on Palm Sunday.", ref, ("Palm Sunday", day(max(x for x in ps if x <= ref + timedelta(days=31)))))

# ---- second batch: the weekend of a day, this past weekend, lower-case months after "of",
# last evening, Weds, N units back, the first / final days of, the summer of '69, 2021/22,
# months listed before their year, the next month after a date
lines.append("# --- the weekend of Oct. 3-4 / this past weekend / the 3rd of march / last evening / Weds")


def last_weekend(ref):
    sat = ref - timedelta(days=1) if ref.weekday() == 6 else ref - timedelta(days=(ref.weekday() - 5) % 7)
    return sat, sat + timedelta(days=1)


for ref in REFS:
    add("Protests were held this past weekend.", ref, ("this past weekend", span(*last_weekend(ref), "day")))
    add("Protests were held the past weekend, police said.", ref, ("the past weekend", span(*last_weekend(ref), "day")))
    add("Protesters marched last evening.", ref, ("last evening", day(ref - timedelta(days=1))))
    for m, d1 in ((3, 3), (5, 9), (8, 21)):
        mon = MONTHS[m - 1]
        x0 = next(date(y, m, d1) for y in (ref.year - 1, ref.year, ref.year + 1)
                  if ref - timedelta(days=334) <= date(y, m, d1) <= ref + timedelta(days=31))
        x0b = x0 + timedelta(days=1)
        abbr = mon[:3] + ("." if len(mon) > 3 else "")
        x = f"{abbr} {d1}-{d1 + 1}"
        add(f"Protests were held on the weekend of {x}.", ref, (x, span(x0, x0b, "day")))
        suffix = {3: "rd", 9: "th", 21: "st"}[d1]
        x = f"the {d1}{suffix} of {mon.lower()}"
        add(f"The ceasefire began on {x}.", ref, (x, day(x0)))
    wed = ref - timedelta(days=(ref.weekday() - 2) % 7)
    add("The ceasefire began on Weds.", ref, ("Weds.", day(wed)))
    add("The ceasefire began on Wednes., officials said.", ref, ("Wednes.", day(wed)))
for text in ("Article 5 may apply.", "Chapter 3 march past.", "Section 8 august body."):
    add(text, REFS[0])

lines.append("# --- six months back / two weeks back; a delay is no date")


def months_back(ref, n):
    y, m = divmod(ref.year * 12 + ref.month - 1 - n, 12)
    return date(y, m + 1, 1), month_last(y, m + 1)


for ref in REFS:
    for n, word in ((6, "six"), (3, "3"), (1, "a")):
        x = f"{word} month{'s' if n > 1 else ''} back"
        add(f"The mill closed {x}.", ref, (x, span(*months_back(ref, n), "month")))
    for n, word in ((2, "two"), (1, "a")):
        x = f"{word} week{'s' if n > 1 else ''} back"
        monday = ref - timedelta(days=ref.weekday()) - timedelta(days=7 * n)
        add(f"The mill closed {x}.", ref, (x, span(monday, monday + timedelta(days=6), "week")))
    x = "ten days back"
    add(f"The mill closed {x}.", ref, (x, day(ref - timedelta(days=10))))
    for text in ("The launch was pushed two weeks back.", "The vote was set a month back from its date.",
                 "The rollout was moved back two weeks.", "The trial was put back six months."):
        add(text, ref)

lines.append("# --- the first days of October / the final weeks of 2021 / the waning days of 2020")
for ref in REFS:
    for m in (1, 10):
        mon = MONTHS[m - 1]
        y = past_month_year(ref, m)
        for words in ("the first days of", "the opening days of", "the first few days of", "the first weeks of"):
            x = f"{words} {mon}"
            add(f"Fighting eased in {x}.", ref, (x, span(date(y, m, 1), date(y, m, 10), "month_part")))
        for words in ("the last days of", "the final days of", "the closing days of", "the final weeks of", "the last few days of"):
            x = f"{words} {mon}"
            add(f"Fighting eased in {x}.", ref, (x, span(date(y, m, 21), month_last(y, m), "month_part")))
for yr in (2020, 2021):
    for words in ("the waning days of", "the final weeks of", "the last days of", "the closing weeks of"):
        x = f"{words} {yr}"
        add(f"Fighting eased in {x}.", REFS[0], (x, span(date(yr, 11, 1), date(yr, 12, 31), "year_part")))
    for words in ("the first days of", "the opening weeks of", "the first weeks of"):
        x = f"{words} {yr}"
        add(f"Fighting eased in {x}.", REFS[0], (x, span(date(yr, 1, 1), date(yr, 2, 28 if yr % 4 else 29), "year_part")))
for text in ("Fighting eased in the last days of the war.", "In the first weeks of the trial, witnesses spoke."):
    add(text, REFS[0])

lines.append("# --- the summer of '69 / winter '98; 2021/22 (a season, a fiscal year)")
SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11)}
for yy, yr in (("'69", 1969), ("'98", 1998), ("'21", 2021), ("’05", 2005)):
    for name, (a, b) in SEASONS.items():
        x = f"{name} of {yy}"
        add(f"The band toured in the {x}.", REFS[0], (x, span(date(yr, a, 1), month_last(yr, b), "year_part")))
        x = f"{name} {yy}"
        add(f"The band toured in {x}.", REFS[0], (x, span(date(yr, a, 1), month_last(yr, b), "year_part")))
    x = f"winter {yy}"
    add(f"The band toured in {x}.", REFS[0], (x, span(date(yr, 12, 1), month_last(yr + 1, 2), "year_part")))
for y1 in (1998, 2009, 2011, 2021, 2023):
    x = f"{y1}/{(y1 + 1) % 100:02d}"
    if (y1 + 1) % 100 > 12:   # 2009/10 alone is October 2009 (year/month); with "season" or "the" a run of years
        add(f"Revenue rose in {x}, the report said.", REFS[0], (x, span(date(y1, 1, 1), date(y1 + 1, 12, 31), "year")))
    add(f"Revenue rose in the {x} financial year.", REFS[0], (x, span(date(y1, 1, 1), date(y1 + 1, 12, 31), "year")))
    x = f"the {y1}/{(y1 + 1) % 100:02d} season"
    add(f"He scored 30 goals in {x}.", REFS[0], (f"{y1}/{(y1 + 1) % 100:02d}", span(date(y1, 1, 1), date(y1 + 1, 12, 31), "year")))
add("Sales peaked in 2009/10, the data show.", REFS[0], ("2009/10", span(date(2009, 10, 1), date(2009, 10, 31), "month")))

lines.append("# --- October or November 2021 / March and April, 2020 / June, July 2019")
for yr in (2019, 2021):
    for m1, m2 in ((3, 4), (10, 11), (6, 7)):
        a, b = MONTHS[m1 - 1], MONTHS[m2 - 1]
        for joiner in (" or ", " and ", ", "):
            for comma in (" ", ", "):
                text = f"The vote was held in {a}{joiner}{b}{comma}{yr}."
                add(text, REFS[0], (a, span(date(yr, m1, 1), month_last(yr, m1), "month")),
                    (f"{b}{comma}{yr}", span(date(yr, m2, 1), month_last(yr, m2), "month")))

lines.append("# --- the next month / the next week after a date told before")
for ref in REFS:
    for m, dd in ((3, 3), (7, 14)):
        mon = MONTHS[m - 1]
        y = 2018
        y2, m2 = (y, m + 1)
        add(f"The plan was agreed on {mon} {dd}, {y}. The next month, talks began.", ref,
            (f"{mon} {dd}, {y}", day(date(y, m, dd))), ("The next month", span(date(y2, m2, 1), month_last(y2, m2), "month")))
        x0 = date(y, m, dd)
        monday = x0 - timedelta(days=x0.weekday()) + timedelta(days=7)
        add(f"The plan was agreed on {mon} {dd}, {y}. The next week, talks began.", ref,
            (f"{mon} {dd}, {y}", day(x0)), ("The next week", span(monday, monday + timedelta(days=6), "week")))

# ---- third batch: in '98, Monday week, two Fridays ago, the 15th of last month, 5 and 6 January
lines.append("# --- in '98 / since '05 / the class of '69")


def two_digit(yy, ref):
    return 2000 + yy if 2000 + yy <= ref.year + 10 else 1900 + yy


for ref in REFS:
    for yy in (98, 5, 69, 12):
        yr = two_digit(yy, ref)
        for frame in ("The law passed in {x}.", "He has lived there since {x}.", "She graduated with the class of {x}."):
            add(frame.format(x=f"'{yy:02d}"), ref, (f"'{yy:02d}", span(date(yr, 1, 1), date(yr, 12, 31), "year")))
add("The band was big in the '60s.", REFS[0], ("the '60s", span(date(1960, 1, 1), date(1969, 12, 31), "decade")))
add("It rose by '5 points', he said.", REFS[0])

lines.append("# --- Monday week / a week on Monday / Tuesday fortnight / the Monday after next / two Fridays ago / the weekend before last")
for ref in REFS:
    for wd_i in (0, 2, 4):
        wd = WEEKDAYS[wd_i]
        coming = ref + timedelta(days=(wd_i - ref.weekday()) % 7 or 7)
        for x in (f"{wd} week", f"a week on {wd}", f"the {wd} after next"):
            add(f"The final is on {x}.", ref, (x, day(coming + timedelta(days=7))))
        x = f"{wd} fortnight"
        add(f"The final is on {x}.", ref, (x, day(coming + timedelta(days=14))))
        last = ref - timedelta(days=(ref.weekday() - wd_i) % 7 or 7)
        for n, word in ((2, "two"), (3, "three")):
            x = f"{word} {wd}s ago"
            add(f"They met {x}.", ref, (x, day(last - timedelta(days=7 * (n - 1)))))
    sat = ref - timedelta(days=1) if ref.weekday() == 6 else ref - timedelta(days=(ref.weekday() - 5) % 7)
    add("They met the weekend before last.", ref, ("the weekend before last", span(sat - timedelta(days=7), sat - timedelta(days=6), "day")))
for text in ("Fashion Week opened.", "The Monday weekly meeting was cancelled."):
    add(text, REFS[0], *(() if "Monday" not in text else (("Monday", day(REFS[0] - timedelta(days=(REFS[0].weekday()) % 7))),)))

lines.append("# --- on the 15th of last month / the first of the month / the 3rd of next month")
ORD = {1: "first", 3: "third", 15: "fifteenth", 20: "twentieth"}
for ref in REFS:
    for mod, k in (("last", -1), ("this", 0), ("next", 1), ("the", 0)):
        y, mo = divmod(ref.year * 12 + ref.month - 1 + k, 12)
        mo += 1
        for dd in (1, 3, 15, 20):
            suffix = {1: "st", 3: "rd", 15: "th", 20: "th"}[dd]
            x = f"on the {dd}{suffix} of {mod} month"
            add(f"Rents rose {x}.", ref, (x, day(date(y, mo, dd))))
            x = f"the {ORD[dd]} of {mod} month"
            add(f"Rents rose on {x}.", ref, (f"on {x}", day(date(y, mo, dd))))

lines.append("# --- 5 and 6 January / 5, 6 and 7 January 2020 / 3 or 4 May")
for ref in REFS:
    for (d1, d2, d3), m in (((5, 6, 7), 1), ((12, 13, 14), 6), ((28, 29, 30), 11)):
        mon = MONTHS[m - 1]
        base = next(date(y, m, d3) for y in (ref.year - 1, ref.year, ref.year + 1)
                    if ref - timedelta(days=334) <= date(y, m, d3) <= ref + timedelta(days=31))
        y = base.year
        add(f"Talks were held on {d2} and {d3} {mon}.", ref, (f"{d2}", day(date(y, m, d2))), (f"{d3} {mon}", day(date(y, m, d3))))
        add(f"Talks were held on {d1}, {d2} and {d3} {mon}.", ref, (f"{d1}", day(date(y, m, d1))), (f"{d2}", day(date(y, m, d2))),
            (f"{d3} {mon}", day(date(y, m, d3))))
        add(f"Talks were held on {d1}, {d2} and {d3} {mon} 2020.", ref, (f"{d1}", day(date(2020, m, d1))), (f"{d2}", day(date(2020, m, d2))),
            (f"{d3} {mon} 2020", day(date(2020, m, d3))))
        add(f"Talks were held on {d2} or {d3} {mon} 2016.", ref, (f"{d2}", day(date(2016, m, d2))), (f"{d3} {mon} 2016", day(date(2016, m, d3))))

# ---- fourth batch: tense. A scheduling verb in the present right before the date, and
# likely / poised / on track to, pencilled in: the coming day; the past tense stays past
lines.append("# --- takes effect Monday / the ban begins on Friday / comes into force in June / is likely to / poised to / on track to")


def coming(ref, wd_i):
    return ref + timedelta(days=(wd_i - ref.weekday()) % 7)


def past(ref, wd_i):
    return ref - timedelta(days=(ref.weekday() - wd_i) % 7)


for ref in REFS:
    for wd_i in (0, 4):
        wd = WEEKDAYS[wd_i]
        for future, pastf in (("The law takes effect on {x}.", "The law took effect on {x}."),
                              ("The ban begins {x}.", "The ban began {x}."),
                              ("The new rule comes into force on {x}.", "The new rule came into force on {x}."),
                              ("Voting opens {x}, officials said.", "Voting opened {x}, officials said."),
                              ("The strike ends on {x}.", "The strike ended on {x}."),
                              ("The talks are likely to resume {x}.", "The talks resumed {x}."),
                              ("Troops are poised to enter the city {x}.", "Troops entered the city {x}."),
                              ("The project is on track to finish {x}.", "The project finished {x}."),
                              ("A vote is pencilled in for {x}.", "A vote was held {x}.")):
            add(future.format(x=wd), ref, (wd, day(coming(ref, wd_i))))
            add(pastf.format(x=wd), ref, (wd, day(past(ref, wd_i))))
    for m in (1, 7):
        mon = MONTHS[m - 1]
        y = future_month_year(ref, m)
        add(f"The treaty comes into force in {mon}.", ref, (mon, span(date(y, m, 1), month_last(y, m), "month")))
        y = past_month_year(ref, m)
        add(f"The treaty came into force in {mon}.", ref, (mon, span(date(y, m, 1), month_last(y, m), "month")))

lines.append("# --- by end of month / end of year (without 'the'); end of year exams is no date")
for ref in REFS:
    add("The cuts will be made by end of month.", ref, ("end of month", span(date(ref.year, ref.month, 21), month_last(ref.year, ref.month), "month_part")))
    add("Prices will fall by end of year, he said.", ref, ("end of year", span(date(ref.year, 11, 1), date(ref.year, 12, 31), "year_part")))
    add("Sales rose at the start of the year.", ref, ("the start of the year", span(date(ref.year, 1, 1), date(ref.year, 2, 28 if ref.year % 4 else 29), "year_part")))
for text in ("Pupils sat their end of year exams.", "The end of year results were strong.", "Staff got end-of-year bonuses."):
    add(text, REFS[0])

# ---- fifth batch: moments ago / an hour and a half ago (the reference day); 2014 Aug 22
lines.append("# --- moments ago / minutes ago / a few hours ago / an hour and a half ago / 2014 Aug 22")
for ref in REFS:
    for x in ("moments ago", "Moments ago", "just moments ago", "a moment ago", "minutes ago", "only minutes ago",
              "a few hours ago", "hours ago", "an hour and a half ago", "seconds ago"):
        add(f"The ministry said {x} that the talks had ended.", ref, (x, day(ref)))
for yr, (mab, m), dd in ((2014, ("Aug", 8), 22), (2019, ("Jan", 1), 5), (2021, ("Sept", 9), 30), (2008, ("Dec.", 12), 1)):
    x = f"{yr} {mab} {dd}"
    add(f"Filed: {x}, by the clerk.", REFS[0], (x, day(date(yr, m, dd))))

# ---- this Monday under a future marker, once this week's Monday has passed: the coming one
lines.append("# --- will meet this Monday (said after Monday: the coming one); met this Monday (this week's)")
for ref in (date(2023, 9, 16), date(2024, 6, 13), date(2021, 11, 7)):
    for wd_i in (0, 1, 2):
        wd = WEEKDAYS[wd_i]
        this_week = ref - timedelta(days=ref.weekday()) + timedelta(days=wd_i)
        ahead = this_week if this_week >= ref else this_week + timedelta(days=7)
        add(f"The board will meet this {wd}.", ref, (f"this {wd}", day(ahead)))
        add(f"The board is expected to meet this {wd}.", ref, (f"this {wd}", day(ahead)))
        add(f"The board met this {wd}.", ref, (f"this {wd}", day(this_week)))

# ---- a weekday run with its week after it
lines.append("# --- Tuesday to Thursday last week / Monday through Wednesday next week")
for ref in REFS:
    monday = ref - timedelta(days=ref.weekday())
    for (a, b), joiner in (((1, 3), " to "), ((0, 2), " through "), ((2, 4), "-")):
        for word, k in (("last", -1), ("this", 0), ("next", 1)):
            x = f"{WEEKDAYS[a]}{joiner}{WEEKDAYS[b]} {word} week"
            start = monday + timedelta(days=7 * k + a)
            add(f"The talks ran {x}, officials said.", ref, (x, span(start, start + timedelta(days=b - a), "day")))

# ---- negatives: event names on weekdays, ordinal nouns, ages and temperatures, BC years
lines.append("# --- negatives")
for text in ("Super Tuesday voters went to the polls.", "The crash is remembered as Black Monday.",
             "Relatives marked the anniversary of Bloody Sunday.", "Stocks fell on what traders called Black Wednesday.",
             "The parade fell on the 20th anniversary of the attacks.", "She lives on the 3rd floor.",
             "He won on the 2nd ballot.", "The motion passed on the 4th attempt.", "Talks collapsed on the 5th day of the siege.",
             "He was in his twenties.", "She is in her late thirties.", "Temperatures stayed in the low twenties.",
"Rome was founded in 753 BC.", "It was the third week of the strike.",
             "It was the first week of the trial.", "the last day of the festival", "AD hoc talks were held.",
             "The CEO spoke.", "Year-end bonuses were cut.", "It rose 4Q.", "The H1 visa was denied.",
             "Protesters have gathered every Monday.", "The market opens each Friday.", "Trains run every other Sunday.",
             "The club meets on the first Tuesday of every month.", "Bills are due on the last Friday of each month."):
    add(text, REFS[0])
OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len([line for line in lines if not line.startswith('#')])} lines -> {OUT}")

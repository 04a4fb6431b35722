"""Calendar arithmetic shared by every language's rules: periods, weeks and tense choices.

"Past" means the reading on or before the reference (news reports what happened); "future"
means on or after it (the text carries a marker such as 将 / will).
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta

Period = tuple[date, date]


def last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_period(year: int, month: int) -> Period:
    return date(year, month, 1), date(year, month, last_day(year, month))


def month_span(m1: int, m2: int, y1: int | None = None, y2: int | None = None) -> Period | None:
    """The months m1..m2 as one period. A missing year follows from the other, since a span runs
    forward (11月至1月 crosses into the next year); None when no year is known or it runs back."""
    wrap = 1 if m2 < m1 else 0
    if y1 is None and y2 is not None:
        y1 = y2 - wrap
    elif y2 is None and y1 is not None:
        y2 = y1 + wrap
    if not (y1 and y2) or (y2, m2) <= (y1, m1):
        return None
    return date(y1, m1, 1), month_period(y2, m2)[1]


def year_period(year: int) -> Period:
    return date(year, 1, 1), date(year, 12, 31)


def span_beside(ref: date, ahead: bool, days: int = 0, months: int = 0) -> Period | None:
    """The `days` or `months` just after the reference day (from the day after: the next three
    days) or just before it (up to the day before: the past three months); None when the span's
    far end leaves the years 1000-2100."""
    if days:
        return (ref + timedelta(days=1), ref + timedelta(days=days)) if ahead else \
            (ref - timedelta(days=days), ref - timedelta(days=1))
    year, month = shift_month(ref.year, ref.month, months if ahead else -months)
    if not 1000 <= year <= 2100:
        return None
    other = date(year, month, min(ref.day, last_day(year, month)))
    return (ref + timedelta(days=1), other) if ahead else (other, ref - timedelta(days=1))


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


# Thirds of a month: 上旬/月初/early = 1-10, 中旬/月中/mid = 11-20, 下旬/月底/late = 21-end.
MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, None),
                "early-mid": (1, 20), "mid-late": (11, None)}  # 上中旬 / 中下旬


def month_part_period(year: int, month: int, part: str) -> Period:
    first, last = MONTH_THIRDS[part]
    return date(year, month, first), date(year, month, last or last_day(year, month))


# Parts of a year (grain year_part): start/end month of 年初, 年中, 年底.
YEAR_PARTS = {"early": (1, 2), "mid": (6, 7), "late": (11, 12)}


def year_part_period(year: int, part: str) -> Period:
    first, last = YEAR_PARTS[part]
    return date(year, first, 1), date(year, last, last_day(year, last))


def half_year_period(year: int, half: int) -> Period:
    return (date(year, 1, 1), date(year, 6, 30)) if half == 1 else (date(year, 7, 1), date(year, 12, 31))


def quarter_period(year: int, quarter: int) -> Period:
    first = 3 * (quarter - 1) + 1
    return date(year, first, 1), date(year, first + 2, last_day(year, first + 2))


def decade_period(first_year: int) -> Period:
    return date(first_year, 1, 1), date(first_year + 9, 12, 31)


def week_period(day: date) -> Period:
    """The Monday..Sunday (ISO) week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def weekday_in_week(day: date, weekday: int, week_delta: int = 0) -> date:
    """Weekday (0 = Monday) of the ISO week of `day`, shifted by `week_delta` weeks."""
    monday = day - timedelta(days=day.weekday())
    return monday + timedelta(days=weekday + 7 * week_delta)


def nearest_weekday(ref: date, weekday: int, future: bool) -> date:
    """The weekday on or before `ref` (past) or on or after it (future)."""
    if future:
        return ref + timedelta(days=(weekday - ref.weekday()) % 7)
    return ref - timedelta(days=(ref.weekday() - weekday) % 7)


def nearest_day_of_month(ref: date, day: int, future: bool) -> date | None:
    """Day-of-month `day` in the closest month in the tense's direction that has it."""
    year, month = ref.year, ref.month
    step = 1 if future else -1
    for _ in range(13):
        if day <= last_day(year, month):
            candidate = date(year, month, day)
            if (candidate >= ref) if future else (candidate <= ref):
                return candidate
        year, month = shift_month(year, month, step)
    return None


def nearest_month(ref: date, month: int, future: bool) -> int:
    """The year of the most recent `month` up to the reference month (future: the next one)."""
    if future:
        return ref.year if month >= ref.month else ref.year + 1
    return ref.year if month <= ref.month else ref.year - 1


def nearest_month_day(ref: date, month: int, day: int, future: bool) -> date | None:
    """`month`/`day` in the year that puts it in the tense's window around `ref`.

    Past: the last 11 months or the next month (a report may announce a date a few days ahead
    without a future marker); future: from the day before `ref` on. This makes 12月30日 in a
    January article last December and 1月5日 in a late-December article next January.
    """
    low, high = (ref - timedelta(days=1), ref + timedelta(days=364)) if future else \
        (ref - timedelta(days=334), ref + timedelta(days=31))
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if day <= last_day(year, month):
            candidate = date(year, month, day)
            if low <= candidate <= high:
                return candidate
    return None


def _closest(anchor: date, candidates) -> date | None:
    found = [c for c in candidates if c]
    return min(found, key=lambda c: abs((c - anchor).days)) if found else None


def month_day_near(anchor: date, month: int, day: int) -> date | None:
    """`month`/`day` in the year that puts it closest to `anchor` (a date the text gave)."""
    return _closest(anchor, (valid_date(y, month, day) for y in (anchor.year - 1, anchor.year, anchor.year + 1)))


def day_of_month_near(anchor: date, day: int) -> date | None:
    """Day-of-month `day` in the month around `anchor` that puts it closest."""
    return _closest(anchor, (valid_date(*shift_month(anchor.year, anchor.month, delta), day)
                             for delta in (-1, 0, 1)))


def month_near(anchor: date, month: int) -> int:
    """The year that puts `month` closest to `anchor`'s month."""
    return min((anchor.year - 1, anchor.year, anchor.year + 1),
               key=lambda y: abs(y * 12 + month - (anchor.year * 12 + anchor.month)))


def valid_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= last_day(year, month):
        return date(year, month, day)
    return None


def months_around(day: date) -> list[tuple[int, int]]:
    """(year, month) of the month before `day`'s, its own and the one after."""
    result = []
    for delta in (-1, 0, 1):
        month_index = day.year * 12 + day.month - 1 + delta
        result.append((month_index // 12, month_index % 12 + 1))
    return result

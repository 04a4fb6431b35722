"""What the English and Chinese public-case benchmarks share: the one split of a suite's cases
into a dev half (its misses may be read) and a held-out half (only its score is read), and
when the dater's periods answer a case."""
import random
from datetime import date, timedelta

SEED = 10


def split(cases):
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    half = set(order[: len(order) // 2])
    return [c for i, c in enumerate(cases) if i in half], [c for i, c in enumerate(cases) if i not in half]


def _whole_month(start, end):
    return start.day == 1 and (start.year, start.month) == (end.year, end.month) and (end + timedelta(days=1)).day == 1


def periods_right(kind, start, end, periods) -> bool:
    """Do the dater's (start, end, grain) periods answer a case of `kind`?
    none: no period; day: that day at day grain; month: that whole month; monthnoyear: a whole
    month of that month number; year: that whole year; span: one period from START to END, or the
    periods together; deadline: a period ending on that day; contains: a period holding the day,
    no coarser than a year."""
    if kind == "none":
        return not periods
    if kind == "day":
        return any(s == e == start and g == "day" for s, e, g in periods)
    if kind == "month":
        return any(s == start and _whole_month(s, e) for s, e, _ in periods)
    if kind == "monthnoyear":
        return any(s.month == start.month and _whole_month(s, e) for s, e, _ in periods)
    if kind == "year":
        return any(s == date(start.year, 1, 1) and e == date(start.year, 12, 31) for s, e, _ in periods)
    if kind == "span":
        return (any(s == start and e == end for s, e, _ in periods)
                or (bool(periods) and periods[0][0] == start and max(e for _, e, _ in periods) == end))
    if kind == "deadline":
        return any(e == start and s <= e for s, e, _ in periods)
    return any(s <= start <= e and (e - s).days <= 366 for s, e, _ in periods)   # contains

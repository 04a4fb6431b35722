"""The dater on Chinese cases from date parsers' own test suites (benchmarks/public_zh/).

    python benchmarks/bench_public_zh.py                 # dev half, held-out half, all
    python benchmarks/bench_public_zh.py --misses dev

The cases were not written for the dater (benchmarks/public_zh/extract.py says where they come
from and which were left out). They are split once, by a fixed seed, into a dev half (rules may
be developed looking at its misses) and a held-out half (only its score is read). In the same
run dateparser's `search_dates(text, languages=["zh"], RELATIVE_BASE=reference)` is scored on
the same cases. It also prints the score on the cases whose expected value follows the news
reading, and counts those that follow another convention (`other_convention`). A case is right when
- day: a mention is that day, at day grain;
- span: a mention runs from START to END, or the mentions together do (星期六-星期一);
- month: a mention is that whole month;
- deadline: a mention ends on that day (五日内 = from now to five days on, or that day);
- contains: a mention holds the day, no coarser than a year (3周前 as a week);
- none: no mention.
A case marked `forward` (chrono's forwardDate) is dated with find_dates(..., prefer="future").
The `dater` column uses the default cut; `cut 0.4` keeps the spans the dater dates under it
(deadlines 五日内, statistics spans 今后两年), which a timeline leaves out but a caller may ask for.
dateparser gives points in time: right when its first date is the day (day, deadline, contains),
in the month (month), none at all (none); for a span, its first and last dates are START and END.
"""
from __future__ import annotations

import argparse
from collections import Counter
import inspect
import re
import warnings
from datetime import date, datetime
from pathlib import Path

from timeline.dater import find_dates

from public_cases import periods_right, split  # a sibling: a script's own folder is on sys.path

CASES = Path(__file__).resolve().parent / "public_zh" / "cases.tsv"
HAS_PREFER = "prefer" in inspect.signature(find_dates).parameters


def load_cases():
    cases = []
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        source, text, reference, kind, start, end, option = line.split("\t")
        cases.append((source, text, date.fromisoformat(reference), kind,
                      date.fromisoformat(start) if start else None, date.fromisoformat(end) if end else None, option))
    return cases


_WEEKDAY = re.compile(r"(?<![上下本这個个])(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]")
_NEXT_SUNDAY = re.compile(r"下(?:星期|礼拜|禮拜|周|週)[日天]")


def other_convention(case) -> str | None:
    """Why a case's expected value follows a convention the dater does not take for news, read
    from the case alone (not from the dater's answer): chrono reads a deadline (五日内) as its
    last day, 明天 after midnight as today, a bare weekday as the nearest one even when it is
    ahead, 下星期天 as the coming Sunday (a week from Sunday to Saturday)."""
    _, text, reference, kind, start, _, option = case
    if kind == "deadline":
        return "a deadline read as its last day"
    if option == "forward" or start is None:
        return None
    if "明天" in text and start == reference:
        return "明天 after midnight is today"
    if _NEXT_SUNDAY.search(text) and (start - reference).days < 7:
        return "下星期天 is the coming Sunday"
    if _WEEKDAY.search(text) and start > reference and not re.search(r"[年月日号號]", _WEEKDAY.sub("", text)):
        return "a bare weekday ahead of the reference"
    return None


def dater_found(case, cut=0.5):
    _, text, reference, _, _, _, option = case
    if option == "forward" and HAS_PREFER:
        return find_dates(text, reference, lang="zh", min_confidence=cut, prefer="future")
    return find_dates(text, reference, lang="zh", min_confidence=cut)


def dater_right(case, cut=0.5) -> bool:
    _, _, _, kind, start, end, _ = case
    periods = [(m.start, m.end, m.grain) for m in dater_found(case, cut)]
    return periods_right(kind, start, end, periods)


def dateparser_right(case, search_dates) -> bool:
    _, text, reference, kind, start, end, option = case
    settings = {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day, 12)}
    if option == "forward":
        settings["PREFER_DATES_FROM"] = "future"
    try:
        found = search_dates(text, languages=["zh"], settings=settings)
    except Exception:
        return False
    if kind == "none":
        return not found
    if not found:
        return False
    first = found[0][1].date()
    if kind == "span":
        return first == start and found[-1][1].date() == end
    if kind == "month":
        return (first.year, first.month) == (start.year, start.month)
    return first == start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=("dev", "heldout"), help="print the dater's misses on that half")
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    from dateparser.search import search_dates

    dev, heldout = split(load_cases())
    print(f"{'half':8} {'cases':>5} {'dater':>13} {'cut 0.4':>13} {'dateparser':>10}")
    for name, cases in (("dev", dev), ("heldout", heldout), ("all", dev + heldout)):
        ours, low = sum(dater_right(c) for c in cases), sum(dater_right(c, 0.4) for c in cases)
        theirs = "-" if args.no_dateparser else f"{sum(dateparser_right(c, search_dates) for c in cases) / len(cases):.3f}"
        print(f"{name:8} {len(cases):5} {ours / len(cases):.3f} ({ours:>3}) {low / len(cases):.3f} ({low:>3}) {theirs:>10}")
    for name, cases in (("dev", dev), ("heldout", heldout), ("all", dev + heldout)):
        news = [c for c in cases if not other_convention(c)]
        ours = sum(dater_right(c) for c in news)
        others = Counter(other_convention(c) for c in cases if other_convention(c))
        print(f"{name}: {ours}/{len(news)} right ({ours / len(news):.3f}) on the cases whose convention is news';"
              f" other conventions: {dict(others)}")
    if args.misses:
        for case in dev if args.misses == "dev" else heldout:
            if not dater_right(case):
                found = [(m.expression, str(m.start), str(m.end), m.grain) for m in dater_found(case)]
                print(f"MISS {case[3]:8} {case[4]}..{case[5]} ref {case[2]} {case[6]:7} {case[1]!r}  got {found}  [{case[0]}]")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

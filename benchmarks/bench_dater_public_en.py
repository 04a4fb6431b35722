"""The dater on English cases from three date parsers' own test corpora (benchmarks/public_en/).

    python benchmarks/bench_dater_public_en.py            # each suite: dev half, held-out half, all
    python benchmarks/bench_dater_public_en.py --misses dev --suite chrono

The cases were not written for the dater (see benchmarks/public_en/extract.py for where they
come from and which were left out). Two suites: "dp+ct" (cases.tsv: dateparser and ctparse) and
"chrono" (chrono_cases.tsv: chrono-node). Each suite is split once, by a fixed seed, into a dev half (rules
may be developed looking at its misses) and a held-out half (only its score is read). In the
same run dateparser's `search_dates(text, languages=["en"], RELATIVE_BASE=reference)` is scored
on the same cases by the same test. A case is right when
- day: a mention is that day, at day grain (a clock time is not scored);
- month / year: a mention is that whole month / year; monthnoyear: a whole month of that name;
- span: a mention runs from START to END, or the mentions together do (Friday and Saturday);
- contains: a mention holds the day, no coarser than a year (an offset such as "2 weeks ago");
- none: no mention at all (the text has no date: "12.53%", "8/32/2014").
Each case is read with the convention its suite states (find_dates' `prefer`): ctparse is made
for bookings, its bare "Tuesday" or "Aug 5" is the coming one: prefer="future"; chrono's cases
run with its forwardDate option likewise; dateparser's (its past-preference block, and "Friday"
read as the last one) and chrono's other cases: the news default (prefer=None).
dateparser gives points in time: right when its first date is the day (day, contains: the day,
or its month / year for "eight months ago"), in the month (month, monthnoyear), in the year
(year); for a span, its first and last dates are START and END; for none, it finds nothing.
"""
from __future__ import annotations

import argparse
import warnings
from datetime import date, datetime
from pathlib import Path

from timeline.dater import find_dates

from public_cases import periods_right, split  # a sibling: a script's own folder is on sys.path

SUITES = {"dp+ct": Path(__file__).resolve().parent / "public_en" / "cases.tsv",
          "chrono": Path(__file__).resolve().parent / "public_en" / "chrono_cases.tsv"}


def load_cases(path):
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        source, text, reference, kind, start, end = line.split("\t")
        cases.append((source, text.replace("\\n", "\n"), date.fromisoformat(reference), kind,
                      date.fromisoformat(start), date.fromisoformat(end)))
    return cases


def prefer(source: str) -> str | None:
    return "future" if source.startswith("ctparse") or source.endswith(" forwardDate") else None


def dater_right(case) -> bool:
    source, text, reference, kind, start, end = case
    found = find_dates(text, reference, lang="en", prefer=prefer(source))
    periods = [(m.start, m.end, m.grain) for m in found]
    return periods_right(kind, start, end, periods)


def dateparser_right(case, search_dates) -> bool:
    source, text, reference, kind, start, end = case
    settings = {"RELATIVE_BASE": datetime(reference.year, reference.month, reference.day, 12)}
    if prefer(source) == "future":
        settings["PREFER_DATES_FROM"] = "future"
    try:
        found = search_dates(text, languages=["en"], settings=settings)
    except Exception:
        return False
    if kind == "none" or not found:
        return kind == "none" and not found
    first = found[0][1].date()
    if kind == "span":
        return first == start and found[-1][1].date() == end
    if kind in ("month", "monthnoyear"):
        return first.month == start.month and (kind == "monthnoyear" or first.year == start.year)
    if kind == "year":
        return first.year == start.year
    return first == start


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=("dev", "heldout"), help="print the dater's misses on that half")
    parser.add_argument("--suite", choices=tuple(SUITES), help="only this suite (default: every suite)")
    parser.add_argument("--no-dateparser", action="store_true")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")
    from dateparser.search import search_dates

    print(f"{'suite':7} {'half':8} {'cases':>5} {'dater':>7} {'dateparser':>10}")
    for suite, path in SUITES.items():
        if args.suite and suite != args.suite:
            continue
        dev, heldout = split(load_cases(path))
        for name, cases in (("dev", dev), ("heldout", heldout), ("all", dev + heldout)):
            ours = sum(dater_right(c) for c in cases)
            theirs = "-" if args.no_dateparser else f"{sum(dateparser_right(c, search_dates) for c in cases) / len(cases):.3f}"
            print(f"{suite:7} {name:8} {len(cases):5} {ours / len(cases):7.3f} {theirs:>10}")
        if not args.misses:
            continue
        for case in dev if args.misses == "dev" else heldout:
            if not dater_right(case):
                found = [(m.expression, str(m.start), str(m.end), m.grain) for m in find_dates(case[1], case[2], lang="en", prefer=prefer(case[0]))]
                print(f"MISS {case[3]:11} {case[4]}..{case[5]} ref {case[2]}  {case[1]!r}  got {found}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

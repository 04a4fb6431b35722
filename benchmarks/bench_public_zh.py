"""Share of values right on the public Chinese cases in benchmarks/public_zh_cases.tsv.

    python benchmarks/bench_public_zh.py

A case is right when one of the mentions find_dates gives for the text has the expected start
and end (for `-`: when it gives none). The file says where each case comes from; see benchmarks/dater.md for the figures.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from timeline.dater import find_dates

CASES = Path(__file__).resolve().parent / "public_zh_cases.tsv"


def main() -> int:
    right = total = 0
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, reference, value, source = line.split("\t")
        got = [(m.start.isoformat(), m.end.isoformat()) for m in find_dates(text, date.fromisoformat(reference))]
        ok = not got if value == "-" else tuple(value.split("..")) in got
        right += ok
        total += 1
        print(f"{'ok  ' if ok else 'MISS'} {text}  want {value}  got {got}  [{source}]")
    print(f"{right}/{total} values right ({right / total:.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

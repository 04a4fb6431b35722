"""Time `build_timeline` on synthetic corpora made from the seed articles.

    python benchmarks/bench_timeline.py                 # 100, 1,000 and 10,000 articles
    python benchmarks/bench_timeline.py --sizes 100 1000

Copy k of a seed is published k weeks later (its relative dates move with it), its four-digit
years move by the same number of whole years, its people are swapped for others from a list
(same length, so the reader's sentence offsets stay valid) and its outlet and URL change. The
seeds are read once; only `build_timeline` (dating, mentions, entities, merge) is timed.
"""
from __future__ import annotations

import argparse
import dataclasses
import re
import sys
import time
from datetime import timedelta
from pathlib import Path

from timeline.articles import read_articles
from timeline.build import build_timeline

ROOT = Path(__file__).resolve().parent.parent
LEADERS = ["金正恩", "尹锡悦", "习近平", "文在寅", "金与正", "李显龙"]   # same length, swapped in turn
PRESIDENTS = ["普京", "拜登", "莫迪", "李强", "王毅"]
OUTLETS = ["RFI", "BBC", "VOA", "DW", "NHK", "AFP", "Reuters"]
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?=\s*年)")


def synthetic_copy(seed, k):
    years = (k * 7) // 365
    text = seed.text.replace("金正恩", LEADERS[k % len(LEADERS)]).replace("普京", PRESIDENTS[k % len(PRESIDENTS)])
    text = YEAR.sub(lambda m: str(int(m.group(1)) + years), text)
    sentences = [dataclasses.replace(s, text=text[s.start:s.end]) for s in seed.sentences]
    return dataclasses.replace(
        seed, id=f"{seed.id}-{k}", file=f"{seed.id}-{k}.txt", outlet=OUTLETS[k % len(OUTLETS)],
        url=f"{seed.url}?copy={k}", published=seed.published + timedelta(weeks=k), text=text,
        sentences=sentences,
    )


def corpus(seeds, n):
    return [synthetic_copy(seeds[i % len(seeds)], i // len(seeds)) for i in range(n)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--seeds", default=str(ROOT / "seeds"))
    args = parser.parse_args(argv)
    seeds, problems = read_articles([args.seeds])
    if not seeds:
        print(f"no seed articles read from {args.seeds}: {problems}", file=sys.stderr)
        return 1
    build_timeline(seeds[:1])   # load jieba and the alias table outside the timings
    print("| articles | date mentions | events | build_timeline wall (s) | CPU (s) | ms / article (wall) "
          "| x wall vs previous |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    previous = None
    for n in args.sizes:
        articles = corpus(seeds, n)
        t0, c0 = time.perf_counter(), time.process_time()
        tl = build_timeline(articles)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        growth = f"{seconds / previous:.1f}" if previous else "-"
        print(f"| {n:,} | {len(tl.mentions):,} | {len(tl.events):,} | {seconds:.1f} | {cpu:.1f} | "
              f"{1000 * seconds / n:.1f} | {growth} |", flush=True)
        previous = seconds
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""What 1,000 corrections cost a build of about 10,000 events (synthetic corpus from the seeds,
as in bench_timeline.py).

    python benchmarks/bench_curate.py                   # 2,600 articles, about 10,000 events
    python benchmarks/bench_curate.py --articles 300 --corrections 100

The corpus is merged once (timed: that is the build's slow part), then assembled into a Timeline
without and with the corrections, each time with an empty label cache, as a fresh build would.
The corrections mix the actions as a user might: merges of neighbouring events, splits, renames,
hides of events and of mentions, keyed as the app and the CLI key them.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_timeline import ROOT, corpus  # noqa: E402

from timeline.articles import read_articles  # noqa: E402
from timeline.build import assemble_timeline, merge_articles  # noqa: E402
from timeline.curate import Correction  # noqa: E402


def corrections_for(tl, n, rng):
    mentions = tl.mentions
    keys_of = mentions.groupby("event_id")["key"].apply(tuple).to_dict()
    ids = list(tl.events["event_id"])
    result = []
    for k in range(n):
        kind = ("merge", "merge", "merge", "split", "split", "rename", "rename", "hide", "hide", "hide_mention")[k % 10]
        a = rng.randrange(len(ids) - 1)
        ev, nxt = keys_of[ids[a]], keys_of[ids[a + 1]]
        if kind == "merge":
            result.append(Correction("merge", ev[0], other=nxt[0], event=ev, other_event=nxt, by="bench"))
        elif kind == "split":
            result.append(Correction("split", ev[-1], by="bench"))
        elif kind == "rename":
            result.append(Correction("rename", ev[0], label=f"renamed {k}", event=ev, by="bench"))
        elif kind == "hide":
            result.append(Correction("hide", ev[0], event=ev, by="bench"))
        else:
            result.append(Correction("hide_mention", ev[-1], by="bench"))
    return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=2600)
    parser.add_argument("--corrections", type=int, default=1000)
    args = parser.parse_args(argv)
    seeds, _ = read_articles([str(ROOT / "seeds")])
    merge_articles(seeds[:1])            # load jieba and the tables outside the timings
    articles = corpus(seeds, args.articles)
    c0 = time.process_time()
    merged = merge_articles(articles)
    merge_cpu = time.process_time() - c0

    def assemble(corrections):
        merged.label_cache.clear()
        c0 = time.process_time()
        tl = assemble_timeline(merged, corrections)
        return tl, time.process_time() - c0

    plain, plain_cpu = assemble(())
    corrections = corrections_for(plain, args.corrections, random.Random(11))
    curated, curated_cpu = assemble(corrections)
    build = merge_cpu + plain_cpu
    extra = curated_cpu - plain_cpu
    print(f"| articles | events | corrections (applied) | build CPU (s) | of it assembling | "
          f"assembling with corrections | added |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(f"| {len(articles):,} | {len(plain.events):,} | {len(corrections):,} ({len(curated.curation.applied):,}) | "
          f"{build:.1f} | {plain_cpu:.1f} | {curated_cpu:.1f} | {extra:+.1f} s ({100 * extra / build:+.1f}%) |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

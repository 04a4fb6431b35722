"""Archive-scale build: one process vs a local Dask cluster, on synthetic articles.

    python benchmarks/bench_archive.py --sizes 100 1000 10000 [--paths single dask] [--workers 2]

The articles are benchmarks/bench_timeline.py's synthetic copies of the seeds (copy k published
k weeks later, its people and outlet swapped), made in this process; what is timed is the build
(dating, event mentions, merge per date shard, frames): `build_timeline` in this process, or
`build_on_dask` on a LocalCluster of --workers processes (cluster start-up not timed, shipping
the articles to the workers timed). Memory: this process's peak RSS, each worker's peak, and
their sum (the peak of each process, not of the sum at one instant: an upper bound). A process's
peak is its peak so far, so run one size and path per process for clean memory figures:

    for n in 100 1000 10000; do for p in single dask; do
        python benchmarks/bench_archive.py --sizes $n --paths $p --no-header; done; done

The synthetic text measures cost only, never quality; it repeats its sentences (copies of five
seeds), which the per-text caches of the encoder and the tokenizer exploit more than real news.
"""
from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_timeline import corpus  # noqa: E402

from timeline.archive import build_on_dask, dask_client  # noqa: E402
from timeline.articles import read_articles  # noqa: E402
from timeline.build import build_timeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--paths", nargs="+", choices=["single", "dask"], default=["single", "dask"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-header", action="store_true", help="rows only (one run per process)")
    args = parser.parse_args(argv)
    seeds, _ = read_articles([ROOT / "seeds"])
    build_timeline(seeds[:1])       # jieba and the alias table loaded outside the timings
    if not args.no_header:
        print("| articles | path | mentions | events | wall (s) | articles/s | peak RSS main (MiB) "
              "| peak RSS per worker (MiB) | peak RSS total (MiB) |")
        print("|---:|---|---:|---:|---:|---:|---:|---:|---:|", flush=True)
    for n in args.sizes:
        articles = corpus(seeds, n)
        if "single" in args.paths:
            t0 = time.perf_counter()
            tl = build_timeline(articles)
            wall = time.perf_counter() - t0
            print(f"| {n:,} | one process | {len(tl.mentions):,} | {len(tl.events):,} | {wall:.1f} | "
                  f"{n / wall:.0f} | {_peak_mib():,.0f} | - | {_peak_mib():,.0f} |", flush=True)
            del tl
        if "dask" in args.paths:
            with dask_client(n_workers=args.workers) as client:
                client.run(build_timeline, seeds[:1])          # warm each worker the same way
                t0 = time.perf_counter()
                tl = build_on_dask(articles, client)
                wall = time.perf_counter() - t0
                workers = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            per_worker = " / ".join(f"{v:,.0f}" for v in workers.values())
            print(f"| {n:,} | Dask, {args.workers} workers | {len(tl.mentions):,} | {len(tl.events):,} | "
                  f"{wall:.1f} | {n / wall:.0f} | {_peak_mib():,.0f} | {per_worker} | "
                  f"{_peak_mib() + sum(workers.values()):,.0f} |", flush=True)
            del tl
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Archive-scale build: one process vs a local Dask cluster, on synthetic articles.

    python benchmarks/bench_archive.py --sizes 100 1000 10000 [--paths single dask] [--workers 2]

The articles are benchmarks/bench_timeline.py's synthetic copies of the seeds (copy k published
k weeks later, its people and outlet swapped). What is timed is making them and building the
archive as `timeline build` does (dating, event mentions, merge per date shard, Parquet): in
this process, `build_timeline` and `write_built`; on a LocalCluster of --workers processes,
`timeline.archive.write_archive`, each task making its own run of copies on its worker, so that,
as with files, the articles never pass through the main process (cluster start-up not timed). Memory: this process's peak RSS, each worker's peak, and
their sum (the peak of each process, not of the sum at one instant: an upper bound). A process's
peak is its peak so far, so run one size and path per process for clean memory figures:

    for n in 100 1000 10000; do for p in single dask; do
        python benchmarks/bench_archive.py --sizes $n --paths $p --no-header; done; done

The synthetic text measures cost only, never quality; it repeats its sentences (copies of five
seeds), which the per-text caches of the encoder and the tokenizer exploit more than real news.
"""
from __future__ import annotations

import argparse
import functools
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_timeline import corpus, synthetic_copy  # noqa: E402

from timeline.archive import PARTITION_ARTICLES, dask_client, write_archive, write_built  # noqa: E402
from timeline.articles import read_articles  # noqa: E402
from timeline.build import build_timeline  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HERE = str(Path(__file__).resolve().parent)


def _copies(seeds, span):
    """The load of `write_archive`: the synthetic copies numbered span[0]..span[1]-1."""
    return [([synthetic_copy(seeds[i % len(seeds)], i // len(seeds))], []) for i in range(*span)]


def _on_path():
    sys.path.insert(0, HERE)    # the workers unpickle `_copies` from this folder's modules


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
        if "single" in args.paths:
            with tempfile.TemporaryDirectory() as out:
                t0 = time.perf_counter()
                tl = build_timeline(corpus(seeds, n))
                write_built(tl, out)
                wall = time.perf_counter() - t0
            print(f"| {n:,} | one process | {len(tl.mentions):,} | {len(tl.events):,} | {wall:.1f} | "
                  f"{n / wall:.0f} | {_peak_mib():,.0f} | - | {_peak_mib():,.0f} |", flush=True)
            del tl
        if "dask" in args.paths:
            spans = [(i, min(n, i + PARTITION_ARTICLES)) for i in range(0, n, PARTITION_ARTICLES)]
            with dask_client(n_workers=args.workers) as client, tempfile.TemporaryDirectory() as out:
                client.run(_on_path)
                client.run(build_timeline, seeds[:1])          # warm each worker the same way
                t0 = time.perf_counter()
                n_events, n_mentions, _, _ = write_archive(client, spans, functools.partial(_copies, seeds), out)
                wall = time.perf_counter() - t0
                workers = client.run(lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
            per_worker = " / ".join(f"{v:,.0f}" for v in workers.values())
            print(f"| {n:,} | Dask, {args.workers} workers | {n_mentions:,} | {n_events:,} | "
                  f"{wall:.1f} | {n / wall:.0f} | {_peak_mib():,.0f} | {per_worker} | "
                  f"{_peak_mib() + sum(workers.values()):,.0f} |", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

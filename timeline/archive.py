"""Archive scale: the per-article stages on Dask, the merge per date shard, Parquet on disk.

`build_on_dask(articles, client)` gives the same Timeline as
`build_timeline(articles)`: dating and event mentions run per run of articles, one Dask task
each (results kept in input order), the merge runs once per date shard (`timeline.build.shard_positions`), each shard
a task, and the frames are assembled as the single-process build does. `read_on_dask(paths)`
reads files in parallel the same way, with the reader's ids and problems.
`dask_client(scheduler=None, n_workers=2)`: `scheduler` is a `dask.distributed` scheduler address; without one a local cluster of
`n_workers` processes is started (one thread each: the stages are pure Python).

`write_built(timeline, folder)` writes articles/mentions/events/problems as Parquet (pyarrow);
`read_built(folder)` reads them back into a Timeline equal to the one written.
"""
from __future__ import annotations

import json
import os
from contextlib import contextmanager

import pandas as pd

from timeline.articles import ReadProblem, read_articles
from timeline.build import (Timeline, assemble_timeline, combine_shard_labels, mentions_or_problem,
                            merge_shard, merged_record, shard_positions)

PARTITION_ARTICLES = 100     # articles per Dask task: scheduling costs hidden, the 2 workers kept even


@contextmanager
def dask_client(scheduler=None, n_workers=2):
    """A `distributed.Client` on `scheduler`, or on a local cluster of `n_workers` processes."""
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    with LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def _mention_stage(articles):
    """Per run of articles: (mentions, problem) of each."""
    return [mentions_or_problem(a) for a in articles]


def _bounded_map(client, fn, items, in_flight):
    """[fn(item) for item in items] on the cluster, with at most `in_flight` tasks submitted at
    once: a task's arguments stay pickled in the scheduler until it is done, and submitting all
    of 100,000 articles at once held them all (the run passed 14 GB before its merge)."""
    from distributed import as_completed

    results = [None] * len(items)
    pending = iter(enumerate(items))
    index = {}

    def submit():
        for i, item in pending:
            future = client.submit(fn, item, pure=False)
            index[future.key] = i
            return future
        return None

    running = as_completed([f for f in (submit() for _ in range(in_flight)) if f is not None])
    for future in running:
        results[index.pop(future.key)] = future.result()
        future.release()
        following = submit()
        if following is not None:
            running.add(following)
    return results


def build_on_dask(articles, client) -> Timeline:
    """The Timeline of `articles`, built on the Dask `client`; equal to `build_timeline(articles)`."""
    articles = list(articles)
    # Futures over runs of articles rather than a bag: a bag built from a local list embeds the
    # articles in its task graph, which the scheduler then copies again.
    chunks = [articles[i:i + PARTITION_ARTICLES] for i in range(0, len(articles), PARTITION_ARTICLES)]
    in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    results = _bounded_map(client, _mention_stage, chunks, in_flight)
    mentions, problems = [], []
    for found, problem in (r for chunk in results for r in chunk):
        mentions.extend(found)
        if problem:
            problems.append(problem)
    shards = shard_positions(mentions)
    shard_labels = _bounded_map(client, merge_shard, [[mentions[i] for i in pos] for pos in shards], in_flight)
    labels = combine_shard_labels(len(mentions), shards, shard_labels)
    return assemble_timeline(merged_record(articles, mentions, labels, problems))


def _read_partition(paths):
    return [read_articles([p]) for p in paths]


def read_on_dask(paths, client):
    """`read_articles(paths)` with each file read on a worker: the same articles, ids and
    problems, in the same order."""
    import dask.bag as db
    from timeline.articles import _expand, _unique

    files, problems, seen = [], [], set()
    for path, problem in _expand([paths] if isinstance(paths, (str, os.PathLike)) else paths):
        if problem:
            files.append((path, ReadProblem(os.path.basename(path.rstrip("/\\")) or path, problem)))
            continue
        real = os.path.realpath(path)
        if real not in seen:
            seen.add(real)
            files.append((path, None))
    to_read = [p for p, problem in files if problem is None]
    npartitions = max(1, -(-len(to_read) // PARTITION_ARTICLES))
    read = iter(db.from_sequence(to_read, npartitions=npartitions)
                .map_partitions(_read_partition).compute(scheduler=client.get)) if to_read else iter(())
    articles, used = [], set()
    for path, problem in files:
        if problem:
            problems.append(problem)
            continue
        found, file_problems = next(read)
        problems.extend(file_problems)
        for a in found:
            a.id = _unique(a.id, used)
            articles.append(a)
    return articles, problems


# ----------------------------------------------------------------------------- Parquet

# Columns Parquet cannot hold as they are: lists come back as arrays, nested dicts as structs
# padded with every key; they are stored as JSON text instead.
_JSON_COLUMNS = {"events": ["outlets", "first_by_outlet", "entities"], "mentions": ["entities"]}
FRAMES = ("articles", "mentions", "events")


def write_built(timeline: Timeline, folder) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in FRAMES:
        frame = getattr(timeline, name).copy()
        for column in _JSON_COLUMNS.get(name, []):
            frame[column] = [json.dumps(v, ensure_ascii=False) for v in frame[column]]
        _atomic_parquet(frame, os.path.join(folder, f"{name}.parquet"))
    problems = pd.DataFrame([{"file": p.file, "reason": p.reason} for p in timeline.problems],
                            columns=["file", "reason"])
    _atomic_parquet(problems, os.path.join(folder, "problems.parquet"))


def _atomic_parquet(frame, path):
    tmp = path + ".tmp"
    frame.to_parquet(tmp, engine="pyarrow", index=False)
    os.replace(tmp, path)


def read_built(folder) -> Timeline:
    """The Timeline written by `write_built` (ValueError naming what is missing)."""
    names = FRAMES + ("problems",)
    missing = [f"{n}.parquet" for n in names if not os.path.exists(os.path.join(folder, f"{n}.parquet"))]
    if missing:
        raise ValueError(f"{folder} is not a built archive: {', '.join(missing)} missing "
                         "(make one with `timeline build INPUT --out DIR`)")
    frames = {}
    for name in names:
        path = os.path.join(folder, f"{name}.parquet")
        try:
            frame = pd.read_parquet(path, engine="pyarrow")
        except Exception as exc:  # pyarrow raises its own error types for a broken file
            raise ValueError(f"{path} cannot be read as Parquet: {exc}") from exc
        for column in _JSON_COLUMNS.get(name, []):
            frame[column] = [json.loads(v) for v in frame[column]]
        frames[name] = frame
    problems = [ReadProblem(r.file, r.reason) for r in frames.pop("problems").itertuples()]
    return Timeline(events=frames["events"], mentions=frames["mentions"],
                    articles=frames["articles"], problems=problems)

"""Archive scale: the per-article stages on Dask, the merge per date shard, Parquet on disk.

`build_archive(paths, client, folder)` is `timeline build`: each task reads, dates and finds the
event mentions of a run of files on a worker, and keeps them there (`DatedChunk`); the main
process gets only the articles' rows and the year of each mention, cuts the merge shards
(`timeline.build.shards_of_years`), has each task split its mentions by shard, and each shard
merged and made into rows on a worker; the shards' frames are written to Parquet one at a time,
in date order. Neither the articles nor the mentions are ever all in the main process.
`build_on_dask(articles, client)` runs the same stages on articles given in memory and returns
the Timeline; both equal `build_timeline` (tests/test_archive.py).
`read_on_dask(paths)` reads files on the workers, with the reader's ids and problems.
`dask_client(scheduler=None, n_workers=2)`: `scheduler` is a `dask.distributed` scheduler address; without one a local cluster of
`n_workers` processes is started (one thread each: the stages are pure Python).

`write_built(timeline, folder)` writes articles/mentions/events/problems as Parquet (pyarrow);
`read_built(folder)` reads them back into a Timeline equal to the one written.
"""
from __future__ import annotations

import dataclasses
import json
import os
import pickle
import zlib
from collections import deque
from contextlib import contextmanager
from dataclasses import dataclass

import pandas as pd

from timeline.articles import ReadProblem, _expand, _unique, read_articles
from timeline.build import (ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, Timeline, _article_rows,
                            mentions_or_problem, merge_shard, shards_of_years, timeline_rows)
from timeline.curate import mention_key
from timeline.labels import sentence_dates

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


# ----------------------------------------------------------------------------- the stages

@dataclass
class DatedChunk:
    """One task's input after reading, dating and event mentions. It stays on its worker, packed
    (a mention is about 1.2 KB pickled, 0.4 KB compressed, against about 10 KB as objects): the
    main process only ever sees its `ChunkSummary`."""
    summary: "ChunkSummary"
    by_year: dict       # year -> `_pack`ed mentions whose dates start in that year


@dataclass
class ChunkSummary:
    read: list          # per input item: (ids of the articles it gave, its ReadProblems)
    rows: list          # the articles' rows of `Timeline.articles`
    years: list         # the year each mention's date starts in (what the merge shards by)
    dating: list        # ReadProblems of the articles that could not be dated


def _pack(value) -> bytes:
    return zlib.compress(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL), 1)


def _unpack(packed: bytes):
    return pickle.loads(zlib.decompress(packed))


def _date_chunk(load, source) -> DatedChunk:
    read, articles = [], []
    for found, problems in load(source):
        read.append(([a.id for a in found], list(problems)))
        articles.extend(found)
    rows = _article_rows(articles)
    # Per year: (index of the mention in the chunk, mention, key, position of its article).
    years: dict[int, list] = {}
    order, dates, dating = [], {}, []
    for position, a in enumerate(articles):
        found, problem = mentions_or_problem(a)
        if problem:
            dating.append(problem)
        for m in found:
            key = mention_key(a.file, m.date.offset, m.date.expression)
            years.setdefault(m.date.start.year, []).append((len(order), m, key, position))
            order.append(m.date.start.year)
        for (_, sentence), found_dates in sentence_dates(found).items():
            dates[position, sentence] = found_dates
    light = [dataclasses.replace(a, sentences=[]) for a in articles]   # labels read text and title
    by_year = {}
    for year, entries in years.items():
        used = sorted({e[3] for e in entries})
        by_year[year] = _pack((entries, {p: light[p] for p in used},
                               {k: v for k, v in dates.items() if k[0] in used}))
    return DatedChunk(ChunkSummary(read, rows, order, dating), by_year)


def _summary(chunk: DatedChunk) -> ChunkSummary:
    return chunk.summary


def _select(chunk: DatedChunk, years) -> list:
    return [chunk.by_year[y] for y in years if y in chunk.by_year]


def _shard_frames(selections) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(events, mentions) of one merge shard, events numbered e1... within the shard.
    `selections`: per task, (its packed years of the shard, its articles' build-wide ids, the
    number of its first mention)."""
    ordered, by_id, dates = [], {}, {}
    for packed_years, ids, first_number in selections:
        for packed in packed_years:
            entries, articles, found_dates = _unpack(packed)
            for position, a in articles.items():
                # A name another input had taken first: the article and its mentions are renamed.
                by_id[ids[position]] = a if a.id == ids[position] else dataclasses.replace(a, id=ids[position])
            for (position, sentence), v in found_dates.items():
                dates[ids[position], sentence] = v
            for index, m, key, position in entries:
                if m.article_id != ids[position]:
                    m = dataclasses.replace(m, article_id=ids[position])
                ordered.append((first_number + index, m, key))
    ordered.sort(key=lambda t: t[0])
    numbers, mentions, keys = [t[0] for t in ordered], [t[1] for t in ordered], [t[2] for t in ordered]
    event_rows, mention_rows = timeline_rows(mentions, merge_shard(mentions), keys, by_id, dates, numbers)
    return (pd.DataFrame(event_rows, columns=EVENT_COLUMNS),
            pd.DataFrame(mention_rows, columns=MENTION_COLUMNS))


@dataclass
class ArchiveParts:
    """What the stages give the main process: the articles' rows and problems, and the shards'
    (events, mentions) frames in date order, made as they are read (`shards` is a generator)."""
    articles: pd.DataFrame
    read_problems: list
    dating_problems: list
    shards: object


def _in_order(client, fn, items, in_flight):
    """fn(item) for each item, yielded in order, at most `in_flight` tasks ahead."""
    pending = deque()
    items = iter(items)
    for item in items:
        pending.append(client.submit(fn, item, pure=False))
        if len(pending) >= in_flight:
            break
    while pending:
        future = pending.popleft()
        result = future.result()
        future.release()
        for item in items:
            pending.append(client.submit(fn, item, pure=False))
            break
        yield result


def archive_parts(client, sources, load) -> ArchiveParts:
    """Run the stages on the cluster. `sources`: one task's input each, in order; `load(source)`
    gives (articles, problems) per item of a source (a file, an article). The main process holds
    only the articles' rows, the mentions' years and one merge shard's frames at a time."""
    from distributed import as_completed

    in_flight = 2 * max(1, len(client.scheduler_info().get("workers", {})))
    chunks, summaries = [None] * len(sources), [None] * len(sources)
    index, queue = {}, iter(range(len(sources)))

    def submit():
        for i in queue:
            chunks[i] = client.submit(_date_chunk, load, sources[i], pure=False)
            future = client.submit(_summary, chunks[i], pure=False)
            index[future.key] = i
            return future
        return None

    # Bounded: a source of articles given in memory stays pickled in the scheduler until done.
    running = as_completed([f for f in (submit() for _ in range(in_flight)) if f is not None])
    for future in running:
        summaries[index.pop(future.key)] = future.result()
        future.release()
        following = submit()
        if following is not None:
            running.add(following)

    used, read_problems, dating_problems, rows, ids, years = set(), [], [], [], [], []
    for summary in summaries:
        chunk_ids = []
        for found, problems in summary.read:
            read_problems.extend(problems)
            chunk_ids.extend(_unique(i, used) for i in found)
        for row, new_id in zip(summary.rows, chunk_ids):
            row["article_id"] = new_id
        ids.append(chunk_ids)
        rows.extend(summary.rows)
        dating_problems.extend(summary.dating)
        years.extend(summary.years)
    shards = shards_of_years(years)
    shard_years = [sorted({years[i] for i in positions}) for positions in shards]
    selections = [[] for _ in shards]
    first = 1
    for chunk, chunk_ids, summary in zip(chunks, ids, summaries):
        present = set(summary.years)
        for s, wanted in enumerate(shard_years):
            if present.intersection(wanted):
                selected = client.submit(_select, chunk, wanted, pure=False)
                selections[s].append((selected, chunk_ids, first))
        first += len(summary.years)
    del chunks, summaries, years

    def shard_frames():
        offset = 0
        for events, mentions in _in_order(client, _shard_frames, selections, in_flight):
            _renumber(events, mentions, offset)
            offset += len(events)
            yield events, mentions

    return ArchiveParts(pd.DataFrame(rows, columns=ARTICLE_COLUMNS), read_problems, dating_problems,
                        shard_frames())


def _renumber(events, mentions, offset):
    """A shard's events e1... become e<offset+1>...: shards are runs of whole years in order and an
    event starts inside its mentions' dates, so every event of a shard sorts after the earlier
    shards' ones."""
    if offset:
        for frame in (events, mentions):
            frame["event_id"] = [f"e{int(e[1:]) + offset}" for e in frame["event_id"]]


def _given(articles):
    return [([a], []) for a in articles]


def build_on_dask(articles, client) -> Timeline:
    """The Timeline of `articles`, built on the Dask `client`; equal to `build_timeline(articles)`."""
    articles = list(articles)
    sources = [articles[i:i + PARTITION_ARTICLES] for i in range(0, len(articles), PARTITION_ARTICLES)]
    parts = archive_parts(client, sources, _given)
    frames = list(parts.shards)
    events = pd.concat([e for e, _ in frames] or [pd.DataFrame(columns=EVENT_COLUMNS)], ignore_index=True)
    mentions = pd.concat([m for _, m in frames] or [pd.DataFrame(columns=MENTION_COLUMNS)], ignore_index=True)
    return Timeline(events=events, mentions=_in_mention_order(mentions), articles=parts.articles,
                    problems=parts.dating_problems)


def _in_mention_order(mentions):
    numbers = [int(m[1:]) for m in mentions["mention_id"]]
    if all(a < b for a, b in zip(numbers, numbers[1:])):
        return mentions
    order = sorted(range(len(numbers)), key=numbers.__getitem__)
    return mentions.iloc[order].reset_index(drop=True)


# ----------------------------------------------------------------------------- reading

def input_items(paths) -> list[tuple[str, str, str | None]]:
    """(path, name shown, problem or None) of every file `read_articles(paths)` would read, in
    its order, named as it names them (the bare name, the path when two share a name)."""
    items, seen = [], set()
    for path, problem in _expand([paths] if isinstance(paths, (str, os.PathLike)) else paths):
        if problem is None:
            real = os.path.realpath(path)
            if real in seen:
                continue
            seen.add(real)
        items.append((path, problem))
    names = [os.path.basename(path.rstrip("/\\")) or path for path, _ in items]
    shared = {n for n in names if names.count(n) > 1}
    return [(path, path if name in shared else name, problem) for (path, problem), name in zip(items, names)]


def _read_items(items):
    """(articles, problems) of each (path, shown name, problem) item."""
    out = []
    for path, shown, problem in items:
        if problem:
            out.append(([], [ReadProblem(shown, problem)]))
            continue
        found, problems = read_articles([path])
        for a in found:
            a.file = shown
        out.append((found, [ReadProblem(shown, p.reason) for p in problems]))
    return out


def _item_sources(paths):
    items = input_items(paths)
    return [items[i:i + PARTITION_ARTICLES] for i in range(0, len(items), PARTITION_ARTICLES)]


def read_on_dask(paths, client):
    """`read_articles(paths)` with each file read on a worker: the same articles, ids and
    problems, in the same order."""
    sources = _item_sources(paths)
    articles, problems, used = [], [], set()
    for result in _in_order(client, _read_items, sources, 2 * max(1, len(client.scheduler_info().get("workers", {})))):
        for found, file_problems in result:
            problems.extend(file_problems)
            for a in found:
                a.id = _unique(a.id, used)
                articles.append(a)
    return articles, problems


def build_archive(paths, client, folder) -> tuple[int, int, int, list]:
    """Read, date, mention and merge the files of `paths` on the cluster and write the Parquet
    of `read_built` into `folder` (`write_archive`): the files are read on the workers. Returns
    (events, mentions, articles, problems)."""
    return write_archive(client, _item_sources(paths), _read_items, folder)


def write_archive(client, sources, load, folder) -> tuple[int, int, int, list]:
    """`archive_parts` written into `folder` one merge shard at a time; the folder changes only
    once the whole build has succeeded. Returns (events, mentions, articles, problems)."""
    parts = archive_parts(client, sources, load)
    writer = BuiltWriter(folder)
    for events, mentions in parts.shards:
        writer.add(events, mentions)
    problems = parts.read_problems + parts.dating_problems
    writer.close(parts.articles, problems)
    return writer.n_events, writer.n_mentions, len(parts.articles), problems


# ----------------------------------------------------------------------------- Parquet

# Columns Parquet cannot hold as they are: lists come back as arrays, nested dicts as structs
# padded with every key; they are stored as JSON text instead.
_JSON_COLUMNS = {"events": ["outlets", "first_by_outlet", "entities"], "mentions": ["entities"]}
FRAMES = ("articles", "mentions", "events")


def _json_columns(frame, name):
    frame = frame.copy()
    for column in _JSON_COLUMNS.get(name, []):
        frame[column] = [json.dumps(v, ensure_ascii=False) for v in frame[column]]
    return frame


def _problems_frame(problems):
    return pd.DataFrame([{"file": p.file, "reason": p.reason} for p in problems], columns=["file", "reason"])


def write_built(timeline: Timeline, folder) -> None:
    os.makedirs(folder, exist_ok=True)
    for name in FRAMES:
        _atomic_parquet(_json_columns(getattr(timeline, name), name), os.path.join(folder, f"{name}.parquet"))
    _atomic_parquet(_problems_frame(timeline.problems), os.path.join(folder, "problems.parquet"))


def _atomic_parquet(frame, path):
    tmp = path + ".tmp"
    frame.to_parquet(tmp, engine="pyarrow", index=False)
    os.replace(tmp, path)


# Column types of the frames written shard by shard: one schema for every shard, whatever a
# shard's own values (a shard whose times of day are all None must not make the column null).
_TIMES = {"published": ("us", "UTC"), "first_published": ("us", "UTC"), "start": ("s", None), "end": ("s", None)}
_NUMBERS = {"sentence_index", "expression_offset", "n_outlets", "n_articles", "n_mentions"}


def _schema(columns):
    import pyarrow as pa

    def kind(column):
        if column in _TIMES:
            return pa.timestamp(*_TIMES[column])
        if column in _NUMBERS:
            return pa.int64()
        if column == "confidence":
            return pa.float64()
        return pa.string()
    return pa.schema([(c, kind(c)) for c in columns])


class BuiltWriter:
    """`write_built`'s files, the events and mentions written one merge shard at a time. Nothing
    in the folder changes before `close`."""

    def __init__(self, folder):
        import pyarrow.parquet as pq

        os.makedirs(folder, exist_ok=True)
        self.folder, self.n_events, self.n_mentions = folder, 0, 0
        self._schemas = {"events": _schema(EVENT_COLUMNS), "mentions": _schema(MENTION_COLUMNS)}
        self._writers = {name: pq.ParquetWriter(self._path(name) + ".tmp", schema)
                         for name, schema in self._schemas.items()}

    def _path(self, name):
        return os.path.join(self.folder, f"{name}.parquet")

    def add(self, events, mentions):
        import pyarrow as pa

        for name, frame in (("events", events), ("mentions", mentions)):
            table = pa.Table.from_pandas(_json_columns(frame, name), schema=self._schemas[name],
                                         preserve_index=False)
            self._writers[name].write_table(table)
        self.n_events += len(events)
        self.n_mentions += len(mentions)

    def close(self, articles, problems):
        for writer in self._writers.values():
            writer.close()
        for name in self._writers:
            os.replace(self._path(name) + ".tmp", self._path(name))
        _atomic_parquet(_json_columns(articles, "articles"), self._path("articles"))
        _atomic_parquet(_problems_frame(problems), self._path("problems"))


def read_built(folder) -> Timeline:
    """The Timeline written by `write_built` or `build_archive` (ValueError naming what is missing)."""
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
    # An archive is written shard by shard (mentions in date order): the Timeline has them in
    # article order, as a build in one process gives them.
    return Timeline(events=frames["events"], mentions=_in_mention_order(frames["mentions"]),
                    articles=frames["articles"], problems=problems)

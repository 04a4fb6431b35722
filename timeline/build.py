"""Stages 3-4: date mentions become event mentions, event mentions merge into events.

Contract: `build_timeline(articles) -> Timeline`; `load_timeline(paths) -> Timeline` reads and builds.

`Timeline.events` — one row per event:
    event_id (str "e1"...), start, end (pandas Timestamp, inclusive days), grain (str),
    label (str), outlets (list[str], sorted), n_outlets, n_articles, n_mentions (int),
    first_outlet (str), first_published (Timestamp, UTC),
    first_by_outlet (dict outlet -> {"article_id", "published" (ISO str), "title", "url"}),
    entities (list[str], canonical names)
`Timeline.mentions` — one row per date mention:
    mention_id, event_id, article_id, file, outlet, title, url, published (Timestamp, UTC),
    language, sentence_index, sentence, expression, expression_offset (index in `sentence`),
    start, end (Timestamp), grain, kind, confidence, rule, time_of_day,
    clause, description, entities (list[str]),
    key (the mention's stable name: article file:offset of the date in the article:the date's words)
    (ids: `e1`... in chronological order of the events; `m1`... in article order, then text order)
`Timeline.articles` — one row per article:
    article_id, file, path, outlet, title, url, published, published_source, language,
    encoding, n_sentences
`Timeline.curation` — the user's corrections (timeline.curate) that applied and those that no
    longer do, with why.
`Timeline.problems` — list[ReadProblem] for the files that could not be read, and for articles
    whose dating failed (the rest of the timeline is still built).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pandas as pd
from threadpoolctl import threadpool_limits

from timeline.articles import ReadProblem
from timeline.curate import Curation, apply_corrections, mention_key, read_corrections
from timeline.dater import find_dates
from timeline.mentions import event_mentions
from timeline.labels import event_label, sentence_dates
from timeline.merge import event_date, merge_mentions
from timeline.semantics import attach_meaning

EVENT_COLUMNS = ["event_id", "start", "end", "grain", "label", "outlets", "n_outlets", "n_articles",
                 "n_mentions", "first_outlet", "first_published", "first_by_outlet", "entities"]
MENTION_COLUMNS = ["mention_id", "event_id", "article_id", "file", "outlet", "title", "url", "published",
                   "language", "sentence_index", "sentence", "expression", "expression_offset",
                   "start", "end", "grain", "kind", "confidence", "rule", "time_of_day",
                   "clause", "description", "entities", "key"]
ARTICLE_COLUMNS = ["article_id", "file", "path", "outlet", "title", "url", "published", "published_source",
                   "language", "encoding", "n_sentences"]


@dataclass
class Timeline:
    events: pd.DataFrame
    mentions: pd.DataFrame
    articles: pd.DataFrame
    problems: list = field(default_factory=list)
    curation: Curation | None = None      # the corrections that applied and those that did not


def _utc(moment) -> pd.Timestamp:
    ts = pd.Timestamp(moment)
    return ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")


def _day(d) -> pd.Timestamp:
    return pd.Timestamp(d)


def _article_rows(articles):
    return [{
        "article_id": a.id, "file": a.file, "path": a.path, "outlet": a.outlet, "title": a.title,
        "url": a.url, "published": _utc(a.published), "published_source": a.published_source,
        "language": a.language, "encoding": a.encoding, "n_sentences": len(a.sentences),
    } for a in articles]


def _event_row(members, by_id, label):
    start, end, grain = event_date([m.date for m in members])
    first_by_outlet = {}
    for m in sorted(members, key=lambda m: (_utc(m.published), m.article_id)):
        if m.outlet not in first_by_outlet:
            a = by_id[m.article_id]
            first_by_outlet[m.outlet] = {"article_id": a.id, "published": _utc(a.published).isoformat(),
                                         "title": a.title, "url": a.url}
    first = min(members, key=lambda m: (_utc(m.published), m.article_id))
    entity_counts = Counter(e for m in members for e in dict.fromkeys(m.entities))
    return {
        "start": _day(start), "end": _day(end), "grain": grain, "label": label,
        "outlets": sorted(first_by_outlet), "n_outlets": len(first_by_outlet),
        "n_articles": len({m.article_id for m in members}), "n_mentions": len(members),
        "first_outlet": first.outlet, "first_published": _utc(first.published),
        "first_by_outlet": first_by_outlet,
        "entities": [name for name, _ in entity_counts.most_common()],
    }


@dataclass
class Merged:
    """The articles dated, their event mentions and the merge's event number of each: what the
    corrections are applied to (the app keeps it to re-apply them without merging again)."""
    articles: list
    mentions: list
    groups: list
    problems: list
    keys: list = field(default_factory=list)          # stable key of each mention (see curate)
    label_cache: dict = field(default_factory=dict)   # mention indexes of an event -> its label


def article_mentions(article) -> list:
    """The event mentions of one article: every stage before the merge, one article at a time.
    Their sense vectors are computed by the merge, one shard at a time (`merge_shard`), so an
    archive never holds the vectors of all its mentions at once."""
    dates = find_dates(article.text, article.published, lang=article.language)
    return event_mentions(article, dates)


def mentions_or_problem(article):
    """(event mentions, None), or ([], the problem) for an article that cannot be dated: the
    per-article stage, which the Dask build runs in parallel."""
    try:
        return article_mentions(article), None
    except Exception as exc:  # noqa: BLE001 - one article that cannot be dated must not sink the rest
        return [], ReadProblem(article.file, f"could not be dated: {type(exc).__name__}: {exc}")


# A merge shard holds whole years and at least this many mentions (the last shard takes the rest):
# a story's few thousand mentions are merged as one, as always; an archive's shards are a year or
# a few, each merged on its own (on its own Dask worker).
MIN_SHARD_MENTIONS = 5000


def shard_positions(mentions) -> list[list[int]]:
    """Positions of `mentions` per merge shard (`shards_of_years` of their years)."""
    return shards_of_years([m.date.start.year for m in mentions])


def shards_of_years(years) -> list[list[int]]:
    """Positions per merge shard of mentions whose dates start in `years`, shards in year order.
    A shard is a run of whole years: the merge compares only mentions of one month block or one
    year block, and joins a year's coarse events to that year's finer ones, so no two mentions
    of different years are ever compared."""
    by_year: dict[int, list[int]] = {}
    for i, year in enumerate(years):
        by_year.setdefault(year, []).append(i)
    shards: list[list[int]] = []
    current: list[int] = []
    for year in sorted(by_year):
        current.extend(by_year[year])
        if len(current) >= MIN_SHARD_MENTIONS:
            shards.append(sorted(current))
            current = []
    if current:
        if shards:
            shards[-1] = sorted(shards[-1] + current)
        else:
            shards.append(sorted(current))
    return shards


def combine_shard_labels(n, shards, shard_labels) -> list[int]:
    """One event number per mention from each shard's own numbers."""
    labels, offset = [0] * n, 0
    for positions, local in zip(shards, shard_labels):
        for i, label in zip(positions, local):
            labels[i] = offset + label
        offset += max(local, default=-1) + 1
    return labels


def merge_shard(mentions) -> list[int]:
    """`merge_mentions` on one date shard, with the shard's sense vectors made for it and let go
    after it: 3 x 512 floats a mention (6 KB), 7 GB for the 1.2 million mentions of 100,000
    articles, are never all held at once. Nothing after the merge reads them."""
    # One BLAS thread: a block's similarity products are too small for a second thread to pay
    # (OpenBLAS's spare thread spins: 1,000 synthetic articles cost 13.2 s CPU with it, 9.2 s
    # without), and on Dask each worker is already one process per core.
    with threadpool_limits(limits=1, user_api="blas"):
        attach_meaning(mentions)
        labels = merge_mentions(mentions)
    for m in mentions:
        m.meaning = m.sentence_meaning = m.subject_meaning = None
    return labels


def merge_by_shard(mentions) -> list[int]:
    """`merge_shard` run on each date shard."""
    shards = shard_positions(mentions)
    return combine_shard_labels(len(mentions), shards,
                                [merge_shard([mentions[i] for i in pos]) for pos in shards])


def merged_record(articles, mentions, groups, problems) -> Merged:
    """The Merged record of dated articles, their mentions and each mention's event number."""
    by_id = {a.id: a for a in articles}
    keys = [mention_key(by_id[m.article_id].file, m.date.offset, m.date.expression) for m in mentions]
    return Merged(articles, mentions, groups, problems, keys)


def merge_articles(articles) -> Merged:
    """Date, mention and merge `articles` (the slow part of a build)."""
    articles = list(articles)
    problems, mentions = [], []
    for a in articles:
        found, problem = mentions_or_problem(a)
        mentions.extend(found)
        if problem:
            problems.append(problem)
    return merged_record(articles, mentions, merge_by_shard(mentions), problems)


def build_timeline(articles, corrections=()) -> Timeline:
    """Date, mention and merge `articles` into a Timeline (see the module docstring), with the
    user's `corrections` (timeline.curate) applied after the merge."""
    return assemble_timeline(merge_articles(articles), corrections)


def assemble_timeline(merged: Merged, corrections=()) -> Timeline:
    """The Timeline of merged mentions after `corrections`; `Timeline.curation` says which applied."""
    by_id = {a.id: a for a in merged.articles}
    curation = apply_corrections(merged.keys, merged.groups, corrections)
    labels = [None if label in curation.hidden else label for label in curation.groups]
    event_rows, mention_rows = timeline_rows(merged.mentions, labels, merged.keys, by_id,
                                             names=curation.names, label_cache=merged.label_cache)
    return Timeline(
        events=pd.DataFrame(event_rows, columns=EVENT_COLUMNS),
        mentions=pd.DataFrame(mention_rows, columns=MENTION_COLUMNS),
        articles=pd.DataFrame(_article_rows(merged.articles), columns=ARTICLE_COLUMNS),
        problems=list(merged.problems),
        curation=curation,
    )


def timeline_rows(mentions, labels, keys, by_id, dates_by_sentence=None, numbers=None, names=None,
                  label_cache=None):
    """(event rows, mention rows) of merged `mentions`: the events in chronological order with
    ids e1, e2...; a mention whose label is None is hidden. `by_id`: article id -> Article (the
    labels read its title and text); `dates_by_sentence` (`sentence_dates`) defaults to these
    mentions' own; `numbers`: each mention's number (its id m<n>), 1, 2... by default; `names`:
    label -> the user's name for the event."""
    names, label_cache = names or {}, {} if label_cache is None else label_cache
    groups: dict[int, list] = {}
    for i, label in enumerate(labels):
        if label is not None:
            groups.setdefault(label, []).append(i)
    event_rows = []
    for label, idx in groups.items():
        members = [mentions[i] for i in idx]
        cache_key = tuple(idx)
        if cache_key not in label_cache:
            dates_by_sentence = dates_by_sentence or sentence_dates(mentions)
            label_cache[cache_key] = event_label(members, dates_by_sentence, by_id)
        row = _event_row(members, by_id, label_cache[cache_key])
        row["label"] = names.get(label, row["label"])
        event_rows.append((row, label))
    event_rows.sort(key=lambda rl: (rl[0]["start"], rl[0]["end"], rl[0]["first_published"], rl[0]["label"]))
    event_id = {}
    for n, (row, label) in enumerate(event_rows, 1):
        row["event_id"] = event_id[label] = f"e{n}"

    mention_rows = []
    for i, (m, label, key) in enumerate(zip(mentions, labels, keys)):
        if label not in event_id:
            continue               # hidden, or in a hidden event
        a, d = by_id[m.article_id], m.date
        mention_rows.append({
            "mention_id": f"m{numbers[i] if numbers else i + 1}", "event_id": event_id[label],
            "article_id": a.id, "file": a.file,
            "outlet": a.outlet, "title": a.title, "url": a.url, "published": _utc(a.published),
            "language": a.language, "sentence_index": m.sentence_index, "sentence": m.sentence,
            "expression": d.expression, "expression_offset": m.expression_offset,
            "start": _day(d.start), "end": _day(d.end), "grain": d.grain, "kind": d.kind,
            "confidence": d.confidence, "rule": d.rule, "time_of_day": d.time_of_day,
            "clause": m.clause, "description": m.description, "entities": list(m.entities),
            "key": key,
        })
    return [row for row, _ in event_rows], mention_rows


def load_timeline(paths, corrections=None, select=None):
    """Read `paths` and build their Timeline; `corrections` is a corrections file (see
    timeline.curate) or a list of Correction; None: none. A corrections file that cannot be
    read, or lines of it, are reported in `problems`."""
    from timeline.articles import read_articles

    articles, problems = read_articles(paths)
    if select is not None:                 # e.g. one story's articles (timeline.story)
        articles = select(articles)
    extra = []
    if corrections is not None and not isinstance(corrections, (list, tuple)):
        path = corrections
        corrections, messages = read_corrections(path)
        extra = [ReadProblem(str(path), msg.split(": ", 1)[-1]) for msg in messages]
    tl = build_timeline(articles, corrections or ())
    tl.problems = list(problems) + extra + tl.problems
    return tl

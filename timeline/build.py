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
    clause, description, entities (list[str])
`Timeline.articles` — one row per article:
    article_id, file, path, outlet, title, url, published, published_source, language,
    encoding, n_sentences
`Timeline.problems` — list[ReadProblem] for the files that could not be read.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd


@dataclass
class Timeline:
    events: pd.DataFrame
    mentions: pd.DataFrame
    articles: pd.DataFrame
    problems: list = field(default_factory=list)


def build_timeline(articles):  # implemented by the event stage
    raise NotImplementedError


def load_timeline(paths):
    from timeline.articles import read_articles

    articles, problems = read_articles(paths)
    tl = build_timeline(articles)
    tl.problems = list(problems)
    return tl

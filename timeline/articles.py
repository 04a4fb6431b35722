"""Stage 1: read article files into plain `Article` records.

Contract (other stages rely on it):
- `read_articles(paths) -> (list[Article], list[ReadProblem])`; paths are files or folders
  (folders are walked recursively, in sorted order). A file that cannot be read becomes a
  `ReadProblem(file, reason)`; the others are still read.
- `Article.text` is the clean body text: paragraphs joined by "\n". Every `Sentence.start/end`
  indexes into `Article.text`, so `article.text[s.start:s.end] == s.text`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True)
class Sentence:
    index: int        # position in the article, from 0
    paragraph: int    # paragraph number, from 0
    start: int        # character offset in Article.text
    end: int          # exclusive
    text: str


@dataclass
class Article:
    id: str                    # stable id: the file name without extension
    file: str                  # file name as given (basename)
    path: str                  # full path
    outlet: str                # "RFI", "BBC", ... (falls back to the domain)
    title: str
    url: str
    published: datetime        # tz-aware; the time used as reference for dating
    published_source: str      # which marker gave `published`, e.g. "page:rfi-div", "header-epoch"
    header_time: datetime | None  # the `<!--EPOCH_MS-->` header, UTC, if any
    page_time: datetime | None    # the outlet's own marker on the page, if any
    language: str              # "zh" or "en"
    encoding: str
    text: str                  # clean body text, paragraphs joined by "\n"
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class ReadProblem:
    file: str
    reason: str


def read_articles(paths):  # implemented by the reader
    raise NotImplementedError

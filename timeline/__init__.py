"""timeline: news coverage from several outlets -> one dated, deduplicated event timeline."""
from timeline.articles import Article, ReadProblem, Sentence, read_articles
from timeline.build import Timeline, build_timeline, load_timeline
from timeline.dater import DateMention, find_dates

__all__ = [
    "Article", "ReadProblem", "Sentence", "read_articles",
    "DateMention", "find_dates",
    "Timeline", "build_timeline", "load_timeline",
]

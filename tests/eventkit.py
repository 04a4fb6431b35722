"""Hand-made articles and date mentions for the event-stage tests (no reader, no dater)."""
from datetime import date, datetime, timezone

from timeline.articles import Article, Sentence
from timeline.dater import DateMention
from timeline.sentences import split_sentences


def article(ident, text, outlet="RFI", published="2023-09-15T12:00:00+00:00", language="zh"):
    paragraphs = text.split("\n")
    sentences, offset = [], 0
    for p_index, para in enumerate(paragraphs):
        for start, end in split_sentences(para, language):
            sentences.append(Sentence(len(sentences), p_index, offset + start, offset + end, para[start:end]))
        offset += len(para) + 1
    return Article(id=ident, file=f"{ident}.txt", path=f"/corpus/{ident}.txt", outlet=outlet, title=ident,
                   url=f"https://example.org/{ident}", published=datetime.fromisoformat(published),
                   published_source="test", header_time=None, page_time=None, language=language,
                   encoding="utf-8", text=text, sentences=sentences)


def date_mention(art, expression, start, end=None, grain="day", occurrence=0, after=""):
    """The `occurrence`-th `expression` in `art.text` (after the text `after`), dated start..end."""
    offset = art.text.index(after) if after else 0
    for _ in range(occurrence + 1):
        offset = art.text.index(expression, offset)
        found = offset
        offset += 1
    return DateMention(expression, found, date.fromisoformat(start), date.fromisoformat(end or start),
                       grain, "relative", 0.9, "test")

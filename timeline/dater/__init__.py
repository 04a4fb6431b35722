"""Stage 2: find explicit dates in text, resolved against a reference date.

Contract: `find_dates(text, reference, lang="zh") -> list[DateMention]`, sorted by offset.
`reference` is a `date` or `datetime` (the article's publication time). Pass a whole article
body: anaphoric words (翌日, 同一天, the next day) resolve against the date mentioned just before.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .engine import run
from .languages import language_for


@dataclass(frozen=True)
class DateMention:
    expression: str     # exactly as written in `text`
    offset: int         # index of the expression in `text`
    start: date         # inclusive
    end: date           # inclusive
    grain: str          # day, week, month_part, month, quarter, half_year, year_part, year, decade
    kind: str           # absolute, relative, anaphoric
    confidence: float   # 0..1
    rule: str = ""      # name of the rule that produced it
    time_of_day: str | None = None  # 上午, evening, ... when the text gives one

    @property
    def end_offset(self) -> int:
        return self.offset + len(self.expression)


def find_dates(text, reference, lang="zh", *, min_confidence=0.5, prefer=None):
    """Date mentions in `text`, resolved against `reference`, in text order.

    `lang` is "zh", "en" or "auto" (guessed from the share of CJK characters). Mentions the
    text hedges (a plan "this month", "today" inside a quotation) get a confidence under 0.5 and
    are left out unless `min_confidence` is lowered.
    A date the text leaves open (周四, 9月3日 without a year, Thursday) is placed by its tense,
    and without a future marker it is a past one, as news reports mean it. `prefer="future"`
    makes it the coming one, as a schedule, an agenda or a notice means it (dateparser's
    PREFER_DATES_FROM, chrono's forwardDate).
    """
    if prefer not in (None, "future"):
        raise ValueError(f"prefer must be None or 'future', not {prefer!r}")
    if isinstance(reference, datetime):
        reference = reference.date()
    return [DateMention(expression, offset, r.start, r.end, r.grain, r.kind, r.confidence,
                        rule, r.time_of_day)
            for expression, offset, r, rule in run(text, reference, language_for(lang, text),
                                                   min_confidence, prefer_future=prefer == "future")]

"""Pick one story's articles out of a mixed archive, and tell articles from other files.

`select_story(articles, query, since=None, until=None, threshold=THRESHOLD)` ranks the articles
by BM25 (Okapi, k1=1.5, b=0.75) over the query's terms. A term is a word or a name of the query;
a name in the alias table (`timeline/data/aliases.csv`) stands for all its aliases, so 普里戈任
also counts 普里格津, 普里戈津 and Prigozhin. A term's frequency in an article is how often any of
its spellings occurs in the title and body (Traditional compared as Simplified; Latin words
case-insensitively, at word starts); `能登/Noto` is one term spelt two ways. The score shown is the BM25 score divided by the best score
the query could reach (every term saturated), so it lies in [0, 1] and one threshold serves any
query. A story also has its time: the strongest run of articles at or above the threshold (none
more than STORY_GAP = 120 days from the next) gives the story's weeks (the run, 120 days on
either side); the story is the articles of those weeks at or above the threshold, and those
published within a week of one of the run's at 0.6 of it (a follow-up names the story's words
less often). A user's --since/--until window applies first.

`not_article_reason(text)`: a plain-text file (no feed header, no HTML) is an article only with
a dateline at its head; else the reason it is skipped.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from timeline.textnorm import normalize_for_matching

THRESHOLD = 0.35
# A story is a run of articles scoring at least the threshold, none more than STORY_GAP days
# from the next (a summit's week, an election's months); its weeks reach STORY_GAP days beyond
# the run. An article published within NEAR_DAYS of one of the run's needs only RELATED_SHARE
# of the threshold: a story's own follow-ups name its people and words less often (the election
# held two days after Abe's assassination names him three times).
STORY_GAP = 120
NEAR_DAYS = 7
RELATED_SHARE = 0.6
K1, B = 1.5, 0.75
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
LATIN_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’-]*")


@dataclass(frozen=True)
class Scored:
    article: object
    score: float
    in_window: bool = True      # published in the story's weeks (see `select_story`)


@lru_cache(maxsize=1)
def _alias_groups() -> dict[str, tuple[str, ...]]:
    """Every spelling (folded) -> all spellings of its canonical name."""
    from timeline.entities import load_alias_rows

    by_canonical: dict[str, set[str]] = {}
    for canonical, alias, _type in load_alias_rows():
        by_canonical.setdefault(canonical, {canonical}).add(alias)
    groups = {}
    for spellings in by_canonical.values():
        folded = tuple(sorted({_fold(s) for s in spellings}))
        for s in folded:
            groups[s] = tuple(sorted(set(groups.get(s, ())) | set(folded)))
    return groups


def _fold(text: str) -> str:
    return normalize_for_matching(text).casefold()


def query_terms(query: str) -> list[tuple[str, ...]]:
    """The query's terms, each as the tuple of its spellings. Terms are separated by spaces;
    `A/B` gives one term two spellings (能登/Noto: an archive mixes languages); a name in the
    alias table brings all its aliases."""
    groups = _alias_groups()
    terms, seen = [], set()
    for word in query.split():
        spellings = set()
        for alternative in filter(None, word.split("/")):
            folded = _fold(alternative)
            spellings.update(groups.get(folded, (folded,)))
        spellings = tuple(sorted(spellings))
        if spellings and spellings not in seen:
            seen.add(spellings)
            terms.append(spellings)
    return terms


def _pattern(spellings) -> re.Pattern:
    parts = []
    for s in sorted(spellings, key=len, reverse=True):
        escaped = re.escape(s)
        parts.append(escaped if CJK.search(s) else r"(?<![a-z0-9])" + escaped)
    return re.compile("|".join(parts))


def _length(text: str) -> int:
    """Document length in words: a Chinese character counts as half a word (words are ~2 long)."""
    return len(CJK.findall(text)) // 2 + len(LATIN_WORD.findall(text)) or 1


def score_articles(articles, query: str) -> list[float]:
    """Normalised BM25 score of each article for `query` (see the module docstring)."""
    terms = query_terms(query)
    docs = [_fold(f"{a.title}\n{a.text}") for a in articles]
    if not terms or not docs:
        return [0.0] * len(docs)
    lengths = [_length(d) for d in docs]
    average = sum(lengths) / len(lengths)
    n = len(docs)
    counts = [[len(_pattern(t).findall(d)) for t in terms] for d in docs]
    idf = []
    for j in range(len(terms)):
        df = sum(1 for row in counts if row[j])
        idf.append(math.log((n - df + 0.5) / (df + 0.5) + 1.0))
    best = sum(w * (K1 + 1) for w in idf) or 1.0
    scores = []
    for row, length in zip(counts, lengths):
        norm = K1 * (1 - B + B * length / average)
        scores.append(sum(w * tf * (K1 + 1) / (tf + norm) for w, tf in zip(idf, row) if tf) / best)
    return scores


def _day(moment) -> date:
    return moment.date() if isinstance(moment, datetime) else moment


def story_run(published, scores, threshold: float = THRESHOLD, gap: int = STORY_GAP) -> list[date]:
    """Publication days of the story's run: of the articles scoring >= `threshold`, the run of
    consecutive ones at most `gap` days apart with the highest total score ([] when none scores
    that much). Another story that shares the query's words (Taiwan, drills: the 2024 drills
    after the 2022 visit) lies months or years away, and its run scores less."""
    hits = sorted((_day(p), s) for p, s in zip(published, scores) if s >= threshold)
    if not hits:
        return []
    runs, run = [], [hits[0]]
    for hit in hits[1:]:
        if (hit[0] - run[-1][0]).days > gap:
            runs.append(run)
            run = []
        run.append(hit)
    runs.append(run)
    return [day for day, _ in max(runs, key=lambda r: sum(s for _, s in r))]


def select_story(articles, query: str, since=None, until=None, threshold: float = THRESHOLD):
    """(chosen, ranked): the articles of the story in their input order, and every article
    published in [since, until] with its score, best first (`Scored.in_window`: published in the
    story's weeks). Chosen: in the story's weeks and scoring >= `threshold`, or >= RELATED_SHARE
    of it when published within NEAR_DAYS of an article of the story's run (`story_run`)."""
    articles = [a for a in articles
                if (since is None or _day(a.published) >= _day(since))
                and (until is None or _day(a.published) <= _day(until))]
    scores = score_articles(articles, query)
    run = story_run([a.published for a in articles], scores, threshold, STORY_GAP)
    first, last = (run[0] - timedelta(days=STORY_GAP), run[-1] + timedelta(days=STORY_GAP)) if run else (None, None)
    ranked, chosen = [], []
    for a, score in zip(articles, scores):
        day = _day(a.published)
        in_window = bool(run) and first <= day <= last
        near = in_window and any(abs((day - d).days) <= NEAR_DAYS for d in run)
        if in_window and (score >= threshold or (near and score >= RELATED_SHARE * threshold)):
            chosen.append(a)
        ranked.append(Scored(a, score, in_window))
    ranked.sort(key=lambda r: -r.score)
    return chosen, ranked


# ----------------------------------------------------------------------------- is it an article?

# A dateline opening one of the first lines of plain text: "（中央社东京8日综合外电报导）",
# "北京时间2023年9月15日", "2023-09-15", "Sept. 15, 2023", "TOKYO, Sept 15 (Reuters) -",
# "Friday 15 September 2023". (A table row "| BBC | 2023-09-15 |" is not one.)
_MONTH = (r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?")
_DATELINE = re.compile(
    r"^\s*(?:\S{0,12}?\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号]|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|"
    r"[（(][^）)\n]{0,20}\d{1,2}日[^）)\n]{0,20}[）)]|"
    r"(?:[A-Za-z]+day,?\s+)?(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r",?\s+\d{4})|"
    r"[A-Z][A-Za-z .'-]{1,30},\s+" + _MONTH + r"\s+\d{1,2}\b)", re.I | re.M)
HEAD_LINES = 5


def not_article_reason(text: str) -> str | None:
    """None when the plain text of a file without the feed header is an article: a dateline in
    its first lines; else why it is not one. (Feed files and saved pages are judged by their
    header and page metadata in the reader.)"""
    head = [line for line in text.split("\n") if line.strip()][:HEAD_LINES]
    if _DATELINE.search("\n".join(head)):
        return None
    return "not an article: no feed header, no news page metadata and no dateline at the head of the text"

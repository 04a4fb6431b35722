"""Split clean article text into sentences, as (start, end) offsets into that text.

Rules (both languages; articles mix them):
- A newline (paragraph boundary) always ends a sentence.
- Chinese 。！？ (and ASCII ! ? right before a CJK character) end a sentence; ；and ： do not.
- English . ? ! end a sentence when followed by white space, except after a known
  abbreviation (Mr., Sept., U.S., single initials, ...).
- Closing quotes and brackets right after the end mark stay with the sentence: …说：“…。” is
  one sentence ending at ”.
- Inside a properly closed Chinese quotation (“…” 「…」 『…』, at most a few hundred
  characters) end marks do not split: the quote stays with the words that introduce it.
  Unpaired or mismatched quotes (common in the wild: “…" or "…“) are ignored rather than
  guessed at, so one bad quote never swallows a paragraph.
- An ellipsis (…… or ...) alone does not end a sentence: in news copy it mostly marks words
  left out of a quote.
"""
from __future__ import annotations

import re
from bisect import bisect_right

CJK_END = "。！？"
CLOSERS = "”’\"'」』）)】]》〉»"
QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』"}
MAX_QUOTE = 300

# Lower-cased abbreviations that take a period but rarely end a sentence.
ABBREVIATIONS = frozenset("""
mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres amb
inc ltd co corp bros dept est approx no nos vol fig vs etc al cf
jan feb mar apr jun jul aug sep sept oct nov dec
mon tue tues wed thu thur thurs fri sat sun
""".split())

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_QUOTE_OPENER = re.compile("[" + "".join(QUOTE_PAIRS) + "]")
_BREAK_CANDIDATE = re.compile(r"[\n。！？.!?]")


def _quote_zones(text: str) -> list[tuple[int, int]]:
    """(open, close) positions of the short, properly closed Chinese quotations."""
    zones = []
    pos = 0
    for m in _QUOTE_OPENER.finditer(text):
        i = m.start()
        if i < pos:
            continue                       # nested inside the previous quotation
        opener, closer = text[i], QUOTE_PAIRS[text[i]]
        j = text.find(closer, i + 1, i + 1 + MAX_QUOTE)
        if j < 0:
            continue
        inner = text[i + 1:j]
        if opener in inner or "\n" in inner:
            continue                       # mismatched: another opener or a paragraph end first
        zones.append((i, j))
        pos = j
    return zones


def _inside(zones: list[tuple[int, int]], starts: list[int], i: int) -> bool:
    k = bisect_right(starts, i) - 1
    return k >= 0 and zones[k][0] < i < zones[k][1]


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text[max(0, dot - 40):dot])      # a window: linear time overall
    if not m:
        return False
    word = m.group(1)
    if "." in word.strip("."):          # U.S, U.N, e.g, a.m -> dotted abbreviation
        return True
    word = word.lower()
    return len(word) == 1 or word in ABBREVIATIONS


def _ends_here(text: str, i: int, zones, zone_starts) -> int | None:
    """If a sentence ends at the end mark text[i], the offset just past it (and past any
    closing quotes/brackets), else None."""
    ch = text[i]
    n = len(text)
    j = i + 1
    while j < n and text[j] in "。！？!?":
        j += 1                            # ？！ / ?! runs
    if ch == "." and ((j < n and text[j] == ".") or (i > 0 and text[i - 1] in ".…")):
        return None                       # ... ellipsis
    while j < n and text[j] in CLOSERS:
        j += 1
    if _inside(zones, zone_starts, i) and j < n and _inside(zones, zone_starts, j):
        return None
    if ch in CJK_END:
        return j
    # ASCII mark: needs a break after it, or a CJK character (Chinese copy using ?/!).
    if j >= n or text[j] in " \t\n":
        if ch == "." and _is_abbreviation(text, i):
            return None
        return j
    if ch in "!?" and _CJK.match(text[j]):
        return j
    return None


def split_sentences(text: str, lang: str = "zh") -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of `text`, stripped of surrounding white space,
    empty ones dropped. `lang` is accepted for callers' clarity; the rules above cover
    Chinese and English together because each kind of copy quotes the other."""
    spans: list[tuple[int, int]] = []
    zones = _quote_zones(text)
    zone_starts = [z[0] for z in zones]
    start = 0
    for m in _BREAK_CANDIDATE.finditer(text):
        i = m.start()
        if i < start:
            continue                       # swallowed by the previous sentence's closers
        if text[i] == "\n":
            end, start_next = i, i + 1
        else:
            end = _ends_here(text, i, zones, zone_starts)
            if end is None:
                continue
            start_next = end
        _add_stripped(text, start, end, spans)
        start = start_next
    _add_stripped(text, start, len(text), spans)
    return spans


def _add_stripped(text: str, start: int, end: int, spans: list) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return
    # Stray punctuation after a sentence (“…不稳定。”。 or a misplaced “ after 。) belongs
    # to that sentence, not to a sentence of its own.
    if spans and not any(ch.isalnum() for ch in text[start:end]) \
            and "\n" not in text[spans[-1][1]:start]:
        spans[-1] = (spans[-1][0], end)
        return
    spans.append((start, end))

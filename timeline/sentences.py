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

CJK_END = "。！？"
ASCII_END = ".!?"
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


def _quote_zones(text: str) -> list[bool]:
    """True at each position inside a short, properly closed Chinese quotation."""
    inside = [False] * len(text)
    i = 0
    while i < len(text):
        closer = QUOTE_PAIRS.get(text[i])
        if closer:
            j = i + 1
            while j < len(text) and j - i <= MAX_QUOTE and text[j] != closer \
                    and text[j] != text[i] and text[j] != "\n":
                j += 1
            if j < len(text) and text[j] == closer and j - i <= MAX_QUOTE:
                for k in range(i + 1, j):
                    inside[k] = True
                i = j
        i += 1
    return inside


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at `dot` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, 0, dot)
    if not m:
        return False
    word = m.group(1)
    if "." in word.strip("."):          # U.S, U.N, e.g, a.m -> dotted abbreviation
        return True
    word = word.lower()
    return len(word) == 1 or word in ABBREVIATIONS


def _ends_here(text: str, i: int, inside_quote: list[bool]) -> int | None:
    """If a sentence ends at the end mark text[i], the offset just past it (and past any
    closing quotes/brackets), else None."""
    ch = text[i]
    n = len(text)
    j = i + 1
    while j < n and text[j] in CJK_END + ASCII_END and text[j] != ".":
        j += 1                            # ？！ / ?! runs
    if ch == "." and ((j < n and text[j] == ".") or (i > 0 and text[i - 1] in ".…")):
        return None                       # ... ellipsis
    while j < n and text[j] in CLOSERS:
        j += 1
    if inside_quote[i] and (j >= n or inside_quote[min(j, n - 1)]):
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
    spans = []
    inside_quote = _quote_zones(text)
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        end = None
        if ch == "\n":
            end, nxt = i, i + 1
        elif ch in CJK_END or ch in ASCII_END:
            end = _ends_here(text, i, inside_quote)
            nxt = end
        if end is None:
            i += 1
            continue
        _add_stripped(text, start, end, spans)
        start = i = nxt
    _add_stripped(text, start, n, spans)
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

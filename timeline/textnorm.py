"""Text normalisation that keeps every character at its offset.

`normalize_for_matching(text)` returns a copy of `text` with exactly the same length, so a match
found in the copy at [i:j] names the original expression `text[i:j]`. Rules can then be written
once, for Simplified Chinese and ASCII digits/punctuation, and still match Traditional Chinese
(週三, 上週五) and full-width input (９月１３日).
"""
from __future__ import annotations

from functools import lru_cache

import opencc

_T2S = opencc.OpenCC("t2s")

# Full-width ASCII block U+FF01..U+FF5E maps to U+0021..U+007E; the ideographic space to " ".
_FULL_WIDTH_OFFSET = 0xFEE0
_EXTRA = {"\u3000": " ", "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u2212": "-",
          "\uff5e": "~", "\u301c": "~"}


@lru_cache(maxsize=None)
def _normalize_char(ch: str) -> str:
    if ch in _EXTRA:
        return _EXTRA[ch]
    code = ord(ch)
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - _FULL_WIDTH_OFFSET)
    if code < 0x2E80:  # below the CJK blocks: nothing to simplify
        return ch
    # Character by character, never phrase conversion: phrases may change length.
    simplified = _T2S.convert(ch)
    return simplified if len(simplified) == 1 else ch


def normalize_for_matching(text: str) -> str:
    """Traditional -> Simplified and full-width -> ASCII, one character for one character."""
    return "".join(_normalize_char(ch) for ch in text)

"""Text normalisation that keeps every character at its offset.

`normalize_for_matching(text)` returns a copy of `text` with exactly the same length, so a match
found in the copy at [i:j] names the original expression `text[i:j]`. Rules can then be written
once, for Simplified Chinese and ASCII digits/punctuation, and still match Traditional Chinese
(週三, 上週五) and full-width input (９月１３日).
"""
from __future__ import annotations

import opencc

# Full-width ASCII block U+FF01..U+FF5E maps to U+0021..U+007E; a few look-alikes to ASCII.
_FULL_WIDTH_OFFSET = 0xFEE0
_EXTRA = {"\u3000": " ", "\u00a0": " ", "\u2013": "-", "\u2014": "-", "\u2212": "-",
          "\uff5e": "~", "\u301c": "~"}
# CJK Unified Ideographs, Extension A and the compatibility block.
_CJK_RANGES = ((0x3400, 0xA000), (0xF900, 0xFB00))


def _build_table() -> dict[int, str]:
    table = {code: chr(code - _FULL_WIDTH_OFFSET) for code in range(0xFF01, 0xFF5F)}
    table.update({ord(k): v for k, v in _EXTRA.items()})
    # Character by character, never phrase conversion (phrases may change length). One
    # newline-separated call converts each character on its own and takes ~20 ms once.
    chars = [chr(code) for lo, hi in _CJK_RANGES for code in range(lo, hi)]
    simplified = opencc.OpenCC("t2s").convert("\n".join(chars)).split("\n")
    if len(simplified) == len(chars):
        table.update({ord(t): s for t, s in zip(chars, simplified) if t != s and len(s) == 1})
    return table


_TABLE = _build_table()


def normalize_for_matching(text: str) -> str:
    """Traditional -> Simplified and full-width -> ASCII, one character for one character."""
    return text.translate(_TABLE)

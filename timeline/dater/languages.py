"""Which rule table dates a text."""
from __future__ import annotations

import re

from . import rules_en, rules_zh
from .engine import Language

_CJK = re.compile(r"[\u3400-\u9fff]")
_LETTER = re.compile(r"[A-Za-z\u3400-\u9fff]")


def detect_language(text: str) -> str:
    """"zh" when at least a fifth of the letters are CJK characters, else "en"."""
    letters = len(_LETTER.findall(text))
    return "zh" if letters and len(_CJK.findall(text)) / letters >= 0.2 else "en"


LANGUAGES = {"zh": rules_zh.LANGUAGE, "en": rules_en.LANGUAGE}


def language_for(lang: str, text: str) -> Language:
    if lang == "auto":
        lang = detect_language(text)
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r}: use zh, en or auto")
    return LANGUAGES[lang]

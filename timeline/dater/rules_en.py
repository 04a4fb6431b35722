"""English date rules (placeholder until the table is written)."""
import re
from .engine import Language
LANGUAGE = Language(rules=(), future_before=re.compile(r"\bwill\b"), future_after=re.compile(r"^\s*will\b"),
                    intent_near=re.compile(r"\bplans? to\b"), clause_breaks=".;!?\n", window_before=40, window_after=20)

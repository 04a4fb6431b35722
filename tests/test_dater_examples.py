"""The dater's example corpus (timeline/dater/examples/*.tsv) and each rule's inline examples.

Corpus line: TEXT <tab> REFERENCE <tab> EXPECTED, where EXPECTED lists every mention the text
must give, in text order, as `EXPRESSION = START[..END] GRAIN` joined by ` | `, or `-` when the
text holds no date at all. Nothing else may be output. `\n` in TEXT is a paragraph break.
A file whose first line is `# min_confidence: X` is dated with that cut (statistics spans such
as 今年前三个月 sit under the default one); one whose first line is `# prefer: future` is dated
with find_dates' forward-looking convention (a plan, a booking).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from timeline.dater import find_dates, rules_en, rules_zh

EXAMPLES = Path(__file__).resolve().parents[1] / "timeline/dater/examples"


def _parse_value(value: str):
    period, grain = value.split()
    start, _, end = period.partition("..")
    return date.fromisoformat(start), date.fromisoformat(end or start), grain


def _corpus():
    for path in sorted(EXAMPLES.glob("*.tsv")):   # zh.tsv, en.tsv, en_holidays.tsv, zh_breadth.tsv, ...
        lang = path.stem.split("_")[0]
        lines = path.read_text(encoding="utf-8").splitlines()
        cut = float(lines[0].split(":")[1]) if lines and lines[0].startswith("# min_confidence:") else 0.5
        prefer = lines[0].split(":")[1].strip() if lines and lines[0].startswith("# prefer:") else None
        for number, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            text, reference, expected = line.split("\t")
            yield pytest.param(lang, text.replace("\\n", "\n"), reference, expected, cut, prefer,
                               id=f"{path.stem}:{number}:{text[:24]}")


@pytest.mark.parametrize("lang,text,reference,expected,cut,prefer", _corpus())
def test_corpus_example(lang, text, reference, expected, cut, prefer):
    want = []
    if expected.strip() != "-":
        for item in expected.split(" | "):
            expression, _, value = item.rpartition(" = ")
            want.append((expression.strip(), *_parse_value(value)))
    got = [(m.expression, m.start, m.end, m.grain)
           for m in find_dates(text, date.fromisoformat(reference), lang=lang, min_confidence=cut, prefer=prefer)]
    assert got == want


def _inline():
    for lang, module in (("zh", rules_zh), ("en", rules_en)):
        for rule in module.RULES:
            for text, value in rule.examples:
                yield pytest.param(lang, module.EXAMPLE_REF, rule.name, text, value,
                                   id=f"{rule.name}:{text}")


@pytest.mark.parametrize("lang,reference,rule,text,value", _inline())
def test_rule_inline_example(lang, reference, rule, text, value):
    if value == "-":  # a silent rule: its match hides the dates in it
        assert find_dates(text, reference, lang=lang) == []
        return
    # a low cut: a rule's statistics spans (今年前三个月) sit under the default one
    found = [(m.start, m.end, m.grain) for m in find_dates(text, reference, lang=lang, min_confidence=0.4)
             if m.rule == rule]
    assert _parse_value(value) in found, f"{rule} on {text!r}: {found}"


def test_every_rule_has_examples():
    for module in (rules_zh, rules_en):
        assert all(rule.examples for rule in module.RULES), [r.name for r in module.RULES if not r.examples]

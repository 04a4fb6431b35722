"""Build benchmarks/public_en/cases.tsv from two date parsers' own test corpora (English part),
and benchmarks/public_en/chrono_cases.tsv from a third's (chrono-node).

    pip download --no-binary :all: --no-deps dateparser==1.5.0 ctparse==0.3.6   # then untar both
    python benchmarks/public_en/extract.py DATEPARSER_SDIST_DIR CTPARSE_SDIST_DIR
    cd /tmp/chrono && npm install chrono-node@2.7.0     # its tarball ships test/; dayjs comes along
    python benchmarks/public_en/extract.py --chrono /tmp/chrono/node_modules/chrono-node

Sources (licences in LICENSES.md beside this file):
- dateparser 1.5.0, tests/test_date_parser.py: the "English dates" block of test_dates_parsing
  (reference 2012-11-13) and test_preferably_past_dates (reference 2015-02-15, past preference,
  as news reads a bare date); tests/test_freshness_date_parser.py: the "English dates" blocks
  (reference 2014-09-01), only expressions that date something in text (ago / yesterday / last
  ..., not a bare duration such as "15 hr").
- ctparse 0.3.6, ctparse/time/corpus.py: every text without a German word, whose gold has a
  calendar date (clock-only and duration golds are left out: the dater dates days; so is a part
  of the day alone, "morning", which ctparse, made for bookings, reads as the next one).
- chrono-node 2.7.0, test/en/*.test.ts: every testSingleCase whose test expects a calendar date
  or a date range (start / end year-month-day, or a date), and every testUnexpectedResult (kind
  none: no date at all) of the default / casual / strict English parser. chrono_cases.js runs the
  test files under node with recording stubs (the values are the tests' expectations); chrono's
  own parse says which components the text states, which gives the grain: a stated day or
  weekday is a day, a stated month without a day a month, a year alone a year; a text stating
  none of them (a clock time alone) is left out, as is an end stating none (11pm - 2am: its
  start's day). Left out: the British parser (en.GB, day-first slashes), the French ones, the
  customised clones, strict's negatives (strict refuses casual words by design: "Tuesday").
  An offset in months or years (5 months ago, within a year) is kind contains of chrono's day.
  A test without a reference date is given 2023-09-01 (chrono_cases.js pins "now"). A test run
  with chrono's forwardDate option has " forwardDate" after its source file.
Kinds: day = that day exactly, at day grain; month / year = that whole month / year; monthnoyear
= that month in any year; span = START..END days; contains = the reading must contain the day and
be no coarser than the text says (an offset such as "2 weeks ago" may be a week); none = no date.
"""
from __future__ import annotations

import ast
import calendar
import datetime as dt
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from dateutil.relativedelta import relativedelta

OUT = Path(__file__).with_name("cases.tsv")
CHRONO_OUT = Path(__file__).with_name("chrono_cases.tsv")
CHRONO_PARSERS = {"chrono", "chrono.en", "chrono.casual", "chrono.strict"}
# an offset counted in months or years (5 months ago, within a year, -3y): chrono gives the day
# that far from the reference, the text names no calendar month; scored as "contains" that day
OFFSET_IN_MONTHS = re.compile(r"(?i)(?:\b(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
                              r"|few|several|couple of)|-[0-9]+)\s*(?:months?|mon|mo|years?|yrs?|y)\b")
GERMAN = re.compile(r"[äöüßÄÖÜ]|\b(?:am|um|den|der|dem|des|die|das|ab|bis|vor|nach|uhr|von|zum|zur|und|oder|ende|jahres|monats"
                    r"|heute|morgen|gestern|morgens|abends|mittags|nachts|früh|spät|diesen|diese|nächste[nrs]?|letzte[nrs]?"
                    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|januar|februar|märz|mai|juni|juli|oktober|dezember"
                    r"|mrz|dez|okt|frühestens|spätestens|gegen|erster|tage|woche|wochen|stunde|halb|viertel|nächsten|ten|ca|zu|dieser|jetzt"
                    r"|genau|gerade|eben|vorgestern|übermorgen|vormittags?|nachmittags?)\b"
                    r"|(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|(?:morgen|mittag|nacht)\b|[0-9]uhr", re.I)
# a part of the day alone (ctparse reads "morning" as the next one, as a booking would) is a
# time of day, not a date: left out
PART_OF_DAY_ONLY = re.compile(r"(?i)^\s*(?:(?:very|early|late|this|before|after|in|the)\s+)*"
                              r"(?:early|late|morning|forenoon|noon|afternoon|evening|night)\s*$")
TIME_ONLY = re.compile(r"(?i)^\s*[0-9:.h\s]*(?:a\.?m\.?|p\.?m\.?)?\s*$")
DATED_WORDS = re.compile(r"(?i)\b(?:ago|yesterday|today|tomorrow|last|next|before|after|till date)\b")


def _params(path: Path):
    """(function name, line, args, kwargs) of every param(...) in a test module's decorators."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    ns = {"datetime": dt.datetime, "param": lambda *a, **k: (a, k)}
    for fn in ast.walk(tree):
        if isinstance(fn, ast.FunctionDef):
            for dec in fn.decorator_list:
                for node in ast.walk(dec):
                    if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "param":
                        try:
                            args, kw = eval(compile(ast.Expression(node), str(path), "eval"), ns)
                        except Exception:
                            continue
                        yield fn.name, node.lineno, args, kw


def _english_lines(path: Path) -> list[tuple[int, int]]:
    """Line ranges of the '# English dates' blocks (up to the next '# ... dates' comment)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    ranges, start = [], None
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if start is not None and (re.match(r"# \S+ dates$", stripped) or stripped.startswith("]")):
            ranges.append((start, number))
            start = None
        if stripped == "# English dates":
            start = number
    return ranges


def _names_a_day(text: str) -> bool:
    return bool(re.search(r"(?i)\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|yesterday|today|tomorrow|till date|\bdays?\b"
                          r"|\b(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?\b(?![:.]?[0-9]*\s*(?:[ap]\.?m|h\b))", text))


def dateparser_cases(root: Path):
    parser_tests = root / "tests/test_date_parser.py"
    english = _english_lines(parser_tests)
    for name, line, args, _ in _params(parser_tests):
        if len(args) != 2 or not isinstance(args[1], dt.datetime):
            continue
        text, gold = args
        if TIME_ONLY.match(text):
            continue
        if name == "test_dates_parsing" and any(a <= line < b for a, b in english):
            yield "dateparser:test_date_parser", text, dt.date(2012, 11, 13), gold.date(), _names_a_day(text)
        elif name == "test_preferably_past_dates":
            yield "dateparser:test_date_parser", text, dt.date(2015, 2, 15), gold.date(), _names_a_day(text)
    fresh = root / "tests/test_freshness_date_parser.py"
    english = _english_lines(fresh)
    now = dt.datetime(2014, 9, 1, 10, 30)
    seen = set()
    for name, line, args, kw in _params(fresh):
        if not args or "ago" not in kw or not any(a <= line < b for a, b in english):
            continue
        text, ago = args[0], kw["ago"]
        if not DATED_WORDS.search(text) or text in seen or any(isinstance(v, float) for v in ago.values()):
            continue
        seen.add(text)
        gold = (now - relativedelta(**ago)).date()
        yield "dateparser:test_freshness_date_parser", text, now.date(), gold, False


_TIME = re.compile(r"(?P<y>X|[0-9]{4})-(?P<m>X|[0-9]{2})-(?P<d>X|[0-9]{2}) ")


def _ct_date(part: str):
    found = _TIME.search(part)
    if not found:
        return None
    y, m, d = found.group("y"), found.group("m"), found.group("d")
    if y != "X" and m != "X" and d != "X":
        return "day", dt.date(int(y), int(m), int(d))
    if y != "X" and m != "X":
        return "month", dt.date(int(y), int(m), 1)
    if y != "X" and m == "X":
        return "year", dt.date(int(y), 1, 1)
    if m != "X" and d == "X":
        return "monthnoyear", dt.date(2000, int(m), 1)
    return None


def ctparse_cases(root: Path):
    source = (root / "ctparse/time/corpus.py").read_text(encoding="utf-8")
    corpus = ast.literal_eval(source.split("=", 1)[1])
    for gold, ref, texts in corpus:
        reference = dt.date.fromisoformat(ref[:10])
        if gold.startswith("Time"):
            found = _ct_date(gold)
            if not found:
                continue
            kind, day = found
            value = (kind, day, day)
        elif gold.startswith("Interval"):
            body = gold[gold.index("{") + 1:-1]
            left, right = body.split(" - ")
            a, b = _ct_date(left + " "), _ct_date(right + " ")
            if a and b and a[0] == b[0] == "day" and a[1] != b[1]:
                value = ("span", a[1], b[1])
            elif (a or b) and (a or b)[0] == "day" and (not a or not b or a[1] == b[1]):
                day = (a or b)[1]   # an open interval (after 1:30 PM on Nov 13): its day
                value = ("day", day, day)
            else:
                continue
        else:
            continue
        for text in texts:
            if not GERMAN.search(text) and not PART_OF_DAY_ONLY.match(text):
                yield "ctparse:time/corpus.py", text, reference, value


def _chrono_day(expect: dict, side: str):
    """The date a chrono test expects of result.start / result.end, or None."""
    parts = [expect.get(f'result.{side}.get("{key}")') for key in ("year", "month", "day")]
    if all(isinstance(v, int) for v in parts):
        try:
            return dt.date(*parts)
        except ValueError:
            return None
    iso = expect.get(f"result.{side}.date") or (expect.get("result.date") if side == "start" else None)
    try:
        return dt.date.fromisoformat(iso) if iso else None
    except ValueError:   # a year BC ("345 BC"): outside Python's dates
        return None


def _chrono_grain(known: dict | None):
    if not known:
        return None
    if known["day"] or known["weekday"]:
        return "day"
    if known["month"]:
        return "month"
    return "year" if known["year"] else None


def chrono_cases(root: Path):
    script = Path(__file__).with_name("chrono_cases.js")
    output = subprocess.run(["node", str(script), str(root)], capture_output=True, text=True, check=True,
                            env={**os.environ, "TZ": "UTC"}).stdout
    for line in output.splitlines():
        case = json.loads(line)
        if case["parser"] not in CHRONO_PARSERS:
            continue
        source, text, reference = "chrono-node:" + case["file"], case["text"], dt.date.fromisoformat(case["ref"])
        if case["options"].get("forwardDate"):   # the test asks for chrono's forward-looking reading
            source += " forwardDate"
        expect = case["expect"]
        if expect.get("none"):
            if case["parser"] != "chrono.strict":
                yield source, text, reference, "none", reference, reference
            continue
        start, grain = _chrono_day(expect, "start"), _chrono_grain(case.get("known_start"))
        if not start or not grain:
            continue
        if grain != "day" and OFFSET_IN_MONTHS.search(text):
            yield source, text, reference, "contains", start, start
            continue
        end, end_grain = _chrono_day(expect, "end"), _chrono_grain(case.get("known_end"))
        if grain != "day":
            start = start.replace(day=1) if grain == "month" else start.replace(month=1, day=1)
        if not end or not end_grain:
            end, end_grain = start, grain
        if end_grain == "month":
            end = end.replace(day=calendar.monthrange(end.year, end.month)[1])
        elif end_grain == "year":
            end = end.replace(month=12, day=31)
        if grain == end_grain == "day" and end == start:
            yield source, text, reference, "day", start, end
        elif grain == end_grain == "month" and (start.year, start.month) == (end.year, end.month):
            yield source, text, reference, "month", start, end
        elif grain == end_grain == "year" and start.year == end.year:
            yield source, text, reference, "year", start, end
        elif end > start:
            yield source, text, reference, "span", start, end


def _write(path: Path, rows) -> None:
    seen, lines = set(), ["# source\ttext\treference\tkind\tstart\tend   (built by extract.py; see its docstring)"]
    for source, text, reference, kind, start, end in rows:
        key = (text, reference)
        if key in seen:
            continue
        seen.add(key)
        lines.append("\t".join((source, text.replace("\t", " ").replace("\n", "\\n").replace("\r", ""),
                                reference.isoformat(), kind, start.isoformat(), end.isoformat())))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines) - 1} cases -> {path}")


def main(argv: list[str]) -> int:
    if argv[:1] == ["--chrono"]:
        _write(CHRONO_OUT, list(chrono_cases(Path(argv[1]))))
        return 0
    dateparser_root, ctparse_root = argv[:2]
    rows = []
    for source, text, reference, gold, names_day in dateparser_cases(Path(dateparser_root)):
        rows.append((source, text, reference, "day" if names_day else "contains", gold, gold))
    for source, text, reference, (kind, start, end) in ctparse_cases(Path(ctparse_root)):
        rows.append((source, text, reference, kind, start, end))
    _write(OUT, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

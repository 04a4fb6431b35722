"""Build benchmarks/public_zh/cases.tsv from date parsers' own Chinese test cases.

    cd /tmp && npm pack chrono-node@2.7.0 chrono-node@1.4.9     # then untar each
    pip download --no-binary :all: --no-deps dateparser==1.5.0    # then untar
    python benchmarks/public_zh/extract.py CHRONO_2_7_0_DIR DATEPARSER_SDIST_DIR [CHRONO_1_4_9_DIR]

Sources (licences in LICENSES.md beside this file):
- chrono-node 2.7.0, test/zh/*.test.ts (Simplified and Traditional/Cantonese): run under Node by
  harness.js with stand-ins for jest and chrono that record each case's text, reference date,
  options and expected start/end. chrono-node 1.4.9's test/zh/zh_hant_*.test.js hold a subset of
  the same cases (given, they are only counted as duplicates).
- dateparser 1.5.0: tests/test_date_parser.py (the "# Chinese dates" block of test_dates_parsing,
  reference 2012-11-13, and the 95年12月… cases of the date-order tests, reference 2019-06-24),
  tests/test_freshness_date_parser.py (the Chinese, yue, zh-Hans and zh-Hant params of the
  relative-date tests, reference 2014-09-01 10:30), tests/test_minguo.py (民國 years).
- the 12 cases from PyPI's Chinese time parsers in pypi_cases.tsv beside this file (ChineseTimeNLP /
  cntime-nlp, jionlp; written out by hand from their READMEs, tests and docstrings), folded in.
Kept: a case whose expectation is a calendar date, a run of days, or no result, and whose text
names a day, month or year (a date, 今/明/昨…, a weekday, an offset in days or longer). Left out,
with a count printed: a clock time or an offset in hours/minutes/seconds alone (晚上8点, 五分钟后,
2小时前: the dater dates days), a test that only checks the matched text, a reference that is the
test run's own clock, an impossible date that dateparser's test repairs (10年20月00日), and a bare duration that dateparser reads as "ago" (1年2个月).
Kinds: day = a mention of that day at day grain; span = START..END; month = that whole month;
deadline = a mention ending on that day (chrono's deadline tests, 五日内 = within five days,
give the deadline's day); contains = a mention holds the day, no coarser than a year (dateparser's
3周前 or 5个月后 at week / month grain); none = no mention.
Option `forward`: the case was run with chrono's forwardDate (an undated weekday is the coming one).
"""
from __future__ import annotations

import ast
import datetime as dt
import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

from dateutil.relativedelta import relativedelta

HERE = Path(__file__).resolve().parent
OUT = HERE / "cases.tsv"
PYPI_CASES = HERE / "pypi_cases.tsv"
NAMES_A_DAY = re.compile(r"[年月日号號天周週]|星期|礼拜|禮拜|[今明昨]|聽日|琴日|尋日|[0-9]{4}-[0-9]{2}-[0-9]{2}")
DATED_WORD = re.compile(r"[前后後]|[昨今明]")


def chrono_cases(*roots: Path):
    files = [str(p) for root in roots for p in sorted((root / "test" / "zh").glob("*.test.[tj]s"))]
    out = subprocess.run(["node", str(HERE / "harness.js"), *files], capture_output=True, text=True, check=True,
                         env={**os.environ, "TZ": "UTC"}).stdout
    for line in out.splitlines():
        case = json.loads(line)
        root = next(r for r in roots if case["source"].startswith(str(r)))
        version = "2.7.0" if root == roots[0] else "1.4.9"
        case["source"] = f"chrono-node {version}:{Path(case['source']).name}"
        yield case


def _date_of(expect: dict, side: str):
    if f"{side}.date" in expect:
        return dt.date.fromisoformat(expect[f"{side}.date"])
    if all(f"{side}.{k}" in expect for k in ("year", "month", "day")):
        return dt.date(expect[f"{side}.year"], expect[f"{side}.month"], expect[f"{side}.day"])
    return None


def chrono_rows(cases, skipped: Counter):
    for case in cases:
        text, expect = case["text"], case["expect"]
        if case["reference_is_now"]:
            skipped["reference is the test run's clock"] += 1
            continue
        reference = dt.date.fromisoformat(case["reference"])
        option = "forward" if case["option"].get("forwardDate") else "-"
        if expect.get("count") == 0:
            yield case["source"], text, reference, "none", "", "", option
            continue
        start, end = _date_of(expect, "start"), _date_of(expect, "end")
        if start is None:
            skipped["only the matched text is checked"] += 1
            continue
        if not NAMES_A_DAY.search(text):
            skipped["a clock time or an hour/minute/second offset alone"] += 1
            continue
        if end is not None and end != start:
            yield case["source"], text, reference, "span", start, end, option
        elif "deadline" in case["source"]:
            yield case["source"], text, reference, "deadline", start, start, option
        else:
            yield case["source"], text, reference, "day", start, start, option


def _params(path: Path):
    """(function name, line, args, kwargs, the '# ...' comment above) of every param(...)."""
    source = path.read_text(encoding="utf-8")
    comments = {n: line.strip() for n, line in enumerate(source.splitlines(), 1) if line.strip().startswith("#")}
    tree = ast.parse(source)
    ns = {"datetime": dt.datetime, "param": lambda *a, **k: (a, k)}
    for fn in ast.walk(tree):
        if not isinstance(fn, ast.FunctionDef):
            continue
        for dec in fn.decorator_list:
            for node in ast.walk(dec):
                if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "param":
                    try:
                        args, kw = eval(compile(ast.Expression(node), str(path), "eval"), ns)
                    except Exception:
                        continue
                    above = max((n for n in comments if n < node.lineno), default=0)
                    yield fn.name, args, kw, comments.get(above, "")


CHINESE_BLOCK = {"# Chinese dates", "# yue", "# zh", "# zh-Hans", "# zh-Hant"}
CJK = re.compile(r"[\u4e00-\u9fff]")
KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")


def dateparser_rows(root: Path, skipped: Counter):
    tests = root / "tests"
    seen = set()
    for name, args, kw, block in _params(tests / "test_date_parser.py"):
        if len(args) < 1 or not CJK.search(str(args[0])) or KANA_HANGUL.search(str(args[0])):
            continue
        gold = args[1] if len(args) > 1 else kw.get("expected")
        if not isinstance(gold, dt.datetime) or args[0] in seen:
            continue
        if name == "test_dates_parsing" and block == "# Chinese dates":
            reference = dt.date(2012, 11, 13)
        elif name.startswith("test_date_order") or "order" in kw:
            reference = dt.date(2019, 6, 24)
        else:
            continue
        seen.add(args[0])
        if any(int(m) > 12 for m in re.findall(r"([0-9]+)月", args[0])):
            skipped["an impossible date the test repairs (20月)"] += 1
            continue
        if re.search(r"月$", args[0]):    # 95年12月: dateparser fills the day from the reference
            last = (dt.date(gold.year, gold.month, 1) + relativedelta(months=1)) - dt.timedelta(days=1)
            yield "dateparser 1.5.0:test_date_parser.py", args[0], reference, "month", gold.date().replace(day=1), last, "-"
        else:
            yield "dateparser 1.5.0:test_date_parser.py", args[0], reference, "day", gold.date(), gold.date(), "-"
    now = dt.datetime(2014, 9, 1, 10, 30)
    for name, args, kw, block in _params(tests / "test_freshness_date_parser.py"):
        if not args or block not in CHINESE_BLOCK or args[0] in seen:
            continue
        offset = kw.get("ago") or kw.get("in_future")
        if not offset:
            continue
        text = args[0]
        seen.add(text)
        if not DATED_WORD.search(text):
            skipped["a bare duration dateparser reads as ago"] += 1
            continue
        if not NAMES_A_DAY.search(text):
            skipped["a clock time or an hour/minute/second offset alone"] += 1
            continue
        gold = (now - relativedelta(**offset) if "ago" in kw else now + relativedelta(**offset)).date()
        kind = "day" if kw.get("period", "day") == "day" else "contains"
        yield "dateparser 1.5.0:test_freshness_date_parser.py", text, now.date(), kind, gold, gold, "-"
    for name, args, kw, block in _params(tests / "test_minguo.py"):
        if args and CJK.search(str(args[0])) and isinstance(args[1], dt.datetime):
            yield "dateparser 1.5.0:test_minguo.py", args[0], dt.date(2012, 11, 13), "day", args[1].date(), args[1].date(), "-"


def pypi_rows():
    for line in PYPI_CASES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        text, reference, value, source = line.split("\t")
        reference = dt.date.fromisoformat(reference)
        if value == "-":
            yield source, text, reference, "none", "", "", "-"
            continue
        start, end = (dt.date.fromisoformat(v) for v in value.split(".."))
        if start == end:
            kind = "day"
        elif start.day == 1 and (end + dt.timedelta(days=1)).day == 1 and (start.year, start.month) == (end.year, end.month):
            kind = "month"
        else:
            kind = "span"
        yield source, text, reference, kind, start, end, "-"


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3):
        print(__doc__)
        return 2
    chrono_roots = [Path(argv[0])] + ([Path(argv[2])] if len(argv) == 3 else [])
    skipped: Counter = Counter()
    rows, keys, duplicates = [], set(), 0
    for row in [*chrono_rows(chrono_cases(*chrono_roots), skipped), *dateparser_rows(Path(argv[1]), skipped), *pypi_rows()]:
        key = (row[1], row[2], row[6])
        if key in keys:
            duplicates += 1
            continue
        keys.add(key)
        rows.append(row)
    with OUT.open("w", encoding="utf-8") as f:
        f.write("# source\ttext\treference\tkind\tstart\tend\toption   (built by extract.py; see its docstring)\n")
        for source, text, reference, kind, start, end, option in rows:
            f.write(f"{source}\t{text}\t{reference}\t{kind}\t{start}\t{end}\t{option}\n")
    print(f"{len(rows)} cases written to {OUT}; {duplicates} duplicates dropped; left out: {dict(skipped)}")
    print(Counter(r[0].split(":")[0] for r in rows), Counter(r[3] for r in rows))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

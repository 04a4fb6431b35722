"""Throughput of the dater against dateparser's search_dates on the seed sentences.

    python benchmarks/bench_dater.py                # 20 rounds of the dater, 1 of dateparser
    python benchmarks/bench_dater.py --rounds 50 --dateparser-rounds 2
    python benchmarks/bench_dater.py --lang en      # the English articles of tests/data/heldout*

Both date the same sentences (read with read_articles, split by the reader) with the article's
publication time as reference. dateparser is slow, so it runs fewer rounds; the figures are
per sentence either way. Prints sentences per CPU-second of each and the ratio.
"""
from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from dateparser.search import search_dates

from timeline.articles import read_articles
from timeline.dater import find_dates

ROOT = Path(__file__).resolve().parent.parent


def sentences(lang):
    """The seed sentences (Chinese); for English, the English articles of the held-out stories
    (the seeds hold none)."""
    folders = [ROOT / "seeds"] if lang == "zh" else sorted(p for p in (ROOT / "tests/data").glob("heldout*") if p.is_dir())
    articles, problems = read_articles([str(f) for f in folders])
    for problem in problems:
        print(f"skipped {problem.file}: {problem.reason}")
    return [(s.text, a.published) for a in articles if a.language == lang for s in a.sentences]


def sentences_per_second(date_one, sentences, rounds):
    # CPU time of this process: other jobs on the machine do not skew one side of the ratio
    start = time.process_time()
    for _ in range(rounds):
        for text, published in sentences:
            date_one(text, published)
    return rounds * len(sentences) / (time.process_time() - start)


LANG = "zh"


def dater(text, published):
    return find_dates(text, published, lang=LANG)


def dateparser_search(text, published):
    return search_dates(text, languages=[LANG],
                        settings={"RELATIVE_BASE": published.replace(tzinfo=None)})


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--dateparser-rounds", type=int, default=1)
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    args = parser.parse_args(argv)
    global LANG
    LANG = args.lang

    sentences = globals()["sentences"](args.lang)
    warnings.simplefilter("ignore")  # dateparser's deprecation chatter
    dater("预热", sentences[0][1])  # imports and rule compilation are not throughput
    dateparser_search("预热", sentences[0][1])
    ours = sentences_per_second(dater, sentences, args.rounds)
    theirs = sentences_per_second(dateparser_search, sentences, args.dateparser_rounds)
    print(f"{len(sentences)} {'seed' if args.lang == 'zh' else 'English held-out'} sentences")
    print(f"dater       {ours:10.0f} sentences per CPU-second  ({args.rounds} rounds)")
    print(f"dateparser  {theirs:10.0f} sentences per CPU-second  ({args.dateparser_rounds} rounds)")
    print(f"ratio       {ours / theirs:10.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""A story the tool was not tuned on (the August 2023 Fukushima treated-water release: 8 articles,
7 outlets, Simplified/Traditional Chinese and English), scored by the scorer copy against a gold
annotated before the tool was run on it. Thresholds are the project's aims; an assertion the
tool does not meet yet is an xfail carrying the measured number (see benchmarks/heldout.md).
Never lower the gold or a threshold to make one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
HELDOUT = DATA / "heldout"
GOLD = HELDOUT.parent / "heldout_gold.json"


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT, GOLD, tmp_path_factory.mktemp("heldout"))


def test_every_article_is_read_with_its_outlet_and_publication_day():
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    articles, problems = read_articles([str(HELDOUT)])
    assert {a.file: (a.outlet, a.published.date().isoformat()) for a in articles} == {
        f: (g["source"], g["published"]) for f, g in gold.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "04_reuters_20230824.txt": "en", "07_ap_20230831.txt": "en"}
    assert problems == []


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

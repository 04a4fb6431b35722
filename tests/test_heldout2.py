"""A second story the tool was not tuned on (Xi Jinping's state visit to Moscow, 20-22 March 2023:
7 articles, 7 outlets, Simplified/Traditional Chinese and English), scored by the scorer copy against
a gold annotated before the tool was run on it. Thresholds are the project's aims; an assertion the
tool does not meet yet is an xfail carrying the measured number (see benchmarks/heldout2.md).
Never lower the gold or a threshold to make one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"
HELDOUT2 = DATA / "heldout2"
GOLD = DATA / "heldout2_gold.json"
MEASURED = "measured at the session-2 merge (subjects, participants, scopes)"


@pytest.fixture(scope="module")
def gold_articles():
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def read():
    return read_articles([str(HELDOUT2)])


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT2, GOLD, tmp_path_factory.mktemp("heldout2"))


def test_every_article_is_read_on_its_publication_day_in_its_language(read, gold_articles):
    articles, problems = read
    assert problems == []
    assert {a.file: a.published.date().isoformat() for a in articles} == {
        f: g["published"] for f, g in gold_articles.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "03_guardian_20230321.txt": "en", "06_ap_20230322.txt": "en"}


def test_every_article_is_credited_to_its_outlet(read, gold_articles):
    articles, _ = read
    assert {a.file: a.outlet for a in articles} == {f: g["source"] for f, g in gold_articles.items()}


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_recall 0.633 (was 0.350) — the 2013 first visit and "
                   "the Feb 2023 position paper still split by grain/wording, the 去年2月 'no limits' meeting vs 2月4日, "
                   "Blinken's statement across languages")
def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

"""A third story the tool was not tuned on, written blind (the Wagner mutiny of 23-24 June 2023 and its
aftermath up to Prigozhin's funeral on 29 August: 8 articles, 8 outlets, Simplified/Traditional Chinese
and English, one plain-text body), scored by the scorer copy against a gold annotated before the tool
was run on it. Thresholds are the project's aims; an assertion the tool does not meet yet is an xfail
carrying the measured number (see benchmarks/heldout3.md). Never lower the gold or a threshold to make
one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"
HELDOUT3 = DATA / "heldout3"
GOLD = DATA / "heldout3_gold.json"
MEASURED = "measured blind at b0d8066, then at the session-2 merge"


@pytest.fixture(scope="module")
def gold_articles():
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def read():
    return read_articles([str(HELDOUT3)])


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT3, GOLD, tmp_path_factory.mktemp("heldout3"))


def test_every_article_is_read_on_its_publication_day_in_its_language(read, gold_articles):
    articles, problems = read
    assert problems == []
    assert {a.file: a.published.date().isoformat() for a in articles} == {
        f: g["published"] for f, g in gold_articles.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "03_reuters_20230626.txt": "en", "07_guardian_20230824.txt": "en"}


def test_a_plain_text_body_is_read_as_paragraphs_like_an_html_one(read):
    articles, _ = read
    reuters = next(a for a in articles if a.file == "03_reuters_20230626.txt")
    assert any("Earlier on Monday, the defence ministry released a video" in s.text for s in reuters.sentences)
    assert not any("<" in s.text for s in reuters.sentences)


def test_every_article_is_credited_to_its_outlet(read, gold_articles):
    articles, _ = read
    assert {a.file: a.outlet for a in articles} == {f: g["source"] for f, g in gold_articles.items()}


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_precision 0.714 blind, 0.758 now — 中央社's 24日深夜 (Prigozhin leaves "
                   "Rostov) joins 24日上午 (Putin's address), the Guardian's Rosaviatsia 'Wednesday evening' joins "
                   "Biden 'on Wednesday', 6月24日 summing up the mutiny (联合早报, 美国之音) joins Putin's address / the "
                   "Rostov seizure")
def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_recall 0.130 blind, 0.298 now — the Lukashenko deal (8 mentions, 3 outlets) "
                   "makes 7 events, the mutiny (8 mentions at day/range/month grain) 8, Bakhmut (month vs May 20) 4; "
                   "12 of 14 cross-outlet events merge (6 blind)")
def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

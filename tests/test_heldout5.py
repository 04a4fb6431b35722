"""A fifth story the tool was not tuned on, written blind (the Noto Peninsula earthquake of 1 January 2024 and
the Haneda runway collision of 2 January, up to Kishida's visit to the quake zone on 14 January: 8 articles,
8 outlets, Simplified/Traditional Chinese and English, one plain-text body), scored by the scorer copy against a
gold annotated before the tool was run on it. Thresholds are the project's aims; an assertion the tool does not
meet yet is an xfail carrying the measured number (see benchmarks/heldout5.md). Never lower the gold or a
threshold to make one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"
HELDOUT5 = DATA / "heldout5"
GOLD = DATA / "heldout5_gold.json"
MEASURED = "measured blind at d36bf5b (now: recall 0.578, precision 0.949, 1 violation)"


@pytest.fixture(scope="module")
def gold_articles():
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def read():
    return read_articles([str(HELDOUT5)])


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT5, GOLD, tmp_path_factory.mktemp("heldout5"))


def test_every_article_is_read_on_its_publication_day_in_its_language(read, gold_articles):
    articles, problems = read
    assert problems == []
    assert {a.file: a.published.date().isoformat() for a in articles} == {
        f: g["published"] for f, g in gold_articles.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "02_kyodo_20240102.txt": "en", "06_guardian_20240109.txt": "en"}


def test_a_plain_text_body_is_read_as_paragraphs_like_an_html_one(read):
    articles, _ = read
    kyodo = next(a for a in articles if a.file == "02_kyodo_20240102.txt")
    assert any("Earlier on Tuesday, Prime Minister Fumio Kishida told a meeting" in s.text for s in kyodo.sentences)
    assert not any("<" in s.text for s in kyodo.sentences)


def test_every_article_is_credited_to_its_outlet(read, gold_articles):
    articles, _ = read
    assert {a.file: a.outlet for a in articles} == {f: g["source"] for f, g in gold_articles.items()}


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_recall 0.422 — the Haneda collision (8 required "
                   "mentions, 7 outlets) makes 5 events, one inside a single RFI article (本周二 / 周二（2日）傍晚), "
                   "one dated 2 February (自由時報 2日傍晚); the quake splits in 2; the runway reopening (3 outlets) "
                   "makes 3; only 8 of 11 cross-outlet events merge")
def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: 5 violations (quake-0101+wajima-fire-0101, "
                   "collision-0102+greeting-0102, kishida-hq-0102+death-toll-0102, kishida-hq-0102+xi-condolence-0102, "
                   "death-toll-0102+xi-condolence-0102)")
def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

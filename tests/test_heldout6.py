"""A sixth story the tool was not tuned on, written blind (the Iran-Israel exchange of April 2024: the strike on
Iran's consular building in Damascus on 1 April, Iran's drone and missile attack on the night of 13-14 April and
the day after it, the limited Israeli strike near Isfahan on 19 April, up to the resignation of Israel's military
intelligence chief on 22 April: 8 articles, 8 outlets, Simplified/Traditional Chinese and English, one
plain-text body), scored by the scorer copy against a gold annotated before the tool was run on it. Thresholds
are the project's aims; an assertion the tool does not meet yet is an xfail carrying the measured number (see
benchmarks/heldout6.md). Never lower the gold or a threshold to make one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"
HELDOUT6 = DATA / "heldout6"
GOLD = DATA / "heldout6_gold.json"
MEASURED = "measured at 971bdb3"


@pytest.fixture(scope="module")
def gold_articles():
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def read():
    return read_articles([str(HELDOUT6)])


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT6, GOLD, tmp_path_factory.mktemp("heldout6"))


def test_every_article_is_read_on_its_publication_day_in_its_language(read, gold_articles):
    articles, problems = read
    assert problems == []
    assert {a.file: a.published.date().isoformat() for a in articles} == {
        f: g["published"] for f, g in gold_articles.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "02_reuters_20240410.txt": "en", "04_guardian_20240415.txt": "en"}


def test_a_plain_text_body_is_read_as_paragraphs_like_an_html_one(read):
    articles, _ = read
    reuters = next(a for a in articles if a.file == "02_reuters_20240410.txt")
    assert any("President Joe Biden said on Wednesday that Iran was threatening" in s.text for s in reuters.sentences)
    assert not any("<" in s.text for s in reuters.sentences)


def test_every_article_is_credited_to_its_outlet(read, gold_articles):
    articles, _ = read
    assert {a.file: a.outlet for a in articles} == {f: g["source"] for f, g in gold_articles.items()}


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_recall 0.591 — Iran's attack (8 required mentions, "
                   "7 outlets) makes 3 events (19 of 28 pairs lost): the Guardian's 'late on Saturday and early on "
                   "Sunday' is cut into two days in two events, and 中央社's 13日深夜至14日凌晨 is read as two days; "
                   "the Soleimani killing (2020年1月, January 2020, 2020年1月3日) makes 3; 联合早报's Isfahan "
                   "explosions stay apart from 自由時報/DW; 中央社's Halevi (昨天（15日）) apart from the Guardian's")
def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: 2 violations (g7-statement-0414+amirabdollahian-0414: the "
                   "Guardian's G7 'said on Sunday' joins 中央社's 阿布杜拉希安14日表示; war-cabinet-0415+halevi-0415: "
                   "two Guardian 'on Monday' sentences pool)")
def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

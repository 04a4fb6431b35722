"""A fourth story the tool was not tuned on, written blind (Taiwan's elections of 13 January 2024 and their
aftermath up to the PLA's Joint Sword-2024A drills of 23-24 May: 8 articles, 8 outlets, Simplified/Traditional
Chinese and English, one plain-text body), scored by the scorer copy against a gold annotated before the tool
was run on it. Thresholds are the project's aims; an assertion the tool does not meet yet is an xfail
carrying the measured number (see benchmarks/heldout4.md). Never lower the gold or a threshold to make
one pass."""
import json
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"
HELDOUT4 = DATA / "heldout4"
GOLD = DATA / "heldout4_gold.json"
MEASURED = "measured blind at bd19909 (now: recall 0.554, precision 0.767, 4 violations)"


@pytest.fixture(scope="module")
def gold_articles():
    return json.loads(GOLD.read_text(encoding="utf-8"))["articles"]


@pytest.fixture(scope="module")
def read():
    return read_articles([str(HELDOUT4)])


@pytest.fixture(scope="module")
def score(tmp_path_factory):
    return official_score(HELDOUT4, GOLD, tmp_path_factory.mktemp("heldout4"))


def test_every_article_is_read_on_its_publication_day_in_its_language(read, gold_articles):
    articles, problems = read
    assert problems == []
    assert {a.file: a.published.date().isoformat() for a in articles} == {
        f: g["published"] for f, g in gold_articles.items()}
    assert {a.file: a.language for a in articles if a.language != "zh"} == {
        "02_reuters_20240114.txt": "en", "07_guardian_20240524.txt": "en"}


def test_a_plain_text_body_is_read_as_paragraphs_like_an_html_one(read):
    articles, _ = read
    reuters = next(a for a in articles if a.file == "02_reuters_20240114.txt")
    assert any("President Joe Biden, asked by reporters on Saturday about the result" in s.text
               for s in reuters.sentences)
    assert not any("<" in s.text for s in reuters.sentences)


def test_every_article_is_credited_to_its_outlet(read, gold_articles):
    articles, _ = read
    assert {a.file: a.outlet for a in articles} == {f: g["source"] for f, g in gold_articles.items()}


def test_date_mentions_are_found_without_false_alarms(score):
    assert float(score["mention_f1"]) >= 0.9, score["report"]


def test_found_mentions_get_the_right_dates(score):
    assert float(score["value_acc"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_precision 0.738 — the legislative election "
                   "(BBC 同日, Reuters 'the same day') joins the presidential one (14 of 17 wrong pairs); Reuters "
                   "'Lai told supporters on Saturday night' joins BBC 北京方面当晚作出回应; the Guardian's two "
                   "'on Friday' sentences (drills end / Taiwan's ministry) pool; 自由時報's 23日起 (drills) joins "
                   "美國國務院23日表示")
def test_merged_mentions_belong_to_one_event(score):
    assert float(score["merge_precision"]) >= 0.9, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: merge_recall 0.475 — Joint Sword-2024A (5 mentions, 3 "
                   "outlets, 3 scripts) makes 5 events, the inauguration (8 mentions, 8 outlets) 3; same-event "
                   "English and Chinese sentences stay apart (Hou concedes, the TAO reaction, drills end, the "
                   "marine-base visit); only 13 of 21 cross-outlet events merge")
def test_mentions_of_one_event_are_merged(score):
    assert float(score["merge_recall"]) >= 0.8, score["report"]


@pytest.mark.xfail(strict=False, reason=f"{MEASURED}: 3 violations (presidential-election+legislative-election, "
                   "lai-victory-speech+tao-reaction-0113, drills-end+taiwan-mnd-0524)")
def test_same_day_events_stay_apart(score):
    assert score["violations"] == "0", score["report"]

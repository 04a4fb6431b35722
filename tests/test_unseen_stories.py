"""Six stories the tool was not built on, each written and annotated before the tool was run on it
(Simplified/Traditional Chinese and English, 7-8 articles from 7-8 outlets each; see
benchmarks/heldout*.md), scored by the scorer copy against its gold. The thresholds are the
project's aims; an aim a story does not meet yet is an xfail carrying the measured numbers, so a
fix that meets it shows as XPASS (then drop the mark). Never lower a gold or a threshold to make
one pass."""
import json
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from official_score import official_score
from timeline.articles import read_articles

DATA = Path(__file__).resolve().parent / "data"


@dataclass(frozen=True)
class Story:
    name: str                    # tests/data/<name>/ and tests/data/<name>_gold.json
    english: tuple               # the files in English (the others are Chinese)
    plain_text: tuple = ()       # (file, a sentence of it) for a body given as plain text
    unmet: dict = field(default_factory=dict)   # aim -> why it is not met yet (measured numbers)


STORIES = [
    Story("heldout", ("04_reuters_20230824.txt", "07_ap_20230831.txt")),
    Story("heldout2", ("03_guardian_20230321.txt", "06_ap_20230322.txt"), unmet={
        "recall": "0.382 blind, 0.683 now: the 2013 first visit and the Feb 2023 position paper split by grain and "
                  "wording; 去年2月 (the 'no limits' meeting) apart from 2月4日"}),
    Story("heldout3", ("03_reuters_20230626.txt", "07_guardian_20230824.txt"),
          ("03_reuters_20230626.txt", "Earlier on Monday, the defence ministry released a video"), unmet={
              "precision": "0.714 blind, 0.758 now: 6月24日 summing up the mutiny (联合早报, 美国之音) joins Putin's "
                           "address / the Rostov seizure",
              "recall": "0.130 blind, 0.298 now: the Lukashenko deal (8 mentions, 3 outlets, all in other words) and "
                        "the mutiny (month, range and day grains; 'revolt' vs 'capture') stay split"}),
    Story("heldout4", ("02_reuters_20240114.txt", "07_guardian_20240524.txt"),
          ("02_reuters_20240114.txt", "President Joe Biden, asked by reporters on Saturday about the result"), unmet={
              "precision": "0.738 blind, 0.767 now: the legislative election joins the presidential one of the same "
                           "day (14 of the wrong pairs; an annotation call, see benchmarks/heldout4.md)",
              "recall": "0.475 blind, 0.554 now: Joint Sword-2024A and the inauguration split across scripts",
              "violations": "3 blind, 4 now"}),
    Story("heldout5", ("02_kyodo_20240102.txt", "06_guardian_20240109.txt"),
          ("02_kyodo_20240102.txt", "Earlier on Tuesday, Prime Minister Fumio Kishida told a meeting"), unmet={
              "recall": "0.422 blind, 0.578 now: the Haneda collision worded as landing/collision/accident stays in "
                        "several events; the runway reopening and the 9 January toll split across languages",
              "violations": "5 blind, 1 now: Kyodo's two 'on Tuesday' sentences (task force, death toll) pool"}),
    Story("heldout6", ("02_reuters_20240410.txt", "04_guardian_20240415.txt"),
          ("02_reuters_20240410.txt", "President Joe Biden said on Wednesday that Iran was threatening"), unmet={
              "recall": "0.591 blind, 0.773 now: the Guardian's 'early on Sunday' attack sits alone; Soleimani's "
                        "killing at three grains stays in 3 events",
              "violations": "2 blind and now: the G7 statement joins Amir-Abdollahian's; two Guardian 'on Monday' "
                            "sentences pool"}),
]
AIMS = {"mention_f1": 0.9, "value_acc": 0.9, "precision": 0.9, "recall": 0.8}


def _gold(story):
    return json.loads((DATA / f"{story.name}_gold.json").read_text(encoding="utf-8"))


def _cases(aim):
    return [pytest.param(story, id=story.name,
                         marks=[pytest.mark.xfail(strict=False, reason=story.unmet[aim])] if aim in story.unmet else [])
            for story in STORIES]


@pytest.fixture(scope="module")
def scores(tmp_path_factory):
    cache = {}

    def score(story):
        if story.name not in cache:
            cache[story.name] = official_score(DATA / story.name, DATA / f"{story.name}_gold.json",
                                               tmp_path_factory.mktemp(story.name))
        return cache[story.name]
    return score


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
def test_every_article_is_read_on_its_day_in_its_language_and_credited_to_its_outlet(story):
    gold = _gold(story)["articles"]
    articles, problems = read_articles([str(DATA / story.name)])
    assert problems == []
    assert {a.file: (a.outlet, a.published.date().isoformat()) for a in articles} == {
        f: (g["source"], g["published"]) for f, g in gold.items()}
    assert {a.file for a in articles if a.language == "en"} == set(story.english)
    assert {a.language for a in articles if a.file not in story.english} == {"zh"}
    if story.plain_text:
        file, sentence = story.plain_text
        body = next(a for a in articles if a.file == file)
        assert any(sentence in s.text for s in body.sentences)
        assert not any("<" in s.text for s in body.sentences)


# aim -> (what a user sees when it holds, whether the scorer's result meets it)
CHECKS = {
    "mention_f1": ("date mentions are found without false alarms", lambda r: float(r["mention_f1"]) >= AIMS["mention_f1"]),
    "value_acc": ("found mentions get the right dates", lambda r: float(r["value_acc"]) >= AIMS["value_acc"]),
    "precision": ("merged mentions belong to one event", lambda r: float(r["merge_precision"]) >= AIMS["precision"]),
    "recall": ("mentions of one event are merged", lambda r: float(r["merge_recall"]) >= AIMS["recall"]),
    "violations": ("same-day events stay apart", lambda r: r["violations"] == "0"),
}


@pytest.mark.parametrize("aim,story", [pytest.param(aim, *case.values, id=f"{aim}-{case.id}", marks=case.marks)
                                       for aim in CHECKS for case in _cases(aim)])
def test_the_story_meets_the_aim(aim, story, scores):
    result = scores(story)
    assert CHECKS[aim][1](result), f"{CHECKS[aim][0]}: not met\n{result['report']}"

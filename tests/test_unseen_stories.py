"""Stories the tool was not built on, each annotated before the tool was run on it, scored by the
scorer copy against its gold: three real ones (tests/data/real_*, copied from the archive the seeds
come from, Simplified and Traditional Chinese, 9 articles from 4-5 outlets each) and six synthetic
ones written for the project (tests/data/heldout*, Simplified/Traditional Chinese and English,
7-8 articles each; see benchmarks/heldout*.md). The thresholds are the aims of the issues; an aim a
story does not meet yet is an xfail carrying the measured numbers (blind = the first run, before
anyone looked at the story), so a fix that meets it shows as XPASS (then drop the mark). Never
lower a gold or a threshold to make one pass."""
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
    real: bool = False           # taken from real coverage (else written for the project)


STORIES = [
    Story("real_abe_2022", (), real=True, unmet={
        "recall": "0.302 blind (hand weights), 0.640 now (0.62 leave-one-story-out): the shooting told inside a "
                  "noun's modifier (上周遇刺身亡的…葬礼) and 上周五 read as the Friday before it stay apart",
        "violations": "1 blind, 1 now",
        "cross": "3/3 blind; 3/4 now that the feed's photo captions are read: VOA's caption of Kishida's 11 July "
                 "press conference stays apart from NYT's telling of it"}),
    Story("real_pelosi_2022", (), real=True, unmet={
        "recall": "0.107 blind, 0.504 now (0.47 leave-one-story-out): the visit's week-grain mentions and "
                  "captions stay apart; one day's statements by many speakers stay apart",
        "precision": "0.910 with average linkage, 0.892 with the correlation clustering (0.89 leave-one-story-out "
                     "both): one day's many acts around the drills",
        "violations": "9 blind, 8 now: one day's many acts around the drills (missiles, statements, counts)",
        "cross": "3/6 blind and now"}),
    Story("real_quake_2023", (), real=True, unmet={
        "violations": "2 blind, 2 now: death tolls and rescue reports of one day pool",
        "cross": "5/6 blind and now",
        "reading": "the gold dates VOA's 08 by Washington's day (13 Feb, 19:50 EST) where the reader keeps the "
                   "header epoch's UTC day (14 Feb), as the Abe gold does for VOA's 06; reading VOA in New York "
                   "time was measured and lowers Abe's merge recall 0.558 -> 0.442"}),
    Story("heldout", ("04_reuters_20230824.txt", "07_ap_20230831.txt"), unmet={
        "recall": "0.747 with average linkage, 0.788 now (synthetic; tuned on by an earlier session)",
        "cross": "15/16 now"}),
    Story("heldout2", ("03_guardian_20230321.txt", "06_ap_20230322.txt"), unmet={
        "precision": "0.925 before the run-of-days pass, 0.754 now: this synthetic gold keeps Xi's departure on "
                     "22 March apart from the state visit of 20-22 March; the real Pelosi gold counts the "
                     "visit's departure and the drills' last day as parts of the visit and the drills"}),
    Story("heldout3", ("03_reuters_20230626.txt", "07_guardian_20230824.txt"),
          ("03_reuters_20230626.txt", "Earlier on Monday, the defence ministry released a video"), unmet={
              "precision": "0.714 blind, 0.575 now: 6月24日 summing up the mutiny joins Putin's address / the "
                           "Rostov seizure",
              "recall": "0.130 blind, 0.274 now: the Lukashenko deal and the mutiny (month, range and day grains) "
                        "stay split", "violations": "2 blind, 2 now", "cross": "13/14 now"}),
    Story("heldout4", ("02_reuters_20240114.txt", "07_guardian_20240524.txt"),
          ("02_reuters_20240114.txt", "President Joe Biden, asked by reporters on Saturday about the result"), unmet={
              "precision": "0.738 blind, 0.787 now: the legislative election joins the presidential one of the "
                           "same day (an annotation call, see benchmarks/heldout4.md); 0.791 now", "violations": "3 blind, 2 now",
              "cross": "18/21 with average linkage, 17/21 now"}),
    Story("heldout5", ("02_kyodo_20240102.txt", "06_guardian_20240109.txt"),
          ("02_kyodo_20240102.txt", "Earlier on Tuesday, Prime Minister Fumio Kishida told a meeting"), unmet={
              "violations": "5 blind, 1 now: Kyodo's two 'on Tuesday' sentences (task force, death toll) pool",
              "cross": "10/11 now"}),
    Story("heldout6", ("02_reuters_20240410.txt", "04_guardian_20240415.txt"),
          ("02_reuters_20240410.txt", "President Joe Biden said on Wednesday that Iran was threatening"), unmet={
              "violations": "2 blind, 1 now: two Guardian 'on Monday' sentences pool",
              "cross": "6/8 blind, 7/8 now: the Guardian's 'early on Sunday' attack sits alone"}),
]
# Issue 8's aims for real stories; the synthetic ones keep the older, higher recall aim.
AIMS = {"mention_f1": 0.9, "value_acc": 0.9, "precision": 0.9, "recall": 0.7, "synthetic_recall": 0.8}


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


@pytest.mark.parametrize("story", _cases("reading"))
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
    "recall": ("mentions of one event are merged",
               lambda r, real: float(r["merge_recall"]) >= AIMS["recall" if real else "synthetic_recall"]),
    "cross": ("every event told by two outlets is one event", lambda r: len(set(r["cross"].split("/"))) == 1),
    "violations": ("same-day events stay apart", lambda r: r["violations"] == "0"),
}


@pytest.mark.parametrize("aim,story", [pytest.param(aim, *case.values, id=f"{aim}-{case.id}", marks=case.marks)
                                       for aim in CHECKS for case in _cases(aim)])
def test_the_story_meets_the_aim(aim, story, scores):
    result = scores(story)
    what, check = CHECKS[aim]
    met = check(result, story.real) if aim == "recall" else check(result)
    assert met, f"{what}: not met\n{result['report']}"

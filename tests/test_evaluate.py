"""`timeline eval` scores a timeline against the hand-annotated gold with the official scorer's
numbers, and the report shows what was missed."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from test_export import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS
from timeline.build import Timeline
from timeline.evaluate import evaluate, format_report
from timeline.export import export_timeline

DATA = Path(__file__).parent / "data"
GOLD_PATH = DATA / "seed_events.json"
SCORER = DATA / "score_events.py"
SCORER_KEYS = ["mention_recall", "mention_precision", "mention_f1", "value_accuracy", "merge_recall",
               "merge_precision", "cross_source_events_merged", "must_not_merge_violations",
               "required_mentions", "predicted_mentions", "missed", "wrong_values", "spurious"]


@pytest.fixture(scope="module")
def gold():
    return json.loads(GOLD_PATH.read_text(encoding="utf-8"))


def gold_as_output(gold) -> list[dict]:
    """What a perfect tool outputs: one event per gold event, each gold phrase once, sentences
    a little longer than the annotated context (as real sentence splitting gives)."""
    rows, seen = [], set()
    for ev in gold["events"]:
        for m in ev["mentions"]:
            key = (m["doc"], m["expr"], m["context"])
            if key not in seen:
                seen.add(key)
                rows.append({"event": ev["id"], "doc": m["doc"], "expr": m["expr"],
                             "sentence": f"据报道，{m['context']}。", "start": ev["start"],
                             "end": ev["end"], "grain": ev["grain"]})
    return rows


def to_timeline(rows: list[dict], gold) -> Timeline:
    """A Timeline (contract columns) over the gold's articles from output rows."""
    ids = {doc: f"a{i}" for i, doc in enumerate(gold["articles"])}
    published = {doc: pd.Timestamp(info["published"], tz="UTC") for doc, info in gold["articles"].items()}
    outlet = {doc: info["source"] for doc, info in gold["articles"].items()}
    articles = pd.DataFrame([{
        "article_id": ids[doc], "file": doc, "path": f"seeds/{doc}", "outlet": outlet[doc], "title": doc,
        "url": f"https://news.example/{doc}", "published": published[doc], "published_source": "header-epoch",
        "language": "zh", "encoding": "utf-8", "n_sentences": 40,
    } for doc in gold["articles"]], columns=ARTICLE_COLUMNS)
    mentions = pd.DataFrame([{
        "mention_id": f"m{i}", "event_id": r["event"], "article_id": ids[r["doc"]], "file": r["doc"],
        "outlet": outlet[r["doc"]], "title": r["doc"], "url": f"https://news.example/{r['doc']}",
        "published": published[r["doc"]], "language": "zh", "sentence_index": i, "sentence": r["sentence"],
        "expression": r["expr"], "expression_offset": max(r["sentence"].find(r["expr"]), 0),
        "start": pd.Timestamp(r["start"]), "end": pd.Timestamp(r["end"]), "grain": r["grain"],
        "kind": "absolute", "confidence": 0.8, "rule": "test", "time_of_day": None, "clause": r["sentence"],
        "description": None, "entities": [],
    } for i, r in enumerate(rows)], columns=MENTION_COLUMNS)
    events = []
    for eid, ms in mentions.groupby("event_id", sort=False):
        outlets = sorted(set(ms["outlet"]))
        first = ms.sort_values("published").iloc[0]
        events.append({
            "event_id": eid, "start": ms["start"].min(), "end": ms["end"].max(), "grain": ms["grain"].iloc[0],
            "label": eid, "outlets": outlets, "n_outlets": len(outlets), "n_articles": ms["article_id"].nunique(),
            "n_mentions": len(ms), "first_outlet": first["outlet"], "first_published": first["published"],
            "first_by_outlet": {}, "entities": [],
        })
    return Timeline(events=pd.DataFrame(events, columns=EVENT_COLUMNS), mentions=mentions, articles=articles)


def flawed_output(gold) -> list[dict]:
    """The perfect output with the mistakes a real tool makes, one of each kind."""
    rows = gold_as_output(gold)
    by_event = {}
    for r in rows:
        by_event.setdefault(r["event"], []).append(r)
    rows.remove(by_event["kremlin-confirms"][0])                       # missed
    by_event["depart"][0]["start"] = by_event["depart"][0]["end"] = "2023-09-11"  # wrong value
    by_event["advance-team"][0]["start"] = "2023-08-20"                # inside the gold's accept window
    by_event["missiles"][0]["event"] = "summit"                        # must_not_merge violation
    for r in by_event["summit"]:
        if r["doc"].startswith("003"):
            r["event"] = "summit-as-told-by-bbc"                       # cross-outlet merge lost
    short = next(r for r in by_event["summit"] if r["expr"] == "周三" and r["doc"].startswith("001"))
    short["sentence"] = short["sentence"][4:4 + 15]                    # sentence split inside the context
    seoul = by_event["seoul-talks"][0]
    seoul["expr"] = seoul["expr"].replace(" ", "")                     # spacing differs from the gold
    ignore = gold["ignore"][0]
    rows.append({"event": "vague", "doc": ignore["doc"], "expr": ignore["expr"],
                 "sentence": ignore["context"], "start": "2023-09-13", "end": "2023-09-13", "grain": "day"})
    rows.append({"event": "noise", "doc": "000_adbef3cad43c41d8.txt", "expr": "明年",
                 "sentence": "双方同意明年再次会面。", "start": "2024-01-01", "end": "2024-12-31", "grain": "year"})
    return rows


def official_scores(gold_path: Path, export: bytes, tmp_path: Path) -> dict:
    events_path = tmp_path / "events.json"
    events_path.write_bytes(export)
    out = subprocess.run([sys.executable, str(SCORER), str(gold_path), str(events_path), "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out[:out.rindex("SUMMARY")])


def test_a_perfect_timeline_scores_full_marks(gold):
    result = evaluate(gold, to_timeline(gold_as_output(gold), gold))
    assert result["mention_f1"] == 1.0 and result["value_accuracy"] == 1.0
    assert result["merge_recall"] == 1.0 and result["merge_precision"] == 1.0
    found, total = result["cross_source_events_merged"].split("/")
    assert found == total and int(total) > 0
    assert result["missed"] == result["wrong_values"] == result["spurious"] == []
    assert result["must_not_merge_violations"] == []


def test_each_kind_of_mistake_shows_up(gold):
    result = evaluate(gold, to_timeline(flawed_output(gold), gold))
    assert result["missed"] == ["kremlin-confirms:002:11日"]
    assert result["wrong_values"] == ["depart:10日晚间->2023-09-11..2023-09-11"]
    assert result["spurious"] == ["000:明年"]  # the ignored vague word is not counted
    assert result["must_not_merge_violations"] == ["summit+missiles"]
    assert "summit" in result["cross_source_events_missed"]
    assert result["mention_recall"] < 1.0 and result["mention_precision"] < 1.0
    assert result["merge_recall"] < 1.0 and result["merge_precision"] < 1.0


def test_numbers_match_the_official_scorer(gold, tmp_path):
    for rows in (gold_as_output(gold), flawed_output(gold)):
        tl = to_timeline(rows, gold)
        ours = evaluate(gold, tl)
        theirs = official_scores(GOLD_PATH, export_timeline(tl, "json"), tmp_path)
        assert {k: ours[k] for k in SCORER_KEYS} == theirs


def test_report_lists_the_misses_and_ends_with_the_scorer_summary(gold):
    report = format_report(evaluate(gold, to_timeline(flawed_output(gold), gold)))
    for text in ("kremlin-confirms:002:11日", "depart:10日晚间->2023-09-11", "000:明年", "summit+missiles"):
        assert text in report
    last = report.strip().splitlines()[-1]
    assert last.startswith("SUMMARY mention_f1=") and "violations=1" in last


# ---------------------------------------------------------------- on the real seeds

SEEDS = Path(__file__).parent.parent / "seeds"


@pytest.fixture(scope="module")
def seed_timeline():
    from timeline.build import load_timeline
    return load_timeline([str(SEEDS)])


def test_seed_scores_match_the_official_scorer(gold, seed_timeline, tmp_path):
    ours = evaluate(gold, seed_timeline)
    theirs = official_scores(GOLD_PATH, export_timeline(seed_timeline, "json"), tmp_path)
    assert {k: ours[k] for k in SCORER_KEYS} == theirs
    assert ours["required_mentions"] == 51 and ours["predicted_mentions"] == len(seed_timeline.mentions)


def test_eval_command_prints_the_report_for_the_seeds(capsys):
    from timeline.cli import main
    assert main(["eval", str(GOLD_PATH), str(SEEDS)]) == 0
    out = capsys.readouterr().out
    assert "missed (" in out and "spurious (" in out
    assert out.strip().splitlines()[-1].startswith("SUMMARY mention_f1=")


@pytest.mark.parametrize("break_gold,message", [
    (lambda g: g.pop("events"), "'events' list"),
    (lambda g: g["events"][0].pop("start"), "'depart' has no 'start'"),
    (lambda g: g["events"][0]["mentions"][0].pop("context"), "'depart': a mention has no context"),
    (lambda g: g["events"][0]["mentions"][0].update(doc="999.txt"), "cites '999.txt'"),
    (lambda g: g["articles"]["000_adbef3cad43c41d8.txt"].pop("source"), "'000_adbef3cad43c41d8.txt' has no 'source'"),
])
def test_a_malformed_gold_file_is_named_not_a_traceback(gold, break_gold, message):
    broken = json.loads(json.dumps(gold))
    break_gold(broken)
    with pytest.raises(ValueError, match=message):
        evaluate(broken, to_timeline(gold_as_output(gold), gold))

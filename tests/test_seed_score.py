"""The seed corpus, scored end to end by the scorer copy, as a user would run it."""
from pathlib import Path

from official_score import official_score

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def test_seed_timeline_meets_the_bar(tmp_path):
    summary = official_score(ROOT / "seeds", DATA / "seed_events.json", tmp_path)
    out = summary["report"]
    assert float(summary["mention_f1"]) >= 0.95, out
    assert float(summary["value_acc"]) >= 0.95, out
    assert float(summary["merge_recall"]) >= 0.9, out
    assert float(summary["merge_precision"]) >= 0.95, out
    done, total = summary["cross"].split("/")
    assert done == total, out
    assert summary["violations"] == "0", out

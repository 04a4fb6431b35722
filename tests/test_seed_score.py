"""The seed corpus, scored end to end by the scorer copy, as a user would run it."""
import re
import subprocess
import sys
from pathlib import Path

from timeline.build import load_timeline
from timeline.export import export_timeline

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def test_seed_timeline_meets_the_bar(tmp_path):
    events = tmp_path / "events.json"
    events.write_bytes(export_timeline(load_timeline([str(ROOT / "seeds")]), "json"))
    out = subprocess.run([sys.executable, str(DATA / "score_events.py"), str(DATA / "seed_events.json"), str(events)],
                         capture_output=True, text=True, check=True).stdout
    summary = dict(re.findall(r"(\w+)=(\S+)", out.strip().splitlines()[-1]))
    assert float(summary["mention_f1"]) >= 0.95, out
    assert float(summary["value_acc"]) >= 0.95, out
    assert float(summary["merge_recall"]) >= 0.9, out
    assert float(summary["merge_precision"]) >= 0.95, out
    done, total = summary["cross"].split("/")
    assert done == total, out
    assert summary["violations"] == "0", out

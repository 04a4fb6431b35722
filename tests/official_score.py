"""Score a corpus the way a user would: JSON export, then the official scorer copy."""
import re
import subprocess
import sys
from pathlib import Path

from timeline.build import load_timeline
from timeline.export import export_timeline

DATA = Path(__file__).resolve().parent / "data"


def official_score(corpus: Path, gold: Path, workdir: Path) -> dict:
    """The scorer's SUMMARY fields (strings) for `corpus`, plus "report": its whole output."""
    events = workdir / "events.json"
    events.write_bytes(export_timeline(load_timeline([str(corpus)]), "json"))
    out = subprocess.run([sys.executable, str(DATA / "score_events.py"), str(gold), str(events)],
                         capture_output=True, text=True, check=True).stdout
    summary = out.strip().splitlines()[-1]
    return dict(re.findall(r"(\w+)=(\S+)", summary)) | {"report": out}

"""Score every story that has a gold, as the code stands: the table of benchmarks/merge.md.

    python benchmarks/stories.py

Stories: the seeds and every tests/data/STORY/ with tests/data/STORY_gold.json; real ones
(tests/data/real_*, and the seeds) first. Numbers are `timeline eval`'s, which are the official
scorer's (tests/test_evaluate.py holds them equal).
"""
from __future__ import annotations

import json
from pathlib import Path

from timeline.build import load_timeline
from timeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"


def stories():
    found = [("seeds", ROOT / "seeds", DATA / "seed_events.json")]
    for gold in sorted(DATA.glob("*_gold.json")):
        folder = DATA / gold.name[: -len("_gold.json")]
        if folder.is_dir():
            found.append((folder.name, folder, gold))
    return sorted(found, key=lambda s: (not (s[0] == "seeds" or s[0].startswith("real_")), s[0]))


def main():
    print("| story | kind | mention F1 | values | merge recall | merge precision | cross-outlet | violations |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    for name, folder, gold_path in stories():
        r = evaluate(json.loads(gold_path.read_text(encoding="utf-8")), load_timeline([str(folder)]))
        kind = "real" if name == "seeds" or name.startswith("real_") else "synthetic"
        print(f"| {name} | {kind} | {r['mention_f1']:.3f} | {r['value_accuracy']:.3f} | {r['merge_recall']:.3f} | "
              f"{r['merge_precision']:.3f} | {r['cross_source_events_merged']} | "
              f"{len(r['must_not_merge_violations'])} |", flush=True)


if __name__ == "__main__":
    main()

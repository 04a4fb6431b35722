"""Score every story that has a gold, as the code stands: the table of benchmarks/merge.md.

    python benchmarks/stories.py

Stories: the seeds and every tests/data/STORY/ with tests/data/STORY_gold.json; real ones
(tests/data/real_*, and the seeds) first. Numbers are `timeline eval`'s, which are the official
scorer's (tests/test_evaluate.py holds them equal).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from timeline.build import load_timeline
from timeline.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
from train_merge import stories as gold_stories  # noqa: E402  (one list of the stories with a gold)


def stories():
    """Real stories (the seeds, tests/data/real_*) first, then the synthetic ones."""
    return sorted(gold_stories(), key=lambda s: (not (s[0] == "seeds" or s[0].startswith("real_")), s[0]))


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

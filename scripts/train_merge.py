#!/usr/bin/env python3
"""Learn the merge's pair scorer from the hand-annotated golds, checked leave-one-story-out.

    python scripts/train_merge.py                 # LOSO table, then fit on all and write the model
    python scripts/train_merge.py --no-write      # LOSO table only
    python scripts/train_merge.py --report benchmarks/merge_model.md

Stories: the seeds (tests/data/seed_events.json) and every tests/data/STORY/ that has a
tests/data/STORY_gold.json. Each story's articles go through every stage before the merge
(`timeline.build.article_mentions`); a mention is labelled with the gold event it sits on (the
official scorer's placement); every date-compatible pair of labelled mentions in one date block
is a training pair (same gold event or not), with its `timeline.merge.PAIR_FEATURES`.

A logistic regression weighs the features. Leave-one-story-out: for each story, a model fit on
the other stories clusters it at each threshold of a grid and the official scorer's numbers are
taken. The cuts kept as candidates are those whose mean merge precision over the real stories
(the seeds and the stories taken from real coverage; synthetic stories train but do not choose)
reaches issue 8's aim of 0.9: a glued event hides a happening from the reader, so precision is
the bound. Among them the one with the best mean F0.5 is kept, not simply the lowest: the lowest
sits where precision only just reaches the aim (0.905 at 0.45 with the correlation clustering,
against 0.929 at 0.5 for 0.03 less recall). Each real story
weighs the same in the fit whatever its number of pairs, so one long story does not decide, and
a synthetic story weighs half as much: the tool is for real news.
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from timeline.articles import read_articles  # noqa: E402
from timeline.build import article_mentions  # noqa: E402
from timeline.evaluate import _gold_mentions, _match, _Pred, score_export  # noqa: E402
from timeline.merge import PAIR_FEATURES, MergeModel, _Block, _Features, blocks, merge_mentions  # noqa: E402

DATA = ROOT / "tests" / "data"
MODEL = ROOT / "timeline" / "data" / "merge_model.json"
THRESHOLDS = [round(t, 2) for t in np.arange(0.20, 0.81, 0.05)]
C = 1.0
SYNTHETIC_WEIGHT = 0.5     # a synthetic story weighs half a real one: the tool is for real news
PRECISION_AIM = 0.9        # issue 8: merge precision on real stories
BETA = 0.5                 # F-beta of merge pairs, reported: precision counts twice


@dataclass
class Story:
    name: str
    real: bool
    gold: dict
    articles: list
    mentions: list
    labels: list          # gold event id per mention, None when it sits on no required gold
    X: np.ndarray
    y: np.ndarray


def stories():
    found = [("seeds", ROOT / "seeds", DATA / "seed_events.json")]
    for gold in sorted(DATA.glob("*_gold.json")):
        folder = DATA / gold.name[: -len("_gold.json")]
        if folder.is_dir():
            found.append((folder.name, folder, gold))
    return found


def is_real(name: str) -> bool:
    return name == "seeds" or name.startswith("real_")


def export_of(articles, mentions, labels_out):
    by_event = {}
    for m, e in zip(mentions, labels_out):
        d = m.date
        by_event.setdefault(e, []).append({
            "article": m.article_id, "sentence": m.sentence, "expression": d.expression,
            "start": d.start.isoformat(), "end": d.end.isoformat()})
    return {"articles": [{"id": a.id, "file": a.file} for a in articles],
            "events": [{"mentions": ms} for ms in by_event.values()]}


def gold_labels(gold, articles, mentions):
    doc = {a.id: a.file for a in articles}
    preds = [_Pred(i, doc[m.article_id], {"expression": m.date.expression, "sentence": m.sentence})
             for i, m in enumerate(mentions)]
    golds = _gold_mentions(gold)
    _, p2g = _match(golds, preds)
    labels = []
    for i in range(len(mentions)):
        g = golds[p2g[i]] if i in p2g else None
        labels.append(g.event["id"] if g and g.required and not g.shared else None)
    return labels


def pairs(mentions, labels):
    features = _Features(mentions)
    rows, ys = [], []
    names = list(PAIR_FEATURES)
    for idx in blocks(mentions):
        if len(idx) < 2:
            continue
        block = _Block(features, idx)
        values, compat = block.features(), block.compatible
        for a in range(len(idx)):
            for b in range(a + 1, len(idx)):
                la, lb = labels[idx[a]], labels[idx[b]]
                if la is None or lb is None or not compat[a, b]:
                    continue
                rows.append([values[n][a, b] for n in names])
                ys.append(la == lb)
    return np.array(rows, dtype=float).reshape(-1, len(names)), np.array(ys, dtype=bool)


def load(name, folder, gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles, _ = read_articles([str(folder)])
    mentions = [m for a in articles for m in article_mentions(a)]
    labels = gold_labels(gold, articles, mentions)
    X, y = pairs(mentions, labels)
    return Story(name, is_real(name), gold, articles, mentions, labels, X, y)


def fit(train, synthetic_weight=SYNTHETIC_WEIGHT):
    X = np.vstack([s.X for s in train])
    y = np.concatenate([s.y for s in train])
    w = np.concatenate([np.full(len(s.y), (1.0 if s.real else synthetic_weight) / max(len(s.y), 1))
                        for s in train])
    w *= len(y) / w.sum()
    lr = LogisticRegression(C=C, max_iter=5000)
    lr.fit(X, y, sample_weight=w)
    return dict(zip(PAIR_FEATURES, lr.coef_[0].tolist())), float(lr.intercept_[0])


def score(story, model):
    labels_out = merge_mentions(story.mentions, model)
    r = score_export(story.gold, export_of(story.articles, story.mentions, labels_out))
    return r


def f_beta(r, beta=BETA):
    p, q = r["merge_precision"], r["merge_recall"]
    return (1 + beta ** 2) * p * q / (beta ** 2 * p + q) if p + q else 0.0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--no-write", action="store_true")
    ap.add_argument("--report", help="write the LOSO table as Markdown here")
    ap.add_argument("--exclude", nargs="*", default=[], help="leave out the stories whose name starts so")
    args = ap.parse_args(argv)
    all_stories = [load(*s) for s in stories() if not any(s[0].startswith(x) for x in args.exclude)]
    for s in all_stories:
        print(f"{s.name}: {len(s.mentions)} mentions, {len(s.y)} pairs ({int(s.y.sum())} same event)",
              file=sys.stderr)
    loso = {}    # story -> threshold -> result
    for held in all_stories:
        weights, intercept = fit([s for s in all_stories if s is not held])
        loso[held.name] = {t: score(held, MergeModel(weights, intercept, t)) for t in THRESHOLDS}
    real = [s.name for s in all_stories if s.real]
    precision_at = {t: np.mean([loso[n][t]["merge_precision"] for n in real]) for t in THRESHOLDS}
    meeting = [t for t in THRESHOLDS if precision_at[t] >= PRECISION_AIM]
    f_at = {t: np.mean([f_beta(loso[n][t]) for n in real]) for t in THRESHOLDS}
    best = max(meeting, key=f_at.get) if meeting else max(THRESHOLDS, key=precision_at.get)
    lines = [f"Leave-one-story-out at threshold {best} (each story clustered by a model fit on the others):", "",
             "| story | real | merge recall | merge precision | cross-outlet | violations |",
             "|---|---|---:|---:|---:|---:|"]
    for s in all_stories:
        r = loso[s.name][best]
        lines.append(f"| {s.name} | {'yes' if s.real else 'synthetic'} | {r['merge_recall']:.3f} | "
                     f"{r['merge_precision']:.3f} | {r['cross_source_events_merged']} | "
                     f"{len(r['must_not_merge_violations'])} |")
    lines += ["", f"Mean merge precision / recall / F{BETA} over the real stories by threshold: " + ", ".join(
        f"{t}: {precision_at[t]:.3f} / {np.mean([loso[n][t]['merge_recall'] for n in real]):.3f} / "
        f"{np.mean([f_beta(loso[n][t]) for n in real]):.3f}"
        for t in THRESHOLDS)]
    weights, intercept = fit(all_stories)
    lines += ["", "Weights fit on every story:", "", "| feature | weight |", "|---|---:|"]
    lines += [f"| {n} | {w:+.3f} |" for n, w in weights.items()] + [f"| (intercept) | {intercept:+.3f} |"]
    report = "\n".join(lines)
    print(report)
    if args.report:
        Path(args.report).write_text(report + "\n", encoding="utf-8")
    if not args.no_write:
        MODEL.write_text(json.dumps({
            "about": "Written by scripts/train_merge.py from the golds in tests/data: logistic weights of "
                     "timeline.merge.PAIR_FEATURES and the clustering cut chosen leave-one-story-out.",
            "stories": [s.name for s in all_stories],
            "weights": {n: round(w, 4) for n, w in weights.items()},
            "intercept": round(intercept, 4), "threshold": best,
            "loso": {s.name: {k: loso[s.name][best][k] for k in (
                "merge_recall", "merge_precision", "cross_source_events_merged")}
                | {"violations": len(loso[s.name][best]["must_not_merge_violations"])} for s in all_stories},
        }, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

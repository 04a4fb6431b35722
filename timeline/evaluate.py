"""Score a Timeline against a hand-annotated gold file (shape of tests/data/seed_events.json).

Contract: `evaluate(gold: dict, timeline) -> dict` of metrics and misses;
`format_report(result) -> str` for the terminal.

The timeline is scored through its JSON export (`to_export_dict`) with the matching rules of
the official scorer (tests/data/score_events.py), so both give the same numbers:
- a predicted mention sits on a gold mention when the expressions overlap and the gold context
  lies in the predicted sentence (best) or the sentence lies in the context;
- gold and predicted mentions pair one-to-one, best placement first; a gold mention marked
  `shared` (one phrase, two events) may reuse a prediction;
- unmatched predictions on an `ignore` expression, and matches of `optional` gold, count
  neither way.
"""
from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from timeline.export import to_export_dict

_SPACE = re.compile(r"\s+")


def _squash(text) -> str:
    """Whitespace-free text: the gold and the articles space Chinese differently."""
    return _SPACE.sub("", text or "")


def _overlaps(a, b) -> bool:
    a, b = _squash(a), _squash(b)
    return bool(a) and bool(b) and (a in b or b in a)


def placement(gold_mention: dict, pred: dict) -> int:
    """How well a predicted mention sits on a gold mention: 2 context inside the sentence,
    1 sentence inside the context (a shorter sentence split), 0 not at all."""
    if not _overlaps(gold_mention["expr"], pred.get("expression", "")):
        return 0
    context, sentence = _squash(gold_mention["context"]), _squash(pred.get("sentence", ""))
    if context in sentence:
        return 2
    if (len(sentence) >= 6 and sentence in context
            and _squash(gold_mention["expr"]) in sentence + _squash(pred.get("expression", ""))):
        return 1
    return 0


def value_correct(gold_event: dict, gold_mention: dict, pred: dict) -> bool:
    """Start and end right; `accept` gives fuzzy expressions a window for each."""
    accept = gold_mention.get("accept") or gold_event.get("accept")
    start, end = pred.get("start"), pred.get("end")
    if not start or not end:
        return False
    start, end = start[:10], end[:10]
    if accept:
        return accept["start"][0] <= start <= accept["start"][1] and accept["end"][0] <= end <= accept["end"][1]
    return start == gold_event["start"] and end == gold_event["end"]


@dataclass(frozen=True)
class _Pred:
    event: int   # index of its event in the export
    doc: str     # article file name, the gold's key
    mention: dict


@dataclass(frozen=True)
class _Gold:
    event: dict
    mention: dict
    required: bool

    @property
    def shared(self) -> bool:
        return bool(self.mention.get("shared"))


def _predictions(export: dict) -> list[_Pred]:
    doc_of = {a["id"]: (a.get("file") or a["id"]).split("/")[-1] for a in export.get("articles", [])}
    return [_Pred(i, doc_of.get(m.get("article"), str(m.get("article", "")).split("/")[-1]), m)
            for i, ev in enumerate(export.get("events", [])) for m in ev.get("mentions", [])]


def _gold_mentions(gold: dict) -> list[_Gold]:
    return [_Gold(ev, m, not (ev.get("optional") or m.get("optional")))
            for ev in gold["events"] for m in ev["mentions"]]


def _match(golds: list[_Gold], preds: list[_Pred]) -> tuple[dict, dict]:
    """One-to-one greedy pairing, best placement first (ties: gold order, then output order)."""
    candidates = sorted((-q, gi, pi) for gi, g in enumerate(golds) for pi, p in enumerate(preds)
                        if p.doc == g.mention["doc"] and (q := placement(g.mention, p.mention)))
    g2p, p2g = {}, {}
    for _, gi, pi in candidates:
        if gi not in g2p and pi not in p2g:
            g2p[gi], p2g[pi] = pi, gi
    for _, gi, pi in candidates:
        if gi not in g2p and golds[gi].shared:
            g2p[gi] = pi
    return g2p, p2g


def _ignored(gold: dict, preds: list[_Pred], p2g: dict) -> set[int]:
    return {pi for pi, p in enumerate(preds) if pi not in p2g
            and any(im["doc"] == p.doc and placement(im, p.mention) for im in gold.get("ignore", []))}


def _ratio(part: int, whole: int, empty: float = 0.0) -> float:
    return part / whole if whole else empty


def _check_gold_mention(m, where: str, articles: dict) -> None:
    missing = [k for k in ("doc", "expr", "context") if k not in m]
    if missing:
        raise ValueError(f"gold {where}: a mention has no {', '.join(missing)}")
    if m["doc"] not in articles:
        raise ValueError(f"gold {where} cites {m['doc']!r}, which 'articles' does not list")


def check_gold(gold) -> None:
    """Raise ValueError saying what is wrong when `gold` is not shaped like seed_events.json."""
    if not isinstance(gold, dict) or not isinstance(gold.get("events"), list) \
            or not isinstance(gold.get("articles"), dict):
        raise ValueError("gold file needs an 'articles' object (file -> {source}) and an 'events' list")
    for doc, info in gold["articles"].items():
        if not isinstance(info, dict) or "source" not in info:
            raise ValueError(f"gold article {doc!r} has no 'source' (the outlet)")
    for ev in gold["events"]:
        for key in ("id", "start", "end", "mentions"):
            if key not in ev:
                raise ValueError(f"gold event {ev.get('id', '?')!r} has no {key!r}")
        for m in ev["mentions"]:
            _check_gold_mention(m, f"event {ev['id']!r}", gold["articles"])
    for m in gold.get("ignore", []):
        _check_gold_mention(m, "'ignore' list", gold["articles"])


def score_export(gold: dict, export: dict) -> dict:
    """Score a JSON export dict against the gold; same numbers as tests/data/score_events.py."""
    check_gold(gold)
    preds, golds = _predictions(export), _gold_mentions(gold)
    g2p, p2g = _match(golds, preds)
    ignored = _ignored(gold, preds, p2g)

    required = [gi for gi, g in enumerate(golds) if g.required]
    found = [gi for gi in required if gi in g2p]
    scored = [pi for pi in range(len(preds))
              if pi not in ignored and not (pi in p2g and not golds[p2g[pi]].required)]
    true_preds = [pi for pi in scored if pi in p2g]
    recall, precision = _ratio(len(found), len(required)), _ratio(len(true_preds), len(scored))
    f1 = _ratio(2 * precision * recall, precision + recall)
    right_values = [gi for gi in found
                    if value_correct(golds[gi].event, golds[gi].mention, preds[g2p[gi]].mention)]

    def event_of(gi):
        return preds[g2p[gi]].event

    def gold_id(gi):
        return golds[gi].event["id"]

    # Merging is judged on pairs of found mentions that are distinct predictions.
    unshared = [gi for gi in found if not golds[gi].shared]
    pairs = [(a, b) for a, b in itertools.combinations(unshared, 2) if g2p[a] != g2p[b]]
    same_gold = [(a, b) for a, b in pairs if gold_id(a) == gold_id(b)]
    merged = [(a, b) for a, b in same_gold if event_of(a) == event_of(b)]
    same_pred = [(a, b) for a, b in pairs if event_of(a) == event_of(b)]
    rightly_merged = [(a, b) for a, b in same_pred if gold_id(a) == gold_id(b)]

    source = {doc: info["source"] for doc, info in gold["articles"].items()}
    cross = [(a, b) for a, b in same_gold
             if source[golds[a].mention["doc"]] != source[golds[b].mention["doc"]]]
    cross_events = sorted({gold_id(a) for a, _ in cross})
    cross_merged = sorted({gold_id(a) for a, b in cross if event_of(a) == event_of(b)})

    violations = []
    for x, y in gold.get("must_not_merge", []):
        xs = {event_of(gi) for gi in unshared if gold_id(gi) == x}
        ys = {event_of(gi) for gi in unshared if gold_id(gi) == y}
        if xs & ys:
            violations.append(f"{x}+{y}")

    return {
        "mention_recall": round(recall, 3),
        "mention_precision": round(precision, 3),
        "mention_f1": round(f1, 3),
        "value_accuracy": round(_ratio(len(right_values), len(found)), 3),
        "merge_recall": round(_ratio(len(merged), len(same_gold)), 3),
        "merge_precision": round(_ratio(len(rightly_merged), len(same_pred), empty=1.0), 3),
        "cross_source_events_merged": f"{len(cross_merged)}/{len(cross_events)}",
        "must_not_merge_violations": violations,
        "required_mentions": len(required),
        "predicted_mentions": len(preds),
        "missed": [f'{gold_id(gi)}:{golds[gi].mention["doc"][:3]}:{golds[gi].mention["expr"]}'
                   for gi in required if gi not in g2p],
        "wrong_values": [f'{gold_id(gi)}:{golds[gi].mention["expr"]}->'
                         f'{preds[g2p[gi]].mention.get("start")}..{preds[g2p[gi]].mention.get("end")}'
                         for gi in found if gi not in right_values],
        "spurious": [f'{preds[pi].doc[:3]}:{preds[pi].mention.get("expression")}'
                     for pi in scored if pi not in p2g],
        # beyond the official scorer's output
        "found_mentions": len(found),
        "ignored_mentions": len(ignored),
        "cross_source_events_missed": [e for e in cross_events if e not in cross_merged],
    }


def evaluate(gold: dict, timeline) -> dict:
    return score_export(gold, to_export_dict(timeline))


def summary_line(result: dict) -> str:
    """The official scorer's last line, so runs of either can be compared by eye or grep."""
    return (f"SUMMARY mention_f1={result['mention_f1']:.3f} value_acc={result['value_accuracy']:.3f} "
            f"merge_recall={result['merge_recall']:.3f} merge_precision={result['merge_precision']:.3f} "
            f"cross={result['cross_source_events_merged']} "
            f"violations={len(result['must_not_merge_violations'])}")


def format_report(result: dict) -> str:
    r = result
    lines = [
        f"mentions   recall {r['mention_recall']:.3f}  precision {r['mention_precision']:.3f}  "
        f"F1 {r['mention_f1']:.3f}   ({r['found_mentions']}/{r['required_mentions']} gold found, "
        f"{r['predicted_mentions']} output, {r['ignored_mentions']} on ignored expressions)",
        f"values     accuracy {r['value_accuracy']:.3f}",
        f"merging    recall {r['merge_recall']:.3f}  precision {r['merge_precision']:.3f}",
        f"cross-outlet events merged {r['cross_source_events_merged']}"
        + (f"  (not merged: {', '.join(r['cross_source_events_missed'])})" if r["cross_source_events_missed"] else ""),
        f"must_not_merge violations {len(r['must_not_merge_violations'])}"
        + (f": {', '.join(r['must_not_merge_violations'])}" if r["must_not_merge_violations"] else ""),
    ]
    for title, key, hint in (("missed", "missed", "gold event:article:expression"),
                             ("wrong values", "wrong_values", "gold event:expression->output start..end"),
                             ("spurious", "spurious", "article:expression")):
        items = r[key]
        lines.append(f"\n{title} ({len(items)}; {hint})" + (":" if items else ""))
        lines += [f"  {item}" for item in items]
    lines.append("")
    lines.append(summary_line(r))
    return "\n".join(lines)

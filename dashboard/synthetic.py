"""Synthetic `Timeline`s with exactly the contract's columns, for the app's tests and benchmark.

They let the app be tested and timed at any size without the reading and dating stages.
"""
from __future__ import annotations

import random

import pandas as pd

from timeline.build import Timeline

GRAIN_DAYS = {"day": 1, "week": 7, "month_part": 11, "month": 30}
LABELS = ["普京与金正恩会晤", "Kim visits a factory", "白宫发出警告", "Missile launch",
          "外交部发言人表示", "Talks in Seoul", "朝鲜官媒报道", "Sanctions announced"]


def timeline_from(articles: list[dict], events: list[dict]) -> Timeline:
    """A Timeline from compact specs.

    articles: {"article_id", "outlet", "published" (ISO, UTC)} (+ optional "title", "url").
    events: {"event_id", "start", "end", "grain", "label", "mentions": [(article_id,
    sentence, expression), ...]} (+ optional "entities"). Derived columns are computed.
    """
    arts = pd.DataFrame([{
        "article_id": a["article_id"], "file": f"{a['article_id']}.txt",
        "path": f"synthetic/{a['article_id']}.txt", "outlet": a["outlet"],
        "title": a.get("title", f"{a['outlet']} article {a['article_id']}"),
        "url": a.get("url", f"https://{a['outlet'].lower()}.example/{a['article_id']}"),
        "published": pd.Timestamp(a["published"]).tz_convert("UTC")
        if pd.Timestamp(a["published"]).tzinfo else pd.Timestamp(a["published"]).tz_localize("UTC"),
        "published_source": "synthetic", "language": "zh", "encoding": "utf-8",
        "n_sentences": 10} for a in articles])
    by_id = {a["article_id"]: a for a in arts.to_dict("records")}
    event_rows, mention_rows = [], []
    for ev in events:
        start, end = pd.Timestamp(ev["start"]), pd.Timestamp(ev["end"])
        entities = ev.get("entities", [])
        first = {}
        for i, (article_id, sentence, expression) in enumerate(ev["mentions"]):
            art = by_id[article_id]
            mention_rows.append({
                "mention_id": f"{ev['event_id']}m{i + 1}", "event_id": ev["event_id"],
                "article_id": article_id, "file": art["file"], "outlet": art["outlet"],
                "title": art["title"], "url": art["url"], "published": art["published"],
                "language": "zh", "sentence_index": i, "sentence": sentence,
                "expression": expression, "expression_offset": sentence.find(expression),
                "start": start, "end": end, "grain": ev["grain"], "kind": "absolute",
                "confidence": 0.9, "rule": "synthetic", "time_of_day": None,
                "clause": sentence, "description": ev["label"], "entities": entities})
            known = first.get(art["outlet"])
            if known is None or art["published"] < pd.Timestamp(known["published"]):
                first[art["outlet"]] = {"article_id": article_id,
                                        "published": art["published"].isoformat(),
                                        "title": art["title"], "url": art["url"]}
        first_outlet = min(first, key=lambda o: (first[o]["published"], o))
        event_rows.append({
            "event_id": ev["event_id"], "start": start, "end": end, "grain": ev["grain"],
            "label": ev["label"], "outlets": sorted(first), "n_outlets": len(first),
            "n_articles": len({m[0] for m in ev["mentions"]}), "n_mentions": len(ev["mentions"]),
            "first_outlet": first_outlet,
            "first_published": pd.Timestamp(first[first_outlet]["published"]),
            "first_by_outlet": first, "entities": entities})
    return Timeline(events=pd.DataFrame(event_rows), mentions=pd.DataFrame(mention_rows),
                    articles=arts)


def make_timeline(n_events=40, outlets=("RFI", "BBC", "NHK"), *, seed=0,
                  story_end="2023-09-15", n_background=3) -> Timeline:
    """`n_events` events over the ~6 weeks before `story_end` plus `n_background` year-grain
    events decades earlier; each reported by 1..all outlets, one mention per outlet."""
    rng = random.Random(seed)
    end = pd.Timestamp(story_end)
    articles = [{"article_id": f"{outlet.lower()}{k}", "outlet": outlet,
                 "published": (end - pd.Timedelta(days=3 * k, hours=5 * i)).isoformat()}
                for i, outlet in enumerate(outlets) for k in range(2)]
    events = []
    for n in range(n_events + n_background):
        if n >= n_events:
            grain, start = "year", pd.Timestamp(year=1950 + 20 * (n - n_events), month=1, day=1)
            stop = pd.Timestamp(year=start.year, month=12, day=31)
        else:
            grain = rng.choices(list(GRAIN_DAYS), weights=[20, 2, 2, 2])[0]
            start = end - pd.Timedelta(days=rng.randint(0, 42))
            stop = start + pd.Timedelta(days=GRAIN_DAYS[grain] - 1)
        label = f"{LABELS[n % len(LABELS)]} #{n + 1}"
        expression = f"{start.month}月{start.day}日"
        reporters = rng.sample(list(outlets), rng.choice([1, 1, 1, 2, len(outlets)]))
        events.append({
            "event_id": f"e{n + 1}", "start": start, "end": stop, "grain": grain,
            "label": label, "entities": ["金正恩"],
            "mentions": [(f"{o.lower()}{rng.randint(0, 1)}", f"据报道，{expression}{label}。",
                          expression) for o in reporters]})
    return timeline_from(articles, events)

"""Plain functions behind the app: story window, filters, coverage, side by side, lags, URL state.

Everything here works on plain DataFrames and returns plain data, so the callbacks stay thin
and every rule the user sees can be tested without a browser.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import parse_qs, urlencode

import pandas as pd

from timeline.escape import plotly_label
from timeline.export import describe_date

# The story window: the run-up before the first article and a few days after the last one.
STORY_LEAD = pd.Timedelta(weeks=6)
STORY_TAIL = pd.Timedelta(days=4)
# Events ending this long before the window (or starting this long after) are background: on
# one axis with the story they would squash it into a sliver.
BACKGROUND_GAP = pd.Timedelta(days=183)
SEVERAL = "Several outlets"
# Okabe-Ito: distinguishable with the common colour-vision deficiencies.
PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#7F7F7F"]
GRAIN_NAMES = {"day": "day", "week": "week", "month_part": "part of a month", "month": "month",
               "quarter": "quarter", "half_year": "half year", "year_part": "part of a year",
               "year": "year", "decade": "decade"}


def _matching_normalizer():
    """Same normalisation for the query and the text: Traditional -> Simplified, full-width ->
    ASCII (NFKC), case folded. Prefers the library's own when it exists."""
    try:
        from timeline.textnorm import normalize_for_matching
        return lambda text: normalize_for_matching(text).casefold()
    except ImportError:
        import opencc
        t2s = opencc.OpenCC("t2s")
        return lambda text: t2s.convert(unicodedata.normalize("NFKC", text)).casefold()


normalize = _matching_normalizer()


def day(ts) -> pd.Timestamp:
    """A calendar day as a naive Timestamp (event dates are days; published times are UTC)."""
    ts = pd.Timestamp(ts)
    if ts.tzinfo is not None:
        ts = ts.tz_convert("UTC").tz_localize(None)
    return ts.normalize()


# ---------------------------------------------------------------- human-readable dates

def format_when(start, end, grain: str) -> str:
    """The event's date as a person would write it: 2023-09-13, Week of 2023-09-04,
    late July 2023, September 2023, 2019 (the exporters' wording, ISO for days)."""
    start, end = day(start), day(end)
    if grain in GRAIN_NAMES and grain != "day":
        return describe_date(start.date(), end.date(), grain, "en")
    if start == end:
        return start.date().isoformat()
    return f"{start.date().isoformat()} – {end.date().isoformat()}"


def format_published(ts) -> str:
    return pd.Timestamp(ts).tz_convert("UTC").strftime("%Y-%m-%d %H:%M UTC")


def format_lag(hours: float) -> str:
    if hours < 48:
        return f"+{hours:.1f} h"
    return f"+{hours / 24:.1f} days"


# ---------------------------------------------------------------- the prepared story

@dataclass
class Story:
    """The timeline plus what every view needs, computed once when the app starts."""
    timeline: object
    events: pd.DataFrame          # the timeline's events + when, is_background, search_text
    outlets: list[str]            # by number of articles, then name
    colors: dict[str, str]
    window: tuple[pd.Timestamp, pd.Timestamp]
    grains: list[str]             # grains present, finest first
    mention_counts: pd.DataFrame  # mentions per event_id (rows) and outlet (columns)
    lags: pd.DataFrame            # first_reporter_lags of the multi-outlet events, by event_id


def story_window(articles: pd.DataFrame, events: pd.DataFrame):
    """From ~6 weeks before the first publication to a few days after the last one."""
    if len(articles):
        published = articles["published"].map(day)
        return published.min() - STORY_LEAD, published.max() + STORY_TAIL
    if len(events):
        return day(events["start"].min()), day(events["end"].max())
    today = pd.Timestamp.today().normalize()
    return today - STORY_LEAD, today


def _text_column(frame: pd.DataFrame, values: list) -> pd.Series:
    return pd.Series(values, index=frame.index, dtype=object)


def prepare(timeline) -> Story:
    events = timeline.events.copy()
    mentions = timeline.mentions
    window = story_window(timeline.articles, events)
    # Explicit dtypes: with no events at all, pandas would guess float columns.
    events["start"] = pd.to_datetime(events["start"].map(day))
    events["end"] = pd.to_datetime(events["end"].map(day))
    events["when"] = _text_column(events, [format_when(s, e, g) for s, e, g in
                                           zip(events["start"], events["end"], events["grain"])])
    # Outside the story: long before it (background) or long after it (plans, targets: 2027年).
    events["is_later"] = events["start"] > window[1] + BACKGROUND_GAP
    events["is_background"] = (events["end"] < window[0] - BACKGROUND_GAP) | events["is_later"]
    texts = {eid: [label, " ".join(ents)] for eid, label, ents in
             zip(events["event_id"], events["label"], events["entities"])}
    for eid, sentence, description, ents in zip(mentions["event_id"], mentions["sentence"],
                                                mentions["description"], mentions["entities"]):
        if eid in texts:
            texts[eid] += [sentence, description or "", " ".join(ents or [])]
    events["search_text"] = _text_column(
        events, [normalize("\n".join(texts[eid])) for eid in events["event_id"]])
    events = events.sort_values(["start", "end", "event_id"], kind="stable").reset_index(drop=True)
    # Precomputed once so a filter change only selects rows (fast at 10,000 events).
    events["lane"] = events["outlets"].map(lambda outs: SEVERAL if len(outs) >= 2 else outs[0])
    events["start_day"] = events["start"].values.astype("datetime64[D]").astype("int64")
    events["end_day"] = events["end"].values.astype("datetime64[D]").astype("int64")
    events["hover"] = _text_column(events, hover_text(events))
    events["short_label"] = _text_column(events, [short_label(label) for label in events["label"]])

    counts = timeline.articles["outlet"].value_counts()
    named = set(counts.index) | {o for outs in events["outlets"] for o in outs}
    outlets = sorted(named, key=lambda o: (-counts.get(o, 0), o))
    colors = {o: PALETTE[i % len(PALETTE)] for i, o in enumerate(outlets)}
    order = list(GRAIN_NAMES)
    grains = sorted(set(events["grain"]), key=lambda g: (order.index(g) if g in order else 99, g))
    counts = mentions.groupby(["event_id", "outlet"]).size().unstack(fill_value=0)
    lags = first_reporter_lags(events[events["n_outlets"] >= 2]).set_index("event_id")
    return Story(timeline, events, outlets, colors, window, grains, counts, lags)


def plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def story_summary(story: Story) -> str:
    arts = story.timeline.articles
    if not len(arts):
        return "No articles could be read."
    per_outlet = arts["outlet"].value_counts()
    outlets = ", ".join(f"{o} {per_outlet[o]}" for o in story.outlets if o in per_outlet)
    first = day(arts["published"].min()).date().isoformat()
    last = day(arts["published"].max()).date().isoformat()
    return (f"{plural(len(arts), 'article')} from {plural(len(per_outlet), 'outlet')} "
            f"({outlets}), published {first} – {last}; {plural(len(story.events), 'dated event')}.")


def short_label(label: str, limit: int = 32) -> str:
    """The label as the figure shows it: its first clause when that says who did what by itself
    (never cut inside a clause), else the whole label."""
    from timeline.labels import is_complete

    if len(label) <= limit:
        return label
    first = re.split(r"[，,；;]", label, maxsplit=1)[0].strip()
    return first if len(first) >= 6 and is_complete(first) else label


def chronology(events: pd.DataFrame) -> list[dict]:
    """The events in date order as a printed chronology lists them: date, label, outlets, the
    number of articles."""
    ordered = events.sort_values(["start", "end", "event_id"], kind="stable")
    return [{"event_id": eid, "when": when, "label": label, "outlets": list(outs), "n_articles": int(n)}
            for eid, when, label, outs, n in zip(ordered["event_id"], ordered["when"], ordered["label"],
                                                 ordered["outlets"], ordered["n_articles"])]


def merge_candidates(story: "Story", event_id: str, limit: int = 200) -> list[dict]:
    """The other events a user may join this one with, the nearest in date first."""
    ev = story.events
    match = ev[ev["event_id"] == event_id]
    if not len(match):
        return []
    start = match.iloc[0]["start"]
    others = ev[ev["event_id"] != event_id]
    distance = (others["start"] - start).abs()
    nearest = others.assign(distance=distance).sort_values(["distance", "start", "event_id"], kind="stable")
    return [{"label": f"{when} — {label} ({', '.join(outs)})", "value": eid}
            for eid, when, label, outs in zip(nearest["event_id"].head(limit), nearest["when"].head(limit),
                                              nearest["label"].head(limit), nearest["outlets"].head(limit))]


def event_keys(story: "Story", event_id: str) -> tuple:
    """The stable keys of an event's mentions (what a correction names the event by)."""
    mentions = story.timeline.mentions
    if "key" not in mentions:
        return ()
    return tuple(mentions.loc[mentions["event_id"] == event_id, "key"])


def event_of_key(story: "Story", keys) -> str | None:
    """The event that now holds the first of these mention keys still shown."""
    mentions = story.timeline.mentions
    if "key" not in mentions:
        return None
    found = mentions[mentions["key"].isin(list(keys))]
    if not len(found):
        return None
    order = {k: n for n, k in enumerate(keys)}
    return found.assign(rank=found["key"].map(order)).sort_values("rank")["event_id"].iloc[0]


# ---------------------------------------------------------------- view state and the URL

@dataclass(frozen=True)
class ViewState:
    """What the user chose; None / empty means 'no restriction'."""
    outlets: tuple[str, ...] | None = None
    date_from: date | None = None
    date_to: date | None = None
    query: str = ""
    grains: tuple[str, ...] | None = None
    background: bool = True
    multi_only: bool = False
    event: str | None = None

    def without_filters(self) -> "ViewState":
        return ViewState(event=self.event)


def _iso_day(value):
    try:
        return date.fromisoformat(value) if value else None
    except (TypeError, ValueError):
        return None


def encode_state(state: ViewState) -> str:
    """The query string for a shareable link; only what differs from the default view."""
    params = []
    if state.outlets is not None:
        params += [("outlets", o) for o in state.outlets]
    if state.query:
        params.append(("q", state.query))
    if state.date_from:
        params.append(("from", state.date_from.isoformat()))
    if state.date_to:
        params.append(("to", state.date_to.isoformat()))
    if state.grains is not None:
        params += [("grain", g) for g in state.grains]
    if not state.background:
        params.append(("background", "0"))
    if state.multi_only:
        params.append(("multi", "1"))
    if state.event:
        params.append(("event", state.event))
    return "?" + urlencode(params) if params else ""


def decode_state(search: str | None, story: Story | None = None) -> ViewState:
    """The state a link describes. Values the story does not know (an outlet, a grain or an
    event that is not there, a malformed date) are dropped rather than breaking the view."""
    qs = parse_qs((search or "").lstrip("?"), keep_blank_values=True)
    outlets = tuple(o for v in qs.get("outlets", []) for o in v.split(",") if o) or None
    grains = tuple(qs["grain"]) if "grain" in qs else None
    event = (qs.get("event") or [None])[0] or None
    if story is not None:
        if outlets is not None:
            outlets = tuple(o for o in outlets if o in story.outlets) or None
        if grains is not None:
            grains = tuple(g for g in grains if g in story.grains)
        if event is not None and event not in set(story.events["event_id"]):
            event = None
    return ViewState(
        outlets=outlets,
        date_from=_iso_day((qs.get("from") or [None])[0]),
        date_to=_iso_day((qs.get("to") or [None])[0]),
        query=(qs.get("q") or [""])[0].strip(),
        grains=grains,
        background=(qs.get("background") or ["1"])[0] != "0",
        multi_only=(qs.get("multi") or ["0"])[0] == "1",
        event=event,
    )


# ---------------------------------------------------------------- filtering

def filter_events(story: Story, state: ViewState) -> pd.DataFrame:
    """The events the current filters keep (background events included unless hidden)."""
    ev = story.events
    keep = pd.Series(True, index=ev.index)
    if state.outlets is not None:
        chosen = set(state.outlets)
        keep &= ev["outlets"].map(lambda outs: not chosen.isdisjoint(outs))
    if state.date_from:
        keep &= ev["end"] >= pd.Timestamp(state.date_from)
    if state.date_to:
        keep &= ev["start"] <= pd.Timestamp(state.date_to)
    if state.grains is not None:
        keep &= ev["grain"].isin(state.grains)
    if not state.background:
        keep &= ~ev["is_background"]
    if state.multi_only:
        keep &= ev["n_outlets"] >= 2
    # Every term must match: each one is looked for only in the events still kept, and the
    # search stops when none is left, so a pasted wall of 20,000 words costs what a few do.
    texts = ev["search_text"][keep]
    for term in dict.fromkeys(normalize(state.query).split()):
        if texts.empty:
            break
        texts = texts[texts.str.contains(term, regex=False)]
    if state.query.strip():
        keep &= ev.index.isin(texts.index)
    return ev[keep]


# ---------------------------------------------------------------- coverage

def coverage_matrix(story: Story, events: pd.DataFrame, outlets=None) -> pd.DataFrame:
    """Mentions per event (rows, in timeline order) and outlet (columns); 0 = not reported."""
    outlets = list(outlets or story.outlets)
    return story.mention_counts.reindex(index=list(events["event_id"]), columns=outlets, fill_value=0).astype(int)


def outlet_counts(events: pd.DataFrame, outlets) -> pd.DataFrame:
    """Per outlet: events it reported, and how many of those no other outlet reported."""
    rows = []
    for outlet in outlets:
        has = events["outlets"].map(lambda outs: outlet in outs)
        only = has & (events["n_outlets"] == 1)
        rows.append({"outlet": outlet, "events": int(has.sum()), "only_here": int(only.sum()),
                     "shared": int((has & ~only).sum())})
    return pd.DataFrame(rows, columns=["outlet", "events", "only_here", "shared"])


def only_in(events: pd.DataFrame, outlet: str) -> pd.DataFrame:
    """Events that this outlet reported and no other did."""
    return events[events["outlets"].map(lambda outs: list(outs) == [outlet])]


def first_reporter_lags(events: pd.DataFrame) -> pd.DataFrame:
    """Per event: who published first, and how many hours after that each other outlet's
    first article on it came out. `lags` maps outlet -> hours (the first outlet: 0)."""
    rows = []
    for ev in events.itertuples():
        published = {o: datetime.fromisoformat(info["published"])
                     for o, info in ev.first_by_outlet.items()}
        if not published:
            continue
        first = min(published, key=lambda o: (published[o], o))
        lags = {o: (t - published[first]).total_seconds() / 3600
                for o, t in sorted(published.items(), key=lambda kv: (kv[1], kv[0]))}
        followers = ", ".join(f"{o} {format_lag(h)}" for o, h in lags.items() if o != first)
        rows.append({"event_id": ev.event_id, "when": ev.when, "label": ev.label,
                     "first_outlet": first, "first_published": format_published(published[first]),
                     "followers": followers or "no other outlet", "lags": lags})
    return pd.DataFrame(rows, columns=["event_id", "when", "label", "first_outlet",
                                       "first_published", "followers", "lags"])


# ---------------------------------------------------------------- side by side

def highlight_spans(sentence: str, expressions) -> list[tuple[str, bool]]:
    """The sentence cut into (text, is_date_expression) pieces. `expressions` are
    (offset, expression) pairs; an offset that does not match the text falls back to the
    first occurrence, and an expression not in the sentence is simply not highlighted."""
    marks = []
    for offset, expr in expressions:
        if not expr:
            continue
        if offset is None or pd.isna(offset) or sentence[int(offset):int(offset) + len(expr)] != expr:
            offset = sentence.find(expr)
        if offset >= 0:
            marks.append((int(offset), int(offset) + len(expr)))
    spans, pos = [], 0
    for begin, end in sorted(set(marks)):
        if begin < pos:  # overlapping expressions: extend the current mark
            if end > pos:
                spans[-1] = (spans[-1][0] + sentence[pos:end], True)
                pos = end
            continue
        if begin > pos:
            spans.append((sentence[pos:begin], False))
        spans.append((sentence[begin:end], True))
        pos = end
    if pos < len(sentence):
        spans.append((sentence[pos:], False))
    return spans


@dataclass
class OutletColumn:
    outlet: str
    articles: list[dict] = field(default_factory=list)  # title, url, published, sentences

    @property
    def reported(self) -> bool:
        return bool(self.articles)


def side_by_side(story: Story, event_id: str) -> list[OutletColumn]:
    """One column per outlet of the story; each reporting outlet's articles (first published
    first) with their sentences about the event, date expressions marked."""
    mentions = story.timeline.mentions
    mentions = mentions[mentions["event_id"] == event_id]
    columns = []
    for outlet in story.outlets:
        col = OutletColumn(outlet)
        mine = mentions[mentions["outlet"] == outlet].sort_values(
            ["published", "article_id", "sentence_index"], kind="stable")
        for article_id, art in mine.groupby("article_id", sort=False):
            sentences, marks = [], []
            for _, sent in art.groupby("sentence_index", sort=True):
                pairs = list(zip(sent["expression_offset"], sent["expression"]))
                sentences.append(highlight_spans(sent["sentence"].iloc[0], pairs))
                keys = sent["key"] if "key" in sent else [None] * len(sent)
                marks.append([(key, expr) for key, expr in zip(keys, sent["expression"]) if key])
            first = art.iloc[0]
            col.articles.append({"article_id": article_id, "title": first["title"],
                                 "url": first["url"],
                                 "published": format_published(first["published"]),
                                 "sentences": sentences, "marks": marks})
        columns.append(col)
    return columns


# ---------------------------------------------------------------- table rows

def table_rows(events: pd.DataFrame) -> list[dict]:
    """Rows for the event table: plain JSON values, outlets joined for sorting/filtering."""
    frame = pd.DataFrame({
        "event_id": events["event_id"], "when": events["when"],
        "start": events["start"].dt.strftime("%Y-%m-%d"),
        "grain": events["grain"].map(lambda g: GRAIN_NAMES.get(g, g)),
        "label": events["label"], "outlets": events["outlets"].map(", ".join),
        "n_outlets": events["n_outlets"].astype(int), "n_mentions": events["n_mentions"].astype(int),
        "first_outlet": events["first_outlet"]})
    return frame.to_dict("records")


def plotly_text(text: str) -> str:
    """Text safe inside plotly labels (plotly renders a subset of HTML in them)."""
    return plotly_label(text)


def hover_text(events: pd.DataFrame) -> list[str]:
    """Plotly hover labels; the text is escaped because plotly reads a subset of HTML."""
    return [f"<b>{plotly_text(w)}</b><br>{plotly_text(label)}<br>{plotly_text(', '.join(outs))}"
            for w, label, outs in zip(events["when"], events["label"], events["outlets"])]

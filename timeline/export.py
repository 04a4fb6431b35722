"""Stage 5: export a Timeline as JSON, CSV, iCalendar or TimelineJS.

Contract: `export_timeline(timeline, fmt) -> bytes` for fmt in json, csv, ics, timelinejs
(files are written by `timeline.output`). Article text reaches each format through its sink
in `timeline.escape`.

Filtered exports: `subset(timeline, event_ids)` keeps only those events, their mentions and
the articles they cite; every exporter accepts such a subset like a whole timeline.
`to_export_dict(timeline)` is the JSON export as a dict (the evaluator scores it).
"""
from __future__ import annotations

import calendar
import csv
import hashlib
import io
import json
import math
from collections import Counter
from datetime import date, datetime, timedelta, timezone
from importlib.metadata import PackageNotFoundError, version

import numpy as np
import pandas as pd

from timeline.build import Timeline
from timeline.escape import csv_cell, html_text, ical_text, timelinejs_text

FORMATS = ("json", "csv", "ics", "timelinejs")

try:
    _VERSION = version("timeline")
except PackageNotFoundError:  # running from a source tree that was never installed
    _VERSION = "0+unknown"


# ---------------------------------------------------------------- plain values

def _is_missing(value) -> bool:
    return (value is None or value is pd.NaT or value is pd.NA
            or (isinstance(value, float) and math.isnan(value)))


def _plain(value):
    """A frame cell as a JSON-ready value (Timestamps -> ISO text, NaN/NaT -> None)."""
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_plain(v) for v in value]
    if _is_missing(value):
        return None
    if isinstance(value, date):  # datetime and pandas Timestamp too
        return value.isoformat()
    if isinstance(value, np.generic):
        return value.item()
    return value


def _day(value) -> date | None:
    """A start/end cell as a calendar date (the frames hold inclusive days)."""
    if _is_missing(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return pd.Timestamp(value).date()


def _iso_day(value) -> str | None:
    d = _day(value)
    return d.isoformat() if d else None


def _as_list(value) -> list:
    if _is_missing(value):
        return []
    if isinstance(value, str):
        return [value]
    return [v for v in list(value) if not _is_missing(v)]


def _text(value) -> str:
    return "" if _is_missing(value) else str(value)


def _records(frame: pd.DataFrame) -> list[dict]:
    return [] if frame is None or frame.empty else frame.to_dict("records")


# ---------------------------------------------------------------- filtering

def subset(tl: Timeline, event_ids) -> Timeline:
    """The part of `tl` made of the given events, their mentions and the articles they cite."""
    wanted = set(event_ids)
    events = tl.events[tl.events["event_id"].isin(wanted)]
    mentions = tl.mentions[tl.mentions["event_id"].isin(wanted)]
    articles = tl.articles[tl.articles["article_id"].isin(set(mentions["article_id"]))]
    return Timeline(events=events.reset_index(drop=True), mentions=mentions.reset_index(drop=True),
                    articles=articles.reset_index(drop=True), problems=list(tl.problems))


# ---------------------------------------------------------------- readable dates

_GRAIN_NAMES = ("day", "week", "month_part", "month", "quarter", "half_year", "year_part", "year", "decade")
# Spans a calendar cannot draw exactly: the ICS description spells them out.
_FUZZY_GRAINS = ("week", "month_part", "quarter", "half_year", "year_part", "decade")
_MONTHS_EN = list(calendar.month_name)
_HALVES = {"zh": ("上半年", "下半年"), "en": ("first half of", "second half of")}


def _month_part(start: date, end: date, lang: str) -> str:
    last = calendar.monthrange(start.year, start.month)[1]
    if start.day == 1 and end.day <= 10:
        zh, en = "上旬", "early"
    elif start.day >= 21 and end.day == last:
        zh, en = "下旬", "late"
    elif start.day == 1 and end.day <= 16:
        zh, en = "上半月", "first half of"
    elif start.day >= 16 and end.day == last:
        zh, en = "下半月", "second half of"
    else:
        zh, en = "中旬", "mid"
    if lang == "zh":
        return f"{start.year}年{start.month}月{zh}"
    return f"{en} {_MONTHS_EN[start.month]} {start.year}"


def _year_part(start: date, end: date, lang: str) -> str:
    if start.month == 1:
        return f"{start.year}年初" if lang == "zh" else f"early {start.year}"
    if end.month == 12:
        return f"{start.year}年底" if lang == "zh" else f"late {start.year}"
    return f"{start.year}年年中" if lang == "zh" else f"mid {start.year}"


def _day_text(d: date, lang: str) -> str:
    return f"{d.year}年{d.month}月{d.day}日" if lang == "zh" else f"{d.day} {_MONTHS_EN[d.month]} {d.year}"


def describe_date(start, end, grain: str, lang: str = "en") -> str:
    """The date span as a reader would say it: "2023年7月下旬", "late July 2023", "Week of 2023-09-04"."""
    s, e = _day(start), _day(end)
    if s is None:
        return ""
    e = e or s
    zh = lang == "zh"
    if grain == "day" or grain not in _GRAIN_NAMES:
        if s == e:
            return _day_text(s, lang)
        if zh and s.year == e.year:
            return f"{_day_text(s, lang)}至{e.month}月{e.day}日"
        return f"{_day_text(s, lang)} – {_day_text(e, lang)}"
    if grain == "week":
        return f"{s.isoformat()}当周" if zh else f"Week of {s.isoformat()}"
    if grain == "month_part":
        return _month_part(s, e, lang)
    if grain == "month":
        return f"{s.year}年{s.month}月" if zh else f"{_MONTHS_EN[s.month]} {s.year}"
    if grain == "quarter":
        q = (s.month - 1) // 3 + 1
        return f"{s.year}年第{'一二三四'[q - 1]}季度" if zh else f"Q{q} {s.year}"
    if grain == "half_year":
        half = _HALVES["zh" if zh else "en"][0 if s.month < 7 else 1]
        return f"{s.year}年{half}" if zh else f"{half} {s.year}"
    if grain == "year_part":
        return _year_part(s, e, lang)
    if grain == "year":
        return f"{s.year}年" if zh else str(s.year)
    return f"{s.year}年代" if zh else f"{s.year}s"  # decade, the one grain left


# ---------------------------------------------------------------- the export model

def _event_language(mentions: list[dict]) -> str:
    langs = Counter(_text(m.get("language")) for m in mentions if _text(m.get("language")))
    return langs.most_common(1)[0][0] if langs else "en"


def _grouped_mentions(tl: Timeline) -> dict[str, list[dict]]:
    """Each event's mentions in reporting order: earliest article first, then text order."""
    order = [c for c in ("published", "article_id", "sentence_index", "expression_offset") if c in tl.mentions]
    mentions = tl.mentions.sort_values(order, kind="stable", na_position="last") if order else tl.mentions
    by_event: dict[str, list[dict]] = {}
    for m in _records(mentions):
        by_event.setdefault(m["event_id"], []).append(m)
    return by_event


def _ordered_events(tl: Timeline) -> list[dict]:
    events = _records(tl.events)
    return sorted(events, key=lambda e: (_day(e["start"]) or date.max, _day(e["end"]) or date.max,
                                         _event_number(e["event_id"])))


def _event_number(event_id):
    digits = "".join(ch for ch in str(event_id) if ch.isdigit())
    return (int(digits) if digits else 0, str(event_id))


_MENTION_FIELDS = ("kind", "rule", "time_of_day", "clause", "description", "expression_offset",
                   "sentence_index", "outlet", "language")


def _mention_dict(m: dict) -> dict:
    out = {
        "id": _plain(m.get("mention_id")),
        "article": _plain(m["article_id"]),
        "sentence": _text(m.get("sentence")),
        "expression": _text(m.get("expression")),
        "start": _iso_day(m.get("start")),
        "end": _iso_day(m.get("end")),
        "grain": _text(m.get("grain")),
        "confidence": _plain(m.get("confidence")),
    }
    for name in _MENTION_FIELDS:
        if name in m:
            out[name] = _plain(m[name])
    out["entities"] = [str(x) for x in _as_list(m.get("entities"))]
    return out


def to_export_dict(tl: Timeline) -> dict:
    """The JSON export (schema in shared/bench/README.md) as a dict; events in date order."""
    mentions_by_event = _grouped_mentions(tl)
    articles = [{
        "id": _plain(a["article_id"]),
        "file": _text(a.get("file")),
        "source": _text(a.get("outlet")),
        "title": _text(a.get("title")),
        "url": _text(a.get("url")),
        "published": _plain(a.get("published")),
        "published_source": _plain(a.get("published_source")),
        "language": _plain(a.get("language")),
    } for a in _records(tl.articles)]
    events = []
    for e in _ordered_events(tl):
        ms = mentions_by_event.get(e["event_id"], [])
        lang = _event_language(ms)
        events.append({
            "id": _plain(e["event_id"]),
            "label": _text(e.get("label")),
            "start": _iso_day(e.get("start")),
            "end": _iso_day(e.get("end")),
            "grain": _text(e.get("grain")),
            "display_date": describe_date(e.get("start"), e.get("end"), _text(e.get("grain")), lang),
            "sources": [str(o) for o in _as_list(e.get("outlets"))],
            "n_articles": _plain(e.get("n_articles")),
            "n_mentions": len(ms),
            "first_outlet": _plain(e.get("first_outlet")),
            "first_published": _plain(e.get("first_published")),
            "first_by_outlet": _plain(e.get("first_by_outlet")) or {},
            "entities": [str(x) for x in _as_list(e.get("entities"))],
            "mentions": [_mention_dict(m) for m in ms],
        })
    return {
        "generated_by": "timeline",
        "version": _VERSION,
        "articles": articles,
        "events": events,
        "problems": [{"file": p.file, "reason": p.reason} for p in tl.problems],
    }


def to_json(tl: Timeline) -> bytes:
    return json.dumps(to_export_dict(tl), ensure_ascii=False, indent=1).encode("utf-8")


# ---------------------------------------------------------------- CSV

CSV_COLUMNS = ["event_id", "event_start", "event_end", "event_grain", "event_label", "event_outlets",
               "outlet", "article_id", "article_file", "article_title", "article_url", "article_published",
               "expression", "mention_start", "mention_end", "mention_grain", "confidence", "kind",
               "sentence", "entities"]

def to_csv(tl: Timeline) -> bytes:
    """One row per date mention with its event; UTF-8 with BOM so Excel reads the Chinese."""
    doc = to_export_dict(tl)
    articles = {a["id"]: a for a in doc["articles"]}
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for ev in doc["events"]:
        for m in ev["mentions"]:
            art = articles.get(m["article"], {})
            row = [ev["id"], ev["start"], ev["end"], ev["grain"], ev["label"], "; ".join(ev["sources"]),
                   m.get("outlet") or art.get("source", ""), m["article"], art.get("file", ""), art.get("title", ""),
                   art.get("url", ""), art.get("published") or "", m["expression"], m["start"],
                   m["end"], m["grain"], m["confidence"], m.get("kind") or "", m["sentence"],
                   "; ".join(m["entities"])]
            writer.writerow(["" if v is None else csv_cell(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


# ---------------------------------------------------------------- wordings (ics, timelinejs)

def _wordings(ev: dict, articles: dict) -> list[tuple[str, str, dict]]:
    """(outlet, sentence, article) per distinct sentence, in reporting order."""
    seen, out = set(), []
    for m in ev["mentions"]:
        art = articles.get(m["article"], {})
        outlet = m.get("outlet") or art.get("source", "")
        key = (m["article"], m["sentence"])
        if key not in seen:
            seen.add(key)
            out.append((outlet, m["sentence"], art))
    return out


def _event_articles(ev: dict, articles: dict) -> list[dict]:
    ids = list(dict.fromkeys(m["article"] for m in ev["mentions"]))
    return [articles[i] for i in ids if i in articles]


# ---------------------------------------------------------------- iCalendar

def _uid(ev: dict) -> str:
    # Same event from the same articles -> same UID, so re-importing updates instead of duplicating.
    key = json.dumps([ev["start"], ev["end"], ev["grain"],
                      sorted({m["article"] for m in ev["mentions"]})], ensure_ascii=False)
    return f"{ev['id']}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:12]}@timeline"


def _utc(iso: str | None) -> datetime | None:
    if not iso:
        return None
    ts = pd.Timestamp(iso)
    ts = ts.tz_localize("UTC") if ts.tzinfo is None else ts.tz_convert("UTC")
    return ts.to_pydatetime()


def to_ics(tl: Timeline) -> bytes:
    """RFC 5545 calendar: one all-day VEVENT per event (DTEND exclusive)."""
    from icalendar import Calendar, Event

    doc = to_export_dict(tl)
    articles = {a["id"]: a for a in doc["articles"]}
    cal = Calendar()
    cal.add("prodid", f"-//timeline//timeline {_VERSION}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", "timeline")
    for ev in doc["events"]:
        start, end = date.fromisoformat(ev["start"]), date.fromisoformat(ev["end"])
        arts = _event_articles(ev, articles)
        lines = [f"{outlet}: {sentence}" for outlet, sentence, _ in _wordings(ev, articles)]
        if ev["grain"] in _FUZZY_GRAINS:
            lines.insert(0, ev["display_date"])
        lines += [""] + [f"{a['source']} — {a['title']} {a['url']}".strip() for a in arts]
        vevent = Event()
        vevent.add("uid", _uid(ev))
        # DTSTAMP: when the information last changed, i.e. the newest article behind the event;
        # keeps the export byte-stable for the same input.
        stamps = [t for t in (_utc(a.get("published")) for a in arts) if t]
        vevent.add("dtstamp", max(stamps) if stamps else datetime(1970, 1, 1, tzinfo=timezone.utc))
        vevent.add("dtstart", start)
        vevent.add("dtend", end + timedelta(days=1))
        vevent.add("summary", ical_text(ev["label"]))
        vevent.add("description", ical_text("\n".join(lines)))
        if ev["sources"]:
            vevent.add("categories", [ical_text(s) for s in ev["sources"]])
        if arts and arts[0]["url"]:
            vevent.add("url", arts[0]["url"])
        vevent.add("transp", "TRANSPARENT")
        cal.add_component(vevent)
    return cal.to_ical()


# ---------------------------------------------------------------- TimelineJS

def _tljs_date(iso: str, grain: str) -> dict:
    d = date.fromisoformat(iso)
    out = {"year": str(d.year)}
    if grain in ("year", "decade", "half_year", "year_part"):
        return out
    out["month"] = str(d.month)
    if grain in ("month", "quarter"):
        return out
    out["day"] = str(d.day)
    return out


def _safe_href(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _tljs_text(ev: dict, articles: dict) -> str:
    """Each outlet's wording as HTML; every piece of article text is escaped."""
    parts = []
    for outlet, sentence, art in _wordings(ev, articles):
        source = html_text(outlet)
        href = _safe_href(art.get("url", ""))
        if href:
            source = f'<a href="{html_text(href)}" target="_blank" rel="noopener">{source}</a>'
        parts.append(f"<p><b>{source}</b>: {html_text(sentence)}</p>")
    return "".join(parts)


def to_timelinejs(tl: Timeline) -> bytes:
    """TimelineJS3 JSON; `display_date` spells out spans TimelineJS cannot draw (weeks, 下旬…)."""
    doc = to_export_dict(tl)
    articles = {a["id"]: a for a in doc["articles"]}
    outlets = sorted({a["source"] for a in doc["articles"] if a["source"]})
    events = []
    for ev in doc["events"]:
        item = {
            "unique_id": ev["id"],
            "start_date": _tljs_date(ev["start"], ev["grain"]),
            "end_date": _tljs_date(ev["end"], ev["grain"]),
            # Always given: without it TimelineJS prints a one-day event as "X — X".
            "display_date": timelinejs_text(ev["display_date"]),
            "text": {"headline": timelinejs_text(ev["label"]), "text": _tljs_text(ev, articles)},
            # TimelineJS renders group labels as HTML: an outlet name is page text.
            "group": timelinejs_text(" + ".join(ev["sources"])),
        }
        events.append(item)
    title = {"text": {
        "headline": "Timeline",
        "text": timelinejs_text(f"{len(events)} events from {len(doc['articles'])} articles"
                            + (f" ({', '.join(outlets)})" if outlets else "")),
    }}
    return json.dumps({"title": title, "events": events}, ensure_ascii=False, indent=1).encode("utf-8")


# ---------------------------------------------------------------- entry points

_EXPORTERS = {"json": to_json, "csv": to_csv, "ics": to_ics, "timelinejs": to_timelinejs}


def export_timeline(timeline: Timeline, fmt: str) -> bytes:
    try:
        exporter = _EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None
    return exporter(timeline)

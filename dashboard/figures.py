"""Plotly figures (as plain dicts: no validation cost at 10,000 events): the story timeline,
the background strip and the coverage heatmap.

Lanes: one per outlet for the events only that outlet reported, and "Several outlets" on top
for shared ones. Inside a lane, events that overlap in time go on separate rows so no marker
hides another. Traces are per lane and shape (markers for days, bars for ranges), never per
event, so 10,000 events stay a handful of traces.
"""
from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.logic import SEVERAL, Story, plotly_text

MAX_ROWS_PER_LANE = 12
ROW_PX = 22
MIN_SPAN = pd.Timedelta(days=7)
WEBGL_FROM = 1000  # day events in one figure
SEVERAL_COLOR = "#333333"
OUTLINE = "#ffd400"  # shared events: outlined so they stand out
FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def pack_rows(starts, ends, max_rows=MAX_ROWS_PER_LANE) -> list[int]:
    """Greedy interval packing (days as ints, events sorted by start): each event takes the
    first row free on the day it starts; past `max_rows` it shares the row that frees first."""
    row_end = []  # first free day on each row
    rows = []
    for s, e in zip(starts, ends):
        for r, free in enumerate(row_end):
            if free <= s:
                break
        else:
            if len(row_end) < max_rows:
                r = len(row_end)
                row_end.append(0)
            else:
                r = min(range(max_rows), key=row_end.__getitem__)
        row_end[r] = max(row_end[r], e + 1)
        rows.append(r)
    return rows


def _layout_lanes(story: Story, events: pd.DataFrame):
    """Each event's y (lane base + row) and the lanes drawn: (name, y0, n_rows)."""
    lanes = events["lane"]
    order = [SEVERAL] + list(story.outlets)
    y = pd.Series(0.0, index=events.index)
    drawn, base = [], 0
    for lane in reversed(order):  # y grows upwards: read top-down, shared events come first
        sel = lanes == lane
        if not sel.any():
            continue
        # events are sorted by start already (see logic.prepare)
        rows = np.array(pack_rows(events.loc[sel, "start_day"].tolist(),
                                  events.loc[sel, "end_day"].tolist()))
        y[sel] = base + rows
        n_rows = int(rows.max()) + 1
        drawn.append((lane, base, n_rows))
        base += n_rows + 1  # a blank row between lanes
    return lanes, y, drawn


def _days(values) -> list[str]:
    return np.datetime_as_string(values.astype("datetime64[D]"), unit="D").tolist()


def _traces(story: Story, events, lanes, y, points_only=False) -> list[dict]:
    """Per lane: markers for day events, bars for ranges (or markers for all when the axis
    spans decades and a month-long bar would be a sliver)."""
    traces = []
    text = events["hover"].to_numpy()
    ids = events["event_id"].to_numpy()
    start, end = events["start"].to_numpy(), events["end"].to_numpy()
    y = y.to_numpy()
    is_day = (start == end) | points_only
    # SVG markers cost the browser ~1 s per few thousand (and twice, with the range slider);
    # WebGL draws 10,000 in a fraction of that. Small timelines keep crisp SVG.
    marker_type = "scattergl" if is_day.sum() > WEBGL_FROM else "scatter"
    for lane in [SEVERAL] + list(story.outlets):
        sel = (lanes == lane).to_numpy()
        if not sel.any():
            continue
        shared = lane == SEVERAL
        color = SEVERAL_COLOR if shared else story.colors[lane]
        outline = {"color": OUTLINE if shared else "white", "width": 2 if shared else 1}
        days = sel & is_day
        if days.any():
            traces.append({
                "type": marker_type, "mode": "markers", "name": plotly_text(lane), "legendgroup": lane,
                "x": _days(start[days]), "y": y[days].tolist(),
                "customdata": ids[days].tolist(), "hovertext": text[days].tolist(),
                "hoverinfo": "text",
                "marker": {"color": color, "symbol": "diamond" if shared else "circle",
                           "size": 15 if shared else 10, "line": outline}})
        spans = sel & ~is_day
        if spans.any():
            # inclusive end: the last day counts whole
            width_ms = (end[spans] - start[spans]) / np.timedelta64(1, "ms") + 86_400_000
            traces.append({
                "type": "bar", "orientation": "h", "name": plotly_text(lane), "legendgroup": lane,
                "showlegend": not days.any(), "base": _days(start[spans]),
                "x": width_ms.tolist(), "y": y[spans].tolist(), "width": 0.6,
                "customdata": ids[spans].tolist(), "hovertext": text[spans].tolist(),
                "hoverinfo": "text",
                "marker": {"color": color, "opacity": 0.75,
                           "line": {"color": OUTLINE if shared else color,
                                    "width": 2 if shared else 0}}})
    return traces


def _lane_axis(drawn) -> tuple[dict, list[dict]]:
    """The y axis naming the lanes, and thin lines between them."""
    axis = {"tickvals": [b + (n - 1) / 2 for _, b, n in drawn],
            "ticktext": [plotly_text(name) for name, _, _ in drawn],
            "range": [-0.8, max(b + n for _, b, n in drawn) - 0.2],
            "fixedrange": True, "showgrid": False, "zeroline": False, "automargin": True}
    lines = [{"type": "line", "xref": "paper", "x0": 0, "x1": 1, "y0": base - 1, "y1": base - 1,
              "line": {"color": "#dddddd", "width": 1}} for _, base, _ in drawn[1:]]
    return axis, lines


def selection_band(story: Story, event_id) -> dict:
    """A soft band over the selected event's dates (hidden when none is selected). It is
    always the figure's first shape, so a selection patches it without a redraw."""
    band = {"type": "rect", "xref": "x", "yref": "paper", "y0": 0, "y1": 1, "layer": "below",
            "fillcolor": "#ffe066", "opacity": 0.45, "line": {"width": 0},
            "x0": "2000-01-01", "x1": "2000-01-02", "visible": False}
    match = story.events[story.events["event_id"] == event_id]
    if len(match):
        ev = match.iloc[0]
        half_day = pd.Timedelta(hours=12)
        band.update(x0=_day_str(ev["start"] - half_day), x1=_day_str(ev["end"] + half_day),
                    visible=True)
    return band


def _empty(message, height) -> dict:
    return {"data": [], "layout": {
        "shapes": [{"type": "rect", "x0": 0, "x1": 0, "y0": 0, "y1": 0, "visible": False}],
        "height": height, "xaxis": {"visible": False}, "yaxis": {"visible": False},
        "margin": {"l": 20, "r": 20, "t": 20, "b": 20}, "plot_bgcolor": "white",
        "font": {"family": FONT},
        "annotations": [{"text": message, "showarrow": False, "xref": "paper", "yref": "paper",
                         "x": 0.5, "y": 0.5, "font": {"size": 15, "color": "#555"}}]}}


def _day_str(ts) -> str:
    return pd.Timestamp(ts).strftime("%Y-%m-%d %H:%M")


# Labels on the figure: the plot is at least this wide on a laptop screen; a label needs this many
# pixels per character (CJK full width, Latin about half) at LABEL_FONT px.
PLOT_PX = 900
LABEL_FONT = 11
MAX_LABELS = 60
MAX_TRIED = 400          # candidates tried, most shared first: bounds the cost at 10,000 events
MARKER_PX = 7            # half a marker's width
LABEL_GAP_PX = 10


def _text_px(text: str) -> float:
    return sum(LABEL_FONT if ord(ch) > 0x2E80 else LABEL_FONT * 0.55 for ch in text)


def place_labels(events: pd.DataFrame, y: pd.Series, x0, x1, width_px=PLOT_PX) -> list[tuple[int, str]]:
    """(position in `events`, "right" or "left") of the events whose label fits on the figure
    between dates x0 and x1: the events several outlets share first (then the most articles),
    each label beside its marker (right of it, or left near the right edge; a range begun before
    the view from the left edge) on its own row, over no other label and no other event's marker
    or bar; the rest stay unlabelled, so zooming out hides labels rather than piling them up."""
    x0, x1 = pd.Timestamp(x0), pd.Timestamp(x1)
    span_ms = max((x1 - x0) / pd.Timedelta(milliseconds=1), 1.0)
    scale = width_px / span_ms
    start_px = ((events["start"] - x0) / pd.Timedelta(milliseconds=1)).to_numpy() * scale
    end_px = (((events["end"] - x0) / pd.Timedelta(milliseconds=1)).to_numpy() + 86_400_000) * scale
    visible = np.flatnonzero((end_px >= 0) & (start_px <= width_px))
    if not len(visible):
        return []
    rows = y.to_numpy()
    # What is drawn on each row: every visible event's marker or bar, a label must not cover it.
    drawn = {}
    for row in np.unique(rows[visible]):
        on_row = visible[rows[visible] == row]
        drawn[row] = (on_row, start_px[on_row] - MARKER_PX, np.maximum(end_px[on_row], start_px[on_row]) + MARKER_PX)
    n_outlets, n_articles = events["n_outlets"].to_numpy(), events["n_articles"].to_numpy()
    order = visible[np.lexsort((start_px[visible], -n_articles[visible], -n_outlets[visible]))][:MAX_TRIED]
    taken: dict = {}          # row -> [(left px, right px)] of the labels placed
    chosen = []
    for k in order:
        anchor = max(start_px[k], 0.0)
        width = _text_px(events["short_label"].iat[k])
        own_end = max(end_px[k], start_px[k]) if end_px[k] - start_px[k] > 2 * MARKER_PX else anchor
        for side, left in (("right", own_end + LABEL_GAP_PX), ("left", anchor - LABEL_GAP_PX - width)):
            right = left + width
            if left < 0 or right > width_px:
                continue
            ids, lo, hi = drawn[rows[k]]
            if np.any((lo < right) & (hi > left) & (ids != k)):
                continue
            if any(left < r + LABEL_GAP_PX and l < right + LABEL_GAP_PX for l, r in taken.get(rows[k], ())):
                continue
            taken.setdefault(rows[k], []).append((left, right))
            chosen.append((k, side))
            break
        if len(chosen) >= MAX_LABELS:
            break
    return chosen


def label_annotations(events: pd.DataFrame, y: pd.Series, x0, x1) -> list[dict]:
    """The labels that fit (see `place_labels`) as annotations, which, unlike a text trace, the
    range slider does not copy."""
    x0 = pd.Timestamp(x0)
    result = []
    for k, side in place_labels(events, y, x0, x1):
        if side == "right":
            # right of the marker, or of the bar's end (a bar begun before the view: from the edge)
            at = max(events["end"].iat[k] + pd.Timedelta(days=1) if events["end"].iat[k] > events["start"].iat[k]
                     else events["start"].iat[k], x0)
            shift = LABEL_GAP_PX if events["end"].iat[k] == events["start"].iat[k] else 4
        else:
            at, shift = events["start"].iat[k], -LABEL_GAP_PX
        result.append({"x": _day_str(at), "y": float(y.iat[k]), "xref": "x", "yref": "y",
                       "text": plotly_text(events["short_label"].iat[k]), "showarrow": False,
                       "xanchor": "left" if side == "right" else "right", "xshift": shift,
                       "font": {"size": LABEL_FONT, "family": FONT, "color": "#222222"},
                       "captureevents": False, "name": "label"})
    return result


def story_lanes(story: Story, events: pd.DataFrame):
    """The story's events (not background or later ones) and their rows on the figure."""
    events = events[~events["is_background"]]
    lanes, y, drawn = _layout_lanes(story, events)
    return events, y


def view_range(story: Story, date_from=None, date_to=None):
    """The dates the figure opens on: the story window, or the dates the user filtered to."""
    start = pd.Timestamp(date_from) if date_from else story.window[0]
    end = pd.Timestamp(date_to) if date_to else story.window[1]
    if end < start:
        start, end = end, start
    short = MIN_SPAN - (end - start)
    if short > pd.Timedelta(0):  # a day or two alone on the axis would fill it edge to edge
        start, end = start - short / 2, end + short / 2
    half_day = pd.Timedelta(hours=12)
    return start - half_day, end + half_day


def timeline_figure(story: Story, events: pd.DataFrame, date_from=None, date_to=None,
                    selected=None) -> dict:
    """The story's events (not the background ones), opening on the story window (or on the
    dates the user filtered to), with a range slider to reach the rest."""
    events = events[~events["is_background"]]
    if not len(events):
        return _empty("No events match these filters — clear filters to see them all.", 260)
    lanes, y, drawn = _layout_lanes(story, events)
    yaxis, lines = _lane_axis(drawn)
    n_rows = max(b + n for _, b, n in drawn)
    x0, x1 = view_range(story, date_from, date_to)
    return {"data": _traces(story, events, lanes, y), "layout": {
        "annotations": label_annotations(events, y, x0, x1),
        "height": min(900, 170 + ROW_PX * n_rows), "barmode": "overlay", "plot_bgcolor": "white",
        "margin": {"l": 10, "r": 10, "t": 30, "b": 10}, "font": {"family": FONT},
        "showlegend": True,  # also with a single lane: the legend says whose events these are
        "legend": {"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom",
                   "title": {"text": "Reported by:"}},
        "hoverlabel": {"font": {"family": FONT}}, "dragmode": "pan",
        # keeps the user's zoom across filter changes, until the date filter moves the view
        "uirevision": f"{x0}-{x1}",
        "xaxis": {"type": "date", "range": [_day_str(x0), _day_str(x1)],
                  "rangeslider": {"visible": True, "thickness": 0.08}, "showgrid": True,
                  "gridcolor": "#eeeeee", "tickformat": "%b %d\n%Y"},
        "yaxis": yaxis, "shapes": [selection_band(story, selected)] + lines}}


def background_figure(story: Story, events: pd.DataFrame, later: bool = False) -> dict | None:
    """A compact strip of the background events (years before the story), or with `later` of
    the events dated long after it (plans, targets, deadlines); None when there are none."""
    events = events[events["is_background"] & (events["is_later"] == later)]
    if not len(events):
        return None
    lanes, y, drawn = _layout_lanes(story, events)
    yaxis, lines = _lane_axis(drawn)
    n_rows = max(b + n for _, b, n in drawn)
    pad = pd.Timedelta(days=400)
    return {"data": _traces(story, events, lanes, y, points_only=True), "layout": {
        "height": 100 + 18 * n_rows, "plot_bgcolor": "white",
        "showlegend": False, "margin": {"l": 10, "r": 10, "t": 10, "b": 30},
        "font": {"family": FONT}, "hoverlabel": {"font": {"family": FONT}}, "dragmode": "pan",
        "xaxis": {"type": "date", "range": [_day_str(events["start"].min() - pad),
                                            _day_str(events["end"].max() + pad)],
                  "showgrid": True, "gridcolor": "#eeeeee", "automargin": True},
        "yaxis": yaxis, "shapes": lines}}


def coverage_figure(matrix: pd.DataFrame, labels: dict, max_rows=60) -> dict:
    """Heatmap events x outlets (mentions per cell), first `max_rows` events. `labels` maps
    event_id -> row name; the id ends it so that two like-named events keep two rows."""
    shown = matrix.head(max_rows)
    names = [plotly_text(f"{labels.get(eid, eid)[:44]} · {eid}") for eid in shown.index]
    z = shown.to_numpy().tolist()
    return {"data": [{
        "type": "heatmap", "z": z, "x": [plotly_text(c) for c in shown.columns], "y": names, "text": z,
        # white = not reported; any mention is clearly blue, more mentions darker
        "colorscale": [[0, "#f7f8fa"], [0.01, "#c6dbef"], [1, "#2171b5"]], "zmin": 0,
        "zmax": max(2, int(shown.to_numpy().max(initial=0))), "showscale": False, "xgap": 2, "ygap": 2,
        "texttemplate": "%{text}", "hovertemplate": "%{y}<br>%{x}: %{z} mention(s)<extra></extra>"}],
        "layout": {"height": 120 + 22 * len(shown), "margin": {"l": 10, "r": 10, "t": 30, "b": 10},
                   "font": {"family": FONT}, "plot_bgcolor": "white",
                   "xaxis": {"side": "top", "fixedrange": True},
                   "yaxis": {"autorange": "reversed", "fixedrange": True, "automargin": True}}}

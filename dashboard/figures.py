"""Plotly figures: the story timeline and the background strip (plain functions of data).

Lanes: one per outlet for the events only that outlet reported, and "Several outlets" on top
for shared ones. Inside a lane, events that overlap in time go on separate rows so no marker
hides another. Traces are per lane and shape (markers for days, bars for ranges), never per
event, so 10,000 events stay a handful of traces.
"""
from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.logic import SEVERAL, Story, hover_text

MAX_ROWS_PER_LANE = 12
ROW_PX = 22
SEVERAL_COLOR = "#333333"
FONT = "Noto Sans CJK SC, Noto Sans SC, Microsoft YaHei, PingFang SC, sans-serif"


def lane_of(outlets) -> str:
    return SEVERAL if len(outlets) >= 2 else outlets[0]


def pack_rows(starts, ends, max_rows=MAX_ROWS_PER_LANE) -> np.ndarray:
    """Greedy interval packing (events sorted by start): each event takes the first row free
    after the day it starts; past `max_rows` it shares the row that frees up first."""
    row_end = []  # last day (exclusive) taken on each row
    rows = np.zeros(len(starts), dtype=int)
    for i, (s, e) in enumerate(zip(starts, ends)):
        for r, taken in enumerate(row_end):
            if taken <= s:
                break
        else:
            r = len(row_end) if len(row_end) < max_rows else int(np.argmin(row_end))
            if r == len(row_end):
                row_end.append(0)
        row_end[r] = max(row_end[r], e + 1)
        rows[i] = r
    return rows


def _layout_lanes(story: Story, events: pd.DataFrame):
    """Each event's y (lane base + row) and the lanes drawn: (name, y0, n_rows)."""
    lanes = events["outlets"].map(lane_of)
    order = [SEVERAL] + list(story.outlets)
    y = pd.Series(0.0, index=events.index)
    drawn, base = [], 0
    for lane in reversed(order):  # bottom-up: first outlet lowest, shared events on top
        sel = lanes == lane
        if not sel.any():
            continue
        days_start = events.loc[sel, "start"].values.astype("datetime64[D]").astype(np.int64)
        days_end = events.loc[sel, "end"].values.astype("datetime64[D]").astype(np.int64)
        order_idx = np.argsort(days_start, kind="stable")
        rows = np.empty(len(order_idx), dtype=int)
        rows[order_idx] = pack_rows(days_start[order_idx], days_end[order_idx])
        y[sel] = base + rows
        n_rows = int(rows.max()) + 1
        drawn.append((lane, base, n_rows))
        base += n_rows + 1  # a blank row between lanes
    return lanes, y, drawn


def _traces(story: Story, events, lanes, y):
    traces = []
    text = np.array(hover_text(events), dtype=object)
    is_day = (events["end"] == events["start"]).to_numpy()
    for lane in [SEVERAL] + list(story.outlets):
        sel = (lanes == lane).to_numpy()
        if not sel.any():
            continue
        shared = lane == SEVERAL
        color = SEVERAL_COLOR if shared else story.colors[lane]
        ids = events["event_id"].to_numpy()
        days = sel & is_day
        if days.any():
            traces.append(go.Scatter(
                x=events["start"].to_numpy()[days], y=y.to_numpy()[days], mode="markers",
                name=lane, legendgroup=lane, customdata=ids[days], hovertext=text[days],
                hoverinfo="text",
                marker={"color": color, "symbol": "diamond" if shared else "circle",
                        "size": 15 if shared else 10,
                        "line": {"color": "#ffd400" if shared else "white",
                                 "width": 2 if shared else 1}}))
        spans = sel & ~is_day
        if spans.any():
            start = events["start"].to_numpy()[spans]
            width_ms = ((events["end"].to_numpy()[spans] - start) / np.timedelta64(1, "ms")
                        + 86_400_000)  # inclusive end: the last day counts whole
            traces.append(go.Bar(
                base=start, x=width_ms, y=y.to_numpy()[spans], orientation="h",
                name=lane, legendgroup=lane, showlegend=not days.any(),
                customdata=ids[spans], hovertext=text[spans], hoverinfo="text", width=0.6,
                marker={"color": color, "opacity": 0.75,
                        "line": {"color": "#ffd400" if shared else color,
                                 "width": 2 if shared else 0}}))
    return traces


def _lane_axis(fig, drawn):
    fig.update_yaxes(
        tickvals=[b + (n - 1) / 2 for _, b, n in drawn], ticktext=[name for name, _, _ in drawn],
        range=[-0.8, max(b + n for _, b, n in drawn) - 0.2] if drawn else [0, 1],
        fixedrange=True, showgrid=False, zeroline=False)
    for _, base, n in drawn[1:]:
        fig.add_hline(y=base - 1, line={"color": "#dddddd", "width": 1})


def _empty(message, height):
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, font={"size": 15, "color": "#555"},
                       xref="paper", yref="paper", x=0.5, y=0.5)
    fig.update_layout(height=height, xaxis={"visible": False}, yaxis={"visible": False},
                      margin={"l": 20, "r": 20, "t": 20, "b": 20}, plot_bgcolor="white",
                      font={"family": FONT})
    return fig


def timeline_figure(story: Story, events: pd.DataFrame) -> go.Figure:
    """The story's events (not the background ones), opening on the story window, with a
    range slider to reach the rest."""
    events = events[~events["is_background"]]
    if not len(events):
        return _empty("No events match these filters — clear filters to see them all.", 260)
    lanes, y, drawn = _layout_lanes(story, events)
    fig = go.Figure(_traces(story, events, lanes, y))
    n_rows = max(b + n for _, b, n in drawn)
    start, end = story.window
    fig.update_layout(
        height=min(900, 170 + ROW_PX * n_rows), barmode="overlay", plot_bgcolor="white",
        margin={"l": 10, "r": 10, "t": 30, "b": 10}, font={"family": FONT},
        legend={"orientation": "h", "x": 0, "y": 1.02, "yanchor": "bottom",
                "title": {"text": "Reported by:"}},
        hoverlabel={"font": {"family": FONT}}, dragmode="pan", uirevision="story",
        xaxis={"type": "date", "range": [start - pd.Timedelta(hours=12), end + pd.Timedelta(hours=12)],
               "rangeslider": {"visible": True, "thickness": 0.08}, "showgrid": True,
               "gridcolor": "#eeeeee", "tickformat": "%b %d\n%Y"})
    _lane_axis(fig, drawn)
    return fig


def background_figure(story: Story, events: pd.DataFrame) -> go.Figure | None:
    """A compact strip of the background events (years before the story), or None."""
    events = events[events["is_background"]]
    if not len(events):
        return None
    lanes, y, drawn = _layout_lanes(story, events)
    fig = go.Figure(_traces(story, events, lanes, y))
    n_rows = max(b + n for _, b, n in drawn)
    pad = pd.Timedelta(days=200)
    fig.update_layout(
        height=90 + 18 * n_rows, barmode="overlay", plot_bgcolor="white", showlegend=False,
        margin={"l": 10, "r": 10, "t": 10, "b": 10}, font={"family": FONT},
        hoverlabel={"font": {"family": FONT}}, dragmode="pan",
        xaxis={"type": "date", "range": [events["start"].min() - pad, events["end"].max() + pad],
               "showgrid": True, "gridcolor": "#eeeeee"})
    _lane_axis(fig, drawn)
    return fig


def coverage_figure(matrix: pd.DataFrame, labels: dict, max_rows=60) -> go.Figure:
    """Heatmap events x outlets (mentions per cell), first `max_rows` events."""
    shown = matrix.head(max_rows)
    names = [html.escape(f"{labels.get(eid, eid)[:38]} · {eid}") for eid in shown.index]
    fig = go.Figure(go.Heatmap(
        z=shown.to_numpy(), x=list(shown.columns), y=names, colorscale="Blues", zmin=0,
        showscale=False, xgap=2, ygap=2, text=shown.to_numpy(), texttemplate="%{text}",
        hovertemplate="%{y}<br>%{x}: %{z} mention(s)<extra></extra>"))
    fig.update_layout(height=120 + 22 * len(shown), margin={"l": 10, "r": 10, "t": 30, "b": 10},
                      font={"family": FONT}, plot_bgcolor="white",
                      xaxis={"side": "top", "fixedrange": True},
                      yaxis={"autorange": "reversed", "fixedrange": True, "automargin": True})
    return fig

"""The page: header with the story, filters on the left, the figure, then Event / Coverage / Table.

Also the builders for the Event and Coverage panels (components from plain data). Every
piece of article text goes in as a component child, which Dash renders as text, never HTML.
"""
from __future__ import annotations

import dash_ag_grid as dag
from dash import dcc, html

from dashboard import figures
from dashboard.logic import (GRAIN_NAMES, Story, chronology, coverage_matrix, merge_candidates, only_in,
                             outlet_counts, plural, story_summary)

MAX_LIST = 200  # rows in the coverage lists; the full set is in the table and the exports
MAX_CHRONOLOGY = 1000  # events in the chronology view; the table and the exports have them all
EXPORTS = [("csv", "CSV"), ("json", "JSON"), ("ics", "iCalendar"), ("timelinejs", "TimelineJS")]


def graph_config() -> dict:
    """Modebar: the camera saves a PNG in the browser (no server renderer needed); plotly's
    'Share chart' would upload the data to a cloud service, so it is removed."""
    return {"displaylogo": False, "scrollZoom": True, "modeBarButtonsToRemove": ["sendChartToCloud"],
            "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2}}


def safe_url(url) -> str | None:
    """Only web links become clickable; anything else (javascript:, data:) stays text."""
    return url if isinstance(url, str) and url.lower().startswith(("http://", "https://")) else None


def _checklist(id_, options, value):
    return dcc.Checklist(id=id_, options=options, value=value, className="checklist",
                         inputClassName="check-input", labelClassName="check-label")


def _filters(story: Story):
    outlet_options = [{"label": html.Span(o, style={"borderLeft": f"6px solid {story.colors[o]}",
                                                     "paddingLeft": "6px"}), "value": o}
                      for o in story.outlets]
    grain_options = [{"label": GRAIN_NAMES.get(g, g), "value": g} for g in story.grains]
    return html.Aside(className="filters", children=[
        html.H2("Filters"),
        html.Label("Search", htmlFor="filter-query", className="field-label"),
        dcc.Input(id="filter-query", type="search", debounce=0.4, value="",
                  placeholder="words, names, 中文 / 繁體…", className="text-input"),
        html.Div("Searches labels, sentences and names; Traditional finds Simplified.",
                 className="hint"),
        html.Div("Outlets", className="field-label"),
        _checklist("filter-outlets", outlet_options, list(story.outlets)),
        html.Div("Dates (events overlapping)", className="field-label"),
        html.Div(className="date-row", children=[
            html.Label(["from", dcc.Input(id="filter-from", type="date", value="",
                                          className="date-input")]),
            html.Label(["to", dcc.Input(id="filter-to", type="date", value="",
                                        className="date-input")]),
        ]),
        html.Div("Precision", className="field-label"),
        _checklist("filter-grains", grain_options, list(story.grains)),
        html.Div("Show", className="field-label"),
        _checklist("filter-multi", [{"label": "only events reported by 2+ outlets",
                                     "value": "multi"}], []),
        _checklist("filter-background", [{"label": "background (long before the story)",
                                          "value": "show"}], ["show"]),
        html.Button("Clear filters", id="clear-filters", className="button secondary"),
        html.H2("Export"),
        html.Div(id="export-label", className="hint"),
        html.Div(className="export-buttons", children=[
            html.Button(name, id=f"export-{fmt}", className="button") for fmt, name in EXPORTS]),
        dcc.Download(id="download"),
        html.Div("The timeline figure, as drawn now:", className="hint"),
        html.Div(className="export-buttons", children=[
            html.Button("Figure PNG", id="figure-png", className="button"),
            html.Button("Figure SVG", id="figure-svg", className="button")]),
        dcc.Store(id="figure-saved"),
    ])


def _grid(story: Story):
    columns = [
        {"field": "when", "headerName": "Date", "width": 175,
         "comparator": {"function": "(a, b, nodeA, nodeB) => nodeA.data.start < nodeB.data.start ? -1 : nodeA.data.start > nodeB.data.start ? 1 : 0"}},
        {"field": "label", "headerName": "Event", "flex": 3, "minWidth": 260,
         "wrapText": True, "autoHeight": True, "cellStyle": {"lineHeight": "1.5", "padding": "6px 12px"}},
        {"field": "outlets", "headerName": "Outlets", "width": 150},
        {"field": "n_outlets", "headerName": "# outlets", "width": 110, "filter": "agNumberColumnFilter"},
        {"field": "n_mentions", "headerName": "# mentions", "width": 120, "filter": "agNumberColumnFilter"},
        {"field": "first_outlet", "headerName": "First", "width": 100},
        {"field": "grain", "headerName": "Precision", "width": 130},
        {"field": "event_id", "headerName": "ID", "width": 80},
    ]
    return dag.AgGrid(
        id="event-grid", columnDefs=columns,
        defaultColDef={"sortable": True, "filter": True, "resizable": True},
        getRowId="params.data.event_id",
        dashGridOptions={
            "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
            "animateRows": False,
            # The app's filters (kept in window.timelineVisible) apply on top of the grid's own.
            "isExternalFilterPresent": {"function": "timelineFilterActive()"},
            "doesExternalFilterPass": {"function": "timelineRowVisible(params)"},
        },
        style={"height": "520px"}, className="ag-theme-quartz")


def build_layout(story: Story):
    problems = story.timeline.problems
    return html.Div(className="page", children=[
        dcc.Location(id="url", refresh=False),
        dcc.Store(id="filter-state"),
        dcc.Store(id="selected-event"),
        dcc.Store(id="filtered-ids"),
        dcc.Store(id="grid-sync"),
        dcc.Store(id="corrections-version", data=0),
        html.Header(className="header", children=[
            html.H1("Timeline"),
            html.P(story_summary(story), id="story-summary"),
            html.Ul(className="problems", children=[
                html.Li(f"Skipped {p.file}: {p.reason}") for p in problems]) if problems else None,
            _unapplied(story),
        ]),
        html.Div(className="body", children=[
            _filters(story),
            html.Main(className="main", children=[
                html.Div(className="figure-bar", children=[
                    html.Span(id="result-count", className="result-count"),
                    html.Span("Click an event to compare the outlets · scroll to zoom, drag to "
                              "pan, the slider below moves in time", className="hint")]),
                html.Div(id="empty-message", className="empty", style={"display": "none"},
                         children=["No events match these filters — ",
                                   html.Button("clear filters", id="empty-clear",
                                               className="link-button"), "."]),
                dcc.Graph(id="timeline-graph", config=graph_config(), className="timeline-graph"),
                html.Section(id="background-section", className="background", children=[
                    html.H3("Background — events long before the story"),
                    dcc.Graph(id="background-graph", config=graph_config()),
                ]),
                html.Section(id="later-section", className="background", children=[
                    html.H3("Later — events dated after the story: plans, targets, deadlines"),
                    dcc.Graph(id="later-graph", config=graph_config()),
                ]),
                dcc.Tabs(id="tabs", value="event", className="tabs", children=[
                    dcc.Tab(label="Event: side by side", value="event", children=[
                        html.Div(id="correction-status", className="correction-status", role="status"),
                        html.Div(id="event-panel", className="panel")]),
                    dcc.Tab(label="Chronology", value="chronology", children=[
                        html.Div(id="chronology-panel", className="panel")]),
                    dcc.Tab(label="Coverage", value="coverage", children=[
                        html.Div(id="coverage-panel", className="panel")]),
                    dcc.Tab(label="Table", value="table", children=[
                        html.Div(className="panel", children=[
                            html.P("Click a row to compare how each outlet told that event. "
                                   "Column headers sort; the menu on each filters.",
                                   className="hint"),
                            _grid(story)])]),
                ]),
            ]),
        ]),
    ])


def _unapplied(story: Story):
    """The user's corrections that no longer apply, named (the article they named is gone)."""
    curation = getattr(story.timeline, "curation", None)
    if not curation or not curation.unapplied:
        return html.Ul(id="unapplied", className="problems", style={"display": "none"})
    return html.Ul(id="unapplied", className="problems", children=[
        html.Li(f"Correction {c.describe()} no longer applies: {why}") for c, why in curation.unapplied])


# ---------------------------------------------------------------- panels

def _sentence(spans):
    return html.P(className="sentence", children=[
        html.Mark(text) if marked else text for text, marked in spans])


def _mention_buttons(keys, editable):
    """Per mention of a sentence: take it out into an event of its own, move it to the event
    chosen below, or hide it."""
    if not editable or not keys:
        return None
    many = len(keys) > 1
    return html.Div(className="mention-actions", children=[
        html.Span(className="mention-action-group", children=[
            html.Span(expr, className="mention-expr") if many else None,
            html.Button("Split out", id={"type": "split-mention", "key": key}, className="small-button",
                        title="Take this mention out of the event, into an event of its own"),
            html.Button("Move to chosen event", id={"type": "move-mention", "key": key}, className="small-button",
                        title="Move this mention into the event chosen under 'Merge with'"),
            html.Button("Hide mention", id={"type": "hide-mention", "key": key}, className="small-button",
                        title="Leave this mention out of the timeline")])
        for key, expr in keys])


def _correction_bar(story: Story, ev):
    """Rename, merge with another event, hide: kept in the corrections file across rebuilds."""
    return html.Div(className="correction-bar", children=[
        html.Div(className="correction-row", children=[
            dcc.Input(id="rename-input", type="text", value=ev["label"], className="text-input rename-input",
                      debounce=False),
            html.Button("Rename", id="rename-button", className="button"),
            html.Button("Hide event", id="hide-event", className="button secondary"),
        ]),
        html.Div(className="correction-row", children=[
            html.Span("Merge with", className="field-label inline"),
            dcc.Dropdown(id="merge-target", options=merge_candidates(story, ev["event_id"]),
                         placeholder="another event (nearest dates first)…", className="merge-dropdown"),
            html.Button("Merge", id="merge-button", className="button"),
        ]),
    ])


def event_panel(story: Story, event_id: str | None, columns, editable: bool = False):
    if event_id is None:
        return html.P("Click an event on the timeline or in the table to read, side by side, "
                      "how each outlet reported it.", className="hint")
    ev = story.events[story.events["event_id"] == event_id].iloc[0]
    cards = []
    for col in columns:
        head = html.H4(col.outlet, style={"borderBottom": f"4px solid {story.colors[col.outlet]}"})
        if not col.reported:
            cards.append(html.Div(className="outlet-column blind", children=[
                head, html.P(f"{col.outlet}: not reported — blind spot", className="blind-spot")]))
            continue
        body = [head]
        for art in col.articles:
            url = safe_url(art["url"])
            title = html.A(art["title"], href=url, target="_blank", rel="noopener noreferrer") \
                if url else html.Span(art["title"])
            marks = art.get("marks") or [[] for _ in art["sentences"]]
            body.append(html.Div(className="article", children=[
                html.Div(title, className="article-title"),
                html.Div(f"published {art['published']}", className="published"),
                *[part for spans, keys in zip(art["sentences"], marks)
                  for part in (_sentence(spans), _mention_buttons(keys, editable))]]))
        cards.append(html.Div(className="outlet-column", children=body))
    return html.Div([
        html.H3([html.Span(ev["when"], className="when"), " ", html.Span(ev["label"], id="event-label")]),
        html.P(f"Reported by {', '.join(ev['outlets'])} · "
               f"{plural(int(ev['n_mentions']), 'date mention')} in "
               f"{plural(int(ev['n_articles']), 'article')} · {ev['event_id']}", className="hint"),
        _correction_bar(story, ev) if editable else None,
        html.Div(cards, className="columns"),
    ])


def chronology_panel(story: Story, events):
    """The events in date order, the way a news site prints a chronology."""
    rows = chronology(events)
    if not rows:
        return html.P("No events match these filters.", className="hint")
    shown = rows[:MAX_CHRONOLOGY]
    note = html.P(f"First {len(shown)} of {len(rows)} events; the table and the exports have them all.",
                  className="hint") if len(rows) > len(shown) else None
    return html.Div([
        note,
        html.Ol(className="chronology", children=[
            html.Li(className="chronology-item", **{"data-event": r["event_id"]}, children=[
                html.Div(r["when"], className="chronology-when"),
                html.Div(className="chronology-body", children=[
                    html.Div(r["label"], className="chronology-label"),
                    html.Div(className="chronology-meta", children=[
                        *[html.Span(o, className="chip", style={"borderColor": story.colors.get(o, "#999")})
                          for o in r["outlets"]],
                        html.Span(plural(r["n_articles"], "article"), className="chronology-count")])])])
            for r in shown])])


def _table(header, rows):
    return html.Table(className="data-table", children=[
        html.Thead(html.Tr([html.Th(h) for h in header])),
        html.Tbody([html.Tr([html.Td(c) for c in row]) for row in rows])])


def coverage_panel(story: Story, events, outlets):
    if not len(events):
        return html.P("No events match these filters.", className="hint")
    counts = outlet_counts(events, outlets)
    matrix = coverage_matrix(story, events, outlets)
    labels = {eid: f"{when}  {label}" for eid, when, label in
              zip(events["event_id"], events["when"], events["label"])}
    only = []
    for outlet in outlets:
        sole = only_in(events, outlet)
        only.append(html.Details(className="only-in", children=[
            html.Summary(f"Only in {outlet} ({len(sole)})"),
            html.Ul([html.Li(f"{w} — {label}") for w, label in
                     zip(sole["when"].head(MAX_LIST), sole["label"].head(MAX_LIST))]
                    or [html.Li("none")]),
        ]))
    lags = story.lags[story.lags.index.isin(events["event_id"])]
    shown_matrix = min(len(matrix), 60)
    return html.Div([
        html.H3("Events per outlet"),
        _table(["Outlet", "Events", "Only this outlet", "Shared with others"],
               counts[["outlet", "events", "only_here", "shared"]].values.tolist()),
        html.H3("Who reported what"),
        html.P(f"Mentions per event and outlet (0 = not reported). First {shown_matrix} of "
               f"{len(matrix)} events in date order; the table has them all.", className="hint"),
        dcc.Graph(figure=figures.coverage_figure(matrix, labels), config=graph_config()),
        html.H3("Only in one outlet"),
        html.Div(only),
        html.H3("Who reported first"),
        html.P("For events reported by several outlets: the outlet whose article came out "
               "first, and how long after it the others published theirs.", className="hint"),
        _table(["Date", "Event", "First", "Published", "Others followed"],
               lags[["when", "label", "first_outlet", "first_published", "followers"]]
               .head(MAX_LIST).values.tolist()) if len(lags)
        else html.P("No event in this view was reported by more than one outlet.", className="hint"),
    ])

"""Thin callbacks: read the inputs, call the plain functions in `logic`/`layout`/`figures`."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from dash import Input, Output, Patch, State, ctx, dcc, no_update

from timeline.export import export_timeline, subset

from dashboard import figures, layout
from dashboard.logic import (Story, ViewState, decode_state, encode_state, filter_events, plural,
                             side_by_side, table_rows)

EXPORT_FILES = {"csv": ("timeline.csv", "text/csv"),
                "json": ("timeline.json", "application/json"),
                "ics": ("timeline.ics", "text/calendar"),
                "timelinejs": ("timeline-timelinejs.json", "application/json")}
CLICK_INPUTS = {"timeline-graph", "background-graph", "event-grid"}


def controls_to_state(story: Story, outlets, date_from, date_to, query, grains, multi,
                      background, event) -> ViewState:
    """The controls' values as a ViewState ('everything ticked' means no restriction)."""
    def _day(value):
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            return None
    outlets = [o for o in story.outlets if o in (outlets or [])]
    grains = [g for g in story.grains if g in (grains or [])]
    return ViewState(
        outlets=None if outlets == story.outlets else tuple(outlets),
        date_from=_day(date_from), date_to=_day(date_to), query=(query or "").strip(),
        grains=None if grains == story.grains else tuple(grains),
        background="show" in (background or []), multi_only="multi" in (multi or []),
        event=event)


def state_to_controls(story: Story, state: ViewState) -> list:
    return [list(state.outlets) if state.outlets is not None else list(story.outlets),
            state.date_from.isoformat() if state.date_from else "",
            state.date_to.isoformat() if state.date_to else "",
            state.query,
            list(state.grains) if state.grains is not None else list(story.grains),
            ["multi"] if state.multi_only else [],
            ["show"] if state.background else []]


def clicked_event(trigger, graph_click, background_click, cell_clicked):
    """The event id a click on the figures or the table refers to, if any."""
    data = {"timeline-graph": graph_click, "background-graph": background_click}.get(trigger)
    if data:
        points = data.get("points") or []
        return points[0].get("customdata") if points else None
    if trigger == "event-grid" and cell_clicked:
        return cell_clicked.get("rowId")
    return None


def register(app, story: Story):
    controls = ["filter-outlets", "filter-from", "filter-to", "filter-query", "filter-grains",
                "filter-multi", "filter-background"]

    @app.callback(
        Output("url", "search"), *[Output(c, "value") for c in controls],
        Output("filter-state", "data"), Output("selected-event", "data"),
        Input("url", "search"), *[Input(c, "value") for c in controls],
        Input("timeline-graph", "clickData"), Input("background-graph", "clickData"),
        Input("event-grid", "cellClicked"), Input("clear-filters", "n_clicks"),
        Input("empty-clear", "n_clicks"),
        State("filter-state", "data"), State("selected-event", "data"),
    )
    def sync_state(search, *args):
        """One place keeps URL, controls and state in step: a URL (first load, back button,
        shared link) sets the controls; a control or a click sets the URL."""
        values, (graph_click, bg_click, cell, _clear, _empty_clear, old_filters, old_event) = \
            args[:len(controls)], args[len(controls):]
        trigger = ctx.triggered_id
        if trigger in (None, "url"):
            state = decode_state(search, story)
            out_search, out_controls = no_update, state_to_controls(story, state)
        else:
            state = controls_to_state(story, *values, event=old_event)
            if trigger in CLICK_INPUTS:
                state = replace(state, event=clicked_event(trigger, graph_click, bg_click, cell)
                                or old_event)
            elif trigger in ("clear-filters", "empty-clear"):
                state = state.without_filters()
            out_controls = state_to_controls(story, state) \
                if trigger in ("clear-filters", "empty-clear") else [no_update] * len(controls)
            out_search = encode_state(state)
        filters = encode_state(replace(state, event=None))
        return (out_search, *out_controls,
                filters if filters != old_filters or old_filters is None else no_update,
                state.event if state.event != old_event else no_update)

    @app.callback(
        Output("timeline-graph", "figure"), Output("background-graph", "figure"),
        Output("background-section", "style"), Output("empty-message", "style"),
        Output("result-count", "children"), Output("export-label", "children"),
        Output("filtered-ids", "data"),
        *[Output(f"export-{fmt}", "disabled") for fmt in EXPORT_FILES],
        Input("filter-state", "data"), State("selected-event", "data"),
    )
    def show_filtered(filters, selected):
        state = decode_state(filters, story)
        events = filter_events(story, state)
        background = figures.background_figure(story, events)
        n = len(events)
        return (figures.timeline_figure(story, events, state.date_from, state.date_to, selected),
                background if background is not None else {},
                {} if background is not None else {"display": "none"},
                {"display": "none"} if n else {},
                f"{n} of {len(story.events)} events shown",
                f"Download the {plural(n, 'event')} shown:" if n else "Nothing to download: no event shown.",
                list(events["event_id"]),
                *[n == 0] * len(EXPORT_FILES))

    @app.callback(Output("coverage-panel", "children"),
                  Input("filter-state", "data"), Input("tabs", "value"))
    def show_coverage(filters, tab):
        """Built only while its tab is open: it is the heaviest view and often unseen."""
        if tab != "coverage":
            return no_update
        state = decode_state(filters, story)
        outlets = list(state.outlets) if state.outlets is not None else story.outlets
        return layout.coverage_panel(story, filter_events(story, state), outlets)

    rows = table_rows(story.events)

    @app.callback(Output("event-grid", "rowData"),
                  Input("tabs", "value"), State("event-grid", "rowData"))
    def fill_table(tab, current):
        """Every row goes to the browser once, when the table is first opened (it is the
        biggest payload); the filters then only send which rows to show."""
        return rows if tab == "table" and current is None else no_update

    @app.callback(
        Output("event-panel", "children"), Output("tabs", "value"),
        Input("selected-event", "data"),
    )
    def show_event(event_id):
        """The side-by-side panel, opened on a selection."""
        panel = layout.event_panel(story, event_id,
                                   side_by_side(story, event_id) if event_id else [])
        return panel, "event" if event_id else no_update

    @app.callback(Output("timeline-graph", "figure", allow_duplicate=True),
                  Input("selected-event", "data"), prevent_initial_call=True)
    def mark_selected(event_id):
        """Moves the highlight band only: the figure is not rebuilt on a click."""
        figure = Patch()
        figure["layout"]["shapes"][0] = figures.selection_band(story, event_id)
        return figure

    @app.callback(
        Output("download", "data"),
        *[Input(f"export-{fmt}", "n_clicks") for fmt in EXPORT_FILES],
        State("filtered-ids", "data"), prevent_initial_call=True,
    )
    def export(*args):
        fmt = ctx.triggered_id.removeprefix("export-")
        ids = args[-1] if args[-1] is not None else list(story.events["event_id"])
        filename, mime = EXPORT_FILES[fmt]
        data = export_timeline(subset(story.timeline, ids), fmt)
        return dcc.send_bytes(data, filename, type=mime)

    # Saved by the browser from the figure on screen: no server-side image renderer.
    app.clientside_callback(
        """function(png, svg) {
            const format = dash_clientside.callback_context.triggered_id === "figure-svg" ? "svg" : "png";
            const graph = document.querySelector("#timeline-graph .js-plotly-plot");
            if (graph && window.Plotly) {
                Plotly.downloadImage(graph, {format: format, filename: "timeline", scale: 2});
            }
            return format;
        }""",
        Output("figure-saved", "data"),
        Input("figure-png", "n_clicks"), Input("figure-svg", "n_clicks"), prevent_initial_call=True,
    )

    # The table holds every row once; the filters only tell it which ones to show.
    app.clientside_callback(
        """function(ids) {
            window.timelineVisible = ids ? new Set(ids) : null;
            // A grid not on screen (its tab closed) applies the filter when it mounts.
            if (document.getElementById("event-grid") && window.dash_ag_grid) {
                dash_ag_grid.getApiAsync("event-grid").then(api => api.onFilterChanged());
            }
            return ids ? ids.length : null;
        }""",
        Output("grid-sync", "data"), Input("filtered-ids", "data"),
    )

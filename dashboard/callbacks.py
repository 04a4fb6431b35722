"""Thin callbacks: read the inputs, call the plain functions in `logic`/`layout`/`figures`."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd

from dash import ALL, Input, Output, Patch, State, ctx, dcc, html, no_update

from timeline.export import export_timeline, subset

from dashboard import figures, layout
from dashboard.logic import (Story, ViewState, decode_state, encode_state, event_keys, event_of_key,
                             filter_events, plural, prepare, side_by_side, table_rows)

EXPORT_FILES = {"csv": ("timeline.csv", "text/csv"),
                "json": ("timeline.json", "application/json"),
                "ics": ("timeline.ics", "text/calendar"),
                "timelinejs": ("timeline-timelinejs.json", "application/json")}
CLICK_INPUTS = {"timeline-graph", "background-graph", "event-grid"}
MENTION_ACTIONS = {"split-mention": "split", "move-mention": "split", "hide-mention": "hide_mention"}


def refresh(story: Story, timeline) -> None:
    """Every view reads `story`: after a correction it is prepared again in place."""
    story.__dict__.update(prepare(timeline).__dict__)


def _clicks(trigger):
    """n_clicks of the button that fired (a pattern-matched button's value is only in the
    inputs list); None when the callback fired because buttons appeared."""
    for entry in ctx.inputs_list:
        for item in entry if isinstance(entry, list) else [entry]:
            if item.get("id") == trigger:
                return item.get("value")
    return None


def x_range(relayout) -> tuple | None:
    """The dates a zoom or pan shows, from plotly's relayoutData; None when it does not say."""
    if not relayout:
        return None
    if "xaxis.range[0]" in relayout and "xaxis.range[1]" in relayout:
        return relayout["xaxis.range[0]"], relayout["xaxis.range[1]"]
    if isinstance(relayout.get("xaxis.range"), list) and len(relayout["xaxis.range"]) == 2:
        return tuple(relayout["xaxis.range"])
    return None


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


def register(app, story: Story, workspace=None):
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
        Output("later-graph", "figure"), Output("later-section", "style"),
        Input("filter-state", "data"), Input("corrections-version", "data"), State("selected-event", "data"),
    )
    def show_filtered(filters, _version, selected):
        state = decode_state(filters, story)
        events = filter_events(story, state)
        background = figures.background_figure(story, events)
        later = figures.background_figure(story, events, later=True)
        n = len(events)
        figure = figures.timeline_figure(story, events, state.date_from, state.date_to, selected)
        return (figure,
                background if background is not None else {},
                {} if background is not None else {"display": "none"},
                {"display": "none"} if n else {},
                f"{n} of {len(story.events)} events shown",
                f"Download the {plural(n, 'event')} shown:" if n else "Nothing to download: no event shown.",
                list(events["event_id"]),
                *[n == 0] * len(EXPORT_FILES),
                later if later is not None else {},
                {} if later is not None else {"display": "none"})

    @app.callback(Output("timeline-graph", "figure", allow_duplicate=True),
                  Input("timeline-graph", "relayoutData"),
                  State("filter-state", "data"), prevent_initial_call=True)
    def relabel(relayout, filters):
        """A zoom or pan places the labels again: more fit when zoomed in, fewer when out."""
        shown = x_range(relayout)
        if shown is None and not (relayout or {}).get("xaxis.autorange"):
            return no_update
        state = decode_state(filters, story)
        events, y = figures.story_lanes(story, filter_events(story, state))
        if not len(events):
            return no_update
        if shown is None:          # autorange: every story event in view
            shown = (events["start"].min() - pd.Timedelta(days=1), events["end"].max() + pd.Timedelta(days=1))
        figure = Patch()
        figure["layout"]["annotations"] = figures.label_annotations(events, y, *shown)
        return figure

    @app.callback(Output("chronology-panel", "children"),
                  Input("filter-state", "data"), Input("tabs", "value"), Input("corrections-version", "data"))
    def show_chronology(filters, tab, _version):
        if tab != "chronology":
            return no_update
        return layout.chronology_panel(story, filter_events(story, decode_state(filters, story)))

    @app.callback(Output("coverage-panel", "children"),
                  Input("filter-state", "data"), Input("tabs", "value"), Input("corrections-version", "data"))
    def show_coverage(filters, tab, _version):
        """Built only while its tab is open: it is the heaviest view and often unseen."""
        if tab != "coverage":
            return no_update
        state = decode_state(filters, story)
        outlets = list(state.outlets) if state.outlets is not None else story.outlets
        return layout.coverage_panel(story, filter_events(story, state), outlets)

    rows = {"events": None, "rows": None}

    @app.callback(Output("event-grid", "rowData"),
                  Input("tabs", "value"), Input("corrections-version", "data"), State("event-grid", "rowData"))
    def fill_table(tab, version, current):
        """Every row goes to the browser once, when the table is first opened (it is the
        biggest payload), and again after a correction; the filters only send which rows to show."""
        if rows["events"] is not story.events:       # prepared again after a correction
            rows.update(events=story.events, rows=table_rows(story.events))
        if ctx.triggered_id == "corrections-version" and current is not None:
            return rows["rows"]
        return rows["rows"] if tab == "table" and current is None else no_update

    @app.callback(
        Output("event-panel", "children"), Output("tabs", "value"),
        Input("selected-event", "data"), Input("corrections-version", "data"),
    )
    def show_event(event_id, _version):
        """The side-by-side panel, opened on a selection."""
        if event_id is not None and event_id not in set(story.events["event_id"]):
            event_id = None
        panel = layout.event_panel(story, event_id,
                                   side_by_side(story, event_id) if event_id else [],
                                   editable=workspace is not None)
        opened = "event" if event_id and ctx.triggered_id == "selected-event" else no_update
        return panel, opened

    @app.callback(
        Output("corrections-version", "data"), Output("selected-event", "data", allow_duplicate=True),
        Output("url", "search", allow_duplicate=True), Output("unapplied", "children"),
        Output("unapplied", "style"), Output("correction-status", "children"),
        Input("rename-button", "n_clicks"), Input("hide-event", "n_clicks"), Input("merge-button", "n_clicks"),
        Input({"type": "split-mention", "key": ALL}, "n_clicks"),
        Input({"type": "move-mention", "key": ALL}, "n_clicks"),
        Input({"type": "hide-mention", "key": ALL}, "n_clicks"),
        State("selected-event", "data"), State("rename-input", "value"), State("merge-target", "value"),
        State("corrections-version", "data"), State("url", "search"),
        prevent_initial_call=True,
    )
    def correct(_rename, _hide, _merge, _split, _move, _hide_mention, event_id, new_label, target, version, search):
        """A button of the side-by-side view: the correction goes to the corrections file, the
        timeline is assembled again with every correction of the file, every view redraws."""
        trigger = ctx.triggered_id
        clicked = _clicks(trigger)
        if workspace is None or trigger is None or not clicked or event_id is None:
            return (no_update,) * 6
        keys = event_keys(story, event_id)
        target_keys = event_keys(story, target) if target else ()
        if not keys:
            return (no_update,) * 5 + ("This event is no longer in the timeline.",)
        follow = keys               # the mentions the view follows to the event after the change
        try:
            if trigger == "rename-button":
                correction, tl = workspace.correct("rename", keys[0], label=new_label or "", event=keys)
            elif trigger == "hide-event":
                correction, tl = workspace.correct("hide", keys[0], event=keys)
                follow = ()
            elif trigger == "merge-button":
                if not target_keys:
                    return (no_update,) * 5 + ("Choose the event to merge with first.",)
                correction, tl = workspace.correct("merge", keys[0], other=target_keys[0], event=keys,
                                                   other_event=target_keys)
            else:
                key = trigger["key"]
                action = MENTION_ACTIONS[trigger["type"]]
                if trigger["type"] == "move-mention" and not target_keys:
                    return (no_update,) * 5 + ("Choose the event to move the mention to under 'Merge with' first.",)
                other = target_keys[0] if trigger["type"] == "move-mention" else ""
                correction, tl = workspace.correct(action, key, other=other, other_event=target_keys if other else ())
                follow = tuple(k for k in keys if k != key)
        except (ValueError, OSError) as exc:
            return (no_update,) * 5 + (f"Not saved: {exc}",)
        refresh(story, tl)
        new_event = event_of_key(story, follow) if follow else None
        state = replace(decode_state(search, story), event=new_event)
        unapplied = layout._unapplied(story)
        return (int(version or 0) + 1, new_event, encode_state(state), unapplied.children,
                unapplied.style or {}, f"Saved: {correction.describe()}")

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

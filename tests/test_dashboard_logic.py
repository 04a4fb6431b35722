"""The app's plain functions: what a user sees after each filter, click and shared link."""
from datetime import date

import pandas as pd
import pytest

from dashboard import callbacks, figures, layout
from dashboard.app import create_app
from dashboard.logic import (SEVERAL, ViewState, coverage_matrix, decode_state, encode_state,
                             filter_events, first_reporter_lags, format_lag, format_when, highlight_spans,
                             only_in, outlet_counts, prepare, side_by_side)
from dashboard.synthetic import make_timeline, timeline_from

SUMMIT_RFI = "本周三，平壤领导人与俄罗斯总统普京在沃斯托奇尼航天发射场会晤。"
SUMMIT_BBC = "金正恩周三（9月13日）乘私人装甲列车抵达俄罗斯远东的阿穆尔州。"


@pytest.fixture(scope="module")
def story():
    articles = [
        {"article_id": "r1", "outlet": "RFI", "published": "2023-09-12T10:00:00+00:00",
         "title": "金正恩专列启程", "url": "https://www.rfi.fr/cn/1"},
        {"article_id": "r2", "outlet": "RFI", "published": "2023-09-15T08:00:00+00:00",
         "title": "普京金正恩会晤", "url": "https://www.rfi.fr/cn/2"},
        {"article_id": "b1", "outlet": "BBC", "published": "2023-09-14T09:00:00+00:00",
         "title": "普京与金正恩会晤", "url": "javascript:alert(1)"},
    ]
    events = [
        {"event_id": "summit", "start": "2023-09-13", "end": "2023-09-13", "grain": "day",
         "label": "Kim and Putin meet at Vostochny", "entities": ["普京", "金正恩"],
         "mentions": [("r2", SUMMIT_RFI, "本周三"), ("b1", SUMMIT_BBC, "周三（9月13日）")]},
        {"event_id": "depart", "start": "2023-09-10", "end": "2023-09-10", "grain": "day",
         "label": "Train leaves Pyongyang", "mentions": [("r1", "10日晚间启程的金正恩专列。", "10日晚间")]},
        {"event_id": "missiles", "start": "2023-09-13", "end": "2023-09-13", "grain": "day",
         "label": "Two short-range missiles", "mentions": [("b1", "周三上午，朝鲜发射了两枚短程导弹。", "周三上午")]},
        {"event_id": "shoigu", "start": "2023-07-21", "end": "2023-07-31", "grain": "month_part",
         "label": "Shoigu visits Pyongyang",
         "mentions": [("r1", "7月下旬绍伊古访问平壤。", "7月下旬"), ("b1", "绍伊古7月下旬到访。", "7月下旬")]},
        {"event_id": "satellite", "start": "2023-05-01", "end": "2023-05-31", "grain": "month",
         "label": "Failed satellite launch", "mentions": [("r2", "今年5月卫星发射失败。", "今年5月")]},
        {"event_id": "armistice", "start": "1953-01-01", "end": "1953-12-31", "grain": "year",
         "label": "Korean War armistice", "mentions": [("b1", "1953年朝鲜战争停战。", "1953年")]},
    ]
    return prepare(timeline_from(articles, events))


def ids(frame):
    return set(frame["event_id"])


def test_story_opens_on_the_run_up_and_the_publication_days(story):
    start, end = story.window
    assert start == pd.Timestamp("2023-09-12") - pd.Timedelta(weeks=6)
    assert end == pd.Timestamp("2023-09-19")


def test_only_events_far_outside_the_story_are_background(story):
    background = ids(story.events[story.events["is_background"]])
    assert background == {"armistice"}  # May 2023 is a few months back: still the story


def test_outlet_filter_keeps_events_the_outlet_reported(story):
    shown = ids(filter_events(story, ViewState(outlets=("BBC",))))
    assert shown == {"summit", "missiles", "shoigu", "armistice"}


def test_date_filter_keeps_events_overlapping_the_range(story):
    assert ids(filter_events(story, ViewState(date_from=date(2023, 9, 11),
                                              date_to=date(2023, 9, 13)))) == {"summit", "missiles"}
    assert ids(filter_events(story, ViewState(date_from=date(2023, 7, 25),
                                              date_to=date(2023, 7, 26)))) == {"shoigu"}


@pytest.mark.parametrize("query, expected", [
    ("會晤", {"summit"}),                   # Traditional input finds Simplified text
    ("KIM and PUTIN", {"summit"}),         # case-insensitive, every word must match
    ("阿穆尔州", {"summit"}),                # words of the sentences, not only the label
    ("金正恩", {"summit", "depart"}),        # entities and sentences
    ("ＰＵＴＩＮ", {"summit"}),               # full-width letters
    ("Sputnik", set()),
])
def test_text_search(story, query, expected):
    assert ids(filter_events(story, ViewState(query=query))) == expected


def test_grain_background_and_multi_outlet_filters(story):
    assert ids(filter_events(story, ViewState(grains=("day",)))) == {"summit", "depart", "missiles"}
    assert "armistice" not in ids(filter_events(story, ViewState(background=False)))
    assert ids(filter_events(story, ViewState(multi_only=True))) == {"summit", "shoigu"}


def test_coverage_matrix_counts_mentions_per_event_and_outlet(story):
    matrix = coverage_matrix(story, story.events)
    assert list(matrix.columns) == ["RFI", "BBC"]  # the outlet with most articles first
    assert matrix.loc["summit"].tolist() == [1, 1]
    assert matrix.loc["depart"].tolist() == [1, 0]
    assert list(matrix.index)[0] == "armistice"  # rows in date order


def test_counts_and_only_in_one_outlet(story):
    counts = outlet_counts(story.events, story.outlets).set_index("outlet")
    assert counts.loc["BBC"].tolist() == [4, 2, 2]
    assert counts.loc["RFI"].tolist() == [4, 2, 2]
    assert ids(only_in(story.events, "BBC")) == {"missiles", "armistice"}


def test_first_reporter_and_how_long_the_others_took(story):
    lags = first_reporter_lags(story.events).set_index("event_id")
    assert lags.loc["summit", "first_outlet"] == "BBC"
    assert lags.loc["summit", "lags"] == {"BBC": 0.0, "RFI": 23.0}
    assert lags.loc["summit", "followers"] == "RFI +23.0 h"
    assert lags.loc["shoigu", "first_outlet"] == "RFI"
    assert lags.loc["shoigu", "followers"] == "BBC +47.0 h"
    assert format_lag(72) == "+3.0 days"
    assert lags.loc["depart", "followers"] == "no other outlet"


def test_side_by_side_marks_the_date_and_shows_blind_spots(story):
    columns = {c.outlet: c for c in side_by_side(story, "summit")}
    bbc = columns["BBC"].articles[0]
    assert bbc["sentences"] == [[("金正恩", False), ("周三（9月13日）", True),
                                 ("乘私人装甲列车抵达俄罗斯远东的阿穆尔州。", False)]]
    assert bbc["published"] == "2023-09-14 09:00 UTC"
    depart = {c.outlet: c for c in side_by_side(story, "depart")}
    assert depart["RFI"].reported and not depart["BBC"].reported


def test_event_panel_renders_text_and_links_only_web_urls(story):
    panel = layout.event_panel(story, "depart", side_by_side(story, "depart"))
    rendered = str(panel.to_plotly_json())
    assert "BBC: not reported — blind spot" in rendered
    summit = layout.event_panel(story, "summit", side_by_side(story, "summit"))
    links = [c for c in _walk(summit) if type(c).__name__ == "A"]
    assert [a.href for a in links] == ["https://www.rfi.fr/cn/2"]  # BBC's javascript: URL is text
    marks = [c.children for c in _walk(summit) if type(c).__name__ == "Mark"]
    assert marks == ["本周三", "周三（9月13日）"]


def _walk(component):
    yield component
    children = getattr(component, "children", None)
    for child in children if isinstance(children, list) else [children]:
        if hasattr(child, "to_plotly_json"):
            yield from _walk(child)


@pytest.mark.parametrize("sentence, marks, expected", [
    ("10日晚间启程。", [(0, "10日晚间")], [("10日晚间", True), ("启程。", False)]),
    ("他周三说周三", [(99, "周三")], [("他", False), ("周三", True), ("说周三", False)]),
    ("没有日期。", [(0, "周五")], [("没有日期。", False)]),
    ("周三上午出发", [(0, "周三"), (0, "周三上午")], [("周三上午", True), ("出发", False)]),
])
def test_highlight_spans(sentence, marks, expected):
    assert highlight_spans(sentence, marks) == expected


def test_url_state_round_trip(story):
    state = ViewState(outlets=("BBC",), date_from=date(2023, 9, 1), date_to=date(2023, 9, 14),
                      query="普京 會晤", grains=("day", "month_part"), background=False,
                      multi_only=True, event="summit")
    search = encode_state(state)
    assert search.startswith("?outlets=BBC&q=")
    assert decode_state(search, story) == state
    assert encode_state(ViewState()) == ""
    assert decode_state("", story) == ViewState()


def test_a_link_with_unknown_values_still_opens(story):
    state = decode_state("?outlets=CNN&outlets=RFI&from=2023-13-45&event=nope&grain=eon", story)
    assert state == ViewState(outlets=("RFI",), grains=())


def test_controls_and_state_agree(story):
    state = ViewState(outlets=("RFI",), query="x", multi_only=True, background=False)
    controls = callbacks.state_to_controls(story, state)
    assert callbacks.controls_to_state(story, *controls, event=None) == state
    everything = callbacks.state_to_controls(story, ViewState())
    assert callbacks.controls_to_state(story, *everything, event=None) == ViewState()


def test_clicks_on_figure_and_table_select_the_event():
    click = {"points": [{"customdata": "summit", "x": "2023-09-13"}]}
    assert callbacks.clicked_event("timeline-graph", click, None, None) == "summit"
    assert callbacks.clicked_event("event-grid", None, None, {"rowId": "depart"}) == "depart"
    assert callbacks.clicked_event("timeline-graph", {"points": []}, None, None) is None


def _points(fig):
    return {i: t for t in fig["data"] for i in t["customdata"]}


def test_figure_has_a_lane_per_outlet_and_opens_on_the_story(story):
    fig = figures.timeline_figure(story, story.events)
    assert {t["name"] for t in fig["data"]} == {SEVERAL, "RFI", "BBC"}
    shown = _points(fig)
    assert "armistice" not in shown and {"summit", "satellite", "shoigu"} <= set(shown)
    start, end = (pd.Timestamp(x) for x in fig["layout"]["xaxis"]["range"])
    assert start <= story.window[0] < story.window[1] <= end
    assert end - start < pd.Timedelta(days=60)
    assert fig["layout"]["xaxis"]["rangeslider"]["visible"]
    assert set(_points(figures.background_figure(story, story.events))) == {"armistice"}


def test_figure_opens_on_the_dates_filtered_to(story):
    state = ViewState(date_from=date(2023, 9, 10), date_to=date(2023, 9, 13))
    fig = figures.timeline_figure(story, filter_events(story, state), state.date_from, state.date_to)
    start, end = (pd.Timestamp(x) for x in fig["layout"]["xaxis"]["range"])
    assert pd.Timestamp("2023-09-07") <= start <= pd.Timestamp("2023-09-10")
    assert pd.Timestamp("2023-09-13") <= end <= pd.Timestamp("2023-09-16")


def test_shared_events_stand_out_and_ranges_are_bars(story):
    points = _points(figures.timeline_figure(story, story.events))
    assert points["summit"]["name"] == SEVERAL and points["depart"]["name"] == "RFI"
    assert points["summit"]["marker"]["size"] > points["depart"]["marker"]["size"]
    assert points["summit"]["type"] == "scatter" and points["shoigu"]["type"] == "bar"
    shoigu = points["shoigu"]
    i = shoigu["customdata"].index("shoigu")
    assert shoigu["base"][i] == "2023-07-21" and shoigu["x"][i] == 11 * 86_400_000  # 11 days


def test_the_selected_event_is_highlighted(story):
    fig = figures.timeline_figure(story, story.events, selected="shoigu")
    band = fig["layout"]["shapes"][0]
    assert band["visible"] and band["x0"] < "2023-07-21" < "2023-07-31" < band["x1"]
    assert not figures.timeline_figure(story, story.events)["layout"]["shapes"][0]["visible"]


def test_events_on_the_same_day_do_not_hide_each_other():
    tl = timeline_from([{"article_id": "a", "outlet": "X", "published": "2023-09-14T00:00:00Z"}],
                       [{"event_id": f"e{i}", "start": "2023-09-13", "end": "2023-09-13",
                         "grain": "day", "label": f"event {i}", "mentions": [("a", "周三。", "周三")]}
                        for i in range(3)])
    trace = figures.timeline_figure(prepare(tl), prepare(tl).events)["data"][0]
    assert sorted(trace["y"]) == [0, 1, 2]


def test_no_match_shows_a_message_not_an_empty_axis(story):
    empty = filter_events(story, ViewState(query="Sputnik"))
    fig = figures.timeline_figure(story, empty)
    assert "No events match" in fig["layout"]["annotations"][0]["text"]
    assert figures.background_figure(story, empty) is None


def test_thousands_of_events_stay_a_few_traces():
    big = prepare(make_timeline(3000))
    fig = figures.timeline_figure(big, big.events)
    assert len(fig["data"]) <= 2 * (len(big.outlets) + 1)
    assert {t["type"] for t in fig["data"]} == {"scattergl", "bar"}  # WebGL for many markers
    assert len(_points(fig)) == (~big.events["is_background"]).sum()


def test_hover_reads_like_a_date_and_escapes_markup():
    assert format_when("2023-09-13", "2023-09-13", "day") == "2023-09-13"
    assert format_when("2023-07-21", "2023-07-31", "month_part") == "late July 2023"
    assert format_when("2023-09-04", "2023-09-10", "week") == "Week of 2023-09-04"
    tl = timeline_from([{"article_id": "a", "outlet": "X", "published": "2023-09-01T00:00:00Z"}],
                       [{"event_id": "e1", "start": "2023-09-01", "end": "2023-09-01",
                         "grain": "day", "label": "<img src=x onerror=alert(1)>",
                         "mentions": [("a", "句子。", "")]}])
    hover = figures.timeline_figure(prepare(tl), prepare(tl).events)["data"][0]["hovertext"][0]
    assert hover.startswith("<b>2023-09-01</b>") and "<img" not in hover and "&lt;img" in hover


def test_articles_without_any_dated_event_still_open(story):
    from dataclasses import replace
    tl = story.timeline
    empty = prepare(replace(tl, events=pd.DataFrame(columns=tl.events.columns),
                            mentions=pd.DataFrame(columns=tl.mentions.columns)))
    shown = filter_events(empty, ViewState(query="普京", outlets=("RFI",)))
    assert "No events match" in figures.timeline_figure(empty, shown)["layout"]["annotations"][0]["text"]
    assert "No events match" in str(layout.coverage_panel(empty, shown, empty.outlets))
    assert create_app(empty.timeline).server.test_client().get("/_dash-layout").status_code == 200


def test_skipped_files_are_named_in_the_header(story):
    from dataclasses import replace

    from timeline.articles import ReadProblem
    tl = replace(story.timeline, problems=[ReadProblem("broken.txt", "not UTF-8, GB18030 or Big5")])
    header = str(layout.build_layout(prepare(tl)).to_plotly_json())
    assert "Skipped broken.txt: not UTF-8, GB18030 or Big5" in header


def test_app_is_offline_and_serves_its_layout(story):
    client = create_app(story.timeline).server.test_client()
    index = client.get("/").get_data(as_text=True)
    assert "https://" not in index and "http://" not in index.replace("http://www.w3.org", "")
    assert client.get("/_dash-layout").status_code == 200
    # plotly's "Share chart" button would upload the data to a cloud service
    assert "sendChartToCloud" in layout.graph_config()["modeBarButtonsToRemove"]


def test_serve_binds_locally_without_debug_and_names_skipped_files(monkeypatch, capsys):
    import dash

    import dashboard.curation
    from timeline.articles import ReadProblem
    from timeline.cli import build_parser

    tl = make_timeline(5)
    tl.problems = [ReadProblem("bad.txt", "no publication time")]
    monkeypatch.setattr(dashboard.curation, "open_workspace", lambda inputs, path, by: (None, tl))
    runs = []
    monkeypatch.setattr(dash.Dash, "run", lambda self, **kw: runs.append(kw))
    args = build_parser().parse_args(["serve"])
    assert args.func(args) == 0
    assert runs == [{"host": "127.0.0.1", "port": 8050, "debug": False}]
    out, err = capsys.readouterr()
    assert "http://127.0.0.1:8050/" in out and "skipped bad.txt: no publication time" in err

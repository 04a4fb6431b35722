"""What a user does in the app on the seed articles, in a real headless Chromium."""
from __future__ import annotations

import re

import pandas as pd
import pytest
from playwright.sync_api import expect


@pytest.fixture(scope="session")
def summit(seeds_timeline):
    """The 13 September 2023 Kim-Putin meeting: the day event both outlets reported."""
    ev = seeds_timeline.events
    shared = ev[(ev["start"] == pd.Timestamp("2023-09-13")) & (ev["n_outlets"] >= 2)]
    assert len(shared) == 1, "the seeds' summit should be one event reported by RFI and BBC"
    return shared.iloc[0]


def open_tab(page, name):
    page.locator("#tabs .tab", has_text=name).click()


def lane_names(page):
    """The figure's lane names, bottom to top."""
    return page.locator("#timeline-graph .ytick")


def test_timeline_shows_events_of_both_outlets(page, app_url, seeds_timeline, shot):
    page.goto(app_url)
    expect(page.locator("#story-summary")).to_contain_text("5 articles from 2 outlets")
    expect(page.locator("#result-count")).to_contain_text(
        f"{len(seeds_timeline.events)} of {len(seeds_timeline.events)} events shown")
    expect(lane_names(page)).to_have_text(["BBC", "RFI", "Several outlets"])
    expect(page.locator("#timeline-graph .legend")).to_contain_text("BBC")
    expect(page.locator("#background-section")).to_contain_text("Background")
    expect(page.locator("#background-graph .ytick").first).to_be_visible()
    shot(page, "01-timeline")


def test_click_the_summit_in_the_table_and_read_both_outlets(page, app_url, summit, shot):
    page.goto(app_url)
    page.locator("#filter-from").fill("2023-09-13")
    page.locator("#filter-to").fill("2023-09-13")
    open_tab(page, "Table")
    row = page.locator(".ag-center-cols-container .ag-row").filter(has_text="BBC, RFI")
    expect(row).to_have_count(1)
    shot(page, "02-table-13-september")
    row.locator("[col-id=label]").click()

    panel = page.locator("#event-panel")
    expect(panel).to_contain_text("2023-09-13")
    expect(panel).to_contain_text(summit["label"])
    for outlet, site in [("RFI", "rfi.fr"), ("BBC", "bbc.com")]:
        column = panel.locator(".outlet-column", has=page.locator("h4", has_text=outlet))
        expect(column.locator("mark").first).to_contain_text("周三")
        expect(column.locator(".article-title a").first).to_have_attribute(
            "href", re.compile(re.escape(site)))
        expect(column.locator(".published").first).to_contain_text("2023-09-1")
    expect(page).to_have_url(re.compile(rf"event={summit['event_id']}\b"))
    shot(page, "03-event-side-by-side")


def test_click_an_event_on_the_figure(page, app_url, summit):
    page.goto(app_url)
    # The shared-events lane's diamond on 13 September: the summit.
    diamond = page.locator("#timeline-graph .scatterlayer .trace").first.locator(".point")
    expect(diamond).to_have_count(1)
    band = page.locator("#timeline-graph .layer-below .shapelayer path")  # the selection band
    expect(band).to_have_count(0)
    box = diamond.bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    expect(page.locator("#event-panel")).to_contain_text(summit["label"])
    expect(band).to_have_count(1)


def test_bbc_only_hides_rfi_only_events(page, app_url, seeds_timeline, shot):
    page.goto(app_url)
    events = seeds_timeline.events
    with_bbc = events[events["outlets"].map(lambda o: "BBC" in o)]
    page.get_by_label("RFI", exact=True).uncheck()
    expect(page.locator("#result-count")).to_contain_text(
        f"{len(with_bbc)} of {len(events)} events shown")
    expect(lane_names(page)).to_have_text(["BBC", "Several outlets"])  # no RFI-only lane
    expect(page).to_have_url(re.compile(r"outlets=BBC"))
    open_tab(page, "Table")
    outlets = page.locator(".ag-center-cols-container .ag-row [col-id=outlets]")
    expect(outlets).to_have_count(len(with_bbc))
    expect(outlets.filter(has_text=re.compile(r"^RFI$"))).to_have_count(0)
    shot(page, "04-filtered-bbc-only")


def test_shared_link_restores_the_view(page, app_url, summit):
    page.goto(f"{app_url}?outlets=BBC&multi=1&event={summit['event_id']}")
    expect(page.get_by_label("RFI", exact=True)).not_to_be_checked()
    expect(page.get_by_label("only events reported by 2+ outlets")).to_be_checked()
    expect(page.locator("#event-panel")).to_contain_text(summit["label"])


def test_back_button_restores_the_previous_filters(page, app_url):
    page.goto(app_url)
    rfi = page.get_by_label("RFI", exact=True)
    expect(rfi).to_be_checked()
    rfi.uncheck()
    expect(page).to_have_url(re.compile(r"outlets=BBC"))
    page.go_back()
    expect(rfi).to_be_checked()
    expect(lane_names(page)).to_contain_text(["RFI"])


def test_export_the_filtered_events_as_csv(page, app_url, seeds_timeline):
    page.goto(app_url)
    page.get_by_label("RFI", exact=True).uncheck()
    events = seeds_timeline.events
    with_bbc = set(events.loc[events["outlets"].map(lambda o: "BBC" in o), "event_id"])
    expect(page.locator("#export-label")).to_contain_text(f"the {len(with_bbc)} events")
    with page.expect_download() as download:
        page.get_by_role("button", name="CSV").click()
    assert download.value.suggested_filename == "timeline.csv"
    table = pd.read_csv(download.value.path(), encoding="utf-8-sig")
    assert set(table["event_id"]) == with_bbc
    assert set(table["outlet"]) <= {"BBC", "RFI"} and "BBC" in set(table["outlet"])


def test_coverage_tab(page, app_url, summit, shot):
    page.goto(app_url)
    open_tab(page, "Coverage")
    panel = page.locator("#coverage-panel")
    expect(panel).to_contain_text("Events per outlet")
    expect(panel.locator("summary", has_text="Only in BBC")).to_be_visible()
    first = panel.locator("tr", has_text=summit["label"])
    expect(first).to_contain_text(summit["first_outlet"])
    expect(first).to_contain_text(re.compile(r"\+\d+\.\d (h|days)"))
    shot(page, "05-coverage")


def test_traditional_search_and_the_empty_state(page, app_url, summit, shot):
    page.goto(app_url)
    page.locator("#filter-query").fill("東方航天發射場")  # Traditional; the seeds are Simplified
    expect(page.locator("#result-count")).to_contain_text(re.compile(r"^[1-9]\d* of"))
    open_tab(page, "Table")
    expect(page.locator(".ag-center-cols-container .ag-row", has_text=summit["label"])).to_be_visible()
    shot(page, "06-search-traditional")
    page.locator("#filter-query").fill("zzzz-no-such-thing")
    expect(page.locator("#empty-message")).to_be_visible()
    expect(page.locator("#timeline-graph")).to_contain_text("No events match")
    shot(page, "07-empty")
    page.locator("#empty-message button").click()
    expect(page.locator("#empty-message")).to_be_hidden()
    expect(page.locator("#filter-query")).to_have_value("")


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_save_the_figure_as_an_image(page, app_url, fmt):
    page.goto(app_url)
    expect(page.locator("#timeline-graph .legendtext").first).to_be_visible()
    with page.expect_download() as download:
        page.get_by_role("button", name=f"Figure {fmt.upper()}").click()
    assert download.value.suggested_filename == f"timeline.{fmt}"
    if fmt == "svg":
        assert "<svg" in open(download.value.path(), encoding="utf-8").read(2000)

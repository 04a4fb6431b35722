"""What an analyst does in the app on a copy of the seeds, in the real headless Chromium: reads the
labels on the figure and the chronology, corrects the timeline in the side-by-side view, reloads,
rebuilds with one more article, and exports."""
from __future__ import annotations

import re
import shutil
import threading
from contextlib import contextmanager
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]
LATE_ARTICLE = "004_c3dba692c806ad16.txt"
NEW_NAME = "金正恩与普京在东方航天发射场会晤"


@contextmanager
def serving(folder, corrections):
    from dashboard.app import create_app
    from dashboard.curation import open_workspace

    workspace, tl = open_workspace([str(folder)], corrections, "ana")
    server = make_server("127.0.0.1", 0, create_app(tl, workspace=workspace).server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", tl
    finally:
        server.shutdown()
        thread.join()


def event_with(tl, text):
    ev = tl.events
    return ev[ev["label"].str.contains(text)].iloc[0]


def test_labels_of_the_shared_events_are_on_the_figure(page, app_url, seeds_timeline, shot):
    from dashboard.logic import prepare, short_label

    page.goto(app_url)
    labels = page.locator("#timeline-graph .annotation-text")
    expect(labels.first).to_be_visible()
    shown = labels.all_text_contents()
    events = prepare(seeds_timeline).events
    shared = events[(events["n_outlets"] >= 2) & ~events["is_background"]]
    assert len(shared) >= 2          # Shoigu's July visit and the 13 September summit
    for label in shared["label"]:
        assert short_label(label) in shown
    assert_no_overlap(labels)
    shot(page, "10-figure-labels")
    # Zoomed out to two years: labels are placed again, still never over one another.
    page.evaluate("""() => Plotly.relayout(document.querySelector('#timeline-graph .js-plotly-plot'),
                                            {'xaxis.range': ['2022-06-01', '2024-06-01']})""")
    expect(page.locator("#timeline-graph .xtick").first).to_contain_text("2022")
    # The labels are placed again once the zoom has been drawn: wait for that placement (no two
    # labels over one another) rather than reading the boxes of the ones drawn for the old range.
    page.wait_for_function(NO_OVERLAP_JS)
    assert_no_overlap(labels)
    shot(page, "11-figure-labels-zoomed-out")


NO_OVERLAP_JS = """() => {
    const boxes = [...document.querySelectorAll('#timeline-graph .annotation-text')]
        .map(e => e.getBoundingClientRect());
    if (!boxes.length) return false;
    return boxes.every((a, i) => boxes.slice(i + 1).every(b =>
        a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top));
}"""


def assert_no_overlap(labels):
    boxes = [labels.nth(k).bounding_box() for k in range(labels.count())]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            apart = (a["x"] + a["width"] <= b["x"] or b["x"] + b["width"] <= a["x"]
                     or a["y"] + a["height"] <= b["y"] or b["y"] + b["height"] <= a["y"])
            assert apart, (a, b)


def test_the_chronology_lists_every_event_in_date_order(page, app_url, seeds_timeline, shot):
    page.goto(app_url)
    page.locator("#tabs .tab", has_text="Chronology").click()
    items = page.locator(".chronology-item")
    expect(items).to_have_count(len(seeds_timeline.events))
    ids = [items.nth(k).get_attribute("data-event") for k in range(items.count())]
    ordered = seeds_timeline.events.sort_values(["start", "end", "event_id"], kind="stable")
    assert ids == list(ordered["event_id"])
    summit = seeds_timeline.events.sort_values("n_mentions").iloc[-1]
    item = items.nth(ids.index(summit["event_id"]))
    expect(item.locator(".chronology-label")).to_have_text(summit["label"])
    expect(item.locator(".chip")).to_have_text(summit["outlets"])
    expect(item).to_contain_text(f"{summit['n_articles']} articles")
    shot(page, "12-chronology")


def test_corrections_survive_a_reload_and_a_rebuild_with_one_more_article(browser, tmp_path, shot):
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "seeds", folder)
    (folder / LATE_ARTICLE).rename(tmp_path / LATE_ARTICLE)
    corrections = tmp_path / "story.corrections.jsonl"
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    panel = page.locator("#event-panel")
    status = page.locator("#correction-status")

    with serving(folder, corrections) as (url, tl):
        summit = tl.events[tl.events["start"] == pd.Timestamp("2023-09-13")].sort_values("n_mentions").iloc[-1]
        toast = event_with(tl, "敬酒")
        page.goto(f"{url}?event={summit['event_id']}")
        expect(page.locator("#event-label")).to_have_text(summit["label"])
        shot(page, "13-side-by-side-corrections")

        # Merge: the toast at the banquet is part of the summit.
        page.locator("#merge-target").click()
        page.keyboard.type("敬酒")
        page.get_by_role("option", name=re.compile("敬酒")).click()
        page.locator("#merge-button").click()
        expect(status).to_contain_text("Saved")
        expect(status).to_contain_text("merge")
        expect(panel).to_contain_text("两国领导人在宴会上互相敬酒")

        # Split: the armoured-train arrival is its own event.
        sentence = panel.locator("p.sentence", has_text="乘私人装甲列车").first
        sentence.locator("xpath=following-sibling::div[1]").get_by_role("button", name="Split out").first.click()
        expect(status).to_contain_text("split")
        expect(panel).not_to_contain_text("乘私人装甲列车")

        # Rename.
        page.locator("#rename-input").fill(NEW_NAME)
        page.locator("#rename-button").click()
        expect(page.locator("#event-label")).to_have_text(NEW_NAME)

        # Hide: the missile launch goes (found through the search and the table: event ids have
        # changed with the corrections).
        page.goto(f"{url}?q=短程导弹")
        page.locator("#tabs .tab", has_text="Table").click()
        page.locator(".ag-center-cols-container .ag-row [col-id=label]").first.click()
        expect(page.locator("#event-label")).to_contain_text("短程导弹")
        page.locator("#hide-event").click()
        expect(status).to_contain_text("hide")
        # 43 events: the toast merged into the summit, the train split out of it, the launch hidden.
        expect(page.locator("#result-count")).to_contain_text(f"of {len(tl.events) - 1} events shown")

        # Reload: every correction is still there.
        page.reload()
        page.goto(f"{url}?q={NEW_NAME}")
        page.locator("#tabs .tab", has_text="Table").click()
        page.locator(".ag-center-cols-container .ag-row [col-id=label]").first.click()
        expect(page.locator("#event-label")).to_have_text(NEW_NAME)
        expect(panel).to_contain_text("两国领导人在宴会上互相敬酒")
        expect(panel).not_to_contain_text("乘私人装甲列车")
        shot(page, "14-after-corrections-reload")
        assert len(corrections.read_text(encoding="utf-8").splitlines()) == 4

    # Rebuild with one more article: the corrections apply to the new timeline too.
    (tmp_path / LATE_ARTICLE).rename(folder / LATE_ARTICLE)
    with serving(folder, corrections) as (url, tl):
        assert not tl.curation.unapplied
        assert len(tl.articles) == 5
        page.goto(url)
        page.locator("#tabs .tab", has_text="Chronology").click()
        chronology = page.locator(".chronology")
        expect(chronology).to_contain_text(NEW_NAME)
        expect(chronology).not_to_contain_text("短程导弹")
        expect(chronology).not_to_contain_text("两国领导人在宴会上互相敬酒")
        shot(page, "15-chronology-after-rebuild")
        with page.expect_download() as download:
            page.locator("#export-csv").click()
        csv = pd.read_csv(download.value.path(), encoding="utf-8-sig")
        renamed = csv[csv["event_label"] == NEW_NAME]
        assert renamed["event_id"].nunique() == 1
        assert renamed["sentence"].str.contains("敬酒").any()
        assert not renamed["sentence"].str.contains("乘私人装甲列车").any()
        assert csv["sentence"].str.contains("乘私人装甲列车").sum() == 1
        assert not csv["sentence"].str.contains("短程导弹").any()
    context.close()

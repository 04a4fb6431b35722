"""Issue 9 in a real browser: hostile outlet names create no element or link, and the app's
own pages run under its Content-Security-Policy without a single violation.

The hostile input is two saved pages (tests/data/hostile/, synthetic, marked so in the files)
whose `og:site_name` is markup and which have no URL, so the site name is the outlet:
`<img src=x onerror=alert(1)>` and `<a href="https://evil.example">Click</a><b>B</b>`.
"""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from playwright.sync_api import expect
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "data" / "hostile"
IMG_NAME = "<img src=x onerror=alert(1)>"
LINK_NAME = '<a href="https://evil.example">Click</a><b>B</b>'

# Records what a page's text could make the browser do: an alert, a CSP violation.
WATCH = """
window.__alerts = []; window.__violations = [];
window.alert = (m) => window.__alerts.push(String(m));
document.addEventListener('securitypolicyviolation',
    (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
"""


@pytest.fixture(scope="module")
def hostile_timeline():
    from timeline.build import load_timeline

    tl = load_timeline([str(HOSTILE)])
    assert set(tl.articles["outlet"]) == {IMG_NAME, LINK_NAME}
    return tl


@pytest.fixture(scope="module")
def hostile_url(hostile_timeline):
    from dashboard.app import create_app

    server = make_server("127.0.0.1", 0, create_app(hostile_timeline).server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    thread.join()


@pytest.fixture
def watched_page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    context.add_init_script(WATCH)
    page = context.new_page()
    page.set_default_timeout(20_000)
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.console_errors = errors
    yield page
    context.close()


def assert_nothing_created(page):
    """No element, link or script that the outlet names would create if read as HTML."""
    created = page.evaluate("""() => ({
        evil_links: document.querySelectorAll('a[href*="evil.example"]').length,
        x_images: [...document.images].filter(i => i.getAttribute('src') === 'x').length,
        svg_links: document.querySelectorAll('svg a').length,
        bold_B: [...document.querySelectorAll('b, svg [font-weight="bold"], svg tspan')]
                  .filter(e => e.textContent === 'B').length,
        alerts: window.__alerts.length,
    })""")
    assert created == {"evil_links": 0, "x_images": 0, "svg_links": 0, "bold_B": 0, "alerts": 0}


# TimelineJS 3 puts these fields into the page with innerHTML (headline, text, group labels,
# display date); this page does exactly that with the export, with no TimelineJS download.
TIMELINEJS_STYLE = """(doc) => {
    const root = document.createElement('div'); root.id = 'tl';
    document.body.appendChild(root);
    const groups = new Set();
    for (const ev of doc.events) {
        const slide = document.createElement('section'); slide.className = 'slide';
        slide.innerHTML = '<h2 class="date"></h2><h3 class="headline"></h3><div class="text"></div>';
        slide.querySelector('.date').innerHTML = ev.display_date;
        slide.querySelector('.headline').innerHTML = ev.text.headline;
        slide.querySelector('.text').innerHTML = ev.text.text;
        root.appendChild(slide);
        if (ev.group) groups.add(ev.group);
    }
    for (const g of groups) {
        const label = document.createElement('div'); label.className = 'group';
        label.innerHTML = g; root.appendChild(label);
    }
    return root.querySelectorAll('.group').length;
}"""


def test_timelinejs_rendering_of_the_export_creates_no_element(watched_page, hostile_timeline):
    from timeline.export import export_timeline

    doc = json.loads(export_timeline(hostile_timeline, "timelinejs"))
    page = watched_page
    page.set_content("<!DOCTYPE html><html><body></body></html>")
    groups = page.evaluate(TIMELINEJS_STYLE, doc)
    assert groups >= 2
    page.wait_for_load_state("load")
    assert_nothing_created(page)
    labels = page.locator("#tl .group").all_inner_texts()
    assert IMG_NAME in labels and LINK_NAME in labels   # shown as the text it is
    expect(page.locator("#tl .text b", has_text=IMG_NAME).first).to_be_visible()


def test_the_app_shows_hostile_outlet_names_as_text(watched_page, hostile_url):
    page = watched_page
    page.goto(hostile_url)
    ticks = page.locator("#timeline-graph .ytick")
    expect(ticks.filter(has_text=LINK_NAME)).to_have_count(1)
    expect(ticks.filter(has_text=IMG_NAME)).to_have_count(1)
    expect(page.locator("#timeline-graph .legend")).to_contain_text("evil.example")
    assert_nothing_created(page)
    page.locator("#tabs .tab", has_text="Coverage").click()
    expect(page.locator(".xtick", has_text=LINK_NAME).first).to_be_visible()
    assert_nothing_created(page)
    assert page.evaluate("window.__violations") == []
    assert page.console_errors == []


def test_the_app_runs_under_its_csp_without_a_violation(watched_page, app_url):
    page = watched_page
    response = page.goto(app_url)
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'self'" in policy and "'unsafe-inline'" not in policy.split("script-src")[1].split(";")[0]
    expect(page.locator("#timeline-graph .ytick").first).to_be_visible()
    for tab in ("Table", "Coverage", "Event: side by side"):
        page.locator("#tabs .tab", has_text=tab).click()
    page.locator("#filter-query").fill("普京")
    expect(page.locator("#result-count")).to_contain_text("events shown")
    assert page.evaluate("window.__violations") == []
    assert page.console_errors == []

"""The app on the real seeds, in a background thread, driven by Debian's headless Chromium.

Playwright's Python client drives /usr/bin/chromium; it never downloads a browser of its own.
"""
from __future__ import annotations

import os
import threading
from pathlib import Path

import pytest
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
SCREENSHOTS = ROOT / "artifacts" / "screenshots"


def pytest_configure(config):
    config.addinivalue_line("markers", "browser: drives headless Chromium (~1 min); "
                                       "deselect with -m 'not browser'")


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def seeds_timeline():
    from timeline.build import load_timeline

    return load_timeline([str(ROOT / "seeds")])


@pytest.fixture(scope="session")
def app_url(seeds_timeline):
    from dashboard.app import create_app

    server = make_server("127.0.0.1", 0, create_app(seeds_timeline).server, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}/"
    server.shutdown()
    thread.join()


@pytest.fixture(scope="session")
def browser():
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install-browser (it installs Debian's "
                    "chromium and CJK fonts) and run the browser tests again")
    from playwright.sync_api import expect, sync_playwright

    # Auto-waiting, with room for a busy machine (the first figure can take seconds there).
    expect.set_options(timeout=20_000)
    playwright = sync_playwright().start()
    browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield browser
    browser.close()
    playwright.stop()


@pytest.fixture
def page(browser, app_url):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(20_000)
    yield page
    context.close()


@pytest.fixture(scope="session")
def shot():
    """Saves a full-page screenshot of a view under artifacts/screenshots/."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def save(page, name):
        page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)
    return save

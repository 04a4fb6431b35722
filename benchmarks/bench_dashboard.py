"""How fast the app answers with a 10,000-event timeline (run by hand, not in the tests).

    python benchmarks/bench_dashboard.py [--events 10000] [--repeat 5] [--browser]

Serves the app in-process (Flask test client: no network, the server-side cost only) and
times what the browser asks for on the first page load — `/`, `/_dash-layout`,
`/_dash-dependencies` and the initial callback POSTs, in the order the renderer sends them —
and the callback POSTs after unticking one outlet, searching, opening the Table and Coverage tabs. Prints the median of `--repeat` runs.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.app import create_app  # noqa: E402
from dashboard.logic import prepare  # noqa: E402
from dashboard.synthetic import make_timeline  # noqa: E402


def _outputs(spec: str):
    """'..a.b...c.d..' (or 'a.b') -> [{'id': 'a', 'property': 'b'}, ...]."""
    parts = spec.strip(".").split("...") if spec.startswith("..") else [spec]
    return [dict(zip(("id", "property"), p.rsplit(".", 1))) for p in parts]


class Renderer:
    """Just enough of Dash's front end: keeps prop values, fires callbacks like the browser."""

    def __init__(self, client):
        self.client = client
        self.values = {}
        self.callbacks = []

    def get(self, path):
        started = time.perf_counter()
        response = self.client.get(path)
        assert response.status_code == 200, (path, response.status_code)
        return time.perf_counter() - started, response

    def load(self):
        timings = {}
        timings["GET /"], _ = self.get("/")
        timings["GET /_dash-layout"], layout = self.get("/_dash-layout")
        timings["GET /_dash-dependencies"], deps = self.get("/_dash-dependencies")
        self._collect(layout.get_json())
        self.callbacks = [d for d in deps.get_json() if not d.get("clientside_function")]
        initial = [d for d in self.callbacks if not d.get("prevent_initial_call")]
        timings["initial callbacks"] = self.fire(initial, changed=None)
        return timings, len(layout.data)

    def _collect(self, node):
        if isinstance(node, dict):
            props = node.get("props", {})
            if "id" in props and isinstance(props["id"], str):
                for key, value in props.items():
                    self.values[(props["id"], key)] = value
            for value in props.values():
                self._collect(value)
        elif isinstance(node, list):
            for item in node:
                self._collect(item)

    def fire(self, pending, changed):
        """POST each callback whose inputs are ready; then those its outputs feed."""
        total, done = 0.0, set()
        while pending:
            dep = pending.pop(0)
            outputs = _outputs(dep["output"])
            body = {"output": dep["output"],
                    "outputs": outputs if len(outputs) > 1 else outputs[0],
                    "inputs": [{**i, "value": self.values.get((i["id"], i["property"]))}
                               for i in dep["inputs"]],
                    "state": [{**s, "value": self.values.get((s["id"], s["property"]))}
                              for s in dep.get("state", [])],
                    "changedPropIds": changed or []}
            started = time.perf_counter()
            response = self.client.post("/_dash-update-component", data=json.dumps(body),
                                        content_type="application/json")
            total += time.perf_counter() - started
            done.add(dep["output"])
            if response.status_code == 204:  # nothing changed
                continue
            assert response.status_code == 200, response.get_data(as_text=True)[:500]
            updated = []
            for cid, props in response.get_json()["response"].items():
                for prop, value in props.items():
                    self.values[(cid, prop)] = value
                    updated.append(f"{cid}.{prop}")
            pending += [d for d in self.callbacks if d["output"] not in done and d not in pending
                        and any(f"{i['id']}.{i['property']}" in updated for i in d["inputs"])]
            changed = updated
        return total

    def change(self, cid, prop, value):
        """The user changes one control: time the callbacks that follow."""
        self.values[(cid, prop)] = value
        first = [d for d in self.callbacks
                 if any((i["id"], i["property"]) == (cid, prop) for i in d["inputs"])]
        return self.fire(first, changed=[f"{cid}.{prop}"])


def browser_timings(app, outlet, repeat):
    """Wall-clock in Chromium: goto -> figure drawn; untick -> new count shown and redrawn."""
    import threading

    from playwright.sync_api import sync_playwright
    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app.server, threaded=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_port}/"
    runs = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
        for _ in range(repeat):
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            started = time.perf_counter()
            page.goto(url)
            page.wait_for_selector("#timeline-graph .legendtext", timeout=60_000)  # drawn after the traces
            loaded = time.perf_counter() - started
            before = page.locator("#result-count").inner_text()
            started = time.perf_counter()
            page.get_by_label(outlet, exact=True).uncheck()
            page.wait_for_function(
                "before => document.querySelector('#result-count').innerText !== before"
                " && !document.querySelector('#timeline-graph [data-dash-is-loading=true]')",
                arg=before, timeout=60_000)
            runs.append({"browser: page load to figure drawn": loaded,
                         f"browser: untick {outlet} to redrawn": time.perf_counter() - started})
            page.close()
        browser.close()
    server.shutdown()
    return runs


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--browser", action="store_true",
                        help="also time the page in headless Chromium (/usr/bin/chromium)")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    timeline = make_timeline(args.events)
    app = create_app(timeline)
    startup = time.perf_counter() - started
    outlet = prepare(timeline).outlets[0]

    runs = []
    for _ in range(args.repeat):
        renderer = Renderer(app.server.test_client())
        timings, layout_bytes = renderer.load()
        timings["first page load (sum)"] = sum(timings.values())
        ticked = renderer.values[("filter-outlets", "value")]
        timings[f"filter change (untick {outlet})"] = renderer.change(
            "filter-outlets", "value", [o for o in ticked if o != outlet])
        timings["search 'kim' (~1/8 of events)"] = renderer.change("filter-query", "value", "kim")
        timings["open Table tab (all rows, once)"] = renderer.change("tabs", "value", "table")
        timings["open Coverage tab"] = renderer.change("tabs", "value", "coverage")
        runs.append(timings)

    print(f"{args.events} events (+ background), {len(timeline.mentions)} mentions; "
          f"app start (synthetic data + prepare + layout) {startup:.2f} s; "
          f"layout JSON {layout_bytes / 1e3:.0f} kB; median of {args.repeat} runs:")
    for key in runs[0]:
        print(f"  {key:<40} {statistics.median(r[key] for r in runs) * 1000:8.0f} ms")
    if args.browser:
        runs = browser_timings(app, outlet, args.repeat)
        for key in runs[0]:
            print(f"  {key:<40} {statistics.median(r[key] for r in runs) * 1000:8.0f} ms")


if __name__ == "__main__":
    main()

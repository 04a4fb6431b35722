"""Load test of the app on loopback (run by hand, not in the tests; it stops by itself).

    python benchmarks/load_app.py [INPUT ...] [--clients 50] [--rounds 20]

Starts the real `timeline serve INPUT` (default: the seeds) in a child process on a free
port of 127.0.0.1, waits until it answers, then runs `--clients` concurrent clients, each
doing `--rounds` rounds of what a browser asks for when it opens the app and its heaviest
view: `GET /`, `GET /_dash-layout`, and the Coverage tab's callback POST. Prints the number of
requests and errors, and the latency of a request and of a round (median, p95, max).

Bounded on every side: loopback only, a fixed number of requests, 30 s per request, 600 s
for the whole run; then the server it started is stopped, whatever happened.
"""
from __future__ import annotations

import argparse
import json
import os
import select
import socket
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REQUEST_TIMEOUT = 30
RUN_DEADLINE = 600
COVERAGE_CALLBACK = json.dumps({
    "output": "coverage-panel.children",
    "outputs": {"id": "coverage-panel", "property": "children"},
    "inputs": [{"id": "filter-state", "property": "data", "value": ""},
               {"id": "tabs", "property": "value", "value": "coverage"}],
    "changedPropIds": ["tabs.value"], "state": []}).encode()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_server(inputs, port) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "timeline", "serve", *inputs, "--host", "127.0.0.1",
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                              env=env, cwd=ROOT)
    ready, _, _ = select.select([server.stdout], [], [], 300)
    if not ready or not server.stdout.readline().startswith(b"open http://"):
        server.kill()
        raise SystemExit("the app did not start within 300 s")
    for _ in range(300):
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=REQUEST_TIMEOUT):
                return server
        except OSError:
            time.sleep(0.1)
    server.kill()
    raise SystemExit("the app printed its address but never answered")


def one_round(base: str) -> list[float]:
    times = []
    for path, body in (("/", None), ("/_dash-layout", None), ("/_dash-update-component", COVERAGE_CALLBACK)):
        request = urllib.request.Request(base + path, data=body,
                                         headers={"Content-Type": "application/json"} if body else {})
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=REQUEST_TIMEOUT) as response:
            response.read()
            if response.status != 200:
                raise OSError(f"{path}: HTTP {response.status}")
        times.append(time.perf_counter() - start)
    return times


def run(base: str, clients: int, rounds: int):
    requests, round_times, errors = [], [], []
    lock = threading.Lock()
    deadline = time.monotonic() + RUN_DEADLINE

    def client():
        for _ in range(rounds):
            if time.monotonic() > deadline:
                with lock:
                    errors.append("deadline")
                return
            start = time.perf_counter()
            try:
                times = one_round(base)
            except Exception as exc:  # noqa: BLE001 - every failure is counted, none stops the run
                with lock:
                    errors.append(f"{type(exc).__name__}: {exc}")
                continue
            with lock:
                requests.extend(times)
                round_times.append(time.perf_counter() - start)

    threads = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, deadline - time.monotonic()) + REQUEST_TIMEOUT)
    return requests, round_times, errors, time.perf_counter() - start


def describe(values) -> str:
    if not values:
        return "none"
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
    return f"median {statistics.median(ordered):.3f} s, p95 {p95:.3f} s, max {ordered[-1]:.3f} s"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*", default=["seeds"])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    port = free_port()
    server = start_server(args.inputs, port)
    try:
        requests, rounds, errors, elapsed = run(f"http://127.0.0.1:{port}", args.clients, args.rounds)
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
    print(f"{args.clients} clients x {args.rounds} rounds on {', '.join(args.inputs)}: "
          f"{len(requests)} requests in {elapsed:.1f} s, {len(errors)} errors")
    print(f"  request: {describe(requests)}")
    print(f"  round (3 requests): {describe(rounds)}")
    for err in sorted(set(errors))[:5]:
        print(f"  error: {err}")
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())

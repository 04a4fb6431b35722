"""Issue 9: every bad input of the probe gets a clear message, or is read; none hangs.

Real inputs throughout: a FIFO made with os.mkfifo, a character device made with os.mknod
(skipped with the reason where the platform refuses), real symlinks, the real seeds (damaged,
re-encoded, renamed by the test) and real hostile saved pages (tests/data/hostile/, synthetic
pages marked so in the files). The command line runs in a child process with a timeout
wherever the failure was a hang. The output rows (export over a good file, devices, pipes,
symlinks, kill -9, full standard output) are in test_hardening_output.py.
"""
from __future__ import annotations

import json
import os
import random
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from timeline.articles import read_articles
from timeline.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
HOSTILE = ROOT / "tests" / "data" / "hostile"
SEED = sorted(SEEDS.iterdir())[0]           # RFI, 6 KB of UTF-8 Chinese


def run_cli(*args, input=None, timeout=120):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "timeline", *map(str, args)], input=input,
                          capture_output=True, env=env, timeout=timeout, cwd=ROOT)


def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "in"
    shutil.copytree(SEEDS, folder)
    return folder


# ------------------------------------------------------------ nodes in the input folder

def test_a_named_pipe_beside_the_seeds_is_skipped_by_name_not_waited_on(tmp_path):
    folder = seeds_copy(tmp_path)
    os.mkfifo(folder / "p.txt")
    result = run_cli("articles", folder, timeout=60)    # hung forever before
    out = result.stdout.decode()
    assert result.returncode == 0
    assert "skipped p.txt: not a regular file: it is a named pipe (FIFO)" in out
    assert "5 read, 1 skipped" in result.stderr.decode()


def test_a_named_pipe_given_directly_is_refused(tmp_path):
    fifo = tmp_path / "story.txt"
    os.mkfifo(fifo)
    articles, problems = read_articles([fifo])
    assert articles == []
    assert [(p.file, p.reason) for p in problems] == [
        ("story.txt", "not a regular file: it is a named pipe (FIFO)")]


def test_a_character_device_in_the_input_folder_is_skipped(tmp_path):
    folder = seeds_copy(tmp_path)
    try:
        os.mknod(folder / "tty.txt", 0o600 | stat.S_IFCHR, os.makedev(5, 0))
    except (PermissionError, OSError) as exc:
        pytest.skip(f"this platform does not let the test make a character device: {exc}")
    articles, problems = read_articles([folder])
    assert len(articles) == 5
    assert [(p.file, p.reason) for p in problems] == [
        ("tty.txt", "not a regular file: it is a character device")]


def test_a_symlink_to_a_folder_is_followed_and_a_link_loop_ends(tmp_path):
    elsewhere = seeds_copy(tmp_path)
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "seeds").symlink_to(elsewhere)
    (elsewhere / "loop").symlink_to(folder)          # story/seeds/loop -> story
    articles, problems = read_articles([folder])
    assert sorted(a.file for a in articles) == sorted(p.name for p in SEEDS.iterdir())
    assert problems == []


def test_a_broken_symlink_is_named(tmp_path):
    (tmp_path / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    _, problems = read_articles([tmp_path])
    assert [(p.file, p.reason) for p in problems] == [
        ("gone.txt", f"broken symbolic link (to {tmp_path / 'deleted.txt'}, which does not exist)")]


# ------------------------------------------------------------ names

def test_two_files_of_one_name_are_told_apart_by_their_path(tmp_path, capsys):
    for sub in ("rfi", "mirror"):
        (tmp_path / sub).mkdir()
        shutil.copy(SEED, tmp_path / sub / "story.txt")
    (tmp_path / "mirror" / "story.txt").write_bytes(SEED.read_bytes().replace("朝俄".encode(), "朝俄两国".encode()))
    (tmp_path / "rfi" / "empty.txt").write_text("")
    (tmp_path / "mirror" / "empty.txt").write_text("")
    out = tmp_path / "ev.json"
    assert main(["export", str(tmp_path / "rfi"), str(tmp_path / "mirror"), "-o", str(out)]) == 0
    err = capsys.readouterr().err
    assert f"skipped {tmp_path / 'rfi' / 'empty.txt'}: empty file" in err
    assert f"skipped {tmp_path / 'mirror' / 'empty.txt'}: empty file" in err
    files = {a["file"] for a in json.loads(out.read_bytes())["articles"]}
    assert files == {str(tmp_path / "rfi" / "story.txt"), str(tmp_path / "mirror" / "story.txt")}


def test_file_names_with_newlines_and_escape_sequences_stay_on_their_line(tmp_path):
    shutil.copy(SEED, tmp_path / "two\nlines.txt")
    shutil.copy(SEED, tmp_path / "red\x1b[31m.txt")
    (tmp_path / "bell\x07.txt").write_text("")
    result = run_cli("articles", tmp_path)
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 3
    assert any(line.startswith("two\\nlines.txt\tRFI\t") for line in lines)
    assert any(line.startswith("red\\x1b[31m.txt\tRFI\t") for line in lines)
    assert "skipped bell\\x07.txt: empty file" in lines
    assert b"\x1b" not in result.stdout and b"\x07" not in result.stdout


# ------------------------------------------------------------ encodings and damage

@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path, codec):
    (tmp_path / SEED.name).write_bytes(SEED.read_text(encoding="utf-8").encode(codec))
    articles, problems = read_articles([tmp_path])
    original, _ = read_articles([SEED])
    assert problems == []
    assert articles[0].encoding == f"{codec} (no BOM)"
    assert articles[0].text == original[0].text


def test_150_damaged_bytes_in_a_6_kb_article_do_not_drop_it(tmp_path):
    data = bytearray(SEED.read_bytes())
    assert 5000 < len(data) < 7000
    rnd = random.Random(9)
    body = data.index(b"\n------") + 10      # the body, after the feed header
    for i in rnd.sample(range(body, len(data)), 150):
        data[i] = rnd.randrange(0x80, 0x100)
    (tmp_path / SEED.name).write_bytes(bytes(data))
    articles, problems = read_articles([tmp_path])
    assert problems == []
    assert "invalid byte sequence(s) replaced" in articles[0].encoding
    assert articles[0].outlet == "RFI" and len(articles[0].sentences) > 10


def test_a_5000_digit_header_epoch_is_a_broken_header(tmp_path):
    body = SEED.read_text(encoding="utf-8").split("\n", 1)[1]
    (tmp_path / "huge.txt").write_text(f"<!--{'9' * 5000}-->\n{body}", encoding="utf-8")
    _, problems = read_articles([tmp_path])
    assert len(problems) == 1
    assert problems[0].reason.startswith("broken header <!--9999")
    assert "a 5000-digit number is not a millisecond timestamp" in problems[0].reason


@pytest.mark.parametrize("stamp", ["9999-12-31T00:00:00Z", "0001-01-01", "1899-05-01T10:00:00+08:00"])
def test_an_implausible_page_date_is_a_reason_not_a_crash(tmp_path, stamp):
    page = (HOSTILE / "img_onerror_site.html").read_text(encoding="utf-8")
    (tmp_path / "odd.html").write_text(page.replace("2023-09-14T08:00:00Z", stamp), encoding="utf-8")
    result = run_cli("events", tmp_path)
    err = result.stderr.decode()
    assert f"skipped odd.html: the page's publication date '{stamp}' is not plausible" in err
    assert "Traceback" not in err and "OverflowError" not in err


def test_an_implausible_page_date_gives_way_to_the_header_epoch(tmp_path):
    page = (HOSTILE / "img_onerror_site.html").read_text(encoding="utf-8")
    (tmp_path / "odd.html").write_text(
        "<!--1694678400000-->\n" + page.replace("2023-09-14T08:00:00Z", "9999-12-31"), encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert problems == []
    assert articles[0].published_source == "header-epoch"
    assert articles[0].published.date().isoformat() == "2023-09-14"


# ------------------------------------------------------------ timeline dates

@pytest.mark.parametrize("ref,text", [("0001-01-01", "上周五"), ("0001-01-01", "last Friday"),
                                      ("9999-12-31", "下周")])
def test_dates_with_a_reference_at_the_calendars_end_says_so(ref, text):
    result = run_cli("dates", text, "--ref", ref)
    err = result.stderr.decode()
    assert result.returncode == 2
    assert f"counted from --ref {ref}, falls outside the calendar (years 1 to 9999)" in err
    assert "Traceback" not in err


def test_dates_reads_a_text_beyond_the_argument_limit_from_a_file_and_from_stdin(tmp_path):
    text = SEED.read_text(encoding="utf-8") * 40      # ~250 KB: over the OS argument limit
    assert len(text.encode()) > 200_000
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    from_file = run_cli("dates", "--file", path, "--ref", "2023-09-15")
    from_stdin = run_cli("dates", "-", "--ref", "2023-09-15", input=text.encode())
    assert from_file.returncode == from_stdin.returncode == 0
    mentions = [json.loads(line) for line in from_file.stdout.decode().splitlines()]
    assert len(mentions) > 40 and {"2023-09-13"} <= {m["start"] for m in mentions}
    assert from_stdin.stdout == from_file.stdout


def test_dates_names_a_file_it_cannot_use(tmp_path):
    missing = run_cli("dates", "--file", tmp_path / "nope.txt")
    assert missing.returncode == 2
    assert f"cannot read {tmp_path / 'nope.txt'}: No such file or directory" in missing.stderr.decode()
    folder = run_cli("dates", "--file", tmp_path)
    assert f"{tmp_path}: not a regular file" in folder.stderr.decode()
    nothing = run_cli("dates")
    assert nothing.returncode == 2 and "give the text, '-' for standard input, or --file" in nothing.stderr.decode()


# ------------------------------------------------------------ exports of hostile names

@pytest.fixture(scope="module")
def hostile_timeline():
    from timeline.build import load_timeline

    return load_timeline([HOSTILE])


def test_timelinejs_group_and_text_carry_hostile_outlet_names_escaped(hostile_timeline):
    from timeline.export import export_timeline

    doc = json.loads(export_timeline(hostile_timeline, "timelinejs"))
    groups = {ev["group"] for ev in doc["events"]}
    assert "&lt;img src=x onerror=alert(1)&gt;" in groups
    for ev in doc["events"]:
        for field in (ev["group"], ev["text"]["headline"], ev["text"]["text"], ev["display_date"]):
            assert "<img" not in field and "<a href=\"https://evil" not in field


def test_ics_and_csv_carry_hostile_outlet_names_as_plain_text(hostile_timeline):
    from icalendar import Calendar

    from timeline.export import export_timeline

    cal = Calendar.from_ical(export_timeline(hostile_timeline, "ics"))
    categories = {str(c) for ev in cal.walk("VEVENT") for c in ev.get("categories").cats}
    assert categories == {"<img src=x onerror=alert(1)>", '<a href="https://evil.example">Click</a><b>B</b>'}
    assert "<img src=x onerror=alert(1)>" in export_timeline(hostile_timeline, "csv").decode("utf-8-sig")


def test_ics_text_has_no_control_characters():
    from timeline.escape import ical_text

    assert ical_text("BBC\x1b[2J\x00 said\r\nthat") == "BBC[2J said\nthat"


def test_app_figures_show_hostile_outlet_names_escaped(hostile_timeline):
    from dashboard.figures import coverage_figure, timeline_figure
    from dashboard.logic import coverage_matrix, prepare

    story = prepare(hostile_timeline)
    fig = timeline_figure(story, story.events)
    shown = fig["layout"]["yaxis"]["ticktext"] + [t["name"] for t in fig["data"]]
    matrix = coverage_matrix(story, story.events)
    shown += coverage_figure(matrix, {})["data"][0]["x"]
    assert "&lt;a href=\"https://evil.example\"&gt;Click&lt;/a&gt;&lt;b&gt;B&lt;/b&gt;" in shown
    assert "&lt;img src=x onerror=alert(1)&gt;" in shown
    assert not [s for s in shown if "<" in s]


# ------------------------------------------------------------ the app's server

@pytest.fixture(scope="module")
def seeds_app():
    from timeline.build import load_timeline

    from dashboard.app import create_app

    return create_app(load_timeline([SEEDS]))


def test_a_foreign_host_header_gets_403_and_the_served_names_200(seeds_app):
    client = seeds_app.server.test_client()
    rebinding = client.get("/_dash-layout", headers={"Host": "attacker.example:8050"})
    assert rebinding.status_code == 403
    assert b"--allow-host" in rebinding.data and "金正恩".encode() not in rebinding.data
    for host in ("127.0.0.1:8050", "localhost:8050", "[::1]:8050"):
        assert client.get("/_dash-layout", headers={"Host": host}).status_code == 200, host


def test_allow_host_adds_a_name_and_a_wildcard_bind_takes_addresses_not_names():
    from dashboard.security import allowed_hosts, host_allowed

    proxied = allowed_hosts("127.0.0.1", ["timeline.lan"])
    assert host_allowed("timeline.lan:443", proxied) and not host_allowed("evil.lan", proxied)
    wildcard = allowed_hosts("0.0.0.0")
    assert host_allowed("192.168.1.20:8050", wildcard) and host_allowed("localhost", wildcard)
    assert not host_allowed("attacker.example:8050", wildcard) and not host_allowed("", wildcard)


def test_every_response_carries_the_csp_and_frame_policy(seeds_app):
    response = seeds_app.server.test_client().get("/")
    policy = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'self'" in policy and "object-src 'none'" in policy
    script_src = policy.split("script-src", 1)[1].split(";", 1)[0]
    assert "'unsafe-inline'" not in script_src and "'unsafe-eval'" not in script_src
    assert all(h in script_src for h in seeds_app.csp_hashes())
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"


@pytest.mark.parametrize("body,reason", [
    ([], "the body is not a JSON object"),
    ({"output": 1}, "'output' is missing or not text"),
    ({"output": "nope.children", "outputs": {}, "inputs": []}, "no callback has this output"),
    ({"output": "coverage-panel.children", "outputs": {"id": "coverage-panel", "property": "children"},
      "inputs": [], "changedPropIds": []}, "'inputs' must be a list of 3"),  # filters, tab, corrections
])
def test_a_callback_request_of_the_wrong_shape_gets_400_with_the_reason(seeds_app, body, reason):
    response = seeds_app.server.test_client().post("/_dash-update-component", json=body)
    assert response.status_code == 400
    assert response.data.decode() == f"Malformed callback request: {reason}.\n"


def test_a_20000_word_search_finds_what_its_words_find():
    from dataclasses import replace

    from timeline.build import load_timeline

    from dashboard.logic import ViewState, filter_events, prepare

    story = prepare(load_timeline([SEEDS]))
    few = filter_events(story, replace(ViewState(), query="普京"))
    assert len(few)
    repeated = filter_events(story, replace(ViewState(), query=" ".join(["普京"] * 20000)))
    assert list(repeated["event_id"]) == list(few["event_id"])
    wall = " ".join(["普京"] + [f"zz{i}" for i in range(20000)])
    assert filter_events(story, replace(ViewState(), query=wall)).empty


# ------------------------------------------------------------ serve

def test_serve_with_an_impossible_port_says_so():
    result = run_cli("serve", "--port", "99999")
    err = result.stderr.decode()
    assert result.returncode == 2
    assert "not a port number: '99999' (1 to 65535)" in err and "Traceback" not in err


def test_serve_on_a_busy_port_says_so_before_reading(tmp_path):
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run_cli("serve", SEEDS, "--port", port)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert f"port {port} on 127.0.0.1 is already in use; choose another with --port" in err
    assert "reading" not in err


def test_serve_with_a_fifo_in_the_folder_opens_its_port(tmp_path):
    import select
    import socket
    import urllib.request

    folder = seeds_copy(tmp_path)
    os.mkfifo(folder / "p.txt")
    with socket.socket() as free:
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen([sys.executable, "-m", "timeline", "serve", str(folder), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, cwd=ROOT)
    try:
        ready, _, _ = select.select([server.stdout], [], [], 120)   # never came before the fix
        assert ready, "serve printed no address within 120 s"
        assert server.stdout.readline().decode().startswith(f"open http://127.0.0.1:{port}/")
        for _ in range(200):          # the listening socket follows the line within moments
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_dash-layout", timeout=10) as r:
                    assert r.status == 200
                    break
            except OSError:
                select.select([], [], [], 0.1)
        else:
            pytest.fail("the app never answered")
    finally:
        server.terminate()
        _, err = server.communicate(timeout=30)
    assert b"skipped p.txt: not a regular file: it is a named pipe (FIFO)" in err

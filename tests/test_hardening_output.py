"""Issue 9, the output rows: no good export is lost, no node is replaced, no temporary is left.

Every test drives the real command line (`timeline.cli.main` or `python -m timeline` in a
child process) on the real seeds, and writes to real nodes made in a temporary folder: a
FIFO (os.mkfifo), a symlink, a character device (os.mknod where permitted, else /dev/null,
else skipped with the reason) and /dev/full for a full disk.
"""
from __future__ import annotations

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from timeline.cli import main
from timeline.output import OutputError, write_output

ROOT = Path(__file__).resolve().parents[1]
SEEDS = str(ROOT / "seeds")


def run_cli(*args, stdin=None, stdout=subprocess.PIPE, timeout=120):
    """`python -m timeline ARGS` from this worktree, as a user runs it."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "timeline", *args], stdin=stdin, stdout=stdout,
                          stderr=subprocess.PIPE, env=env, timeout=timeout, cwd=ROOT)


@pytest.fixture(scope="module")
def good_export(tmp_path_factory):
    """A real JSON export of the seeds, made once."""
    out = tmp_path_factory.mktemp("good") / "ev.json"
    assert main(["export", SEEDS, "-o", str(out)]) == 0
    return out.read_bytes()


# ------------------------------------------------------------ export over a good file

def test_empty_input_does_not_replace_a_good_export(tmp_path, good_export, capsys):
    target = tmp_path / "ev.json"
    target.write_bytes(good_export)
    status = main(["export", str(tmp_path / "seedz"), "-o", str(target)])
    err = capsys.readouterr().err
    assert status == 1
    assert "skipped seedz: path does not exist" in err
    assert f"not overwriting {target}" in err and "--force" in err
    assert target.read_bytes() == good_export
    assert os.listdir(tmp_path) == ["ev.json"]


def test_force_replaces_a_good_export_with_an_empty_one(tmp_path, good_export, capsys):
    target = tmp_path / "ev.json"
    target.write_bytes(good_export)
    assert main(["export", str(tmp_path / "seedz"), "-o", str(target), "--force"]) == 1
    assert "the export is empty" in capsys.readouterr().err
    assert b'"events": []' in target.read_bytes()


def test_an_empty_export_to_a_new_file_is_written_but_the_status_says_nothing_was_found(tmp_path, capsys):
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    target = tmp_path / "new.json"
    assert main(["export", str(empty_folder), "-o", str(target)]) == 1
    assert "no events in" in capsys.readouterr().err
    assert b'"events": []' in target.read_bytes()


# ------------------------------------------------------------ nodes that are not files

def test_export_to_a_fifo_feeds_its_reader_and_keeps_the_fifo(tmp_path, good_export):
    fifo = tmp_path / "events.fifo"
    os.mkfifo(fifo)
    received = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()))
    reader.start()
    result = run_cli("export", SEEDS, "-o", str(fifo))
    reader.join(timeout=60)
    assert result.returncode == 0, result.stderr.decode()
    assert received == [good_export]
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert os.listdir(tmp_path) == ["events.fifo"]


def _character_device(tmp_path) -> Path:
    """A character device made for the test (/dev/null's numbers), else /dev/null itself."""
    node = tmp_path / "null"
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        return node
    except (PermissionError, OSError):
        pass
    if os.path.exists("/dev/null") and stat.S_ISCHR(os.stat("/dev/null").st_mode):
        return Path("/dev/null")
    pytest.skip("no character device can be made here (os.mknod refused) and no /dev/null")


def test_export_to_a_character_device_writes_through_it(tmp_path):
    device = _character_device(tmp_path)
    before = os.stat(device)
    result = run_cli("export", SEEDS, "-o", str(device))
    assert result.returncode == 0, result.stderr.decode()
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_rdev == before.st_rdev and after.st_ino == before.st_ino
    assert [p for p in os.listdir(device.parent) if p.endswith(".tmp")] == []


def test_export_through_a_symlink_updates_its_target_and_keeps_the_link(tmp_path, good_export, capsys):
    real = tmp_path / "data" / "ev.json"
    real.parent.mkdir()
    real.write_bytes(b"stale")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert main(["export", SEEDS, "-o", str(link)]) == 0
    assert f"through the link {link}" in capsys.readouterr().err
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == good_export
    assert sorted(os.listdir(real.parent)) == ["ev.json"]


def test_export_to_a_folder_names_it(tmp_path, capsys):
    assert main(["export", SEEDS, "-o", str(tmp_path)]) == 1
    assert f"cannot write {tmp_path}: it is a folder" in capsys.readouterr().err


def test_export_into_a_missing_folder_names_it(tmp_path, capsys):
    missing = tmp_path / "no-such-folder"
    assert main(["export", SEEDS, "-o", str(missing / "ev.json")]) == 1
    assert f"folder {missing} does not exist" in capsys.readouterr().err
    assert not missing.exists()


# ------------------------------------------------------------ interrupted writes

def test_kill_9_in_the_middle_of_an_export_leaves_the_old_file_and_no_temporary(tmp_path, good_export):
    """The child writes a real export and kills itself with SIGKILL at the worst moment: all
    data written and synced, not yet renamed over the target."""
    target = tmp_path / "ev.json"
    target.write_bytes(b"the old, complete export")
    child = (
        "import os, signal, sys\n"
        "from timeline import cli\n"
        "os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)\n"
        f"sys.exit(cli.main(['export', {SEEDS!r}, '-o', {str(target)!r}]))\n")
    result = subprocess.run([sys.executable, "-c", child], env={**os.environ, "PYTHONPATH": str(ROOT)},
                            capture_output=True, timeout=120)
    assert result.returncode == -9
    assert target.read_bytes() == b"the old, complete export"
    assert os.listdir(tmp_path) == ["ev.json"]


@pytest.mark.parametrize("failing,error", [("fsync", OSError(28, "No space left on device")),
                                           ("replace", KeyboardInterrupt())])
def test_a_failed_or_interrupted_write_keeps_the_old_file_and_leaves_no_temporary(
        tmp_path, monkeypatch, failing, error):
    target = tmp_path / "events.json"
    target.write_bytes(b"old complete export")
    monkeypatch.setattr(os, failing, lambda *a, **k: (_ for _ in ()).throw(error))
    with pytest.raises(OutputError if isinstance(error, OSError) else KeyboardInterrupt) as raised:
        write_output(target, b"x" * 1_000_000)
    monkeypatch.undo()
    if isinstance(error, OSError):
        assert str(raised.value) == f"cannot write {target}: No space left on device"
    assert target.read_bytes() == b"old complete export"
    assert os.listdir(tmp_path) == ["events.json"]


def test_the_named_temporary_fallback_is_removed_too(tmp_path, monkeypatch):
    """Where O_TMPFILE is missing the temporary has a name from the start."""
    import timeline.output as output

    monkeypatch.setattr(output, "_anonymous_file", lambda folder: None)
    monkeypatch.setattr(os, "replace", lambda *a: (_ for _ in ()).throw(KeyboardInterrupt()))
    with pytest.raises(KeyboardInterrupt):
        write_output(tmp_path / "new.ics", b"BEGIN:VCALENDAR")
    assert os.listdir(tmp_path) == []


def test_a_rewrite_keeps_the_old_file_permissions(tmp_path):
    target = tmp_path / "shared.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    write_output(target, b"new")
    assert target.read_bytes() == b"new" and target.stat().st_mode & 0o777 == 0o640


# ------------------------------------------------------------ standard output

@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this platform")
@pytest.mark.parametrize("command", [["export", SEEDS], ["events", SEEDS], ["articles", SEEDS]])
def test_a_full_disk_on_standard_output_is_a_message_not_a_traceback(command):
    with open("/dev/full", "wb") as full:
        result = run_cli(*command, stdout=full)
    err = result.stderr.decode()
    assert result.returncode == 1
    assert "cannot write to standard output: No space left on device" in err
    assert "Traceback" not in err


def test_a_closed_standard_output_is_a_message():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(f"{sys.executable} -m timeline export {SEEDS} >&-", shell=True,
                            env=env, capture_output=False, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 1
    assert b"standard output is closed" in result.stderr


def test_a_reader_that_stops_early_ends_quietly():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        f"set -o pipefail; {sys.executable} -m timeline export {SEEDS} | head -c 10 >/dev/null",
        shell=True, executable="/bin/bash", env=env, stderr=subprocess.PIPE, timeout=120)
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr and b"Broken pipe" not in result.stderr

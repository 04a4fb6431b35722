"""The one writer of outputs: `write_output(path, data)` for files, `write_stdout(data)`.

What it guarantees a user:
- a good export is never replaced by an empty one (no events) unless `force=True`;
- a regular file is replaced whole or not at all: the data goes to a temporary file in the
  target's own folder (so the rename stays on one file system), is synced, then renamed over
  the target, keeping the old file's permissions;
- the temporary never outlives the write: on Linux it is an anonymous file (`O_TMPFILE`)
  that only gets a name for the instant before the rename, so even `kill -9` leaves nothing;
  elsewhere it is a named file removed on every exit Python can catch (exceptions, Ctrl+C,
  SIGTERM and SIGHUP while the write runs);
- a symbolic link is followed: its target gets the new data and the link stays;
- a character device, a named pipe or a socket is written to in place, never replaced by a
  regular file (`-o /dev/null` stays the system's /dev/null; a pipe's reader gets the data);
- every failure is an `OutputError` whose message names the file and says what is wrong.
"""
from __future__ import annotations

import errno
import os
import signal
import stat
import sys
import tempfile
import threading
from contextlib import contextmanager

# Read once: asking for the umask means setting it, which is not thread-safe at write time.
_UMASK = os.umask(0)
os.umask(_UMASK)


class OutputError(Exception):
    """An output that could not be written, or was refused; the message is for the user."""


def write_output(path, data: bytes, *, empty: bool = False, force: bool = False) -> str:
    """Write `data` to `path`; `empty` says the data holds no result (an export without
    events). Returns the file actually written (a symlink's target)."""
    shown = os.fspath(path)
    target = os.path.realpath(shown) if os.path.islink(shown) else os.path.abspath(shown)
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(f"cannot write {shown}: {exc.strerror or exc}") from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError(f"cannot write {shown}: it is a folder")
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_in_place(shown, target, data)
        return target
    if empty and not force and info is not None and info.st_size > 0:
        raise OutputError(
            f"not overwriting {shown}: the new result is empty (no events) and {shown} holds "
            f"{info.st_size:,} bytes from an earlier run; use --force to replace it anyway")
    folder = os.path.dirname(target)
    if not os.path.isdir(folder):
        raise OutputError(f"cannot write {shown}: folder {folder} does not exist")
    mode = stat.S_IMODE(info.st_mode) if info is not None else 0o666 & ~_UMASK
    try:
        with _signals_as_exit():
            _replace_regular(target, data, mode)
    except OSError as exc:
        raise OutputError(f"cannot write {shown}: {exc.strerror or exc}") from None
    _sync_folder(folder)
    return target


def write_stdout(data: bytes) -> None:
    """`data` to standard output. A reader that went away (`| head`) raises BrokenPipeError,
    which the command line treats as a normal end; a closed or full output is an OutputError."""
    if sys.stdout is None:
        raise OutputError("standard output is closed; give -o FILE to write to a file")
    try:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"cannot write to standard output: {exc.strerror or exc}") from None


def _write_in_place(shown: str, target: str, data: bytes) -> None:
    kind = ("a named pipe" if stat.S_ISFIFO(os.stat(target).st_mode) else "a device or socket")
    try:
        # No O_CREAT, no O_TRUNC: the node stays what it is. Opening a pipe waits for a reader,
        # as a shell's `> pipe` does.
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_NOCTTY", 0))
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except OSError as exc:
        raise OutputError(f"cannot write {shown} ({kind}): {exc.strerror or exc}") from None


def _replace_regular(target: str, data: bytes, mode: int) -> None:
    folder, name = os.path.split(target)
    fd = _anonymous_file(folder)
    temp = None
    try:
        if fd is None:
            fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{name}.", suffix=".tmp")
        _write_all(fd, data)
        os.fsync(fd)
        os.fchmod(fd, mode)
        if temp is None:
            temp = _name_anonymous(fd, folder, name)
        os.replace(temp, target)
        temp = None
    finally:
        os.close(fd)
        if temp is not None:
            try:
                os.unlink(temp)
            except FileNotFoundError:
                pass


def _anonymous_file(folder: str) -> int | None:
    """An unnamed file in `folder` (Linux O_TMPFILE), or None where the platform or the file
    system has none."""
    if not hasattr(os, "O_TMPFILE") or not os.path.isdir("/proc/self/fd"):
        return None
    try:
        return os.open(folder, os.O_TMPFILE | os.O_WRONLY, 0o600)
    except OSError:
        return None


def _name_anonymous(fd: int, folder: str, name: str) -> str:
    """Give the anonymous file a temporary name next to the target (rename needs a name)."""
    folder_fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        for _ in range(100):
            temp = f".{name}.{os.urandom(6).hex()}.tmp"
            try:
                # A dir fd makes Python call linkat(AT_SYMLINK_FOLLOW): plain link() would link
                # the /proc entry itself and fail across devices.
                os.link(f"/proc/self/fd/{fd}", temp, dst_dir_fd=folder_fd, follow_symlinks=True)
                return os.path.join(folder, temp)
            except FileExistsError:
                continue
    finally:
        os.close(folder_fd)
    raise OSError(errno.EEXIST, "no free temporary name", folder)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


@contextmanager
def _signals_as_exit():
    """While a write runs, SIGTERM and SIGHUP end the program through Python (so the
    temporary is removed) instead of killing it on the spot. Main thread only: signal
    handlers cannot be set elsewhere."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {}

    def leave(signum, _frame):
        raise SystemExit(128 + signum)
    for sig in (signal.SIGTERM, getattr(signal, "SIGHUP", None)):
        if sig is not None:
            previous[sig] = signal.signal(sig, leave)
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, signal.SIG_DFL if handler is None else handler)


def _sync_folder(folder: str) -> None:
    # Makes the rename itself durable; not every platform lets a folder be opened.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

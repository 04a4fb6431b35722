"""Which outlet published a URL, from a domain table users can extend.

The bundled table is `timeline/data/outlets.csv` (columns `domain,outlet,timezone`; the
timezone is optional and says how to read the outlet's own wall-clock datelines, e.g. RFI's
"15/09/2023 - 15:46" is Paris time). A CSV named by the environment variable
`TIMELINE_OUTLETS` is merged over it (same columns; its rows win).
"""
from __future__ import annotations

import csv
import os
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

BUNDLED_TABLE = Path(__file__).parent / "data" / "outlets.csv"
ENV_VAR = "TIMELINE_OUTLETS"


@dataclass(frozen=True)
class Outlet:
    name: str
    timezone: ZoneInfo | None


def _read_table(path: Path) -> dict[str, Outlet]:
    table = {}
    with open(path, encoding="utf-8-sig", newline="") as fh:
        for lineno, row in enumerate(csv.DictReader(fh), start=2):
            domain = (row.get("domain") or "").strip().lower().removeprefix("www.")
            name = (row.get("outlet") or "").strip()
            if not domain or not name:
                continue
            tz_name = (row.get("timezone") or "").strip()
            tz = None
            if tz_name:
                try:
                    tz = ZoneInfo(tz_name)
                except (ZoneInfoNotFoundError, ValueError):
                    warnings.warn(f"{path}: line {lineno}: unknown timezone {tz_name!r}; ignored")
            table[domain] = Outlet(name, tz)
    return table


def _current_table() -> dict[str, Outlet]:
    extra_path = os.environ.get(ENV_VAR) or None
    try:
        stamp = os.stat(extra_path).st_mtime_ns if extra_path else None
    except OSError:
        stamp = None
    return _table(extra_path, stamp)


@lru_cache(maxsize=4)
def _table(extra_path: str | None, _modified: int | None) -> dict[str, Outlet]:
    """The bundled table with the user's merged over it; cached per version of the user's
    file, so edits show up in a running app."""
    table = _read_table(BUNDLED_TABLE)
    if extra_path:
        try:
            table.update(_read_table(Path(extra_path)))
        except (OSError, UnicodeDecodeError, csv.Error) as exc:
            warnings.warn(f"{ENV_VAR}={extra_path}: cannot read the outlet table ({exc}); "
                          "using the bundled table only")
    return table


def host_of(url: str) -> str:
    """The URL's host name, lower-case, without a leading "www."; "" when there is none."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:
        return ""
    return host.lower().rstrip(".").removeprefix("www.")


def lookup(url: str) -> Outlet | None:
    """The table row for the URL's domain or its closest listed parent domain
    (cn.nytimes.com -> nytimes.com), or None."""
    host = host_of(url)
    table = _current_table()
    labels = host.split(".")
    for i in range(len(labels) - 1):
        row = table.get(".".join(labels[i:]))
        if row:
            return row
    return None


def outlet_for_url(url: str) -> str:
    """Outlet name for a URL ("RFI", "BBC", ...); an unlisted domain falls back to the host
    name without "www."; "" when the URL has no host."""
    row = lookup(url)
    return row.name if row else host_of(url)


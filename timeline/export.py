"""Stage 5: export a Timeline as JSON, CSV, iCalendar or TimelineJS.

Contract: `export_timeline(timeline, fmt) -> bytes` for fmt in json, csv, ics, timelinejs;
`write_atomic(path, data: bytes)` writes a file so that an interrupted write never leaves a
half file.
"""


def export_timeline(timeline, fmt):  # implemented by the exporters
    raise NotImplementedError


def write_atomic(path, data):
    raise NotImplementedError

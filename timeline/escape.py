"""Article text made safe for each place it is shown, in one module.

Outlet names, titles and sentences come from the pages read, so from whoever wrote them:
`og:site_name` can hold `<img src=x onerror=alert(1)>`. Every sink that reads markup or
commands gets the text through the function named after it:

- `html_text`: HTML element content and attribute values (the TimelineJS `text` HTML);
- `plotly_label`: plotly labels (trace names, axis ticks, hover text), which render a subset
  of HTML (`<a href>`, `<b>`, `<br>`...) and decode entities;
- `timelinejs_text`: every TimelineJS field it renders as HTML (headline, group, display date);
- `ical_text`: iCalendar TEXT values (the `icalendar` library escapes `,;\\` and newlines;
  control characters are not allowed in TEXT at all);
- `csv_cell`: a spreadsheet cell (text a spreadsheet would run as a formula is quoted);
- `terminal_text`: a line in a terminal or a tab-separated listing (no raw control
  characters: a file name with a newline or an escape sequence is shown escaped).
"""
from __future__ import annotations

import html
import re

__all__ = ["html_text", "plotly_label", "timelinejs_text", "ical_text", "csv_cell",
           "terminal_text", "FORMULA_STARTS"]


def html_text(text) -> str:
    """Text as HTML content or a quoted attribute value: no tag, no entity, no quote survives."""
    return html.escape(str(text), quote=True)


def plotly_label(text) -> str:
    """Text shown as itself in a plotly label. Quotes stay: plotly prints `&quot;` literally."""
    return html.escape(str(text), quote=False)


def timelinejs_text(text) -> str:
    """TimelineJS puts headline, text and group into the page as HTML."""
    return html_text(text)


_ICAL_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def ical_text(text) -> str:
    """An iCalendar TEXT value before the library's own escaping: CR/CRLF as newlines (which
    it escapes), other control characters dropped (RFC 5545 forbids them in TEXT)."""
    return _ICAL_CONTROLS.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value):
    """A CSV cell; text a spreadsheet would run as a formula starts with an apostrophe so
    it shows as text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


_TERMINAL_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def terminal_text(text) -> str:
    """Text for one terminal line or one tab-separated field: control characters, line
    breaks and bidi overrides as visible escapes (`\\n`, `\\x1b`, `\\u202e`)."""
    def escaped(m):
        ch = m.group()
        return {"\n": "\\n", "\t": "\\t", "\r": "\\r"}.get(
            ch, f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
    return _TERMINAL_CONTROLS.sub(escaped, str(text))

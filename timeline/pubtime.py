"""Publication time from the markers an article carries.

The outlet's own marker on the page wins over the feed's header epoch (the epoch is when a
feed saw the story, which can be hours off). Markers, in order of trust: JSON-LD
`datePublished` ("page:json-ld"), `article:published_time` style meta ("page:meta"), a
`<time datetime>` element ("page:time-element"), a printed dateline such as RFI's
"15/09/2023 - 15:46" ("page:dateline"). Wall-clock times without an offset are read in the
outlet's timezone, else UTC. A date-only marker is combined with the header epoch when the
epoch falls on that date ("<marker>+header-epoch"); otherwise it stands for noon of that day
in the outlet's timezone, which stays on the same calendar day in UTC.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

from timeline.html_text import Page


# Plausible publication times: from 1990 to a couple of days ahead of now (clock skew). A
# marker outside them is a typo or a placeholder (9999-12-31), and dates beyond the calendar's
# ends cannot be reasoned about ("last week" of 0001-01-01).
EARLIEST = datetime(1990, 1, 1, tzinfo=timezone.utc)
FUTURE_SLACK = timedelta(days=2)


def plausible(value: datetime) -> bool:
    return EARLIEST <= value <= datetime.now(timezone.utc) + FUTURE_SLACK


@dataclass
class Stamp:
    value: datetime          # tz-aware
    date_only: bool          # the marker gave a day, no time of day


_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$")
_ISO_DATE_ONLY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")
_DATELINE_PATTERNS = [
    # 15/09/2023 - 15:46 ; 15.09.2023 15:46 (day/month or month/day: decided below)
    re.compile(r"^(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})"
               r"(?:\s*[-–,|]?\s*(?P<H>\d{1,2})[:：h](?P<M>\d{2}))?$"),
    # 2023-09-15 15:46 ; 2023/09/15
    re.compile(r"^(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})"
               r"(?:\s*[-–,|T]?\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?::\d{2})?)?$"),
    # 2023年9月15日 15:46
    re.compile(r"^(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
               r"(?:\s*(?:[，,]?\s*)(?:星期.|周.)?\s*(?P<H>\d{1,2})[:：](?P<M>\d{2})(?::\d{2})?)?$"),
    # September 15, 2023 3:46 PM ; Sept. 15, 2023 ; 15 September 2023 15:46
    re.compile(r"^(?:(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2}),?|(?P<d2>\d{1,2})\s+(?P<mon2>[A-Za-z]{3,9})\.?)"
               r"\s+(?P<y>\d{4})(?:\s*[-–,|at]*\s*(?P<H>\d{1,2})[:.](?P<M>\d{2})\s*(?P<ampm>[AaPp]\.?[Mm]\.?)?)?"
               r"(?:\s*(?P<utc>UTC|GMT))?$"),
]
_MONTHS = {name[:3]: i for i, name in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
_DATELINE_LABEL = re.compile(
    r"^(?:发布时间|發布時間|发布于|發佈於|发表时间|發表時間|时间|時間|日期|"
    r"Published(?: on)?|Posted(?: on)?|Date)\s*[:：]?\s*", re.I)


def parse_dateline(text: str, tz: ZoneInfo | timezone | None = None,
                   near: datetime | None = None) -> Stamp | None:
    """A block that is only a publication date(time) — RFI's "15/09/2023 - 15:46",
    "2023年9月15日 15:46", "发布时间：2023-09-15". Wall-clock time in `tz` (else UTC)."""
    text = _DATELINE_LABEL.sub("", text.strip())
    if len(text) > 40:
        return None
    if _ISO_STAMP.match(text):                     # 2023-09-15T15:46:00+08:00
        try:
            stamp = datetime.fromisoformat(text)
        except ValueError:
            return None
        return Stamp(stamp if stamp.tzinfo else stamp.replace(tzinfo=tz or timezone.utc), False)
    for pattern in _DATELINE_PATTERNS:
        m = pattern.match(text)
        if not m:
            continue
        groups = m.groupdict()
        year = int(groups["y"])
        if "a" in groups:
            a, b = int(groups["a"]), int(groups["b"])
            options = [(b, a), (a, b)]          # (month, day): day-first is the wider custom
            if tz is not None and str(tz).startswith("America/"):
                options.reverse()
            options = [(mo, d) for mo, d in options if 1 <= mo <= 12 and 1 <= d <= 31]
            if near is not None and len(options) > 1:
                options.sort(key=lambda md: abs(_days_between(year, md, near)))
        elif groups.get("mon") or groups.get("mon2"):
            month = _MONTHS.get((groups["mon"] or groups["mon2"])[:3].lower())
            if month is None:
                continue
            options = [(month, int(groups["d"] or groups["d2"]))]
        else:
            options = [(int(groups["m"]), int(groups["d"]))]
        if groups.get("utc"):
            tz = timezone.utc
        hour = groups.get("H")
        if hour is not None and groups.get("ampm"):
            hour = str(int(hour) % 12 + (12 if groups["ampm"][0] in "Pp" else 0))
        for month, day in options:
            try:
                day_value = date(year, month, day)
            except ValueError:
                continue
            minute = groups.get("M")
            if hour is not None and int(hour) < 24 and int(minute) < 60:
                wall = datetime.combine(day_value, time(int(hour), int(minute)))
                return Stamp(wall.replace(tzinfo=tz or timezone.utc), False)
            return _date_only_stamp(day_value, tz)
    return None


def _days_between(year: int, month_day: tuple[int, int], near: datetime) -> int:
    try:
        return (date(year, *month_day) - near.date()).days
    except ValueError:
        return 10 ** 6


def _date_only_stamp(day_value: date, tz: ZoneInfo | None) -> Stamp:
    # Noon local time stays on the same calendar day in UTC for every real timezone.
    return Stamp(datetime.combine(day_value, time(12)).replace(tzinfo=tz or timezone.utc), True)


_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?![0-9])")


def parse_timestamp(value: str, tz: ZoneInfo | None = None) -> Stamp | None:
    """ISO 8601 (with or without offset / time), RFC 2822, or a dateline form."""
    value = (value or "").strip()
    if not value:
        return None
    m = _ISO_DATE_ONLY.match(value)
    if m:
        try:
            return _date_only_stamp(date(*map(int, m.groups())), tz)
        except ValueError:
            return None
    try:
        parsed = datetime.fromisoformat(value.replace(" ", "T", 1) if "T" not in value else value)
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            parsed = None
    if parsed is None:
        stamp = parse_dateline(value, tz)
        if stamp is not None or not _YEAR.search(value):
            return stamp
        # A zone abbreviation (2021-01-03T17:40:00EET) or a written date in another language
        # (jueves, 09 enero 2014 10:21): dateparser reads them. Only values with a year: a page
        # marker such as "3 hours ago" would be read against today. Imported here: rare, and
        # dateparser takes a while to load.
        import dateparser
        parsed = dateparser.parse(value, settings={"TIMEZONE": str(tz or "UTC"), "RETURN_AS_TIMEZONE_AWARE": True,
                                                   "PREFER_DAY_OF_MONTH": "first"})
        if parsed is None:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz or timezone.utc)
    return Stamp(parsed, False)


def publication_time(page: Page, header_time: datetime | None, tz: ZoneInfo | None
                     ) -> tuple[datetime | None, str, datetime | None]:
    """(published, published_source, page_time); published is None when the article has
    neither a plausible page marker nor a header epoch (then published_source says why, when
    the page had an implausible marker). Markers before 1990 or in the future are passed over."""
    stamp, source, implausible = None, "", []
    candidates = [(name, raw, lambda raw: parse_timestamp(raw, tz)) for name, raw in page.time_candidates]
    candidates += [("page:dateline", raw, lambda raw: parse_dateline(raw, tz, header_time))
                   for raw in page.dateline_candidates]
    for source_name, raw, parse in candidates:
        try:
            found = parse(raw)
        except OverflowError:      # an offset that pushes the time past the calendar's end
            found, implausible = None, implausible + [raw]
        if found is not None and not plausible(found.value):
            found, implausible = None, implausible + [raw]
        if found is not None:
            stamp, source = found, source_name
            break
    if stamp is None:
        if header_time is None:
            if implausible:
                return None, (f"the page's publication date {implausible[0].strip()[:40]!r} is "
                              f"not plausible (before 1990 or in the future)"), None
            return None, "", None
        return header_time, "header-epoch", None
    page_time = stamp.value
    if stamp.date_only and header_time is not None:
        header_day = header_time.astimezone(tz or timezone.utc).date()
        if header_day == page_time.date():
            return header_time, f"{source}+header-epoch", page_time
    return page_time, source, page_time

"""The rule engine: runs a language's rule table over a text and picks the mentions.

Every rule is a name, a regex over the normalised text (see `timeline.textnorm`), a `resolve`
function turning a match into one or more `Reading`s, and a few examples. The engine
1. matches every rule on the normalised text (URLs blanked out),
2. keeps the longest match where matches overlap (ties: the earlier rule in the table); a
   silent rule's match (a dateline) wins like any other and gives no mention,
3. resolves, in text order, the rules that read the dates before them (翌日 / the next day
   up to a few paragraphs back; 3月2日 after 2022年2月24日 takes 2022), then the others' readings,
4. joins two mentions with only a range word between them (2016年9月20日至2017年1月8日,
   大前年5月到今年1月, 从上周到今天) into one span, and a mention followed by "until now"
   (2003年起至今) into a span ending on the reference day, as Duckling composes intervals,
5. lowers the confidence of readings the text hedges (see `_hedged`) and drops what falls
   under `min_confidence`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Union

from timeline.dater.calendar_math import shift_month, valid_date
from timeline.textnorm import normalize_for_matching

# Confidence levels, one meaning each.
ABSOLUTE = 0.95     # the text gives the year
INFERRED = 0.85     # year, month or week inferred from the reference date and tense
ANAPHORIC = 0.6     # anchored on the date mentioned before
HEDGED = 0.4        # below the default cut: plans "this month", "today" inside a quotation
STATISTIC = 0.45    # below the default cut: a span a figure covers (今年前三个月, the past three years)

# How many paragraphs above its own a day anaphor (同日, 当天, the same day) may look for its day:
# news sites give nearly every sentence its own paragraph, so "同日，…" opens a paragraph and
# refers to a date one or two paragraphs up. Further up, the link is too loose to trust.
ANAPHOR_PARAGRAPHS = 3

_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff01-\uff5e\u201c\u201d\"'<>]+")


@dataclass(frozen=True)
class Reading:
    """The value of one matched expression."""
    start: date
    end: date
    grain: str
    kind: str
    confidence: float
    time_of_day: str | None = None
    span: tuple[int, int] | None = None  # when the mention is not the whole match


Resolved = Union[Reading, list[Reading], None]


def _resolve(rule: "Rule", match: re.Match, ctx: "Context") -> list[Reading]:
    """A rule's readings; a resolver raises ValueError when the match is no real date (十七五日,
    30 February): that match simply gives nothing."""
    try:
        resolved = rule.resolve(match, ctx)
    except ValueError:
        return []
    if resolved is None:
        return []
    return resolved if isinstance(resolved, list) else [resolved]


@dataclass(frozen=True)
class Rule:
    name: str
    pattern: str
    resolve: Callable[[re.Match, "Context"], Resolved] | None   # None for a silent rule
    examples: tuple[tuple[str, str], ...] = ()   # (text, "START[..END] GRAIN") at the table's EXAMPLE_REF
    anaphoric: bool = False     # reads the dates before it (翌日; a year carried over): resolved in text order
    deictic_day: bool = False   # today/明天...: inside a quotation its "now" is the speaker's
    anchor: str = ""            # regex found in every match: texts without it skip the rule
    silent: bool = False        # the match is no event date and hides the dates in it (a dateline)
    regex: re.Pattern = field(init=False, repr=False, compare=False)
    anchor_regex: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        object.__setattr__(self, "regex", re.compile(self.pattern))
        object.__setattr__(self, "anchor_regex", re.compile(self.anchor) if self.anchor else None)


@dataclass(frozen=True)
class Language:
    """What the engine needs to know about a language besides its rules."""
    rules: tuple[Rule, ...]
    future_before: re.Pattern   # future marker in the words before a date (将, will)
    future_after: re.Pattern    # ... or right after it
    intent_near: re.Pattern     # plan / wish marker right next to a date (计划, 能够, plans to)
    clause_breaks: str          # characters a tense marker does not reach across
    window_before: int
    window_after: int
    # what ends the look *after* a date; by default the clause, but a topic date is followed by
    # a comma and then its predicate (周五，公司将发布 / 下半年，经济有望回暖)
    breaks_after: str | None = None
    intent_before: int = 4      # how far a plan marker may sit from the date
    # a date in a clause that places something else in time (…之后，; after … on Friday) is a
    # landmark, not the day a story narrates: the clause before it, or the end of the clause after it
    landmark_before: re.Pattern | None = None
    landmark_after: re.Pattern | None = None
    landmark_reach: int = 24
    intent_after: int = 3
    quotes: tuple[tuple[str, str], ...] = (("\u201c", "\u201d"), ("\u300c", "\u300d"))
    # what may stand between two dates of one grain to make them one run (2018/08/05 - 2018/08/16,
    # Jan. 5 to Feb. 3); `range_and` is the "and" of "between X and Y", with the opener before X
    range_joiner: re.Pattern | None = None
    range_and: re.Pattern | None = None
    range_opener: re.Pattern | None = None
    # range_joiner also joins dates of different grains, at the coarser (上周到今天, 2022年5月到2023年),
    # and a tense-read weekday after the first day runs forward (周五至周一)
    range_any_grain: bool = False
    # after a date, "until now" (起至今, 到现在): the span runs to the reference day
    until_now: re.Pattern | None = None
    # what may follow a bare year for it to be the topic of its sentence (2019年，…3月至8月):
    # the year then carries to the months and days after it, as a day or month already does
    topic_year_after: re.Pattern | None = None
    # an offset written right before a day (two days after Christmas, 2 weeks before Friday):
    # `offset_before` matches it, ending where the day begins; `shift_by(match, reading)` gives
    # the day it names
    offset_before: re.Pattern | None = None
    shift_by: Callable[[re.Match, "Reading"], "Reading | None"] | None = None
    # one search for all the rules' anchors: a text without any holds no date
    any_anchor: re.Pattern | None = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        union = None
        if all(rule.anchor for rule in self.rules):
            anchors = dict.fromkeys(rule.anchor for rule in self.rules)   # each once, in order
            union = re.compile("|".join(f"(?:{anchor})" for anchor in anchors))
        object.__setattr__(self, "any_anchor", union)


@dataclass
class Mention:
    """A resolved mention during the run (becomes a DateMention at the end)."""
    offset: int
    end_offset: int
    reading: Reading
    rule: Rule
    paragraph: int


MODIFIER_REACH = 24          # characters read past the future window to find a modifier's 的


class Context:
    """What a rule's resolve function may ask about the text around its match."""

    def __init__(self, text: str, norm: str, reference: date, language: Language, prefer_future: bool = False):
        self.text = text
        self.prefer_future = prefer_future
        self.norm = norm
        self.reference = reference
        self.language = language
        self.previous: list[Mention] = []
        self.unknown_days: list[int] = []  # offsets of day anaphors that found no day
        self._paragraph_starts = [0]
        newline = norm.find("\n")
        while newline >= 0:
            self._paragraph_starts.append(newline + 1)
            newline = norm.find("\n", newline + 1)
        self._quoted = None

    def paragraph(self, pos: int) -> int:
        lo, hi = 0, len(self._paragraph_starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self._paragraph_starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _clause_before(self, start: int, width: int) -> str:
        lo = max(0, start - width)
        window = self.norm[lo:start]
        for i in range(len(window) - 1, -1, -1):
            if window[i] in self.language.clause_breaks:
                return window[i + 1:]
        return window

    def _clause_after(self, end: int, width: int, breaks: str) -> str:
        window = self.norm[end:end + width]
        for i, ch in enumerate(window):
            if ch in breaks:
                return window[:i]
        return window

    def is_future(self, start: int, end: int) -> bool:
        """A future marker (将, will, plans to) governs the date at [start:end], or the caller
        asked for open dates to be read as coming ones."""
        if self.prefer_future:
            return True
        lang = self.language
        if lang.future_before.search(self._clause_before(start, lang.window_before)):
            return True
        # The marker must sit within the window after the date, but the text past the window is
        # read too, so a marker inside a noun's modifier (与准备前往新潟的飞机) can be told apart.
        after = self._clause_after(end, lang.window_after + MODIFIER_REACH, lang.breaks_after or lang.clause_breaks)
        found = lang.future_after.search(after)
        return bool(found) and found.end() <= lang.window_after

    def is_intended(self, start: int, end: int) -> bool:
        """A plan or wish marker sits right next to the date (计划本月, 9月能够, plans to ... in June)."""
        lang = self.language
        return bool(lang.intent_near.search(self._clause_before(start, lang.intent_before))
                    or lang.intent_near.search(self._clause_after(end, lang.intent_after, lang.clause_breaks)))

    def in_quote(self, pos: int) -> bool:
        if self._quoted is None:
            self._quoted = _quotations(self.norm, self.language.quotes)
        return any(start < pos < end for start, end in self._quoted)

    def year_anchor(self, pos: int) -> date | None:
        """The date the text gave just before `pos` (same paragraph) with its own year, at day or
        month grain: "2022年2月24日 ... 3月2日" and "Feb. 24, 2022 ... March 2" stay in 2022."""
        before = self.antecedent(pos)
        if before and before.reading.kind == "absolute" and before.reading.grain in ("day", "month", "month_part"):
            return before.reading.start
        if (before and before.reading.kind == "absolute" and before.reading.grain == "year"
                and self.language.topic_year_after is not None
                and self.language.topic_year_after.match(self.norm, before.end_offset)
                and not re.search(r"[。！？!?\n]", self.norm[before.end_offset:pos])):
            # 2 July, mid-year: the month or day nearest to it is always in that year (from
            # 1 January, 2019年，…9月 was nearer in 2018)
            return date(before.reading.start.year, 7, 2)
        return None

    def day_antecedent(self, pos: int, future: bool = False) -> Mention | None:
        """The day a day anaphor at `pos` (同日, 当天, the same day) refers to: the last day-grain
        date before it in its own paragraph; failing that, the story's narrated day among the
        day-grain dates of the ANAPHOR_PARAGRAPHS above: the nearest, unless it is a look back,
        i.e. a later day is told there more often (普京18日晚抵达马里乌波尔 between two paragraphs
        on the 20th). A story that moves on (周一…周一晚…周二…当天) is at its nearest day, and a
        tie keeps the nearest too (began Aug. 24 … the same day). A date that only places
        something else in time (上周五…之后，; comes days after … on Friday) is a landmark, not
        a narrated day. Coarser dates (2011年, last month) are background and
        skipped. A date under a future marker (将于周四开始) or after the publication day is a
        plan, not the day being narrated, so a date that is not one wins over it, unless the
        anaphor is itself in the future (将于24日开始，当天将…)."""
        para = self.paragraph(pos)
        narrated: list[Mention] = []   # nearest first
        fallback = None                # a plan or a landmark, when nothing else is there
        for mention in reversed(self.previous):
            if mention.end_offset > pos:
                continue
            if mention.paragraph < para - ANAPHOR_PARAGRAPHS:
                break
            if any(self._paragraph_starts[mention.paragraph] <= unknown < pos for unknown in self.unknown_days):
                # a day anaphor that found no day (同一天，…) leaves its paragraph's narrative day
                # unknown: a date inside it (针对4日披露的消息) is a detail, not that day
                break
            if mention.reading.grain != "day":
                continue
            is_plan = (mention.reading.start > self.reference
                       or self.is_future(mention.offset, mention.end_offset))
            if is_plan and not future:
                fallback = fallback or mention
                continue
            if mention.paragraph == para:
                return mention
            if self.is_landmark(mention.offset, mention.end_offset):
                fallback = fallback or mention
                continue
            narrated.append(mention)
        if not narrated:
            return fallback
        told: dict[tuple[date, date], int] = {}   # a weekend (18-19) is not its Saturday told again
        for mention in narrated:
            days = (mention.reading.start, mention.reading.end)
            told[days] = told.get(days, 0) + 1
        nearest = narrated[0]
        most_told = max(narrated, key=lambda m: told[m.reading.start, m.reading.end])
        if (most_told.reading.start > nearest.reading.start
                and told[most_told.reading.start, most_told.reading.end] > told[nearest.reading.start, nearest.reading.end]):
            return most_told  # the nearest day is a look back from the day the story is at
        return nearest

    def is_landmark(self, start: int, end: int) -> bool:
        """The date only places another event in time: 上周五发出逮捕令之后，…; after … on Friday."""
        lang = self.language
        return bool((lang.landmark_before and lang.landmark_before.search(
                        self._clause_before(start, lang.landmark_reach)))
                    or (lang.landmark_after and lang.landmark_after.search(
                        self._clause_after(end, lang.landmark_reach, lang.clause_breaks))))

    def antecedent(self, pos: int) -> Mention | None:
        """The last date mentioned before `pos` in the same paragraph."""
        para = self.paragraph(pos)
        for mention in reversed(self.previous):
            if mention.end_offset <= pos:
                return mention if mention.paragraph == para else None
        return None


def _quotations(norm: str, quotes) -> list[tuple[int, int]]:
    """Spans between a quotation mark pair; a quotation never runs past its paragraph."""
    spans = []
    for opening, closing in quotes:
        spans += [m.span() for m in re.finditer(f"{opening}[^{closing}\n]*{closing}", norm)]
    return spans


# A match reaches at most this far on either side of its anchor (当地时间周六上午, 2022年11月至2023年2月).
_ANCHOR_REACH = 48


def _matches(rule: Rule, norm: str, present: dict):
    """The rule's matches, searched only around its anchors: most sentences hold no 月 or 周三,
    and in a long article the stretches between dates are never scanned. `present` keeps, per
    text, whether an anchor is in it: rules sharing an anchor search for it once."""
    if rule.anchor_regex is None:
        return rule.regex.finditer(norm)
    found = present.get(rule.anchor)
    if found is None:
        found = present[rule.anchor] = bool(rule.anchor_regex.search(norm))
    if not found:
        return ()
    if len(norm) <= 4 * _ANCHOR_REACH:
        return rule.regex.finditer(norm)
    return _matches_near_anchors(rule, norm)


def _matches_near_anchors(rule: Rule, norm: str):
    windows: list[list[int]] = []
    for hit in rule.anchor_regex.finditer(norm):
        lo, hi = max(0, hit.start() - _ANCHOR_REACH), hit.end() + _ANCHOR_REACH
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    for lo, hi in windows:
        yield from rule.regex.finditer(norm, lo, min(hi, len(norm)))


def run(text: str, reference: date, language: Language, min_confidence: float, prefer_future: bool = False):
    """Yield (expression, offset, reading, rule name) for every mention kept, in text order."""
    norm = _URL.sub(lambda m: " " * len(m.group()), normalize_for_matching(text))
    if language.any_anchor and not language.any_anchor.search(norm):
        return
    ctx = Context(text, norm, reference, language, prefer_future)

    # 1. All matches. Anaphoric rules wait for their antecedents (step 3).
    groups = []  # (match start, match end, rule index, match, readings or None)
    present: dict[str, bool] = {}
    for index, rule in enumerate(language.rules):
        for match in _matches(rule, norm, present):
            if match.end() == match.start():
                continue
            if rule.silent:
                groups.append((match.start(), match.end(), index, match, []))
                continue
            if rule.anaphoric:
                groups.append((match.start(), match.end(), index, match, None))
                continue
            readings = _resolve(rule, match, ctx)
            if readings:
                groups.append((match.start(), match.end(), index, match, readings))

    # 2. Longest match wins, then the earlier rule.
    groups.sort(key=lambda g: (g[0] - g[1], g[2], g[0]))
    taken = bytearray(len(norm))
    kept = []
    for group in groups:
        start, end = group[0], group[1]
        if any(taken[start:end]):
            continue
        taken[start:end] = b"\x01" * (end - start)
        kept.append(group)
    kept.sort(key=lambda g: g[0])

    # 3. Resolve in text order so anaphora sees the dates before it.
    for start, end, index, match, readings in kept:
        rule = language.rules[index]
        if readings is None:
            readings = _resolve(rule, match, ctx)
        for reading in readings:
            lo, hi = reading.span or (start, end)
            while lo < hi and norm[lo].isspace():  # optional parts of a pattern may leave blanks
                lo += 1
            while hi > lo and norm[hi - 1].isspace():
                hi -= 1
            ctx.previous.append(Mention(lo, hi, reading, rule, ctx.paragraph(lo)))

    # 4. Spans composed of two dates, or of a date and "now".
    if language.range_joiner:
        ctx.previous = _join_ranges(ctx.previous, norm, language)
    if language.until_now:
        ctx.previous = _until_now(ctx)

    if language.offset_before:
        ctx.previous = _offsets_before(ctx)

    # 5. Hedges.
    for mention in ctx.previous:
        reading = mention.reading
        if _hedged(mention, ctx):
            reading = Reading(reading.start, reading.end, reading.grain, reading.kind,
                              min(reading.confidence, HEDGED), reading.time_of_day, reading.span)
        if reading.confidence >= min_confidence:
            yield text[mention.offset:mention.end_offset], mention.offset, reading, mention.rule.name


RANGE_RULE = Rule("range", r"(?!)", None)
UNTIL_NOW_RULE = Rule("range_until_now", r"(?!)", None)
_RANGE_GRAINS = ("day", "month", "year")
GRAINS = ("day", "week", "month_part", "month", "quarter", "half_year", "year_part", "year", "decade")


def _join_ranges(mentions: list[Mention], norm: str, language: Language) -> list[Mention]:
    """Two dates of one grain with only a joiner between them (X - Y, X to Y, between X and Y)
    are one run from the first to the second, composed from the readings the rules gave, so
    every pair of forms the rules know joins without a rule of its own. A second date that is
    not after the first (a year guessed apart) stays two dates. With `range_any_grain` (Chinese:
    上周到今天, 2022年5月到2023年) the grains may differ, the run taking the coarser, and the second
    may start inside the first."""
    joined: list[Mention] = []
    for mention in mentions:
        if joined:
            first = joined[-1]
            between = norm[first.end_offset:mention.offset]
            joins = first.end_offset <= mention.offset and (bool(language.range_joiner.fullmatch(between)) or bool(
                language.range_and and language.range_and.fullmatch(between) and language.range_opener
                and language.range_opener.search(norm[max(0, first.offset - 12):first.offset])))
            a, b = first.reading, mention.reading
            if (joins and language.range_any_grain and b.kind == "relative" and b.grain == "day"
                    and b.start == b.end and timedelta(0) < a.start - b.end < timedelta(days=7)):
                # a span runs forward: a weekday read by tense (周五至周一 in past reporting gave
                # this Monday, then last Friday...) is the one after the first day
                b = Reading(b.start + timedelta(days=7), b.end + timedelta(days=7), "day", b.kind, b.confidence)
            if (joins and language.range_any_grain and b.kind == "relative" and b.grain == "day"
                    and b.start == b.end and b.start < a.start):
                # the end of a run is after its start: 8月4日至7日 ends on 8月7日, whatever month
                # the 7日 alone was read in (English ends name their month: see below)
                b = _after(b, a.start)
            if language.range_any_grain:
                fits = b.end >= a.start and (a.start, a.end) != (b.start, b.end)
                grain = max(a.grain, b.grain, key=lambda g: GRAINS.index(g) if g in GRAINS else 0)
            else:
                if (joins and a.grain == b.grain and a.grain in ("day", "month") and b.kind == "relative"
                        and b.start <= a.end):
                    # a span runs forward: an end whose year was guessed apart (10 August -
                    # 12 September, read in August: last September) is in the next year
                    later = _a_year_later(b)
                    b = later if later and later.start > a.end else b
                fits = a.grain == b.grain and a.grain in _RANGE_GRAINS and b.start > a.end
                grain = a.grain
            if (joins and fits and first.paragraph == mention.paragraph
                    and a.span is None and b.span is None):
                kind = a.kind if a.kind == b.kind else "relative"
                reading = Reading(a.start, b.end, grain, kind, min(a.confidence, b.confidence))
                joined[-1] = Mention(first.offset, mention.end_offset, reading, RANGE_RULE, first.paragraph)
                continue
        joined.append(mention)
    return joined


def _after(reading: Reading, start: date) -> Reading:
    """The reading's day-of-month in the first month that puts it on or after `start`."""
    for step in range(1, 13):
        year, month = shift_month(reading.start.year, reading.start.month, step)
        day = valid_date(year, month, reading.start.day)
        if day and day >= start:
            return Reading(day, day, "day", reading.kind, reading.confidence, reading.time_of_day)
    return reading


def _a_year_later(reading: Reading) -> Reading | None:
    try:
        start, end = reading.start.replace(year=reading.start.year + 1), reading.end.replace(year=reading.end.year + 1)
    except ValueError:   # 29 February
        return None
    return Reading(start, end, reading.grain, reading.kind, reading.confidence, reading.time_of_day)


OFFSET_RULE = Rule("offset_before_date", r"(?!)", None)


def _offsets_before(ctx: Context) -> list[Mention]:
    """`N units before/after` a day: one mention of the day it names, over both; a mention the
    offset words alone gave (two days before, read from the clause) gives way to it."""
    out: list[Mention] = []
    for mention in ctx.previous:
        reading = mention.reading
        found = (ctx.language.offset_before.search(ctx.norm, max(0, mention.offset - 40), mention.offset)
                 if reading.grain == "day" and reading.start == reading.end else None)
        shifted = found and ctx.language.shift_by(found, reading)
        if shifted:
            while out and out[-1].end_offset > found.start():
                out.pop()
            mention = Mention(found.start(), mention.end_offset, shifted, OFFSET_RULE, mention.paragraph)
        out.append(mention)
    return out


def _until_now(ctx: Context) -> list[Mention]:
    """`A 起至今` / `A 到现在`: one mention from A's start to the reference day."""
    out = []
    for mention in ctx.previous:
        found = ctx.language.until_now.match(ctx.norm, mention.end_offset)
        if found and mention.reading.start <= ctx.reference:
            r = mention.reading
            mention = Mention(mention.offset, found.end(), Reading(r.start, ctx.reference, r.grain, r.kind, r.confidence),
                              UNTIL_NOW_RULE, mention.paragraph)
        out.append(mention)
    return out



def _hedged(mention: Mention, ctx: Context) -> bool:
    reading = mention.reading
    # "今天/today" in a quotation is the day the speaker spoke, not the publication day.
    if mention.rule.deictic_day and ctx.in_quote(mention.offset):
        return True
    # A week or month that is still running, named with a plan or a wish (计划本月访俄, 9月能够出访),
    # dates an intention, not an event. (A part of it, 预计本月底完成, is a schedule: kept.)
    if (reading.grain in ("week", "month") and reading.kind == "relative"
            and reading.start <= ctx.reference <= reading.end
            and ctx.is_intended(mention.offset, mention.end_offset)):
        return True
    return False

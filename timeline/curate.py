"""Corrections a user makes to the timeline, kept across rebuilds.

No merge is perfect: a user joins two events the merge left apart, takes a mention out of an event
it does not belong to (into an event of its own or into another one), renames an event, hides an
event or a single mention. Each correction is one line of a plain JSON Lines file beside the
input (`seeds` -> `seeds.corrections.jsonl`), with who made it and when:

    {"action": "merge", "mention": "000_adbef3cad43c41d8.txt:258:本周三",
     "event": ["000_adbef3cad43c41d8.txt:258:本周三", "003_b53b4a0bd97847b9.txt:95:周三"],
     "other": "003_b53b4a0bd97847b9.txt:735:周三下午", "other_event": ["003_b53b4a0bd97847b9.txt:735:周三下午"],
     "label": "", "by": "ana", "at": "2026-12-03T14:05:11+00:00", "id": "c5f3a1e2"}

A correction names mentions by a stable key, article file + offset of the date in the article +
the date's words, never by event numbers (e1, e2 ... change whenever the timeline does). An
action on an event keeps the keys of all the event's mentions then (`event`, `other_event`): it
finds the event again through any of them that is still there. Every build re-applies the
corrections in the order they were made, after the merge; one whose mentions are no longer in
the articles (the article was removed or edited) is reported by its id, action, author and the
missing mention, and the others still apply.

Actions (`mention` is a mention of the event acted on; `other` a mention of the second event):
    merge         the events of `mention` and `other` become one
    split         `mention` leaves its event: into an event of its own, or into `other`'s
    rename        the event of `mention` is called `label`
    hide          the event of `mention` is left out of the timeline
    hide_mention  `mention` alone is left out (its event keeps its other mentions)

Two writers (two browser tabs, the app and the CLI) never lose a correction: each write takes a
lock, re-reads the file and replaces it atomically with the old lines plus the new one.
"""
from __future__ import annotations

import fcntl
import json
import os
import uuid
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ACTIONS = ("merge", "split", "rename", "hide", "hide_mention")
NEEDS_OTHER = {"merge"}
SUFFIX = ".corrections.jsonl"


def mention_key(file: str, offset: int, expression: str) -> str:
    """The stable name of a date mention: article file, the date's offset in the article text,
    and the date's words."""
    return f"{file}:{offset}:{expression}"


@dataclass(frozen=True)
class Correction:
    action: str
    mention: str
    other: str = ""
    label: str = ""
    event: tuple = ()            # every mention of the event acted on, when it was made
    other_event: tuple = ()      # every mention of the other event
    by: str = ""
    at: str = ""
    id: str = field(default_factory=lambda: "c" + uuid.uuid4().hex[:8])

    def describe(self) -> str:
        what = {"merge": f"merge {self.mention} with {self.other}",
                "split": f"split {self.mention} out" + (f" into the event of {self.other}" if self.other else ""),
                "rename": f"rename the event of {self.mention} to {self.label!r}",
                "hide": f"hide the event of {self.mention}",
                "hide_mention": f"hide the mention {self.mention}"}.get(self.action, self.action)
        who = f" by {self.by}" if self.by else ""
        when = f" at {self.at}" if self.at else ""
        return f"{self.id} ({what}{who}{when})"


def new_correction(action, mention, other="", label="", by="", event=(), other_event=()) -> Correction:
    """A correction stamped with its author and the time now (UTC); raises ValueError when it
    misses what its action needs."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r} (one of {', '.join(ACTIONS)})")
    if not mention:
        raise ValueError(f"{action}: which mention?")
    if action in NEEDS_OTHER and not other:
        raise ValueError("merge: a mention of the other event is needed")
    if action == "rename" and not (label or "").strip():
        raise ValueError("rename: the new label is empty")
    return Correction(action=action, mention=mention, other=other or "", label=(label or "").strip(),
                      event=tuple(event), other_event=tuple(other_event),
                      by=by or os.environ.get("USER", ""),
                      at=datetime.now(timezone.utc).isoformat(timespec="seconds"))


def corrections_path(inputs) -> Path:
    """Where the corrections of these inputs live: beside the first one (a folder `seeds` ->
    `seeds.corrections.jsonl` next to it; a file `a.html` -> `a.html.corrections.jsonl`)."""
    first = Path(os.fspath(list(inputs)[0])).resolve()
    return first.with_name(first.name + SUFFIX)


def _parse(line: str) -> Correction:
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    unknown = set(data) - {f for f in Correction.__dataclass_fields__}
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(sorted(unknown))}")
    if data.get("action") not in ACTIONS:
        raise ValueError(f"unknown action {data.get('action')!r}")
    if not isinstance(data.get("mention"), str) or not data["mention"]:
        raise ValueError("no mention key")
    if data["action"] in NEEDS_OTHER and not data.get("other"):
        raise ValueError("merge without the other event's mention")
    for name in ("event", "other_event"):
        if not isinstance(data.get(name, []), list):
            raise ValueError(f"{name} is not a list of mention keys")
    return Correction(**{k: tuple(str(x) for x in v) if isinstance(v, list) else str(v) for k, v in data.items()})


def read_corrections(path) -> tuple[list[Correction], list[str]]:
    """The corrections of the file in the order they were made (none when there is no file),
    and a message naming the file and line for each line that cannot be read."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return [], []
    except (OSError, UnicodeDecodeError) as exc:
        return [], [f"{path}: cannot read the corrections ({exc})"]
    corrections, problems = [], []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            corrections.append(_parse(line))
        except (ValueError, TypeError) as exc:
            problems.append(f"{path}: line {lineno}: not a correction ({exc}); skipped")
    return corrections, problems


@contextmanager
def _locked(path: Path):
    """An exclusive lock beside the file, held while it is re-read and replaced."""
    with open(path.with_name(path.name + ".lock"), "a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def _rewrite(path: Path, change) -> None:
    from timeline.output import write_output

    with _locked(path):
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            lines = []
        lines = change([line for line in lines if line.strip()])
        # Replaced atomically, also when the last correction was undone and the file is empty.
        write_output(path, ("\n".join(lines) + "\n" if lines else "").encode("utf-8"), force=True)


def add_correction(path, correction: Correction) -> Correction:
    """Append `correction` to the file (re-read under a lock, replaced atomically)."""
    fields = asdict(correction)
    fields = {k: list(v) if isinstance(v, tuple) else v for k, v in fields.items()}
    line = json.dumps(fields, ensure_ascii=False)
    _rewrite(Path(path), lambda lines: lines + [line])
    return correction


def remove_correction(path, correction_id: str) -> bool:
    """Take the correction with this id out of the file; False when there is none."""
    removed = []

    def change(lines):
        kept = []
        for line in lines:
            try:
                same = json.loads(line).get("id") == correction_id
            except (ValueError, AttributeError):
                same = False
            (removed if same else kept).append(line)
        return kept
    _rewrite(Path(path), change)
    return bool(removed)


@dataclass
class Curation:
    """The merge's events after the corrections: `groups[i]` is mention i's event number (None:
    hidden); `names` event number -> label given by a user; `hidden` event numbers left out;
    `applied` the corrections that applied; `unapplied` (correction, why) for the others."""
    groups: list
    names: dict = field(default_factory=dict)
    hidden: set = field(default_factory=set)
    applied: list = field(default_factory=list)
    unapplied: list = field(default_factory=list)


def apply_corrections(keys, groups, corrections) -> Curation:
    """Re-apply `corrections` (in order) to the merge's event numbers `groups` of the mentions
    whose stable keys are `keys`. Cost: one pass over the mentions, then each correction moves
    only the mentions of the smaller event."""
    groups = list(groups)
    index = {}
    for i, key in enumerate(keys):
        index.setdefault(key, i)
    members: dict = {}
    for i, g in enumerate(groups):
        members.setdefault(g, set()).add(i)
    next_group = max(members, default=-1) + 1
    result = Curation(groups)

    def move(source, target):
        for i in members.pop(source):
            groups[i] = target
            members[target].add(i)
        if source in result.names and target not in result.names:
            result.names[target] = result.names.pop(source)
        result.names.pop(source, None)
        if source in result.hidden:
            result.hidden.discard(source)
            result.hidden.add(target)

    def find(key, alternatives):
        """Mention index of `key`, else of the first of `alternatives` still there and shown."""
        for k in (key, *alternatives):
            if k in index and groups[index[k]] is not None:
                return index[k]
        return None

    for c in corrections:
        event_level = c.action in ("merge", "rename", "hide")
        i = find(c.mention, c.event if event_level else ())
        j = find(c.other, c.other_event) if c.other else None
        if i is None or (c.other and j is None):
            gone = [k for k, alt, found in ((c.mention, c.event if event_level else (), i),
                                            (c.other, c.other_event, j)) if k and found is None]
            result.unapplied.append((c, " and ".join(
                f"mention {k} is " + ("hidden by an earlier correction" if k in index else "no longer in the articles")
                for k in gone)))
            continue
        g = groups[i]
        if c.action == "merge":
            other = groups[j]
            if other != g:
                # The event the user acted on keeps its name; the smaller one moves.
                if len(members[g]) >= len(members[other]):
                    move(other, g)
                else:
                    name = result.names.get(g)
                    move(g, other)
                    if name is not None:
                        result.names[other] = name
        elif c.action == "split":
            if c.other:
                target = groups[j]
            else:
                target = next_group
                next_group += 1
                members[target] = set()
            if target != g:
                members[g].discard(i)
                if not members[g]:
                    del members[g]
                    result.names.pop(g, None)
                groups[i] = target
                members[target].add(i)
        elif c.action == "rename":
            result.names[g] = c.label
        elif c.action == "hide":
            result.hidden.add(g)
        elif c.action == "hide_mention":
            members[g].discard(i)
            if not members[g]:
                del members[g]
            groups[i] = None
        result.applied.append(c)
    return result

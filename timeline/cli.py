"""The `timeline` command line: dates, articles, events, export, eval, curate (+ `serve` from the app)."""
from __future__ import annotations

import argparse
import errno
import json
import os
import stat
import sys
from datetime import date, datetime
from importlib.metadata import entry_points

DEFAULT_INPUT = ["seeds"]
EXPORT_FORMATS = ("json", "csv", "ics", "timelinejs")


def _reference(value: str):
    try:
        return datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an ISO date: {value!r} (expected e.g. 2023-09-15)")


def _report_problems(problems, out=None):
    from timeline.escape import terminal_text

    for p in problems:
        print(f"skipped {terminal_text(p.file)}: {terminal_text(p.reason)}", file=out or sys.stderr)


def _dates_text(args) -> str:
    """The text to date: the argument, or the contents of --file / `-` (standard input), for
    texts beyond the OS limit on argument length (about 128 KB)."""
    from timeline.articles import MAX_BYTES, decode

    source = args.file if args.file is not None else args.text
    if args.file is None and args.text != "-":
        return args.text
    name = "standard input" if source == "-" else source
    try:
        if source == "-":
            stream = sys.stdin.buffer if sys.stdin is not None else None
            if stream is None:
                raise _InputError("standard input is closed")
            data = stream.read(MAX_BYTES + 1)
        else:
            mode = os.stat(source).st_mode
            # A pipe is fine here (`--file <(cmd)`): the user named it; a device or a folder is not.
            if not (stat.S_ISREG(mode) or stat.S_ISFIFO(mode)):
                raise _InputError(f"{source}: not a regular file")
            with open(source, "rb") as fh:
                data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise _InputError(f"cannot read {name}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise _InputError(f"{name}: text too large (the limit is {MAX_BYTES // (1024 * 1024)} MB)")
    try:
        return decode(data)[0] if data.strip() else ""
    except Exception as exc:  # articles' reasons: binary, undecodable
        raise _InputError(f"{name}: {exc}") from None


class _InputError(Exception):
    """Input the command cannot use; the message names it and says why."""


def corrections_file(args):
    """The corrections to apply: --corrections FILE, else the file beside the first input."""
    from timeline.curate import corrections_path

    if getattr(args, "no_corrections", False):
        return None
    return args.corrections or corrections_path(_inputs(args))


def _inputs(args):
    return getattr(args, "inputs", None) or getattr(args, "input", None) or DEFAULT_INPUT


def load_curated(args):
    """The timeline of the inputs with their corrections; the ones that no longer apply are
    reported by name on standard error."""
    from timeline.build import load_timeline

    tl = load_timeline(_inputs(args), corrections_file(args), select=story_filter(args))
    _report_problems(tl.problems)
    report_unapplied(tl)
    return tl


def story_filter(args):
    """With `--story QUERY`: a function keeping that story's articles, which lists the chosen
    ones with their score on standard error; else None."""
    if not getattr(args, "story", None):
        return None

    def select(articles):
        from timeline.story import select_story

        chosen, ranked = select_story(articles, args.story, args.since, args.until, args.threshold)
        picked = {id(a) for a in chosen}
        for r in ranked:
            if id(r.article) in picked:
                print(f"story {r.score:.2f} {r.article.file}\t{r.article.title}", file=sys.stderr)
        print(f"story {args.story!r}: {len(chosen)} of {len(articles)} articles at score >= "
              f"{args.threshold} in the story's weeks (change it with --threshold)", file=sys.stderr)
        return chosen
    return select


def add_story_options(p, positional=False):
    """`--story QUERY` (`timeline story` takes it as its first argument), date window, threshold."""
    from timeline.story import THRESHOLD

    if not positional:
        p.add_argument("--story", metavar="QUERY",
                       help="only the articles of this story: words and names, A/B for two spellings")
    p.add_argument("--since", type=date.fromisoformat, help="story articles published on or after (ISO date)")
    p.add_argument("--until", type=date.fromisoformat, help="story articles published on or before (ISO date)")
    p.add_argument("--threshold", type=float, default=THRESHOLD,
                   help=f"lowest story score kept, 0-1 (default {THRESHOLD})")


def cmd_story(args) -> int:
    from timeline.articles import read_articles
    from timeline.escape import terminal_text as shown
    from timeline.story import select_story

    articles, problems = read_articles(_inputs(args))
    _report_problems(problems)
    chosen, ranked = select_story(articles, args.story, args.since, args.until, args.threshold)
    picked = {id(a) for a in chosen}
    for r in ranked:
        if id(r.article) in picked or args.all:
            mark = "" if id(r.article) in picked else \
                "  (below threshold)" if r.in_window else "  (outside the story's weeks)"
            print(f"{r.score:.3f}\t{shown(r.article.path)}\t{r.article.published.date().isoformat()}\t"
                  f"{shown(r.article.outlet)}\t{shown(r.article.title)}{mark}")
    print(f"{len(chosen)} of {len(ranked)} articles at score >= {args.threshold} in the story's weeks",
          file=sys.stderr)
    return 0 if chosen else 1


def cmd_build(args) -> int:
    from timeline.archive import build_archive, build_on_dask, dask_client, read_on_dask, write_built
    from timeline.articles import read_articles
    from timeline.build import build_timeline

    select = story_filter(args)
    if args.workers == 0 and not args.scheduler:
        articles, problems = read_articles(_inputs(args))
        tl = build_timeline(select(articles) if select else articles)
    else:
        with dask_client(args.scheduler, args.workers) as client:
            if not select:    # the whole input: read on the workers and written shard by shard
                n_events, n_mentions, n_articles, problems = build_archive(_inputs(args), client, args.out)
                _report_problems(problems)
                print(f"wrote {n_events} events, {n_mentions} mentions, {n_articles} articles "
                      f"to {args.out}", file=sys.stderr)
                return 0
            articles, problems = read_on_dask(_inputs(args), client)
            tl = build_on_dask(select(articles), client)
    tl.problems = list(problems) + tl.problems
    _report_problems(tl.problems)
    write_built(tl, args.out)
    print(f"wrote {len(tl.events)} events, {len(tl.mentions)} mentions, {len(tl.articles)} articles "
          f"to {args.out}", file=sys.stderr)
    return 0


def report_unapplied(tl, out=None):
    out = out or sys.stderr
    for correction, why in (tl.curation.unapplied if tl.curation else []):
        print(f"correction {correction.describe()} no longer applies: {why}", file=out)


def cmd_dates(args) -> int:
    from timeline.dater import find_dates

    if args.text is not None and args.file is not None:
        print("timeline dates: give the text or --file, not both", file=sys.stderr)
        return 2
    if args.text is None and args.file is None:
        print("timeline dates: give the text, '-' for standard input, or --file FILE",
              file=sys.stderr)
        return 2
    try:
        text = _dates_text(args)
    except _InputError as exc:
        print(f"timeline dates: {exc}", file=sys.stderr)
        return 2
    ref = args.ref or date.today()
    try:
        mentions = find_dates(text, ref, lang=args.lang, prefer="future" if args.prefer == "future" else None)
    except OverflowError:
        print(f"timeline dates: a date in the text, counted from --ref {ref.isoformat()}, falls "
              "outside the calendar (years 1 to 9999); give a reference date further from its ends",
              file=sys.stderr)
        return 2
    for m in mentions:
        print(json.dumps({
            "expression": m.expression, "offset": m.offset,
            "start": m.start.isoformat(), "end": m.end.isoformat(),
            "grain": m.grain, "kind": m.kind, "confidence": m.confidence,
            "rule": m.rule, "time_of_day": m.time_of_day,
        }, ensure_ascii=False))
    return 0


def cmd_articles(args) -> int:
    from timeline.articles import read_articles

    articles, problems = read_articles(args.inputs or DEFAULT_INPUT)
    rows = [{
        "file": a.file, "outlet": a.outlet, "title": a.title,
        "published": a.published.isoformat(), "published_from": a.published_source,
        "language": a.language, "encoding": a.encoding, "sentences": len(a.sentences),
    } for a in articles]
    if args.json:
        for r in rows:
            print(json.dumps(r, ensure_ascii=False))
        for p in problems:
            print(json.dumps({"file": p.file, "skipped": p.reason}, ensure_ascii=False))
    else:
        from timeline.escape import terminal_text as shown

        # File names and titles come from outside: a newline or an escape sequence in them
        # would break the tab-separated lines or reach the terminal raw.
        for r in rows:
            print(f"{shown(r['file'])}\t{shown(r['outlet'])}\t{r['published']} "
                  f"({r['published_from']})\t{r['language']}\t{r['sentences']} sentences\t"
                  f"{shown(r['title'])}")
        _report_problems(problems, sys.stdout)
    print(f"{len(articles)} read, {len(problems)} skipped", file=sys.stderr)
    return 0 if articles or not problems else 1


def cmd_events(args) -> int:
    tl = load_curated(args)
    for ev in tl.events.sort_values(["start", "end"]).itertuples():
        when = ev.start.date().isoformat()
        if ev.end != ev.start:
            when += f"..{ev.end.date().isoformat()}"
        print(f"{when:<22} {ev.grain:<10} {', '.join(ev.outlets):<12} {ev.label}")
    print(f"{len(tl.events)} events from {len(tl.mentions)} date mentions in "
          f"{len(tl.articles)} articles", file=sys.stderr)
    return 0 if len(tl.events) else 1


def cmd_export(args) -> int:
    from timeline.export import export_timeline
    from timeline.output import OutputError, write_output, write_stdout

    inputs = _inputs(args)
    tl = load_curated(args)
    empty = not len(tl.events)
    data = export_timeline(tl, args.format)
    try:
        if args.output in (None, "-"):
            write_stdout(data)
        else:
            written = write_output(args.output, data, empty=empty, force=args.force)
            via = f" (through the link {args.output})" if written != os.path.abspath(args.output) else ""
            print(f"wrote {len(tl.events)} events to {written}{via}", file=sys.stderr)
    except OutputError as exc:
        print(f"timeline export: {exc}", file=sys.stderr)
        return 1
    if empty:
        print(f"timeline export: no events in {', '.join(inputs)} ({len(tl.articles)} articles "
              "read); the export is empty", file=sys.stderr)
        return 1
    return 0


def cmd_eval(args) -> int:
    from timeline.evaluate import evaluate, format_report

    try:
        with open(args.gold, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        print(f"cannot read gold file {args.gold}: {exc}", file=sys.stderr)
        return 2
    tl = load_curated(args)
    try:
        result = evaluate(gold, tl)
    except ValueError as exc:
        print(f"gold file {args.gold} is malformed: {exc}", file=sys.stderr)
        return 2
    print(format_report(result))
    return 0


def _resolve(tl, ref: str) -> tuple[str, tuple]:
    """(mention key, keys of all its event's mentions) from an event id (e12: its first
    mention) or a mention key."""
    mentions = tl.mentions
    mine = mentions[mentions["key"] == ref]
    key = ref
    if not len(mine):
        mine = mentions[mentions["event_id"] == ref]
        key = mine["key"].iloc[0] if len(mine) else None
    if key is not None:
        return key, tuple(mentions.loc[mentions["event_id"] == mine["event_id"].iloc[0], "key"])
    raise ValueError(f"{ref!r} is neither an event id of this timeline nor a mention key "
                     "(see `timeline curate mentions`)")


def cmd_curate(args) -> int:
    from timeline.curate import add_correction, new_correction, read_corrections, remove_correction

    path = corrections_file(args)
    if args.action == "list":
        corrections, problems = read_corrections(path)
        for msg in problems:
            print(msg, file=sys.stderr)
        tl = load_curated(args)
        unapplied = {c.id: why for c, why in tl.curation.unapplied}
        for c in corrections:
            state = f"NOT APPLIED: {unapplied[c.id]}" if c.id in unapplied else "applied"
            print(f"{c.describe()}\t{state}")
        print(f"{len(corrections)} corrections in {path}", file=sys.stderr)
        return 0
    if args.action == "undo":
        if not remove_correction(path, args.id):
            print(f"timeline curate undo: no correction {args.id} in {path}", file=sys.stderr)
            return 2
        print(f"removed {args.id} from {path}", file=sys.stderr)
        return 0
    tl = load_curated(args)
    if args.action == "mentions":
        for m in tl.mentions.merge(tl.events[["event_id", "label"]], on="event_id").itertuples():
            print(f"{m.key}\t{m.event_id}\t{m.label}\t{m.sentence}")
        return 0
    try:
        mention, event = _resolve(tl, args.mention)
        other, other_event = _resolve(tl, args.other) if getattr(args, "other", None) else ("", ())
        correction = new_correction(args.action.replace("-", "_"), mention, other=other,
                                    label=getattr(args, "label", ""), by=args.by,
                                    event=event, other_event=other_event)
        add_correction(path, correction)
    except (ValueError, OSError) as exc:
        print(f"timeline curate {args.action}: {exc}", file=sys.stderr)
        return 2
    print(f"{correction.describe()} written to {path}", file=sys.stderr)
    return 0


def _add_curate(sub):
    p = sub.add_parser("curate", help="correct the timeline: merge, split, rename, hide (kept across rebuilds)",
                       description="Corrections live in a JSON Lines file beside the first input "
                                   "(seeds -> seeds.corrections.jsonl) and are re-applied on every build. "
                                   "EVENT is an event id of the current timeline (e12) or a mention key.")
    actions = p.add_subparsers(dest="action", required=True)

    def action(name, help_):
        q = actions.add_parser(name, help=help_)
        q.add_argument("-i", "--input", action="append", metavar="INPUT",
                       help="files or folders (repeat; default: seeds)")
        q.add_argument("--corrections", help="the corrections file (default: beside the first input)")
        q.add_argument("--by", default="", help="who makes the correction (default: $USER)")
        q.set_defaults(func=cmd_curate)
        return q

    action("list", "every correction and whether it still applies")
    action("mentions", "every mention with its key, event and label")
    q = action("merge", "join two events")
    q.add_argument("mention", metavar="EVENT")
    q.add_argument("other", metavar="OTHER_EVENT")
    q = action("split", "take a mention out of its event (into its own, or --into another)")
    q.add_argument("mention", metavar="MENTION_KEY")
    q.add_argument("--into", dest="other", metavar="EVENT", default="")
    q = action("rename", "give an event a label of your own")
    q.add_argument("mention", metavar="EVENT")
    q.add_argument("label")
    q = action("hide", "leave an event out of the timeline")
    q.add_argument("mention", metavar="EVENT")
    q = action("hide-mention", "leave one mention out")
    q.add_argument("mention", metavar="MENTION_KEY")
    q = action("undo", "remove a correction by its id")
    q.add_argument("id")


def _corrections_options(p):
    p.add_argument("--corrections", help="corrections file (default: INPUT.corrections.jsonl beside the first input)")
    p.add_argument("--no-corrections", action="store_true", help="the timeline as the merge made it")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("dates", help="find the dates in a text, one JSON object per mention")
    p.add_argument("text", nargs="?", help="the text, or - to read it from standard input")
    p.add_argument("-f", "--file", help="read the text from this file (- for standard input)")
    p.add_argument("--ref", type=_reference, help="reference date (the publication date), ISO; default today")
    p.add_argument("--lang", choices=["auto", "zh", "en"], default="auto",
                   help="language of the text (default: guessed from its characters)")
    p.add_argument("--prefer", choices=["past", "future"], default="past",
                   help="how an undirected date (a bare weekday, day or month) is read: the last one "
                        "(past, the news default) or the coming one (future: a plan, an agenda)")
    p.set_defaults(func=cmd_dates)

    p = sub.add_parser("articles", help="list the articles read and the files skipped")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("events", help="print the event timeline")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    _corrections_options(p)
    add_story_options(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export the events as json, csv, ics or timelinejs")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.add_argument("--force", action="store_true",
                   help="replace the output file even when the new export has no events")
    _corrections_options(p)
    add_story_options(p)
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("story", help="pick one story's articles out of a mixed input, with their scores")
    p.add_argument("story", metavar="QUERY", help="words and names (aliases apply; A/B for two spellings)")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--all", action="store_true", help="also list the articles below the threshold")
    add_story_options(p, positional=True)
    p.set_defaults(func=cmd_story)

    p = sub.add_parser("build", help="build an archive on Dask and write it as Parquet")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--out", required=True, metavar="DIR", help="folder for the Parquet files")
    p.add_argument("--scheduler", metavar="ADDRESS", help="a dask.distributed scheduler (default: a local cluster)")
    p.add_argument("--workers", type=int, default=2,
                   help="local cluster processes (default 2; 0 builds in this process, without Dask)")
    add_story_options(p)
    p.set_defaults(func=cmd_build)

    p = sub.add_parser("eval", help="score the timeline against a hand-annotated gold file")
    p.add_argument("gold")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    _corrections_options(p)
    p.set_defaults(func=cmd_eval)

    _add_curate(sub)

    # Commands from installed extensions (the Dash app registers `serve`); the library itself
    # never imports them.
    for ep in entry_points(group="timeline.commands"):
        try:
            ep.load()(sub)
        except ImportError as exc:
            print(f"timeline: command {ep.name!r} unavailable: {exc}", file=sys.stderr)
    return parser


def main(argv=None) -> int:
    args = build_parser().parse_args(argv)
    if sys.stdout is None and args.command != "serve" and getattr(args, "output", None) in (None, "-"):
        # Started with standard output closed (`>&-`): what it prints would vanish unseen.
        print(f"timeline {args.command}: standard output is closed; nothing to write to"
              + ("; give -o FILE" if args.command == "export" else ""), file=sys.stderr)
        return 1
    try:
        status = args.func(args)
        if sys.stdout is not None:
            sys.stdout.flush()   # here, not at exit, so that a full disk gets a message
        return status
    except BrokenPipeError:      # the reader went away (`| head`): a normal end
        _detach_stdout()
        return 0
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EIO, errno.EBADF, errno.EDQUOT):
            _detach_stdout()
            print(f"timeline {args.command}: cannot write to standard output: "
                  f"{exc.strerror or exc}", file=sys.stderr)
            return 1
        raise


def _detach_stdout() -> None:
    """Point standard output at /dev/null so the interpreter's final flush of what is still
    buffered does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


if __name__ == "__main__":
    raise SystemExit(main())

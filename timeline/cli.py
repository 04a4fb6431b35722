"""The `timeline` command line: dates, articles, events, export, eval (+ `serve` from the app)."""
from __future__ import annotations

import argparse
import json
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


def _report_problems(problems, out=sys.stderr):
    for p in problems:
        print(f"skipped {p.file}: {p.reason}", file=out)


def cmd_dates(args) -> int:
    from timeline.dater import find_dates

    ref = args.ref or date.today()
    for m in find_dates(args.text, ref, lang=args.lang):
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
        for r in rows:
            print(f"{r['file']}\t{r['outlet']}\t{r['published']} ({r['published_from']})\t"
                  f"{r['language']}\t{r['sentences']} sentences\t{r['title']}")
        _report_problems(problems, sys.stdout)
    print(f"{len(articles)} read, {len(problems)} skipped", file=sys.stderr)
    return 0 if articles or not problems else 1


def cmd_events(args) -> int:
    from timeline.build import load_timeline

    tl = load_timeline(args.inputs or DEFAULT_INPUT)
    _report_problems(tl.problems)
    for ev in tl.events.sort_values(["start", "end"]).itertuples():
        when = ev.start.date().isoformat()
        if ev.end != ev.start:
            when += f"..{ev.end.date().isoformat()}"
        print(f"{when:<22} {ev.grain:<10} {', '.join(ev.outlets):<12} {ev.label}")
    print(f"{len(tl.events)} events from {len(tl.mentions)} date mentions in "
          f"{len(tl.articles)} articles", file=sys.stderr)
    return 0


def cmd_export(args) -> int:
    from timeline.build import load_timeline
    from timeline.export import export_timeline, write_atomic

    tl = load_timeline(args.inputs or DEFAULT_INPUT)
    _report_problems(tl.problems)
    data = export_timeline(tl, args.format)
    if args.output in (None, "-"):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        try:
            write_atomic(args.output, data)
        except OSError as exc:
            print(f"timeline export: {exc}", file=sys.stderr)
            return 2
        print(f"wrote {len(tl.events)} events to {args.output}", file=sys.stderr)
    return 0


def cmd_eval(args) -> int:
    from timeline.build import load_timeline
    from timeline.evaluate import evaluate, format_report

    try:
        with open(args.gold, encoding="utf-8") as fh:
            gold = json.load(fh)
    except (OSError, ValueError) as exc:
        print(f"cannot read gold file {args.gold}: {exc}", file=sys.stderr)
        return 2
    tl = load_timeline(args.inputs or DEFAULT_INPUT)
    _report_problems(tl.problems)
    try:
        result = evaluate(gold, tl)
    except ValueError as exc:
        print(f"gold file {args.gold} is malformed: {exc}", file=sys.stderr)
        return 2
    print(format_report(result))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeline", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("dates", help="find the dates in a text, one JSON object per mention")
    p.add_argument("text")
    p.add_argument("--ref", type=_reference, help="reference date (the publication date), ISO; default today")
    p.add_argument("--lang", choices=["auto", "zh", "en"], default="auto",
                   help="language of the text (default: guessed from its characters)")
    p.set_defaults(func=cmd_dates)

    p = sub.add_parser("articles", help="list the articles read and the files skipped")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(func=cmd_articles)

    p = sub.add_parser("events", help="print the event timeline")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("export", help="export the events as json, csv, ics or timelinejs")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--format", choices=EXPORT_FORMATS, default="json")
    p.add_argument("-o", "--output", help="output file (default: standard output)")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("eval", help="score the timeline against a hand-annotated gold file")
    p.add_argument("gold")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.set_defaults(func=cmd_eval)

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
    try:
        return args.func(args)
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    raise SystemExit(main())

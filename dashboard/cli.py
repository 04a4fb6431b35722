"""Adds `timeline serve` to the command line (registered through an entry point)."""
import sys


def register(subparsers):
    p = subparsers.add_parser("serve", help="open the timeline app in the browser")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    p.set_defaults(func=serve)


def serve(args):
    from timeline.build import load_timeline

    from dashboard.app import create_app

    inputs = args.inputs or ["seeds"]
    print(f"reading {', '.join(inputs)} ...", file=sys.stderr)
    tl = load_timeline(inputs)
    for p in tl.problems:
        print(f"skipped {p.file}: {p.reason}", file=sys.stderr)
    if not len(tl.articles):
        print("no article could be read; nothing to show", file=sys.stderr)
        return 1
    app = create_app(tl)
    print(f"{len(tl.events)} events from {len(tl.articles)} articles", file=sys.stderr)
    print(f"open http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
    app.run(host=args.host, port=args.port, debug=args.debug)
    return 0

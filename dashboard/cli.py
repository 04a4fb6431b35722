"""Adds `timeline serve` to the command line (registered through an entry point)."""
import argparse
import errno
import socket
import sys


def _port(value: str) -> int:
    try:
        port = int(value)
    except ValueError:
        port = -1
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r} (1 to 65535)")
    return port


def register(subparsers):
    p = subparsers.add_parser("serve", help="open the timeline app in the browser")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=_port, default=8050)
    p.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="also answer requests addressed to NAME (e.g. a reverse proxy's name); "
                        "repeatable. Others get 403, which stops DNS-rebinding pages")
    p.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    p.add_argument("--corrections", help="corrections file (default: INPUT.corrections.jsonl beside the first input)")
    p.add_argument("--by", default="", help="who the app's corrections are from (default: $USER)")
    p.add_argument("--built", metavar="DIR", help="open an archive made by `timeline build` (no re-reading)")
    from timeline.cli import add_story_options
    add_story_options(p)
    p.set_defaults(func=serve)


def port_problem(host: str, port: int) -> str | None:
    """Why the app could not listen on host:port, in words, or None when it can. Checked
    before the articles are read, so a busy port is said at once."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        return f"cannot serve on {host}: {exc.strerror or exc}"
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                return f"port {port} on {host} is already in use; choose another with --port"
            if exc.errno == errno.EACCES:
                return f"port {port} on {host} needs privileges; choose one above 1023 with --port"
            if exc.errno == errno.EADDRNOTAVAIL:
                return f"{host} is not an address of this machine"
            return f"cannot listen on {host}:{port}: {exc.strerror or exc}"
    return None


def serve(args):
    from timeline.cli import report_unapplied, story_filter
    from timeline.curate import corrections_path
    from timeline.escape import terminal_text

    from dashboard import curation
    from dashboard.app import create_app

    problem = port_problem(args.host, args.port)
    if problem:
        print(f"timeline serve: {problem}", file=sys.stderr)
        return 1
    if args.built:
        from timeline.archive import read_built
        try:
            tl = read_built(args.built)
        except ValueError as exc:
            print(f"timeline serve: {exc}", file=sys.stderr)
            return 2
        workspace, path = None, "none (a built archive is shown as built)"
    else:
        inputs = args.inputs or ["seeds"]
        print(f"reading {', '.join(inputs)} ...", file=sys.stderr)
        path = args.corrections or corrections_path(inputs)
        select = story_filter(args)
        workspace, tl = curation.open_workspace(inputs, path, args.by,
                                                **({"select": select} if select else {}))
    for p in tl.problems:
        print(f"skipped {terminal_text(p.file)}: {terminal_text(p.reason)}", file=sys.stderr)
    report_unapplied(tl)
    print(f"corrections: {terminal_text(str(path))}", file=sys.stderr)
    if not len(tl.articles):
        print("no article could be read; nothing to show", file=sys.stderr)
        return 1
    app = create_app(tl, host=args.host, allow_hosts=args.allow_host, workspace=workspace)
    print(f"{len(tl.events)} events from {len(tl.articles)} articles", file=sys.stderr)
    print(f"open http://{args.host}:{args.port}/ (Ctrl+C to stop)", flush=True)
    try:
        app.run(host=args.host, port=args.port, debug=args.debug)
    except OSError as exc:     # taken between the check and now
        print(f"timeline serve: cannot listen on {args.host}:{args.port}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    return 0

"""Adds `timeline serve` to the command line (registered through an entry point)."""


def register(subparsers):
    p = subparsers.add_parser("serve", help="open the timeline app in the browser")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="files or folders (default: seeds)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8050)
    p.add_argument("--debug", action="store_true", help="Dash debug mode (off by default)")
    p.set_defaults(func=serve)


def serve(args):  # implemented by the app
    raise NotImplementedError

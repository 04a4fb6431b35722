"""What the app's server checks and promises on every request.

- **Host header**: only the names the app is served under are answered. A DNS-rebinding page
  (attacker.example resolving to 127.0.0.1) makes the browser send `Host: attacker.example`;
  it gets 403 instead of the loaded articles. Bound to loopback, the loopback names are
  allowed (127.0.0.1, localhost, [::1]); bound to a wildcard address (0.0.0.0, ::), any IP
  address (a rebinding page cannot make the browser send an address as Host) and localhost;
  bound to a name, that name. `--allow-host NAME` adds more (a reverse proxy's name).
  Only the name is compared: rebinding keeps the port, so the port tells nothing.
- **Content-Security-Policy**: scripts only from the app itself plus the hashes of Dash's
  own inline scripts, no plugins, no framing by other sites (`frame-ancestors 'self'`, and
  X-Frame-Options for older browsers), no form posts or connections elsewhere. Styles may be
  inline: plotly and React set them at run time.
- **Callback requests**: a POST to Dash's callback route whose JSON does not have the shape
  of a registered callback (output known, inputs and state lists of the right length) is
  answered 400 with what is wrong, instead of a 500 and a traceback in the server log.
"""
from __future__ import annotations

import ipaddress

from flask import Response, request

LOOPBACK_NAMES = {"127.0.0.1", "localhost", "::1"}
WILDCARDS = {"0.0.0.0", "::", ""}


def allowed_hosts(bind_host: str, extra=()) -> tuple[set[str], bool]:
    """(the Host names answered for an app bound to `bind_host`, whether any IP address is)."""
    names = {_bare(h) for h in extra}
    bind = _bare(bind_host)
    if bind in WILDCARDS:
        return names | {"localhost"}, True
    if _is_loopback(bind):
        return names | LOOPBACK_NAMES | {bind}, False
    return names | {bind}, False


def host_allowed(host_header: str, allowed: tuple[set[str], bool]) -> bool:
    names, any_ip = allowed
    name = _bare(host_header)
    return bool(name) and (name in names or (any_ip and _is_ip(name)))


def _bare(host: str) -> str:
    """The name of a Host value, lower case, without port or IPv6 brackets."""
    host = (host or "").strip().lower().rstrip(".")
    if host.startswith("["):
        return host[1:host.index("]")] if "]" in host else host
    if host.count(":") == 1:
        host = host.split(":", 1)[0]
    return host


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def _is_loopback(name: str) -> bool:
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def content_security_policy(app) -> str:
    script_hashes = " ".join(app.csp_hashes())
    return "; ".join([
        "default-src 'self'",
        f"script-src 'self' {script_hashes}",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ])


def _malformed_callback(app, body) -> str | None:
    """What is wrong with a callback request body, or None when it fits a callback."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str):
        return "'output' is missing or not text"
    callback = app.callback_map.get(output)
    if callback is None:
        return "no callback has this output"
    for key in ("inputs", "state"):
        values = body.get(key, [])
        expected = len(callback.get(key, []))
        if not isinstance(values, list) or len(values) != expected:
            return f"'{key}' must be a list of {expected}"
        for value in values:
            items = value if isinstance(value, list) else [value]   # pattern-matching groups
            if not all(isinstance(v, dict) and "id" in v and "property" in v for v in items):
                return f"each of '{key}' needs an 'id' and a 'property'"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "'outputs' is missing"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "'changedPropIds' must be a list of text"
    return None


def protect(app, bind_host: str = "127.0.0.1", allow_hosts=()) -> None:
    """Install the Host check, the callback shape check and the security headers."""
    allowed = allowed_hosts(bind_host, allow_hosts)
    server = app.server
    policy = {}

    @server.before_request
    def check_request():
        if not host_allowed(request.host, allowed):
            return Response(f"This app is not served under the name {request.host!r}. Start it "
                            "with --allow-host NAME to allow that name.\n", status=403,
                            mimetype="text/plain")
        if request.method == "POST" and request.path.endswith("/_dash-update-component"):
            problem = _malformed_callback(app, request.get_json(silent=True))
            if problem:
                return Response(f"Malformed callback request: {problem}.\n", status=400,
                                mimetype="text/plain")
        return None

    @server.after_request
    def add_headers(response):
        if "csp" not in policy:   # the inline scripts are known once the app has its layout
            policy["csp"] = content_security_policy(app)
        response.headers["Content-Security-Policy"] = policy["csp"]
        response.headers["X-Frame-Options"] = "SAMEORIGIN"
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        return response

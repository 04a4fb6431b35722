"""`create_app(timeline) -> dash.Dash`: the timeline app, fully offline (no CDN, local assets)."""
from __future__ import annotations

from pathlib import Path

import dash

from dashboard import callbacks
from dashboard.layout import build_layout
from dashboard.logic import prepare
from dashboard.security import protect

ASSETS = Path(__file__).with_name("assets")


def create_app(timeline, host: str = "127.0.0.1", allow_hosts=(), workspace=None) -> dash.Dash:
    """The app for `timeline`, answering only requests addressed to `host` (the address it is
    served on) or to one of `allow_hosts`; see dashboard.security. With a `workspace`
    (dashboard.curation) the side-by-side view offers corrections, written to its file."""
    story = prepare(timeline)
    app = dash.Dash(
        __name__, title="Timeline", assets_folder=str(ASSETS), serve_locally=True,
        external_stylesheets=[], external_scripts=[], update_title=None,
        # The correction buttons exist only while an event is shown.
        suppress_callback_exceptions=True,
    )

    def page():
        """Each page load: the timeline as the corrections file now says (another tab or the
        CLI may have written to it)."""
        if workspace is not None and workspace.changed():
            callbacks.refresh(story, workspace.timeline())
        return build_layout(story)
    app.layout = page
    callbacks.register(app, story, workspace)
    protect(app, host, allow_hosts)
    return app

"""The app's side of the corrections (timeline.curate): the merged mentions kept in memory, the
corrections file beside the input, and the timeline re-assembled after each correction.

Every correction is written to the file first (under a lock, re-read, replaced atomically), then
the whole file is applied again: a correction made in another tab, another app or the CLI is
never overwritten, and a page reload shows what the file says.
"""
from __future__ import annotations

import os
import threading

from timeline.articles import ReadProblem
from timeline.build import Merged, assemble_timeline
from timeline.curate import add_correction, new_correction, read_corrections


class Workspace:
    def __init__(self, merged: Merged, corrections_path=None, read_problems=(), author=""):
        self.merged = merged
        self.path = corrections_path
        self.read_problems = list(read_problems)
        self.author = author or os.environ.get("USER", "") or "app"
        self._stamp = None
        self._lock = threading.Lock()

    def _file_stamp(self):
        try:
            st = os.stat(self.path)
            return st.st_mtime_ns, st.st_size
        except (OSError, TypeError):
            return None

    def timeline(self):
        """The timeline with every correction of the file applied."""
        corrections, messages = read_corrections(self.path) if self.path else ([], [])
        tl = assemble_timeline(self.merged, corrections)
        tl.problems = (self.read_problems + [ReadProblem(str(self.path), m.split(": ", 1)[-1]) for m in messages]
                       + tl.problems)
        self._stamp = self._file_stamp()
        return tl

    def changed(self) -> bool:
        """Has the file changed since the timeline was last assembled (another tab, the CLI)?"""
        return self._file_stamp() != self._stamp

    def correct(self, action, mention, other="", label="", event=(), other_event=()):
        """Write one correction and return the timeline with it; ValueError for a correction
        that misses what it needs, OSError when the file cannot be written."""
        if not self.path:
            raise OSError("no corrections file: the app was started without one")
        correction = new_correction(action, mention, other=other, label=label, by=self.author,
                                    event=event, other_event=other_event)
        with self._lock:
            add_correction(self.path, correction)
            return correction, self.timeline()


def open_workspace(inputs, corrections_path, author="", select=None):
    """Read and merge the inputs once (only the articles `select` keeps, when given: one
    story's); (workspace, timeline with the file's corrections)."""
    from timeline.articles import read_articles
    from timeline.build import merge_articles

    articles, problems = read_articles(inputs)
    if select is not None:
        articles = select(articles)
    workspace = Workspace(merge_articles(articles), corrections_path, problems, author=author)
    return workspace, workspace.timeline()

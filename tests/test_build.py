from eventkit import article

from timeline import build
from timeline.build import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS, build_timeline, load_timeline


def test_no_articles_gives_empty_frames_with_the_columns():
    tl = build_timeline([])
    assert list(tl.events.columns) == EVENT_COLUMNS and tl.events.empty
    assert list(tl.mentions.columns) == MENTION_COLUMNS and tl.mentions.empty
    assert list(tl.articles.columns) == ARTICLE_COLUMNS and tl.articles.empty


def test_events_are_numbered_chronologically_and_cite_first_article_per_outlet():
    a = article("a", "金正恩周五在共青城参观了航空制造厂。普京周三与金正恩在东方航天发射场会面。",
                published="2023-09-15T10:00:00+00:00")
    b = article("b", "普京与金正恩周三在东方航天发射场举行会晤。", outlet="BBC", published="2023-09-14T08:00:00+00:00")
    tl = build_timeline([a, b])
    ev = tl.events
    assert list(ev["event_id"]) == [f"e{i}" for i in range(1, len(ev) + 1)]
    assert list(ev["start"]) == sorted(ev["start"])
    summit = ev[ev["n_outlets"] == 2].iloc[0]
    assert summit["outlets"] == ["BBC", "RFI"] and summit["first_outlet"] == "BBC"
    assert summit["first_by_outlet"]["RFI"]["article_id"] == "a"
    assert {"普京", "金正恩"} <= set(summit["entities"])
    assert str(summit["start"].date()) == "2023-09-13"
    m = tl.mentions
    assert list(m["mention_id"]) == [f"m{i}" for i in range(1, len(m) + 1)]
    assert set(m["event_id"]) == set(ev["event_id"])
    row = m.iloc[0]
    assert row["sentence"][row["expression_offset"]:].startswith(row["expression"])


def test_an_article_that_cannot_be_dated_is_reported_and_the_rest_is_built(monkeypatch):
    good = article("good", "普京周三与金正恩在东方航天发射场会面。")
    bad = article("bad", "周四发生了别的事情。")
    real = build.find_dates

    def failing_for_bad(text, reference, lang="zh"):
        if text == bad.text:
            raise ValueError("broken rule")
        return real(text, reference, lang=lang)

    monkeypatch.setattr(build, "find_dates", failing_for_bad)
    tl = build_timeline([good, bad])
    assert len(tl.events) == 1 and set(tl.mentions["article_id"]) == {"good"}
    assert len(tl.articles) == 2
    [problem] = tl.problems
    assert problem.file == "bad.txt" and "broken rule" in problem.reason


def test_load_timeline_reports_unreadable_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    tl = load_timeline([str(tmp_path)])
    assert tl.events.empty and [p.file for p in tl.problems] == ["empty.txt"]

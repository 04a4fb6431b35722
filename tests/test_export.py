"""Exports as a user opens them: JSON for tools, CSV in a spreadsheet, ICS in a calendar,
TimelineJS in a browser, and files that are never left half written."""
from __future__ import annotations

import io
import json
import os
from datetime import date

import pandas as pd
import pytest
from icalendar import Calendar

from timeline.build import Timeline
from timeline.export import describe_date, export_timeline, subset, to_export_dict

UTC = "UTC"

EVENT_COLUMNS = ["event_id", "start", "end", "grain", "label", "outlets", "n_outlets", "n_articles",
                 "n_mentions", "first_outlet", "first_published", "first_by_outlet", "entities"]
MENTION_COLUMNS = ["mention_id", "event_id", "article_id", "file", "outlet", "title", "url", "published",
                   "language", "sentence_index", "sentence", "expression", "expression_offset", "start",
                   "end", "grain", "kind", "confidence", "rule", "time_of_day", "clause", "description",
                   "entities"]
ARTICLE_COLUMNS = ["article_id", "file", "path", "outlet", "title", "url", "published",
                   "published_source", "language", "encoding", "n_sentences"]

ARTICLES = {
    "a1": ("000_rfi.txt", "RFI", "金正恩普京会晤", "https://www.rfi.fr/cn/a1", "2023-09-15T15:45:02+00:00"),
    "a2": ("001_rfi.txt", "RFI", "金正恩访俄", "https://www.rfi.fr/cn/a2", "2023-09-14T08:00:00+00:00"),
    "a3": ("003_bbc.txt", "BBC", "金正恩与普京会面", "https://www.bbc.com/zhongwen/a3", "2023-09-14T03:10:00+00:00"),
}

# (event_id, start, end, grain, label, [(article, expression, sentence, mention start, end)])
EVENTS = [
    ("e1", "2023-09-13", "2023-09-13", "day", "金正恩与普京在东方航天发射场会面", [
        ("a1", "本周三", "本周三，平壤领导人与俄罗斯总统普京在沃斯托奇尼航天发射场会面。", "2023-09-13", "2023-09-13"),
        ("a2", "周三（9月13日）", "普京在俄罗斯周三（9月13日）举行正式会晤。", "2023-09-13", "2023-09-13"),
        ("a3", "周三（9月13日）", "金正恩周三（9月13日）乘私人装甲列车抵达俄罗斯远东的阿穆尔州。", "2023-09-13", "2023-09-13"),
    ]),
    ("e2", "2023-08-01", "2023-08-31", "month", "金正恩与普京互致信函", [
        ("a2", "今年8月", "今年8月，两人互致信函。", "2023-08-01", "2023-08-31"),
    ]),
    ("e3", "1953-01-01", "1953-12-31", "year", "朝鲜战争停战", [
        ("a3", "1953年", "1953年朝鲜战争停战，苏联曾援助朝鲜。", "1953-01-01", "1953-12-31"),
        ("a3", "1953年", "两国关系可追溯到1953年。", "1953-01-01", "1953-12-31"),
    ]),
    ("e4", "2023-09-04", "2023-09-10", "week", "智库发布研究报告", [
        ("a1", "上周", "上周，一家智库发表研究报告。", "2023-09-04", "2023-09-10"),
    ]),
    ("e5", "2023-07-21", "2023-07-31", "month_part", "俄防长绍伊古访问平壤", [
        ("a3", "7月底", "俄罗斯国防部长绍伊古7月底访问平壤。", "2023-07-21", "2023-07-31"),
    ]),
]


def _ts(value):
    return pd.Timestamp(value)


def make_timeline(events=EVENTS) -> Timeline:
    """A Timeline built by hand with the exact columns of the `timeline.build` contract."""
    articles = pd.DataFrame([{
        "article_id": aid, "file": f, "path": f"/corpus/{f}", "outlet": outlet, "title": title,
        "url": url, "published": _ts(pub).tz_convert(UTC), "published_source": "header-epoch",
        "language": "zh", "encoding": "utf-8", "n_sentences": 20,
    } for aid, (f, outlet, title, url, pub) in ARTICLES.items()], columns=ARTICLE_COLUMNS)
    mention_rows, event_rows = [], []
    for eid, start, end, grain, label, mentions in events:
        rows = []
        for i, (aid, expr, sentence, mstart, mend) in enumerate(mentions):
            f, outlet, title, url, pub = ARTICLES[aid]
            rows.append({
                "mention_id": f"{eid}m{i}", "event_id": eid, "article_id": aid, "file": f, "outlet": outlet,
                "title": title, "url": url, "published": _ts(pub).tz_convert(UTC), "language": "zh",
                "sentence_index": i, "sentence": sentence, "expression": expr,
                "expression_offset": sentence.index(expr), "start": _ts(mstart), "end": _ts(mend),
                "grain": grain, "kind": "absolute", "confidence": 0.9, "rule": "test", "time_of_day": None,
                "clause": sentence, "description": None, "entities": ["金正恩"],
            })
        mention_rows += rows
        first = min(rows, key=lambda r: r["published"])
        outlets = sorted({r["outlet"] for r in rows})
        event_rows.append({
            "event_id": eid, "start": _ts(start), "end": _ts(end), "grain": grain, "label": label,
            "outlets": outlets, "n_outlets": len(outlets), "n_articles": len({r["article_id"] for r in rows}),
            "n_mentions": len(rows), "first_outlet": first["outlet"], "first_published": first["published"],
            "first_by_outlet": {o: {"article_id": r["article_id"], "published": r["published"].isoformat(),
                                    "title": r["title"], "url": r["url"]}
                                for o in outlets for r in [min((x for x in rows if x["outlet"] == o),
                                                               key=lambda x: x["published"])]},
            "entities": ["金正恩", "普京"],
        })
    return Timeline(events=pd.DataFrame(event_rows, columns=EVENT_COLUMNS),
                    mentions=pd.DataFrame(mention_rows, columns=MENTION_COLUMNS),
                    articles=articles)


def hostile_timeline() -> Timeline:
    """Article text that would run as a formula in a spreadsheet or as script in a browser."""
    return make_timeline([
        ("e9", "2023-09-13", "2023-09-13", "day", "@<img src=x onerror=alert(1)>会晤", [
            ("a1", "周三", "=HYPERLINK(\"http://evil\")周三<script>alert(1)</script>会晤", "2023-09-13", "2023-09-13"),
            ("a3", "周三", "-2+3 周三 @SUM(A1) 会晤 & 宴会", "2023-09-13", "2023-09-13"),
        ]),
    ])


@pytest.fixture
def tl():
    return make_timeline()


# ---------------------------------------------------------------- any format

def test_unknown_format_names_the_formats(tl):
    with pytest.raises(ValueError) as err:
        export_timeline(tl, "xlsx")
    for fmt in ("json", "csv", "ics", "timelinejs", "xlsx"):
        assert fmt in str(err.value)


@pytest.mark.parametrize("fmt", ["json", "csv", "ics", "timelinejs"])
def test_every_format_exports_an_empty_timeline(tl, fmt):
    empty = subset(tl, [])
    assert isinstance(export_timeline(empty, fmt), bytes)


# ---------------------------------------------------------------- JSON

def test_json_follows_the_scorer_schema(tl):
    doc = json.loads(export_timeline(tl, "json").decode("utf-8"))
    art = {a["id"]: a for a in doc["articles"]}
    assert art["a3"] == {**art["a3"], "file": "003_bbc.txt", "source": "BBC", "title": "金正恩与普京会面",
                         "url": "https://www.bbc.com/zhongwen/a3", "published": "2023-09-14T03:10:00+00:00"}
    events = {e["id"]: e for e in doc["events"]}
    summit = events["e1"]
    assert (summit["start"], summit["end"], summit["grain"], summit["sources"]) == \
        ("2023-09-13", "2023-09-13", "day", ["BBC", "RFI"])
    assert summit["first_by_outlet"]["BBC"]["article_id"] == "a3"
    assert events["e3"]["start"] == "1953-01-01" and events["e3"]["end"] == "1953-12-31"
    assert events["e2"]["end"] == "2023-08-31"
    m = summit["mentions"][0]
    for key in ("article", "sentence", "expression", "start", "end", "grain", "confidence", "kind",
                "expression_offset", "outlet", "entities"):
        assert key in m
    assert m["sentence"][m["expression_offset"]:].startswith(m["expression"])
    assert doc["generated_by"] == "timeline" and doc["version"]


def test_json_keeps_chinese_readable_and_events_in_date_order(tl):
    raw = export_timeline(tl, "json")
    assert "东方航天发射场".encode("utf-8") in raw  # not \\u escapes
    starts = [e["start"] for e in json.loads(raw)["events"]]
    assert starts == sorted(starts) and starts[0] == "1953-01-01"


def test_json_puts_every_mention_in_exactly_one_event(tl):
    doc = to_export_dict(tl)
    ids = [m["id"] for e in doc["events"] for m in e["mentions"]]
    assert sorted(ids) == sorted(tl.mentions["mention_id"]) and len(set(ids)) == len(ids)


def test_json_mentions_of_an_event_come_in_reporting_order(tl):
    summit = next(e for e in to_export_dict(tl)["events"] if e["id"] == "e1")
    # BBC published first (03:10), then RFI a2 (08:00), then RFI a1 (next day)
    assert [m["article"] for m in summit["mentions"]] == ["a3", "a2", "a1"]


def test_json_reports_unreadable_files(tl):
    from timeline.articles import ReadProblem
    tl.problems = [ReadProblem("broken.txt", "no <!--EPOCH_MS--> header")]
    doc = json.loads(export_timeline(tl, "json"))
    assert doc["problems"] == [{"file": "broken.txt", "reason": "no <!--EPOCH_MS--> header"}]


# ---------------------------------------------------------------- filtered exports

def test_subset_exports_only_the_filtered_events(tl):
    part = subset(tl, ["e1", "e3"])
    doc = to_export_dict(part)
    assert {e["id"] for e in doc["events"]} == {"e1", "e3"}
    assert sum(len(e["mentions"]) for e in doc["events"]) == 5
    assert {a["id"] for a in doc["articles"]} == {"a1", "a2", "a3"}
    only_year = to_export_dict(subset(tl, ["e3"]))
    assert [a["id"] for a in only_year["articles"]] == ["a3"]
    cal = Calendar.from_ical(export_timeline(part, "ics"))
    assert len(cal.walk("VEVENT")) == 2
    assert len(json.loads(export_timeline(part, "timelinejs"))["events"]) == 2
    assert len(pd.read_csv(io.BytesIO(export_timeline(part, "csv")))) == 5


# ---------------------------------------------------------------- CSV

def test_csv_reads_back_with_chinese_intact_one_row_per_mention(tl):
    data = export_timeline(tl, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel then decodes UTF-8
    frame = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert len(frame) == len(tl.mentions)
    row = frame[(frame["event_id"] == "e1") & (frame["outlet"] == "BBC")].iloc[0]
    assert row["event_label"] == "金正恩与普京在东方航天发射场会面"
    assert row["expression"] == "周三（9月13日）"
    assert row["sentence"].startswith("金正恩周三（9月13日）")
    assert (row["event_start"], row["event_end"], row["event_grain"]) == ("2023-09-13", "2023-09-13", "day")
    assert row["event_outlets"] == "BBC; RFI"
    assert row["article_url"] == "https://www.bbc.com/zhongwen/a3"
    assert row["article_title"] == "金正恩与普京会面"
    assert row["article_file"] == "003_bbc.txt"
    assert row["entities"] == "金正恩"


def test_csv_quotes_cells_a_spreadsheet_would_run_as_formulas():
    frame = pd.read_csv(io.BytesIO(export_timeline(hostile_timeline(), "csv")), encoding="utf-8-sig")
    assert set(frame["event_label"]) == {"'@<img src=x onerror=alert(1)>会晤"}
    sentences = set(frame["sentence"])
    assert "'=HYPERLINK(\"http://evil\")周三<script>alert(1)</script>会晤" in sentences
    assert "'-2+3 周三 @SUM(A1) 会晤 & 宴会" in sentences
    for column in frame.columns:
        for cell in frame[column].dropna().astype(str):
            assert not cell.startswith(("=", "+", "-", "@")), (column, cell)


# ---------------------------------------------------------------- iCalendar

def test_ics_parses_back_with_one_all_day_event_per_event(tl):
    cal = Calendar.from_ical(export_timeline(tl, "ics"))
    vevents = {str(v["summary"]): v for v in cal.walk("VEVENT")}
    assert len(vevents) == len(tl.events)
    summit = vevents["金正恩与普京在东方航天发射场会面"]
    assert summit.decoded("dtstart") == date(2023, 9, 13)
    assert summit.decoded("dtend") == date(2023, 9, 14)  # exclusive
    assert summit["dtstart"].params["VALUE"] == "DATE"
    description = str(summit["description"])
    assert "RFI: 本周三，平壤领导人" in description
    assert "BBC: 金正恩周三（9月13日）" in description
    assert "https://www.bbc.com/zhongwen/a3" in description
    assert str(summit["url"]) == "https://www.bbc.com/zhongwen/a3"  # the first to report it
    assert sorted(summit["categories"].cats) == ["BBC", "RFI"]
    armistice = vevents["朝鲜战争停战"]
    assert armistice.decoded("dtstart") == date(1953, 1, 1)
    assert armistice.decoded("dtend") == date(1954, 1, 1)
    week = vevents["智库发布研究报告"]
    assert week.decoded("dtend") == date(2023, 9, 11)
    assert str(week["description"]).startswith("2023-09-04当周")


def test_ics_uids_are_stable_and_distinct(tl):
    def uids(timeline):
        return [str(v["uid"]) for v in Calendar.from_ical(export_timeline(timeline, "ics")).walk("VEVENT")]
    first, again = uids(tl), uids(make_timeline())
    assert first == again
    assert len(set(first)) == len(first)
    assert all(u.endswith("@timeline") and u.split("-")[0] in tl.events["event_id"].tolist() for u in first)
    assert export_timeline(tl, "ics") == export_timeline(make_timeline(), "ics")  # byte-stable re-export


# ---------------------------------------------------------------- TimelineJS

def test_timelinejs_dates_follow_the_grain(tl):
    doc = json.loads(export_timeline(tl, "timelinejs"))
    assert doc["title"]["text"]["headline"]
    ev = {e["unique_id"]: e for e in doc["events"]}
    assert ev["e1"]["start_date"] == {"year": "2023", "month": "9", "day": "13"}
    assert ev["e1"]["end_date"] == {"year": "2023", "month": "9", "day": "13"}
    assert ev["e2"]["start_date"] == {"year": "2023", "month": "8"}  # month: no day
    assert ev["e3"]["start_date"] == {"year": "1953"} and ev["e3"]["end_date"] == {"year": "1953"}
    assert ev["e4"]["end_date"] == {"year": "2023", "month": "9", "day": "10"}
    assert ev["e4"]["display_date"] == "2023-09-04当周"
    assert ev["e5"]["display_date"] == "2023年7月下旬"
    assert ev["e1"]["group"] == "BBC + RFI"
    assert ev["e3"]["group"] == "BBC"
    assert ev["e1"]["text"]["headline"] == "金正恩与普京在东方航天发射场会面"
    assert "本周三，平壤领导人" in ev["e1"]["text"]["text"]
    assert 'href="https://www.rfi.fr/cn/a1"' in ev["e1"]["text"]["text"]


def test_timelinejs_escapes_article_text():
    tl = hostile_timeline()
    tl.articles.loc[tl.articles["article_id"] == "a3", "url"] = "javascript:alert(1)"
    tl.mentions.loc[tl.mentions["article_id"] == "a3", "url"] = "javascript:alert(1)"
    ev = json.loads(export_timeline(tl, "timelinejs"))["events"][0]
    text, headline = ev["text"]["text"], ev["text"]["headline"]
    assert "<script>" not in text and "&lt;script&gt;" in text
    assert "<img" not in headline and "&lt;img" in headline
    assert "&amp; 宴会" in text
    assert "javascript:" not in text  # a non-web link is shown as plain outlet name


# ---------------------------------------------------------------- readable dates

@pytest.mark.parametrize("start,end,grain,lang,expected", [
    ("2023-07-21", "2023-07-31", "month_part", "zh", "2023年7月下旬"),
    ("2023-07-21", "2023-07-31", "month_part", "en", "late July 2023"),
    ("2023-02-01", "2023-02-10", "month_part", "en", "early February 2023"),
    ("2023-02-11", "2023-02-20", "month_part", "zh", "2023年2月中旬"),
    ("2023-09-04", "2023-09-10", "week", "en", "Week of 2023-09-04"),
    ("2023-07-01", "2023-09-30", "quarter", "en", "Q3 2023"),
    ("2023-01-01", "2023-06-30", "half_year", "zh", "2023年上半年"),
    ("2019-11-01", "2019-12-31", "year_part", "zh", "2019年底"),
    ("2010-01-01", "2019-12-31", "decade", "en", "2010s"),
    ("2023-09-12", "2023-09-13", "day", "zh", "2023年9月12日至9月13日"),
    ("2023-09-13", "2023-09-13", "day", "en", "13 September 2023"),
])
def test_describe_date_says_fuzzy_spans_as_a_reader_would(start, end, grain, lang, expected):
    assert describe_date(pd.Timestamp(start), pd.Timestamp(end), grain, lang) == expected


# ---------------------------------------------------------------- on the real seeds

SEEDS = os.path.join(os.path.dirname(__file__), os.pardir, "seeds")


@pytest.fixture(scope="module")
def seed_timeline():
    from timeline.build import load_timeline
    return load_timeline([SEEDS])


def test_seed_exports_agree_with_each_other(seed_timeline):
    tl = seed_timeline
    doc = json.loads(export_timeline(tl, "json"))
    assert {a["file"] for a in doc["articles"]} == set(os.listdir(SEEDS))
    assert {a["source"] for a in doc["articles"]} == {"RFI", "BBC"}
    ids = [m["id"] for e in doc["events"] for m in e["mentions"]]
    assert len(ids) == len(set(ids)) == len(tl.mentions)
    assert any(set(e["sources"]) == {"RFI", "BBC"} for e in doc["events"])
    for e in doc["events"]:
        for m in e["mentions"]:
            assert m["sentence"][m["expression_offset"]:].startswith(m["expression"])
    frame = pd.read_csv(io.BytesIO(export_timeline(tl, "csv")))
    assert len(frame) == len(tl.mentions)
    assert frame["sentence"].str.contains("金正恩").any()
    cal = Calendar.from_ical(export_timeline(tl, "ics"))
    assert len(cal.walk("VEVENT")) == len(tl.events)
    tljs = json.loads(export_timeline(tl, "timelinejs"))
    assert len(tljs["events"]) == len(tl.events)


def test_cli_writes_a_seed_export_atomically(tmp_path, capsys):
    from timeline.cli import main
    out = tmp_path / "timeline.ics"
    assert main(["export", SEEDS, "--format", "ics", "-o", str(out)]) == 0
    assert len(Calendar.from_ical(out.read_bytes()).walk("VEVENT")) > 0
    assert os.listdir(tmp_path) == ["timeline.ics"]

"""Archive builds: Dask gives the single-process timeline, Parquet keeps it, bad folders are named."""
import shutil
from pathlib import Path

import pandas as pd
import pytest

import timeline.archive
import timeline.build
from timeline.archive import build_archive, build_on_dask, dask_client, read_built, read_on_dask, write_built
from timeline.articles import read_articles
from timeline.build import build_timeline
from timeline.cli import main
from timeline.export import export_timeline

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
STORIES = [ROOT / "seeds"] + sorted(DATA.glob("heldout*/")) + sorted(p for p in DATA.glob("real_*") if p.is_dir())


@pytest.fixture(scope="module")
def client():
    with dask_client(n_workers=2) as c:
        yield c


@pytest.mark.parametrize("story", STORIES, ids=lambda p: p.name)
def test_dask_build_equals_the_single_process_build(client, story):
    articles, problems = read_articles([story])
    dask_articles, dask_problems = read_on_dask([story], client)
    assert [a.id for a in dask_articles] == [a.id for a in articles]
    assert dask_problems == problems
    single = export_timeline(build_timeline(articles), "json")
    assert export_timeline(build_on_dask(dask_articles, client), "json") == single


def test_all_stories_at_once_on_dask_equal_one_process(client):
    articles, _ = read_articles(STORIES)
    assert export_timeline(build_on_dask(articles, client), "json") == \
        export_timeline(build_timeline(articles), "json")


def test_an_archive_built_shard_by_shard_equals_one_process(client, tmp_path, monkeypatch):
    # Small shards and small tasks, so that shards take mentions from several tasks and event
    # numbers run on across shards; a copy of the seeds (files sharing names: their articles
    # take other ids), a folder given twice and a missing path.
    monkeypatch.setattr(timeline.build, "MIN_SHARD_MENTIONS", 40)
    monkeypatch.setattr(timeline.archive, "PARTITION_ARTICLES", 7)
    shutil.copytree(ROOT / "seeds", tmp_path / "copy")
    inputs = STORIES + [tmp_path / "copy", DATA / "no-such-folder", DATA / "real_abe_2022"]
    articles, problems = read_articles(inputs)
    single = build_timeline(articles)
    n_events, n_mentions, n_articles, built_problems = build_archive(inputs, client, tmp_path / "built")
    assert (n_events, n_mentions, n_articles) == (len(single.events), len(single.mentions), len(articles))
    assert built_problems == problems + single.problems
    assert any("no-such-folder" in p.file for p in built_problems)
    single.problems = problems + single.problems      # as `timeline build` writes them
    again = read_built(tmp_path / "built")
    for fmt in ("json", "csv"):
        assert export_timeline(again, fmt) == export_timeline(single, fmt)
    assert again.articles["article_id"].tolist() == [a.id for a in articles]
    assert len(set(again.articles["article_id"])) == len(articles)
    assert again.events["event_id"].tolist() == [f"e{n}" for n in range(1, n_events + 1)]


def test_built_archive_reopens_as_the_same_timeline(tmp_path):
    tl = build_timeline(read_articles([ROOT / "seeds"])[0])
    write_built(tl, tmp_path / "built")
    events = pd.read_parquet(tmp_path / "built" / "events.parquet")
    assert len(events) == len(tl.events) and "label" in events
    again = read_built(tmp_path / "built")
    for fmt in ("json", "csv", "ics", "timelinejs"):
        assert export_timeline(again, fmt) == export_timeline(tl, fmt)


def test_a_folder_that_is_not_built_is_named(tmp_path):
    with pytest.raises(ValueError, match="articles.parquet, mentions.parquet, events.parquet, problems.parquet missing"):
        read_built(tmp_path)
    write_built(build_timeline([]), tmp_path)
    (tmp_path / "events.parquet").write_bytes(b"not parquet")
    with pytest.raises(ValueError, match="events.parquet cannot be read as Parquet"):
        read_built(tmp_path)


def test_build_command_writes_parquet_without_dask(tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(ROOT / "seeds"), "--out", str(out), "--workers", "0"]) == 0
    assert len(pd.read_parquet(out / "articles.parquet")) == 5
    assert "wrote" in capsys.readouterr().err


def test_serve_built_opens_the_archive_without_reading_articles(tmp_path, monkeypatch, capsys):
    import dash

    import timeline.articles
    from timeline.cli import build_parser

    write_built(build_timeline(read_articles([ROOT / "seeds"])[0]), tmp_path / "built")
    monkeypatch.setattr(timeline.articles, "read_articles", lambda *a: pytest.fail("articles re-read"))
    runs = []
    monkeypatch.setattr(dash.Dash, "run", lambda self, **kw: runs.append(kw))
    args = build_parser().parse_args(["serve", "--built", str(tmp_path / "built")])
    assert args.func(args) == 0 and runs
    assert "from 5 articles" in capsys.readouterr().err

"""Story selection over a mixed input, and what counts as an article."""
from datetime import date
from pathlib import Path

from timeline.articles import read_articles
from timeline.cli import main
from timeline.story import query_terms, select_story

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent


def _mixed():
    articles, _ = read_articles([ROOT / "seeds", DATA / "heldout3", DATA / "heldout6"])
    return articles


def test_an_alias_finds_every_spelling_of_the_name():
    spellings = query_terms("普里戈任")[0]
    assert {"普里格津", "普里戈津", "prigozhin"} <= set(spellings)


def test_the_wagner_query_picks_the_mutiny_articles_out_of_three_stories():
    articles = _mixed()
    chosen, ranked = select_story(articles, "普里戈任 瓦格纳/Wagner 叛乱/mutiny")
    assert {Path(a.path).parent.name for a in chosen} == {"heldout3"}
    assert len(chosen) == 8
    # Traditional 普里格津 (中央社) and English Prigozhin (The Guardian) are found through the aliases.
    assert any(a.outlet == "中央社" for a in chosen) and any(a.language == "en" for a in chosen)
    assert ranked[0].score >= ranked[-1].score


def test_the_threshold_and_the_date_window_narrow_the_story():
    articles = _mixed()
    query = "普里戈任 瓦格纳/Wagner 叛乱/mutiny"
    everything, _ = select_story(articles, query, threshold=0.0)
    assert len(everything) == len(articles)
    june, _ = select_story(articles, query, since=date(2023, 6, 1), until=date(2023, 6, 30))
    assert june and all(a.published.month == 6 for a in june)
    assert len(june) < 8


def test_story_command_prints_the_chosen_articles_with_scores(capsys):
    assert main(["story", "伊朗 以色列 袭击/attack", str(DATA / "heldout6"), str(ROOT / "seeds")]) == 0
    lines = capsys.readouterr().out.strip().split("\n")
    assert len(lines) == 8
    assert all("heldout6" in line and 0.35 <= float(line.split("\t")[0]) <= 1 for line in lines)


def test_events_with_story_runs_on_the_chosen_articles_only(capsys):
    assert main(["events", str(ROOT / "seeds"), str(DATA / "heldout6"), "--story", "伊朗 以色列 袭击/attack"]) == 0
    err = capsys.readouterr().err
    assert "8 of 13 articles" in err and "in 8 articles" in err


def test_a_manifest_of_sources_is_not_an_article(tmp_path):
    (tmp_path / "MANIFEST.md").write_text(
        "# Sources\n\n| outlet | url | published |\n|---|---|---|\n| BBC | https://www.bbc.com/x | 2023-09-15 |\n",
        encoding="utf-8")
    (tmp_path / "story.txt").write_text("2023年9月15日\n\n金正恩周三在东方航天发射场与普京会面。\n", encoding="utf-8")
    articles, problems = read_articles([tmp_path])
    assert [a.file for a in articles] == ["story.txt"]
    assert problems[0].file == "MANIFEST.md" and "no dateline" in problems[0].reason

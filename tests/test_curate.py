"""Corrections kept across rebuilds: what a user does through `timeline curate` on the seeds, and
the rules of the corrections file (timeline/curate.py)."""
import json
import shutil
import threading
from pathlib import Path

import pandas as pd
import pytest

from timeline.cli import main
from timeline.curate import (Correction, add_correction, apply_corrections, corrections_path, new_correction,
                             read_corrections)

ROOT = Path(__file__).resolve().parents[1]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out, err


def export_csv(capsys, folder, tmp_path):
    target = tmp_path / "events.csv"
    run(capsys, "export", str(folder), "--format", "csv", "-o", str(target))
    return pd.read_csv(target, encoding="utf-8-sig")


def events_of(capsys, folder):
    out, err = run(capsys, "events", str(folder))
    return out.splitlines(), err


def test_merge_split_rename_hide_through_the_cli_survive_a_rebuild(tmp_path, capsys):
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "seeds", folder)
    later = folder / "004_c3dba692c806ad16.txt"
    held_back = tmp_path / later.name
    later.rename(held_back)                       # the fifth article comes in later

    from timeline.build import load_timeline
    tl = load_timeline([str(folder)])
    ev, mentions = tl.events, tl.mentions
    day13 = ev[ev["start"] == pd.Timestamp("2023-09-13")]
    summit = day13.sort_values("n_mentions").iloc[-1]
    toast = day13[day13["label"].str.contains("敬酒")].iloc[0]
    missiles = day13[day13["label"].str.contains("短程导弹")].iloc[0]
    summit_mentions = mentions[mentions["event_id"] == summit["event_id"]]
    stray = summit_mentions[summit_mentions["sentence"].str.contains("乘私人装甲列车")].iloc[0]
    doomed = ev[ev["label"].str.contains("航空")].iloc[0]           # told only in article 000
    doomed_key = mentions[mentions["event_id"] == doomed["event_id"]]["key"].iloc[0]
    # Event ids change with every correction (e1... in date order); mention keys do not.
    summit_key = summit_mentions[~summit_mentions["sentence"].str.contains("乘私人装甲列车")]["key"].iloc[0]

    opt = ["-i", str(folder), "--by", "ana"]
    run(capsys, "curate", "merge", *opt, summit["event_id"], toast["event_id"])
    run(capsys, "curate", "split", *opt, stray["key"])
    run(capsys, "curate", "rename", *opt, summit_key, "金正恩与普京在东方航天发射场会晤")
    run(capsys, "curate", "hide", *opt, mentions[mentions["event_id"] == missiles["event_id"]]["key"].iloc[0])
    run(capsys, "curate", "rename", *opt, doomed_key, "金正恩参观共青城飞机制造厂")

    path = corrections_path([folder])
    assert path == tmp_path / "story.corrections.jsonl"
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [c["action"] for c in lines] == ["merge", "split", "rename", "hide", "rename"]
    assert all(c["by"] == "ana" and c["at"].startswith("20") for c in lines)

    def check(csv):
        summit_rows = csv[csv["event_label"] == "金正恩与普京在东方航天发射场会晤"]
        assert summit_rows["event_id"].nunique() == 1
        assert summit_rows["sentence"].str.contains("敬酒").any()           # merged
        assert not summit_rows["sentence"].str.contains("乘私人装甲列车").any()  # split out
        armoured = csv[csv["sentence"].str.contains("乘私人装甲列车")]
        assert len(armoured) == 1 and armoured["event_id"].iloc[0] != summit_rows["event_id"].iloc[0]
        assert not csv["sentence"].str.contains("短程导弹").any()            # hidden

    # The rebuild with one more article keeps every correction.
    held_back.rename(later)
    csv = export_csv(capsys, folder, tmp_path)
    check(csv)
    assert csv["event_label"].str.contains("金正恩参观共青城飞机制造厂").any()
    out, _ = run(capsys, "curate", "list", *opt)
    assert out.count("\tapplied") == 5

    # An article removed: its correction no longer applies, is named, the others still do.
    (folder / "000_adbef3cad43c41d8.txt").unlink()
    lines, err = events_of(capsys, folder)
    doomed_id = [c["id"] for c in json.loads("[" + ",".join(path.read_text(encoding="utf-8").splitlines()) + "]")
                 if c["mention"] == doomed_key][0]
    assert f"correction {doomed_id} (rename the event of {doomed_key}" in err
    assert "no longer in the articles" in err
    assert any("金正恩与普京在东方航天发射场会晤" in line for line in lines)
    check(export_csv(capsys, folder, tmp_path))
    out, _ = run(capsys, "curate", "list", *opt)
    assert out.count("\tapplied") == 4 and out.count("NOT APPLIED") == 1

    # Undo takes a correction out again.
    run(capsys, "curate", "undo", *opt, doomed_id)
    assert len(read_corrections(path)[0]) == 4


def test_an_unknown_event_is_refused_with_a_message(tmp_path, capsys):
    folder = tmp_path / "story"
    shutil.copytree(ROOT / "seeds", folder)
    assert main(["curate", "hide", "-i", str(folder), "e999"]) == 2
    assert "'e999' is neither an event id" in capsys.readouterr().err
    assert not corrections_path([folder]).exists()


def test_a_bad_line_is_named_and_the_others_still_apply(tmp_path):
    path = tmp_path / "x.corrections.jsonl"
    good = new_correction("hide", "a.txt:5:周三", by="ana")
    add_correction(path, good)
    with open(path, "a", encoding="utf-8") as fh:
        fh.write("{not json\n" + json.dumps({"action": "explode", "mention": "a"}) + "\n")
    corrections, problems = read_corrections(path)
    assert corrections == [good]
    assert problems[0].startswith(f"{path}: line 2: not a correction")
    assert "line 3" in problems[1] and "unknown action 'explode'" in problems[1]


def test_two_writers_at_once_never_lose_a_correction(tmp_path):
    path = tmp_path / "x.corrections.jsonl"

    def write(n):
        for k in range(25):
            add_correction(path, new_correction("rename", f"a.txt:{n}:{k}", label=f"tab {n} #{k}", by=f"tab{n}"))
    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    corrections, problems = read_corrections(path)
    assert not problems and len(corrections) == 100 and len({c.id for c in corrections}) == 100


def test_corrections_apply_in_order_and_follow_merges():
    keys = ["a", "b", "c", "d"]
    groups = [0, 0, 1, 2]
    corrections = [Correction("rename", "c", label="C"), Correction("merge", "c", other="d"),
                   Correction("split", "b", other="c"), Correction("hide_mention", "a"),
                   Correction("hide", "zzz")]
    cur = apply_corrections(keys, groups, corrections)
    assert cur.groups[0] is None
    assert cur.groups[1] == cur.groups[2] == cur.groups[3]
    assert cur.names[cur.groups[2]] == "C"
    assert [c.mention for c, _ in cur.unapplied] == ["zzz"]

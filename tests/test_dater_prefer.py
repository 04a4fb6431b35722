"""find_dates(..., prefer="future"): dates the text leaves open are the coming ones, as a
schedule or a notice means them; by default (news) they are past ones unless a marker says."""
from __future__ import annotations

from datetime import date

import pytest

from timeline.dater import find_dates

FRIDAY = date(2016, 9, 2)


def _values(text, lang, **kwargs):
    return [(m.expression, m.start, m.end) for m in find_dates(text, FRIDAY, lang=lang, **kwargs)]


@pytest.mark.parametrize("text,lang,news,coming", [
    ("礼拜四停水。", "zh", (date(2016, 9, 1),) * 2, (date(2016, 9, 8),) * 2),
    ("星期六-星期一闭馆。", "zh", (date(2016, 8, 27), date(2016, 8, 29)), (date(2016, 9, 3), date(2016, 9, 5))),
    ("8月3日开幕。", "zh", (date(2016, 8, 3),) * 2, (date(2017, 8, 3),) * 2),
    ("The office is closed on Thursday.", "en", (date(2016, 9, 1),) * 2, (date(2016, 9, 8),) * 2),
])
def test_open_dates_are_the_coming_ones_when_asked(text, lang, news, coming):
    (expression, *default), = _values(text, lang)
    assert tuple(default) == news
    (expression_future, *future), = _values(text, lang, prefer="future")
    assert expression_future == expression and tuple(future) == coming


def test_dates_the_text_fixes_do_not_move():
    text = "上周五、昨天和2016年9月10日"
    assert _values(text, "zh", prefer="future") == _values(text, "zh")


def test_an_unknown_preference_is_refused():
    with pytest.raises(ValueError, match="prefer"):
        find_dates("周四", FRIDAY, prefer="past")


@pytest.mark.parametrize("flag,expected", [([], "2016-09-01"), (["--prefer", "past"], "2016-09-01"),
                                           (["--prefer", "future"], "2016-09-08")])
def test_the_dates_command_takes_the_preference(capsys, flag, expected):
    import json

    from timeline.cli import main

    assert main(["dates", "The office is closed on Thursday.", "--ref", "2016-09-02", "--lang", "en", *flag]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["start"] == expected


def test_the_dates_command_refuses_an_unknown_preference(capsys):
    from timeline.cli import main

    with pytest.raises(SystemExit):
        main(["dates", "周四", "--prefer", "soon"])
    assert "--prefer" in capsys.readouterr().err

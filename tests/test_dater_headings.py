"""A chronology's dated heading with a day and an hour (<b>周六上午7:30</b>) heads the paragraph
under it, so the dater dates that paragraph (issue 10, Structure)."""
from datetime import date

from timeline.articles import read_articles
from timeline.dater import find_dates


def _read(tmp_path, body):
    # the seeds' format: publication epoch (2024-03-25 08:00 +08:00), title link, body
    path = tmp_path / "live.txt"
    path.write_text(f"<!--1711324800000-->\n[标题](https://www.zaobao.com.sg/x)\n------\n\n{body}\n",
                    encoding="utf-8")
    articles, problems = read_articles([path])
    assert not problems, problems
    return articles[0]


def test_a_day_and_hour_heading_dates_the_paragraph_it_heads(tmp_path):
    article = _read(tmp_path, "<p>俄罗斯音乐厅遇袭事件的经过如下。</p>"
                              "<p><b>周五晚上8时</b></p><p>数名枪手闯入音乐厅向人群开枪。</p>"
                              "<p><b>周六上午7:30</b></p><p>当局宣布逮捕了11名嫌疑人。</p>")
    texts = [s.text for s in article.sentences]
    assert "周五晚上8时 数名枪手闯入音乐厅向人群开枪。" in texts
    assert "周六上午7:30 当局宣布逮捕了11名嫌疑人。" in texts
    heading = next(t for t in texts if t.startswith("周六"))
    [mention] = find_dates(heading, date(2024, 3, 25))
    assert (mention.expression, mention.start) == ("周六上午7:30", date(2024, 3, 23))


def test_a_bold_subhead_without_a_date_is_still_dropped(tmp_path):
    article = _read(tmp_path, "<p>俄罗斯音乐厅遇袭事件的经过如下。</p>"
                              "<p><b>嫌犯身份</b></p><p>当局宣布逮捕了11名嫌疑人。</p>")
    assert [s.text for s in article.sentences] == ["俄罗斯音乐厅遇袭事件的经过如下。", "当局宣布逮捕了11名嫌疑人。"]

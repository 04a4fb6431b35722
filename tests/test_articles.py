import json
import os
from datetime import datetime, timezone
from pathlib import Path

import pytest

import timeline.articles as articles_module
from timeline.articles import read_articles
from timeline.outlets import outlet_for_url

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "data" / "articles"
GOLD = Path(__file__).resolve().parent / "data" / "seed_events.json"
UTC = timezone.utc

BOILERPLATE = ["图像来源", "获取更多", "feedx", "作者：", "分享", "你的器材不支持", "BBC亚洲数字记者",
               "15/09/2023", "10 分钟前", "多媒体播放器"]


@pytest.fixture(scope="module")
def seeds():
    articles, problems = read_articles([SEEDS])
    assert problems == []
    return {a.file: a for a in articles}


@pytest.fixture(scope="module")
def fixtures():
    articles, problems = read_articles([FIXTURES])
    return {a.file: a for a in articles}, {p.file: p.reason for p in problems}


def sentence_texts(article):
    return [s.text for s in article.sentences]


def write_seed(folder, name, body, epoch="1694792702000", url="https://www.voanews.com/a/x.html",
               title="标题", encoding="utf-8"):
    path = folder / name
    path.write_bytes(f"<!--{epoch}-->\n[{title}]({url})\n------\n\n{body}\n".encode(encoding))
    return path


def read_one(path):
    articles, problems = read_articles([path])
    assert problems == [], problems
    assert len(articles) == 1
    return articles[0]


def problem_for(path):
    articles, problems = read_articles([path])
    assert articles == []
    assert [p.file for p in problems] == [os.path.basename(path)]
    return problems[0].reason


# ----------------------------------------------------------------------------- the seeds

def test_seeds_read_with_outlets_titles_and_language(seeds):
    assert sorted(seeds) == sorted(p.name for p in SEEDS.iterdir())
    assert [seeds[f].outlet for f in sorted(seeds)] == ["RFI", "RFI", "RFI", "BBC", "RFI"]
    assert seeds["000_adbef3cad43c41d8.txt"].title == "朝俄蜜月 美日韩：有军事协议将祭制裁 - 要闻解说"
    assert seeds["003_b53b4a0bd97847b9.txt"].title == "普京与金正恩会晤：有可能和朝鲜进行军事合作"
    assert seeds["003_b53b4a0bd97847b9.txt"].url == "https://www.bbc.com/zhongwen/simp/world-66806764"
    assert all(a.language == "zh" and a.encoding == "utf-8" for a in seeds.values())
    assert seeds["000_adbef3cad43c41d8.txt"].id == "000_adbef3cad43c41d8"


def test_rfi_time_comes_from_the_paris_dateline_not_the_feed_epoch(seeds):
    a = seeds["000_adbef3cad43c41d8.txt"]
    assert a.published == datetime(2023, 9, 15, 13, 46, tzinfo=UTC)   # 15:46 Paris (CEST)
    assert a.published.utcoffset().total_seconds() == 2 * 3600
    assert a.published_source == "page:dateline"
    assert a.page_time == a.published
    assert a.header_time == datetime(2023, 9, 15, 15, 45, 2, tzinfo=UTC)


def test_bbc_date_only_time_element_is_combined_with_the_epoch_of_that_day(seeds):
    a = seeds["003_b53b4a0bd97847b9.txt"]
    assert a.page_time.date().isoformat() == "2023-09-14"
    assert a.published == a.header_time == datetime(2023, 9, 14, 9, 13, 1, tzinfo=UTC)
    assert a.published_source == "page:time-element+header-epoch"


def test_every_seed_has_its_gold_publication_date(seeds):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))["articles"]
    for name, meta in gold.items():
        assert seeds[name].published.date().isoformat() == meta["published"]
        assert seeds[name].outlet == meta["source"]


def test_seed_sentences_have_no_boilerplate_and_consistent_offsets(seeds):
    for a in seeds.values():
        assert a.sentences
        for i, s in enumerate(a.sentences):
            assert s.index == i
            assert a.text[s.start:s.end] == s.text
            assert s.paragraph == a.text.count("\n", 0, s.start)
            assert "\n" not in s.text and s.text == s.text.strip()
            for junk in BOILERPLATE:
                assert junk not in s.text, (a.file, s.text)


def test_subheads_are_left_out_and_bold_leads_kept(seeds):
    rfi = sentence_texts(seeds["000_adbef3cad43c41d8.txt"])
    assert not any("莫斯科：没有任何协议" in s or s.startswith("互相需要") or "中国会不满" in s for s in rfi)
    assert rfi[0].startswith("朝鲜领导人金正恩继续他对俄罗斯的特殊访问，周五（9月15日）上午")
    bbc = sentence_texts(seeds["003_b53b4a0bd97847b9.txt"])
    assert "周三下午，两国领导人在宴会上互相敬酒。" in bbc           # caption text that reports
    assert not any("装甲专列、防弹座驾和贴身护卫" in s for s in bbc)    # video title


def test_every_gold_context_is_inside_one_sentence(seeds):
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    mentions = [m for e in gold["events"] for m in e["mentions"]] + gold["ignore"]
    for m in mentions:
        assert any(m["context"] in s for s in sentence_texts(seeds[m["doc"]])), m


# ----------------------------------------------------------------------------- fixtures

def test_fixture_folder_reads_the_good_and_names_the_bad(fixtures):
    good, bad = fixtures
    assert sorted(good) == ["bbc_saved_page.html", "dw_north_korea_english.html",
                            "hostile_page.html", "voa_kim_vladivostok.html"]
    assert bad["empty.txt"] == "empty file"
    assert bad["photo.jpg"] == "binary file, not an article"
    assert "broken header <!--abc-->" in bad["broken_header.txt"]
    assert "looks like seconds" in bad["seconds_header.txt"]
    assert bad["no_date.html"] == \
        "no publication time (no <!--EPOCH_MS--> header and no date on the page)"


def test_saved_voa_page_meta_and_clean_body(fixtures):
    a = fixtures[0]["voa_kim_vladivostok.html"]
    assert a.outlet == "VOA"
    assert a.title == "金正恩结束访俄行程 乘专列离开符拉迪沃斯托克"
    assert a.url == "https://www.voachinese.com/a/kim-leaves-russia-20230917/7271234.html"
    # The NewsArticle's datePublished, not the WebPage wrapper's.
    assert a.published == datetime(2023, 9, 17, 13, 5, tzinfo=UTC)
    assert a.published_source == "page:json-ld"
    assert a.header_time is None
    text = a.text
    assert text.startswith("朝鲜领导人金正恩周日（9月17日）乘专列离开")
    assert "韩国外交部周一召见俄罗斯驻首尔大使" in text
    for junk in ["首页", "分享到", "资料照", "武器交易疑虑", "广告", "相关新闻", "普京接受金正恩访朝邀请",
                 "最受欢迎", "版权所有", "金正恩将访问哪里", "dataLayer", "美国之音中文网"]:
        assert junk not in text, junk


def test_saved_bbc_page_drops_credits_captions_and_link_lists(fixtures):
    a = fixtures[0]["bbc_saved_page.html"]
    assert (a.outlet, a.title) == ("BBC", "金正恩访俄：朝鲜领导人参观战斗机工厂")
    assert a.published == datetime(2023, 9, 15, 8, 12, 30, tzinfo=UTC)
    assert a.published_source == "page:json-ld"
    assert sentence_texts(a) == [
        "朝鲜领导人金正恩周五（9月15日）参观了俄罗斯远东的一家战斗机工厂，这是他访俄行程的最新一站。",
        "俄罗斯政府在社交媒体上发布的视频显示，金正恩在副总理曼图罗夫陪同下观看了苏-35战斗机的飞行表演。",
        "克里姆林宫发言人佩斯科夫周五表示，访问期间没有签署任何协议，“这也不在计划之中”。",
        "美国国务院周四警告说，任何武器交易都将违反联合国安理会决议。",
    ]


def test_story_container_is_found_among_wrappers_and_teaser_cards(tmp_path):
    html = """<html><head><meta property="article:published_time" content="2023-09-15T10:00:00Z">
    </head><body><div class="wrapper main-content"><div class="article-body">
    <p>第一段正文，金正恩周五参观了战斗机工厂，这是他访俄行程的最新一站。</p>
    <p>第二段正文，克里姆林宫发言人佩斯科夫周五表示，访问期间没有签署任何协议。</p></div>
    <div class="more"><article class="card"><p>普京接受邀请访问朝鲜的消息引起关注。</p></article></div>
    </div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    a = read_one(path)
    assert [s.text[:5] for s in a.sentences] == ["第一段正文", "第二段正文"]


def test_chronology_date_headings_stay_with_the_paragraph_they_head(tmp_path):
    body = ("<div>2023年9月18日</div>"
            "<p>金正恩访俄期间的主要行程如下。</p>"
            "<h3>9月10日</h3><p>金正恩乘专列离开平壤。</p>"
            "<p><strong>9月13日（周三）</strong></p><p>金正恩与普京在东方航天发射场会晤。</p><p>双方举行了宴会。</p>")
    a = read_one(write_seed(tmp_path, "chronology.txt", body, url="https://www.zaobao.com.sg/x"))
    assert sentence_texts(a) == ["金正恩访俄期间的主要行程如下。", "9月10日 金正恩乘专列离开平壤。",
                                 "9月13日（周三） 金正恩与普京在东方航天发射场会晤。", "双方举行了宴会。"]
    assert a.published_source == "page:dateline"            # the stamp above the story


def test_line_breaks_separate_paragraphs_and_english_credits_drop(tmp_path):
    body = ("<div>Kim Jong Un toured a fighter jet plant on Friday.<br><br>"
            "He left Russia on Sunday.<br>\u3000\u3000He had spent six days there.</div>"
            "<p>Image source, Getty Images</p><p>Media caption, Kim waves from his train.</p>")
    a = read_one(write_seed(tmp_path, "br.txt", body, url="https://apnews.com/article/x"))
    assert a.text == ("Kim Jong Un toured a fighter jet plant on Friday.\nHe left Russia on Sunday.\n"
                      "He had spent six days there.")
    assert [s.paragraph for s in a.sentences] == [0, 1, 2]


def test_english_page(fixtures):
    a = fixtures[0]["dw_north_korea_english.html"]
    assert (a.outlet, a.language) == ("DW", "en")
    assert a.title == "North Korea's Kim inspects Russian warplanes"
    assert a.published == datetime(2023, 9, 15, 9, 41, tzinfo=UTC)
    assert a.published_source == "page:meta"
    got = sentence_texts(a)
    assert got[:2] == ["North Korean leader Kim Jong Un visited a Russian fighter jet factory on Friday.",
                       "Mr. Kim's trip has raised U.S. concerns about an arms deal."]
    assert "Kim last traveled to Russia in April 2019, when he met Putin in Vladivostok." in got
    for junk in ["Advertisement", "Share", "Image caption", "Lucy Lee", "US warns of sanctions", "what we know",
                 "Home", "Deutsche Welle", "arrives in Russia for Putin summit"]:
        assert junk not in a.text, junk


def test_hostile_html_yields_plain_text_only(fixtures):
    a = fixtures[0]["hostile_page.html"]
    assert a.title == "金正恩参观太平洋舰队"
    for junk in ["alert", "cookie", "stolen", "onerror", "onclick", "javascript", "注释", "隐藏",
                 "矢量图", "框架文字", "请启用", "color", "<", ">"]:
        assert junk not in a.text and junk not in a.title, junk
    assert "报道称，双方讨论了“军事合作”的前景 & 可能的联合演习，时间是 9月16日。" in sentence_texts(a)
    assert a.published == datetime(2023, 9, 16, 7, 30, tzinfo=UTC)


def test_script_urls_are_never_taken_as_the_article_url(tmp_path):
    a = read_one(write_seed(tmp_path, "js.txt", "<p>金正恩周五参观了战斗机工厂。</p>", url="javascript:alert(1)"))
    assert (a.url, a.outlet) == ("", "unknown")
    page = tmp_path / "js.html"
    page.write_text('<html><head><link rel="canonical" href="javascript:alert(1)">'
                    '<meta property="og:url" content="https://www.dw.com/en/a-1">'
                    '<meta property="article:published_time" content="2023-09-15T09:41:00Z"></head>'
                    '<body><p>Kim Jong Un toured a fighter jet plant on Friday.</p></body></html>',
                    encoding="utf-8")
    assert (read_one(page).url, read_one(page).outlet) == ("https://www.dw.com/en/a-1", "DW")


@pytest.mark.parametrize("title,url,site,expected", [
    ("普京与金正恩会晤 - BBC News 中文", "https://www.bbc.com/zhongwen/simp/x", "", "普京与金正恩会晤"),
    ("Kim in Russia | DW | 15.09.2023", "https://www.dw.com/en/x", "", "Kim in Russia"),
    ("Kim meets Putin - The New York Times", "https://www.nytimes.com/x", "The New York Times", "Kim meets Putin"),
    ("Kim meets Putin - BBC News", "https://www.bbc.co.uk/news/x", "", "Kim meets Putin"),
    ("金正恩访俄_新闻_新华网", "https://www.news.cn/x", "新华网", "金正恩访俄_新闻"),
    ("朝俄蜜月 - 要闻解说", "https://www.rfi.fr/cn/x", "", "朝俄蜜月 - 要闻解说"),
    ("Kim - Japan reacts", "https://apnews.com/x", "", "Kim - Japan reacts"),
    ("Summit ends - Co-operation pledged", "https://www.bbc.co.uk/x", "", "Summit ends - Co-operation pledged"),
])
def test_site_names_are_stripped_from_titles_and_nothing_else(tmp_path, title, url, site, expected):
    html = (f'<html><head><title>{title}</title><meta property="og:site_name" content="{site}">'
            f'<link rel="canonical" href="{url}"><meta property="article:published_time" '
            'content="2023-09-15T09:41:00Z"></head><body><p>Kim Jong Un toured a fighter jet plant.</p></body></html>')
    path = tmp_path / "page.html"
    path.write_text(html, encoding="utf-8")
    assert read_one(path).title == expected


# ----------------------------------------------------------------------------- encodings

def test_gbk_file_is_detected_and_decoded(tmp_path):
    body = "<p>朝鲜领导人金正恩周三（9月13日）乘私人装甲列车抵达俄罗斯远东的阿穆尔州，与普京在东方航天发射场会面。</p>"
    a = read_one(write_seed(tmp_path, "gbk.txt", body, title="金正恩抵达俄罗斯", encoding="gbk"))
    assert a.encoding == "gb18030"
    assert a.title == "金正恩抵达俄罗斯"
    assert a.text == "朝鲜领导人金正恩周三（9月13日）乘私人装甲列车抵达俄罗斯远东的阿穆尔州，与普京在东方航天发射场会面。"


def test_big5_traditional_text_is_kept_as_is(tmp_path):
    body = ("<p>朝鮮領導人金正恩週三（9月13日）乘私人裝甲列車抵達俄羅斯遠東的阿穆爾州，與普京在東方航天發射場會面。</p>"
            "<p>克里姆林宮說，雙方討論了軍事合作。</p>")
    a = read_one(write_seed(tmp_path, "big5.html", body, title="金正恩抵達俄羅斯", encoding="big5"))
    assert (a.encoding, a.title) == ("big5", "金正恩抵達俄羅斯")
    assert sentence_texts(a) == [
        "朝鮮領導人金正恩週三（9月13日）乘私人裝甲列車抵達俄羅斯遠東的阿穆爾州，與普京在東方航天發射場會面。",
        "克里姆林宮說，雙方討論了軍事合作。",
    ]
    assert a.language == "zh"


@pytest.mark.parametrize("text,encoding,recorded", [
    ("朝鲜导弹试射。", "gbk", "gb18030"),
    ("克里姆林宫说，双方讨论了军事合作。", "gbk", "gb18030"),
    ("北韓飛彈試射。", "big5", "big5"),
    ("美國國務院週四警告說。", "big5", "big5"),
])
def test_short_legacy_chinese_texts_are_not_mistaken_for_other_encodings(tmp_path, text, encoding, recorded):
    path = tmp_path / "short.txt"
    path.write_bytes(f"<!--1694792702000-->\n\n{text}\n".encode(encoding))
    a = read_one(path)
    assert (a.text, a.encoding) == (text, recorded)


def test_utf8_with_a_broken_byte_is_still_utf8(tmp_path):
    path = tmp_path / "cut.txt"
    path.write_bytes(write_seed(tmp_path, "ok.txt", "<p>金正恩周五参观了战斗机工厂。</p>" * 20).read_bytes()
                     + "<p>克里姆林宫说".encode("utf-8")[:-1])
    a = read_one(path)
    assert a.encoding == "utf-8, 1 invalid byte sequence(s) replaced"
    assert a.sentences[0].text == "金正恩周五参观了战斗机工厂。"


def test_latin1_english_keeps_its_accents(tmp_path):
    path = write_seed(tmp_path, "latin1.txt", "<p>Kim visited the café in Vladivostok on Saturday.</p>",
                      url="https://www.afp.com/en/x", title="Kim in Vladivostok", encoding="cp1252")
    assert read_one(path).text == "Kim visited the café in Vladivostok on Saturday."


def test_meta_charset_of_a_saved_gb2312_page(tmp_path):
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>朝鲜发射导弹_新闻_新华网</title><meta property="og:site_name" content="新华网">'
            '<meta property="article:published_time" content="2023-09-13T10:00:00+08:00">'
            '<link rel="canonical" href="http://www.news.cn/world/2023-09/13/c_1.htm"></head>'
            '<body><div class="main"><p>朝鲜周三上午向其东部海域发射了两枚短程弹道导弹，韩国联合参谋本部说。</p>'
            '<p>这是朝鲜今年以来的又一次导弹试射。</p></div></body></html>')
    path = tmp_path / "xinhua.htm"
    path.write_bytes(html.encode("gb18030"))
    a = read_one(path)
    assert (a.encoding, a.outlet, a.title) == ("gb18030", "新华社", "朝鲜发射导弹_新闻")
    assert a.published == datetime(2023, 9, 13, 2, 0, tzinfo=UTC)
    assert len(a.sentences) == 2


@pytest.mark.parametrize("encoding,recorded", [("utf-8-sig", "utf-8 (BOM)"), ("utf-16", "utf-16 (BOM)")])
def test_byte_order_marks(tmp_path, encoding, recorded):
    a = read_one(write_seed(tmp_path, "bom.txt", "<p>金正恩周五参观了战斗机工厂。</p>", encoding=encoding))
    assert a.encoding == recorded
    assert a.text == "金正恩周五参观了战斗机工厂。"
    assert a.header_time == datetime(2023, 9, 15, 15, 45, 2, tzinfo=UTC)


# ----------------------------------------------------------------------------- shapes

def test_plain_text_english_body_with_header(tmp_path):
    body = ("Kim Jong Un left Vladivostok on Sunday. He had spent six days in Russia.\n\n"
            "## What next\n\nAnalysts expect a return visit by Putin, said [Reuters](https://reuters.com).")
    a = read_one(write_seed(tmp_path, "reuters.md", body, url="https://www.reuters.com/world/x",
                            title="Kim leaves Russia"))
    assert (a.outlet, a.language, a.published_source) == ("Reuters", "en", "header-epoch")
    assert sentence_texts(a) == ["Kim Jong Un left Vladivostok on Sunday.", "He had spent six days in Russia.",
                                 "Analysts expect a return visit by Putin, said Reuters."]


def test_markdown_without_header_takes_title_and_dateline_from_the_text(tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# 金正恩离开俄罗斯\n\n2023年9月17日 18:30\n\n金正恩周日乘专列离开符拉迪沃斯托克。\n",
                    encoding="utf-8")
    a = read_one(path)
    assert (a.title, a.text, a.published_source) == ("金正恩离开俄罗斯", "金正恩周日乘专列离开符拉迪沃斯托克。",
                                                     "page:dateline")
    assert a.published == datetime(2023, 9, 17, 18, 30, tzinfo=UTC)   # no outlet: UTC
    assert a.outlet == "unknown"


def test_date_only_page_marker_on_another_day_than_the_epoch_wins(tmp_path):
    body = '<div><time datetime="2023-09-10">9月10日</time></div><p>金正恩的专列从平壤出发前往俄罗斯。</p>'
    a = read_one(write_seed(tmp_path, "late_feed.txt", body, url="https://www.bbc.com/zhongwen/x"))
    assert a.published_source == "page:time-element"
    assert a.published.date().isoformat() == "2023-09-10"
    assert a.published.astimezone(UTC).date().isoformat() == "2023-09-10"


def test_time_in_the_byline_counts_time_in_related_stories_does_not(tmp_path):
    html = """<html><head><title>Kim tours plant</title></head><body>
    <div class="related-stories"><time datetime="2023-09-01T08:00:00Z">Sept. 1</time>
    <a href="/a">Kim plans trip</a></div>
    <article><div class="byline">By Choe Sang-Hun and Ivan Nechepurenko <time datetime="2023-09-15T06:00:00-04:00">Sept. 15, 2023</time></div>
    <p>Kim Jong Un toured a fighter jet plant in the Russian Far East on Friday.</p></article>
    </body></html>"""
    path = tmp_path / "nyt.html"
    path.write_text(html, encoding="utf-8")
    a = read_one(path)
    assert (a.published, a.published_source) == (datetime(2023, 9, 15, 10, 0, tzinfo=UTC), "page:time-element")
    assert a.text == "Kim Jong Un toured a fighter jet plant in the Russian Far East on Friday."


def test_a_time_element_inside_a_sentence_is_not_the_publication_time(tmp_path):
    body = '<p>Kim met Putin on <time datetime="2023-09-13">Wednesday</time> at the Vostochny Cosmodrome.</p>'
    a = read_one(write_seed(tmp_path, "inline.txt", body, url="https://www.cnn.com/x"))
    assert a.published_source == "header-epoch"


def test_iso_stamp_dateline_keeps_its_offset(tmp_path):
    body = "<div>发布时间：2023-09-15T21:46:00+08:00</div><p>金正恩周五参观了战斗机工厂。</p>"
    a = read_one(write_seed(tmp_path, "iso.txt", body, url="https://www.zaobao.com.sg/x"))
    assert (a.published, a.published_source) == (datetime(2023, 9, 15, 13, 46, tzinfo=UTC), "page:dateline")


@pytest.mark.parametrize("dateline,expected", [
    ("Published September 15, 2023 3:46 PM", datetime(2023, 9, 15, 19, 46, tzinfo=UTC)),   # New York, EDT
    ("Sep 15, 2023 at 09:05 UTC", datetime(2023, 9, 15, 9, 5, tzinfo=UTC)),
    ("2023年9月15日 星期五 15:46", datetime(2023, 9, 15, 19, 46, tzinfo=UTC)),
])
def test_wall_clock_datelines_are_read_in_the_outlet_timezone(tmp_path, dateline, expected):
    body = f"<div>{dateline}</div><p>Kim Jong Un toured a fighter jet plant on Friday.</p>"
    a = read_one(write_seed(tmp_path, "ap.txt", body, url="https://apnews.com/article/x"))
    assert (a.published, a.published_source) == (expected, "page:dateline")
    assert a.text == "Kim Jong Un toured a fighter jet plant on Friday."


def test_ambiguous_numeric_dateline_is_read_near_the_epoch(tmp_path):
    # 04/03/2023 is 4 March day-first, 3 April month-first; the feed saw it on 3 April.
    a = read_one(write_seed(tmp_path, "d.txt", "<div>04/03/2023 - 08:00</div><p>报道正文在这里，有一句话。</p>",
                            epoch="1680512400000", url="https://www.rfi.fr/cn/x"))
    assert a.published_source == "page:dateline"
    assert (a.published.month, a.published.day) == (4, 3)


@pytest.mark.parametrize("name,content,reason", [
    ("no_body.txt", "<!--1694792702000-->\n[标题](https://www.rfi.fr/cn/x)\n------\n\n", "no body text"),
    ("only_script.html", "<!--1694792702000-->\n[t](https://www.rfi.fr/x)\n------\n<div><script>alert(1)</script></div>",
     "HTML yields no article text"),
    ("notes.csv", "a,b,c\n1,2,3\n", "not an article: unknown file type .csv"),
    ("whitespace.txt", "  \n\n ", "empty file"),
])
def test_bad_files_are_reported(tmp_path, name, content, reason):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert problem_for(path).startswith(reason)


def test_a_stray_nul_byte_does_not_make_a_page_binary(tmp_path):
    path = write_seed(tmp_path, "nul.txt", "<p>金正恩周五参观了战斗机工厂。\x00</p>" + "<p>克里姆林宫说，没有签署任何协议。</p>" * 5)
    assert read_one(path).sentences[0].text == "金正恩周五参观了战斗机工厂。"


@pytest.mark.parametrize("data", [b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", b"PK\x03\x04" + b"a" * 100])
def test_binary_signatures(tmp_path, data):
    path = tmp_path / "download.html"
    path.write_bytes(data)
    assert problem_for(path) == "binary file, not an article"


def test_unknown_extension_with_an_article_inside_is_read(tmp_path):
    path = write_seed(tmp_path, "story.download", "<p>金正恩周五参观了战斗机工厂。</p>")
    assert read_one(path).text == "金正恩周五参观了战斗机工厂。"


def test_undecodable_bytes(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes([0x81, 0x30, 0xff, 0xfe, 0x80]) * 5 + b"\x1b\x1b\x1b" * 3)
    assert problem_for(path) in ("binary file, not an article",
                                 "undecodable: not UTF-8 and no known text encoding fits")


def test_file_too_large(tmp_path, monkeypatch):
    monkeypatch.setattr(articles_module, "MAX_BYTES", 100)
    path = write_seed(tmp_path, "big.txt", "<p>" + "金正恩访问俄罗斯。" * 50 + "</p>")
    assert problem_for(path).startswith("file too large")


def test_unreadable_file(tmp_path, monkeypatch):
    path = write_seed(tmp_path, "secret.txt", "<p>金正恩访问俄罗斯。</p>")
    real_open = os.open

    def guarded_open(file, *args, **kwargs):   # chmod 0 means nothing to root: simulate it
        if os.fspath(file) == os.fspath(path):
            raise PermissionError(13, "Permission denied", os.fspath(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr("os.open", guarded_open)
    assert problem_for(path) == "cannot read file: permission denied"


def test_missing_path_and_the_rest_still_read(tmp_path):
    good = write_seed(tmp_path, "good.txt", "<p>金正恩访问俄罗斯。</p>")
    articles, problems = read_articles([tmp_path / "nope.txt", good])
    assert [a.file for a in articles] == ["good.txt"]
    assert [(p.file, p.reason) for p in problems] == [("nope.txt", "path does not exist")]


def test_folders_are_walked_sorted_recursively_skipping_hidden(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".cache").mkdir()
    for path in [tmp_path / "b" / "2.txt", tmp_path / "a.txt", tmp_path / ".hidden.txt",
                 tmp_path / ".cache" / "x.txt", tmp_path / "b" / "1.txt"]:
        write_seed(path.parent, path.name, "<p>金正恩访问俄罗斯。</p>")
    articles, problems = read_articles([tmp_path, tmp_path / "a.txt"])
    assert problems == []
    assert [a.file for a in articles] == ["a.txt", "1.txt", "2.txt"]   # a.txt read once


def test_same_file_name_in_two_folders_gets_distinct_ids(tmp_path):
    for sub in ("x", "y"):
        (tmp_path / sub).mkdir()
        write_seed(tmp_path / sub, "story.txt", "<p>金正恩访问俄罗斯。</p>")
    articles, _ = read_articles([tmp_path])
    assert [a.id for a in articles] == ["story", "story~2"]


# ----------------------------------------------------------------------------- outlets

@pytest.mark.parametrize("url,outlet", [
    ("https://www.rfi.fr/cn/x", "RFI"),
    ("https://www.bbc.co.uk/news/world-asia-1", "BBC"),
    ("https://cn.nytimes.com/asia-pacific/20230906/x/", "NYT"),
    ("https://www.zaobao.com.sg/news/china/story1", "联合早报"),
    ("http://WWW.News.CN:8080/world/x.htm", "新华社"),
    ("https://www.example-news.org/a/1", "example-news.org"),
    ("javascript:alert(1)", ""),
])
def test_outlet_for_url(url, outlet):
    assert outlet_for_url(url) == outlet


def test_users_extend_the_outlet_table(tmp_path, monkeypatch):
    table = tmp_path / "my_outlets.csv"
    table.write_text("domain,outlet\nexample-news.org,Example News\nbbc.com,BBC World Service\n",
                     encoding="utf-8")
    monkeypatch.setenv("TIMELINE_OUTLETS", str(table))
    assert outlet_for_url("https://www.example-news.org/a/1") == "Example News"
    assert outlet_for_url("https://www.bbc.com/zhongwen") == "BBC World Service"
    assert outlet_for_url("https://www.rfi.fr/cn/x") == "RFI"


def test_a_missing_user_outlet_table_warns_and_keeps_the_bundled_one(tmp_path, monkeypatch):
    monkeypatch.setenv("TIMELINE_OUTLETS", str(tmp_path / "missing.csv"))
    with pytest.warns(UserWarning, match="missing.csv: cannot read the outlet table"):
        assert outlet_for_url("https://www.rfi.fr/cn/x") == "RFI"


# ----------------------------------------------------------------------------- the CLI

def test_cli_lists_articles_and_skipped_files(capsys):
    from timeline.cli import main

    assert main(["articles", "--json", str(FIXTURES)]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    read = {r["file"]: r for r in rows if "skipped" not in r}
    skipped = {r["file"]: r["skipped"] for r in rows if "skipped" in r}
    assert read["voa_kim_vladivostok.html"]["published_from"] == "page:json-ld"
    assert skipped["photo.jpg"] == "binary file, not an article"


def test_pages_in_other_languages_are_skipped_by_name_with_their_script_and_the_rest_is_read(recwarn):
    # Real pages (tests/data/pages_other_languages/MANIFEST.md): Japanese and Thai articles would be
    # dated wrong by the Chinese or English rules; an RSS feed saved as .html is no article.
    folder = Path(__file__).parent / "data" / "pages_other_languages"
    seeds = Path(__file__).parent.parent / "seeds"
    articles, problems = read_articles([str(seeds), str(folder)])
    assert len(articles) == 5
    reasons = {p.file: p.reason for p in problems}
    assert reasons["japanese_article2.html"] == "written in Japanese: the tool reads Chinese and English"
    assert reasons["thai_article.html"] == "written in Thai script: the tool reads Chinese and English"
    assert reasons["latvian_article.html"] == ("written in a language other than English (Latin script): "
                                               "the tool reads Chinese and English")
    assert reasons["sample_rss.html"].startswith("no publication time")
    assert not [w for w in recwarn.list if "XML" in str(w.message)]


def test_a_page_date_with_a_zone_abbreviation_or_written_in_words_is_read():
    from timeline.pubtime import parse_timestamp
    # Latvian page's JSON-LD (tests/data/pages_other_languages); a Spanish page's <time>.
    assert parse_timestamp("2021-01-03T17:40:00EET").value == datetime(2021, 1, 3, 15, 40, tzinfo=timezone.utc)
    assert parse_timestamp("jueves, 09 enero 2014 10:21").value.date().isoformat() == "2014-01-09"
    assert parse_timestamp("3 hours ago") is None

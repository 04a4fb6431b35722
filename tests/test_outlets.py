"""The outlet a reader sees: the bundled table first, then the page's own name, then the domain."""
from timeline.articles import read_articles

PAGE = """<!doctype html><html><head>
<meta property="og:title" content="Quake strikes central Japan">
<link rel="canonical" href="https://{host}/International/quake-strikes/story?id=1">
{site}
<script type="application/ld+json">{{"@type": "NewsArticle", "datePublished": "2024-01-01T12:00:00Z"
{publisher}}}</script>
</head><body><article><p>A powerful earthquake struck central Japan on Monday, officials said,
and a tsunami warning was issued for the coast of Ishikawa.</p>
<p>Rescuers searched collapsed houses in Wajima on Tuesday as aftershocks continued.</p></article></body></html>"""


def outlet_of(tmp_path, host, site="", publisher=""):
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(host=host, site=site, publisher=publisher), encoding="utf-8")
    articles, problems = read_articles([str(path)])
    assert not problems
    return articles[0].outlet


def test_an_unlisted_outlet_takes_its_og_site_name_before_the_domain(tmp_path):
    assert outlet_of(tmp_path, "news.example.org",
                     site='<meta property="og:site_name" content="Example Daily">') == "Example Daily"


def test_the_json_ld_publisher_names_it_when_there_is_no_og_site_name(tmp_path):
    assert outlet_of(tmp_path, "news.example.org",
                     publisher=', "publisher": {"@type": "Organization", "name": "Example Wire"}') == "Example Wire"


def test_a_page_without_a_name_keeps_the_domain(tmp_path):
    assert outlet_of(tmp_path, "news.example.org") == "news.example.org"


def test_abc_news_is_in_the_table(tmp_path):
    assert outlet_of(tmp_path, "abcnews.go.com", site='<meta property="og:site_name" content="ABC">') == "ABC News"

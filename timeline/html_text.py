"""HTML -> page meta data and the article's text blocks (plain text, furniture removed).

Used by `timeline.articles`. Works on a full saved page (picks the article container) and
on a body fragment as delivered by feeds (the fragment is the article). Only text nodes
become text: scripts, styles, event-handler attributes, `javascript:` links, comments and
hidden elements never reach it; entities come out unescaped.
"""
from __future__ import annotations

import json
import re
import warnings
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, NavigableString, Tag, XMLParsedAsHTMLWarning

# Elements whose content is never article text.
DROP_TAGS = frozenset("""
script style noscript template svg math canvas iframe object embed video audio source track
picture img map area button input select option textarea label dialog nav aside footer
figcaption head title meta link base
""".split())
# Elements that start a new block of text (paragraph boundary).
BLOCK_TAGS = frozenset("""
p div section article main header li ul ol dl dt dd blockquote pre figure table thead tbody
tfoot tr td th caption h1 h2 h3 h4 h5 h6 hr br address center details summary body html
form fieldset
""".split())
MAX_DATELINE_CANDIDATES = 30
HEADING_TAGS = frozenset("h1 h2 h3 h4 h5 h6".split())
BOLD_TAGS = frozenset("strong b".split())

# class / id / role / data-* hints of page furniture (share bars, related links, ads,
# newsletters, bylines, captions, comments...). Matched as whole words of the hint.
_FURNITURE_HINT = re.compile(
    r"(?:^|[\s_-])(?:share|sharing|social|related|recommend\w*|newsletter|\w*promo\w*|"
    r"advert\w*|ads?|adslot|sponsor\w*|byline|author|caption|credits?|comments?|"
    r"breadcrumbs?|tags|subscribe|subscription|sidebar|cookie\w*|paywall|outbrain|taboola|"
    r"popup|modal|toolbar|navigation|navbar|nav|menu|footer|masthead|disclaimer|copyright|"
    r"more-stories|read-more|most-read|trending)(?:$|[\s_-])", re.I)
_OTHER_STORIES_HINT = re.compile(r"related|recommend|more-stories|most-read|trending|"
                                 r"popular|sidebar|teaser|promo", re.I)
_FURNITURE_ROLES = frozenset("navigation complementary contentinfo banner search dialog "
                             "alertdialog menu menubar toolbar".split())
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BODY_HINT = re.compile(r"article[-_]?body|story[-_]?body|entry[-_]?content|post[-_]?content|"
                        r"article[-_]?content|articlebody|article[-_]?text|story[-_]?content|"
                        r"content[-_]?body|main[-_]?content", re.I)
_FULL_PAGE = re.compile(r"<(?:html|head|body)\b", re.I)
_NEWS_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle",
               "opinionnewsarticle", "backgroundnewsarticle", "blogposting", "webpage",
               "liveblogposting", "report", "socialmediaposting"}
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished",
                   "publishdate", "publish-date", "pubdate", "date", "dc.date",
                   "dc.date.issued", "dcterms.created", "sailthru.date", "parsely-pub-date",
                   "cxenseparse:recs:publishtime", "og:published_time", "publication_date")


@dataclass
class Block:
    text: str
    bold: bool = False          # every character sits in <strong>/<b>
    heading: bool = False       # an <h1>-<h6>
    link_only: bool = False     # every character is link text (related lists, tag clouds)
    time_only: bool = False     # every character sits in a <time> element (a page stamp)
    small_only: bool = False    # every character sits in <small> (the feed's photo caption)


@dataclass
class Page:
    title: str = ""
    url: str = ""
    site_name: str = ""
    # (source, raw value) in order of trust: page:json-ld, page:meta, page:time-element
    time_candidates: list[tuple[str, str]] = field(default_factory=list)
    dateline_candidates: list[str] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)


def extract_page(html: str) -> Page:
    # An RSS or XML file among the pages is read like any page and skipped with its reason;
    # bs4's advice to use an XML parser would only be noise on the user's terminal.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "lxml")
    page = Page()
    _read_json_ld(soup, page)
    _read_meta(soup, page)
    _read_time_elements(soup, page)
    _remove_furniture(soup)
    _read_dateline_candidates(soup, page)
    roots = _article_roots(soup) if _FULL_PAGE.search(html[:20000]) else [soup]
    for root in roots:
        page.blocks.extend(_blocks(root))
    return page


# ----------------------------------------------------------------------------- meta data

def _meta_content(soup, *names) -> str:
    """Content of the first of `names` (in that order of preference) the page has."""
    found = {}
    for meta in soup.find_all("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if (meta.get("content") or "").strip():
            found.setdefault(key, meta["content"].strip())
    return next((found[n] for n in names if n in found), "")


def _read_meta(soup, page: Page) -> None:
    title = _meta_content(soup, "og:title", "twitter:title")
    if not title and soup.title and soup.title.string:
        title = soup.title.string
    if not title:
        h1 = soup.find("h1")
        title = h1.get_text(" ", strip=True) if h1 else ""
    page.title = page.title or " ".join(title.split())
    canonical = None
    for link in soup.find_all("link", href=True):
        rel = link.get("rel") or []
        rel = rel if isinstance(rel, list) else [rel]
        if "canonical" in [r.lower() for r in rel]:
            canonical = link["href"]
            break
    page.url = page.url or _web_url(canonical) or _web_url(_meta_content(soup, "og:url"))
    page.site_name = page.site_name or _meta_content(soup, "og:site_name", "application-name")
    published = _meta_content(soup, *_PUBLISHED_META)
    if published:
        page.time_candidates.append(("page:meta", published))


def _web_url(url) -> str:
    url = (url or "").strip()
    return url if re.match(r"https?://[^\s/]+", url, re.I) else ""


def _read_json_ld(soup, page: Page) -> None:
    stamps: list[tuple[bool, str]] = []
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        raw = script.string or script.get_text()
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        for obj in _json_objects(data):
            types = obj.get("@type")
            types = types if isinstance(types, list) else [types]
            if not any(isinstance(t, str) and t.lower() in _NEWS_TYPES for t in types):
                continue
            if isinstance(obj.get("datePublished"), str):
                # A story type's date before a WebPage wrapper's (the page's, not the story's).
                is_wrapper = all(isinstance(t, str) and t.lower() == "webpage" for t in types)
                stamps.append((is_wrapper, obj["datePublished"]))
            if not page.title and isinstance(obj.get("headline"), str):
                page.title = " ".join(obj["headline"].split())
            if not page.url:
                page.url = _web_url(obj.get("url") if isinstance(obj.get("url"), str) else "")
            publisher = obj.get("publisher")
            if not page.site_name and isinstance(publisher, dict) \
                    and isinstance(publisher.get("name"), str):
                page.site_name = publisher["name"]
    stamps.sort(key=lambda stamp: stamp[0])
    page.time_candidates.extend(("page:json-ld", value) for _, value in stamps)


def _json_objects(data, depth=0):
    """Every dict in a JSON-LD document (top level, lists, @graph, nested)."""
    if depth > 8:
        return
    if isinstance(data, list):
        for item in data:
            yield from _json_objects(item, depth + 1)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage", "itemListElement"):
            if isinstance(data.get(key), (list, dict)):
                yield from _json_objects(data[key], depth + 1)


def _read_time_elements(soup, page: Page) -> None:
    """The story's own <time>: one marked as the publication date if any, else the first
    that stands alone (not a date inside a sentence of the story) outside navigation /
    related-story furniture."""
    marked, first = None, None
    for el in soup.find_all("time"):
        value = el.get("datetime") or el.get("dateTime") or el.get_text(" ", strip=True)
        if not value or _inside_other_stories(el) or _inside_prose(el):
            continue
        if el.get("itemprop", "").lower() == "datepublished" or el.has_attr("pubdate"):
            marked = marked or value
        first = first or value
    if marked or first:
        page.time_candidates.append(("page:time-element", marked or first))


def _inside_prose(el: Tag) -> bool:
    """Whether `el` is a date inside a sentence ("met on <time>Tuesday</time> in ...") rather
    than a stamp standing alone or next to a byline."""
    block = next((p for p in el.parents if p.name in BLOCK_TAGS), None)
    if block is None:
        return False
    rest = " ".join(block.get_text(" ").replace(el.get_text(" "), " ", 1).split())
    return len(rest) > 80 or any(ch in rest for ch in "。！？") or rest.endswith(".")


def _inside_other_stories(el: Tag) -> bool:
    """Whether `el` sits in navigation or a list of other stories, whose dates are theirs.
    (Bylines are furniture for the text but the usual home of the story's own <time>.)"""
    for parent in el.parents:
        if parent.name in ("nav", "aside", "footer"):
            return True
        hints = " ".join(parent.get("class") or []) + " " + str(parent.get("id") or "")
        if _OTHER_STORIES_HINT.search(hints):
            return True
    return False


def _read_dateline_candidates(soup, page: Page) -> None:
    """Short digit-bearing text nodes, in page order: one may be a printed dateline
    (RFI's "15/09/2023 - 15:46"); `timeline.articles` owns the date grammar and decides."""
    for string in soup.find_all(string=True):
        if type(string) is not NavigableString:
            continue
        text = " ".join(string.split())
        if 6 <= len(text) <= 60 and any(ch.isdigit() for ch in text):
            page.dateline_candidates.append(text)
            if len(page.dateline_candidates) >= MAX_DATELINE_CANDIDATES:
                return


# ----------------------------------------------------------------------------- cleaning

def _is_furniture(el: Tag) -> bool:
    attrs = el.attrs or {}
    if attrs.get("aria-hidden") == "true" or "hidden" in attrs:
        return True
    if _HIDDEN_STYLE.search(str(attrs.get("style", ""))):
        return True
    if str(attrs.get("role", "")).lower() in _FURNITURE_ROLES:
        return True
    hints = []
    for key, value in attrs.items():
        if key in ("class", "id"):
            hints.append(" ".join(value) if isinstance(value, list) else str(value))
        elif key.startswith("data-"):
            hints.append(key[5:])
            if isinstance(value, str) and len(value) < 40:
                hints.append(value)
    return any(_FURNITURE_HINT.search(h) for h in hints)


def _remove_furniture(soup) -> None:
    for el in soup.find_all(DROP_TAGS):
        el.decompose()
    total = len(soup.get_text())
    furniture = []
    stack = [soup]
    while stack:                           # furniture inside furniture goes with its parent
        el = stack.pop()
        if el.name not in ("[document]", "html", "body", "main", "article") and _is_furniture(el) \
                and len(el.get_text()) <= 0.5 * total:
            # (A hint on a wrapper holding most of the page is a styling class, not furniture.)
            furniture.append(el)
            continue
        stack.extend(child for child in el.contents if isinstance(child, Tag))
    for el in furniture:
        el.decompose()


# ----------------------------------------------------------------------------- container

def _article_roots(soup) -> list[Tag]:
    """The element(s) holding the story on a full page: <article>, an element named like
    an article body, <main>, else the parent of most paragraph text (plus paragraphs next to
    it, which is where leads often sit). A named container must hold a good share of the
    page's paragraph text: teaser cards are <article>s too."""
    total = _paragraph_chars(soup)
    enough = max(1, 0.3 * total)
    articles = soup.find_all("article")
    if articles:
        best = max(articles, key=_paragraph_chars)
        if _paragraph_chars(best) >= enough:
            return [best]
    named = [el for el in soup.find_all(True) if _BODY_HINT.search(
        " ".join(el.get("class") or []) + " " + str(el.get("id") or "") + " " +
        str(el.get("itemprop") or ""))]
    sizes = [_paragraph_chars(el) for el in named]
    if sizes and max(sizes) >= enough:
        # The innermost of nested candidates that still holds most of the text.
        return [[el for el, size in zip(named, sizes) if size >= 0.7 * max(sizes)][-1]]
    main = soup.find("main") or soup.find(attrs={"role": "main"})
    if main is not None and _paragraph_chars(main) >= enough:
        return [main]
    scores: dict[int, float] = {}
    elements: dict[int, Tag] = {}
    for p in soup.find_all("p"):
        length = len(p.get_text(strip=True))
        if length < 25:
            continue
        for weight, parent in zip((1.0, 0.5), (p.parent, p.parent.parent if p.parent else None)):
            if isinstance(parent, Tag):
                scores[id(parent)] = scores.get(id(parent), 0) + weight * length
                elements[id(parent)] = parent
    if not scores:
        return [soup.body or soup]
    best = elements[max(scores, key=scores.get)]
    if best.name in ("body", "html") or best.parent is None:
        return [best]
    roots = []
    for sibling in best.parent.children:
        if sibling is best:
            roots.append(best)
        elif isinstance(sibling, Tag) and sibling.name == "p" \
                and len(sibling.get_text(strip=True)) >= 80:
            roots.append(sibling)
    return roots


def _paragraph_chars(el: Tag) -> int:
    return sum(len(p.get_text(strip=True)) for p in el.find_all("p"))


# ----------------------------------------------------------------------------- blocks

def _blocks(root) -> list[Block]:
    """Text blocks in document order. Iterative walk: hostile pages nest deeply."""
    blocks: list[Block] = []
    chunks: list[tuple[str, bool, bool, bool, bool]] = []      # (text, bold, link, time, small)
    heading_depth = bold_depth = link_depth = time_depth = small_depth = 0
    in_heading_block = False

    def flush():
        nonlocal chunks, in_heading_block
        text = "".join(c[0] for c in chunks)
        if text.strip():
            visible = [c for c in chunks if c[0].strip()]
            blocks.append(Block(
                text=text,
                bold=all(c[1] for c in visible),
                heading=in_heading_block,
                link_only=all(c[2] for c in visible),
                time_only=all(c[3] for c in visible),
                small_only=all(c[4] for c in visible),
            ))
        chunks = []
        in_heading_block = heading_depth > 0

    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, closing = stack.pop()
        if isinstance(node, NavigableString):
            if type(node) is NavigableString:        # not a Comment, CData, Doctype...
                chunks.append((str(node), bold_depth > 0, link_depth > 0, time_depth > 0, small_depth > 0))
            continue
        if not isinstance(node, Tag) or node.name in DROP_TAGS:
            continue
        name = node.name
        if closing:
            if name in BLOCK_TAGS:
                flush()
            if name in HEADING_TAGS:
                heading_depth -= 1
                in_heading_block = heading_depth > 0
            elif name in BOLD_TAGS:
                bold_depth -= 1
            elif name == "a":
                link_depth -= 1
            elif name == "time":
                time_depth -= 1
            elif name == "small":
                small_depth -= 1
            continue
        if name in BLOCK_TAGS:
            flush()
        if name in HEADING_TAGS:
            heading_depth += 1
            in_heading_block = True
        elif name in BOLD_TAGS:
            bold_depth += 1
        elif name == "a":
            link_depth += 1
        elif name == "time":
            time_depth += 1
        elif name == "small":
            small_depth += 1
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node.contents))
    flush()
    return blocks

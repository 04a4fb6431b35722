"""Stage 1: read article files into plain `Article` records.

Contract (other stages rely on it):
- `read_articles(paths) -> (list[Article], list[ReadProblem])`; paths are files or folders
  (folders are walked recursively, in sorted order). A file that cannot be read becomes a
  `ReadProblem(file, reason)`; the others are still read.
- `Article.text` is the clean body text: paragraphs joined by "\n". Every `Sentence.start/end`
  indexes into `Article.text`, so `article.text[s.start:s.end] == s.text`.

Accepted shapes:
- the feed shape of `seeds/`: a `<!--EPOCH_MS-->` line, a `[title](url)` line, `------`, then
  the body as HTML (or plain text);
- an HTML page saved from a news site (title, URL and time from its meta data);
- plain text / markdown (dated by the header or a line that is only a date).

Publication time: the outlet's own marker on the page, else the header epoch; the rules are
in `timeline.pubtime`. Without either the file is skipped.

Body text: furniture is dropped by element (scripts, nav, aside, footer, figcaption...), by
class/role hints (share, related, ad, newsletter, byline...; `timeline.html_text`), and by
block: credit/caption/feed-footer prefixes (图像来源，… / Image caption, … / 获取更多RSS),
headings and short all-bold subheads, short lines without sentence punctuation (bylines,
labels, video titles), link-only lines, date stamps, and link pointers. A bare date heading
inside the story (chronologies) is joined to the paragraph it heads.

Encodings: BOM, then UTF-8, then the page's own meta charset, then GBK-vs-Big5 by character
frequency, then charset-normalizer. Traditional characters are kept as written.
"""
from __future__ import annotations

import os
import re
import stat
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from html import unescape
from pathlib import Path
from urllib.parse import urlsplit

from timeline.html_text import Block, Page, extract_page
from timeline.outlets import host_of, lookup
from timeline.pubtime import EARLIEST, FUTURE_SLACK, parse_dateline, publication_time
from timeline.sentences import split_sentences
from timeline.story import not_article_reason


@dataclass(frozen=True)
class Sentence:
    index: int        # position in the article, from 0
    paragraph: int    # paragraph number, from 0
    start: int        # character offset in Article.text
    end: int          # exclusive
    text: str


@dataclass
class Article:
    id: str                    # stable id: the file name without extension
    file: str                  # file name as given (basename)
    path: str                  # full path
    outlet: str                # "RFI", "BBC", ... (falls back to the domain)
    title: str
    url: str
    published: datetime        # tz-aware; the time used as reference for dating
    published_source: str      # which marker gave `published`, e.g. "page:dateline", "header-epoch"
    header_time: datetime | None  # the `<!--EPOCH_MS-->` header, UTC, if any
    page_time: datetime | None    # the outlet's own marker on the page, if any
    language: str              # "zh" or "en"
    encoding: str
    text: str                  # clean body text, paragraphs joined by "\n"
    sentences: list[Sentence] = field(default_factory=list)


@dataclass(frozen=True)
class ReadProblem:
    file: str
    reason: str


MAX_BYTES = 20 * 1024 * 1024
ARTICLE_SUFFIXES = {".txt", ".html", ".htm", ".md", ".markdown", ".xhtml", ".shtml"}
EARLIEST_EPOCH_MS = int(EARLIEST.timestamp() * 1000)   # plausible epochs: see timeline.pubtime


class _Skip(Exception):
    """The file is not an article we can use; the message is the reason shown to the user."""


def read_articles(paths) -> tuple[list[Article], list[ReadProblem]]:
    """Read the files and folders in `paths` (one path may be given bare). Every input that
    yields no article becomes a `ReadProblem` naming the file and the reason. Files are named
    by their bare name, or by their path as given when two inputs share a name."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    read: list[tuple[str, Article | str]] = []   # (path as given, article or skip reason)
    seen_files: set[str] = set()
    for path, problem in _expand(paths):
        if problem:
            read.append((path, problem))
            continue
        real = os.path.realpath(path)
        if real in seen_files:
            continue
        seen_files.add(real)
        try:
            read.append((path, _read_article(path)))
        except _Skip as exc:
            read.append((path, str(exc)))
        except Exception as exc:  # one bad file never stops the others
            read.append((path, f"could not read: {type(exc).__name__}: {exc}"))

    names = [os.path.basename(path.rstrip("/\\")) or path for path, _ in read]
    shared = {n for n in names if names.count(n) > 1}
    articles: list[Article] = []
    problems: list[ReadProblem] = []
    used_ids: set[str] = set()
    for (path, outcome), name in zip(read, names):
        shown = path if name in shared else name
        if isinstance(outcome, str):
            problems.append(ReadProblem(shown, outcome))
            continue
        outcome.file = shown
        outcome.id = _unique(outcome.id, used_ids)
        articles.append(outcome)
    return articles, problems


def _unique(ident: str, used: set[str]) -> str:
    candidate, n = ident, 1
    while candidate in used:
        n += 1
        candidate = f"{ident}~{n}"
    used.add(candidate)
    return candidate


def _expand(paths):
    """(path, None) for each file to read, (path, reason) for each input that can't be."""
    for raw in paths:
        path = os.fspath(raw)
        if os.path.islink(path) and not os.path.exists(path):
            yield path, f"broken symbolic link (to {os.readlink(path)}, which does not exist)"
        elif not os.path.exists(path):
            yield path, "path does not exist"
        elif os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path, None


def _walk(folder: str):
    """Files under `folder` in sorted order. Symbolic links to folders are followed (a user
    who links a folder in means it), each real folder once, so a link loop ends."""
    errors: list[OSError] = []
    visited = {os.path.realpath(folder)}
    for root, dirs, files in os.walk(folder, onerror=errors.append, followlinks=True):
        kept = []
        for d in sorted(dirs):
            if d.startswith("."):
                continue
            real = os.path.realpath(os.path.join(root, d))
            if real not in visited:
                visited.add(real)
                kept.append(d)
        dirs[:] = kept
        for name in sorted(files):
            if not name.startswith("."):
                yield from _expand([os.path.join(root, name)])
    for err in errors:
        yield err.filename or folder, f"cannot read folder: {err.strerror or err}"


# ----------------------------------------------------------------------------- one file

def _read_article(path: str) -> Article:
    """Read one file; raises `_Skip(reason)` when it is not a usable article."""
    name = os.path.basename(path)
    data = _read_bytes(path)
    text, encoding = decode(data)
    suffix = Path(name).suffix.lower()
    envelope = _parse_envelope(text)
    looks_like_html = bool(_HTML_HINT.search(envelope.body))
    if suffix not in ARTICLE_SUFFIXES and envelope.header is None and not looks_like_html:
        raise _Skip(f"not an article: unknown file type {suffix or '(no extension)'} "
                    "and no article header or HTML inside")
    # A plain-text file without the feed header must open with a dateline (a MANIFEST.md of
    # sources is not an article); pages are judged by their metadata in publication_time.
    reason = None if envelope.header is not None or looks_like_html else not_article_reason(text)
    if reason:
        raise _Skip(reason)

    header_time = _header_time(envelope.header) if envelope.header is not None else None
    url = envelope.url
    if looks_like_html:
        page = extract_page(envelope.body)
        url = url or page.url
        paragraphs = _clean_paragraphs(page.blocks)
        if not paragraphs:
            raise _Skip("HTML yields no article text")
    else:
        page, paragraphs = _plain_page(envelope.body)
        if not paragraphs:
            raise _Skip("no body text")
    body = "\n".join(paragraphs)
    other = unread_script(body)
    if other:
        raise _Skip(f"written in {other}: the tool reads Chinese and English")

    row = lookup(url) if url else None
    tz = row.timezone if row else None
    # An unlisted outlet is named as its page names itself (og:site_name, JSON-LD publisher:
    # "ABC News") before its bare domain (abcnews.go.com).
    outlet = row.name if row else (page.site_name.strip() or host_of(url) or "unknown")

    published, source, page_time = publication_time(page, header_time, tz)
    if published is None:
        raise _Skip(source or "no publication time (no <!--EPOCH_MS--> header and no date on the page)")

    title = envelope.title or _clean_title(page.title) or paragraphs[0][:80]
    title = _strip_site_suffix(title, outlet, page.site_name, url)

    language = detect_language(body)
    if language == "en" and other_latin_language(body):
        raise _Skip("written in a language other than English (Latin script): the tool reads Chinese and English")
    return Article(
        id=Path(name).stem, file=name, path=os.path.abspath(path), outlet=outlet,
        title=title, url=url, published=published, published_source=source,
        header_time=header_time, page_time=page_time, language=language,
        encoding=encoding, text=body, sentences=make_sentences(body, language),
    )


_NODE_KINDS = [(stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
               (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"),
               (stat.S_ISDIR, "a folder")]


def _node_kind(mode: int) -> str:
    return next((kind for test, kind in _NODE_KINDS if test(mode)), "not a regular file")


def _read_bytes(path: str) -> bytes:
    """The file's bytes. Only regular files are opened: reading a named pipe or a terminal
    would wait forever for a writer, a device could stream without end."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise _Skip(f"not a regular file: it is {_node_kind(info.st_mode)}")
        if info.st_size > MAX_BYTES:
            raise _Skip(f"file too large ({info.st_size / 1e6:.0f} MB; the limit is "
                        f"{MAX_BYTES // (1024 * 1024)} MB)")
        # O_NONBLOCK: should the file be swapped for a pipe between stat and open, the open
        # returns at once and the check below refuses it.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise _Skip(f"not a regular file: it is {_node_kind(os.fstat(fd).st_mode)}")
            data = fh.read(MAX_BYTES + 1)
    except PermissionError:
        raise _Skip("cannot read file: permission denied")
    except OSError as exc:
        raise _Skip(f"cannot read file: {exc.strerror or exc}")
    if not data.strip():
        raise _Skip("empty file")
    return data


# ----------------------------------------------------------------------------- encodings

_BOMS = [(b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"),
         (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")]
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Legacy Chinese labels decode with their supersets: pages labelled gb2312/gbk routinely
# contain GB18030-only characters, Big5 pages HKSCS/cp950 ones.
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030",
              "big5": "big5hkscs", "cp950": "big5hkscs", "big5hkscs": "big5hkscs"}


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding name). Raises `_Skip` for binary or undecodable data."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _strip_controls(data.decode(codec)), codec.replace("-sig", "") + " (BOM)"
            except UnicodeDecodeError:
                raise _Skip(f"undecodable: starts with a {codec} byte-order mark but is not {codec}")
    utf16 = _utf16_without_bom(data)
    if utf16:
        return utf16
    if _looks_binary(data):
        raise _Skip("binary file, not an article")
    try:
        return _strip_controls(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    repaired = _repaired_utf8(data)
    if repaired:
        return repaired
    m = _META_CHARSET.search(data[:4096])
    if m:
        label = m.group(1).decode("ascii").lower()
        codec = _SUPERSETS.get(label, label)
        try:
            return _strip_controls(data.decode(codec)), _canonical_encoding(label)
        except (LookupError, UnicodeDecodeError):
            pass
    chinese = _legacy_chinese(data)
    if chinese:
        return chinese
    from charset_normalizer import from_bytes
    best = from_bytes(data).best()
    if best is not None and best.encoding:
        label = best.encoding.lower()
        codec = _SUPERSETS.get(label, label)
        try:
            return _strip_controls(data.decode(codec)), _canonical_encoding(label)
        except (LookupError, UnicodeDecodeError):
            pass
    raise _Skip("undecodable: not UTF-8 and no known text encoding fits")


def _repaired_utf8(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 page with some broken bytes (cut-off download, bad copy, a damaged disk) is
    still UTF-8: its valid multi-byte characters outnumber the invalid sequences. A GBK, Big5
    or Latin-1 page read as UTF-8 is almost all invalid sequences and hardly any valid
    multi-byte character. Checked before the legacy Chinese sets, which decode nearly any
    bytes into some characters."""
    repaired = data.decode("utf-8", errors="replace")
    broken = repaired.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    valid = sum(1 for ch in repaired if ord(ch) > 127) - broken
    if broken <= max(2, len(data) // 20) and valid >= max(10, 3 * broken):
        return _strip_controls(repaired), f"utf-8, {broken} invalid byte sequence(s) replaced"
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark (some Windows tools): the ASCII in it (markup,
    digits, spaces, newlines) puts a zero byte in every other position, all on one side."""
    head = data[:8192]
    if len(head) < 4 or b"\x00" not in head:
        return None
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) < 16 or min(even, odd) > max(even, odd) // 4:
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data[: len(data) // 2 * 2].decode(codec)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > len(text[:4096]) * 0.02:
        return None
    return _strip_controls(text), f"{codec} (no BOM)"


# The most frequent characters of each legacy set: GB2312 level 1 (lead bytes B0-D7) and Big5
# level 1 (lead bytes A4-C6). Text decoded with the right codec is almost all made of them;
# the same bytes read with the wrong one come out as rare characters and private-use codes.
_COMMON_CHINESE = {"gb18030": ("gb2312", 0xB0, 0xD7), "big5hkscs": ("big5", 0xA4, 0xC6)}


def _legacy_chinese(data: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes are GBK/GB18030 or Big5 Chinese. Short texts fool
    statistical detectors (a GBK sentence of ten characters reads as Korean cp949), so decide
    between the two Chinese sets by how common the decoded characters are."""
    best = None
    for codec, (common_set, low, high) in _COMMON_CHINESE.items():
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        sample = [ch for ch in text[:20000] if "\u4e00" <= ch <= "\u9fff" or "\ue000" <= ch <= "\uf8ff"]
        if not sample:
            continue
        common = 0
        for ch in sample:
            try:
                common += low <= ch.encode(common_set)[0] <= high
            except UnicodeEncodeError:
                pass
        share = common / len(sample)
        if share >= 0.5 and (best is None or share > best[0]):
            best = (share, text, codec)
    if best is None:
        return None
    return _strip_controls(best[1]), _canonical_encoding(best[2])


def _canonical_encoding(label: str) -> str:
    return {"gb2312": "gb18030", "gbk": "gb18030", "cp950": "big5", "big5hkscs": "big5"}.get(
        label, label)


_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x1f\x8b",
                 b"RIFF", b"\x7fELF", b"BZh", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0")


def _looks_binary(data: bytes) -> bool:
    """Known binary signatures, or control bytes no text has in that number (a stray NUL
    in a saved page is tolerated and stripped)."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:8192]
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls > len(head) * 0.02


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\u200b-\u200d\u2060\ufeff]")


def _strip_controls(text: str) -> str:
    return _CONTROL_CHARS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


# ----------------------------------------------------------------------------- the envelope

@dataclass
class _Envelope:
    header: str | None      # content of the <!--...--> header line, if the file has one
    title: str
    url: str
    body: str


_COMMENT_LINE = re.compile(r"^\s*<!--\s*(.*?)\s*-->\s*$")
_LINK_LINE = re.compile(r"^\s*\[(.*)\]\(\s*<?(\S*?)>?\s*\)\s*$")
_SEPARATOR = re.compile(r"^\s*-{3,}\s*$")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.S)
_HTML_HINT = re.compile(
    r"<(?:p|div|br|html|body|article|main|span|h[1-6]|section|img|a|ul|ol|li|table|"
    r"blockquote|figure|time|meta|head|title|strong|b|em)\b[^>]*>", re.I)


def _parse_envelope(text: str) -> _Envelope:
    """Split the feed header (`<!--EPOCH_MS-->`, `[title](url)`, `------`) from the body.
    Files without it pass through whole as the body."""
    lines = text.split("\n")
    i = 0
    while i < len(lines) and not lines[i].strip():
        i += 1
    header = None
    m = _COMMENT_LINE.match(lines[i]) if i < len(lines) else None
    if m:
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        next_is_link = j < len(lines) and _LINK_LINE.match(lines[j])
        # A comment on the first line is the feed header when it holds only digits or when
        # the feed's [title](url) line follows; otherwise it's an ordinary HTML comment.
        if m.group(1).isdigit() or next_is_link:
            header = m.group(1)
            i = j
    title = url = ""
    link = _LINK_LINE.match(lines[i]) if i < len(lines) else None
    if link:
        title = _clean_title(link.group(1))
        url = _safe_url(link.group(2))
        i += 1
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i < len(lines) and _SEPARATOR.match(lines[i]):
            i += 1
    return _Envelope(header, title, url, "\n".join(lines[i:]))


_SCRIPT_ELEMENT = re.compile(r"<(script|style)\b.*?(?:</\1\s*>|$)", re.I | re.S)


def _clean_title(raw: str) -> str:
    text = re.sub(r"<[^>]*>", "", _SCRIPT_ELEMENT.sub("", unescape(raw)))
    text = re.sub(r"\\([\\`*_{}\[\]()#+\-.!|])", r"\1", text)   # markdown escapes
    return " ".join(text.split())


def _safe_url(url: str) -> str:
    """The URL if it is a web address; "" for javascript:, data: and other schemes."""
    url = unescape(url.strip())
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else ""


def _header_time(header: str) -> datetime:
    if not header.isdigit():
        raise _Skip(f"broken header <!--{header[:40]}-->: expected a millisecond timestamp "
                    "like <!--1694792702000-->")
    if len(header) > 16:   # beyond the year 2286 in ms; int() of thousands of digits is refused
        raise _Skip(f"broken header <!--{header[:40]}…-->: a {len(header)}-digit number is not "
                    "a millisecond timestamp like <!--1694792702000-->")
    ms = int(header)
    latest = (datetime.now(timezone.utc) + FUTURE_SLACK).timestamp() * 1000
    if not EARLIEST_EPOCH_MS <= ms <= latest:
        hint = " (it looks like seconds, not milliseconds)" if \
            EARLIEST_EPOCH_MS / 1000 <= ms <= latest / 1000 else ""
        raise _Skip(f"broken header <!--{header[:40]}-->: not a plausible millisecond "
                    f"timestamp{hint}")
    return datetime.fromtimestamp(ms / 1000, tz=timezone.utc)


# ----------------------------------------------------------------------------- body text

# Lines that are page furniture, not reporting: image credits and captions, share/subscribe
# prompts, feed footers, "related" headers. Matched at the start of a block; words that can
# also open a real sentence ("Photographs released by KCNA showed…", "分享经济…") count only
# when a colon or comma follows them, as in a credit line.
_BOILERPLATE = re.compile(
    r"^\s*(?:"
    r"图像来源|圖像來源|图片来源|圖片來源|图片提供|圖片提供|图像加注文字|圖像加註文字|"
    r"Image source|Image caption|Media caption|Photo credit|"
    r"获取更多|獲取更多|点击订阅|點擊訂閱|关注我们|關注我們|分享到|"
    r"相关新闻|相關新聞|相关阅读|相關閱讀|延伸阅读|延伸閱讀|推荐阅读|推薦閱讀|热门新闻|熱門新聞|"
    r"责任编辑|責任編輯|版权所有|版權所有|"
    r"Share this|Share on|Related stories|Related articles|Related coverage|"
    r"Read more|More on this story|Most read|Advertisement|©"
    r"|(?:图源|圖源|图注|圖註|图片说明|圖片說明|视频说明|影片說明|摄影|攝影|分享|订阅|訂閱|来源|來源|"
    r"Photo|Photograph|Picture|Source|Credit|Caption|Share|Subscribe|Related|Copyright)"
    r"\s*[：:，,|]"
    r")", re.I)
# Relative stamps like "10 分钟前" / "3 hours ago" shown next to the date: metadata.
_RELATIVE_STAMP = re.compile(
    r"^\s*\d+\s*(?:秒|分钟|分鐘|小时|小時|天|日|周|週)前\s*$|"
    r"^\s*\d+\s*(?:sec|second|min|minute|hr|hour|day|week)s?\s+ago\s*$", re.I)
_TERMINAL = re.compile(r"[。！？!?.…][”’\"'」』）)】\]]*\s*$")
_MONTH_NAME = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
               r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WEEKDAY_NAME = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# A block that is nothing but a calendar date, without a time of day.
_DATE_HEADING = re.compile(
    r"^(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?"
    r"(?:\s*[（(]?\s*(?:星期|周|週)[一二三四五六日天]\s*[)）]?)?|\d{4}\s*年"
    r"|(?:" + _WEEKDAY_NAME + r",?\s+)?(?:" + _MONTH_NAME + r"\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+"
    + _MONTH_NAME + r")(?:,?\s+\d{4})?"
    r"|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[/.]\d{1,2}[/.]\d{4}"
    # a chronology's day and hour (周六上午7:30, 当地时间9月10日晚上8时, 昨天下午)
    r"|(?:当地时间|北京时间|當地時間)?\s*(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]"
    r"|(?:星期|周|週|礼拜|禮拜)[一二三四五六日天]|[今昨明前][天日])\s*"
    r"(?:凌晨|清晨|早上|早晨|上午|中午|午后|下午|傍晚|晚上|晚间|晚間|深夜|夜间|夜間)?\s*"
    r"(?:\d{1,2}\s*[:：]\s*\d{2}|\d{1,2}\s*[点點时時](?:\s*\d{1,2}\s*分|半)?)?)\s*[:：]?$", re.I)
_URL = re.compile(r"(?:https?://|www\.)[^\s\u3000-\u303f\uff01-\uff5e]+", re.I)
# Short blocks without sentence punctuation are labels (bylines, subheads, tags, video titles):
# under 40 characters of Chinese, 80 of English.
LABEL_MAX_CHARS = 40


def _clean_paragraphs(blocks: list[Block]) -> list[str]:
    out: list[str] = []
    date_heading = None
    for block in blocks:
        text = " ".join(block.text.split())
        if not text or block.link_only:
            continue
        # Chronologies head paragraphs with a bare date ("9月10日", "<h3>Sept. 10</h3>"): join
        # it to the paragraph it heads so that sentence carries its date. Before the story
        # starts, or inside <time>, a bare date is the page's stamp instead.
        if _DATE_HEADING.match(text):
            if out and not block.time_only:
                date_heading = text
            continue
        if block.heading:
            continue
        if _BOILERPLATE.match(text) or _RELATIVE_STAMP.match(text) or parse_dateline(text):
            continue
        # "（全文链接如后：https://…）": a pointer to another page, not reporting.
        if sum(len(u) for u in _URL.findall(text)) > len(text) / 2:
            continue
        has_end = bool(_TERMINAL.search(text))
        # Latin script spends about twice the characters of Chinese on the same label.
        short = len(text) < LABEL_MAX_CHARS * (1 if _CJK_IDEOGRAPH.search(text) else 2)
        # All-bold short lines are subheads (“莫斯科：没有任何协议”, “中国会不满？”); a bold
        # lead paragraph is long and stays.
        if block.bold and short and not text.rstrip("”’\"'」』）)").endswith(("。", ".")):
            continue
        # A caption (the feed's <small> under the lead photo: 2020年5月安倍以首相身份在一次新聞會上
        # 演説) tells what the photo shows and when, in a line without a full stop.
        if short and not has_end and not block.small_only:
            continue
        if date_heading:
            text, date_heading = f"{date_heading} {text}", None
        out.append(text)
    return out


_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def _plain_page(body: str) -> tuple[Page, list[str]]:
    """A plain-text or markdown body: one paragraph per non-empty line; the first markdown
    heading is the title, other headings are subheads (dropped); a line that is only a date
    is the dateline; links and emphasis are reduced to their text. An HTML comment (a file's
    note about itself) is markup, not text."""
    page = Page()
    paragraphs = []
    for line in _HTML_COMMENT.sub("", body).split("\n"):
        line = line.strip()
        if not line or _SEPARATOR.match(line):
            continue
        if line.startswith("#"):
            page.title = page.title or " ".join(line.lstrip("#").split())
            continue
        line = _MD_IMAGE.sub("", line)
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_EMPHASIS.sub(r"\2", line)
        line = _MD_BULLET.sub("", line)
        line = " ".join(unescape(line).split())
        if not line or _BOILERPLATE.match(line):
            continue
        if parse_dateline(line):
            page.dateline_candidates.append(line)
            continue
        paragraphs.append(line)
    return page, paragraphs


def make_sentences(body: str, language: str) -> list[Sentence]:
    newlines = [m.start() for m in re.finditer("\n", body)]
    return [Sentence(index, bisect_left(newlines, start), start, end, body[start:end])
            for index, (start, end) in enumerate(split_sentences(body, language))]


_CJK_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


_KANA = re.compile(r"[\u3040-\u30ff]")
_LATIN_WORD = re.compile(r"[A-Za-z]+")
ENGLISH_FUNCTION_WORDS = frozenset("the of and to in a is was for on that with said by as at from it his her has "
                                   "have be are were an".split())
MIN_WORDS_TO_JUDGE = 40
_LETTER = re.compile(r"[^\W\d_]")


def unread_script(text: str) -> str | None:
    """The script of a text in neither Chinese nor English, else None: Japanese when kana make up
    a tenth of its Chinese characters and kana (Chinese copy has almost none), another script
    (Thai, Cyrillic, Hangul …) when its letters outnumber the Chinese and Latin ones together.
    Read with the Chinese or English rules, such a text would be dated wrong, not skipped."""
    kana = len(_KANA.findall(text))
    cjk = len(_CJK_IDEOGRAPH.findall(text))
    if kana and kana >= 0.1 * (kana + cjk):
        return "Japanese"
    latin = len(_LATIN_LETTER.findall(text))
    # Counted, not listed: this runs on every article; the script is named only when it decides.
    if len(_LETTER.findall(text)) - latin - cjk - kana > cjk + latin:
        scripts = Counter(unicodedata.name(ch, "UNKNOWN").split()[0] for ch in _LETTER.findall(text)
                          if not (_LATIN_LETTER.match(ch) or _CJK_IDEOGRAPH.match(ch) or _KANA.match(ch)))
        return f"{scripts.most_common(1)[0][0].title()} script"
    return None


def other_latin_language(text: str) -> bool:
    """A text in Latin script that is not English: English news spends about 3 words in 10 on
    these function words (0.27-0.36 on every English page and test article here); Spanish or
    Latvian copy under 1 in 20."""
    words = _LATIN_WORD.findall(text)
    return len(words) >= MIN_WORDS_TO_JUDGE and \
        sum(w.lower() in ENGLISH_FUNCTION_WORDS for w in words) < 0.1 * len(words)


def detect_language(text: str) -> str:
    """"zh" when Chinese characters make up at least a quarter of the letters, else "en".
    A Chinese character carries about a word, an English word takes ~5 letters, so even
    Chinese copy full of English names stays far above a quarter, and English copy quoting a
    few Chinese names stays far below it."""
    cjk = len(_CJK_IDEOGRAPH.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return "zh" if cjk and cjk >= 0.25 * (cjk + latin) else "en"


# ----------------------------------------------------------------------------- titles

_TITLE_SEPARATORS = re.compile(r"\s+[-|–—_·]\s+|\s*[|｜_]\s*")


def _strip_site_suffix(title: str, outlet: str, site_name: str, url: str) -> str:
    """Drop a trailing " - BBC News 中文" style part when it is clearly the site's name
    (it names the outlet, the site or the domain as a whole word), and a date next to it;
    keep section names like " - 要闻解说"."""
    title = " ".join(title.split())
    names = [n for n in (_fold(outlet), _fold(site_name), _domain_stem(url)) if len(n) >= 2]
    while True:
        separators = list(_TITLE_SEPARATORS.finditer(title))
        if not separators:
            return title
        last = separators[-1]
        suffix = title[last.end():]
        folded = _fold(suffix)
        is_site = bool(folded) and any(_names_site(folded, n) for n in names)
        # "… | DW | 15.09.2023": a date next to the site name is part of the same furniture.
        is_stamp = parse_dateline(suffix) is not None
        if not (is_site or is_stamp) or not title[:last.start()].strip():
            return title
        title = title[:last.start()].strip()


def _names_site(suffix: str, name: str) -> bool:
    """Whether a folded title suffix names the site: it is the name, contains it as a whole
    word ("bbc news 中文" / "bbc"), or is a whole word of it ("bbc" / "bbc news")."""
    if suffix == name or suffix in name.split():
        return True
    if re.search(r"[a-z0-9]", name):
        return re.search(r"(?<![a-z0-9])" + re.escape(name) + r"(?![a-z0-9])", suffix) is not None
    return name in suffix                       # Chinese names have no word spaces


_GENERIC_LABELS = {"www", "m", "news", "cn", "en", "co", "com", "net", "org", "gov", "edu", "ac",
                   "or", "ne", "go"}


def _domain_stem(url: str) -> str:
    """The distinctive label of the URL's domain: bbc.co.uk -> "bbc", cn.nytimes.com ->
    "nytimes"; "" for generic ones (news.cn)."""
    labels = host_of(url).split(".")[:-1]
    while labels and labels[-1] in _GENERIC_LABELS:
        labels.pop()
    return labels[-1] if labels and len(labels[-1]) >= 3 else ""


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text or "").casefold().split())

"""Named entities (people, places, organisations) in a piece of text, normalised to one name.

Two sources, in this order:
1. the alias table `timeline/data/aliases.csv` (canonical,alias,type), extended by the CSV files
   named in the environment variable `TIMELINE_ALIASES` (several joined by the path separator;
   their rows win over the built-in ones). Chinese aliases are also added to jieba's dictionary
   of a private tokenizer, so a name is cut as one word; Latin aliases match case-insensitively
   on word boundaries (all-capital acronyms such as UN match case-sensitively).
2. jieba part-of-speech tags for names nobody listed: nr (person), ns (place), nt (organisation),
   nz (other proper noun). Transliterated names joined by · or - are kept whole.

Traditional Chinese is matched through `timeline.textnorm.normalize_for_matching` (character
by character, same length, so offsets stay valid), so 東方航天發射場 finds 东方航天发射场.
"""
from __future__ import annotations

import csv
import logging
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import jieba
import jieba.posseg

from timeline.textnorm import normalize_for_matching

log = logging.getLogger("timeline")
# jieba announces every dictionary load on stderr; a user of the CLI or a notebook wants quiet.
jieba.setLogLevel(logging.WARNING)
ALIASES_ENV = "TIMELINE_ALIASES"
COUNTRY_ABBREVIATIONS_FILE = "country_abbreviations.csv"

# jieba tags worth keeping as names, and the entity type each one means.
POS_TYPES = {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org", "nz": "other"}
NAME_JOINERS = "·‧•・-－"
CJK = r"\u4e00-\u9fff"
# Tagged words that jieba marks as names but are generic (directions, "foreign country").
GENERIC_NAMES = {"三边", "双边", "多边", "外国", "国外", "海外", "远东", "西方", "东方", "北方", "南方",
                 "国内", "中外", "两国", "各国"}

# Titles that news writing puts right before a person's name (总干事格罗西, 副部长孙卫东).
PERSON_TITLES = ["总统", "副总统", "总理", "副总理", "首相", "副首相", "主席", "副主席", "国务卿", "部长", "副部长",
                 "外长", "防长", "大使", "公使", "领事", "发言人", "总干事", "秘书长", "会长", "理事长", "局长",
                 "次官", "大臣", "议长", "议员", "参议员", "众议员", "州长", "市长", "省长", "县长", "知事",
                 "将军", "司令", "司令官", "总司令", "参谋长", "董事长", "总裁", "首席执行官", "主任", "书记",
                 "委员长", "国王", "王储", "总督", "特使", "代表", "检察官", "法官", "院长", "校长", "教授"]
TITLE_PATTERN = re.compile("|".join(sorted(PERSON_TITLES, key=len, reverse=True)))
SPANS_CACHE_LIMIT = 100_000        # texts whose entity spans are kept; beyond it the cache starts anew
MAX_TITLED_NAME = 5                 # 坂本雅信, 格罗西, 泽连斯基; longer ones are written with ·
NAME_STOP_CHARS = set("与和及同跟对向在于将已也曾则就等的了们说称表是为被把从")

jieba.setLogLevel(logging.WARNING)     # not "Building prefix dict..." on every command

CJK_CHAR = re.compile(f"[{CJK}]")
JOINER_CLASS = f"[{re.escape(NAME_JOINERS)}]"
JOINER_RUN = re.compile(JOINER_CLASS)
# Capitalised words that open a sentence or name a date are not part of a name ("On Tuesday Xi
# met ..." names Xi, not "Tuesday Xi").
NOT_NAME_WORDS = ("The|On|In|But|And|Earlier|Later|Last|Next|Monday|Tuesday|Wednesday|Thursday|Friday|"
                  "Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|"
                  "November|December")
NAME_WORD = rf"(?!(?:{NOT_NAME_WORDS})\b)[A-Z][a-z]+"
ENGLISH_NAME = re.compile(rf"(?<![\w']){NAME_WORD}(?:[- ]{NAME_WORD})+")
CJK_WORD = re.compile(f"[{CJK}]+")


@dataclass(frozen=True)
class Entity:
    name: str    # canonical name
    type: str    # person, place, org, media, other
    # False for a name only guessed from a part-of-speech tag: jieba's dictionary tags common
    # words as names now and then (安全性 nr), so such a guess is weak evidence of who acted.
    sure: bool = True


def _read_alias_rows(source, label):
    rows = []
    reader = csv.DictReader(source)
    missing = {"canonical", "alias"} - set(reader.fieldnames or [])
    if missing:
        raise ValueError(f"alias file {label}: missing column(s) {', '.join(sorted(missing))}")
    for row in reader:
        canonical, alias = (row.get("canonical") or "").strip(), (row.get("alias") or "").strip()
        if canonical and alias:
            rows.append((canonical, alias, (row.get("type") or "").strip() or "other"))
    return rows


def read_alias_file(path):
    """The rows of one user alias file; ValueError naming the file if it cannot be used."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return _read_alias_rows(fh, path)
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"alias file {path}: {getattr(exc, 'strerror', None) or exc}") from exc


def load_alias_rows(extra_paths=None):
    """Built-in alias rows followed by the user's: those of `extra_paths` (an unusable file is a
    ValueError), or else of the files in $TIMELINE_ALIASES (an unusable one is skipped with a
    logged warning naming it, so one bad file does not stop the work)."""
    with resources.files("timeline.data").joinpath("aliases.csv").open(encoding="utf-8") as fh:
        rows = _read_alias_rows(fh, "aliases.csv")
    if extra_paths is not None:
        for path in extra_paths:
            rows.extend(read_alias_file(path))
        return rows
    for path in (p for p in os.environ.get(ALIASES_ENV, "").split(os.pathsep) if p):
        try:
            rows.extend(read_alias_file(path))
        except ValueError as exc:
            log.warning("%s (%s; file skipped)", exc, ALIASES_ENV)
    return rows


def _is_latin(text):
    return not CJK_CHAR.search(text)


@dataclass(frozen=True)
class Span:
    start: int   # offsets in the text given to `EntityFinder.spans`
    end: int
    entity: Entity


class EntityFinder:
    """Finds and names entities; build once (it loads jieba), call `find`/`spans` many times."""

    def __init__(self, alias_rows=None, extra_words=()):
        """`extra_words`: more words to cut whole (the event-trigger vocabulary)."""
        rows = load_alias_rows() if alias_rows is None else alias_rows
        self.canonical: dict[str, Entity] = {}   # simplified CJK surface or lower-cased Latin -> entity
        self.short_latin: set[str] = set()      # short Latin aliases (UN, EU, Xi), as the table writes them
        for canonical, alias, kind in rows:     # later rows (user files) override earlier ones
            entity = Entity(normalize_for_matching(canonical), kind)
            if _is_latin(alias) and len(alias.strip()) <= 3:
                self.short_latin.add(alias.strip())
            self.canonical[self._key(alias)] = entity
            self.canonical.setdefault(self._key(canonical), entity)
        self.tokenizer = jieba.Tokenizer()
        for surface in self.canonical:
            if not _is_latin(surface):
                self.tokenizer.add_word(surface, freq=200000, tag="nz")
        self.extra_words = set(extra_words)
        for word in extra_words:
            if CJK_WORD.fullmatch(word) and word not in self.canonical:
                self.tokenizer.add_word(word, freq=100000)
        self.tagger = jieba.posseg.POSTokenizer(self.tokenizer)
        self.guessed_tags: dict[str, str] = {}
        self._spans: dict[str, tuple[Span, ...]] = {}
        self._verbs: dict[str, int | None] = {}
        latin = sorted((s for s in self.canonical if _is_latin(s)), key=len, reverse=True)
        # One trie-shaped pattern: a flat alternation of thousands of names is tried name by name
        # at every position (27x slower on the gazetteer). A name ends before a letter or an
        # apostrophe that starts another word (Xi'an is not Xi; Xi's is).
        self.latin_pattern = re.compile(
            r"(?<![A-Za-z])(" + _trie_pattern(latin) + r")(?![A-Za-z]|['’][a-rt-z])", re.IGNORECASE
        ) if latin else None
        joined = [k for k in self.canonical if not _is_latin(k) and "·" in k]
        self.joined_pattern = re.compile(
            "|".join(JOINER_CLASS.join(re.escape(part) for part in k.split("·"))
                     for k in sorted(joined, key=len, reverse=True))) if joined else None
        self.abbreviations = _country_abbreviations()
        self.abbreviation_pattern = _abbreviation_pattern("".join(self.abbreviations))

    @staticmethod
    def _key(surface):
        surface = surface.strip()
        return surface.lower() if _is_latin(surface) else normalize_for_matching(surface)

    def lookup(self, surface) -> Entity | None:
        """The entity an alias names, or None."""
        return self.canonical.get(self._key(surface))

    def find(self, text: str) -> list[Entity]:
        """Entities named in `text`, each once, in order of first appearance."""
        return unique(self.spans(text))

    def _tag(self, word):
        """Part of speech of a word: jieba's dictionary tag, or for a word jieba's HMM made up
        (often an unknown name), the tag its POS tagger gives the word alone."""
        tag = self.tagger.word_tag_tab.get(word) or self.guessed_tags.get(word)
        if tag is None:
            tag = "x"
            if 2 <= len(word) <= 4 and CJK_WORD.fullmatch(word):
                tagged = list(self.tagger.cut(word))
                tag = tagged[0].flag if len(tagged) == 1 else "x"
            self.guessed_tags[word] = tag    # a corpus repeats its unknown names; tag each once
        return tag

    def spans(self, text: str) -> list[Span]:
        """Every entity occurrence in `text`, in text order."""
        # An archive repeats its sentences (wire copies, a story's recaps) and the labels ask
        # about the same clauses again: each text is cut once (a fresh list each time).
        cached = self._spans.get(text)
        if cached is None:
            if len(self._spans) >= SPANS_CACHE_LIMIT:
                self._spans.clear()
            cached = self._spans[text] = tuple(self._find_spans(text))
        return list(cached)

    def _find_spans(self, text: str) -> list[Span]:
        found: list[Span] = []
        if self.latin_pattern:
            for m in self.latin_pattern.finditer(text):
                surface = m.group(1)
                # Short aliases (UN, EU, Xi) only as the table writes them, not the word "un".
                if len(surface) <= 3 and surface not in self.short_latin:
                    continue
                found.append(Span(m.start(), m.end(), self.canonical[surface.lower()]))
        if _is_latin(text):
            found.extend(self._capitalised_names(text, found))
            found.sort(key=lambda sp: (sp.start, -sp.end))
            return found
        simplified = normalize_for_matching(text)     # same length: offsets stay valid
        # Country abbreviations are named first and blanked out, so jieba does not tag 中美关系
        # as one organisation.
        masked = list(simplified)
        for m in self.abbreviation_pattern.finditer(simplified):
            for offset in range(m.start(), m.end()):
                country = self.abbreviations[simplified[offset]]
                found.append(Span(offset, offset + 1, self.lookup(country) or Entity(country, "place")))
                masked[offset] = " "
        # Listed names written with a joiner (卡玛拉·哈里斯, 伊万诺-弗兰科夫斯克) are matched whole
        # before jieba, which would cut the given name apart (卡玛/拉·哈里斯).
        if self.joined_pattern:
            for m in self.joined_pattern.finditer(simplified):
                key = JOINER_RUN.sub("·", m.group(0))
                found.append(Span(m.start(), m.end(), self.canonical[key]))
                masked[m.start():m.end()] = " " * (m.end() - m.start())
        # Plain segmentation (its HMM finds unknown names) is several times faster than jieba's
        # joint POS tagging; tags come from the dictionary, or from tagging the unknown word alone.
        words = self.tokenizer.lcut("".join(masked))
        starts = [0]
        for w in words:
            starts.append(starts[-1] + len(w))
        titled = list(self._titled_names(simplified))
        found.extend(titled)
        in_titled = bytearray(len(simplified) + 1)     # characters inside a name read after a title
        for sp in titled:
            in_titled[sp.start:sp.end] = b"\x01" * (sp.end - sp.start)
        i = 0
        while i < len(words):
            word, start = words[i], starts[i]
            if titled and any(in_titled[start:start + len(word)]):
                i += 1           # a piece of a name read after its title (长坂 of 会长坂本雅信)
                continue
            # A transliterated name: name-ish words joined by · or - (德米特里-佩斯科夫).
            j = i
            while (j + 2 < len(words) and words[j + 1] in NAME_JOINERS
                   and CJK_WORD.fullmatch(words[j]) and CJK_WORD.fullmatch(words[j + 2])
                   and self._namelike(words[j]) and self._namelike(words[j + 2])):
                j += 2
            if j > i:
                parts = words[i:j + 1:2]
                full = "·".join(parts)
                entity = self.lookup(full) or self.lookup(parts[-1]) or Entity(full, "person")
                found.append(Span(start, starts[j + 1], entity))
                i = j + 1
                continue
            i += 1
            if not CJK_WORD.fullmatch(word):     # Latin aliases were matched above
                continue
            entity = self.canonical.get(word)
            if entity is None and len(word) >= 2 and word not in GENERIC_NAMES:
                tag = self._tag(word)
                if tag in POS_TYPES:
                    entity = Entity(word, POS_TYPES[tag], sure=False)
            if entity is not None:
                found.append(Span(start, start + len(word), entity))
        found.sort(key=lambda sp: (sp.start, -sp.end))
        return found

    def first_verb(self, text: str) -> int | None:
        """Offset of the first verb of a Chinese `text` (jieba's dictionary tag v*), or None: a
        name before it is the clause's subject, a name after it an object (攻下乌克兰东部城市)."""
        # A clause is asked about for its own subject, its scope's and its neighbours': cut it once.
        if text not in self._verbs:
            self._verbs[text] = self._first_verb(text)
        return self._verbs[text]

    def _first_verb(self, text):
        offset = 0
        for word in self.tokenizer.lcut(normalize_for_matching(text), HMM=False):
            tag = self.tagger.word_tag_tab.get(word, "")
            # An event word added untagged (暂停进口) is a predicate too.
            if ((tag.startswith("v") and tag != "vn") or (not tag and word in self.extra_words)) \
                    and word not in self.canonical:
                return offset
            offset += len(word)
        return None

    def _titled_names(self, text):
        """Unlisted names right after a person's title (总干事格罗西, 大使吴江浩, 会长坂本雅信): the
        text after the title is cut on its own, so the title cannot glue to the name (长坂), and
        the name runs over unknown words, name-tagged words and single characters up to another
        dictionary word (or an event-trigger word), a function character or punctuation."""
        for m in TITLE_PATTERN.finditer(text):
            rest = text[m.end():m.end() + MAX_TITLED_NAME + 2]
            pieces = self.tokenizer.lcut(rest)
            if not pieces or self.lookup(pieces[0]) is not None:
                continue        # a listed name (首相岸田文雄) is found as such
            name, joined = "", False
            for piece in pieces:
                tag = self.tagger.word_tag_tab.get(piece)
                if (not CJK_WORD.fullmatch(piece) or piece in NAME_STOP_CHARS or self.lookup(piece)
                        or piece in self.extra_words
                        or (len(piece) > 1 and tag is not None and not tag.startswith(("nr", "ns", "nz")))):
                    joined = piece in NAME_JOINERS     # 德米特里-佩斯科夫: read as a joined name
                    break
                name += piece
            if not joined and 2 <= len(name) <= MAX_TITLED_NAME:
                # A name right after a person's title is a person's, listed or not.
                yield Span(m.end(), m.end() + len(name), Entity(name, "person"))

    @staticmethod
    def _capitalised_names(text, known):
        """English text: runs of two or more capitalised words nobody listed (Matthew Miller,
        Amur Region) are names of some kind."""
        taken = [(sp.start, sp.end) for sp in known]
        for m in ENGLISH_NAME.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                yield Span(m.start(), m.end(), Entity(m.group(0), "other"))

    def _namelike(self, word):
        return word in self.canonical or self._tag(word) in POS_TYPES or len(word) == 1


def _trie_pattern(words):
    """A regular expression matching exactly `words`, shaped as their character trie."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node):
        branches = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        group = "(?:" + "|".join(branches) + ")"
        return group + "?" if "" in node else group
    return emit(trie)


def _abbreviation_pattern(chars):
    """One-character country abbreviations where Chinese news uses them: in compounds before a
    relation word (俄乌战争, 中美关系, 美韩日三边), after a travel verb (访俄, 赴华) or before 方/军
    (俄方, 美军)."""
    c = f"[{re.escape(chars)}]"
    return re.compile(
        f"(?P<compound>{c}{{2,4}})(?=关系|战争|战|冲突|合作|联合|军事|军演|三边|双边|首脑|领导人|峰会|会谈|两国|三国|之间|间|边境|对抗|贸易)"
        f"|(?<=[访赴])(?P<destination>{c})(?=[^{CJK}]|$|[后前时期的之并及和与])"
        f"|(?<![{CJK}])(?P<side>{c})(?=[方军])"
    )


def _country_abbreviations():
    with resources.files("timeline.data").joinpath(COUNTRY_ABBREVIATIONS_FILE).open(encoding="utf-8") as fh:
        return {row["abbreviation"]: row["country"] for row in csv.DictReader(fh)}


@lru_cache(maxsize=1)
def default_finder() -> EntityFinder:
    """The finder over the built-in aliases plus $TIMELINE_ALIASES (built once per process); it also
    cuts the event-trigger words of `timeline/data/triggers.csv` whole (访朝, 再访)."""
    with resources.files("timeline.data").joinpath("triggers.csv").open(encoding="utf-8") as fh:
        trigger_words = [row["word"].strip() for row in csv.DictReader(fh)]
    return EntityFinder(extra_words=trigger_words)


def unique(spans) -> list[Entity]:
    """The entities of `spans`, each once, in order of first appearance."""
    seen: dict[str, Entity] = {}
    for sp in spans:
        seen.setdefault(sp.entity.name, sp.entity)
    return list(seen.values())


def find_entities(text: str) -> list[str]:
    """Canonical names of the entities in `text`, in order of first appearance."""
    return [e.name for e in default_finder().find(text)]

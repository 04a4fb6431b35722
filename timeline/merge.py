"""Stage 4: event mentions that report the same real-world event become one event.

Two mentions may share an event only if their dates are compatible: the ranges overlap, two
day-grain dates are the same day (a finer date inside a coarser one — 7月底 inside 七月 — is
compatible), and two different dates of one sentence never name one event.

Among compatible mentions, a pair's evidence is a set of small named pair features
(`PAIR_FEATURES`, each a function below with its reason in its docstring): what the two clauses
mean (multilingual sentence vectors, `timeline.semantics`, which work across paraphrase and
across Chinese and English), the character n-grams of their descriptions, the names they share
after aliasing, the kinds of happening their trigger words name (`timeline/data/triggers.csv`),
who acts and who speaks, how far apart their grains are, whether they come from one article,
and whether they are each other's closest mention in the other's article (two articles of one
story on one day mostly tell the same happenings, once each).

The features are not weighed here: a logistic pair scorer learnt from the hand-annotated golds
(`scripts/train_merge.py`, checked leave-one-story-out, written to
`timeline/data/merge_model.json`) turns them into the probability that the pair reports one
event. A correlation clustering of the pairs' log-odds against the cut's makes the events (two
groups join while their pairs weigh more for than against: a weak A~B~C chain does not put A
and C together, while an event told many times gathers tellings whose words differ when the
sure pairs outweigh the unsure ones). Only candidates in one date block are compared: mentions are bucketed
by the month (month and finer dates) or the year (coarser dates) their range starts in, so the
cost grows with the mentions per block, not with the square of the corpus. A year-grain event
then joins the finer event of its year that reports the same kind of happening, when their
mean pair probability clears the cut (2011年 核灾难 / 2011年3月11日 大地震), and an event told on
the first or last day of a run of days joins the run's event the same way (the drills of 4-7
August: 周四开始 / 原计划星期日结束).
"""
from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from timeline.entities import PERSON_TITLES, default_finder
from timeline.semantics import attach_meaning
from timeline.textnorm import normalize_for_matching

# Coarse to fine; a block holds a month's fine dates or a year's coarse ones.
GRAIN_LEVEL = {"decade": 0, "year": 1, "half_year": 2, "year_part": 2, "quarter": 2, "month": 3,
               "month_part": 4, "week": 4, "day": 5}
FINE_FROM = GRAIN_LEVEL["month"]
GENERIC_FAMILIES = {"state", "report", "decide"}
# Kinds of happening that outlets use for one another's events (a missile strike is a launch or an
# attack; a mutiny's acts are captures and advances; a plane crash is an accident).
KIN_PAIRS = [("launch", "attack"), ("attack", "fight"), ("revolt", "capture"), ("revolt", "advance"),
             ("capture", "advance"), ("crash", "disaster")]
KIN = {family: {b for a, b in KIN_PAIRS + [(b, a) for a, b in KIN_PAIRS] if a == family}
       for pair in KIN_PAIRS for family in pair}
CONTEXT_WEIGHT = 0.5      # neighbouring sentences count half as much as the sentence itself
THIN_DESCRIPTION = 6      # word characters below which a description says almost nothing
WORDISH = re.compile(r"[\w\u4e00-\u9fff]")

MAX_BLOCK = 2000          # larger blocks are cut: dense similarity costs block size squared


def compatible(a, b) -> bool:
    """Can two date mentions (objects with start, end, grain) name the same event? Their ranges
    overlap: two single days are one day, a day lies inside a month or a run of days (本周末)."""
    return a.start <= b.end and b.start <= a.end


def _compatible_matrix(mentions) -> np.ndarray:
    """`compatible` for every pair of event mentions at once; besides, two different dates in one
    sentence are two events (the writer dated each on its own: 8月下旬以来…，28日召见…)."""
    dates = [m.date for m in mentions]
    start = np.array([d.start.toordinal() for d in dates])
    end = np.array([d.end.toordinal() for d in dates])
    overlap = (start[:, None] <= end[None, :]) & (start[None, :] <= end[:, None])
    sentence = np.array([hash((m.article_id, m.sentence_index)) for m in mentions])
    same_sentence = sentence[:, None] == sentence[None, :]
    same_dates = (start[:, None] == start[None, :]) & (end[:, None] == end[None, :])
    # …except a year that restates a date inside it (智利大地震（1960年）：1960年5月22日…).
    year = np.array([d.grain == "year" for d in dates])
    inside = (start[:, None] <= start[None, :]) & (end[None, :] <= end[:, None])
    restated = (year[:, None] & inside) | (year[None, :] & inside.T)
    return overlap & (~same_sentence | same_dates | restated)


@lru_cache(maxsize=1)
def trigger_families() -> dict[str, str]:
    with resources.files("timeline.data").joinpath("triggers.csv").open(encoding="utf-8") as fh:
        return {row["word"].strip().lower(): row["family"].strip() for row in csv.DictReader(fh)}


# English verbs that mostly take an event noun as their object (launched an offensive, staged a
# protest): the noun, up to this many words on, names the happening.
LIGHT_VERBS = {"launch", "stage", "hold", "conduct"}
LIGHT_VERB_REACH = 3


def _english_stems(word):
    """The word and the stems its regular inflections may come from (banned -> ban, suspending ->
    suspend, imports -> import, summons -> summon, detained -> detain, restrictions ->
    restriction): the table lists base forms, English text inflects them."""
    yield word
    if not word.isascii() or len(word) < 4:
        return
    for suffix, replacements in (("ies", ("y", "ie")), ("ied", ("y", "ie")), ("ing", ("", "e")), ("ed", ("", "e")),
                                 ("es", ("", "e")), ("s", ("",))):
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            for r in replacements:
                yield stem + r
            if suffix in ("ing", "ed") and len(stem) > 2 and stem[-1] == stem[-2]:
                yield stem[:-1]          # banned -> ban, stopped -> stop
            return


TITLES = frozenset(PERSON_TITLES)
# Event nouns that also end the names of bodies (国家安全会议, 人民代表大会, 选举委员会).
BODY_NOUNS = frozenset({"会议", "大会", "峰会", "委员会", "理事会", "议会"})


def _compound_head(word, table):
    """A Chinese compound names the kind of its last part (国事访问 is a 访问, 正式会谈 a 会谈):
    the longest trigger word of two or more characters that ends the word."""
    if word.isascii():
        return None
    return next((word[k:] for k in range(1, len(word) - 1) if word[k:] in table), None)


@lru_cache(maxsize=1 << 16)     # the merge and the labels look at each description more than once
def trigger_hits(text: str) -> tuple[tuple[int, str], ...]:
    """(character offset, family) of each trigger named in `text`, in text order (words and
    two-word phrases such as 举行+会议 or suspend+imports; English words also by their base
    form)."""
    table = trigger_families()
    # Trigger words are in the finder's dictionary (`default_finder`): no need for the slower HMM
    # that finds unknown words.
    words, offsets, offset = [], [], 0
    for w in default_finder().tokenizer.lcut(normalize_for_matching(text), HMM=False):
        if w.strip():
            words.append(w.lower())
            offsets.append(offset)
        offset += len(w)
    stems = [[*dict.fromkeys(_english_stems(w))] for w in words]
    found = []          # (word index, family)
    for i, forms in enumerate(stems):
        if i + 1 < len(words) and words[i + 1] in TITLES and words[i] in BODY_NOUNS:
            continue         # 国家安全会议发言人: a body's name before a title (not 会见总统)
        if i + 1 < len(words):
            pair = [words[i] + words[i + 1]] + [f"{a} {b}" for a in forms for b in stems[i + 1]]
            if i + 2 < len(words):       # came to power, state of emergency, test-fired
                pair += [f"{a} {words[i + 1]} {b}" for a in forms for b in stems[i + 2]]
                if words[i + 1] == "-":
                    pair += [f"{a}-{b}" for a in forms for b in stems[i + 2]]
            found.extend((i, table[p]) for p in pair if p in table)
        lemma = next((w for w in forms if w in table), None) or _compound_head(words[i], table)
        if lemma:
            found.append((i, table[lemma], not LIGHT_VERBS.isdisjoint(forms)))
    # A light verb with its event noun close behind (launched airstrikes) is that event's kind.
    kept = [(i, f) for k, (i, f, *light) in enumerate(found)
            if not (light and light[0] and any(j - i <= LIGHT_VERB_REACH and g != f for j, g, *_ in found[k + 1:]))]
    # Words in quotation marks (以“组织武装叛乱”为由立案调查, 声明写明“核战争打不赢”) are what was
    # said or charged, not what happened: they count only when the clause names no other kind of
    # happening (他称这是“一场战争”).
    quoted = _quoted_words(words)
    if any(i not in quoted and f not in GENERIC_FAMILIES for i, f in kept):
        kept = [(i, f) for i, f in kept if i not in quoted]
    # A trigger right before 的 modifies a noun (石川县政府公布的死亡人数, 北京发布的立场文件): the
    # clause's own happening comes first if it names one.
    kept.sort(key=lambda item: item[0] + 1 < len(words) and words[item[0] + 1] == "的")
    return tuple((offsets[i], f) for i, f in kept)


def trigger_sequence(text: str) -> list[str]:
    """Trigger families named in `text`, in text order, each once (see `trigger_hits`)."""
    return list(dict.fromkeys(f for _, f in trigger_hits(text)))


def _speaks_of_another(text: str, subject: str) -> bool:
    """Does `text` tell its subject saying something about an act that someone else, named in
    what was said, did (日本外务省表示，中方的禁令缺乏科学依据)? An actor announcing their own act
    (海关总署宣布，自即日起暂停进口) names nobody else before the act."""
    if not subject:
        return False
    hits = trigger_hits(text)
    speech = next((o for o, f in hits if f == "state"), None)
    act = next((o for o, f in hits if f not in GENERIC_FAMILIES and speech is not None and o > speech), None)
    if act is None:
        return False
    return any(speech < sp.start < act and sp.entity.name != subject and not _placed(text, sp.start)
               for sp in default_finder().spans(text))


# A name after a preposition of place or direction (在台湾周边进行军演, 向日本海发射) is where the act
# happened, not another actor.
LOCATIVE = frozenset("在于自从到向往赴朝")


def _placed(text: str, start: int) -> bool:
    return start > 0 and text[start - 1] in LOCATIVE


def _dates_what_was_said(mention) -> bool:
    """In Chinese, where a time comes before its verb, a date after a speech verb of its own
    clause and before a happening (宣布自8月4日12时至7日12时进行实弹军演) sits in what was said.
    (English puts the time after the verb it dates: announced on Thursday.)"""
    if mention.language != "zh":
        return False
    offset = mention.expression_offset
    for seg in SEGMENT.finditer(mention.sentence):
        if seg.start() <= offset < seg.end():
            at = offset - seg.start()
            after = at + len(mention.date.expression)
            hits = trigger_hits(seg.group())
            return (any(f in GENERIC_FAMILIES and o < at for o, f in hits)
                    and any(f not in GENERIC_FAMILIES and o >= after for o, f in hits))
    return False


OPEN_QUOTES, CLOSE_QUOTES = "“「『\"", "”」』\""


def _quoted_words(words):
    """Indexes of the words inside quotation marks."""
    inside, depth = set(), 0
    for i, w in enumerate(words):
        if w in OPEN_QUOTES and (w != '"' or depth == 0):
            depth += 1
        elif w in CLOSE_QUOTES and depth:
            depth -= 1
        elif depth:
            inside.add(i)
    return inside


QUOTED = re.compile(r"“([^“”]+)”|「([^「」]+)」|『([^『』]+)』|\"([^\"]+)\"")
QUOTE_GRAM = 2          # quoted words are compared by their character bigrams


def quoted_grams(text: str) -> set[str]:
    """The character bigrams of the words `text` quotes (“完成各项任务”): what a speaker said, in
    the speaker's words, which outlets copy."""
    grams = set()
    for match in QUOTED.finditer(text):
        words = normalize_for_matching(next(g for g in match.groups() if g)).lower()
        grams.update(words[k:k + QUOTE_GRAM] for k in range(len(words) - QUOTE_GRAM + 1))
    return grams


SEGMENT = re.compile(r"[^，,；;：:。]+")
ANCHOR_ZH = re.compile(r"(前|后|以来|之前|之后|以后|前夕|之际)(几|数|一|两|三)?(天|日|周|星期|个月|月|年)?$")
ANCHOR_EN = re.compile(r"\b(before|after|since|ahead of)\b", re.IGNORECASE)


def _is_anchor(segment: str) -> bool:
    return bool(ANCHOR_ZH.search(segment.strip()) or ANCHOR_EN.search(segment))


def _without_anchors(text: str, mention) -> str:
    """`text` without its time-anchoring segments, unless the mention's date is in one."""
    offset = mention.expression_offset
    for m in SEGMENT.finditer(mention.sentence):
        if m.start() <= offset < m.end() and _is_anchor(m.group()):
            return text
    return "，".join(seg.group() for seg in SEGMENT.finditer(text) if not _is_anchor(seg.group())) or text


def triggers(text: str) -> set[str]:
    """Trigger families named in `text` (see `trigger_sequence`)."""
    return set(trigger_sequence(text))


def main_trigger(text: str) -> str | None:
    """The first specific trigger family of `text`: what its clause reports happening. A clause
    often names a second event as cause or consequence (排放…，促使中国禁止进口…); that one is
    context, not its kind."""
    return next((f for f in trigger_sequence(text) if f not in GENERIC_FAMILIES), None)


def _binary_matrix(rows, vocabulary):
    data, indices, indptr = [], [], [0]
    for items in rows:
        cols = sorted({vocabulary[x] for x in items if x in vocabulary})
        indices.extend(cols)
        data.extend([1.0] * len(cols))
        indptr.append(len(indices))
    return csr_matrix((data, indices, indptr), shape=(len(rows), len(vocabulary)))


def _vocabulary(rows):
    vocab = {}
    for items in rows:
        for x in items:
            vocab.setdefault(x, len(vocab))
    return vocab


class _Features:
    """Per-mention evidence, built once for the whole corpus; a `_Block` of it gives the named
    pair features of a block of mentions."""

    def __init__(self, mentions):
        self.mentions = mentions
        # Traditional and Simplified Chinese compare as one script (東京電力 = 东京电力).
        # A time-anchoring phrase (入侵乌克兰前几周, weeks before the invasion) names another
        # happening, not this one: it is left out, unless the date itself sits in it
        # (自2019年访问海参崴以来: the visit is the date's event).
        texts = [normalize_for_matching(_without_anchors(m.scope or m.description or m.clause, m))
                 for m in mentions]
        vectorizer = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 3), sublinear_tf=True)
        contexts = [normalize_for_matching(m.context) for m in mentions]
        vectorizer.fit(texts + [c for c in contexts if c])
        text = vectorizer.transform(texts)
        if any(contexts):
            text = text + CONTEXT_WEIGHT * vectorizer.transform(contexts)
        self.text = normalize(text)
        missing = [m for m in mentions if m.meaning is None]
        if missing:
            attach_meaning(missing)
        self.meaning = np.stack([m.meaning for m in mentions])
        self.sentence_meaning = np.stack([m.sentence_meaning for m in mentions])
        self.subject_meaning = np.stack([m.subject_meaning for m in mentions])
        self.article = np.unique([m.article_id for m in mentions], return_inverse=True)[1]
        entity_vocab = _vocabulary([m.context_entities for m in mentions] + [m.scope_entities for m in mentions])
        self.entities = normalize(_binary_matrix([m.scope_entities for m in mentions], entity_vocab))
        self.wide_entities = normalize(_binary_matrix(
            [set(m.scope_entities) | set(m.context_entities) for m in mentions], entity_vocab))
        # People named in the clause itself: the scope's later clauses often name bystanders.
        self.people = _binary_matrix([m.people for m in mentions], _vocabulary([m.people for m in mentions]))
        # People from the alias table have one canonical name in every language: only those can
        # differ across languages.
        finder = default_finder()
        listed = [[p for p in m.people if finder.lookup(p) is not None] for m in mentions]
        self.listed_people = _binary_matrix(listed, _vocabulary(listed))
        sequences = [trigger_sequence(t) for t in texts]
        # A statement about another actor's act (日本外务省表示，中方的禁令缺乏依据) is a statement;
        # the act it speaks of is its topic, not its kind.
        sequences = [[f for f in seq if f in GENERIC_FAMILIES] if _speaks_of_another(t, m.subject) else seq
                     for seq, t, m in zip(sequences, texts, mentions)]
        # A date inside what was announced (中国宣布自8月4日至7日进行军演) dates the announced
        # happening: the mention tells that, not the announcing.
        sequences = [[f for f in seq if f not in GENERIC_FAMILIES] if _dates_what_was_said(m) else seq
                     for seq, m in zip(sequences, mentions)]
        families = [set(f) for f in sequences]
        specific = [f - GENERIC_FAMILIES for f in families]
        generic = [f & GENERIC_FAMILIES for f in families]
        spec_vocab = _vocabulary(specific)
        self.specific = _binary_matrix(specific, spec_vocab)
        # Each clause's kinds with their kin (a missile fired at a country is reported as a launch
        # or as an attack): kin kinds do not count as different kinds.
        kin = [f | {k for family in f for k in KIN.get(family, ())} for f in specific]
        kin_vocab = _vocabulary(kin + specific)
        self.kin = _binary_matrix(kin, kin_vocab)
        self.specific_in_kin = _binary_matrix(specific, kin_vocab)
        main = [[f for f in seq if f not in GENERIC_FAMILIES][:1] for seq in sequences]
        self.main_family = [m[0] if m else None for m in main]
        self.main = _binary_matrix(main, spec_vocab)
        self.generic = _binary_matrix(generic, _vocabulary(generic))
        self.language = np.array([m.language for m in mentions])
        actors = [[m.subject] if m.subject else [] for m in mentions]
        self.actor = _binary_matrix(actors, entity_vocab)
        # An actor from the alias table has one canonical name in every language, so it can
        # conflict across languages too; a name guessed from a tag cannot.
        self.listed_actor = np.array([bool(a) and finder.lookup(a[0]) is not None for a in actors])
        # Named by the clause: its scope's names and its participants (not every name of the
        # sentence, which may tell another actor's act).
        # A body of a country or an organisation names it too (中国军方 / 中国人民解放军 name
        # 中国): the leading part of a name that is itself a name is named with it.
        named = [set(m.scope_entities) | set(m.people) | {m.subject} - {""} for m in mentions]
        known = set(entity_vocab)
        self.named = _binary_matrix([names | {n[:k] for n in names for k in range(2, len(n)) if n[:k] in known}
                                     for names in named], entity_vocab)
        quotes = [quoted_grams(m.scope or m.clause) for m in mentions]
        self.quotes = _binary_matrix(quotes, _vocabulary(quotes))
        self.quote_size = np.array([len(q) for q in quotes], dtype=float)
        self.level = np.array([_level(m.date) for m in mentions], dtype=float)
        self.thin = np.array([len(WORDISH.findall(t)) < THIN_DESCRIPTION for t in texts])
        told = Counter((m.article_id, m.date.start, m.date.end) for m in mentions)
        self.told_that_day = np.array([told[(m.article_id, m.date.start, m.date.end)] for m in mentions], dtype=float)


class _Block:
    """The mentions of one block, with the pairwise pieces several features share, each computed
    once when first asked for."""

    def __init__(self, features, idx):
        self.f, self.idx = features, np.asarray(idx)
        self._memo = {}

    def features(self) -> dict[str, np.ndarray]:
        return {name: np.asarray(fn(self), dtype=float) for name, fn in PAIR_FEATURES.items()}

    @property
    def compatible(self):
        return self.memo("compatible", lambda: _compatible_matrix([self.f.mentions[i] for i in self.idx]))

    def memo(self, name, compute):
        if name not in self._memo:
            self._memo[name] = compute()
        return self._memo[name]

    def gram(self, matrix):
        sub = matrix[self.idx]
        return (sub @ sub.T).toarray()

    def present(self, matrix):
        return np.asarray(matrix[self.idx].sum(axis=1)).ravel() > 0

    @property
    def same_language(self):
        return self.memo("same_language", lambda: self.f.language[self.idx][:, None] == self.f.language[self.idx][None, :])

    @property
    def same_main(self):
        return self.memo("same_main", lambda: self.gram(self.f.main) > 0)

    @property
    def shared_specific(self):
        return self.memo("shared_specific", lambda: self.gram(self.f.specific) > 0)

    @property
    def meaning(self):
        return self.memo("meaning", lambda: self.f.meaning[self.idx] @ self.f.meaning[self.idx].T)

    @property
    def actor_named(self):        # a's subject is named by b
        return self.memo("actor_named", lambda: (self.f.actor[self.idx] @ self.f.named[self.idx].T).toarray() > 0)

    @property
    def statement(self):
        return self.memo("statement", lambda: self.present(self.f.generic))


PAIR_FEATURES = {}


def pair_feature(fn):
    """Register `fn(block) -> matrix` as a pair feature; the model file gives its weight."""
    PAIR_FEATURES[fn.__name__] = fn
    return fn


@pair_feature
def text_overlap(b):
    """TF-IDF cosine of the two descriptions' character 2-3-grams (one language only: across
    languages character n-grams say nothing)."""
    return np.where(b.same_language, b.gram(b.f.text), 0.0)


@pair_feature
def meaning(b):
    """Cosine of the clauses' sentence vectors (multilingual USE): paraphrase and translation."""
    return b.meaning


@pair_feature
def distinct_meaning(b):
    """Cosine of the clause vectors less the block's mean vector: the sense two mentions share
    beyond what every mention of the story and days shares (the story's topic)."""
    return b.memo("distinct", lambda: _centred_cosine(b.f.meaning[b.idx]))


def _centred_cosine(vectors):
    centred = vectors - vectors.mean(axis=0)
    norms = np.linalg.norm(centred, axis=1)
    centred = centred / np.where(norms > 0, norms, 1.0)[:, None]
    return centred @ centred.T


@pair_feature
def meaning_across_languages(b):
    """The same cosine for pairs in two languages, where it runs lower for one event."""
    return np.where(b.same_language, 0.0, b.meaning)


@pair_feature
def sentence_meaning(b):
    """Cosine of the whole sentences' vectors: what the sentence is about beyond the clause."""
    vectors = b.f.sentence_meaning[b.idx]
    return vectors @ vectors.T


@pair_feature
def mutual_best_meaning(b):
    """Each is the other's closest date-compatible mention in the other's article: two articles
    of one story on one day mostly tell the same happenings, once each, so a one-to-one
    alignment of their mentions is evidence of its own."""
    sim = np.where(b.compatible & ~same_article(b), b.meaning, -np.inf)
    article = b.f.article[b.idx]
    order = np.argsort(article, kind="stable")
    bounds = np.flatnonzero(np.r_[True, np.diff(article[order]) != 0])
    group = np.searchsorted(article[order][bounds], article)
    best_in_article = np.maximum.reduceat(sim[:, order], bounds, axis=1)     # rows x articles
    row_best = np.isfinite(sim) & (sim >= best_in_article[:, group])
    return row_best & row_best.T


@pair_feature
def shared_quote(b):
    """The share of the shorter quotation's bigrams found in the other's (解放军宣布“成功完成各项
    任务” / 中国军队宣布，围绕台湾“完成各项任务”): one statement quoted by two outlets. In one
    language only; 0 unless both quote."""
    size = b.f.quote_size[b.idx]
    smaller = np.minimum(size[:, None], size[None, :])
    shared = b.gram(b.f.quotes) / np.where(smaller > 0, smaller, 1.0)
    return np.where(b.same_language & (smaller > 0), shared, 0.0)


@pair_feature
def shared_entities(b):
    """Cosine of the names (after aliasing) in the clauses and their scopes."""
    return b.gram(b.f.entities)


@pair_feature
def shared_wide_entities(b):
    """Cosine of the names in the sentences and their neighbours."""
    return b.gram(b.f.wide_entities)


@pair_feature
def same_main_trigger(b):
    """Both clauses report one kind of happening first (`main_trigger`)."""
    return b.same_main


@pair_feature
def shared_trigger(b):
    """They share a kind of happening, but not the first one of each."""
    return b.shared_specific & ~b.same_main


@pair_feature
def shared_generic_trigger(b):
    """They share a speech, report or decision word."""
    return b.gram(b.f.generic) > 0


@pair_feature
def trigger_conflict(b):
    """Both name specific kinds of happening and none is shared or kin."""
    kin_ab = (b.f.kin[b.idx] @ b.f.specific_in_kin[b.idx].T).toarray() > 0
    both = np.outer(b.present(b.f.specific), b.present(b.f.specific))
    return both & ~b.shared_specific & ~(kin_ab | kin_ab.T)


@pair_feature
def same_speaker(b):
    """Two plain statements by one subject (布林肯…表示 / Blinken said)."""
    plain = b.statement & ~b.present(b.f.specific)
    actor = b.f.actor[b.idx]
    return np.outer(plain, plain) & ((actor @ actor.T).toarray() > 0)


def _people_conflict(b, matrix):
    shared = b.gram(matrix)
    count = np.asarray(matrix[b.idx].sum(axis=1)).ravel()
    return (shared < count[:, None]) & (shared < count[None, :])


@pair_feature
def people_conflict(b):
    """Each clause names a person the other does not (talks with 普京 vs a meeting with
    米舒斯京); across languages only through alias-table people."""
    return np.where(b.same_language, _people_conflict(b, b.f.people), _people_conflict(b, b.f.listed_people))


@pair_feature
def actor_conflict(b):
    """Each clause's subject appears nowhere in the other (within one language, or both
    subjects in the alias table)."""
    has_actor = b.present(b.f.actor)
    listed = b.f.listed_actor[b.idx]
    conflict = np.outer(has_actor, has_actor) & ~b.actor_named & ~b.actor_named.T
    return conflict & (b.same_language | np.outer(listed, listed))


@pair_feature
def same_subject_meaning(b):
    """Cosine of the two subjects' vectors when both clauses have one (解放军 / 中国军队 /
    the PLA lie close, 中国 / 绍伊古 far): who acted, compared by sense rather than by spelling."""
    vectors = b.f.subject_meaning[b.idx]
    both = np.outer(b.present(b.f.actor), b.present(b.f.actor))
    return np.where(both, vectors @ vectors.T, 0.0)


@pair_feature
def both_have_subjects(b):
    """Both clauses name who acted (the subject cosine above is only read then)."""
    return np.outer(b.present(b.f.actor), b.present(b.f.actor))


@pair_feature
def third_party_statement(b):
    """One is a statement whose speaker the other does not name (白宫公开了…信件 is not the
    letter's sending)."""
    s, named = b.statement, b.actor_named
    return (s[:, None] & ~s[None, :] & ~named) | (s[None, :] & ~s[:, None] & ~named.T)


@pair_feature
def statement_mismatch(b):
    """Exactly one of the two is a statement (said, reported, decided), whoever spoke."""
    s = b.statement
    return s[:, None] != s[None, :]


@pair_feature
def thin_description(b):
    """One of the clauses says almost nothing beyond its date (a caption's trailing date, 掌权):
    its words and names are weak evidence either way."""
    thin = b.f.thin[b.idx]
    return thin[:, None] | thin[None, :]


@pair_feature
def grain_steps(b):
    """Grain levels apart (a day and a month: 2), doubled without a shared main trigger."""
    level = b.f.level[b.idx]
    return np.abs(level[:, None] - level[None, :]) * np.where(b.same_main, 1.0, 2.0)


@pair_feature
def same_article(b):
    """Both from one article: a report tells each happening once or a few times."""
    article = b.f.article[b.idx]
    return article[:, None] == article[None, :]


@pair_feature
def crowded_day(b):
    """log of how many mentions each one's article gives its date: an article that tells one
    happening on a day tells it once or twice, so on a day it dates many times it is telling
    several happenings, and any two of that day's mentions are less likely one."""
    told = np.log(b.f.told_that_day[b.idx])
    return told[:, None] + told[None, :]


@pair_feature
def across_languages(b):
    """The pair is in two languages (the other evidence is weaker there)."""
    return ~b.same_language


@dataclass(frozen=True)
class MergeModel:
    """A logistic pair scorer over `PAIR_FEATURES` and the clustering's cut, as written by
    `scripts/train_merge.py` from the golds into `timeline/data/merge_model.json`."""
    weights: dict
    intercept: float
    threshold: float

    def probability(self, features: dict) -> np.ndarray:
        z = self.intercept + sum(w * features[name] for name, w in self.weights.items())
        return 1.0 / (1.0 + np.exp(-z))


@lru_cache(maxsize=1)
def default_model() -> MergeModel:
    with resources.files("timeline.data").joinpath("merge_model.json").open(encoding="utf-8") as fh:
        data = json.load(fh)
    unknown = set(data["weights"]) - set(PAIR_FEATURES)
    if unknown:
        raise ValueError(f"merge_model.json weighs features the code does not have: {sorted(unknown)}")
    return MergeModel(data["weights"], data["intercept"], data["threshold"])


def _level(date):
    """How precise a date is; a run of days (3月20日至22日) is as vague as a week about which of
    its days an event took."""
    if date.grain == "day" and date.end > date.start:
        return GRAIN_LEVEL["week"]
    return GRAIN_LEVEL.get(date.grain, 0)


def _block_key(m):
    d = m.date
    if GRAIN_LEVEL.get(d.grain, 0) >= FINE_FROM:
        return ("month", d.start.year, d.start.month)
    return ("year", d.start.year)


def pair_probability(features, idx, model) -> np.ndarray:
    """The model's probability that each pair of the mentions `idx` reports one event; 0 for
    date-incompatible pairs."""
    block = _Block(features, idx)
    p = model.probability(block.features())
    p[~block.compatible] = 0.0
    return p


def _cluster_block(features, idx, model):
    if len(idx) == 1:
        return [0]
    return list(correlation_clusters(pair_probability(features, idx, model), model.threshold))


def correlation_clusters(p, threshold):
    """Cluster numbers for the mentions whose pair probabilities are `p` (0: never together).

    Each pair weighs its log-odds against the cut's, log(p/(1-p)) - log(t/(1-t)): positive when
    the pair is likelier one event than the cut allows. Greedily, the two clusters whose pairs
    weigh most in sum are joined while that sum is positive (correlation clustering): an event
    told many times gathers its tellings when the sure pairs outweigh the unsure ones, where an
    average of probabilities let a few unlike wordings of one event keep it in pieces
    (leave-one-story-out, `benchmarks/merge.md`). A date-incompatible pair weighs -inf: its two
    mentions never share a cluster. Clusters only grow along positive pairs, so each connected
    part of the positive pairs is clustered alone."""
    n = len(p)
    with np.errstate(divide="ignore"):
        odds = np.log(p) - np.log1p(-np.minimum(p, 1 - 1e-12))
    weight = odds - np.log(threshold / (1 - threshold))
    np.fill_diagonal(weight, -np.inf)
    labels = np.empty(n, dtype=int)
    parts, part = connected_components(csr_matrix(weight > 0), directed=False)
    next_label = 0
    for k in range(parts):
        members = np.flatnonzero(part == k)
        groups = _greedy_join(weight[np.ix_(members, members)]) if len(members) > 1 else [[0]]
        for group in groups:
            labels[members[group]] = next_label
            next_label += 1
    return labels


def _greedy_join(weight):
    """Groups (lists of row numbers) from joining, while positive, the pair of groups whose
    summed weight is largest. Each row keeps its best partner, so a join costs a few rows."""
    weight = weight.copy()
    n = len(weight)
    alive = np.ones(n, dtype=bool)
    groups = {i: [i] for i in range(n)}
    best = weight.argmax(axis=1)
    best_value = weight[np.arange(n), best]
    while True:
        a = int(best_value.argmax())
        if best_value[a] <= 0:
            break
        b = int(best[a])
        weight[a] += weight[b]
        weight[:, a] = weight[a]
        weight[a, a] = -np.inf
        weight[b] = -np.inf
        weight[:, b] = -np.inf
        alive[b] = False
        best_value[b] = -np.inf
        groups[a].extend(groups.pop(b))
        # A row whose best was a or b still has a as its best when its weight to a did not
        # fall (a giant event absorbing its tellings): only the others are searched again.
        was_a, was_b = alive & (best == a), alive & (best == b)
        kept = (was_a & (weight[:, a] >= best_value)) | (was_b & (weight[:, a] > best_value))
        best[kept] = a
        best_value[kept] = weight[kept, a]
        stale = (was_a | was_b) & ~kept
        stale[a] = True
        for r in np.flatnonzero(stale):
            best[r] = weight[r].argmax()
            best_value[r] = weight[r, best[r]]
        better = alive & ~stale & ~kept & (weight[:, a] > best_value)
        best[better] = a
        best_value[better] = weight[better, a]
    return list(groups.values())


def blocks(mentions):
    """Index lists of the mentions that may be compared: a month's fine dates or a year's
    coarse ones (an oversized block compares only identical ranges, in publication order)."""
    groups = defaultdict(list)
    for i, m in enumerate(mentions):
        groups[_block_key(m)].append(i)
    for key, idx in groups.items():
        if len(idx) <= MAX_BLOCK:
            yield idx
            continue
        by_range = defaultdict(list)
        for i in idx:
            by_range[(mentions[i].date.start, mentions[i].date.end)].append(i)
        for same in by_range.values():
            same.sort(key=lambda i: mentions[i].published)
            for k in range(0, len(same), MAX_BLOCK):
                yield same[k:k + MAX_BLOCK]


def merge_mentions(mentions, model: MergeModel | None = None, threshold: float | None = None) -> list[int]:
    """Event number (0, 1, ...) of each mention; mentions with one number report one event.
    `model` defaults to the trained one; `threshold` overrides its cut (higher: fewer merges)."""
    if not mentions:
        return []
    model = model or default_model()
    if threshold is not None:
        model = dataclasses.replace(model, threshold=threshold)
    features = _Features(mentions)
    labels = [0] * len(mentions)
    next_label = 0
    for idx in blocks(mentions):
        local = _cluster_block(features, idx, model)
        mapping = {}
        for i, c in zip(idx, local):
            if c not in mapping:
                mapping[c] = next_label
                next_label += 1
            labels[i] = mapping[c]
    _attach_coarse(features, mentions, labels, model)
    _attach_days_to_runs(features, mentions, labels, model)
    return labels


def _attach_coarse(features, mentions, labels, model):
    """A year-grain event (2011年, "the 2011 earthquake") joins the finer event of that year
    (2011年3月11日) it agrees with: date inside, one kind of happening (shared main trigger), and
    a mean pair probability over both events' mentions above the cut. Only finer mentions of
    that year with that main trigger are candidates, so the cost stays within a year's block."""
    fine_by_key = defaultdict(list)          # (year, main trigger) -> finer mentions
    coarse_events = defaultdict(list)        # label -> its year-block mentions
    for i, m in enumerate(mentions):
        family = features.main_family[i]
        if GRAIN_LEVEL.get(m.date.grain, 0) >= FINE_FROM:
            if family:
                fine_by_key[(m.date.start.year, family)].append(i)
        else:
            coarse_events[labels[i]].append(i)
    members = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    for label, coarse in coarse_events.items():
        years = {mentions[i].date.start.year for i in coarse}
        families = {features.main_family[i] for i in coarse} - {None}
        if len(years) != 1 or not families:
            continue
        year = years.pop()
        targets = sorted({labels[i] for f in families for i in fine_by_key.get((year, f), ())})
        _join_best(coarse, _scored_in_chunks(features, coarse, targets, members, model), labels, members, model)


def _scored_in_chunks(features, group, targets, members, model):
    """(target, pair probabilities of `group` x the target's mentions) for each target. The
    candidates are scored together, a block of them per matrix: one matrix per candidate cost a
    year's candidates squared once a corpus spans many years."""
    for chunk in _chunks(targets, lambda t: len(members[t]), MAX_BLOCK - len(group)):
        fines = [members[t][:MAX_BLOCK] for t in chunk]
        p = pair_probability(features, group + [i for fine in fines for i in fine], model)
        start = len(group)
        for target, fine in zip(chunk, fines):
            yield target, p[:len(group), start:start + len(fine)]
            start += len(fine)


def _join_best(group, scored, labels, members, model):
    """Move the mentions `group` to the event of `scored` (target, pair probabilities) with the
    highest mean pair probability at or above the cut; never to one with an incompatible pair."""
    best, best_score = None, model.threshold
    for target, pairs in scored:
        if (pairs == 0.0).any():
            continue
        score = pairs.mean()
        if score >= best_score:
            best, best_score = target, score
    if best is not None:
        for i in group:
            labels[i] = best
        members[best].extend(group)


RUN_DAYS = 31     # a run longer than a month is no run of days a day's event is told as part of


def _is_run(date):
    return date.grain == "day" and 0 < (date.end - date.start).days < RUN_DAYS


def _attach_days_to_runs(features, mentions, labels, model):
    """A run of days (8月4日12时至7日12时的军演) is told by its range and by its days: it began on
    Thursday, it was due to end on Sunday. The clustering cannot gather the first day and the
    last (two different days are never linked), so an event whose mentions are all single days
    on the first or last day of a run event's range joins that event when its mentions' mean pair
    probability against the run's mentions that begin or end on those days clears the cut (the
    best such run wins). Days inside the run are left alone, mostly events of their own (leave-
    one-story-out mean F0.5 at the 0.45 cut, real / synthetic stories: every day of the run
    0.814 / 0.761, its first and last days 0.828 / 0.783, no pass 0.816 / 0.803)."""
    members = defaultdict(list)
    for i, label in enumerate(labels):
        members[label].append(i)
    covering = defaultdict(set)          # day -> labels of the events with a run that begins or ends on it
    for i, m in enumerate(mentions):
        if _is_run(m.date):
            for day in (m.date.start.toordinal(), m.date.end.toordinal()):
                covering[day].add(labels[i])
    if not covering:
        return
    for label, idx in list(members.items()):
        dates = [mentions[i].date for i in idx]
        if not all(d.grain == "day" and d.start == d.end for d in dates):
            continue
        days = {d.start.toordinal() for d in dates}
        targets = set.intersection(*(covering.get(day, set()) for day in days)) - {label}

        def scored():
            for target in sorted(targets):
                cover = [j for j in members[target] if _is_run(mentions[j].date)
                         and days <= {mentions[j].date.start.toordinal(), mentions[j].date.end.toordinal()}
                         ][:MAX_BLOCK - len(idx)]
                if cover:
                    yield target, pair_probability(features, idx + cover, model)[:len(idx), len(idx):]
        _join_best(idx, scored(), labels, members, model)


def _chunks(items, size, limit):
    """`items` in runs whose sizes add up to at most `limit` (an oversized item runs alone)."""
    run, total = [], 0
    for item in items:
        if run and total + size(item) > limit:
            yield run
            run, total = [], 0
        run.append(item)
        total += size(item)
    if run:
        yield run


def event_date(dates):
    """(start, end, grain): the most precise date the mentions agree on."""
    start = max(d.start for d in dates)
    end = min(d.end for d in dates)
    narrowest = lambda d: ((d.end - d.start).days, -d.confidence)
    if start <= end:
        # Two ranges that only overlap (4-6 and 5-8 August) agree on 5-6 August, which neither
        # states: the common range, at the grain of the narrower.
        best = min([d for d in dates if start <= d.start and d.end <= end] or dates, key=narrowest)
    else:
        # No common range (a run told by its range, its first day and its last): the narrowest
        # mention that overlaps every other, else the most precise one.
        best = min([d for d in dates if all(d.start <= o.end and o.start <= d.end for o in dates)] or dates,
                   key=narrowest)
        start, end = best.start, best.end
    return start, end, best.grain

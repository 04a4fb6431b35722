"""Stage 4: event mentions that report the same real-world event become one event.

Two mentions may share an event only if their dates are compatible: the ranges overlap, two
day-grain dates are the same day (a finer date inside a coarser one — 7月底 inside 七月 — is
compatible), and two different dates of one sentence never name one event. Among compatible
mentions, a pair's similarity mixes
- the TF-IDF cosine of their descriptions (character 2-3-grams, so it works without word
  segmentation and across 会晤/会面-style variants), with the neighbouring sentences mixed in at
  a lower weight when a sentence is too short to say much;
- entity overlap after aliasing (the clause's and its scope's entities, and more weakly the
  sentence's and its neighbours');
- event-trigger families (`timeline/data/triggers.csv`, a bilingual event-type lexicon along
  CAMEO and common news happenings: 会面/会晤/会谈/meet are one family, 禁止进口/暂停进口/ban
  another; English words are also looked up by their base form and as two- and three-word
  phrases; a Chinese compound by its last word, 国事访问 = 访问): sharing the clause's main
  family (its first specific one — 排放…，促使中国禁止进口 reports a release — after passing over
  words in quotation marks and triggers that only modify a noun, 公布的死亡人数) pulls together,
  sharing another family pulls half as much, having only different specific families pushes
  apart; the generic families (speech, reports, decisions) only pull a little;
- across languages character n-grams say nothing, so there the other evidence (entities,
  triggers) speaks alone, scaled to the same range, when both report one kind of happening;
- two plain statements by one subject on one day (布林肯…表示 / Blinken said) are one kind;
- different people push apart: each clause names someone the other does not (talks with 普京 vs
  a meeting with 米舒斯京), across languages only through alias-table people;
- different actors push apart: each clause's subject (`EventMention.subject`, the name before
  its first verb) appears nowhere in the other — within one language, or when both subjects are
  in the alias table (one canonical name in every language);
- a third party's statement or report about something (白宫公开了…信件) is not the thing itself:
  when only one of the two is a statement and its actor is not named by the other, they are
  pushed apart (the actor announcing their own act is the act); a statement about an act that
  someone else named in it did (日本外务省表示，中方的禁令…) counts as a statement only;
- a day and a month are compatible but weaker evidence than two days: each grain level apart
  (a run of days counts as a week) costs a little, twice as much when the two do not share their
  main trigger;
- kindred kinds (launch / attack, revolt / capture / advance, crash / disaster: outlets tell one
  event as either) do not count as different kinds.
Mentions are clustered with average linkage (a mention joins a group only if it is similar to
the group on average, so a weak A~B~C chain does not put A and C together), with incompatible
dates forbidden. Only candidates in one date block are compared: mentions are bucketed by the
month (month and finer dates) or the year (coarser dates) their range starts in, so the cost
grows with the mentions per block, not with the square of the corpus. A year-grain event then
joins the finer event of its year that reports the same kind of happening and is similar on
average (2011年 核灾难 / the 2011 earthquake / 2011年3月11日 大地震), only those candidates compared;
year-grain events of different kinds (2019年 visit vs 2019年底 pandemic) stay apart.
"""
from __future__ import annotations

import csv
import re
from collections import defaultdict
from functools import lru_cache
from importlib import resources

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.spatial.distance import squareform
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from timeline.entities import PERSON_TITLES, default_finder
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

# Weights of the pair similarity and the linkage threshold. Principle: two date-compatible
# mentions are one event when they say much the same thing (description + entities), or name the
# same kind of happening (trigger) with nothing against it (no other actor, person or kind);
# shared entities alone are not enough. The threshold sits mid-way in the range (0.18-0.28) that
# scores the seeds perfectly; the weights were set by the principle above, not searched.
W_TEXT, W_ENTITY, W_WIDE_ENTITY = 0.40, 0.25, 0.10
W_TRIGGER, W_GENERIC_TRIGGER = 0.25, 0.05
P_TRIGGER_CONFLICT, P_PEOPLE_CONFLICT, P_ACTOR_CONFLICT, P_STATEMENT_MISMATCH = 0.20, 0.25, 0.20, 0.30
P_GRAIN_STEP = 0.04      # per grain level apart: a vaguer date is weaker evidence of one event
THRESHOLD = 0.24
MIN_LABEL = 6             # characters; shorter descriptions make poor event labels
FORBIDDEN = 1e3           # distance of a date-incompatible pair: never linked
MAX_BLOCK = 2000          # larger blocks are cut: dense similarity costs block size squared


def compatible(a, b) -> bool:
    """Can two date mentions (objects with start, end, grain) name the same event?"""
    if a.start > b.end or b.start > a.end:
        return False
    if a.grain == "day" and b.grain == "day":
        return a.start == b.start
    return True


def _compatible_matrix(mentions) -> np.ndarray:
    """`compatible` for every pair of event mentions at once; besides, two different dates in one
    sentence are two events (the writer dated each on its own: 8月下旬以来…，28日召见…)."""
    dates = [m.date for m in mentions]
    start = np.array([d.start.toordinal() for d in dates])
    end = np.array([d.end.toordinal() for d in dates])
    day = np.array([d.grain == "day" for d in dates])
    overlap = (start[:, None] <= end[None, :]) & (start[None, :] <= end[:, None])
    both_days = day[:, None] & day[None, :]
    sentence = np.array([hash((m.article_id, m.sentence_index)) for m in mentions])
    same_sentence = sentence[:, None] == sentence[None, :]
    same_dates = (start[:, None] == start[None, :]) & (end[:, None] == end[None, :])
    return overlap & (~both_days | (start[:, None] == start[None, :])) & (~same_sentence | same_dates)


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
    return any(speech < sp.start < act and sp.entity.name != subject
               for sp in default_finder().spans(text))


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
    """Per-mention feature matrices, built once for the whole corpus."""

    def __init__(self, mentions):
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
        families = [set(f) for f in sequences]
        specific = [f - GENERIC_FAMILIES for f in families]
        generic = [f & GENERIC_FAMILIES for f in families]
        spec_vocab = _vocabulary(specific)
        self.specific = _binary_matrix(specific, spec_vocab)
        # Each clause's kinds with their kin (a missile fired at a country is reported as a launch
        # or as an attack): kin kinds do not push a pair apart.
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
        finder = default_finder()
        self.listed_actor = np.array([bool(a) and finder.lookup(a[0]) is not None for a in actors])
        # Named by the clause: its scope's names and its participants (not every name of the
        # sentence, which may tell another actor's act).
        self.named = _binary_matrix([set(m.scope_entities) | set(m.people) | {m.subject} - {""} for m in mentions],
                                    entity_vocab)

    def same_main(self, idx) -> np.ndarray:
        """Pairs of the mentions `idx` whose clauses have one main trigger family."""
        sub = self.main[idx]
        return (sub @ sub.T).toarray() > 0

    def similarity(self, idx) -> np.ndarray:
        """Dense pairwise similarity of the mentions `idx` (see the module docstring)."""
        def gram(matrix):
            sub = matrix[idx]
            return (sub @ sub.T).toarray()

        def has(matrix):
            present = np.asarray(matrix[idx].sum(axis=1)).ravel() > 0
            return np.outer(present, present)

        text, ents, wide = gram(self.text), gram(self.entities), gram(self.wide_entities)
        spec, gen = gram(self.specific) > 0, gram(self.generic) > 0
        kin_ab = (self.kin[idx] @ self.specific_in_kin[idx].T).toarray() > 0
        kin = kin_ab | kin_ab.T
        # Different people: each clause names someone the other does not (习近平会见米舒斯京 is not
        # 习近平与普京会谈, though both name 习近平).
        def people_conflict(matrix):
            shared = gram(matrix)
            count = np.asarray(matrix[idx].sum(axis=1)).ravel()
            return (shared < count[:, None]) & (shared < count[None, :])
        same_main = gram(self.main) > 0
        both_spec = has(self.specific)
        actor, named = self.actor[idx], self.named[idx]
        actor_named = (actor @ named.T).toarray() > 0          # a's subject is named by b
        has_actor = np.asarray(actor.sum(axis=1)).ravel() > 0
        actor_conflict = (np.outer(has_actor, has_actor) & ~actor_named & ~actor_named.T)
        listed = self.listed_actor[idx]
        both_listed = np.outer(listed, listed)
        # Names are only comparable within one language (an English mention's unlisted names are
        # not the Chinese ones), so missing names count against a pair only then.
        language = self.language[idx]
        same_language = language[:, None] == language[None, :]
        statement = np.asarray(self.generic[idx].sum(axis=1)).ravel() > 0
        # A third party's statement about something is not that thing; the actor announcing
        # their own act (岸田宣布… / 岸田决定…) is.
        third_party_statement = ((statement[:, None] & ~statement[None, :] & ~actor_named)
                                 | (statement[None, :] & ~statement[:, None] & ~actor_named.T))
        # One speaker's statements of one day are one happening (布林肯…表示 / Blinken said): two
        # plain statements by the same subject share a kind, like a shared trigger.
        plain_statement = statement & ~np.asarray(self.specific[idx].sum(axis=1)).ravel().astype(bool)
        same_speaker = (np.outer(plain_statement, plain_statement)
                        & ((actor @ actor.T).toarray() > 0))
        same_kind = spec | same_speaker
        # Character n-grams cannot compare an English with a Chinese description: across
        # languages, when both report one kind of happening (a shared specific trigger), the
        # other evidence speaks alone, scaled to the same range; shared names alone stay weak.
        evidence = (W_ENTITY * ents + W_WIDE_ENTITY * wide
                    + W_TRIGGER * (same_main | spec) * np.where(same_main, 1.0, 0.5)
                    + W_TRIGGER * (same_speaker & ~spec)
                    + W_GENERIC_TRIGGER * gen)
        evidence = np.where(same_language, W_TEXT * text + evidence,
                            np.where(same_kind, evidence / (1.0 - W_TEXT), evidence))
        return (evidence
                - P_TRIGGER_CONFLICT * (both_spec & ~spec & ~kin)
                - P_PEOPLE_CONFLICT * np.where(same_language, people_conflict(self.people),
                                               people_conflict(self.listed_people))
                - P_ACTOR_CONFLICT * (actor_conflict & (same_language | both_listed))
                - P_STATEMENT_MISMATCH * third_party_statement)


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


def _cluster_block(features, mentions, idx, threshold):
    if len(idx) == 1:
        return [0]
    dates = [mentions[i].date for i in idx]
    level = np.array([_level(d) for d in dates], dtype=float)
    steps = np.abs(level[:, None] - level[None, :])
    # A day inside a vaguer span (8月下旬以来…) is the same event only if both report one kind of
    # happening: without a shared main trigger each grain step costs double.
    steps = steps * np.where(features.same_main(idx), 1.0, 2.0)
    sim = features.similarity(idx) - P_GRAIN_STEP * steps
    dist = np.clip(1.0 - sim, 0.0, None)
    dist[~_compatible_matrix([mentions[i] for i in idx])] = FORBIDDEN
    np.fill_diagonal(dist, 0.0)
    tree = linkage(squareform(dist, checks=False), method="average")
    return list(fcluster(tree, t=1.0 - threshold, criterion="distance"))


def _blocks(mentions):
    blocks = defaultdict(list)
    for i, m in enumerate(mentions):
        blocks[_block_key(m)].append(i)
    for key, idx in blocks.items():
        if len(idx) <= MAX_BLOCK:
            yield idx
            continue
        # An oversized block: compare only identical date ranges, in publication order.
        by_range = defaultdict(list)
        for i in idx:
            by_range[(mentions[i].date.start, mentions[i].date.end)].append(i)
        for same in by_range.values():
            same.sort(key=lambda i: mentions[i].published)
            for k in range(0, len(same), MAX_BLOCK):
                yield same[k:k + MAX_BLOCK]


def merge_mentions(mentions, threshold: float = THRESHOLD) -> list[int]:
    """Event number (0, 1, ...) of each mention; mentions with one number report one event."""
    if not mentions:
        return []
    features = _Features(mentions)
    labels = [0] * len(mentions)
    next_label = 0
    for idx in _blocks(mentions):
        local = _cluster_block(features, mentions, idx, threshold)
        mapping = {}
        for i, c in zip(idx, local):
            if c not in mapping:
                mapping[c] = next_label
                next_label += 1
            labels[i] = mapping[c]
    _attach_coarse(features, mentions, labels, threshold)
    return labels


def _attach_coarse(features, mentions, labels, threshold):
    """A year-grain event (2011年, "the 2011 earthquake") joins the finer event of that year
    (2011年3月11日) it agrees with: date inside, one kind of happening (shared main trigger), and
    similar on average over both events' mentions, less one grain step. Only finer mentions of
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
        best, best_score = None, threshold
        # The candidates are scored together, a block of them per similarity matrix: one matrix
        # per candidate cost a year's candidates squared once a corpus spans many years.
        for chunk in _chunks(targets, lambda t: len(members[t]), MAX_BLOCK - len(coarse)):
            fines = [members[t][:MAX_BLOCK] for t in chunk]
            idx = coarse + [i for fine in fines for i in fine]
            compatible_pairs = _compatible_matrix([mentions[i] for i in idx])
            sim = features.similarity(idx)
            n = len(coarse)
            start = n
            for target, fine in zip(chunk, fines):
                cols = np.r_[0:n, start:start + len(fine)]
                start += len(fine)
                if not compatible_pairs[np.ix_(cols, cols)].all():
                    continue
                score = sim[:n, cols[n:]].mean() - P_GRAIN_STEP
                if score >= best_score:
                    best, best_score = target, score
        if best is not None:
            for i in coarse:
                labels[i] = best
            members[best].extend(coarse)


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
    inside = [d for d in dates if start <= d.start and d.end <= end] if start <= end else []
    best = min(inside or dates, key=lambda d: ((d.end - d.start).days, -d.confidence))
    if start > end:   # no common range: trust the most precise mention
        start, end = best.start, best.end
    return start, end, best.grain


def event_label(mentions) -> str:
    """The most informative description: most entities and trigger words, not too long. A
    description of a word or two (掌权) gives way to its whole sentence."""
    def text(m):
        desc = m.description or m.clause
        return desc if len(desc) >= MIN_LABEL else m.sentence.strip()

    def score(m):
        desc = text(m)
        fit = 1.0 if MIN_LABEL <= len(desc) <= 60 else 0.5
        if desc is not m.description:
            fit = 0.25       # a whole sentence: only when no mention has a usable description
        return (fit * (1 + len(m.entities) + 2 * len(triggers(desc) - GENERIC_FAMILIES)), -abs(len(desc) - 30))
    return text(max(mentions, key=score)).strip()

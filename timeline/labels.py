"""An event's label: who did what, in the words of one of its mentions.

The label is what a user reads in the table, on the figure, in the exports and the calendar, so
it must be a clause a reader understands on its own:
- it has its predicate: a clause cut before its verb (尽管俄罗斯方面直到11日，…才确认…), a
  prepositional phrase (对三家…的三个实体，宣布了制裁措施; 在例行记者会上，…表示…), a speech verb
  whose content follows (表示：…) or a demonstrative object (承认了这一点，称…) runs on over the
  sentence's next clauses until the predicate (or what "this" is) has been said;
- the date words go with their preposition or their 的 (在2019年破裂 -> 破裂, 在上月30日的新闻发布
  会上 -> 在新闻发布会上, 直到11日 -> ""), so no word is cut and no 在 is left dangling; a time
  clause in the middle (也就是…时) is left out;
- a clause without its own subject takes the mention's (赴哈萨克斯坦会谈 -> 普京赴哈萨克斯坦会谈);
  a leading 他/她/he/she is the person named last before it in the article;
- across the event's mentions (all outlets) the most informative complete one wins: most names
  and event words, a demonstrative subject (此次会晤…) or an unresolved pronoun counts against it.
Only the few best mentions of an event by the cheap measure are polished, so the cost stays a
small part of the build.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from timeline.entities import default_finder
from timeline.mentions import (CLAUSE_PUNCT, EMPTY_BRACKETS, ENGLISH_PREDICATE, GAP_BETWEEN_CJK, SPEECH_VERB,
                               since_frame, split_clauses)
from timeline.merge import GENERIC_FAMILIES, trigger_families, triggers
from timeline.textnorm import normalize_for_matching

MIN_LABEL = 6             # characters; shorter descriptions make poor event labels
CANDIDATES = 3            # mentions per event polished into full labels,
MAX_CANDIDATES = 8        # more while none of them gave a complete one
MAX_EXTRA_CLAUSES = 3     # clauses a label may run on to reach its predicate
END_PUNCT = "。.!?！？"
CJK = re.compile(r"[\u4e00-\u9fff]")
GAP_AT_CJK_PUNCT = re.compile(r"(?<=[\u3000-\u303f\uff00-\uffef]) +(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) +(?=[\u3000-\u303f\uff00-\uffef])")
JOINER = re.compile(r"^[\s和与與及、至到或～~-]*$")
ASPECT = {"了", "着", "过", "著", "過"}
QUOTES = {"“": "”", "「": "」", "『": "』"}

# A preposition or time word before a date goes with it (在2019年破裂, 直到11日, 自2019年以来).
PREPOSITION_BEFORE = re.compile(r"(?:一直到|直到|截至|截止|到了|在|于|於|从|從|自从|自|到|(?i:\b(?:on|in|at|during|by|since|until|from)))\s*$")
SUFFIX_AFTER = re.compile(r"^\s*(?:以来|以來|之后|之後|以后|以後|之前|以前|前后|前後|左右|起|许|許|前|后|後)(?![几數数一两兩三天日周个個月年])")
# Words that open a subordinate or reported clause: the label is the happening itself.
LEADING_WORDS = re.compile(r"^(?:图为|圖為|也就是说|也就是|亦即|尽管|儘管|虽然|雖然|随着|隨著|因为|因為|由于|由於|就在|而且|而|但是|但|并且|并|並|且|据|據|"
                           r"也|还|還|则|則|另外|此外|同时|同時|与此同时|此前|其后|随后|隨後|"
                           r"(?i:and|but|while|although|though|as|meanwhile|however)\b)[\s,，]*")
LEADING_PUNCT = " \"“”'‘’「」『』，,、；;：:。.—-–"
TRAILING_PUNCT = " ，,、；;：:—-–"
# A prepositional phrase of place or time whose verb is still to come (在例行记者会上, 当…时).
OPEN_PHRASE = re.compile(r"(?:在|當|当|於|于|正当|就在)[^，,；;]*(?:上|中|下|里|裡|时|時|期间|期間|之际|之際|前|后|後)$")
TIME_CLAUSE = re.compile(r"^(?:也就是|亦即|即|当|當|正当|就在)?[^，,；;]*(?:时|時|之际|之際|时候|時候)$")
# A demonstrative object: what "this" is comes next (普京承认了这一点，称…).
DEMONSTRATIVE_END = re.compile(r"(?:这一点|這一點|这一|这些|這些|此事|这件事|這件事|此举|此舉|这样|這樣|这么做|"
                               r"(?i:\b(?:this|that|it|so)))$")
DEMONSTRATIVE_START = re.compile(r"^(?:此次|这次|這次|此|这|這|该|該|那|(?i:this|that|these|those|it)\b)")
NOT_A_SUBJECTLESS_START = re.compile(r"^(?:包括|包含|作为|作為|身为|身為)")
LOCATIVE_NOUN_PHRASE = re.compile(r"的.*[上中里裡内內]")
TOPIC_PREPOSITION = re.compile(r"^(?:针对|針對|对于|對於|关于|關於|围绕|圍繞|就)")
OPEN_PREPOSITION = re.compile(r"^(?:在|于|於|当|當)")
TRAILING_TIME = re.compile(r"(?:时|時|之际|之際|之后|之後|以后|以後|后|後)$")
TRAILING_COPULA = re.compile(r"(?<=[\u4e00-\u9fff])(?:是|为|為|在|于|於)$")
PRONOUN_START = re.compile(r"^(?:他|她|(?i:he|she)\b)(?!们|們)")
PREPOSITION_START = re.compile(r"^(?:对|對|向|与|與|同|跟|为|為|将|將|把|给|給|赴|前往|在|于|於|从|從|针对|針對|"
                               r"(?i:to|for|with|at|in|on))")


@lru_cache(maxsize=1 << 16)     # a label's candidates and their joins are cut more than once
def _words(text):
    """(word, tag) pairs of a Chinese text (jieba's dictionary, on a same-length Simplified copy)."""
    finder = default_finder()
    tags = finder.tagger.word_tag_tab
    return tuple((w, tags.get(w, "")) for w in finder.tokenizer.lcut(normalize_for_matching(text), HMM=False))


def _verbs(words) -> list[int]:
    """Indexes of the predicate-like words: jieba's verb tags, a word before an aspect particle
    (参观了, tagged a noun), an event word not right after 的 (…的会晤 is a noun)."""
    finder = default_finder()
    table = trigger_families()
    found = []
    for i, (w, t) in enumerate(words):
        if w in finder.canonical:
            continue
        aspect = i + 1 < len(words) and words[i + 1][0] in ASPECT and len(w) >= 2
        event_word = w in table and len(w) >= 2 and not (i and words[i - 1][0] == "的")
        if (t.startswith("v") and t != "vn") or aspect or event_word:
            found.append(i)
    return found


def has_predicate(text: str) -> bool:
    """Does the text say what happened: a verb outside of a noun's modifier (…发挥了作用的三个实体
    has verbs, but only inside what modifies 实体)?"""
    if not CJK.search(text):
        return bool(ENGLISH_PREDICATE.search(text))
    words = _words(text)
    verbs = _verbs(words)
    if not verbs:
        return False
    if PREPOSITION_START.match(normalize_for_matching(text)):
        last_de = max((i for i, (w, _) in enumerate(words) if w == "的"), default=-1)
        if last_de > verbs[0] and not any(v > last_de for v in verbs):
            return False
    return True


def is_complete(text: str) -> bool:
    """A label a reader can take on its own: it has its predicate, and it does not end on a
    phrase whose verb or content is still to come."""
    text = text.rstrip(END_PUNCT + TRAILING_PUNCT)
    if not text or not has_predicate(text):
        return False
    last = re.split(r"[，,；;]", text)[-1].strip()
    return not (OPEN_PHRASE.search(text) or TOPIC_PREPOSITION.match(last) or SPEECH_VERB.search(text) or DEMONSTRATIVE_END.search(last)
                or (not CJK.search(text) and re.search(r"\b(?:that|to|and|of|the|a|an)$", text)))


def _strip_date(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The span to cut for the date at sentence[start:end]: with its preposition, or with its 的
    when it modifies a noun (在上月30日的新闻发布会上 keeps 在…上 around the noun). A 在 whose
    phrase goes on to a noun (在上周发表的一份报告中) stays too."""
    if sentence.startswith("的", end):
        return start, end + 1
    if sentence.startswith(("'s", "’s"), end):       # Tuesday's collision -> collision
        return start, end + 2
    before = PREPOSITION_BEFORE.search(sentence[:start])
    rest = re.split(r"[，,；;。]", sentence[end:], maxsplit=1)[0]
    if before and not (before.group().strip() in ("在", "于", "於") and LOCATIVE_NOUN_PHRASE.search(rest)):
        start = before.start()
    after = SUFFIX_AFTER.match(sentence[end:])
    if after:
        end += after.end()
    return start, end


def _tidy(text: str) -> str:
    text = EMPTY_BRACKETS.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = GAP_BETWEEN_CJK.sub("", text)
    text = GAP_AT_CJK_PUNCT.sub("", text)
    text = re.sub(r"\s+([，,。；;：:、])", r"\1", text)
    text = re.sub(r"([，,；;：:、])(?:\s*[，,；;：:、])+", r"\1", text)
    for _ in range(3):
        text = LEADING_WORDS.sub("", text.lstrip(LEADING_PUNCT))
    return text.strip(LEADING_PUNCT).rstrip(END_PUNCT + TRAILING_PUNCT).strip()


@dataclass
class Candidate:
    text: str
    complete: bool
    score: float


def _span_text(sentence, start, end, dates):
    """sentence[start:end] without the date expressions inside it."""
    cuts = []
    for offset, expression in dates:
        if start <= offset and offset + len(expression) <= end and sentence[offset:offset + len(expression)] == expression:
            a, b = _strip_date(sentence, offset, offset + len(expression))
            cuts.append((max(a, start), min(b, end)))
    pieces, pos = [], start
    for a, b in sorted(cuts):
        if a > pos and not (pos > start and JOINER.match(sentence[pos:a])):
            pieces.append(sentence[pos:a])
        pos = max(pos, b)
    pieces.append(sentence[pos:end])
    return " ".join(pieces)


def _clause_range(m):
    """(start, end) of the mention's clause in its sentence."""
    sentence, offset = m.sentence, m.expression_offset
    start = sentence.find(m.clause) if m.clause else -1
    if start < 0:
        spans = split_clauses(sentence)
        start, end = next(((s, e) for s, e in spans if s <= offset < e), (0, len(sentence)))
        return start, end
    # A clause may occur twice in a sentence: take the copy holding the date if there is one.
    alt = sentence.find(m.clause, max(0, offset - len(m.clause)))
    if 0 <= alt <= offset < alt + len(m.clause):
        start = alt
    return start, start + len(m.clause)


def _previous_person(article, before: int) -> str:
    """The person named last in the article before offset `before` (for 他/she)."""
    finder = default_finder()
    window = article.text[max(0, before - 600):before]
    people = [sp for sp in finder.spans(window) if sp.entity.type == "person" and sp.entity.sure]
    # As the article writes it (Lai Ching-te, 賴清德), not the canonical name of another script.
    return window[people[-1].start:people[-1].end] if people else ""


def label_text(m, dates=(), article=None) -> Candidate:
    """The mention told as a label (see the module docstring). `dates`: (offset in the sentence,
    expression) of every date of the sentence (the mention's own is always cut); `article` lets a
    leading pronoun or a missing subject be found."""
    sentence = m.sentence
    dates = list(dates) + [(m.expression_offset, m.date.expression)]
    start, end = _clause_range(m)
    framed = since_frame(sentence, m.expression_offset, len(m.date.expression), end)
    if framed:                    # 自2019年底新冠疫情爆发后: the framed event is the date's
        text = _tidy(_span_text(sentence, framed[0], framed[1], dates))
        # 掌权 alone needs its subject; 爆发俄乌战争 is whole as it is.
        framed_label = _candidate(m, text, article, start, add_subject=len(text) < MIN_LABEL)
        if len(framed_label.text) >= MIN_LABEL:
            return framed_label
    spans = [(s, e) for s, e in split_clauses(sentence) if e > start]
    first = _tidy(_span_text(sentence, start, spans[0][1] if spans else end, dates))
    if first.endswith("的") and OPEN_PREPOSITION.match(first):
        # 在…举行正式会晤的翌日: the date counts from the event this phrase names.
        return _candidate(m, OPEN_PREPOSITION.sub("", first[:-1]), article, start)
    parts, glue_next = [first], False
    for s, e in spans[1:1 + MAX_EXTRA_CLAUSES]:
        text = _join(parts)
        if is_complete(text):
            break
        part = _tidy(_span_text(sentence, s, e, dates))
        if not part:
            continue
        if TIME_CLAUSE.match(part) and not has_predicate(parts[-1]):
            glue_next = True      # 俄罗斯方面，也就是…时，才确认…: the time clause only dates it again
            continue
        parts.append(("", part) if glue_next else part)
        glue_next = False
    text = _join(parts)
    # …参加停战日庆祝活动时，据说… / 朝鲜发射两枚导弹后: the date's happening is the time clause itself.
    if TRAILING_TIME.search(text) and has_predicate(TRAILING_TIME.sub("", text)):
        text = TRAILING_TIME.sub("", text)
    return _candidate(m, text, article, start)


def _join(parts) -> str:
    text = ""
    for part in parts:
        glue, part = part if isinstance(part, tuple) else ("，" if CJK.search(part) else ", ", part)
        if part:
            text = text + glue + part if text else part
    return _balance_quotes(text)


def _balance_quotes(text: str) -> str:
    """A quotation cut by the clause (说，向俄罗斯提供武器“不利于朝鲜形象) is closed again."""
    for opening, closing in QUOTES.items():
        if text.count(opening) > text.count(closing):
            text += closing
        elif text.count(closing) > text.count(opening):
            text = opening + text         # 统一教”由文鲜明创立: the clause began inside the quotation
    return text


def _subject_of(m, article, clause_start) -> str:
    """Who acted, for a clause that does not say it: the mention's subject, else the person named
    last before the clause in its sentence."""
    if m.subject:
        return m.subject
    finder = default_finder()
    before = m.sentence[:clause_start]
    people = [sp for sp in finder.spans(before) if sp.entity.type == "person" and sp.entity.sure]
    return before[people[-1].start:people[-1].end] if people else ""


def _candidate(m, text, article, clause_start, add_subject=True) -> Candidate:
    text = TRAILING_COPULA.sub("", text.strip()).rstrip(TRAILING_PUNCT)
    if text[:1].islower():
        text = text[0].upper() + text[1:]
    penalty = 1.0
    if PRONOUN_START.match(text):
        person = _previous_person(article, m.sentence_start) if article is not None else ""
        if person and (CJK.search(text[:1]) or person.isascii()):
            text = PRONOUN_START.sub(person, text, count=1)
        else:
            penalty *= 0.6
    elif add_subject and _lacks_subject(text):
        subject = _subject_of(m, article, clause_start)
        # Names are canonical (Chinese for listed people): an English label takes only a Latin one.
        if subject and (CJK.search(text) or subject.isascii()) \
                and normalize_for_matching(subject) not in normalize_for_matching(text):
            glue = "" if CJK.search(text[:1]) else " "
            text = f"{subject}{glue}{text}"
        else:
            penalty *= 0.8
    if DEMONSTRATIVE_START.match(text):
        penalty *= 0.6            # 此次会晤标志着…: another mention says which meeting
    complete = is_complete(text)
    n = len(text)
    fit = 1.0 if 8 <= n <= 70 else 0.7 if MIN_LABEL <= n <= 110 else 0.4
    info = 1 + len(m.entities) + 2 * len(triggers(text) - GENERIC_FAMILIES)
    score = info * fit * penalty * (1.0 if complete else 0.2)
    return Candidate(text, complete, score)


def _lacks_subject(text: str) -> bool:
    """Does the text open with its verb or a preposition (赴哈萨克斯坦…, 对三家实体宣布…)?"""
    if not text:
        return False
    if not CJK.search(text[:2]):
        first = text.split()[0] if text.split() else ""
        return first[:1].islower() and bool(ENGLISH_PREDICATE.match(text))
    words = _words(text)
    word, tag = words[0]
    if any(sp.start == 0 for sp in default_finder().spans(text)):
        return False          # 能登半島也曾發生…: a name opens it (jieba cuts 能 as a verb)
    if NOT_A_SUBJECTLESS_START.match(word):
        return False
    # 听取…简报的韩国议员表示: the verb modifies the subject that follows its 的.
    head = [w for w, _ in words]
    comma = next((i for i, w in enumerate(head) if w in "，,；;"), len(head))
    de = next((i for i, w in enumerate(head[:comma]) if w == "的"), None)
    if de is not None and any(de < v < comma for v in _verbs(words)):
        return False
    return 0 in _verbs(words) or tag in ("p", "d") or PREPOSITION_START.match(word) is not None


def _quick_score(m):
    """The cheap measure that picks which mentions are worth polishing."""
    desc = m.description or m.clause
    fit = 1.0 if MIN_LABEL <= len(desc) <= 60 else 0.5
    return fit * (1 + len(m.entities) + 2 * len(triggers(desc) - GENERIC_FAMILIES))


def sentence_dates(mentions) -> dict:
    """(article_id, sentence_index) -> [(offset in the sentence, expression)] of every mention:
    a label leaves out the other dates of its sentence too."""
    found: dict = {}
    for m in mentions:
        found.setdefault((m.article_id, m.sentence_index), []).append((m.expression_offset, m.date.expression))
    return found


def event_label(mentions, dates_by_sentence=None, articles=None) -> str:
    """The label of the event these mentions report: the best complete label among its most
    informative mentions. `dates_by_sentence` from `sentence_dates`, `articles` id -> Article."""
    dates_by_sentence = dates_by_sentence or {}
    articles = articles or {}
    ranked = sorted(mentions, key=lambda m: (-_quick_score(m), abs(len(m.description or m.clause) - 30)))
    best = None
    for n, m in enumerate(ranked[:MAX_CANDIDATES]):
        if n >= CANDIDATES and best is not None and best[1].complete:
            break
        cand = label_text(m, dates_by_sentence.get((m.article_id, m.sentence_index), ()),
                          articles.get(m.article_id))
        key = (cand.score, -abs(len(cand.text) - 30))
        if cand.text and (best is None or key > best[0]):
            best = (key, cand)
    if best is None:
        # Nothing but the date (a bare "（2022年8月4日）" line): the article's title says what it is about.
        first = ranked[0]
        article = articles.get(first.article_id)
        return (first.description or (article.title if article is not None else "") or first.sentence).strip()
    return best[1].text

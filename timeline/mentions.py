"""Stage 3: each date mention becomes an event mention — what the article says happened then.

`event_mentions(article, date_mentions) -> list[EventMention]`: for each date mention (found on
the whole `article.text`), the sentence that holds it, the clause the date governs, a short
description (the clause without its date words) and the entities it names.

The clause: the sentence is cut at clause punctuation (，；： and English , ; : — not inside
brackets, so 周五（9月15日） stays whole). The date's clause is extended over the following
clauses while it says nothing of its own: only the date (周四，白宫表示，…), only a subject, or a
speech verb whose content follows (佩斯科夫周五表示：…), or a time clause (当…时). A date heading
a modifier at the clause end (…会晤的翌日，) governs the clauses after it. Dates that share one
clause (今年5月和8月曾二度尝试…) share its predicate. (、 is not a clause boundary: it lists
nouns.)

The scope: the clause plus the following clauses up to the next date's clause, since a Chinese
sentence chains clauses under one time adverbial, but not past a clause that opens with a subject
of its own; the merge compares scopes. In a frame 自<date><event>以来/后 (or "since the mutiny in
June") the date dates the framed event only (自2019年底新冠疫情爆发后首次出国 -> 新冠疫情爆发).

English clauses: a date inside a subject or a noun's modifier (His first trip, in 2013, was…; the
plan, published on 24 February) keeps the clause before; a verbless clause waits for its
predicate; a verb-first clause takes its subject from the verbless clauses before it; two dates
in one comma-less clause are cut at a conjunction between them. A wire credit ((中央社…報導),
MOSCOW (AP) —) and a day's anchor event (强震次日) are no part of a clause.

The subject: the name before the clause's first verb (jieba's verb tags), or the person named right
after a country and a title (美国国务卿布林肯); a clause without one takes the nearest
earlier clause's, and a clause with no names at all keeps the people of its sentence (or, after
两国元首 / the two leaders, of the sentence before) as participants.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import datetime

from timeline.dater import DateMention
from timeline.entities import default_finder, unique
from timeline.textnorm import normalize_for_matching

CLAUSE_PUNCT = "，；：,;:"
OPENING, CLOSING = "（(【[《", "）)】]》"
# A clause ending in one of these reports speech; what was said is in the next clause.
SPEECH_VERB = re.compile(r"(表示|称|说|指出|认为|透露|披露|报道|报导|强调|重申|宣布|警告|写道|回应|承认|声明|公告|通报|通告|"
                         r"said|says|stated|announced|told reporters|warned)\s*[\"“「]?$")
# "When Kim was nearing his destination," sets the time; the event is in the next clause.
# So does "weeks before the invasion," (就在俄罗斯全面入侵乌克兰前几周，).
TIME_CLAUSE = re.compile(r"^(当|正当|就在|在).*(时|之际|之时|前夕|(之|以)?[前后](几|数|一|两|三)?(天|日|周|星期|个月|月|年)?)$"
                         r"|^(when|while) ", re.IGNORECASE)
# Time adverbs that only place an event relative to another (同日早些时候，…): no event of their own.
VAGUE_TIME = re.compile(r"早些时候|稍早时候|稍早|稍晚|稍后|随后|此前|当时|其后|后来|(?i:\b(?:earlier|later|then)\b)")
LEADING_VAGUE_TIME = re.compile(r"^(?:" + VAGUE_TIME.pattern + r")[\s，,]*")
# An English clause with no finite verb is a noun phrase (Japan's prime minister,) whose
# predicate follows.
ENGLISH_PREDICATE = re.compile(
    r"\b(?:[a-z]+ed|is|was|were|are|be|been|has|have|had|will|would|can|could|may|might|must|shall|"
    r"should|did|does|do|said|says|met|made|went|took|held|told|left|came|began|begun|saw|gave|got|won|"
    r"lost|led|ran|set|put|hit|shot|spoke|wrote|sent|brought|built|bought|sold|fought|struck|stood|"
    r"meets|visits|arrives|leaves|signs|tells|holds)\b")
# An English clause opening with a relative pronoun or a past participle (", published on 24
# February", ", who met on Monday") describes the noun ending the clause before it.
ENGLISH_MODIFIER = re.compile(r"^\s*(?:who|which|whom|whose|where|[a-z]+ed)\b")
# "Since/after/before <date> <event>," frames the main clause; the date's event is the frame's own.
FRAME_CLAUSE = re.compile(r"(以来|之后|以后|之前|以前|后|前|期间)$")
EMPTY_FRAME = re.compile(r"(自从|自|从)\s*(以来|之后|以后|起)")
FRAME_OPEN = re.compile(r"(自从|自|从)\s*$")
FRAME_CLOSE = re.compile(r"以来|之后|以后|后|起")
ENGLISH_SINCE = re.compile(r"\b(?:since|after|before)\s+(?P<event>(?:the|his|her|its|their)\s+[^,;]{1,60}?)"
                           r"\s+(?:in|on|of|at)\s*$", re.IGNORECASE)
# Words left around a removed date that carry no meaning on their own.
LEADING_FILLER = re.compile(r"^(?:因为|由于|随着|自从|(?i:on|in|at|since|from|by|during|until|last|this|of)\b"
                            r"|[\s，,。；;：:、和与及至到或的在于自从据是曾也而但则就即已还并又])+")
TRAILING_FILLER = re.compile(r"[\s，,。；;：:、和与及至到或的在于以来之后之前后前时起间]+$")
DANGLING_PREPOSITION = re.compile(r"\s*\b(?:in|on|at|of|by|since|until|from|during)\s*(?=[,;:.]|$)", re.IGNORECASE)
GAP_BETWEEN_CJK = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
EMPTY_BRACKETS = re.compile(r"[（(]\s*[）)]")
# A wire credit opening a paragraph ((中央社莫斯科22日綜合外電報導), 新华社北京9月13日电,
# MOSCOW (AP) —) says who filed the report, not what happened: no part of any clause.
WIRE_CREDIT = re.compile(
    r"\s*(?:[（(【\[][^（）()【】\[\]]{2,40}?(?:电|電|报导|報導|报道|報道|讯|訊)[）)】\]]"
    # or the outlet alone, as DW opens every report: （德国之声中文网）, （法新社、路透社等）
    r"|[（(【\[](?:[^（）()【】\[\]，。、]{1,12}?(?:社|网|網|电台|電台|新闻|新聞)[、]?)+等?[）)】\]]"
    r"|[\u4e00-\u9fff]{1,4}社[^，。,\s]{0,20}?(?:电|電)(?:[（(][^）)]{0,20}[）)])?"
    r"|[A-Z][A-Za-z .,'-]{1,40}\((?:[A-Z][A-Za-z]+)\)\s*[-—–]+)\s*")
# A clause whose subject is "this" (这是…12年后的一个重要节点) names no actor, not even an earlier one.
DEMONSTRATIVE_SUBJECT = re.compile(r"(?:这|那|此|该|這|該|(?:this|that|these|those|it)\b)", re.IGNORECASE)
# A clause whose subject points back at people named before.
ANAPHORIC_SUBJECT = re.compile(r"\s*(?:(?:he|she|they|both|the two|the pair)\b|他们|她们|他|她|两人|二人|双方|两国元首|"
                               r"两位领导人|两国领导人|兩人|雙方|兩國元首)", re.IGNORECASE)
# Below this many word characters a sentence is too short to say much by itself; the merge
# then also looks at its neighbours.
SHORT_SENTENCE = 24
WORDISH = re.compile(r"[\w\u4e00-\u9fff]")
CJK = re.compile(r"[\u4e00-\u9fff]")


@dataclass
class EventMention:
    article_id: str
    outlet: str
    published: datetime
    language: str
    sentence_index: int
    sentence: str
    sentence_start: int          # offset of the sentence in Article.text
    date: DateMention            # its offsets index Article.text
    clause: str
    description: str
    entities: list[str] = field(default_factory=list)       # canonical names in the clause
    people: list[str] = field(default_factory=list)         # those surely people (not POS guesses)
    scope: str = ""              # the description continued over the clauses the date still governs
    scope_entities: list[str] = field(default_factory=list)
    context: str = ""            # neighbouring sentences, when the sentence is short
    context_entities: list[str] = field(default_factory=list)  # in the sentence and `context`
    subject: str = ""            # the name before the clause's first verb: who acted, when said
    meaning: object = None       # unit vector of the scope's sense (`timeline.semantics`)
    sentence_meaning: object = None   # unit vector of the sentence's sense
    subject_meaning: object = None    # unit vector of the subject's sense (zero without one)

    @property
    def expression_offset(self) -> int:
        """Index of the date expression in `sentence`."""
        return self.date.offset - self.sentence_start


# The comma of "March 22, 2013" is inside a date, not between clauses.
DATE_COMMA = re.compile(r"(?<=\d),\s*(?:19|20)\d\d\b")


def split_clauses(text: str) -> list[tuple[int, int]]:
    """(start, end) spans of the clauses of `text`; the punctuation ends the clause it closes."""
    spans, start, depth = [], 0, 0
    for i, ch in enumerate(text):
        if ch in OPENING:
            depth += 1
        elif ch in CLOSING:
            depth = max(0, depth - 1)
        elif ch in CLAUSE_PUNCT and depth == 0 and not DATE_COMMA.match(text, i):
            spans.append((start, i + 1))
            start = i + 1
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip(CLAUSE_PUNCT + " ")] or [(0, len(text))]


DATE_MARK = "\0"
JOINED_DATES = re.compile(DATE_MARK + r"(?:\s*[和与及、至到或～~-]\s*" + DATE_MARK + ")+")


def _strip_dates(text: str, expressions) -> str:
    for expr in sorted(set(expressions), key=len, reverse=True):
        # "said on Wednesday that" -> "said that": the preposition goes with its date.
        text = re.sub(r"(?:\b(?:on|in|at|during|by)\s+)?" + re.escape(expr), DATE_MARK, text)
    # 5月和8月 -> one gap, not a dangling 和
    return JOINED_DATES.sub(DATE_MARK, text).replace(DATE_MARK, " ")


def _tidy(text: str) -> str:
    text = EMPTY_BRACKETS.sub("", text)
    text = re.sub(r"\s+", " ", text)
    text = GAP_BETWEEN_CJK.sub("", text)     # where a date was cut out of Chinese text
    text = EMPTY_FRAME.sub("", text)         # 自<date>以来 without its date
    text = DANGLING_PREPOSITION.sub("", text)   # "trip, in , was" once "2013" is cut out
    text = LEADING_FILLER.sub("", text)
    text = LEADING_VAGUE_TIME.sub("", text)
    text = LEADING_FILLER.sub("", text)
    text = TRAILING_FILLER.sub("", text)
    return text.strip(" \"“”'‘’「」，,、；;：:")


def _says_little(clause_text: str, expressions) -> bool:
    """True when a clause is only a date, a bare subject, a time clause (当…时) or a speech verb
    announcing content."""
    # Traditional script reads through its Simplified twin (發布聲明說 is a speech verb too).
    raw = normalize_for_matching(_strip_dates(clause_text, expressions)).strip(CLAUSE_PUNCT + " ")
    rest = _tidy(VAGUE_TIME.sub("", raw))
    return (len(WORDISH.findall(rest)) <= 3 or default_finder().lookup(rest) is not None
            or bool(SPEECH_VERB.search(rest)) or bool(TIME_CLAUSE.match(raw))
            or (not CJK.search(rest) and not ENGLISH_PREDICATE.search(rest)))


def _governed_span(sentence, spans, date, expressions):
    """(first, last) clause indexes that the date governs."""
    offset = date[0]
    k = next((i for i, (s, e) in enumerate(spans) if s <= offset < e), len(spans) - 1)
    first = k
    # A date heading a modifier at the clause end ("…举行会晤的翌日，") — what happened then is told
    # by the clauses that follow.
    tail = sentence[offset + date[1]:spans[k][1]].strip(CLAUSE_PUNCT + " ")
    if not tail and k + 1 < len(spans) and sentence[spans[k][0]:offset].rstrip().endswith("的"):
        first = k = k + 1
    # English puts a date inside its subject ("His first trip, in 2013, was to Moscow") or in a
    # modifier of the noun before it ("the peace plan, published on 24 February,"): the clause
    # before belongs to the event.
    if k > 0 and not CJK.search(sentence):
        own = _tidy(_strip_dates(sentence[spans[k][0]:spans[k][1]], expressions))
        before = sentence[spans[k - 1][0]:spans[k - 1][1]]
        if ((len(WORDISH.findall(own)) <= 3 or ENGLISH_MODIFIER.match(own))
                and not any(e in before for e in expressions)):
            first = k - 1
        # A clause opening with its verb ("…, Rosaviatsia, said on Wednesday that …") has its
        # subject in the verbless clauses before it.
        elif ENGLISH_PREDICATE.match(own):
            while first > 0 and not ENGLISH_PREDICATE.search(sentence[spans[first - 1][0]:spans[first - 1][1]]) \
                    and not any(e in sentence[spans[first - 1][0]:spans[first - 1][1]] for e in expressions):
                first -= 1
    # 周六，在安倍晋三遇刺身亡的次日，一辆灵车…: the clause between places the other date after an
    # event; what happened on the day is told after it.
    def told(last):
        return "".join(sentence[s:e] for j, (s, e) in enumerate(spans[first:last + 1], first)
                       if j == first or not _places_another_date(sentence[s:e], expressions))
    while k + 1 < len(spans) and _says_little(told(k), expressions):
        k += 1
    return first, k


def _places_another_date(clause_text, expressions):
    """True for a clause that ends in 的 + a date (在…遇刺身亡的次日，): a modifier of that date."""
    body = clause_text.rstrip(CLAUSE_PUNCT + " ")
    return any(body.endswith(e) and body[:-len(e)].rstrip().endswith("的") for e in expressions)


# English joins two dated happenings in one clause with a conjunction (seized Rostov on Saturday
# and pushed north before Lukashenko brokered a deal that evening).
ENGLISH_CONJUNCTION = re.compile(r"\s(?:before|after|while|whereas|until|and|but)\s")


def _split_between_dates(sentence, spans, dates):
    """English clause spans, cut at the last conjunction between two dates that share one."""
    if CJK.search(sentence):
        return spans
    offsets = sorted(o for o, _ in dates)
    result = []
    for start, end in spans:
        inside = [o for o in offsets if start <= o < end]
        cuts = []
        for left, right in zip(inside, inside[1:]):
            found = [m.start() + 1 for m in ENGLISH_CONJUNCTION.finditer(sentence, left, right)]
            if found:
                cuts.append(found[-1])
        for cut in cuts:
            result.append((start, cut))
            start = cut
        result.append((start, end))
    return result


def clause_offsets(sentence: str, dates) -> list[tuple[int, int, int]]:
    """For each date (offset in `sentence`, length): (start, end) of the clause it governs and the
    end of its scope — the clause plus the following clauses up to the next date's clause (a
    Chinese sentence chains clauses under one time adverbial: 周三乘列车抵达阿穆尔州，与普京在
    发射场会面). A "since/after <date> …" frame keeps the date to its own clause."""
    credit = WIRE_CREDIT.match(sentence)
    # The credit says nothing of the event: a clause of a credit and a date (（德国之声中文网）周六，)
    # says as little as the date alone, and its event follows.
    uncredited = " " * credit.end() + sentence[credit.end():] if credit else sentence
    spans = _split_between_dates(sentence, split_clauses(sentence), dates)
    expressions = [sentence[o:o + n] for o, n in dates]
    governed = [_governed_span(uncredited, spans, d, expressions) for d in dates]
    firsts = sorted({first for first, _ in governed})

    def trimmed(a, b):
        start, end = spans[a][0], spans[b][1]
        if credit and start < credit.end() < end:
            start = credit.end()
        while start < end and sentence[start].isspace():
            start += 1
        while end > start and (sentence[end - 1].isspace() or sentence[end - 1] in CLAUSE_PUNCT + "。.!?！？"):
            end -= 1
        return start, end

    result = []
    for (offset, length), (first, last) in zip(dates, governed):
        later = [f for f in firsts if f > first]
        scope_last = max(last, (later[0] - 1) if later else len(spans) - 1)
        start, end = trimmed(first, last)
        if FRAME_CLAUSE.search(sentence[start:end]):
            scope_last = last
        # "强震次日（2日），羽田机场发生…": the day is counted from an event named just before it,
        # which is its anchor, not what happened that day.
        before = sentence[start:offset]
        if (before.strip() and ANCHORED_DAY.match(sentence, offset) and not CLAUSE_BREAK.search(before)
                and default_finder().first_verb(before) is None and not default_finder().find(before)):
            start = offset
        result.append((start, end, trimmed(first, scope_last)[1]))
    return result


# Days counted from an event (强震次日, 选举前一天); not 当天/同日, whose preceding words are
# mostly the subject (岸田当天表示).
ANCHORED_DAY = re.compile(r"次日|翌日|隔天|隔日|前一天|前一日")
CLAUSE_BREAK = re.compile(r"[，,；;：:]")


def describe(clause: str, expressions) -> str:
    """The clause without its date words and without a later clause that only places another date
    (周六，在…遇刺身亡的次日，一辆灵车… -> 一辆灵车…): a short description of what happened."""
    spans = split_clauses(clause)
    kept = "".join(clause[s:e] for j, (s, e) in enumerate(spans)
                   if j == 0 or not _places_another_date(clause[s:e], expressions))
    return _tidy(_strip_dates(kept, expressions)).rstrip(CLAUSE_PUNCT + "。.!?！？")


def _sentence_at(article, starts, offset):
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and offset < article.sentences[i].end:
        return i
    return None


def since_frame(sentence: str, offset: int, length: int, clause_end: int):
    """In "自<date><event>以来/后" the date dates the event inside the frame, not the rest of
    the clause (金正恩自2019年底新冠疫情爆发后首次出国: the outbreak, not the trip). Returns
    the (start, end) of that event in `sentence`, or None when there is no such frame or it is
    empty (自2019年以来首次外访)."""
    english = ENGLISH_SINCE.search(sentence[:offset])
    if english:       # "since the mutiny in June": the event comes before its date
        return english.start("event"), english.end("event")
    if not FRAME_OPEN.search(sentence[:offset]):
        return None
    inside = sentence[offset + length:clause_end]
    close = FRAME_CLOSE.search(inside)
    if not close or len(WORDISH.findall(inside[:close.start()])) < 2:
        return None
    return offset + length, offset + length + close.start()


def _names(spans, start, end):
    return [e.name for e in unique(sp for sp in spans if start <= sp.start and sp.end <= end)]


MAX_TITLE_GAP = 8      # characters between a country and its person: 国务卿, Secretary of State


def _subject(sentence, spans, start, end):
    """The first name of the clause sentence[start:end] if it comes before the clause's verb."""
    clause = sentence[start:end]
    if CJK.search(clause):
        verb = default_finder().first_verb(clause)
    else:
        found = ENGLISH_PREDICATE.search(clause)
        verb = found.start() if found else None
    limit = start + (verb if verb is not None else len(clause))
    before = [sp for sp in spans if start <= sp.start and sp.end <= end and sp.start < limit]
    if not before:
        return ""
    # 长期对中国政府持批评立场的佩洛西访台: a name right after 的 heads the noun phrase the
    # modifier before it describes; that name acts, not the names inside the modifier.
    headed = [sp for sp in before if sp.start > start and sentence[sp.start - 1] == "的"]
    if headed:
        before = before[before.index(headed[-1]):]
    # 美国国务卿布林肯表示: the person right after a country and a title acts; the country only
    # says where the person is from.
    first = before[0]
    person = next((sp for sp in before[1:2] if sp.entity.type == "person" and sp.entity.sure
                   and sp.start - first.end <= MAX_TITLE_GAP), None)
    return (person or first).entity.name


# Punctuation and connectives that may open a clause before its subject (，而香港…; , but Japan…).
CLAUSE_OPENING = re.compile(r"[\s，,；;：:]*(?:而|但|但是|同时|此外|另外|and|but|while)?\s*")


def _earlier_subject(sentence, spans, start):
    """The subject of the nearest clause before `start` that has one."""
    for clause_start, clause_end in reversed(split_clauses(sentence[:start])):
        found = _subject(sentence, spans, clause_start, clause_end)
        if found:
            return found
    return ""


def _scope_end(sentence, spans, start, end, scope_end):
    """The scope stops before a later clause that opens with a subject of its own (…暂停进口日本
    水产品，香港和澳门也对…实施进口禁令): that clause tells another actor's act. (…，与普京在发射场
    会面 opens with a preposition: the same actor goes on.)"""
    own = _subject(sentence, spans, start, end)
    for clause_start, clause_end in split_clauses(sentence):
        if end <= clause_start < scope_end:
            opening = CLAUSE_OPENING.match(sentence, clause_start).end()
            other = next((sp for sp in spans if sp.start == opening), None)
            if other is not None and other.entity.name != own \
                    and _subject(sentence, spans, clause_start, clause_end) == other.entity.name:
                return max(end, clause_start - 1)
    return scope_end


def _persons(spans):
    return [e.name for e in unique(spans) if e.type == "person" and e.sure]


def _people(spans, start, end):
    return _persons(sp for sp in spans if start <= sp.start and sp.end <= end)


def event_mentions(article, date_mentions) -> list:
    """One EventMention per date mention of `article` (mentions outside any sentence are dropped)."""
    sentences = article.sentences
    starts = [s.start for s in sentences]
    by_sentence: dict[int, list] = {}
    for dm in date_mentions:
        i = _sentence_at(article, starts, dm.offset)
        if i is not None:
            by_sentence.setdefault(i, []).append(dm)
    finder = default_finder()
    entity_spans: dict[int, list] = {}    # sentence index -> entity spans, each sentence tagged once

    def spans_of(j):
        if j not in entity_spans:
            entity_spans[j] = finder.spans(sentences[j].text)
        return entity_spans[j]

    result = []
    for i, dms in sorted(by_sentence.items()):
        sent = sentences[i]
        expressions = [dm.expression for dm in dms]
        neighbours = []
        if len(WORDISH.findall(sent.text)) < SHORT_SENTENCE:
            neighbours = [j for j in (i - 1, i + 1)
                          if 0 <= j < len(sentences) and sentences[j].paragraph == sent.paragraph]
        context = " ".join(sentences[j].text for j in neighbours)
        here = spans_of(i)
        context_entities = [e.name for e in unique(here + [sp for j in neighbours for sp in spans_of(j)])]
        offsets = clause_offsets(sent.text, [(dm.offset - sent.start, len(dm.expression)) for dm in dms])
        for dm, (start, end, scope_end) in zip(dms, offsets):
            clause, scope = sent.text[start:end], sent.text[start:scope_end]
            framed = since_frame(sent.text, dm.offset - sent.start, len(dm.expression), end)
            if framed:
                start, scope_end = framed
                end = scope_end
                scope = sent.text[start:scope_end]
            scope_end = _scope_end(sent.text, here, start, end, scope_end)
            scope = sent.text[start:scope_end]
            scope_entities, people = _names(here, start, scope_end), _people(here, start, end)
            mention_context_entities = context_entities
            if not scope_entities and not framed:      # a framed event keeps to its own words
                # Who acted is often said once: earlier in the sentence (习近平抵达后…，次日又举行正式
                # 会谈), or in the sentence before when this one opens with "the two leaders" / 两国元首.
                # Those names say who took part, not who is the clause's subject.
                earlier = [sp for sp in here if sp.end <= start]
                if not earlier and ANAPHORIC_SUBJECT.match(sent.text[start:end]) and i > 0:
                    earlier = spans_of(i - 1)
                people = _persons(earlier)
                mention_context_entities = list(dict.fromkeys(context_entities + [e.name for e in unique(earlier)]))
            result.append(EventMention(
                article_id=article.id, outlet=article.outlet, published=article.published,
                language=article.language, sentence_index=sent.index, sentence=sent.text,
                sentence_start=sent.start, date=dm, clause=clause,
                description=describe(scope if framed else clause, expressions),
                entities=_names(here, start, end),
                people=people,
                scope=describe(scope, expressions), scope_entities=scope_entities,
                context=context, context_entities=mention_context_entities,
                # A clause without a subject of its own shares the sentence's (中国海关总署发布公告，
                # 8月24日起全面暂停进口…).
                subject=_subject(sent.text, here, start, scope_end)
                or ("" if framed or DEMONSTRATIVE_SUBJECT.match(describe(clause, expressions))
                    else _earlier_subject(sent.text, here, start)),
            ))
    return result

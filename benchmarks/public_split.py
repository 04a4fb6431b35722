"""The one split of a public suite's cases into a dev half (its misses may be read) and a
held-out half (only its score is read), shared by the English and Chinese benchmarks."""
import random

SEED = 10


def split(cases):
    order = list(range(len(cases)))
    random.Random(SEED).shuffle(order)
    half = set(order[: len(order) // 2])
    return [c for i, c in enumerate(cases) if i in half], [c for i, c in enumerate(cases) if i not in half]

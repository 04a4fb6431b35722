"""Score a Timeline against a hand-annotated gold file (shape of tests/data/seed_events.json).

Contract: `evaluate(gold: dict, timeline) -> dict` of metrics and misses;
`format_report(result) -> str` for the terminal.
"""


def evaluate(gold, timeline):  # implemented by the evaluator
    raise NotImplementedError


def format_report(result):
    raise NotImplementedError

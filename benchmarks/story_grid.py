"""How story selection's time rules hold on the stories they were not chosen on.

    python benchmarks/story_grid.py

Half A (seeds, held-out 1-3, the real Pelosi story) and half B (held-out 4-6, the real Abe and
quake stories); for each setting of STORY_GAP (run of articles), NEAR_DAYS and RELATED_SHARE (the
lower bar for a follow-up near the run), the worst article precision or recall of each half and
the stories under 0.9. The mixed input is benchmarks/bench_story.py's (the ten story folders).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_story import QUERIES, ROOT  # noqa: E402
from timeline import story  # noqa: E402
from timeline.articles import read_articles  # noqa: E402
arts, origin = [], {}
for f in QUERIES:
    found,_ = read_articles([str(ROOT/f)]); arts += found; origin.update({a.path: f for a in found})
A = ["seeds","tests/data/heldout","tests/data/heldout2","tests/data/heldout3","tests/data/real_pelosi_2022"]
B = [f for f in QUERIES if f not in A]
def run(gap, near, share, folders):
    """(worst precision or recall, stories under 0.9) of `folders` under one setting."""
    story.STORY_GAP, story.NEAR_DAYS, story.RELATED_SHARE = gap, near, share
    worst, fails = 1.0, []
    for f in folders:
        chosen = {a.path for a in story.select_story(arts, QUERIES[f])[0]}
        rel = {a.path for a in arts if origin[a.path] == f}
        p = len(rel & chosen) / len(chosen) if chosen else 0.0
        r = len(rel & chosen) / len(rel)
        worst = min(worst, p, r)
        if min(p, r) < 0.9:
            fails.append(f"{f.split('/')[-1]} {p:.2f}/{r:.2f}")
    return worst, fails


print("| STORY_GAP | NEAR_DAYS | RELATED_SHARE | half A worst | under 0.9 | half B worst | under 0.9 |")
print("|---:|---:|---:|---:|---|---:|---|")
for gap in [60, 120, 180]:
    for near in [0, 3, 7, 14, 30]:
        for share in [0.6, 0.5, 0.4]:
            a, b = run(gap, near, share, A), run(gap, near, share, B)
            print(f"| {gap} | {near} | {share} | {a[0]:.2f} | {', '.join(a[1]) or '-'} | {b[0]:.2f} | {', '.join(b[1]) or '-'} |")

"""Story selection on a mixed input: does each story's query find its articles?

    python benchmarks/bench_story.py [--threshold 0.35] [--extra DIR ...]

The mixed input is every story folder below (the seeds, the held-out stories of tests/data and,
when present, the real stories tests/data/real_*), plus any --extra folders of other articles
(distractors with no story of their own here). Each story's query runs over all of it; the
articles of its own folder are the relevant ones. Prints article precision and recall per story.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from timeline.articles import read_articles
from timeline.story import THRESHOLD, select_story

ROOT = Path(__file__).resolve().parent.parent
# Story folder -> the query a reader would type: two or three words or names.
QUERIES = {
    "seeds": "金正恩/Kim 普京 朝俄",
    "tests/data/heldout": "福岛/Fukushima 处理水/wastewater 排海/discharge/release",
    "tests/data/heldout2": "习近平 访俄/visit 莫斯科",
    "tests/data/heldout3": "普里戈任 瓦格纳/Wagner 叛乱/mutiny",
    "tests/data/heldout4": "台湾 大选/election 赖清德",
    "tests/data/heldout5": "能登/Noto 地震/earthquake 石川县/Ishikawa",
    "tests/data/heldout6": "伊朗 以色列 袭击/attack",
    # The real stories: queries written once, before their scores were seen, not tuned since.
    "tests/data/real_abe_2022": "安倍/Abe 枪击/shot 奈良/Nara",
    "tests/data/real_pelosi_2022": "佩洛西/Pelosi 台湾/Taiwan 军演/drills",
    "tests/data/real_quake_2023": "土耳其/Turkey 叙利亚/Syria 地震/earthquake",
}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--threshold", type=float, default=THRESHOLD)
    parser.add_argument("--extra", nargs="*", default=[], help="folders of distractor articles")
    parser.add_argument("--query", nargs=2, action="append", default=[], metavar=("FOLDER", "QUERY"),
                        help="another story folder and its query (e.g. a real story)")
    args = parser.parse_args(argv)
    queries = dict(QUERIES)
    queries.update({folder: query for folder, query in args.query})
    articles, origin = [], {}
    for folder in list(queries) + args.extra:
        found, _problems = read_articles([str(ROOT / folder) if not Path(folder).is_absolute() else folder])
        articles += found
        origin.update({a.path: folder for a in found})
    print(f"mixed input: {len(articles)} articles ({sum(1 for f in origin.values() if f in queries)} "
          f"in {len(queries)} stories, {sum(1 for f in origin.values() if f not in queries)} distractors); "
          f"threshold {args.threshold}\n")
    print("| story | query | articles | chosen | precision | recall | lowest own score | highest other score |")
    print("|---|---|---:|---:|---:|---:|---:|---:|")
    worst = 1.0
    for folder, query in queries.items():
        chosen, ranked = select_story(articles, query, threshold=args.threshold)
        relevant = {a.path for a in articles if origin[a.path] == folder}
        picked = {a.path for a in chosen}
        hits = len(relevant & picked)
        precision = hits / len(picked) if picked else 0.0
        recall = hits / len(relevant) if relevant else 0.0
        worst = min(worst, precision, recall)
        own = min(r.score for r in ranked if r.article.path in relevant)
        other = max((r.score for r in ranked if r.article.path not in relevant), default=0.0)
        print(f"| {folder} | {query} | {len(relevant)} | {len(picked)} | {precision:.2f} | {recall:.2f} | "
              f"{own:.2f} | {other:.2f} |")
    print(f"\nworst precision or recall: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

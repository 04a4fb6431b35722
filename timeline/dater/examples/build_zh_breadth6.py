"""Writes zh_breadth6.tsv: the Chinese families of issue 10's sixth pass, in Simplified and
(through OpenCC s2twp) Traditional script. Values worked out here by calendar arithmetic, not
from the dater's output.

    python timeline/dater/examples/build_zh_breadth6.py
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

import opencc

OUT = Path(__file__).with_name("zh_breadth6.tsv")
S2T = opencc.OpenCC("s2twp")
REFS = (date(2024, 6, 12), date(2021, 11, 3), date(2019, 2, 20))
CN = "零一二三四五六七八九十"
lines: list[str] = ["# Chinese examples, issue 10 sixth pass (written by build_zh_breadth6.py). Synthetic sentences."]


def last(y, m):
    return date(y, m, calendar.monthrange(y, m)[1])


def shift(y, m, k):
    y2, m2 = divmod(y * 12 + m - 1 + k, 12)
    return y2, m2 + 1


def cn(n):
    return CN[n] if n <= 10 else ("十" + CN[n - 10] if n < 20 else CN[n // 10] + "十" + (CN[n % 10] if n % 10 else ""))


def add(text, ref, *items):
    for t in (text, S2T.convert(text)):
        expected = " | ".join(f"{S2T.convert(e) if t is not text else e} = {v}" for e, v in items) if items else "-"
        line = f"{t}\t{ref.isoformat()}\t{expected}"
        if line not in lines:
            lines.append(line)


def month_val(y, m):
    return f"{date(y, m, 1).isoformat()}..{last(y, m).isoformat()} month"


# ---- 同年5月 / 次年3月12日 / 当年10月: a month or day in the year an anaphor names
lines.append("# --- 同年5月 / 次年3月 / 当年10月12日 / 前一年8月")
WORDS = {"同年": 0, "当年": 0, "次年": 1, "翌年": 1, "第二年": 1, "前一年": -1}
for y in (1998, 2016, 2022):
    for word, k in WORDS.items():
        for m in (2, 5, 11):
            add(f"{y}年3月，他辞去职务；{word}{m}月重新复职。", REFS[0], (f"{y}年3月", month_val(y, 3)), (f"{word}{m}月", month_val(y + k, m)))
        for m, d in ((3, 12), (10, 1)):
            x = f"{word}{m}月{d}日"
            add(f"{y}年他赴美留学，{x}回国。", REFS[0], (f"{y}年", f"{y}-01-01..{y}-12-31 year"), (x, f"{date(y + k, m, d).isoformat()} day"))
        x = f"{word}{cn(7)}月"
        add(f"{y}年6月，工厂投产；{x}扩建。", REFS[0], (f"{y}年6月", month_val(y, 6)), (x, month_val(y + k, 7)))
for ref in REFS:
    y = ref.year - 1
    add("去年3月，他辞职；同年5月复职。", ref, ("去年3月", month_val(y, 3)), ("同年5月", month_val(y, 5)))
add("同年5月，他复职。", REFS[0])   # no year before it: no date

# ---- 半年前 / 一年半以前 / 两年半后: to the month
lines.append("# --- 半年前 / 一年半以前 / 两年半后")
for ref in REFS:
    for text, months in (("半年前", -6), ("一年半前", -18), ("一年半以前", -18), ("两年半前", -30), ("1年半之前", -18)):
        y, m = shift(ref.year, ref.month, months)
        add(f"{text}，他来到北京。", ref, (text, month_val(y, m)))
    for text, months in (("半年后", 6), ("一年半以后", 18), ("两年半后", 30)):
        y, m = shift(ref.year, ref.month, months)
        add(f"{text}，这座大桥将建成。", ref, (text, month_val(y, m)))

# ---- 05年以前 / 09年以后: a two-digit year, not a count of years
lines.append("# --- 05年以前 / 09年以后 (years); 5年以前 (five years ago)")
for yy, yr in (("05", 2005), ("09", 2009), ("00", 2000), ("01", 2001)):   # a leading zero: a year
    for after in ("以前", "以后", "之前", "之后"):
        add(f"{yy}年{after}，他在上海工作。", REFS[0], (f"{yy}年", f"{yr}-01-01..{yr}-12-31 year"))
for ref in REFS:
    add("5年以前，他在上海工作。", ref, ("5年以前", f"{ref.year - 5}-01-01..{ref.year - 5}-12-31 year"))
    add("70年前，这里发生了战斗。", ref, ("70年前", f"{ref.year - 70}-01-01..{ref.year - 70}-12-31 year"))   # no zero: a count

# ---- 1990到95年7月 / 1998至03年: a run ending in a two-digit year
lines.append("# --- 1990到95年7月 / 1998至03年 / 2008-12年")
for y1, yy, m in ((1990, 95, 7), (1998, 3, 2), (2008, 12, 11), (2015, 18, 1)):
    y2 = y1 // 100 * 100 + yy
    if y2 <= y1:
        y2 += 100
    for sep in ("到", "至", "-", "—"):
        x = f"{y1}{sep}{yy:02d}年{m}月"
        add(f"{x}，他在北京工作。", REFS[0], (x, f"{y1}-01-01..{last(y2, m).isoformat()} month"))
        x = f"{y1}年{sep}{yy:02d}年"
        add(f"{x}，他在北京工作。", REFS[0], (x, f"{y1}-01-01..{y2}-12-31 year"))

# ---- 2016将是关键的一年: a bare year said to be a year
lines.append("# --- 2016将是关键的一年 / 2020是不平凡的一年; 2016是关键 (no year)")
for yr in (1998, 2016, 2020, 2025):
    for pred in ("将是关键的一年", "是不平凡的一年", " 将是充满挑战的一年", "注定是难忘的一年", "也是丰收的一年", "成为转折的一年"):
        add(f"{yr}{pred}。", REFS[0], (f"{yr}", f"{yr}-01-01..{yr}-12-31 year"))
for text in ("2016是关键。", "编号2016是一辆车。", "共有2016人参加，是热闹的一年。", "3.2016是小数。"):
    add(text, REFS[0])
# ---- 可望 / 力争 / 争取: a hoped-for date lies ahead
lines.append("# --- 可望周一恢复 / 力争6月完工 / 争取周五前完成")
CNW = "一二三四五六日"
for ref in REFS:
    for wd_i in (0, 4):
        ahead = ref + timedelta(days=(wd_i - ref.weekday()) % 7)
        behind = ref - timedelta(days=(ref.weekday() - wd_i) % 7)
        w = f"周{CNW[wd_i]}"
        for marker in ("可望", "力争", "争取"):
            add(f"谈判{marker}{w}恢复。", ref, (w, f"{ahead.isoformat()} day"))
        add(f"谈判{w}恢复了。", ref, (w, f"{behind.isoformat()} day"))
    for m in (1, 7):
        y = ref.year if m >= ref.month else ref.year + 1
        for marker in ("力争", "争取", "可望"):
            add(f"项目{marker}{m}月完工。", ref, (f"{m}月", month_val(y, m)))

OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{len([x for x in lines if not x.startswith('#')])} lines -> {OUT}")

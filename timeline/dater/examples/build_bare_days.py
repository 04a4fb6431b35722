"""Writes en_bare_days.tsv, en_statistics.tsv and zh_bare_days.tsv: days written without their
year or month words, offsets of several units and English statistics spans (issue 10, the
dater's breadth).

    python timeline/dater/examples/build_bare_days.py

English: month/day slashes (on 8/10, Tuesday 8/10, 1/8 at 12pm, from 8/10 to 8/14, alone),
European dotted days (26.11., Tuesday, 12.9., 5.8. - 16.8.2018, 07.-10.08.2018, 7. April,
3. Jan. 2018 14:30), year/day/month (2022/30/11), offsets of several units or in shorthand
(2 years and 3 months ago, 1d ago, in 1d 2hr, +2 months, 5 days, -3y). Chinese: month/day
without 月日 (3/5（周二）, 定于3/5, 从3.5至3.8, 日期：3/5) and offsets of several units
(一年零三个月后, 两周三天前, 1小时30分钟后), in Simplified and (OpenCC s2twp) Traditional.
English statistics spans (the first three months of 2023, the last two quarters of last year,
the first 10 days of March, over the past three years, the next five years, so far this year),
read at cut 0.4 as they are dated at 0.45, under the default cut. Negatives in all: fractions, decimals, scores, magnitudes, version numbers, durations.

The sentences are synthetic; the expected values are worked out here by calendar arithmetic
(the tense window below is the dater's stated convention: a past reading is within the last 11
months or the next month, a future one from the day before the reference on), not read from the
dater.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from pathlib import Path

import opencc

HERE = Path(__file__).resolve().parent
REFS = (date(2023, 9, 15), date(2019, 3, 7), date(2021, 12, 28), date(2016, 6, 1))
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
ZH_WEEKDAYS = "一二三四五六日"


def near(ref: date, month: int, day: int, future: bool) -> date | None:
    low, high = (ref - timedelta(days=1), ref + timedelta(days=364)) if future else \
        (ref - timedelta(days=334), ref + timedelta(days=31))
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if day <= calendar.monthrange(year, month)[1] and low <= date(year, month, day) <= high:
            return date(year, month, day)
    return None


def shift(ref: date, years=0, months=0, days=0, sign=1) -> date:
    index = ref.year * 12 + ref.month - 1 + sign * (12 * years + months)
    year, month = divmod(index, 12)
    moved = date(year, month + 1, min(ref.day, calendar.monthrange(year, month + 1)[1]))
    return moved + timedelta(days=sign * days)


def day(x: date, y: date | None = None) -> str:
    return f"{x.isoformat()}..{y.isoformat()} day" if y and y != x else f"{x.isoformat()} day"


def line(text, ref, *mentions):
    expected = " | ".join(f"{e} = {v}" for e, v in mentions) if mentions else "-"
    return f"{text}\t{ref.isoformat()}\t{expected}"


# (month, day) pairs spread over the year, some with both orders real (8/10), some not (5/31)
PAIRS = [(1, 8), (1, 23), (2, 4), (2, 14), (3, 5), (3, 17), (4, 9), (4, 26), (5, 12), (5, 31),
         (6, 3), (6, 21), (7, 4), (7, 19), (8, 10), (8, 28), (9, 6), (9, 30), (10, 11), (10, 24),
         (11, 2), (11, 15), (12, 7), (12, 29)]


def fraction_like(a: int, b: int) -> bool:
    return a < b <= 10


def en_lines():
    out = ["# English days without their year or month name, offsets of several units (build_bare_days.py)"]
    for ref in REFS:
        for i, (m, d) in enumerate(PAIRS):
            md = f"{m}/{d}"
            padded = f"{m:02d}/{d:02d}"
            past, future = near(ref, m, d, False), near(ref, m, d, True)
            if past:
                out.append(line(f"The store reopened on {md} after repairs.", ref, (md, day(past))))
                out.append(line(f"Police said the suspect was arrested on {padded}.", ref, (padded, day(past))))
                wd = EN_WEEKDAYS[past.weekday()]
                out.append(line(f"The vote was held {wd}, {md}, officials said.", ref, (f"{wd}, {md}", day(past))))
                out.append(line(f"The memo is dated {md}.", ref, (md, day(past))))
                out.append(line(f"Doors opened {md} at 7pm and the crowd grew.", ref, (f"{md} at 7pm", day(past))))
                out.append(line(f"Since {md}, prices have doubled.", ref, (md, day(past))))
            if future:
                out.append(line(f"The council will vote on {md}.", ref, (md, day(future))))
                wd = EN_ABBR[future.weekday()]
                out.append(line(f"The hearing is expected to resume {wd} {md}.", ref, (f"{wd} {md}", day(future))))
            if i % 2 == 0 and past:
                out.append(line(md, ref, (md, day(past))))
            if d + 4 <= calendar.monthrange(2021, m)[1]:
                end_past, end_future = near(ref, m, d + 4, False), near(ref, m, d + 4, True)
                run = f"{md} to {m}/{d + 4}"
                if past and end_past and past <= end_past:
                    out.append(line(f"Ballots were counted from {run}.", ref, (run, day(past, end_past))))
                dash = f"{m}/{d}-{m}/{d + 4}"
                if future and end_future and future <= end_future:
                    if fraction_like(m, d) and fraction_like(m, d + 4):   # 2/4-2/8 may as well be two fractions
                        out.append(line(f"The fair will run {dash}.", ref))
                    else:
                        out.append(line(f"The fair will run {dash}.", ref, (dash, day(future, end_future))))
    # European dotted days
    for ref in REFS:
        for i, (m, d) in enumerate(PAIRS):
            dotted = f"{d}.{m}."
            past, future = near(ref, m, d, False), near(ref, m, d, True)
            if past:
                out.append(line(dotted, ref, (dotted, day(past))))
                wd = EN_WEEKDAYS[past.weekday()]
                out.append(line(f"{wd}, {dotted}", ref, (f"{wd}, {dotted}", day(past))))
                out.append(line(f"{dotted} 09:30 - 10:45 meeting", ref, (f"{dotted} 09:30", day(past))))
                out.append(line(f"The shop closed on {dotted} for stocktaking.", ref, (dotted, day(past))))
                name = EN_MONTHS[m - 1]
                out.append(line(f"{d}. {name}", ref, (f"{d}. {name}", day(past))))
            if future:
                out.append(line(f"The shop will reopen on {dotted}", ref, (dotted, day(future))))
            year = ref.year + (i % 3) - 1
            end = min(d + 3, calendar.monthrange(year, m)[1])
            if end > d:
                text = f"{d}.{m}. - {end}.{m}.{year}"
                out.append(line(f"The fair ran {text}.", ref, (text, day(date(year, m, d), date(year, m, end)))))
                text = f"{d:02d}.-{end:02d}.{m:02d}.{year}"
                out.append(line(text, ref, (text, day(date(year, m, d), date(year, m, end)))))
            short = EN_MONTHS[m - 1][:3] + ("." if m != 5 else "")
            text = f"{d}. {short} {year} 14:30"
            out.append(line(text, ref, (text, day(date(year, m, d)))))
            if d > 12:
                text = f"{year}/{d}/{m}"
                out.append(line(f"Filed {text}.", ref, (text, day(date(year, m, d)))))
    # a day glued to a month in capitals (15SEP, 03JAN2019), as airlines and militaries write
    for ref in REFS:
        for m, d in PAIRS[::3]:
            caps = EN_MONTHS[m - 1][:3].upper()
            past = near(ref, m, d, False)
            out.append(line(f"Departure {d:02d}{caps}{ref.year - 2}", ref, (f"{d:02d}{caps}{ref.year - 2}", day(date(ref.year - 2, m, d)))))
            if past:
                out.append(line(f"The convoy left on {d}{caps}.", ref, (f"{d}{caps}", day(past))))
    out.append(line("The Model 5MAX and the A380 flew.", REFS[0]))
    # offsets of several units, in words or shorthand
    chains = [((2, 3, 0), "2 years and 3 months"), ((1, 6, 0), "1 year, 6 months"), ((0, 2, 5), "2 months, 5 days"),
              ((0, 1, 10), "a month and 10 days"), ((0, 0, 17), "2 weeks 3 days"), ((0, 0, 10), "1 week and 3 days"),
              ((3, 0, 14), "3 years, 2 weeks"), ((0, 4, 7), "four months and a week")]
    for ref in REFS:
        for (y, mo, dd), words in chains:
            past, ahead = shift(ref, y, mo, dd, -1), shift(ref, y, mo, dd, 1)
            out.append(line(f"The plant shut down {words} ago.", ref, (f"{words} ago", day(past))))
            out.append(line(f"The law takes effect {words} from now.", ref, (f"{words} from now", day(ahead))))
            out.append(line(f"The report will be published in {words}.", ref, (f"in {words}", day(ahead))))
            out.append(line(f"It took {words} to build the bridge.", ref))
        for n in (1, 3, 12):
            out.append(line(f"Posted {n}d ago", ref, (f"{n}d ago", day(ref - timedelta(days=n)))))
            out.append(line(f"+{n} days", ref, (f"+{n} days", day(ref + timedelta(days=n)))))
            out.append(line(f"-{n} days", ref, (f"-{n} days", day(ref - timedelta(days=n)))))
            out.append(line(f"in {n}d 2hr 5min", ref, (f"in {n}d 2hr 5min", day(ref + timedelta(days=n)))))
            out.append(line(f"+{n} day 2 hour", ref, (f"+{n} day 2 hour", day(ref + timedelta(days=n)))))
        for n in (1, 3):
            out.append(line(f"-{n}y", ref, (f"-{n}y", f"{ref.year - n}-01-01..{ref.year - n}-12-31 year")))
            first = shift(date(ref.year, ref.month, 1), 0, n, 0)
            last = date(first.year, first.month, calendar.monthrange(first.year, first.month)[1])
            out.append(line(f"in {n} mon", ref, (f"in {n} mon", f"{first.isoformat()}..{last.isoformat()} month")))
        out.append(line("+2 months, 5 days", ref, ("+2 months, 5 days", day(shift(ref, 0, 2, 5)))))
        out.append(line("Polls will close in 1d 6h.", ref, ("in 1d 6h", day(ref + timedelta(days=1)))))
    # negatives: fractions, scores, ratios, decimals, versions, durations, shorthand that is no offset
    ref = REFS[0]
    for text in ("Turnout fell by 1/3.", "About 2/3 of voters backed the plan.", "The shop is open 24/7.",
                 "Since 9/11, airport security has tightened.", "He scored 7/10 on the test.",
                 "Mix 1/2 cup of flour with 3/4 cup of milk.", "They fitted a 3-1/2 inch pipe.",
                 "8/10 doctors agree.", "Between 1/2 and 2/3 of the crop was lost.", "The split was 50/50.",
                 "Inflation rose to 5.8.", "Install version 5.8. now.", "2.1. The method",
                 "The team won 3-1 and moved up +3 points.", "The film will be shown in 3d.",
                 "He served 5 years, 2 months in prison.", "It lasted 2 weeks 3 days.",
                 "Shares rose 2.5 percent to 1/2 of their peak.", "The Su-35 jets flew 5380 km.",
                 "Prices were cut by 1/4 to 3/4 of the list price.", "Grade 5/6 pupils joined.",
                 "Rated 4/5 by critics.", "a 1/4-inch gap", "The ratio was 1/5."):
        out.append(line(text, ref))
    return out


NUM_WORDS = {2: "two", 3: "three", 6: "six", 9: "nine", 10: "10", 4: "four", 12: "12", 5: "five"}


def month_end(year, month):
    return date(year, month, calendar.monthrange(year, month)[1])


def en_statistics_lines():
    """Statistics spans, read at cut 0.4 (they are dated at 0.45, under the default cut)."""
    out = ["# min_confidence: 0.4",
           "# English statistics spans, dated at 0.45 (build_bare_days.py): the first / last N units of a period, the past / next N units, so far this year"]
    frames = ("Exports fell 5% in {x}.", "In {x}, the factory shipped 2,000 cars.", "Prices rose sharply over {x}.")
    for ref in REFS:
        scopes = [(str(ref.year - 3), ref.year - 3), ("the year", ref.year), ("last year", ref.year - 1), (str(ref.year - 1), ref.year - 1)]
        for k, (scope, year) in enumerate(scopes):
            for fl in ("first", "last"):
                for n in (2, 3, 6, 9):
                    x = f"the {fl} {NUM_WORDS[n]} months of {scope}"
                    start, end = (date(year, 1, 1), month_end(year, n)) if fl == "first" else (date(year, 13 - n, 1), date(year, 12, 31))
                    out.append(line(frames[(n + k) % 3].format(x=x), ref, (x, f"{start}..{end} month")))
                for n in (2, 3):
                    x = f"the {fl} {NUM_WORDS[n]} quarters of {scope}"
                    start, end = (date(year, 1, 1), month_end(year, 3 * n)) if fl == "first" else (date(year, 13 - 3 * n, 1), date(year, 12, 31))
                    out.append(line(frames[(n + k) % 3].format(x=x), ref, (x, f"{start}..{end} quarter")))
        for month in (2, 3, 7, 10):
            year = near(ref, month, 1, False).year
            name = EN_MONTHS[month - 1]
            for fl, n in (("first", 10), ("last", 5), ("first", 2)):
                if n == 2:
                    x = f"the first two weeks of {name} {year - 1}"
                    start, end = date(year - 1, month, 1), date(year - 1, month, 14)
                    out.append(line(frames[month % 3].format(x=x), ref, (x, f"{start}..{end} week")))
                    continue
                x = f"the {fl} {NUM_WORDS[n]} days of {name}"
                last = month_end(year, month)
                start, end = (date(year, month, 1), date(year, month, n)) if fl == "first" else (last - timedelta(days=n - 1), last)
                out.append(line(frames[month % 3].format(x=x), ref, (x, f"{start}..{end} day")))
        for word in ("past", "last", "previous", "next", "coming"):
            ahead = word in ("next", "coming")
            for n, unit in ((3, "days"), (2, "weeks"), (6, "months"), (12, "months"), (3, "years"), (5, "years"), (2, "decades")):
                x = f"the {word} {NUM_WORDS.get(n, n)} {unit}"
                if unit in ("days", "weeks"):
                    days = n * (7 if unit == "weeks" else 1)
                    start, end = (ref + timedelta(days=1), ref + timedelta(days=days)) if ahead else (ref - timedelta(days=days), ref - timedelta(days=1))
                else:
                    months = n * {"months": 1, "years": 12, "decades": 120}[unit]
                    other = shift(ref, 0, months, 0, 1 if ahead else -1)
                    start, end = (ref + timedelta(days=1), other) if ahead else (other, ref - timedelta(days=1))
                grain = {"days": "day", "weeks": "week", "months": "month", "years": "year", "decades": "year"}[unit]
                frame = "Over {x}, the population will grow." if ahead else "Over {x}, the population shrank."
                out.append(line(frame.format(x=x), ref, (x, f"{start}..{end} {grain}")))
            if word in ("previous", "next"):
                continue   # the previous year / the next year: anaphora (the year before or after one told)
            x = f"the {word} year"
            other = shift(ref, 1, 0, 0, 1 if ahead else -1)
            start, end = (ref + timedelta(days=1), other) if ahead else (other, ref - timedelta(days=1))
            out.append(line(f"Crime fell over {x}." if not ahead else f"Crime should fall over {x}.", ref, (x, f"{start}..{end} year")))
        out.append(line("Sales are up 4% so far this year.", ref, ("so far this year", f"{date(ref.year, 1, 1)}..{ref} year_part")))
        out.append(line("This year so far, 300 people have applied.", ref, ("This year so far", f"{date(ref.year, 1, 1)}..{ref} year_part")))
        out.append(line("Year-to-date revenue rose 8%.", ref, ("Year-to-date", f"{date(ref.year, 1, 1)}..{ref} year_part")))
        out.append(line("Rain has fallen on 20 days so far this month.", ref, ("so far this month", f"{date(ref.year, ref.month, 1)}..{ref} month_part")))
    for text in ("He spent the last two years of his life in Paris.", "The first three months of the war were the worst.",
                 "The team lost the past two games.", "She was the first of three sisters.", "The last five days before the vote were tense.",
                 "Only the first 10 days of the trial were public.", "It was the coming of age of a generation.",
                 ):
        out.append(line(text, REFS[0]))
    # a vague count is no span: the year stays
    out.append(line("The last few months of 2020 were hard.", REFS[0], ("2020", "2020-01-01..2020-12-31 year")))
    return out


ZH_PAIRS = [(1, 8), (2, 14), (3, 5), (3, 17), (4, 26), (5, 12), (6, 21), (7, 4), (8, 10), (8, 28),
            (9, 6), (10, 11), (10, 24), (11, 15), (12, 7), (12, 29)]


def zh_lines():
    s2t = opencc.OpenCC("s2twp")
    simplified = []
    for ref in REFS:
        for m, d in ZH_PAIRS:
            past, future = near(ref, m, d, False), near(ref, m, d, True)
            if past:
                wd = ZH_WEEKDAYS[past.weekday()]
                x = f"{m}.{d}(周{wd})"
                simplified.append(line(f"展览{x}开幕，观众踊跃。", ref, (x, day(past))))
                x = f"{m}/{d}周{wd}"
                simplified.append(line(f"{x}，双方举行了会谈。", ref, (x, day(past))))
                x = f"{m}/{d} 14:00"
                simplified.append(line(f"董事会{x}召开了会议。", ref, (x, day(past))))
                simplified.append(line(f"日期：{m}/{d}", ref, (f"{m}/{d}", day(past))))
                simplified.append(line(f"截至{m}/{d}，共有三百人报名。", ref, (f"{m}/{d}", day(past))))
            if future:
                simplified.append(line(f"会议定于{m}/{d}举行。", ref, (f"{m}/{d}", day(future))))
            end = d + 3
            end_past = near(ref, m, end, False)
            if past and end_past and past <= end_past:
                x = f"{m}.{d}至{m}.{end}"
                simplified.append(line(f"作品从{x}展出。", ref, (x, day(past, end_past))))
                if d > 10:
                    x = f"{m}/{d}-{m}/{end}"
                    simplified.append(line(f"{x}，全市停水。", ref, (x, day(past, end_past))))
    chains = [((1, 3, 0), "一年零三个月"), ((0, 0, 17), "两周三天"), ((0, 2, 10), "两个月零十天"), ((2, 6, 0), "两年六个月"),
              ((0, 1, 5), "一个月又五天"), ((1, 0, 14), "1年2周"), ((0, 3, 3), "3个月3天"), ((0, 0, 9), "一个星期两天")]
    for ref in REFS:
        for (y, mo, dd), words in chains:
            past, ahead = shift(ref, y, mo, dd, -1), shift(ref, y, mo, dd, 1)
            simplified.append(line(f"这家工厂{words}前关闭。", ref, (f"{words}前", day(past))))
            simplified.append(line(f"新规将在{words}后生效。", ref, (f"{words}后", day(ahead))))
            simplified.append(line(f"这座桥修了{words}。", ref))
        simplified.append(line("1小时30分钟后，救援队抵达现场。", ref, ("1小时30分钟后", day(ref))))
        simplified.append(line("二十五小时三十分钟后，列车抵达。", ref, ("二十五小时三十分钟后", day(ref + timedelta(days=1)))))
        simplified.append(line("1年，1月，1周，1天前", ref, ("1年，1月，1周，1天前", day(shift(ref, 1, 1, 8, -1)))))
    # negatives
    ref = REFS[0]
    for text in ("公司营收达3.5亿元。", "出口增长3.5%。", "三分之一即1/3的选民没有投票。", "利率高于3.5。",
                 "矩震级9.1到9.3，引发海啸。", "版本3.5发布后广受好评。", "比分3-1，主队获胜。", "苏-35战机飞越海峡。",
                 "该港口卸下5380吨货物。", "近日，双方举行会谈。", "他等了两个小时。", "他服刑一年零三个月。",
                 "两周三天的行程结束了。", "1/3至1/2的农田受灾。", "增幅在2.1至2.5之间。", "每股派息0.5元。"):
        simplified.append(line(text, ref))
    out = ["# Chinese days without 月日 and offsets of several units, Simplified then Traditional (build_bare_days.py)"]
    out += simplified
    for entry in simplified:
        text, ref, expected = entry.split("\t")
        traditional = s2t.convert(text)
        if traditional == text:
            continue
        if expected != "-":
            parts = []
            for item in expected.split(" | "):
                expression, _, value = item.rpartition(" = ")
                parts.append(f"{s2t.convert(expression)} = {value}")
            expected = " | ".join(parts)
        out.append(f"{traditional}\t{ref}\t{expected}")
    return out


def main():
    for name, lines in (("en_bare_days.tsv", en_lines()), ("en_statistics.tsv", en_statistics_lines()),
                        ("zh_bare_days.tsv", zh_lines())):
        (HERE / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"{name}: {sum(1 for entry in lines if not entry.startswith('#'))} lines")


if __name__ == "__main__":
    main()

"""Numbers as dates write them: ASCII digits, Chinese numerals (二十五, 十二, 二〇二三, 两),
English number words (two, twelve)."""
from __future__ import annotations

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
             "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}

EN_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
              "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
              "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
              "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "a couple of": 2, "a hundred": 100}

EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def parse_zh_number(text: str) -> int:
    """'25' -> 25, '二十五' -> 25, '十二' -> 12, '二〇二三' -> 2023 (digit by digit), '两' -> 2.

    Raises ValueError on anything else (十七五, 三十十)."""
    text = text.strip()
    if text.isascii() and text.isdigit():
        return int(text)
    if "千" in text or "百" in text:
        return _zh_hundreds(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1 or (tens and tens not in CN_DIGITS) or (ones and ones not in CN_DIGITS):
            raise ValueError(f"not a Chinese number: {text!r}")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[ones] if ones else 0)
    if not text or any(ch not in CN_DIGITS for ch in text):
        raise ValueError(f"not a Chinese number: {text!r}")
    value = 0
    for ch in text:
        value = value * 10 + CN_DIGITS[ch]
    return value


def _zh_hundreds(text: str) -> int:
    """两千零九 -> 2009, 一千九百九十八 -> 1998, 两千 -> 2000, 三百 -> 300 (a year or a count)."""
    value, rest = 0, text
    for mark, size in (("千", 1000), ("百", 100)):
        if mark in rest:
            head, _, rest = rest.partition(mark)
            if len(head) != 1 or head not in CN_DIGITS or CN_DIGITS[head] == 0:
                raise ValueError(f"not a Chinese number: {text!r}")
            value += CN_DIGITS[head] * size
    rest = rest.lstrip("零〇○")
    return value + (parse_zh_number(rest) if rest else 0)


def parse_en_number(text: str) -> int:
    """'12' -> 12, 'two' -> 2, 'twenty-one' / 'twenty one' -> 21, 'a couple of' -> 2."""
    text = " ".join(text.strip().lower().split())
    if text.isdigit():
        return int(text)
    tens, _, ones = text.replace("-", " ").partition(" ")
    if ones and tens in EN_NUMBERS and ones in EN_NUMBERS and text not in EN_NUMBERS:
        return EN_NUMBERS[tens] + EN_NUMBERS[ones]
    return EN_NUMBERS[text]

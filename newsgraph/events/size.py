"""Casualty and arrest counts stated in a sentence: "killed at least 200 people" gives dead=200."""

from __future__ import annotations

import re

NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "hundred": 100, "dozens": 24, "dozen": 12, "a dozen": 12, "un": 1, "une": 1, "deux": 2, "trois": 3,
    "quatre": 4, "cinq": 5, "six ": 6, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12,
    "quinze": 15, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50, "cent": 100, "une dizaine": 10,
    "une vingtaine": 20, "une trentaine": 30, "une centaine": 100,
}
_NUM = r"(?P<n>\d{1,3}(?:[ ,.\u202f\u00a0]\d{3})*|\d+|" + "|".join(
    sorted((re.escape(w.strip()) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
_QUAL = r"(?:(?:at least|more than|over|nearly|almost|some|about|around|au moins|plus de|près de|environ|quelque)\s+)?"
_WHO = r"(?:[\w’'-]+\s+){0,3}?"
KINDS = {
    "dead": r"(?:killed|dead|died|deaths|killing|slain|massacred|tués|tuées|morts|mortes|décès|victimes|"
            r"ont péri|ont été tués|tuant)",
    "injured": r"(?:injured|wounded|injuring|wounding|hurt|blessés|blessées|blessant)",
    "arrested": r"(?:arrested|detained|arrests|arrêtés|interpellés|détenus|arrestations)",
    "abducted": r"(?:abducted|kidnapped|taken hostage|enlevés|enlevées|kidnappés|pris en otage)",
}


def _value(s: str) -> int | None:
    s = s.strip().lower()
    if s in NUMBER_WORDS:
        return NUMBER_WORDS[s]
    digits = re.sub(r"\D", "", s)
    return int(digits) if digits else None


def casualties(sentence: str, language: str) -> dict[str, int | None]:
    """The counts the sentence states, by kind; None where it states none."""
    out: dict[str, int | None] = {k: None for k in KINDS}
    low = sentence.lower()
    for kind, verb in KINDS.items():
        # "killed at least 200 people" / "at least 200 people were killed" / "200 morts"
        for rx in (rf"{verb}\s+{_QUAL}{_NUM}\b", rf"{_QUAL}{_NUM}\s+{_WHO}(?:(?:were|have been|ont été|sont)\s+)?{verb}"):
            m = re.search(rx, low)
            if m:
                v = _value(m.group("n"))
                if v is not None and v < 100000 and not re.fullmatch(r"(19|20)\d\d", m.group("n").strip()):
                    out[kind] = v
                    break
    return out

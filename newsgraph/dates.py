"""Dates written in English and French: publication dates and the dates inside sentences.

We find date spans with our own patterns first and only then parse them, because
`dateparser.search_dates` finds dates in ordinary words. Unusual forms fall back to
`dateparser.parse` with the language set.
"""

from __future__ import annotations

import datetime as dt
import re
from email.utils import parsedate_to_datetime

MONTHS = {
    # English
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    # French
    "janvier": 1, "janv": 1, "février": 2, "fevrier": 2, "févr": 2, "fevr": 2, "mars": 3, "avril": 4,
    "avr": 4, "mai": 5, "juin": 6, "juillet": 7, "juil": 7, "août": 8, "aout": 8, "septembre": 9,
    "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12, "déc": 12,
}
_MONTH_RE = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_DAY = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

# Ordered: the first pattern that matches at a position wins.
_PATTERNS = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)(?:[T ][0-9:.]+(?:Z|[+-]\d\d:?\d\d)?)?\b")),
    ("dmy", re.compile(rf"\b{_DAY}\.?\s+(?P<month>{_MONTH_RE})\.?,?\s+{_YEAR}\b", re.I)),
    ("mdy", re.compile(rf"\b(?P<month>{_MONTH_RE})\.?\s+{_DAY},?\s+{_YEAR}\b", re.I)),
    ("numeric", re.compile(r"\b(?P<day>[0-3]?\d)/(?P<month>[01]?\d)/(?P<year>(?:19|20)\d\d)\b")),
    ("dm", re.compile(rf"\b{_DAY}\s+(?P<month>{_MONTH_RE})\b(?!\s*,?\s*(?:19|20)\d\d)", re.I)),
    ("md", re.compile(rf"\b(?P<month>{_MONTH_RE})\.?\s+{_DAY}\b(?!\s*,?\s*(?:19|20)\d\d)(?![:\d])", re.I)),
    ("my", re.compile(rf"\b(?:(?:in|en|of|de|d'|since|depuis)\s+)?(?P<month>{_MONTH_RE})\s+{_YEAR}\b", re.I)),
]


def parse_publication_date(value: str | None, language: str | None = None) -> str | None:
    """A publication date from metadata or a header, as `YYYY-MM-DD`, or None."""
    if not value:
        return None
    value = value.strip()
    for kind, rx in _PATTERNS[:4]:
        m = rx.search(value)
        if m:
            got = _build(m, kind, None)
            if got:
                return got[0]
    try:  # RFC 822, as in RSS pubDate
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    import dateparser  # slow import; only for the unusual forms

    langs = [language] if language in ("en", "fr") else ["en", "fr"]
    parsed = dateparser.parse(value, languages=langs, settings={"PREFER_DAY_OF_MONTH": "first",
                                                                 "REQUIRE_PARTS": ["year"]})
    return parsed.date().isoformat() if parsed else None


def _build(m: re.Match[str], kind: str, ref: dt.date | None) -> tuple[str, str] | None:
    """(iso date, precision) from a match; day/month without a year take the year of `ref`."""
    g = m.groupdict()
    month_s = g.get("month") or ""
    month = int(month_s) if month_s.isdigit() else MONTHS.get(month_s.lower().rstrip("."), 0)
    year = int(g["year"]) if g.get("year") else (ref.year if ref else 0)
    if not year or not 1 <= month <= 12:
        return None
    if g.get("day"):
        try:
            d = dt.date(year, month, int(g["day"]))
        except ValueError:
            return None
        if ref and not g.get("year") and d > ref + dt.timedelta(days=31):
            d = d.replace(year=year - 1)  # "on 28 December" in a January article
        return d.isoformat(), "day"
    return dt.date(year, month, 1).isoformat(), "month"



WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5, "dimanche": 6,
}
_WEEKDAY_RE = re.compile(r"\b(?:(?:on|last|this|past|ce|le)\s+)?(?P<wd>" + "|".join(WEEKDAYS) + r")\b(?:\s+(?:dernier|passé))?",
                         re.I)
_RELATIVE = [
    (re.compile(r"\b(?:yesterday|hier)\b", re.I), 1, "day"),
    (re.compile(r"\b(?:today|aujourd'hui|aujourd’hui|ce jour)\b", re.I), 0, "day"),
    (re.compile(r"\bavant-hier\b|\bthe day before yesterday\b", re.I), 2, "day"),
    (re.compile(r"\b(?:last week|la semaine dernière|la semaine passée)\b", re.I), 7, "week"),
    (re.compile(r"\b(?:last month|le mois dernier|le mois passé)\b", re.I), 30, "month"),
]

_COUNTS = {"a": 1, "an": 1, "one": 1, "un": 1, "une": 1, "two": 2, "deux": 2, "three": 3, "trois": 3, "four": 4,
           "quatre": 4, "five": 5, "cinq": 5, "six": 6, "seven": 7, "sept": 7, "eight": 8, "huit": 8, "nine": 9,
           "neuf": 9, "ten": 10, "dix": 10, "fifteen": 15, "quinze": 15, "twenty": 20, "vingt": 20, "thirty": 30,
           "trente": 30}
_COUNT_RE = r"(?P<n>\d{1,3}|" + "|".join(sorted(_COUNTS, key=len, reverse=True)) + ")"
# "ten years ago", « il y a dix ans »: counted back from publication, to the year or month
_AGO = [
    re.compile(rf"\b{_COUNT_RE}\s+(?P<unit>years?|months?)\s+ago\b", re.I),
    re.compile(rf"\b(?:il y a|voici)\s+{_COUNT_RE}\s+(?P<unit>ans?|années?|mois)\b", re.I),
]
_LAST_YEAR = re.compile(r"\b(?:last year|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée))\b", re.I)


def find_dates(sentence: str, ref: dt.date | None) -> list[tuple[str, str, tuple[int, int]]]:
    """Every date stated in a sentence, left to right: (iso date, precision, span in the sentence).

    Precision is `day`, `month` or `year`. Weekdays are the last such day on or before `ref` (the
    publication date); "yesterday", "hier", "last week" count back from `ref`.
    """
    found: list[tuple[str, str, tuple[int, int]]] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= x or a >= y for x, y in taken)

    for kind, rx in _PATTERNS:
        for m in rx.finditer(sentence):
            if not free(m.start(), m.end()):
                continue
            got = _build(m, kind, ref)
            if got:
                found.append((got[0], got[1], (m.start(), m.end())))
                taken.append((m.start(), m.end()))
    if ref is not None:
        for m in _WEEKDAY_RE.finditer(sentence):
            if not free(m.start(), m.end()) or any(0 <= x - m.end() <= 4 for x, _ in taken):
                continue  # "on Monday, 3 March 2025": the explicit date says it all
            wd = WEEKDAYS[m.group("wd").lower()]
            back = (ref.weekday() - wd) % 7
            if back == 0 and re.search(r"\b(?:last|past)\b|dernier|passé", m.group(0), re.I):
                back = 7  # "last Thursday" written on a Thursday is a week ago
            found.append(((ref - dt.timedelta(days=back)).isoformat(), "day", (m.start(), m.end())))
            taken.append((m.start(), m.end()))
        for rx, days, precision in _RELATIVE:
            for m in rx.finditer(sentence):
                if not free(m.start(), m.end()):
                    continue
                d = ref - dt.timedelta(days=days)
                # the contract has no week precision: a week ago is known to the month
                found.append((d.isoformat(), "day" if precision == "day" else "month", (m.start(), m.end())))
                taken.append((m.start(), m.end()))
        for rx in _AGO:
            for m in rx.finditer(sentence):
                n = m.group("n").lower()
                count = int(n) if n.isdigit() else _COUNTS[n]
                if not free(m.start(), m.end()) or count == 0:
                    continue
                if m.group("unit").lower().startswith(("year", "an", "ann")):
                    found.append((f"{ref.year - count}-01-01", "year", (m.start(), m.end())))
                else:
                    d = ref - dt.timedelta(days=30 * count)
                    found.append((d.replace(day=1).isoformat(), "month", (m.start(), m.end())))
                taken.append((m.start(), m.end()))
        for m in _LAST_YEAR.finditer(sentence):
            if free(m.start(), m.end()):
                found.append((f"{ref.year - 1}-01-01", "year", (m.start(), m.end())))
                taken.append((m.start(), m.end()))
    for m in re.finditer(r"\b(?:in|en)\s+(?P<year>(?:19|20)\d\d)\b", sentence, re.I):  # (« En 1994, »)
        if free(m.start(), m.end()):
            found.append((f"{m.group('year')}-01-01", "year", (m.start(), m.end())))
    return sorted(found, key=lambda f: f[2])


def find_date(sentence: str, ref: dt.date | None) -> tuple[str, str, tuple[int, int]] | None:
    """The first date stated in a sentence (see `find_dates`), or None."""
    found = find_dates(sentence, ref)
    return found[0] if found else None

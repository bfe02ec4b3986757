"""The former colonial power as an actor: « l'ancienne puissance coloniale », "the former colonial power" stand
for the state that ruled a country the article names, read from a small table of colonial rulers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsgraph.actors.fold import fold
from newsgraph.nlp import Document

# Periphrases of a former colonial ruler, on folded text (one character per character of the original).
_PHRASE = re.compile(
    r"\b(?:(?:l'|l )?(?:ancienne|ex-) ?puissance (?:coloniale|colonisatrice|de tutelle)|"
    r"(?:l'|l )?(?:ancien |ex-)(?:colonisateur|colonisatrice|metropole coloniale)|"
    r"(?:the )?(?:former|ex-|one-time|onetime) ?(?:colonial (?:power|ruler|master)s?|coloni[sz]er))\b")

# The state that ruled each country last before independence (by ISO3). A fact table, not a lexicon: a country
# missing here just leaves the periphrasis unresolved.
_RULERS: dict[str, tuple[str, ...]] = {
    "FRA": ("MLI", "BFA", "NER", "SEN", "GIN", "CIV", "BEN", "TGO", "TCD", "CAF", "CMR", "GAB", "COG", "MDG",
            "COM", "DJI", "MRT", "DZA", "TUN", "MAR", "LBN", "SYR", "VNM", "KHM", "LAO", "HTI", "VUT"),
    "BEL": ("COD", "RWA", "BDI"),
    "GBR": ("NGA", "GHA", "KEN", "UGA", "TZA", "ZMB", "ZWE", "MWI", "SLE", "GMB", "SDN", "SSD", "EGY", "IND",
            "PAK", "BGD", "MMR", "LKA", "ZAF", "BWA", "LSO", "SWZ", "JOR", "IRQ", "CYP", "MLT", "MYS", "SGP",
            "JAM", "TTO", "GUY", "BLZ", "SOM"),
    "PRT": ("AGO", "MOZ", "GNB", "CPV", "STP", "TLS", "BRA"),
    "ESP": ("GNQ", "ESH", "MEX", "COL", "PER", "ARG", "CHL", "VEN", "BOL", "ECU", "CUB", "GTM", "HND", "NIC",
            "SLV", "CRI", "PAN", "PRY", "URY", "DOM", "PHL"),
    "ITA": ("LBY", "ERI"),
    "NLD": ("IDN", "SUR"),
    "JPN": ("KOR", "PRK", "TWN"),
    "ZAF": ("NAM",),
}
RULER_OF = {colony: ruler for ruler, colonies in _RULERS.items() for colony in colonies}


@dataclass(frozen=True)
class Periphrasis:
    start: int      # first token
    end: int        # one past the last token
    country: str    # ISO3 of the state it stands for


def colonial_powers(doc: Document, named: list[tuple[int, str]]) -> list[Periphrasis]:
    """The former colonial powers `doc` names by periphrasis, given (token, ISO3) of the countries it names by
    name. The ruler of a country named up to this sentence, preferring one the article also names itself
    (Paris and Bamako: France) and else the only ruler those countries have; none when that is unclear."""
    folded = fold(doc.text)
    out = []
    for m in _PHRASE.finditer(folded):
        a, b = doc.token_at(m.start()), doc.token_at(m.end() - 1)
        if a is None or b is None:
            continue
        while a < b and (doc.tokens[a].pos == "DET" or fold(doc.tokens[a].text) in ("l'", "l", "the")):
            a += 1
        sent = doc.tokens[a].sent
        before = [c for i, c in named if doc.tokens[i].sent <= sent]
        ruler = _ruler(before, [c for i, c in named])
        if ruler is not None:
            out.append(Periphrasis(a, b + 1, ruler))
    return out


def _ruler(before: list[str], anywhere: list[str]) -> str | None:
    rulers = {RULER_OF[c] for c in before if c in RULER_OF}
    named = [r for r in rulers if r in anywhere]
    if len(named) == 1:
        return named[0]
    return next(iter(rulers)) if len(rulers) == 1 else None

"""The word lists of the quote extractor (`data/quote_lexicon.yaml`), folded and validated once per language."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from newsgraph.actors.fold import fold
from newsgraph.errors import DataFileError
from newsgraph.events import lexicon

PATH = "quote_lexicon.yaml"
LISTS = ("reporting", "according_to", "relay", "statement", "speech", "media", "media_staff", "state_marks", "bodies",
         "foreign_roles", "nobody", "audience", "agreements", "signers", "quantity")
KINDS = {"GOV", "MIL", "COP", "JUD", "OPP", "REB", "CVL", "MED", "BUS", "NGO", "IGO", "EDU", "REL", "LAB", "REF",
         "UAG"}


def norm(word: str) -> str:
    """The folded form every list entry and every looked-up word is compared in."""
    return " ".join(fold(word).split())


@dataclass(frozen=True)
class QuoteLexicon:
    reporting: frozenset[str]
    according_to: tuple[str, ...]
    relay: frozenset[str]           # according_to phrases naming who passed the words on, not who said them
    statement: frozenset[str]
    speech: frozenset[str]
    media: frozenset[str]
    media_staff: frozenset[str]
    state_marks: frozenset[str]
    bodies: frozenset[str]
    roles: dict[str, str]           # folded role noun -> sector kind
    foreign_roles: frozenset[str]
    nobody: frozenset[str]
    audience: frozenset[str]        # who is addressed: a passive "viewers were told" reports the last speaker
    agreements: frozenset[str]      # texts named after a city (« l'accord d'Alger »): that city is no place of the story
    signers: frozenset[str] = frozenset()   # who signed a text (« les signataires »): its authors
    quantity: frozenset[str] = frozenset()  # nouns that count the people after them (« une dizaine », "a group")

    def reporting_verb(self, text: str, lemma: str) -> str | None:
        """The reporting verb a French form stands for when the small model tagged or lemmatised it wrong
        (« promet » taken for an adjective, « raconte » lemmatised to « racont », « affirment »)."""
        if norm(lemma) in self.reporting:   # « », résume l'une d'eux »: right lemma, wrong tag
            return norm(lemma)
        if norm(lemma) != norm(text):   # the stem the lemmatiser kept
            stem = norm(lemma)
            found = next((c for c in (stem + "er", stem + "re", stem + "ir") if c in self.reporting), None)
            if found is not None:
                return found
        w = norm(text)
        for stem in {w, w[:-2] if w.endswith("nt") else w}:   # « affirment » -> « affirme »
            cands = [stem + "r", stem + "re", stem + "tre", stem[:-1] + "re", stem[:-1] + "er"]
            if len(stem) > 3 and stem[-1] == "e" and stem[-2] == stem[-3] and stem[-2] in "lt":
                cands.append(stem[:-2] + "er")   # « rappelle » -> « rappeler », « projette » -> « projeter »
            found = next((c for c in cands if c in self.reporting), None)
            if found is not None:
                return found
        return self._irregular_participle(w)

    def _irregular_participle(self, w: str) -> str | None:
        """The verb of an irregular French form the lemmatiser left as it is: a past participle in any of its four
        forms (« a-t-il promis » -> promettre, « répondu » -> répondre, « soutenue » -> soutenir) or a present
        (« écrivent les signataires » -> écrire, « disent », « craignent », « soutiennent », « promet »)."""
        for end in ("es", "e", "s", ""):
            if not end or w.endswith(end):
                stem = w[:len(w) - len(end)] if end else w
                for tail, verb_tails in IRREGULAR_TAILS:
                    if stem.endswith(tail) and len(stem) > len(tail):
                        base = stem[:len(stem) - len(tail)]
                        found = next((base + v for v in verb_tails if base + v in self.reporting), None)
                        if found is not None:
                            return found
        return None


# endings of irregular past participles and presents, and the infinitive endings they may come from (folded);
# the longer ending of two that share a tail comes first
IRREGULAR_TAILS = (("ivent", ("ire",)), ("isent", ("ire",)), ("ettent", ("ettre",)), ("iennent", ("enir",)),
                   ("ient", ("ire",)), ("aignent", ("aindre",)), ("eignent", ("eindre",)), ("et", ("ettre",)),
                   ("is", ("ettre",)), ("it", ("ire",)), ("int", ("indre",)), ("ient", ("enir",)),
                   ("enu", ("enir",)), ("u", ("re", "ure", "ir")), ("ert", ("rir",)))


def _read() -> dict[str, object]:
    text = (resources.files("newsgraph.framing") / "data" / PATH).read_text(encoding="utf-8")
    doc = yaml.safe_load(text) or {}
    if not isinstance(doc, dict):
        raise DataFileError(PATH, 0, "expected a mapping of languages")
    return doc


@cache
def quote_lexicon(language: str) -> QuoteLexicon:
    """The lists for `language`; an unknown language gets empty lists (no speaker is then guessed)."""
    block = _read().get(language) or {}
    if not isinstance(block, dict):
        raise DataFileError(PATH, language, "expected a mapping of lists")
    lists: dict[str, list[str]] = {}
    for name in LISTS:
        vals = block.get(name) or []
        if not isinstance(vals, list) or not all(isinstance(v, str) and v.strip() for v in vals):
            raise DataFileError(PATH, f"{language}.{name}", "expected a list of non-empty strings")
        lists[name] = [norm(v) for v in vals]
    roles: dict[str, str] = {}
    for kind, words in (block.get("roles") or {}).items():
        if kind not in KINDS:
            raise DataFileError(PATH, f"{language}.roles.{kind}", f"unknown sector kind; use one of {sorted(KINDS)}")
        if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
            raise DataFileError(PATH, f"{language}.roles.{kind}", "expected a list of non-empty strings")
        for w in words:
            roles.setdefault(norm(w), kind)
    # the reporting verbs the event coder knows are reporting verbs here too
    reporting = frozenset(lists["reporting"]) | lexicon.cues(language).get("reporting", frozenset())
    return QuoteLexicon(reporting=reporting, according_to=tuple(lists["according_to"]),
                        relay=frozenset(lists["relay"]),
                        statement=frozenset(lists["statement"]), speech=frozenset(lists["speech"]),
                        media=frozenset(lists["media"]), media_staff=frozenset(lists["media_staff"]),
                        state_marks=frozenset(lists["state_marks"]), bodies=frozenset(lists["bodies"]),
                        roles=roles, foreign_roles=frozenset(lists["foreign_roles"]),
                        nobody=frozenset(lists["nobody"]), audience=frozenset(lists["audience"]),
                        agreements=frozenset(lists["agreements"]), signers=frozenset(lists["signers"]),
                        quantity=frozenset(lists["quantity"]))


@cache
def first_name_genders() -> dict[str, str]:
    """Folded given name -> "F" or "M" (`data/first_names.yaml`): the gender a name alone shows."""
    path = "first_names.yaml"
    doc = yaml.safe_load((resources.files("newsgraph.framing") / "data" / path).read_text(encoding="utf-8")) or {}
    out: dict[str, str] = {}
    for key, gender in (("female", "F"), ("male", "M")):
        names = doc.get(key) if isinstance(doc, dict) else None
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise DataFileError(path, key, "expected a list of given names")
        for n in names:
            if out.setdefault(norm(n), gender) != gender:
                raise DataFileError(path, key, f"{n} is listed as both female and male")
    return out

"""Whether a name follows a locative preposition, and whether it is then the addressee of a verb.

"à Bamako", "in Moscow", "près de Gao", "dans la région de Ménaka", "north of Niamey" name places, not
governments. Yet "a écrit à Paris", "a demandé à Bamako de", "appealed to Moscow" name the government
addressed: after the dative prepositions ("à", "au", "aux", "to"), a verb of saying, asking or writing
makes the name its addressee. The resolver uses this to drop capitals that are places, and to flag
(`ActorMention.locative`) the country and capital mentions the event coder must judge.
"""

from __future__ import annotations

from newsgraph.actors.fold import fold
from newsgraph.nlp.document import Document, Token

PLACE = "place"
ADDRESSEE = "addressee"

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "within", "across", "throughout", "to", "into",
                            "towards", "toward", "above", "below", "beyond", "around", "a", "en", "dans", "pres",
                            "au", "aux", "vers", "depuis"})
DATIVE_PREPS = frozenset({"a", "au", "aux", "to"})
OF_WORDS = frozenset({"of", "de", "du", "des", "d", "d'"})
# Words that make "X of/de <name>" a location on their own: "près de Gao", "north of Niamey", "au large de".
NEAR_WORDS = frozenset({"pres", "proximite", "loin", "large", "autour", "environs", "alentours", "abords", "outskirts",
                        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                        "nord", "sud", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest", "est"})
# Area nouns that a locative preposition reaches through: "dans la région de Ménaka", "in the city of Gao".
AREA_NOUNS = frozenset({"region", "regions", "province", "city", "town", "village", "villages", "localite", "commune",
                        "cercle", "departement", "prefecture", "zone", "area", "district", "capital", "capitale",
                        "ville", "frontiere", "border", "borders", "frontieres", "centre", "center", "coeur", "heart",
                        "banlieue", "suburbs", "peripherie", "outskirts", "environs", "part", "partie", "territory",
                        "territoire", "streets", "rues"})
# Verbs of saying, asking, writing and answering whose "à"/"to" complement is the one addressed.
ADDRESSING_VERBS = frozenset({
    # French: verbs whose "à" complement is a recipient. Plain declaratives ("a annoncé à Bamako") are left
    # out: after them "à" + city is most often where the words were spoken.
    "ecrire", "demander", "reclamer", "adresser", "repondre", "notifier", "signifier", "transmettre", "remettre",
    "proposer", "promettre", "reprocher", "conseiller", "suggerer", "recommander", "ordonner", "enjoindre", "intimer",
    "imputer", "telephoner", "interdire", "refuser", "opposer", "confier", "soumettre", "reclamation", "demande",
    # English
    "write", "appeal", "reply", "respond", "complain", "explain", "signal", "propose", "apologize", "apologise",
    "address", "speak", "talk", "submit", "protest", "object", "convey", "relay", "communicate", "recommend",
    "suggest", "plead", "petition", "cable", "issue", "report",
})


def _word(t: Token) -> str:
    return fold(t.text).strip(".")


def locative_preposition(doc: Document, i: int) -> int | None:
    """The index of the locative preposition that governs the name starting at token `i`, or None.

    Walks back over articles and adjectives ("in neighbouring Mali"), and through "of"/"de" after an area
    noun ("dans la région de Ménaka") or a word of nearness or direction ("près de Gao", "north of Gao")."""
    toks = doc.tokens
    sent = toks[i].sent
    j = i - 1
    for _ in range(4):
        while j >= 0 and toks[j].sent == sent and (toks[j].pos == "DET" or
                                                   (toks[j].pos == "ADJ" and toks[j].text.islower())):
            j -= 1
        if j < 0 or toks[j].sent != sent:
            return None
        w = _word(toks[j])
        if w in LOCATIVE_PREPS and toks[j].text.islower():
            return j
        if w not in OF_WORDS or j == 0 or toks[j - 1].sent != sent:
            return None
        before = toks[j - 1]
        bw = _word(before)
        if bw in NEAR_WORDS and before.text.islower() and (bw != "est" or j < 2 or toks[j - 2].pos in ("DET", "ADP")):
            return j - 1
        if bw not in AREA_NOUNS or not before.text.islower():
            return None
        j -= 2
    return None


def locative(doc: Document, start: int, end: int) -> str | None:
    """`PLACE`, `ADDRESSEE` or None for the name at tokens [start, end): see the module docstring."""
    p = locative_preposition(doc, start)
    if p is None:
        return None
    if _word(doc.tokens[p]) in DATIVE_PREPS and addressing_verb(doc, p, start, end) is not None:
        return ADDRESSEE
    return PLACE


def addressing_verb(doc: Document, prep: int, start: int, end: int) -> int | None:
    """The verb of saying or asking whose dative complement the preposition `prep` opens, if any: by the
    parse (the name's governor, or the governor of the object it hangs on: "a adressé une lettre à Paris"),
    else by the words just before the preposition ("a demandé à Bamako", which the small French model
    often misparses)."""
    toks = doc.tokens
    for i in range(start, end):
        h = toks[i].head
        if start <= h < end and h != i:
            continue
        gov = toks[h]
        if gov.i == prep and gov.head != gov.i:   # English: name <- pobj - to <- prep - verb
            gov = toks[gov.head]
        for _ in range(2):
            if _is_addressing(gov):
                return gov.i
            if gov.pos in ("NOUN", "PROPN") and gov.head != gov.i:
                gov = toks[gov.head]   # "sent a letter to Moscow": the letter's verb
            else:
                break
    k = prep - 1
    while k >= 0 and toks[k].sent == toks[prep].sent and (toks[k].pos in ("ADV", "PART") or
                                                           (toks[k].pos == "PRON" and toks[k].text.islower())):
        k -= 1
    if k >= 0 and toks[k].sent == toks[prep].sent and _is_addressing(toks[k]):
        return k
    return None


def _is_addressing(t: Token) -> bool:
    return t.pos in ("VERB", "AUX", "NOUN", "ADJ") and t.text.islower() and \
        (fold(t.lemma) in ADDRESSING_VERBS or (t.pos == "VERB" and fold(t.text) in ADDRESSING_VERBS))

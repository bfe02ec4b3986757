"""Parse repairs of session 12: a participle tagged an adjective under a day, « sa grâce à » read as "thanks to".
Original sentences, misparsed by fr_core_news_sm 3.8 without the repair."""

from __future__ import annotations

from newsgraph.nlp import parse_many
from newsgraph.nlp.document import Document


def parsed(text: str) -> Document:
    return next(parse_many([text], "fr"))


def tok(doc: Document, word: str) -> int:
    return next(t.i for t in doc.tokens if t.text == word)


def test_a_participle_tagged_an_adjective_under_the_day_is_the_verb() -> None:
    doc = parsed("Le ministère guinéen a dissous lundi 53 partis politiques.")
    verb = doc.tokens[tok(doc, "dissous")]
    assert (verb.pos, verb.dep) == ("VERB", "ROOT")
    assert doc.tokens[tok(doc, "partis")].head == verb.i
    assert doc.tokens[tok(doc, "lundi")].head == verb.i


def test_sa_grace_a_is_the_pardon_granted_not_thanks_to() -> None:
    doc = parsed("Le président algérien a accordé mercredi sa grâce à l'écrivain Boualem Sansal.")
    grace = doc.tokens[tok(doc, "grâce")]
    assert (grace.dep, grace.head) == ("obj", tok(doc, "accordé"))
    assert doc.tokens[tok(doc, "écrivain")].head == tok(doc, "accordé")


def test_grace_a_without_a_possessive_stays_the_preposition() -> None:
    doc = parsed("Le Mali a progressé grâce à l'appui de la Russie.")
    assert doc.tokens[tok(doc, "grâce")].dep != "obj"

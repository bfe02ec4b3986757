"""Parse repairs of guillemets read as words, days read as the verb and names read as verbs.
Original sentences; the parsed ones are misparsed by fr_core_news_sm 3.8 without the repair, the hand-built ones
copy a misparse the model makes in longer sentences."""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_many
from newsgraph.nlp.document import Document, Token
from newsgraph.nlp.repair import repair


def parsed(text: str) -> Document:
    return next(parse_many([text], "fr"))


def tok(doc: Document, word: str) -> int:
    return next(t.i for t in doc.tokens if t.text == word)


def built(words: list[tuple[str, str, str, int]], morph: dict[int, str] | None = None) -> list[Token]:
    """Tokens of a hand-built parse: (text, pos, dep, head) each; `morph` by index."""
    return [Token(i=i, text=w, idx=i * 16, lemma=w.lower(), pos=p, dep=d, head=h, sent=0,
                  morph=(morph or {}).get(i, "")) for i, (w, p, d, h) in enumerate(words)]


@pytest.mark.models
def test_a_quoted_noun_phrase_is_headed_by_its_noun_not_by_the_guillemet() -> None:
    doc = parsed("L'opposition a réclamé une « enquête indépendante » sur les violences.")
    toks = doc.tokens
    claimed, inquiry = tok(doc, "réclamé"), tok(doc, "enquête")
    assert toks[inquiry].head == claimed and toks[inquiry].dep == "obj"
    assert toks[tok(doc, "une")].head == inquiry
    assert toks[tok(doc, "violences")].head == inquiry
    for mark in ("«", "»"):
        assert toks[tok(doc, mark)].pos == "PUNCT" and toks[tok(doc, mark)].dep == "punct"


@pytest.mark.models
def test_a_quoted_adjective_after_a_verb_of_saying_is_its_complement() -> None:
    doc = parsed("Le président s'est dit « très préoccupé » par la situation.")
    worried = doc.tokens[tok(doc, "préoccupé")]
    assert worried.head == tok(doc, "dit") and worried.dep == "xcomp"


def test_a_quoted_word_with_an_article_that_the_parser_tagged_an_adjective_is_a_noun() -> None:
    # « ont dénoncé le « silence » de Paris »: the mark is the object, the quoted word its adjective
    toks = built([("ont", "AUX", "aux:tense", 1), ("dénoncé", "VERB", "ROOT", 1), ("le", "DET", "det", 3),
                  ("«", "NOUN", "obj", 1), ("silence", "ADJ", "amod", 3), ("»", "PUNCT", "obj", 4),
                  ("de", "ADP", "case", 7), ("Paris", "PROPN", "nmod", 4)])
    out = repair(toks, "fr")
    assert (out[4].head, out[4].dep, out[4].pos) == (1, "obj", "NOUN")
    assert out[2].head == 4 and out[7].head == 4
    assert all(out[m].pos == "PUNCT" and out[m].dep == "punct" for m in (3, 5))


def test_a_day_read_as_the_head_of_the_clause_gives_it_back_to_the_participle() -> None:
    # « Le gouvernement a démenti jeudi la rumeur », read with « jeudi » as the verb and the participle under it
    toks = built([("Le", "DET", "det", 1), ("gouvernement", "NOUN", "nsubj", 4), ("a", "AUX", "aux:tense", 4),
                  ("démenti", "VERB", "nsubj", 4), ("jeudi", "VERB", "ROOT", 4), ("la", "DET", "det", 6),
                  ("rumeur", "NOUN", "obj", 4), (".", "PUNCT", "punct", 4)],
                 {3: "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"})
    out = repair(toks, "fr")
    assert (out[3].head, out[3].dep) == (3, "ROOT")
    assert (out[4].head, out[4].dep, out[4].pos) == (3, "obl:mod", "NOUN")
    assert [(out[k].head, out[k].dep) for k in (1, 2, 6)] == [(3, "nsubj"), (3, "aux:tense"), (3, "obj")]


def test_a_day_under_a_participle_stays_where_it_is() -> None:
    toks = built([("Le", "DET", "det", 1), ("gouvernement", "NOUN", "nsubj", 3), ("a", "AUX", "aux:tense", 3),
                  ("démenti", "VERB", "ROOT", 3), ("jeudi", "NOUN", "obl:mod", 3), ("la", "DET", "det", 6),
                  ("rumeur", "NOUN", "obj", 3)], {3: "Tense=Past|VerbForm=Part"})
    assert repair(toks, "fr") == toks


@pytest.mark.models
def test_a_city_read_as_a_verb_is_a_proper_noun_subject() -> None:
    doc = parsed("Alger a suspendu vendredi ses importations de blé français.")
    algiers = doc.tokens[tok(doc, "Alger")]
    assert algiers.pos == "PROPN" and algiers.dep == "nsubj" and algiers.lemma == "Alger"


@pytest.mark.models
def test_a_country_read_as_a_verb_gives_back_the_object_it_took() -> None:
    doc = parsed("Le Maroc a envoyé au Niger des renforts militaires.")
    toks, sent = doc.tokens, tok(doc, "envoyé")
    niger = toks[tok(doc, "Niger")]
    assert niger.pos == "PROPN" and niger.head == sent
    assert toks[tok(doc, "renforts")].head == sent and toks[tok(doc, "renforts")].dep == "obj"


def test_a_capitalised_verb_with_a_clause_of_its_own_stays_a_verb() -> None:
    # « Interpellé jeudi, l'opposant ... »: a participle opening the sentence is no name, entity or not
    toks = built([("Accuse", "VERB", "ROOT", 0), ("le", "DET", "det", 2), ("ministre", "NOUN", "obj", 0)])
    toks[0] = Token(i=0, text="Accuse", idx=0, lemma="accuser", pos="VERB", dep="ROOT", head=0, sent=0, ent="PER",
                    morph="Mood=Imp|VerbForm=Fin")
    assert repair(toks, "fr")[0].pos == "VERB"


@pytest.mark.models
def test_a_dative_clitic_before_the_verb_is_its_indirect_object() -> None:
    doc = parsed("La Russie leur a accordé l'asile politique.")
    them = doc.tokens[tok(doc, "leur")]
    assert them.head == tok(doc, "accordé") and them.dep == "iobj"
    assert [t.text for t in doc.tokens if t.dep == "nsubj"] == ["Russie"]


def test_a_stressed_pronoun_opening_a_sentence_stays_the_subject() -> None:
    toks = built([("Lui", "PRON", "nsubj", 2), ("a", "AUX", "aux:tense", 2), ("refusé", "VERB", "ROOT", 2)])
    assert repair(toks, "fr")[0].dep == "nsubj"


@pytest.mark.models
def test_a_finite_verb_after_an_infinitive_is_coordinated_with_the_verb_that_has_the_subject() -> None:
    doc = parsed("L'Union africaine a menacé mardi de suspendre le pays si la junte n'était pas partie d'ici une "
                 "semaine, et a imposé des sanctions au régime.")
    imposed = doc.tokens[tok(doc, "imposé")]
    assert imposed.head == tok(doc, "menacé") and imposed.dep == "conj"


def test_an_infinitive_coordinated_with_an_infinitive_stays_there() -> None:
    # « a décidé de rappeler son ambassadeur et de fermer sa frontière »
    toks = built([("a", "AUX", "aux:tense", 1), ("décidé", "VERB", "ROOT", 1), ("de", "ADP", "mark", 3),
                  ("rappeler", "VERB", "xcomp", 1), ("et", "CCONJ", "cc", 6), ("de", "ADP", "mark", 6),
                  ("fermer", "VERB", "conj", 3)],
                 {0: "Mood=Ind|VerbForm=Fin", 3: "VerbForm=Inf", 6: "VerbForm=Inf"})
    assert repair(toks, "fr")[6].head == 3

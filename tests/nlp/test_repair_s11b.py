"""Parse repairs of reporting asides with the speaker after the verb and of an auxiliary cut from its participle
by an inserted phrase. Original sentences; the parsed ones are misparsed by fr_core_news_sm 3.8 without the
repair, the hand-built ones copy a parse the model makes in longer sentences."""

from __future__ import annotations

import pytest

from newsgraph.nlp import parse_many
from newsgraph.nlp.document import Document, Token
from newsgraph.nlp.repair import repair


def parsed(text: str) -> Document:
    return next(parse_many([text], "fr"))


def tok(doc: Document, word: str, nth: int = 0) -> int:
    return [t.i for t in doc.tokens if t.text == word][nth]


def built(words: list[tuple[str, str, str, int]], morph: dict[int, str] | None = None,
          lemma: dict[int, str] | None = None) -> list[Token]:
    """Tokens of a hand-built parse: (text, pos, dep, head) each; `morph` and `lemma` by index."""
    return [Token(i=i, text=w, idx=i * 16, lemma=(lemma or {}).get(i, w.lower()), pos=p, dep=d, head=h, sent=0,
                  morph=(morph or {}).get(i, "")) for i, (w, p, d, h) in enumerate(words)]


FIN_SING = "Mood=Ind|Number=Sing|Person=3|Tense=Pres|VerbForm=Fin"
PART = "Gender=Masc|Number=Sing|Tense=Past|VerbForm=Part"


@pytest.mark.models
def test_the_speaker_after_a_reporting_verb_is_its_subject_and_the_verb_hangs_on_the_clause_it_reports() -> None:
    doc = parsed("Trois militants ont été arrêtés mardi à Niamey, a indiqué l'Association nigérienne des droits "
                 "de l'homme.")
    toks = doc.tokens
    said, association = tok(doc, "indiqué"), tok(doc, "Association")
    assert (toks[said].head, toks[said].dep) == (tok(doc, "arrêtés"), "parataxis")
    assert (toks[association].head, toks[association].dep) == (said, "nsubj")
    assert toks[tok(doc, "arrêtés")].dep == "ROOT"


@pytest.mark.models
def test_a_day_between_the_reporting_verb_and_its_speaker_is_a_time_modifier() -> None:
    doc = parsed("Le Mali a fermé sa frontière avec l'Algérie, a annoncé jeudi le ministère de la Sécurité.")
    toks = doc.tokens
    announced = tok(doc, "annoncé")
    assert (toks[announced].head, toks[announced].dep) == (tok(doc, "fermé"), "parataxis")
    assert (toks[tok(doc, "ministère")].head, toks[tok(doc, "ministère")].dep) == (announced, "nsubj")
    assert (toks[tok(doc, "jeudi")].head, toks[tok(doc, "jeudi")].dep) == (announced, "obl:mod")


def test_a_reporting_verb_read_as_the_root_gives_the_sentence_back_to_the_clause_it_reports() -> None:
    # « Le président ne s'est pas rendu à Abuja, a confirmé la présidence », read with « confirmé » as the root,
    # the clause before as its adverbial and the speaker as its complement
    toks = built([("Le", "DET", "det", 1), ("président", "NOUN", "nsubj", 4), ("s'", "PRON", "expl:comp", 4),
                  ("est", "AUX", "aux:tense", 4), ("rendu", "VERB", "advcl", 9), ("à", "ADP", "case", 6),
                  ("Abuja", "PROPN", "obl:arg", 4), (",", "PUNCT", "punct", 9), ("a", "AUX", "aux:tense", 9),
                  ("confirmé", "VERB", "ROOT", 9), ("la", "DET", "det", 11), ("présidence", "NOUN", "obl:mod", 9),
                  (".", "PUNCT", "punct", 9)],
                 {3: FIN_SING, 4: PART, 8: FIN_SING, 9: PART, 11: "Gender=Fem|Number=Sing"},
                 {3: "être", 4: "rendre", 8: "avoir", 9: "confirmer"})
    out = repair(toks, "fr")
    assert (out[4].head, out[4].dep) == (4, "ROOT")
    assert (out[9].head, out[9].dep) == (4, "parataxis")
    assert (out[11].head, out[11].dep) == (9, "nsubj")
    assert out[12].head == 4 and out[7].head == 9


def test_a_quoted_predicate_read_as_the_reporting_verb_s_subject_is_the_sentence_s_head() -> None:
    # « « La ville est une forteresse », a ajouté le maire », with the predicate noun as the subject of « ajouté »
    toks = built([("«", "PUNCT", "punct", 5), ("La", "DET", "det", 2), ("ville", "NOUN", "nsubj", 5),
                  ("est", "AUX", "cop", 5), ("une", "DET", "det", 5), ("forteresse", "NOUN", "nsubj", 9),
                  ("»", "PUNCT", "punct", 5), (",", "PUNCT", "punct", 9), ("a", "AUX", "aux:tense", 9),
                  ("ajouté", "VERB", "ROOT", 9), ("le", "DET", "det", 11), ("maire", "NOUN", "obj", 9),
                  (".", "PUNCT", "punct", 9)],
                 {3: FIN_SING, 8: FIN_SING, 9: PART, 11: "Gender=Masc|Number=Sing"},
                 {3: "être", 8: "avoir", 9: "ajouter"})
    out = repair(toks, "fr")
    assert (out[5].head, out[5].dep) == (5, "ROOT")
    assert (out[9].head, out[9].dep) == (5, "parataxis")
    assert (out[11].head, out[11].dep) == (9, "nsubj")
    assert (out[2].head, out[2].dep) == (5, "nsubj")


def test_an_object_that_does_not_agree_with_the_reporting_verb_is_no_speaker() -> None:
    # « Le Niger a fermé sa frontière, a dénoncé ses voisins »: two acts of one subject
    toks = built([("Le", "DET", "det", 1), ("Niger", "PROPN", "nsubj", 3), ("a", "AUX", "aux:tense", 3),
                  ("fermé", "VERB", "ROOT", 3), ("sa", "DET", "det", 5), ("frontière", "NOUN", "obj", 3),
                  (",", "PUNCT", "punct", 8), ("a", "AUX", "aux:tense", 8), ("dénoncé", "VERB", "conj", 3),
                  ("ses", "DET", "det", 10), ("voisins", "NOUN", "obj", 8), (".", "PUNCT", "punct", 3)],
                 {2: FIN_SING, 3: PART, 7: FIN_SING, 8: PART, 10: "Gender=Masc|Number=Plur"},
                 {2: "avoir", 7: "avoir", 8: "dénoncer"})
    assert repair(toks, "fr") == toks


def test_a_reporting_verb_after_a_subject_set_off_by_commas_keeps_its_object() -> None:
    # « Le ministre, Ahmed Attaf, a averti jeudi le Mali »: no clause before the comma, the Mali is warned
    toks = built([("Le", "DET", "det", 1), ("ministre", "NOUN", "ROOT", 1), (",", "PUNCT", "punct", 3),
                  ("Attaf", "PROPN", "appos", 1), (",", "PUNCT", "punct", 6), ("a", "AUX", "aux:tense", 6),
                  ("averti", "VERB", "conj", 1), ("jeudi", "NOUN", "obl:mod", 6), ("le", "DET", "det", 9),
                  ("Mali", "PROPN", "obj", 6)],
                 {5: FIN_SING, 6: PART, 9: "Gender=Masc|Number=Sing"}, {5: "avoir", 6: "avertir"})
    assert repair(toks, "fr") == toks


@pytest.mark.models
def test_a_participle_after_an_inserted_phrase_heads_the_clause_with_its_auxiliary_and_object() -> None:
    doc = parsed("Le Niger a à son tour rompu ses relations diplomatiques avec l'Ukraine.")
    toks = doc.tokens
    broke = tok(doc, "rompu")
    assert (toks[broke].head, toks[broke].dep, toks[broke].pos) == (broke, "ROOT", "VERB")
    assert [(toks[tok(doc, w)].head, toks[tok(doc, w)].dep) for w in ("Niger", "a", "relations")] == \
        [(broke, "nsubj"), (broke, "aux:tense"), (broke, "obj")]
    assert toks[tok(doc, "tour")].head == broke


@pytest.mark.models
def test_a_participle_read_as_an_adjective_of_the_inserted_phrase_takes_the_subject_and_the_object() -> None:
    doc = parsed("La Russie a de son côté livré des hélicoptères au Mali.")
    toks = doc.tokens
    delivered = tok(doc, "livré")
    assert (toks[delivered].dep, toks[delivered].pos) == ("ROOT", "VERB")
    assert [(toks[tok(doc, w)].head, toks[tok(doc, w)].dep) for w in ("Russie", "a", "hélicoptères")] == \
        [(delivered, "nsubj"), (delivered, "aux:tense"), (delivered, "obj")]


@pytest.mark.models
def test_a_subject_hung_on_the_auxiliary_across_an_inserted_phrase_is_the_participle_s() -> None:
    doc = parsed("Le gouvernement a, selon un communiqué, suspendu les activités des partis politiques.")
    toks = doc.tokens
    assert (toks[tok(doc, "gouvernement")].head, toks[tok(doc, "gouvernement")].dep) == \
        (tok(doc, "suspendu"), "nsubj")
    assert toks[tok(doc, "a")].pos == "AUX"


def test_an_auxiliary_with_its_participle_right_after_it_is_left_alone() -> None:
    toks = built([("Le", "DET", "det", 1), ("Mali", "PROPN", "nsubj", 3), ("a", "AUX", "aux:tense", 3),
                  ("suspendu", "VERB", "ROOT", 3), ("les", "DET", "det", 5), ("vols", "NOUN", "obj", 3)],
                 {2: FIN_SING, 3: PART}, {2: "avoir"})
    assert repair(toks, "fr") == toks


@pytest.mark.models
def test_a_preposition_before_a_quoted_phrase_is_its_case_not_the_guillemet_s() -> None:
    doc = parsed("Bamako a qualifié ces accusations de « sans fondement » et de « mensongères ».")
    toks = doc.tokens
    ground = tok(doc, "fondement")
    assert (toks[tok(doc, "de")].head, toks[tok(doc, "de")].dep) == (ground, "case")
    assert (toks[tok(doc, "«")].head, toks[tok(doc, "«")].dep, toks[tok(doc, "«")].pos) == (ground, "punct", "PUNCT")
    assert toks[ground].head == tok(doc, "qualifié")


@pytest.mark.models
def test_a_day_after_a_quoted_adjective_is_the_verb_s_time_and_gives_the_adjective_its_complement() -> None:
    doc = parsed("Le ministre s'est dit « optimiste » lundi quant à l'issue des discussions avec Alger.")
    toks = doc.tokens
    said, hopeful = tok(doc, "dit"), tok(doc, "optimiste")
    assert (toks[tok(doc, "lundi")].head, toks[tok(doc, "lundi")].dep) == (said, "obl:mod")
    assert toks[tok(doc, "issue")].head == hopeful

"""Acts told as nouns under a verb of announcing (« a annoncé le retour de l'ambassadeur », "announced the
withdrawal of its troops"): the announcer does them, and their other side comes from the noun's complements.
Original sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.actors.resolve import ActorStage
from newsgraph.ingest.readers import RawArticle
from newsgraph.models import Record
from newsgraph.nlp.models import parse
from newsgraph.pipeline import new_record

Coder = Callable[..., Record]
Codes = Callable[..., set[tuple[str | None, str | None, str]]]


def test_the_return_home_of_an_ambassador_is_a_recall_from_where_it_was_posted(
        code: Coder, coded: Codes) -> None:
    rec = code("Le président sénégalais a annoncé mardi soir le retour à Dakar de l'ambassadeur en Gambie.", "fr")
    got = coded(rec, roots=True, asserted_only=True)
    assert ("SEN", "GMB", "16") in got, got
    assert not any(t == "SEN" for s, t, r in got if r == "16"), got


def test_an_ambassador_in_the_sentence_of_a_named_leader_is_not_that_leader() -> None:
    text = "Emmanuel Macron a annoncé dimanche le rappel de l'ambassadeur au Niger."
    doc = parse(text, "fr")
    ActorStage()(new_record(RawArticle(text=text, path="t.txt", language="fr")), doc)
    envoy = [m for m in doc.annotations["mentions"] if text[doc.tokens[m.start].idx:].startswith("ambassadeur")]
    assert all(m.actor.name != "Emmanuel Macron" for m in envoy), envoy


def test_troops_withdrawn_from_where_they_were_deployed(code: Coder, coded: Codes) -> None:
    rec = code("Le Niger a exigé le départ des troupes étrangères de son territoire. Le retrait des soldats "
               "allemands déployés dans le pays s'est achevé lundi.", "fr")
    got = coded(rec, roots=True, asserted_only=True)
    assert ("DEU", "NER", "16") in got, got


def test_the_heads_of_state_of_a_list_of_countries_sign_together(code: Coder) -> None:
    rec = code("Les chefs d'État du Tchad, du Cameroun et du Gabon ont signé mardi à Malabo une charte de sécurité "
               "commune.", "fr")
    pairs = {frozenset((e.source.country, e.target.country)) for e in rec.events
             if e.root == "05" and e.source and e.target}
    assert pairs == {frozenset(p) for p in (("TCD", "CMR"), ("TCD", "GAB"), ("CMR", "GAB"))}, rec.events


def test_where_an_agreement_is_signed_is_no_party_to_it(code: Coder) -> None:
    rec = code("Le président serbe et le Premier ministre albanais ont paraphé jeudi à la Maison Blanche un "
               "accord économique.", "fr")
    assert not any(e.target is not None and e.target.country == "USA" for e in rec.events), rec.events


def test_what_is_given_back_is_no_party_the_one_it_goes_back_to_is(code: Coder) -> None:
    rec = code("Les autorités maliennes ont refusé mardi de restituer à la société Barrick le stock d'or de la "
               "société Somilo.", "fr")
    aimed = {e.target.name for e in rec.events if e.target is not None}
    assert any("Barrick" in (n or "") for n in aimed) and not any("Somilo" in (n or "") for n in aimed), aimed


def test_foreign_forces_arriving_in_a_country_cooperate_militarily_with_it(code: Coder) -> None:
    rec = code("Une centaine de militaires russes sont arrivés jeudi à Bamako, où ils doivent assurer la sécurité "
               "du palais présidentiel.", "fr")
    assert any(e.cameo in ("062", "074") and e.source.country == "RUS" and e.target.country == "MLI"
               for e in rec.events if e.source and e.target), rec.events
    rec = code("Le ministre turc de la Défense est arrivé lundi à Tripoli.", "fr")
    assert not any(e.cameo == "062" for e in rec.events), rec.events  # an official's visit stays a visit


def test_a_named_force_speaks_for_the_soldiers_it_is_made_of(code: Coder) -> None:
    rec = code("Une centaine de militaires russes de l'Africa Corps sont arrivés jeudi à Bamako.", "fr")
    assert any(e.source and e.source.name == "Africa Corps" for e in rec.events), rec.events

"""Violence told from the victims' side: deaths in blasts and attacks, tolls, ambushes suffered, targets of
attacks. Original sentences in the style of Sahel security reporting."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Event, Record

Coder = Callable[..., Record]


def violent(rec: Record) -> list[Event]:
    return [e for e in rec.events if e.root in ("18", "19") and e.modality == "asserted"]


def test_dying_in_a_bomb_blast_is_a_bombing_by_an_unidentified_group(code: Coder) -> None:
    for text, lang, country in [
        ("Four Nigerien soldiers died in a roadside bomb explosion near Ayorou on Tuesday.", "en", "NER"),
        ("Two gendarmes were killed on Monday in a blast targeting their convoy north of Kaya.", "en", "BFA"),
        ("Deux gendarmes maliens sont morts dans l'explosion d'une bombe artisanale au passage de leur convoi.",
         "fr", "MLI"),
    ]:
        events = violent(code(text, lang))
        assert [(e.source.code, e.root) for e in events if e.source] == [("UAG", "18")], text
        assert events[0].target is not None and events[0].target.country == country, text


def test_a_killing_participle_is_the_toll_of_the_blast_it_follows(code: Coder) -> None:
    events = violent(code("A car bomb exploded outside a police station in Mogadishu on Saturday, killing six "
                          "officers.", "en"))
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [("1832", "SOM")]
    events = violent(code("Une moto piégée a explosé lundi près d'un marché de Tillabéri, tuant au moins quatre "
                          "civils nigériens.", "fr"))
    assert [(e.root, e.target.country if e.target else None) for e in events] == [("18", "NER")]


def test_who_suffers_an_attack_is_its_target(code: Coder) -> None:
    events = violent(code("L'armée burkinabè a subi dimanche une embuscade meurtrière près de Djibo.", "fr"))
    assert [(e.source.code if e.source else None, e.target.country if e.target else None) for e in events] == \
        [("UAG", "BFA")]
    events = violent(code("Nine Nigerian soldiers lost their lives in an ambush in Borno State on Friday.", "en"))
    assert [e.target.country for e in events if e.target] == ["NGA"]
    assert not violent(code("The minister died in a car crash on Friday.", "en"))
    assert not code("Le maire a trouvé un accord avec les commerçants lundi.", "fr").events


def test_the_target_of_an_attack_carried_out_by_a_group_is_attacked_by_it(code: Coder) -> None:
    events = violent(code("Le poste de Tessit a été la cible samedi d'une attaque menée par des combattants de "
                          "l'État islamique au Sahel.", "fr"))
    assert [(e.source.code, e.target.country) for e in events if e.source and e.target] == [("ISSP", "MLI")]


def test_a_demand_for_a_release_is_aimed_at_whoever_holds_the_captives(code: Coder) -> None:
    rec = code("Four Malian truck drivers were detained on Monday by Senegalese customs officers in Kidira. Bamako "
               "demanded their immediate release.", "en")
    assert [e.target.country for e in rec.events if e.cameo == "1053" and e.target] == ["SEN"]
    rec = code("Le gouvernement togolais a réclamé mardi la libération de deux ressortissants togolais détenus par "
               "les autorités burkinabè.", "fr")
    assert [e.target.country for e in rec.events if e.cameo == "1053" and e.target] == ["BFA"]
    rec = code("Deux ingénieurs chinois ont été enlevés par des hommes armés près de Kayes. Pékin a demandé leur "
               "libération.", "fr")
    assert [e.target.code for e in rec.events if e.cameo == "1053" and e.target] == ["UAG"]


def test_a_participle_with_an_agent_names_who_did_the_act_and_to_whom(code: Coder) -> None:
    rec = code("La plainte déposée par le Mali contre l'Algérie devant la Cour internationale de justice a été jugée "
               "recevable.", "fr")
    assert [(e.source.country, e.target.country) for e in rec.events if e.root == "11" and e.source and e.target] \
        == [("MLI", "DZA")]
    for text, lang in [("L'Ukraine, accusée par Bamako de soutenir les groupes armés, a démenti toute implication.",
                        "fr"),
                       ("Ukraine, accused by Mali of backing armed groups, denied any involvement on Monday.", "en")]:
        rec = code(text, lang)
        assert [(e.source.country, e.target.country) for e in rec.events
                if e.cameo == "112" and e.modality == "asserted" and e.source and e.target] == [("MLI", "UKR")], text

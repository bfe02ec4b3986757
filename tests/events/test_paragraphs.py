"""Paragraphs, not sentences: what a later sentence says about actors and acts named in an earlier one ("the
minister", « le gouvernement », "condemned the attack"). Original paragraphs."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]
Codes = Callable[..., set[tuple[str | None, str | None, str]]]


def test_a_reaction_to_an_attack_told_two_sentences_before_is_aimed_at_its_doer(
        code: Coder, coded: Codes) -> None:
    text = ("Sudan's paramilitary forces shelled the Chadian border town of Adre on Sunday, killing four people, "
            "local officials said. Chadian troops were placed on alert along the frontier and schools were closed. "
            "N'Djamena condemned the attack on Monday.")
    got = coded(code(text, "en"), roots=True, asserted_only=True)
    assert any(s == "TCD" and r == "11" and t == "SDN" for s, t, r in got), got


def test_a_reaction_prefers_the_act_it_names_over_the_last_act_told(code: Coder, coded: Codes) -> None:
    text = ("Des drones turcs ont frappé jeudi des positions kurdes dans le nord de l'Irak, selon les autorités "
            "locales. Le Kurdistan irakien a également accueilli une délégation iranienne le même jour. "
            "Bagdad a condamné l'attaque.")
    got = coded(code(text, "fr"), roots=True, asserted_only=True)
    assert ("IRQ", "TUR", "11") in got and ("IRQ", "IRN", "11") not in got, got


def test_the_minister_in_a_later_sentence_acts_for_the_minister_named_before(
        code: Coder, coded: Codes) -> None:
    text = ("Togolese Foreign Minister Robert Dussey arrived in Niamey on Monday for talks on regional security. "
            "The minister later criticised ECOWAS for its sanctions policy.")
    got = coded(code(text, "en"), roots=True, asserted_only=True)
    assert any(s == "TGO" and r == "11" for s, t, r in got), got


def test_the_government_in_a_later_sentence_is_the_state_named_before(code: Coder, coded: Codes) -> None:
    text = ("Les autorités guinéennes ont suspendu lundi la diffusion de deux radios privées. "
            "Le gouvernement a accusé le Sénégal d'héberger des opposants.")
    got = coded(code(text, "fr"), roots=True, asserted_only=True)
    assert ("GIN", "SEN", "11") in got, got


def test_a_toll_counted_since_a_year_long_past_is_background(code: Coder, coded: Codes) -> None:
    rec = code("Le conflit a fait plus de 6 000 morts dans la région de Tillabéri depuis 2017, selon un décompte de "
               "l'ONG Acled.", "fr", date="2025-03-02")
    assert not [c for c in coded(rec, roots=True, asserted_only=True) if c[2] in ("18", "19", "20")]
    rec = code("Armed groups have abducted more than 900 students in Zamfara since March, a local monitor said.",
               "en", date="2025-11-20")
    assert not [c for c in coded(rec, roots=True, asserted_only=True) if c[2] == "18"]


def test_an_act_counted_from_a_recent_start_is_still_news(code: Coder, coded: Codes) -> None:
    rec = code("Police in Lome have arrested about sixty protesters since Monday, a rights group said.", "en",
               date="2025-06-27")
    assert [c for c in coded(rec, roots=True, asserted_only=True) if c[2] == "17"]
    rec = code("Les otages détenus depuis mars 2024 à Gao ont été libérés jeudi par le JNIM.", "fr",
               date="2025-06-27")
    assert [c for c in coded(rec, roots=True, asserted_only=True) if c[2] == "08"]


def test_a_vow_to_strike_back_is_aimed_at_whoever_struck(code: Coder) -> None:
    def vows(rec: Record) -> set[tuple[str | None, str | None]]:
        return {(e.source.country if e.source else None, e.target.country if e.target else None)
                for e in rec.events if e.root == "13"}

    assert ("ARM", "AZE") in vows(code(
        "Azerbaijani forces shelled Armenian positions near Sotk on Tuesday, the Armenian defence ministry said. "
        "Yerevan vowed to retaliate in a manner of its choosing.", "en"))
    assert ("COD", "RWA") in vows(code(
        "L'armée rwandaise a bombardé lundi des positions congolaises près de Goma. Kinshasa a promis de riposter.",
        "fr"))


def test_the_two_heads_of_state_are_the_visitor_and_the_host_found_through_the_place(
        code: Coder, coded: Codes) -> None:
    text = ("Gambian President Adama Barrow arrived in Dakar on Tuesday for a two-day visit. "
            "The two heads of state signed an agreement on the management of the Gambia river.")
    got = coded(code(text, "en"), roots=True, asserted_only=True)
    assert any({s, t} == {"GMB", "SEN"} and r == "05" for s, t, r in got), got

"""Quotes, claims, actors, stance and narratives in the store, on both backends, over hand-built records:
the queries behind `newsgraph actors|quotes|claims`, the speaker/technique/narrative event filters and the
places, speakers and narrative aggregations."""

from __future__ import annotations

import pytest
from store.framing_fixture import build

from newsgraph.errors import UsageError
from newsgraph.store import open_store
from newsgraph.store.filters import ActorFilter, ClaimFilter, EventFilter, QuoteFilter
from newsgraph.store.queries import (
    count_claims,
    count_quotes,
    get_article,
    list_actors,
    list_claims,
    list_events,
    list_quotes,
    narrative_trends,
    quotes_by_speaker,
    top_places,
)


@pytest.fixture
def s(db_url: str):
    store = open_store(db_url)
    store.ids = build(store)
    yield store
    store.close()


def test_actors_with_mention_and_event_counts(s) -> None:
    rows = {r["id"]: r for r in list_actors(s)}
    assert rows["RUSGOV"]["mentions"] == 5 and rows["RUSGOV"]["articles"] == 3 and rows["RUSGOV"]["events"] == 3
    assert rows["MLIGOV"]["events"] == 3 and rows["FRAGOV"]["events"] == 0 and rows["FRAGOV"]["mentions"] == 1
    assert list_actors(s)[0]["id"] == "RUSGOV"  # most mentioned first
    by_alias = list_actors(s, ActorFilter(name="kremlin"))
    assert [r["id"] for r in by_alias] == ["RUSGOV"]
    assert {r["id"] for r in list_actors(s, ActorFilter(name="assimi goita"))} == {"Q57358553"}  # an alias
    assert {r["id"] for r in list_actors(s, ActorFilter(name="Goïta"))} == {"Q57358553"}
    assert {r["id"] for r in list_actors(s, ActorFilter(country="MLI"))} == {"MLIGOV", "Q57358553"}
    assert {r["id"] for r in list_actors(s, ActorFilter(kind="NGO"))} == {"name:sahel solidarity campaign network"}


def test_actor_counts_follow_date_language_and_outlet(s) -> None:
    april = {r["id"]: r for r in list_actors(s, ActorFilter(date_from="2025-04-01"))}
    assert set(april) == {"RUSGOV", "MLIGOV"}
    assert april["RUSGOV"]["mentions"] == 2 and april["RUSGOV"]["events"] == 1
    fr = {r["id"] for r in list_actors(s, ActorFilter(language="fr"))}
    assert fr == {"Q57358553", "RUSGOV", "MLIGOV"}
    wire = {r["id"]: r for r in list_actors(s, ActorFilter(outlet="Wire"))}
    assert wire["RUSGOV"]["events"] == 2 and "Q57358553" not in wire
    assert [r["id"] for r in list_actors(s, limit=1, offset=1)] == [list_actors(s)[1]["id"]]


def test_quotes_by_speaker_words_and_kind(s) -> None:
    everything = list_quotes(s)
    assert len(everything) == 3 == count_quotes(s)
    assert everything[0]["date"] == "2025-04-02"  # newest first
    goita = list_quotes(s, QuoteFilter(speaker="Assimi Goïta"))
    assert [q["text"] for q in goita] == ["Nous ne céderons jamais."]
    g = goita[0]
    assert g["speaker"] == "Assimi Goïta" and g["cue"] == "said" and g["direct"] is True
    assert g["article_id"] == s.ids[0] and g["url"] == "https://example.org/0"
    text = get_article(s, s.ids[0])["text"]
    assert text[g["start_char"]:g["end_char"]] == g["text"]
    assert {q["speaker_id"] for q in list_quotes(s, QuoteFilter(speaker="MLI"))} == {"Q57358553"}
    assert {q["speaker_id"] for q in list_quotes(s, QuoteFilter(speaker="RUSGOV"))} == {"RUSGOV"}
    assert [q["cue"] for q in list_quotes(s, QuoteFilter(q="LIES amount"))] == ["warned"]
    assert [q["direct"] for q in list_quotes(s, QuoteFilter(direct=False))] == [False]
    assert len(list_quotes(s, QuoteFilter(direct=True, language="en"))) == 1
    assert count_quotes(s, QuoteFilter(date_to="2025-03-31")) == 2
    assert list_quotes(s, QuoteFilter(article=s.ids[1]))[0]["speaker"] == "Sahel Solidarity Campaign Network"


def test_claims_by_speaker_about_and_polarity(s) -> None:
    net = list_claims(s, ClaimFilter(speaker="the Network"))
    assert len(net) == 2
    assert {(c["about"][0]["code"], c["about"][0]["polarity"]) for c in net} == {("RUSGOV", 1), ("FRAGOV", -1)}
    neg = list_claims(s, ClaimFilter(polarity=-1))
    assert [c["text"] for c in neg] == ["France was hostile"]
    assert count_claims(s, ClaimFilter(about="RUS")) == 2
    assert count_claims(s, ClaimFilter(about="RUS", polarity="negative")) == 0
    assert count_claims(s, ClaimFilter(about="Paris", polarity="-1")) == 1
    with pytest.raises(UsageError, match="polarity"):
        ClaimFilter(polarity="2").validate()


def test_article_carries_claims_and_stance(s) -> None:
    art = get_article(s, s.ids[1])
    assert [c["text"] for c in art["claims"]] == ["Russia has stood alongside the region's governments",
                                                  "France was hostile"]
    assert {(st["actor"]["id"], st["role"]) for st in art["stance"]} == {("RUSGOV", "protagonist"),
                                                                         ("FRAGOV", "antagonist")}


def test_event_filters_by_speaker_technique_and_narrative(s) -> None:
    def arts(**kw) -> set[str]:
        return {e["article_id"] for e in list_events(s, EventFilter(**kw))}

    assert arts(speaker="Goïta") == {s.ids[0]}
    assert arts(speaker="RUS") == {s.ids[2]}
    assert arts(technique="Loaded_Language") == {s.ids[2]}
    assert arts(narrative="RUSSIA_RELIABLE_PARTNER") == {s.ids[1], s.ids[2]}
    assert arts(narrative="russia_reliable_partner", technique="Flag_Waving") == {s.ids[1]}
    assert arts(narrative="Security_and_defense") == set()  # a frame, not a narrative
    with pytest.raises(UsageError, match="technique"):
        EventFilter(technique="x'; DROP TABLE events;--").validate()


def test_top_places_and_quotes_by_speaker(s) -> None:
    places = top_places(s)
    assert [(p["place"], p["events"]) for p in places] == [("Bamako", 2), ("Gao", 1)]
    assert [p["place"] for p in top_places(s, EventFilter(root="05", date_from="2025-04-01"))] == ["Bamako"]
    speakers = quotes_by_speaker(s)
    assert {r["id"]: r["quotes"] for r in speakers} == {"Q57358553": 1, "RUSGOV": 1,
                                                        "name:sahel solidarity campaign network": 1}
    assert [r["id"] for r in quotes_by_speaker(s, QuoteFilter(language="fr"))] == ["Q57358553"]


def test_narrative_trends_per_period_and_outlet(s) -> None:
    rows = narrative_trends(s, interval="month")
    got = {(r["period"], r["narrative"]): r["articles"] for r in rows}
    assert got == {("2025-03", "russia_reliable_partner"): 1, ("2025-03", "sovereignty_against_interference"): 1,
                   ("2025-03", "west_hostile"): 1, ("2025-04", "russia_reliable_partner"): 1}
    by_outlet = narrative_trends(s, interval="month", by_outlet=True, name="russia_reliable_partner")
    assert [(r["period"], r["outlet"], r["articles"]) for r in by_outlet] == [("2025-03", "Wire", 1),
                                                                               ("2025-04", "Wire", 1)]
    weeks = narrative_trends(s, interval="week", language="fr")
    assert weeks == [{"period": "2025-W10", "narrative": "sovereignty_against_interference", "articles": 1}]
    with pytest.raises(UsageError):
        narrative_trends(s, interval="year")


def test_rewriting_an_article_replaces_its_claims(s) -> None:
    from newsgraph.models import Record
    from newsgraph.store import writes

    art = get_article(s, s.ids[1])
    bare = Record(id=art["id"], path=None, url=None, title=None, source=None, date=art["date"], language="en",
                  text=art["text"], coder="test-2")
    with s.transaction():
        writes.replace_derived(s, bare)
    assert count_claims(s, ClaimFilter(speaker="the Network")) == 0
    assert int(s.scalar("SELECT COUNT(*) FROM claim_about")) == 1  # only the third article's

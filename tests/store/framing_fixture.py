"""Hand-built records with quotes, claims, stance, techniques and narratives, written through the store's
write path (no models), shared by the store, CLI and API tests."""

from __future__ import annotations

from newsgraph.events.lexicon import code_info
from newsgraph.ingest.readers import RawArticle, ReadResult
from newsgraph.ingest.text import article_id
from newsgraph.load import ingest
from newsgraph.models import (
    Actor,
    Claim,
    Event,
    Frame,
    Mention,
    Place,
    Quote,
    Record,
    Stance,
    Technique,
    event_id,
)
from newsgraph.store import writes
from newsgraph.store.db import Store

RUS = Actor(id="RUSGOV", name="Russia (government)", code="RUSGOV", country="RUS", kind="GOV",
            aliases=("Moscow", "Kremlin"))
MLI = Actor(id="MLIGOV", name="Mali (government)", code="MLIGOV", country="MLI", kind="GOV", aliases=("Bamako",))
GOITA = Actor(id="Q57358553", name="Assimi Goïta", code="MLIGOV", country="MLI", kind="GOV", wikidata="Q57358553",
              aliases=("Goïta", "Assimi Goita"))
FRA = Actor(id="FRAGOV", name="France (government)", code="FRAGOV", country="FRA", kind="GOV", aliases=("Paris",))
NET = Actor(id="name:sahel solidarity campaign network", name="Sahel Solidarity Campaign Network", code=None,
            kind="NGO", aliases=("the Network",))
BAMAKO = Place(name="Bamako", country="MLI", admin1="Bamako", lat=12.65, lon=-8.0, precision="city", span=(0, 0))
GAO = Place(name="Gao", country="MLI", admin1="Gao", lat=16.27, lon=-0.04, precision="city", span=(0, 0))


def _span(text: str, words: str) -> tuple[int, int]:
    i = text.index(words)
    return (i, i + len(words))


def _event(aid: str, text: str, src: Actor, tgt: Actor, cameo: str, date: str, place: Place | None) -> Event:
    c = code_info(cameo)
    span = (0, len(text))
    return Event(id=event_id(aid, span, cameo, src.id, tgt.id), source=src, target=tgt, cameo=cameo, root=c.root,
                 label=c.name, plover=c.plover, quad_class=c.quad_class, goldstein=c.goldstein, date=date,
                 date_precision="day", location=place, modality="asserted", confidence=0.8, sentence=0, span=span,
                 evidence=text, coder="test-1")


ARTICLES = [
    # text, date, language, outlet
    ("Assimi Goïta said: « Nous ne céderons jamais. » Russia met Mali in Bamako on Monday.",
     "2025-03-03", "fr", "Gazette"),
    ("The Network said Russia has stood alongside the region's governments while France was hostile. "
     "Moscow praised Mali in Gao.", "2025-03-20", "en", "Wire"),
    ("The Kremlin warned that \"no amount of lies\" would stop it. Mali thanked Russia in Bamako.",
     "2025-04-02", "en", "Wire"),
]


def build(store: Store) -> list[str]:
    """Store the three articles with their derived records; returns their ids in order."""
    ids = []
    for i, (text, date, lang, outlet) in enumerate(ARTICLES):
        raw = RawArticle(text=text, path=f"f{i}.txt", date=date, language=lang, source=outlet,
                         url=f"https://example.org/{i}")
        ingest([], store, nlp=False, results=[ReadResult(f"f{i}.txt", text.encode(), [raw], format="text")])
        aid = article_id(text)
        ids.append(aid)
        record = Record(id=aid, path=raw.path, url=f"https://example.org/{i}", title=None, source=outlet, date=date,
                        language=lang, text=text, coder="test-1", **_derived(i, aid, text, date))
        with store.transaction():
            writes.replace_derived(store, record)
    return ids


def _derived(i: int, aid: str, text: str, date: str) -> dict[str, list]:
    if i == 0:
        q = _span(text, "Nous ne céderons jamais.")
        return {"mentions": [Mention(GOITA, _span(text, "Assimi Goïta"), 0), Mention(RUS, _span(text, "Russia"), 1),
                             Mention(MLI, _span(text, "Mali"), 1)],
                "events": [_event(aid, text, RUS, MLI, "040", date, BAMAKO)],
                "quotes": [Quote(GOITA, "Nous ne céderons jamais.", q, "said", True, 0, "test-1")],
                "techniques": [Technique("Slogans", q, "Nous ne céderons jamais.", 0.7, 0, "test-1")],
                "frames": [Frame("narrative", "sovereignty_against_interference", 0.8, (q,), "test-1")],
                "stance": [Stance(GOITA, "protagonist", (q,), "test-1")]}
    if i == 1:
        c1 = _span(text, "Russia has stood alongside the region's governments")
        c2 = _span(text, "France was hostile")
        return {"mentions": [Mention(NET, _span(text, "The Network"), 0), Mention(RUS, _span(text, "Russia"), 0),
                             Mention(FRA, _span(text, "France"), 0), Mention(RUS, _span(text, "Moscow"), 1)],
                "events": [_event(aid, text, RUS, MLI, "051", date, GAO)],
                "quotes": [Quote(NET, text[c1[0]:c2[1]], (c1[0], c2[1]), "said", False, 0, "test-1")],
                "claims": [Claim(NET, text[c1[0]:c1[1]], c1, ((RUS, 1),), 0, "test-1"),
                           Claim(NET, text[c2[0]:c2[1]], c2, ((FRA, -1),), 0, "test-1")],
                "stance": [Stance(RUS, "protagonist", (c1,), "test-1"), Stance(FRA, "antagonist", (c2,), "test-1")],
                "techniques": [Technique("Flag_Waving", c1, text[c1[0]:c1[1]], 0.6, 0, "test-1")],
                "frames": [Frame("narrative", "russia_reliable_partner", 0.9, (c1,), "test-1"),
                           Frame("narrative", "west_hostile", 0.7, (c2,), "test-1"),
                           Frame("frame", "Security_and_defense", 0.5, (c1,), "test-1")]}
    q = _span(text, "no amount of lies")
    return {"mentions": [Mention(RUS, _span(text, "Kremlin"), 0), Mention(MLI, _span(text, "Mali"), 1),
                         Mention(RUS, _span(text, "Russia"), 1)],
            "events": [_event(aid, text, MLI, RUS, "051", date, BAMAKO)],
            "quotes": [Quote(RUS, "no amount of lies", q, "warned", True, 0, "test-1")],
            "claims": [Claim(RUS, 'no amount of lies" would stop it', _span(text, 'no amount of lies" would stop it'),
                             ((RUS, 1),), 0, "test-1")],
            "techniques": [Technique("Loaded_Language", q, "no amount of lies", 0.8, 0, "test-1")],
            "frames": [Frame("narrative", "russia_reliable_partner", 0.6, (q,), "test-1")]}

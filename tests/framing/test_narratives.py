"""Narratives: shipped definitions validate, the seed tells its stories, neutral copy tells none, users add their own."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
import yaml

from newsgraph.errors import DataFileError
from newsgraph.framing import narratives as N
from newsgraph.framing.frames import DATA, split_sentences, text_hash
from newsgraph.ingest.readers import read_file
from newsgraph.pipeline import analyze

RUSSIA = "Russia as the reliable security partner"
WEST = "Western powers as hostile or neo-colonial"

NEUTRAL_EN = ("Russian military instructors arrived in Niamey on Thursday to train Nigerien troops, the defence "
              "ministry said in a statement. Niger's junta ended its military cooperation with France and the "
              "United States after the July 2023 coup. The three Sahel states left ECOWAS in January and have "
              "announced a joint force of 5,000 soldiers. About 1,000 American troops remained in the country "
              "until September, according to the Pentagon.")
NEUTRAL_FR = ("Les ministres des Affaires étrangères du Mali, du Burkina Faso et du Niger ont rencontré jeudi à "
              "Moscou leur homologue russe, Sergueï Lavrov, a indiqué le ministère malien. Les échanges ont porté "
              "sur la coopération sécuritaire, l'énergie et la formation. Les trois pays ont quitté la CEDEAO en "
              "janvier. La France a retiré ses derniers soldats du Niger en décembre 2023.")
ADVOCACY_FR = ("Dans un communiqué, le Front patriotique du Sahel dénonce « les néocolonialistes de Paris, qui "
               "n'ont jamais cessé de piller notre uranium ». Il affirme que l'ancienne puissance coloniale "
               "préférerait voir le Sahel brûler plutôt que libre. Le Front remercie la Russie, « partenaire "
               "fiable qui s'est tenu aux côtés de nos soldats quand d'autres nous abandonnaient ».")


@pytest.fixture
def fresh() -> Iterator[None]:
    """Forget loaded narratives around a test that changes NEWSGRAPH_NARRATIVES."""
    N.narratives.cache_clear()
    N.example_matrix.cache_clear()
    yield
    N.narratives.cache_clear()
    N.example_matrix.cache_clear()


def test_every_shipped_narrative_is_complete() -> None:
    ns = N.shipped()
    assert len(ns) >= 9 and len({n.name for n in ns}) == len(ns)
    for n in ns:
        assert n.description and n.cues["en"] is not None and n.cues["fr"] is not None, n.name
    doc = yaml.safe_load((DATA / N.SHIPPED).read_text(encoding="utf-8"))
    for row in doc["narratives"]:
        assert len(row["examples"]["en"]) >= 3 and len(row["examples"]["fr"]) >= 3, row["name"]
    names = {n.name for n in ns}
    assert {RUSSIA, WEST, "Sovereignty against foreign interference", "ECOWAS as a foreign instrument",
            "Terrorism sponsored by outside powers", "The juntas as illegitimate"} <= names


def test_the_shipped_embeddings_match_the_definitions() -> None:
    # after editing narratives.yaml or narratives_neutral.yaml, run `python -m newsgraph.framing.narratives`
    texts = N.shipped_sentences()
    with (DATA / "narratives_embeddings.npz").open("rb") as fh:
        data = np.load(fh)
        assert str(data["key"]) == text_hash(texts) and data["vectors"].shape == (len(texts), 512)


@pytest.mark.parametrize("text, lang", [(NEUTRAL_EN, "en"), (NEUTRAL_FR, "fr")])
def test_a_neutral_wire_report_tells_no_narrative(text: str, lang: str) -> None:
    assert N.find_narratives(text, lang) == []


def test_french_advocacy_tells_its_narratives_on_their_sentences() -> None:
    got = {f.name: f for f in N.find_narratives(ADVOCACY_FR, "fr")}
    assert WEST in got and RUSSIA in got, list(got)
    west = [ADVOCACY_FR[a:b] for a, b in got[WEST].spans]
    assert any("néocolonialistes" in s or "ancienne puissance coloniale" in s for s in west)
    assert all("Russie" in ADVOCACY_FR[a:b] for a, b in got[RUSSIA].spans)
    assert all(f.kind == "narrative" and 0 < f.score <= 1 and f.coder == N.CODER for f in got.values())


@pytest.mark.models
def test_the_seed_tells_russia_reliable_and_west_hostile(seed_dir: Path) -> None:
    art = read_file(str(next(seed_dir.glob("*.txt")))).articles[0]
    rec = next(analyze([art]))
    got = {f.name: f for f in rec.frames if f.kind == "narrative"}
    assert RUSSIA in got and WEST in got, list(got)
    west = " ".join(rec.text[a:b] for a, b in got[WEST].spans)
    assert "malicious propaganda" in west or "indifferent or even hostile" in west
    # the closing paragraph is neutral analysis: no narrative lives there
    closing = rec.text.index("Since its establishment in 2023")
    assert all(a < closing for f in got.values() for a, _ in f.spans)
    assert any(f.kind == "frame" for f in rec.frames)


def test_a_user_file_adds_a_narrative(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    (tmp_path / "mine.yaml").write_text(
        "narratives:\n"
        "  - name: Gold for the people\n"
        "    description: The mines must enrich Sahelians, not foreign companies.\n"
        "    examples:\n"
        "      en: [Our gold must enrich our people and not foreign mining companies.,\n"
        "           For too long the multinationals took our gold and left us the holes.]\n"
        "      fr: [Notre or doit enrichir notre peuple et non les sociétés minières étrangères.,\n"
        "           Trop longtemps, les multinationales ont pris notre or et nous ont laissé les trous.]\n"
        "    cues:\n"
        "      fr: [notre or, nos mines]\n", encoding="utf-8")
    monkeypatch.setenv(N.ENV, str(tmp_path))
    text = ("Notre or doit d'abord enrichir les Burkinabè et non les multinationales étrangères, a martelé le "
            "ministre.")
    got = [f.name for f in N.find_narratives(text, "fr")]
    assert "Gold for the people" in got
    assert RUSSIA in {n.name for n in N.narratives()}       # the shipped ones stay


@pytest.mark.parametrize("body, entry, reason", [
    ("narratives:\n  - name: Empty\n    description: no examples\n", "0 (Empty)", "at least one example"),
    ("narratives:\n  - name: Bad lang\n    examples:\n      de: [Ein Satz.]\n", "0 (Bad lang)", "unknown language"),
    ("narratives:\n  - name: Ok\n    examples:\n      en: [A sentence.]\n  - description: nameless\n", "1",
     "needs a 'name'"),
    ("narratives:\n  - name: Typo\n    exemples:\n      en: [A sentence.]\n", "0 (Typo)", "unknown key"),
    ("narratives: [\n", "-", "cannot be read as YAML"),
])
def test_a_bad_user_file_is_one_line_naming_file_and_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                            fresh: None, body: str, entry: str, reason: str) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(body, encoding="utf-8")
    monkeypatch.setenv(N.ENV, str(path))
    with pytest.raises(DataFileError) as err:
        N.narratives()
    msg = str(err.value)
    assert "\n" not in msg and str(path) in msg and f"entry {entry}:" in msg and reason in msg, msg


def test_a_missing_user_path_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh: None) -> None:
    monkeypatch.setenv(N.ENV, str(tmp_path / "nowhere.yaml"))
    with pytest.raises(DataFileError, match="nowhere.yaml"):
        N.narratives()


def test_sentences_are_split_plainly_without_a_parse() -> None:
    spans = split_sentences("Un. Deux ! « Trois ? » Quatre")
    assert len(spans) == 4


def _carried(text: str, lang: str, name: str) -> bool:
    """The sentence's words alone (embedding and cues) would carry the narrative."""
    j = [n.name for n in N.narratives()].index(name)
    return bool(N.sentence_scores([text], lang)[0, j] >= N.MATCH)


def test_a_refuted_narrative_is_not_told() -> None:
    eco = "ECOWAS as a foreign instrument"
    text = "Le gouvernement a rejeté l'idée que la CEDEAO serait un instrument aux mains de puissances étrangères."
    assert _carried(text, "fr", eco)                 # the words evoke it ...
    assert N.find_narratives(text, "fr") == []       # ... but the sentence refutes it


def test_an_accusation_the_paragraph_answers_is_reported_not_told() -> None:
    terr = "Terrorism sponsored by outside powers"
    accusation = ("Un collectif proche de la junte accuse l'ancienne puissance coloniale d'armer les terroristes qui "
                  "attaquent nos villages.")
    assert terr in {f.name for f in N.find_narratives(accusation, "fr")}         # unanswered, it is told
    answered = accusation + " L'ambassade de France a démenti lundi."
    assert terr not in {f.name for f in N.find_narratives(answered, "fr")}


@pytest.mark.parametrize("text, lang", [
    ("The minister praised Russia, a loyal ally that respects our sovereignty.", "en"),
    ("Le ministre a salué la Russie, un allié fidèle qui respecte notre souveraineté.", "fr"),
])
def test_a_cue_inside_a_longer_cue_of_another_narrative_belongs_to_it(text: str, lang: str) -> None:
    got = {f.name for f in N.find_narratives(text, lang)}
    assert RUSSIA in got and "Sovereignty against foreign interference" not in got, got


def test_shipped_narratives_cast_actors_and_bad_casts_are_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                                 fresh: None) -> None:
    from newsgraph.models import Actor

    by_name = {n.name: n for n in N.shipped()}
    wagner = Actor(id="WAGNER", name="Wagner Group", code="RUSMIL", country="RUS", kind="MIL")
    assert by_name[RUSSIA].role_of(wagner) == "protagonist"
    assert by_name["Russian forces as predators"].role_of(wagner) == "antagonist"
    assert by_name[RUSSIA].role_of(Actor(id="FRAGOV", name="France", code="FRAGOV", country="FRA")) is None
    path = tmp_path / "bad.yaml"
    path.write_text("narratives:\n  - name: Bad cast\n    examples:\n      en: [A sentence.]\n"
                    "    casts:\n      hero: [{country: RUS}]\n", encoding="utf-8")
    monkeypatch.setenv(N.ENV, str(path))
    with pytest.raises(DataFileError, match="'casts' must map roles"):
        N.narratives()

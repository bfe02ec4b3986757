"""Technique cues: every pattern validates; the founding article's loaded language is found; neutral prose is clean."""

from __future__ import annotations

from newsgraph.framing.techniques import LABELS, find_techniques, patterns


def test_every_pattern_loads_with_a_known_label() -> None:
    ps = patterns()
    assert ps and all(p.label in LABELS and 0 < p.confidence <= 1 for p in ps)
    assert {p.lang for p in ps} >= {"en", "fr"}


def test_loaded_language_on_its_span() -> None:
    text = ("The statement warned that “no amount of lies, demonization and malicious propaganda” can deter "
            "Russia from supporting African sovereignty.")
    got = find_techniques(text, "en")
    spans = {text[t.span[0]:t.span[1]] for t in got if t.technique == "Loaded_Language"}
    assert "malicious propaganda" in " ".join(spans) and "demonization" in " ".join(spans)
    assert all(t.text == text[t.span[0]:t.span[1]] for t in got)


def test_neutral_wire_prose_carries_no_technique() -> None:
    text = ("The effectiveness of this emerging cooperation will depend on transparent consultations with civil "
            "society, respect for human rights and sustained support for the region's economic resilience.")
    assert find_techniques(text, "en") == []
    texte = "Le gouvernement a annoncé mardi la réouverture de la frontière avec le Bénin, selon un communiqué."
    assert find_techniques(texte, "fr") == []

"""Modality of complements: a condition the speaker sets on its own intention, a hostile act announced under a
condition (a threat), and a support verb whose event noun is the act done. Original sentences."""

from __future__ import annotations

from collections.abc import Callable

from newsgraph.models import Record

Coder = Callable[..., Record]


def scored(rec: Record) -> set[tuple[str | None, str | None, str, str]]:
    return {(e.source.country if e.source else None, e.target.country if e.target else None, e.root, e.modality)
            for e in rec.events if e.modality in ("asserted", "intended")}


def test_a_condition_on_ones_own_stated_intention_keeps_it_an_intention(code: Coder) -> None:
    rec = code("Chadian officials said on Monday they would meet the Sudanese delegation in N'Djamena if Khartoum "
               "recalled its troops from the border.", "en")
    assert [g for g in scored(rec) if g[0] == "TCD" and g[2] == "03" and g[3] == "intended"]


def test_a_condition_on_what_someone_else_would_do_stays_hypothetical(code: Coder) -> None:
    rec = code("Analysts said on Monday that Chad would meet the Sudanese delegation in N'Djamena if Khartoum "
               "recalled its troops from the border.", "en")
    assert not [g for g in scored(rec) if g[0] == "TCD" and g[2] in ("03", "04")]


def test_a_hostile_act_announced_under_a_condition_is_a_threat(code: Coder) -> None:
    rec = code("Ghana may suspend its military cooperation with Togo if the border raids continue, the Ghanaian "
               "foreign minister said on Friday.", "en")
    assert ("GHA", "TGO", "13", "intended") in scored(rec)
    # a possibility weighed by an observer is no threat
    rec = code("Ghana could suspend its military cooperation with Togo if the border raids continue, a regional "
               "analyst said on Friday.", "en")
    assert not [g for g in scored(rec) if g[2] in ("13", "16")]


def test_undertaking_an_event_noun_is_the_event_and_undertaking_to_act_is_an_intention(code: Coder) -> None:
    rec = code("Qatar undertook a mediation mission between Rwanda and Congo last month.", "en")
    got = scored(rec)
    assert [g for g in got if g[0] == "QAT" and g[2] == "04" and g[3] == "asserted"]
    assert not [g for g in got if g[2] == "03"]
    rec = code("Rwanda undertook on Tuesday to hold talks with Burundi before the end of June.", "en")
    got = scored(rec)
    assert [g for g in got if g[0] == "RWA" and g[2] == "03" and g[3] == "intended"]
    assert not [g for g in got if g[2] == "04"]


def test_an_authority_ordering_a_coercive_act_does_it_as_the_order_is_given(code: Coder) -> None:
    rec = code("Burkina Faso's military government ordered the radio station Omega to suspend publication for two "
               "months.", "en")
    assert [g for g in scored(rec) if g[0] == "BFA" and g[2] == "17" and g[3] == "asserted"]
    rec = code("Burkina Faso's military government did not order the radio station Omega to suspend publication.",
               "en")
    assert not [g for g in scored(rec) if g[2] == "17"]

"""What the resolver finds in a sentence, as (covered text, mention) pairs: shared by the actor tests."""

from __future__ import annotations

from newsgraph.actors.gazetteer import gazetteer
from newsgraph.actors.resolve import ActorMention, resolve
from newsgraph.nlp import parse


def mentions(text: str, lang: str, adjectives: bool = False) -> list[tuple[str, ActorMention]]:
    """Every mention in `text`; demonym adjectives only when asked for."""
    doc = parse(text, lang)
    return [(doc.text[m.char_start:m.char_end], m) for m in resolve(doc, gazetteer())
            if adjectives or m.type != "adjective"]


def codes(text: str, lang: str) -> dict[str, str | None]:
    """Covered text -> actor code, adjectives left out."""
    return {span: m.actor.code for span, m in mentions(text, lang)}

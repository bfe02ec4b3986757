"""Encodings detected, binary and broken bytes refused with a reason."""

from __future__ import annotations

import codecs

import pytest

from newsgraph.ingest.encoding import DecodeError, decode

TEXT = "Le Mali a rappelé son ambassadeur à Alger — « un acte d’hostilité »."


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1252"),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "cp1252"])
def test_every_supported_encoding_gives_the_same_text(data: bytes) -> None:
    assert decode(data) == TEXT


def test_latin1_without_typographic_quotes() -> None:
    text = "Réunion à Niamey: le général Tiani reçoit la délégation."
    assert decode(text.encode("latin-1")) == text


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
    ("Une dépêche coupée au milieu d’un caractère é".encode()[:-1], "truncated"),
    (bytes(range(1, 32)) * 10, "binary"),
])
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError, match=reason):
        decode(data)

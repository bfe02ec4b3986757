"""Turning raw bytes into text: BOMs, UTF-8, UTF-16, Latin-1 and Windows-1252, and binary detection."""

from __future__ import annotations

import codecs

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept; the message is the reason."""


_CONTROL = set(range(0, 9)) | {11, 12} | set(range(14, 32))


def decode(data: bytes) -> str:
    """Decode `data`, detecting the encoding. Raises DecodeError with a reason for binary or broken input."""
    if not data:
        raise DecodeError("empty file")
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8")
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _strict(data, "utf-16")
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM shows a zero in every other byte of ASCII text.
        head = data[:4096]
        even_zeros = head[0::2].count(0)
        odd_zeros = head[1::2].count(0)
        half = len(head) // 2 or 1
        if odd_zeros > 0.3 * half and even_zeros < 0.05 * half:
            return _strict(data, "utf-16-le")
        if even_zeros > 0.3 * half and odd_zeros < 0.05 * half:
            return _strict(data, "utf-16-be")
        raise DecodeError("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason == "unexpected end of data":
            raise DecodeError(f"truncated: incomplete UTF-8 character at byte {exc.start}") from None
        text = _guess_single_byte(data)
    controls = sum(1 for ch in text[:4096] if ord(ch) in _CONTROL)
    if controls > max(2, len(text[:4096]) // 100):
        raise DecodeError("binary file (control characters), not text")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(f"invalid {encoding} at byte {exc.start}: {exc.reason}") from None


def _guess_single_byte(data: bytes) -> str:
    """Not UTF-8: Windows-1252 when its typographic bytes (0x80-0x9F) decode, else what charset-normalizer says."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("not text in any known encoding") from None
        return str(best)
    return text

"""Text normalisation and article identity (the Identity section of the contract)."""

from __future__ import annotations

import hashlib
import html
import re
import unicodedata

_ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]{1,31});")
_TAG = re.compile(r"<[a-zA-Z/!][^>]*>")


def normalise(text: str) -> str:
    """NFC, `\\n` line endings, no leading or trailing whitespace: the text every span points into."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = unicodedata.normalize("NFC", text)
    return text.strip()


def article_id(text: str) -> str:
    """sha256 hex of the normalised text's UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def unescape_entities(text: str) -> str:
    """Decode HTML entities (`&eacute;`, `&#8217;`) left in text fields of JSON, CSV and feeds."""
    if "&" in text and _ENTITY.search(text):
        return html.unescape(text)
    return text


def looks_like_html(text: str) -> bool:
    return bool(_TAG.search(text[:5000])) and ("</p>" in text or "<br" in text or "</div>" in text
                                               or "<p>" in text or "</" in text)

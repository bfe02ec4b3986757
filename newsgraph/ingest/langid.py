"""Language identification with py3langid, whose model ships inside the package (no download)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

ANALYSED = ("en", "fr")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def identify(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of `text`. A metadata hint is trusted only when the text does not clearly disagree."""
    sample = text[:4000]
    lang, prob = _identifier().classify(sample)
    if hint and len(hint) == 2 and hint.isalpha():
        hint = hint.lower()
        if hint == lang or prob < 0.9:
            return hint
    return str(lang)

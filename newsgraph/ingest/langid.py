"""Language identification with py3langid, whose model ships inside the package (no download)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

ANALYSED = ("en", "fr")
# Languages of the world's news wires that py3langid knows; an article in another one is reported as the
# closest of these, and flagged as unsupported unless it is English or French.
NEWS_LANGUAGES = ["en", "fr", "de", "es", "it", "pt", "nl", "ar", "ru", "uk", "tr", "pl", "ro", "cs", "sv", "da", "no",
                  "fi", "el", "hu", "fa", "ur", "hi", "bn", "zh", "ja", "ko", "id", "ms", "vi", "th", "he", "sw", "ha",
                  "am", "so", "yo", "ig", "ca", "eu", "gl", "hr", "sr", "bg", "sk", "sl", "lt", "lv", "et"]


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(NEWS_LANGUAGES)  # creoles and rare languages otherwise steal short English texts
    return ident


def identify(text: str, hint: str | None = None) -> str:
    """ISO 639-1 code of `text`. A metadata hint is trusted only when the text does not clearly disagree."""
    sample = text[:4000]
    lang, prob = _identifier().classify(sample)
    if hint and len(hint) == 2 and hint.isalpha():
        hint = hint.lower()
        if hint == lang or prob < 0.9:
            return hint
    return str(lang)

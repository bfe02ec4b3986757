"""The infinitive of a French past participle, for the parse repairs: the regular endings by rule, the
irregular participles from `data/participles_fr.yaml`, read and checked once."""

from __future__ import annotations

from functools import cache
from importlib import resources

import yaml

from newsgraph.errors import DataFileError

PATH = "newsgraph/nlp/data/participles_fr.yaml"


def check(doc: object, path: str = PATH) -> dict[str, str]:
    """The participle -> infinitive table of a parsed file; anything else than a mapping of words to words is a
    `DataFileError` naming the file and the entry."""
    if not isinstance(doc, dict) or not doc:
        raise DataFileError(path, 0, "expected a mapping of participles to infinitives")
    out: dict[str, str] = {}
    for form, verb in doc.items():
        if not isinstance(form, str) or not form.strip() or not isinstance(verb, str) or not verb.strip():
            raise DataFileError(path, str(form), "a participle and its infinitive must both be words")
        if form != form.lower():
            raise DataFileError(path, form, "write the participle in lower case")
        out[form] = verb
    return out


@cache
def irregular() -> dict[str, str]:
    text = (resources.files("newsgraph.nlp") / "data" / "participles_fr.yaml").read_text(encoding="utf-8")
    return check(yaml.safe_load(text))


def participle_infinitive(form: str) -> str | None:
    """The infinitive of a French past participle (« dissous », « évacuées », « saisie »), or None."""
    w = form.lower()
    table = irregular()
    for cut in ("es", "s", "e", ""):
        base = w[:len(w) - len(cut)] if cut else w
        if (not cut or w.endswith(cut)) and base in table:
            return table[base]
    for cut in ("ées", "és", "ée", "é"):
        if w.endswith(cut) and len(w) > len(cut) + 1:
            return w[:-len(cut)] + "er"
    for cut in ("ies", "is", "ie", "i"):
        if w.endswith(cut) and len(w) > len(cut) + 2:
            return w[:-len(cut)] + "ir"
    return None

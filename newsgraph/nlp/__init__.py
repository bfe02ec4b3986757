"""spaCy pipelines in, our own `Document` out. A `spacy.Doc` never leaves this package."""

from newsgraph.nlp.document import Document, Entity, Sentence, Token
from newsgraph.nlp.models import parse, parse_many

__all__ = ["Document", "Entity", "Sentence", "Token", "parse", "parse_many"]

"""Reading news files into `RawArticle`s: formats, encodings, dates, language. No NLP here."""

from newsgraph.ingest.readers import RawArticle, ReadResult, iter_inputs, read_bytes

__all__ = ["RawArticle", "ReadResult", "iter_inputs", "read_bytes"]

"""One exception tree for newsgraph. Messages say what happened, why, and how to fix it.

The command line turns any `NewsgraphError` into one line on stderr and an exit status; the HTTP API
turns it into the one JSON error shape. Library code never prints.
"""

from __future__ import annotations


class NewsgraphError(Exception):
    """Base of every error newsgraph raises on purpose."""


class InputError(NewsgraphError):
    """One input (a file, a line of a file, a row, a feed entry) could not be read.

    `where` is the line or row (1-based) or entry number inside the file, when it applies.
    """

    def __init__(self, path: str, reason: str, where: str | None = None) -> None:
        self.path = path
        self.reason = reason
        self.where = where
        loc = f"{path}:{where}" if where else path
        super().__init__(f"{loc}: {reason}")


class UsageError(NewsgraphError):
    """The caller asked for something impossible (a bad option value, an unknown format)."""


class StoreError(NewsgraphError):
    """The database could not be opened, migrated or written."""


class ModelMissingError(NewsgraphError):
    """A spaCy model or an optional dependency is not installed."""

    def __init__(self, what: str, hint: str) -> None:
        super().__init__(f"{what} is not installed: {hint}")


class DataFileError(NewsgraphError):
    """A dictionary or lexicon data file has an invalid entry."""

    def __init__(self, path: str, entry: int | str, reason: str) -> None:
        super().__init__(f"{path}: entry {entry}: {reason}")

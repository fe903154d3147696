"""Domain errors. Library code raises these; the edges (CLI, HTTP) turn them into messages."""

from __future__ import annotations


class KibaruError(Exception):
    """Base class of every error kibaru raises on purpose."""


class InputRejected(KibaruError):
    """One input (a file, a line, a record) cannot be used.

    ``where`` names the file and, where relevant, the line or record; ``reason`` says why in
    plain words. The run records the rejection and goes on with the rest.
    """

    def __init__(self, where: str, reason: str) -> None:
        super().__init__(f"{where}: {reason}")
        self.where = where
        self.reason = reason


class StorageError(KibaruError):
    """The database cannot be opened, migrated or written."""


class ConfigError(KibaruError):
    """A configuration value or option is invalid."""


class OutputError(KibaruError):
    """An output file or folder cannot be written (no such folder, a directory, no permission, disk full)."""

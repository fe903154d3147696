"""Exports to the formats analysts use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kibaru.errors import OutputError


@contextmanager
def writing(path: Path | None) -> Iterator[None]:
    """Writing ``path``: an OSError (a missing folder, a directory, no permission, a full disk) becomes an
    OutputError naming the path and the reason. Writing to stdout (``path`` None) is left as it is."""
    try:
        yield
    except OSError as exc:
        if path is None:
            raise
        raise OutputError(f"{path}: cannot write: {exc.strerror or exc}") from exc

"""kibaru — explainable records of foreign influence in French-language news about the Sahel.

The flow follows the folders: ``ingest`` (read, clean, date) → ``enrich`` (NLP) →
``store`` (DuckDB / PostgreSQL) → ``analyse`` (clustering, aggregates) → ``export`` / serve.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

__all__ = ["__version__", "open"]

if TYPE_CHECKING:
    from kibaru.api import open


def __getattr__(name: str) -> Any:
    # ``kibaru.open`` (the notebook API) is imported on first use: ``import kibaru`` and the CLI stay light.
    if name == "open":
        from kibaru.api import open as open_db

        return open_db
    raise AttributeError(f"module 'kibaru' has no attribute {name!r}")

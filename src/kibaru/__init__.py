"""kibaru — explainable records of foreign influence in French-language news about the Sahel.

The flow follows the folders: ``ingest`` (read, clean, date) → ``enrich`` (NLP) →
``store`` (DuckDB / PostgreSQL) → ``analyse`` (clustering, aggregates) → ``export`` / serve.
"""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]

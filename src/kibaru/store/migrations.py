"""Versioned schema migrations: numbered SQL files per backend, applied in order, once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources

_NAME = re.compile(r"^(\d{3})_[a-z0-9_]+\.sql$")

# The schema version that adds the derived search tables (kept up to date by write_batch).
SEARCH_INDEX_VERSION = 3
# The schema version whose migration fills the ``event_actor`` facet from the stored events.
EVENT_ACTORS_VERSION = 5
# The schema version whose migration rewrites the ``technique`` facet with each span's voice (detail).
TECHNIQUE_VOICE_VERSION = 6
# The schema version that adds the ``quotes`` table (kibaru.store.quotes_table), filled by its migration.
QUOTES_VERSION = 8
# The schema version whose migration fills the ``name`` facet (the folded canonical names of an article's mentions).
NAME_FACETS_VERSION = 9


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations_for(backend: str) -> list[Migration]:
    """The migrations shipped for ``backend`` ("duckdb", "postgres"), oldest first."""
    folder = resources.files("kibaru.store") / "migrations" / backend
    found: list[Migration] = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found, key=lambda m: m.version)


def split_statements(sql: str) -> list[str]:
    """Split a migration into statements (no semicolons inside literals in our migrations)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    return [stmt.strip() for stmt in "\n".join(lines).split(";") if stmt.strip()]

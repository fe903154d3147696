"""Configuration as data: defaults shipped in the package, overrides layered on top."""

from __future__ import annotations

import logging
import os
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from kibaru.errors import ConfigError

LOCAL_CONFIG = "kibaru.toml"

log = logging.getLogger(__name__)
# How many edits (a letter dropped, added, changed, or two swapped) make an unknown key a likely typo of a known one:
# one, two for names of more than TYPO_LONG letters. The closest two real keys (with the components' own kb_path and
# extra) are 5 edits apart, the closest two tables too: no typo of one is taken for another.
TYPO_EDITS = 1
TYPO_LONG = 8
# Keys a component reads that have no default (unset means "the packaged one"); with defaults.toml, the whole
# schema: any other key or table is named in a warning and ignored.
OPTIONAL_KEYS: dict[str, tuple[str, ...]] = {
    "enrich": ("kb_path",),  # a knowledge-base YAML file instead of the packaged KB
    "kb": ("extra",),  # the analyst's own KB files layered over it
    "narratives": ("model",),  # a trained narrative model folder
}


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _read(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc


def _kind(value: object) -> str:
    """The TOML kind of a value, as a message names it (bool before int: True is an int in Python)."""
    for kind, types in (("a boolean", bool), ("an integer", int), ("a number", float), ("a string", str),
                        ("a list", list), ("a table", dict)):
        if isinstance(value, types):
            return kind
    return type(value).__name__


# Counts that must be at least 1 (0 or less would stop a batch loop or a worker pool).
POSITIVE_KEYS = frozenset({("ingest", "batch_size"), ("enrich", "batch_size"), ("enrich", "n_process")})


def _edits(a: str, b: str) -> int:
    """Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            row[j] = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                row[j] = min(row[j], prev2[j - 2] + 1)
        prev2, prev = prev, row
    return prev[-1]


def _typo_of(name: str, known: Iterable[str]) -> str | None:
    """The known name ``name`` is likely a typo of (``TYPO_EDITS`` edits, two for long names), else None."""
    limit = TYPO_EDITS + (len(name) > TYPO_LONG)
    near = sorted((d, k) for k in known if (d := _edits(name, k)) <= limit)
    return near[0][1] if near else None


def check_layer(layer: dict[str, Any], defaults: dict[str, Any], where: Path) -> None:
    """A ConfigError naming the file and the key when ``layer`` gives a known table as a value, or a known key a
    value of another kind than its default (``components = 5`` failed later as a TypeError). A key or table neither
    the defaults nor ``OPTIONAL_KEYS`` list is named in a warning, with the known name it is likely a typo of (the
    setting it meant would otherwise be silently ignored)."""
    tables = set(defaults) | set(OPTIONAL_KEYS)
    for name in layer:
        if name not in tables:
            near = _typo_of(name, tables)
            log.warning("%s: unknown table [%s] is ignored%s", where, name, f"; did you mean [{near}]?" if near else "")
    for table in tables:
        known = {**(defaults.get(table) or {}), **dict.fromkeys(OPTIONAL_KEYS.get(table, ()))}
        if table not in layer or not isinstance(defaults.get(table, {}), dict):
            continue
        given = layer[table]
        if not isinstance(given, dict):
            raise ConfigError(f"{where}: [{table}] must be a table, got {_kind(given)}")
        for key in given:
            if key not in known:
                near = _typo_of(key, known)
                log.warning("%s: unknown key [%s] %s is ignored%s", where, table, key,
                            f"; did you mean {near}?" if near else "")
        for key, default in known.items():
            if key not in given or default is None:
                continue
            value = given[key]
            expected = _kind(default)
            kind = "a number" if expected == "a number" and _kind(value) == "an integer" else _kind(value)
            if kind != expected or (isinstance(default, list) and not all(isinstance(v, str) for v in value)):
                what = "a list of strings" if isinstance(default, list) else expected
                raise ConfigError(f"{where}: [{table}] {key} must be {what}, got {value!r}")
            if (table, key) in POSITIVE_KEYS and value < 1:
                raise ConfigError(f"{where}: [{table}] {key} must be at least 1, got {value!r}")


def load_config(extra: Sequence[Path] = ()) -> dict[str, Any]:
    """Defaults, then ./kibaru.toml, then $KIBARU_CONFIG, then ``extra`` files."""
    defaults = (resources.files("kibaru") / "data" / "config" / "defaults.toml").read_text(encoding="utf-8")
    known = config = tomllib.loads(defaults)
    layers: list[Path] = []
    if Path(LOCAL_CONFIG).is_file():
        layers.append(Path(LOCAL_CONFIG))
    if env := os.environ.get("KIBARU_CONFIG"):
        layers.append(Path(env))
    layers.extend(extra)
    for layer in layers:
        values = _read(layer)
        check_layer(values, known, layer)
        config = _merge(config, values)
    return config

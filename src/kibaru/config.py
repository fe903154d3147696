"""Configuration as data: defaults shipped in the package, overrides layered on top."""

from __future__ import annotations

import os
import tomllib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

from kibaru.errors import ConfigError

LOCAL_CONFIG = "kibaru.toml"


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
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc}") from exc


def load_config(extra: Sequence[Path] = ()) -> dict[str, Any]:
    """Defaults, then ./kibaru.toml, then $KIBARU_CONFIG, then ``extra`` files."""
    defaults = (resources.files("kibaru") / "data" / "config" / "defaults.toml").read_text(encoding="utf-8")
    config = tomllib.loads(defaults)
    layers: list[Path] = []
    if Path(LOCAL_CONFIG).is_file():
        layers.append(Path(LOCAL_CONFIG))
    if env := os.environ.get("KIBARU_CONFIG"):
        layers.append(Path(env))
    layers.extend(extra)
    for layer in layers:
        config = _merge(config, _read(layer))
    return config

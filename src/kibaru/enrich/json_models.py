"""Reading and writing the small learned models shipped as plain JSON (no pickle) in ``kibaru/data/models/``."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def save_json_model(data: dict[str, Any], path: Path) -> None:
    """Write a model's JSON form (``to_json()``) to ``path``, creating its folder."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def packaged_json_model(parts: tuple[str, ...]) -> dict[str, Any] | None:
    """The JSON form of the model shipped at ``kibaru/<parts...>``, or ``None`` when the package has none."""
    res = resources.files("kibaru").joinpath(*parts)
    if not res.is_file():
        return None
    data: dict[str, Any] = json.loads(res.read_text(encoding="utf-8"))
    return data

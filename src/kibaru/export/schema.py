"""Validation against the article contract (a copy of shared/spec/article.schema.json ships in the package)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator


@cache
def article_validator() -> Draft202012Validator:
    schema = json.loads((resources.files("kibaru") / "data" / "article.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def schema_errors(record: dict[str, Any]) -> list[str]:
    """Human-readable schema violations of one exported record (empty when valid)."""
    return [
        f"{'/'.join(str(p) for p in error.absolute_path) or '(root)'}: {error.message}"
        for error in article_validator().iter_errors(record)
    ]

"""Validation against the article contract (a copy of shared/spec/article.schema.json ships in the package).

The package copy adds OPTIONAL properties the shared contract leaves open (its items allow extra
properties): :data:`PACKAGE_EXTENSIONS` lists them; everything else is the shared contract verbatim
(tests/test_export.py checks both).
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator

# Optional properties the package copy of the contract adds, by top-level array field: the voice of a
# technique span and the speaker of the quote it lies in (branch ux16). Never required.
PACKAGE_EXTENSIONS: dict[str, tuple[str, ...]] = {"techniques": ("voice", "speaker", "speaker_kb_id")}


def without_extensions(schema: dict[str, Any]) -> dict[str, Any]:
    """``schema`` (the package copy) less :data:`PACKAGE_EXTENSIONS`: what the shared contract says."""
    out = json.loads(json.dumps(schema))
    for field_name, names in PACKAGE_EXTENSIONS.items():
        props = out["properties"][field_name]["items"]["properties"]
        for name in names:
            props.pop(name, None)
    return out


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

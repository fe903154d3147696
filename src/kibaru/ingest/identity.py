"""Stable ids: the same record ingested twice gets the same id; a changed record keeps its id.

The id hashes the record's *identity* (URL, export id or file path — see ``RawDocument.identity``),
so an edited article updates its row. The content hash covers every field the ingest derives, so
re-ingesting an unchanged input is recognised as a no-op.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

# 80 bits: collision-free in practice for corpora of hundreds of millions of articles.
ID_HEX_CHARS = 20


def article_id(identity: str) -> str:
    return "a" + hashlib.blake2b(identity.encode("utf-8"), digest_size=16).hexdigest()[:ID_HEX_CHARS]


def content_hash(fields: dict[str, Any]) -> str:
    payload = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(payload.encode("utf-8"), digest_size=16).hexdigest()


def text_hash(text: str) -> str:
    """Hash of the clean text alone: equal for exact copies whatever their source."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()

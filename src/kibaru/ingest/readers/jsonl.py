"""JSON Lines exports (one article object per line) and ``.json`` files holding a list of them.

Each object needs a non-empty ``text`` (or an ``html`` page to extract it from) and may carry
``id, url, title, date, source``/``outlet``, ``language``, ``synthetic``. A broken line is a
rejection naming the line; the lines around it are read as usual. Lines are read one at a time.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from kibaru.ingest.metadata import normalise_url, parse_date
from kibaru.ingest.readers.html import html_to_document
from kibaru.ingest.readers.text import MAX_FILE_BYTES, normalise_newlines, streamed, unreadable
from kibaru.model import RawDocument, Rejection

# One record's line may hold a whole HTML page; beyond this it is a dump, not a record, and is
# skipped without being held in memory.
MAX_LINE_BYTES = 20 * 1024 * 1024
_STR_FIELDS = ("url", "title", "date", "source", "outlet", "language", "text", "html")


def decode_json(raw: bytes, where: str, *, encoding: str = "utf-8", prefix: str = "",
                not_utf8: str = "not UTF-8 ({reason} at byte {start})") -> Any:
    """The JSON value ``raw`` holds, or a Rejection at ``where`` saying why not (its reason starts with
    ``prefix``; ``not_utf8`` words an undecodable byte). The one decode-or-reject step of a ``.json``
    list (the whole file) and of a JSON Lines file (each line)."""
    try:
        return json.loads(raw.decode(encoding))
    except UnicodeDecodeError as exc:
        return Rejection(where, prefix + not_utf8.format(reason=exc.reason, start=exc.start))
    except ValueError as exc:
        return Rejection(where, f"{prefix}invalid JSON: {exc}")


def _problem(obj: Any) -> str | None:
    if not isinstance(obj, dict):
        return f"expected a JSON object, got {type(obj).__name__}"
    for key in _STR_FIELDS:
        if obj.get(key) is not None and not isinstance(obj[key], str):
            return f"field '{key}' must be a string, got {type(obj[key]).__name__}"
    if obj.get("id") is not None and (not isinstance(obj["id"], str | int) or isinstance(obj["id"], bool)):
        return f"field 'id' must be a string or an integer, got {type(obj['id']).__name__}"
    if obj.get("synthetic") is not None and not isinstance(obj["synthetic"], bool):
        return f"field 'synthetic' must be true or false, got {obj['synthetic']!r}"
    has_text = bool((obj.get("text") or "").strip())
    if not has_text and not (obj.get("html") or "").strip():
        return "missing or empty 'text'" if "text" in obj or "html" not in obj else "empty 'html'"
    return None


def record_to_document(
    obj: Any, source_path: str, fallback_identity: str, identity_prefix: str
) -> RawDocument | Rejection:
    """One decoded JSON value → a RawDocument, or a Rejection saying what is wrong with it."""
    if reason := _problem(obj):
        return Rejection(source_path, reason)
    url = normalise_url(obj["url"]) if obj.get("url") else None
    if obj.get("id") is not None and str(obj["id"]).strip():
        fallback_identity = f"{identity_prefix}#id={str(obj['id']).strip()}"
    text = (obj.get("text") or "").strip()
    doc: RawDocument | Rejection
    if text:
        doc = RawDocument(
            source_path=source_path,
            kind="jsonl",
            text=normalise_newlines(text),
            identity=url or fallback_identity,
            url=url,
            needs_cleaning=True,  # an export's text is what its scraper kept, boilerplate included
        )
    else:
        doc = html_to_document(obj["html"], source_path, url or fallback_identity, url=url, kind="jsonl")
        if isinstance(doc, Rejection):
            return doc
    doc.title = (obj.get("title") or "").strip() or doc.title
    doc.outlet = (obj.get("outlet") or obj.get("source") or "").strip() or doc.outlet
    doc.language = (obj.get("language") or "").strip() or None
    doc.synthetic = bool(obj.get("synthetic", False))
    if obj.get("date"):
        parsed = parse_date(obj["date"])
        # An unreadable date is dropped, not the article: the text may still date it.
        if parsed:
            doc.date, doc.date_precision, doc.date_origin = parsed[0], parsed[1], "metadata"
    return doc


def _read_list(path: Path, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    where = str(path)
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        yield Rejection(where, f"JSON file too big to load ({size:,} bytes; limit {MAX_FILE_BYTES:,}): use JSON Lines")
        return
    data = decode_json(path.read_bytes(), where, encoding="utf-8-sig", not_utf8="not UTF-8: {reason} at byte {start}")
    if isinstance(data, Rejection):
        yield data
        return
    items = data if isinstance(data, list) else [data]
    for n, obj in enumerate(items, start=1):
        yield record_to_document(obj, f"{where}#item={n}", f"{identity_prefix}#item={n}", identity_prefix)


def _is_json_document(path: Path) -> bool:
    """A .json file holding one list, or one object spread over several lines (not JSON Lines)."""
    with path.open("rb") as handle:
        head = handle.read(4096).lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"["):
        return True
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0].strip()
        try:
            json.loads(first_line)
        except ValueError:
            return True  # the first line alone is not an object: a pretty-printed document
    return False


def read(path: Path, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """Every record of a JSON Lines (or .json list) file, one at a time."""
    try:
        if path.suffix.lower() == ".json" and _is_json_document(path):
            yield from _read_list(path, identity_prefix)
            return
    except OSError as exc:
        yield unreadable(str(path), exc)
        return
    yield from _read_lines(path, identity_prefix)


def _parse_lines(path: Path, handle: BinaryIO, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """Every record of a JSON Lines file, one line at a time."""
    where = str(path)
    n = 0
    any_line = False
    while True:
        raw = handle.readline(MAX_LINE_BYTES + 1)
        if not raw:
            break
        n += 1
        line_where = f"{where}:{n}"
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest of the line without keeping it
                raw = handle.readline(MAX_LINE_BYTES)
            yield Rejection(line_where, f"line {n}: longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if n == 1:
            raw = raw.removeprefix(b"\xef\xbb\xbf")
        if not raw.strip():
            continue
        any_line = True
        obj = decode_json(raw, line_where, prefix=f"line {n}: ")
        if isinstance(obj, Rejection):
            yield obj
            continue
        item = record_to_document(obj, line_where, f"{identity_prefix}#line={n}", identity_prefix)
        if isinstance(item, Rejection):
            item.reason = f"line {n}: {item.reason}"
        yield item
    if not any_line:
        yield Rejection(where, "empty file")


_read_lines = streamed(_parse_lines)

"""WARC / WARC.gz / ARC crawls: every successful HTML response becomes a document.

Records are read one at a time with warcio; other records (warcinfo, requests, robots.txt, images,
redirects) are skipped silently because they are not articles. A record cut short is a rejection
naming it; the crawl goes on when the stream allows it.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArchiveLoadFailed, ArcWarcRecord

from kibaru.ingest.readers.html import decode_html, html_to_document
from kibaru.ingest.readers.text import streamed
from kibaru.model import RawDocument, Rejection

HTML_TYPES = ("text/html", "application/xhtml+xml")
# Bytes after the last record that are still a clean ending (a stray CRLF pair or two).
TRAILING_SLACK_BYTES = 8
# A page bigger than this is not an article (a data dump served as HTML); reading stops there.
MAX_PAGE_BYTES = 10 * 1024 * 1024


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _parse(path: Path, handle: BinaryIO, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """Every HTML page of the crawl, in record order."""
    where = str(path)
    n = 0
    broken = False
    end = 0
    try:
        records = ArchiveIterator(handle, arc2warc=True)
        for record in records:
            n += 1
            item = _record(record, n, where, identity_prefix)
            if item is not None:
                yield item
            end = records.get_record_offset() + records.get_record_length()
        # warcio stops quietly when a record's headers are cut off: bytes left over after the
        # last complete record are a record that never arrived.
        leftover = path.stat().st_size - end
        if n and leftover > TRAILING_SLACK_BYTES:
            broken = True
            yield Rejection(
                f"{where}#record={n + 1}",
                f"record {n + 1}: truncated ({leftover:,} bytes at the end of the file do not form a record)",
            )
    except Exception as exc:  # warcio fails in many ways on a damaged stream
        # The stream itself is broken: nothing after this point can be located.
        reason = f"{type(exc).__name__}: {exc}"
        if isinstance(exc, EOFError | zlib.error):
            reason = f"truncated or corrupt gzip member ({exc})"
        elif isinstance(exc, ArchiveLoadFailed):
            reason = f"not a valid WARC record ({exc})"
        elif isinstance(exc, AttributeError | KeyError | TypeError):
            reason = f"malformed record headers ({type(exc).__name__}: {exc})"
        broken = True
        yield Rejection(f"{where}#record={n + 1}", f"record {n + 1}: {reason}; the rest of the file is unreadable")
    if n == 0 and not broken:
        yield Rejection(where, "no WARC record found")


read = streamed(_parse)


def _record(record: ArcWarcRecord, n: int, where: str, identity_prefix: str) -> RawDocument | Rejection | None:
    record_where = f"{where}#record={n}"
    if record.rec_type != "response":
        return None
    try:
        http = record.http_headers
        if http is None:
            return None  # a response without HTTP (e.g. dns:) is no page
        status = http.get_statuscode()
        content_type = (http.get_header("Content-Type") or "").lower()
        if status != "200" or not content_type.startswith(HTML_TYPES):
            return None
        body = record.content_stream().read(MAX_PAGE_BYTES)
    except Exception as exc:  # warcio raises many types on damaged content
        return Rejection(record_where, f"record {n}: unreadable HTTP response: {type(exc).__name__}: {exc}")
    # warcio hands back a cut record without complaint: what was declared and not delivered shows
    # as the record's unread remainder.
    missing = getattr(record.raw_stream, "limit", 0)
    if missing and len(body) < MAX_PAGE_BYTES:
        return Rejection(record_where, f"record {n}: truncated ({missing:,} of {record.length:,} bytes missing)")
    url = record.rec_headers.get_header("WARC-Target-URI")
    decoded = decode_html(body, _charset(content_type))
    if isinstance(decoded, str):
        return Rejection(record_where, f"record {n}: {decoded}")
    doc = html_to_document(decoded[0], record_where, f"{identity_prefix}#record={n}", url=url, kind="warc")
    if isinstance(doc, Rejection):
        doc.reason = f"record {n}: {doc.reason}"
    else:
        doc.encoding = decoded[1]
    return doc

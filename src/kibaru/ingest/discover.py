"""Find the inputs under the ingest arguments and hand each to the reader its content calls for.

The reader is chosen from the extension and checked against the first bytes: a ``.txt`` holding
an HTML page goes to the HTML reader, a file without extension is sniffed. Folders are walked
in sorted order, so two runs over the same folder see the same documents in the same order.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from kibaru.ingest.readers import feed, html, jsonl, text, warc
from kibaru.ingest.readers.text import SIDECAR_SUFFIX
from kibaru.model import RawDocument, Rejection, SourceKind

Reader = Callable[[Path, str], Iterator[RawDocument | Rejection]]
READERS: dict[SourceKind, Reader] = {
    "text": text.read,
    "html": html.read,
    "jsonl": jsonl.read,
    "warc": warc.read,
    "feed": feed.read,
}
# Bytes looked at to recognise a format (a doctype, an XML prolog and a comment fit easily).
SNIFF_BYTES = 2048

_BY_SUFFIX: dict[str, SourceKind] = {
    ".txt": "text", ".text": "text",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".warc": "warc", ".arc": "warc",
    ".xml": "feed", ".rss": "feed", ".atom": "feed",
}


def _suffix_kind(path: Path) -> SourceKind | None:
    name = path.name.lower()
    if name.endswith((".warc.gz", ".arc.gz", ".warc.gzip")):
        return "warc"
    return _BY_SUFFIX.get(path.suffix.lower())


def sniff(head: bytes) -> SourceKind | None:
    """The format the first bytes of a file announce, or None when they announce nothing."""
    if head.startswith(b"\x1f\x8b"):
        try:
            # A decompressor object accepts the start of a member and returns what it could inflate.
            inner = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head)
        except zlib.error:
            return None
        return "warc" if inner.lstrip().startswith((b"WARC/", b"filedesc://")) else None
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    lowered = start[:SNIFF_BYTES].lower()
    if lowered.startswith((b"warc/1.", b"warc/0.")):
        return "warc"
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    if lowered.startswith(b"<?xml") or lowered.startswith(b"<!--"):
        if b"<rss" in lowered or b"<feed" in lowered or b"<rdf:rdf" in lowered:
            return "feed"
        if b"<html" in lowered:
            return "html"
        return None
    if lowered.startswith((b"<rss", b"<feed", b"<rdf:rdf")):
        return "feed"
    if lowered.startswith((b"{", b"[{", b"[\n", b"[ ")):
        return "jsonl"
    return None


def choose_kind(path: Path) -> SourceKind:
    """The reader for a file: its content when it is unmistakable, else its extension, else text."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        head = b""
    by_suffix = _suffix_kind(path)
    sniffed = sniff(head)
    if by_suffix in ("warc", "jsonl") and sniffed is None:
        return by_suffix  # a damaged crawl or an export with a bad first line: its reader says why
    if sniffed is not None and sniffed != by_suffix:
        # The content wins: scrapers save HTML as .txt and feeds as .html.
        return "text" if sniffed == "jsonl" and by_suffix == "text" else sniffed
    return by_suffix or "text"


def _skipped(path: Path) -> bool:
    return path.name.startswith(".") or path.name.endswith(SIDECAR_SUFFIX)


def _not_readable(path: Path) -> str | None:
    """Why a folder entry that is not a regular file is not read (None: a sub-folder, which is walked)."""
    if path.is_dir():
        return None
    if path.is_symlink() and not path.exists():
        return "broken symbolic link (its target does not exist): not read"
    return "not a regular file (a pipe, socket or device): not read"


def iter_files(
    paths: Sequence[Path], on_skip: Callable[[Path, str], None] | None = None
) -> Iterator[tuple[Path, str]]:
    """Every input file with its identity prefix (root folder name + path relative to the argument);
    ``on_skip(path, reason)`` hears of the folder entries that are not read (broken links, pipes, devices)."""
    for arg in paths:
        if arg.is_file():
            if not _skipped(arg):
                yield arg, f"{arg.resolve().parent.name}/{arg.name}"
            continue
        if not arg.is_dir():
            continue
        root_name = arg.resolve().name
        for dirpath, dirnames, filenames in os.walk(arg):
            dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
            for name in sorted(filenames):
                path = Path(dirpath) / name
                if _skipped(path):
                    continue
                if not path.is_file():
                    if on_skip is not None and (why := _not_readable(path)) is not None:
                        on_skip(path, why)
                    continue
                rel = path.relative_to(arg).as_posix()
                yield path, f"{root_name}/{rel}"


def count_inputs(paths: Sequence[Path]) -> int:
    """How many files ``iter_documents`` will read (for a progress bar)."""
    return sum(1 for _ in iter_files(paths))


def iter_documents(
    paths: Sequence[Path], kinds: frozenset[SourceKind] | None = None
) -> Iterator[RawDocument | Rejection]:
    """Every document (or rejection) found under ``paths``, in a deterministic order.

    ``kinds`` restricts the run to some formats (the pipeline's first pass reads only text dumps).
    A path that does not exist is a rejection.
    """
    for arg in paths:
        if kinds is None and not arg.exists():
            yield Rejection(str(arg), "no such file or folder")
    # Entries the walk does not read are rejections of the full pass (not of the text-dump pre-pass: once per run).
    unread: list[Rejection] = []
    on_skip = (lambda path, why: unread.append(Rejection(str(path), why))) if kinds is None else None
    for path, prefix in iter_files(paths, on_skip):
        yield from unread
        unread.clear()
        kind = choose_kind(path)
        if kinds is not None and kind not in kinds:
            continue
        yield from READERS[kind](path, prefix)
    yield from unread

"""Plain-text dumps: decode the bytes, reject what is not text, read the optional sidecar.

The dump is handed on raw (``needs_cleaning=True``): its boilerplate lines are the cleaner's job.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

import ftfy
from charset_normalizer import from_bytes

from kibaru.ingest.metadata import normalise_url, parse_date
from kibaru.model import DatePrecision, RawDocument, Rejection

# A news article is 2–50 KB of text; a 20 MB "dump" is a database export or a mislabelled archive
# that would hold the memory of the whole run, so it is refused before reading.
MAX_FILE_BYTES = 20 * 1024 * 1024
# The longest paragraph of the SemEval French articles is under 6,000 characters; a line of
# 200,000 is a minified script or a scraper that glued a page into one line.
MAX_LINE_CHARS = 200_000
# Control bytes (C0 other than tab, newlines and form feed) are absent from real text; compressed
# or binary data has about 28/256 ≈ 11 % of them. 5 % sits between the two with room for a few
# stray \x1a or \x0b that scrapers leave.
MAX_CONTROL_RATIO = 0.05
# How many bytes the binary check looks at: binary signatures show in the first few kilobytes.
SNIFF_BYTES = 8192
# Encodings a French dump is plausibly written in when it is not UTF-8 (Windows, ISO, old Mac, DOS).
# Order breaks ties: cp1252 is a superset of latin-1 for text, so a latin-1 file reads the same.
LEGACY_ENCODINGS = ("cp1252", "iso8859_15", "mac_roman", "cp850", "latin_1")
# Share of non-ASCII characters that must sit where French puts them for a code page to be taken
# (see french_plausibility). Calibrated on the SemEval train articles re-encoded in each code page:
# the right code page scores ≥ 0.94 on all of them, another code page ≤ 0.55 (cp1252, latin-1 and
# ISO-8859-15 differ in a handful of characters and are told apart by the higher score). 0.9 sits
# between the two.
MIN_FRENCH_PLAUSIBILITY = 0.9
# charset-normalizer's chaos ratio (share of odd character sequences) above which a decoding is
# mojibake rather than text; its own default acceptance threshold is 0.2.
MAX_CHAOS = 0.2

# Share of bytes ≥ 0x80 from which a file may be a non-Latin script in a legacy code page: Cyrillic,
# Greek or Arabic text has well over half of its bytes there, French in cp1252 about 3 %.
NON_LATIN_MIN_HIGH_RATIO = 0.3

_FR_LOWER = frozenset("àâäçéèêëîïôöùûüÿœæ")
_FR_UPPER = frozenset("ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸŒÆ")
_FR_PUNCT = frozenset("«»‘’“”…–—€°§\xa0\u202f·•")
_C1 = re.compile("[\x80-\x9f]")

_CONTROL_BYTES = bytes(b for b in range(32) if b not in (9, 10, 12, 13)) + b"\x7f"
_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
SIDECAR_SUFFIX = ".meta.json"
_SIDECAR_STR_FIELDS = ("url", "outlet", "date", "title", "licence")


def normalise_newlines(text: str) -> str:
    """\\r\\n, lone \\r and the Unicode line/paragraph separators all become \\n."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


# Document and archive formats analysts save pages as: named, so the rejection says what to do rather
# than "no article text left" (a PDF without NUL bytes in its head passes the byte checks below).
_FORMAT_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a .docx/.odt/.xlsx document)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy Office document (.doc/.xls)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
)
_READABLE = "kibaru reads text dumps, HTML, JSONL/JSON, WARC and RSS/Atom: convert it to text first"


def binary_reason(data: bytes) -> str | None:
    """Why these bytes are not text, or None (a UTF-16/32 BOM makes NUL bytes legitimate)."""
    head = data[:SNIFF_BYTES]
    for signature, name in _FORMAT_SIGNATURES:
        if head.startswith(signature):
            return f"{name}, not text ({_READABLE})"
    if any(head.startswith(bom) for bom, name in _BOMS if name.startswith("utf-16") or name.startswith("utf-32")):
        return None
    if b"\x00" in head:
        return "binary content (NUL bytes)"
    controls = sum(head.count(b) for b in _CONTROL_BYTES)
    if head and controls / len(head) > MAX_CONTROL_RATIO:
        return f"binary content ({controls / len(head):.0%} control characters)"
    return None


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 read as a single-byte code page ("Ã©" → "é") where that reading is unambiguous."""
    return _repair(text)


# A lead byte of a 2- or 3-byte UTF-8 sequence (read as Latin-1/cp1252: Â-ô) followed by a
# continuation byte (0x80-0xBF, or its cp1252 glyph). Clean French text practically never has this
# pair, so the costly ftfy pass only runs on text that may be double-encoded.
_MOJIBAKE_PAIR = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]"
)


def _repair(text: str) -> str:
    # ftfy only rewrites sequences that are unambiguously UTF-8 read as a single-byte code page
    # ("Ã©" → "é", "â€™" → "’"); well-formed French text comes back unchanged.
    if not _MOJIBAKE_PAIR.search(text):
        return text
    return ftfy.fix_encoding(text)


def _identity(text: str) -> str:
    return text


def decode_bytes(data: bytes, declared: str | None = None, *, repair: bool = True) -> tuple[str, str] | str:
    """(text, encoding name) for the bytes, or the reason they cannot be decoded without mojibake.

    Order: a byte-order mark; the declared charset (HTTP header or ``<meta charset>``) when it
    decodes cleanly; strict UTF-8; a legacy single-byte code page chosen by charset-normalizer.
    UTF-8 that was once decoded as latin-1/cp1252 and saved again is repaired (unless ``repair``
    is False: HTML is repaired after extraction, on far less text).
    """
    fix = _repair if repair else _identity
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return normalise_newlines(fix(data[len(bom) :].decode(name))), name
            except UnicodeDecodeError:
                return f"invalid {name} after its byte-order mark"
    if declared:
        codec = _codec(declared)
        if codec:
            try:
                return normalise_newlines(fix(data.decode(codec))), codec
            except UnicodeDecodeError:
                pass  # a wrong declaration is common: fall back to detection
    try:
        return normalise_newlines(fix(data.decode("utf-8"))), "utf-8"
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def french_plausibility(text: str) -> float:
    """Share of the non-ASCII characters that are where French puts them (1.0 when there are none).

    A lowercase accented letter, or an uppercase one that starts a word, or French punctuation
    (« » ’ … – € °, no-break space) counts; "Ã©", "‚" inside a word, or "È" after a lowercase
    letter (cp1252 read as Mac Roman) does not.
    """
    good = total = 0
    prev = " "
    for ch in text:
        if ch >= "\x80":
            total += 1
            if ch in _FR_LOWER or ch in _FR_PUNCT or (ch in _FR_UPPER and not prev.islower()):
                good += 1
        prev = ch
    return good / total if total else 1.0


def _decode_legacy(data: bytes) -> tuple[str, str] | str:
    # Each plausible code page is tried and the decoding that reads most like French wins; the
    # statistical detector alone confuses cp850 with cp1252 and cp1252 with Mac Roman on French
    # (see tests/test_readers.py::test_legacy_encodings_on_real_french).
    best: tuple[float, str, str] | None = None
    for name in LEGACY_ENCODINGS:
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if _C1.search(text):
            continue  # latin-1 reading a Windows code page's ’ “ …: control characters, not text
        # Scored after repair: a file of UTF-8 with a few cp1252 bytes pasted in reads as cp1252
        # plus "Ã©" sequences that ftfy turns back into é.
        text = _repair(text)
        score = french_plausibility(text)
        if best is None or score > best[0]:
            best = (score, text, name)
    if best is not None and best[0] >= MIN_FRENCH_PLAUSIBILITY:
        return normalise_newlines(best[1]), best[2]
    high = sum(1 for b in data if b >= 0x80)
    if high < NON_LATIN_MIN_HIGH_RATIO * len(data):
        # Latin-script text (mostly ASCII) that reads as French in no Western code page: any
        # other reading (Shift-JIS, Big5…) would be mojibake.
        return "not UTF-8 and no legacy encoding fits"
    # A non-Latin script: let charset-normalizer name the encoding (Cyrillic, Arabic, Greek…), and
    # accept it only when its reading is not chaos.
    match = from_bytes(data, threshold=MAX_CHAOS).best()
    if match is None or _C1.search(str(match)):
        return "not UTF-8 and no legacy encoding fits"
    return normalise_newlines(_repair(str(match))), match.encoding


def _codec(label: str) -> str | None:
    import codecs

    label = label.strip().strip("\"'").lower()
    # As browsers do (WHATWG Encoding), a page labelled latin-1 is read as windows-1252: its
    # 0x80–0x9F bytes are curly quotes and dashes, never C1 control characters.
    if label in ("iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii"):
        label = "cp1252"
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def text_problem(text: str) -> str | None:
    """Why decoded text is unusable as a dump, or None."""
    if not text.strip():
        return "empty (whitespace only)"
    longest = max(len(line) for line in text.split("\n"))
    if longest > MAX_LINE_CHARS:
        return f"a line of {longest:,} characters (limit {MAX_LINE_CHARS:,}): not article text"
    return None


@dataclass(slots=True)
class Sidecar:
    """What a ``<file>.meta.json`` sidecar says about its file."""

    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    synthetic: bool = False
    licence: str | None = None


def read_sidecar(path: Path) -> tuple[Sidecar, list[Rejection]]:
    """The sidecar of ``path`` if there is one; a broken sidecar or field is a rejection of its own."""
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    meta = Sidecar()
    if not side.is_file():
        return meta, []
    try:
        raw: Any = json.loads(side.read_bytes().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return meta, [Rejection(str(side), f"sidecar ignored: invalid JSON: {exc}")]
    if not isinstance(raw, dict):
        return meta, [Rejection(str(side), f"sidecar ignored: expected a JSON object, got {type(raw).__name__}")]
    problems: list[str] = []
    for key in _SIDECAR_STR_FIELDS:
        value = raw.get(key)
        if value is None:
            continue
        if not isinstance(value, str):
            problems.append(f"'{key}' must be a string, got {type(value).__name__}")
        elif value.strip():
            setattr(meta, key, value.strip())
    if "synthetic" in raw:
        if isinstance(raw["synthetic"], bool):
            meta.synthetic = raw["synthetic"]
        else:
            problems.append(f"'synthetic' must be true or false, got {raw['synthetic']!r}")
    if meta.url is not None and normalise_url(meta.url) is None:
        problems.append(f"'url' is not an http(s) URL: {meta.url!r}")
        meta.url = None
    if meta.date is not None:
        parsed = parse_date(meta.date)
        if parsed is None:
            problems.append(f"'date' not understood: {meta.date!r}")
            meta.date = None
        else:
            meta.date, meta.date_precision = parsed
    rejections = [Rejection(str(side), "sidecar field ignored: " + p) for p in problems]
    return meta, rejections



def unreadable(where: str, exc: OSError) -> Rejection:
    """The Rejection of a file the system will not read (gone, no permission, …): one wording for every reader."""
    return Rejection(where, f"cannot read: {exc.strerror or exc}")


def read_bounded(path: Path) -> bytes | Rejection:
    """The file's bytes, or a Rejection when it is too big (MAX_FILE_BYTES) or unreadable."""
    where = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            return Rejection(where, f"file too big ({size:,} bytes; limit {MAX_FILE_BYTES:,})")
        return path.read_bytes()
    except OSError as exc:
        return unreadable(where, exc)


Reader = Callable[[Path, str], Iterator[RawDocument | Rejection]]


def whole_file(parse: Callable[[Path, bytes, str], Iterator[RawDocument | Rejection]]) -> Reader:
    """The ``read(path, identity_prefix)`` of a format read whole: ``parse(path, data, identity_prefix)``
    gets the file's bytes; a file too big or unreadable (``read_bounded``) is one Rejection, not parsed."""

    def read(path: Path, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
        data = read_bounded(path)
        if isinstance(data, Rejection):
            yield data
            return
        yield from parse(path, data, identity_prefix)

    read.__doc__ = parse.__doc__
    return read


def streamed(parse: Callable[[Path, BinaryIO, str], Iterator[RawDocument | Rejection]]) -> Reader:
    """The ``read(path, identity_prefix)`` of a format read as a stream (records one at a time, memory bounded
    whatever the file's size): ``parse(path, handle, identity_prefix)`` gets the file open in binary, closed
    after it; a file that cannot be opened (``unreadable``) is one Rejection, not parsed."""

    def read(path: Path, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield unreadable(str(path), exc)
            return
        with handle:
            yield from parse(path, handle, identity_prefix)

    read.__doc__ = parse.__doc__
    return read


def _parse(path: Path, data: bytes, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """One plain-text dump → one RawDocument (raw text, still to be cleaned) or a Rejection."""
    where = str(path)
    if not data:
        yield Rejection(where, "empty file")
        return
    if reason := binary_reason(data):
        yield Rejection(where, reason)
        return
    decoded = decode_bytes(data)
    if isinstance(decoded, str):
        yield Rejection(where, decoded)
        return
    text, encoding = decoded
    if reason := text_problem(text):
        yield Rejection(where, reason)
        return
    meta, problems = read_sidecar(path)
    yield from problems
    url = normalise_url(meta.url) if meta.url else None
    yield RawDocument(
        source_path=where,
        kind="text",
        text=text,
        identity=url or identity_prefix,
        url=url,
        title=meta.title,
        date=meta.date,
        date_precision=meta.date_precision,
        date_origin="metadata" if meta.date else None,
        outlet=meta.outlet,
        needs_cleaning=True,
        encoding=encoding,
        synthetic=meta.synthetic,
    )


read = whole_file(_parse)

"""HTML pages: main text and metadata by trafilatura, publication date by htmldate.

trafilatura drops scripts, styles, navigation and comments and keeps one paragraph per line;
htmldate (called through trafilatura's ``date_extraction_params``, so the page is parsed once)
reads the date from the markup. This module only decides which of their answers to trust and
makes sure nothing executable survives as text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import trafilatura

from kibaru.ingest.metadata import normalise_url, outlet_from_url, parse_date
from kibaru.ingest.readers.text import decode_bytes, read_sidecar, repair_mojibake, whole_file
from kibaru.model import RawDocument, Rejection, SourceKind

# Precision mode drops more borderline blocks (teasers, "lire aussi" lists, captions) at the cost
# of a little recall. On the 200 html_gold pages (KIBARU_FULL_EVAL=1 pytest -s -k html_gold): token
# F1 0.953 vs 0.955 without it; boilerplate snippets kept out 73/78 vs 69/78; must-have snippets
# 72/76 vs 74/76. HTML text skips the line cleaner, so keeping boilerplate out matters more.
FAVOR_PRECISION = True
# htmldate's extensive search also reads dates in the visible text, which in news are mostly event
# dates; markup (meta, <time>, JSON-LD, URL) is what the outlet says about publication. The
# pipeline's own text-date fallback (kibaru.ingest.dating) looks only at publication stamps.
HTMLDATE_EXTENSIVE = False
# How far down the extracted text the <h1> repeating the title may stand (after a rubric label).
TITLE_SEARCH_LINES = 3
# Where <meta charset> may be declared (the HTML standard says within the first 1024 bytes).
CHARSET_SNIFF_BYTES = 2048

# Pages written for kibaru's samples and tests mark themselves so they never pass for real news.
_SYNTHETIC = re.compile(r"""<meta[^>]+name\s*=\s*["']kibaru-synthetic["'][^>]+content\s*=\s*["']true""", re.I)
SYNTHETIC_SNIFF_CHARS = 8192
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Executable markup that may survive as *text*: an escaped "<script>…</script>" written in a
# title or paragraph, a tag-like "<img onerror=…>", a javascript: URL.
_SCRIPT_SPAN = re.compile(r"<\s*(script|style|iframe|object|svg|noscript)\b.*?<\s*/\s*\1\s*>", re.I | re.S)
_RAW_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script\s*>|<style\b[^>]*>.*?</style\s*>", re.I | re.S)
_TAG = re.compile(r"<\s*/?\s*[a-zA-Z!][^<>]*>")
_JS_URL = re.compile(r"javascript\s*:\S*", re.I)
_EVENT_ATTR = re.compile(r"\bon[a-z]{3,20}\s*=\s*(?:\"[^\"]*\"|'[^']*'|\S+)", re.I)


def strip_markup(text: str) -> str:
    """Text with any leftover tag, script span, event handler or javascript: URL removed."""
    text = _SCRIPT_SPAN.sub("", text)
    text = _TAG.sub("", text)
    text = _JS_URL.sub("", text)
    return _EVENT_ATTR.sub("", text)


def _clean_lines(text: str) -> str:
    # The whole text at once: an escaped tag written over several lines (code samples) is one tag.
    lines = (" ".join(line.split()) for line in strip_markup(text).split("\n"))
    return "\n".join(line for line in lines if line)


def _same_site(a: str, b: str) -> bool:
    return outlet_from_url(a) == outlet_from_url(b)


def _is_home(url: str) -> bool:
    rest = url.split("://", 1)[-1]
    return "/" not in rest.rstrip("/") and "?" not in rest


def choose_url(given: str | None, canonical: str | None) -> str | None:
    """The article's URL: the page's canonical/og:url when it is trustworthy, else the URL it was fetched at.

    A canonical pointing at the site's home page (a common template bug) or at another site (a
    republication naming its source) would merge different articles under one identity, so the
    fetched URL wins then.
    """
    given_n = normalise_url(given) if given else None
    canonical_n = normalise_url(canonical) if canonical else None
    if canonical_n is None:
        return given_n
    if given_n is None:
        return None if _is_home(canonical_n) else canonical_n
    if _is_home(canonical_n) or not _same_site(given_n, canonical_n):
        return given_n
    return canonical_n


def _drop_title_lines(text: str, title: str | None) -> str:
    # trafilatura keeps the <h1> in the text, sometimes after a rubric label; the title is stored apart.
    if not title:
        return text
    lines = text.split("\n")
    key = title.casefold()
    for i, line in enumerate(lines[:TITLE_SEARCH_LINES]):
        if line.casefold() == key:
            del lines[i]
            break
    return "\n".join(lines)


def _date_params() -> dict[str, Any]:
    return {
        "original_date": True,
        "extensive_search": HTMLDATE_EXTENSIVE,
        "outputformat": "%Y-%m-%d",
        "max_date": date.today().isoformat(),
    }


def html_to_document(
    html: str,
    source_path: str,
    identity: str,
    url: str | None = None,
    *,
    kind: SourceKind = "html",
) -> RawDocument | Rejection:
    """One HTML page → a RawDocument with its main text, title, date and outlet, or a Rejection.

    ``identity`` is used when no URL is known; with a URL (given or canonical), the normalised
    URL is the identity. ``kind`` lets the WARC and JSONL readers record where the page came from.
    """
    # Script and style elements go before parsing: inside <title> (raw text for the parser) their
    # code would otherwise come back as words of the title.
    html = _RAW_SCRIPT.sub(" ", html)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            favor_precision=FAVOR_PRECISION,
            include_comments=False,
            include_tables=True,
            include_images=False,
            include_links=False,
            with_metadata=True,
            deduplicate=False,
            date_extraction_params=_date_params(),
        )
    except Exception as exc:  # a page trafilatura chokes on is one rejected input
        return Rejection(source_path, f"HTML could not be parsed: {type(exc).__name__}: {exc}")
    if doc is None or isinstance(doc, dict) or not doc.text:
        return Rejection(source_path, "no main text found in the HTML page")
    title = " ".join(strip_markup(repair_mojibake(doc.title or "")).split()) or None
    text = _drop_title_lines(_clean_lines(repair_mojibake(doc.text or "")), title)
    if not text.strip():
        return Rejection(source_path, "no main text found in the HTML page")
    page_url = choose_url(url, doc.url)
    parsed = parse_date(doc.date) if doc.date else None
    sitename = " ".join(strip_markup(doc.sitename or "").split()) or None
    outlet = sitename or (outlet_from_url(page_url) if page_url else None)
    return RawDocument(
        source_path=source_path,
        kind=kind,
        text=text,
        identity=page_url or identity,
        url=page_url,
        title=title,
        date=parsed[0] if parsed else None,
        date_precision=parsed[1] if parsed else None,
        date_origin="html" if parsed else None,
        outlet=outlet,
        needs_cleaning=False,
        synthetic=bool(_SYNTHETIC.search(html[:SYNTHETIC_SNIFF_CHARS])),
    )


def declared_charset(head: bytes) -> str | None:
    """The charset a page declares in its first bytes (``<meta charset>`` or http-equiv)."""
    match = _META_CHARSET.search(head[:CHARSET_SNIFF_BYTES])
    return match.group(1).decode("ascii", "replace") if match else None


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str] | str:
    """(html, encoding) honouring the BOM, then the HTTP charset, then <meta charset>, then detection."""
    return decode_bytes(data, http_charset or declared_charset(data), repair=False)


def _parse(path: Path, data: bytes, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """One HTML file → one RawDocument or Rejection (plus the rejection of a broken sidecar)."""
    where = str(path)
    if not data.strip():
        yield Rejection(where, "empty file")
        return
    decoded = decode_html(data)
    if isinstance(decoded, str):
        yield Rejection(where, decoded)
        return
    meta, problems = read_sidecar(path)
    yield from problems
    item = html_to_document(decoded[0], where, identity_prefix, url=meta.url)
    if isinstance(item, RawDocument):
        item.encoding = decoded[1]
        item.synthetic = item.synthetic or meta.synthetic
        item.title = meta.title or item.title
        item.outlet = meta.outlet or item.outlet
        if meta.date:
            # The collector's sidecar is explicit metadata: it outranks what the markup suggests.
            item.date, item.date_precision, item.date_origin = meta.date, meta.date_precision, "metadata"
    yield item


read = whole_file(_parse)

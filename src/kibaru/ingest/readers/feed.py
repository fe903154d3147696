"""RSS and Atom feeds: every entry becomes a document built from its content or summary.

feedparser already sanitises entry HTML (scripts and event handlers removed); the fragment is
then turned into text with one line per block, and any leftover markup is stripped again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from kibaru.ingest.metadata import normalise_url, parse_date
from kibaru.ingest.readers.html import strip_markup
from kibaru.ingest.readers.text import whole_file
from kibaru.model import RawDocument, Rejection

_BLOCKS = frozenset(
    [
        "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "table",
        "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt", "hr",
    ]
)
_DROP = frozenset(["script", "style", "noscript", "iframe", "object", "embed", "svg", "template", "form", "button"])
# A channel title is often "Outlet – tagline"; the outlet is the part before the separator.
_TITLE_SEPARATOR = re.compile(r"\s+[–—|:-]\s+")


def html_fragment_to_text(fragment: str) -> str:
    """Visible text of an HTML fragment, one line per paragraph/block, nothing executable kept."""
    if "<" not in fragment:
        return "\n".join(" ".join(line.split()) for line in fragment.splitlines() if line.strip())
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag.lower() if isinstance(el.tag, str) else ""
        if tag in _DROP or not isinstance(el.tag, str):
            if el.tail:  # a comment's or dropped element's tail is still visible text
                parts.append(el.tail)
            return
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text:
            parts.append(el.text)
        for child in el:
            walk(child)
        if tag in _BLOCKS:
            parts.append("\n")
        if el.tail:
            parts.append(el.tail)

    walk(root)
    lines = (" ".join(line.split()) for line in strip_markup("".join(parts)).split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_html(entry: Any) -> str:
    # content:encoded / atom:content is the full article; summary/description is a teaser.
    contents = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    if contents:
        return max(contents, key=len)
    return str(entry.get("summary", "") or "")


def _outlet(channel: Any) -> str | None:
    title = " ".join(str(channel.get("title", "") or "").split())
    if not title:
        return None
    return _TITLE_SEPARATOR.split(title, maxsplit=1)[0].strip() or None


def _parse(path: Path, data: bytes, identity_prefix: str) -> Iterator[RawDocument | Rejection]:
    """Every entry of an RSS/Atom feed file."""
    where = str(path)
    # feedparser never fetches anything when given bytes; it sanitises entry HTML by default.
    parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    entries = parsed.get("entries", [])
    if not entries:
        problem = parsed.get("bozo_exception")
        yield Rejection(where, f"not a readable feed: {problem}" if problem else "feed has no entries")
        return
    outlet = _outlet(parsed.get("feed", {}))
    for n, entry in enumerate(entries, start=1):
        entry_where = f"{where}#item={n}"
        text = html_fragment_to_text(_entry_html(entry))
        if not text:
            yield Rejection(entry_where, f"item {n}: no content or summary")
            continue
        url = normalise_url(entry["link"]) if entry.get("link") else None
        guid = str(entry.get("id", "") or "").strip()
        identity = url or (f"{identity_prefix}#guid={guid}" if guid else f"{identity_prefix}#item={n}")
        raw_date = entry.get("published") or entry.get("updated") or ""
        date = parse_date(raw_date) if raw_date else None
        title = " ".join(strip_markup(str(entry.get("title", "") or "")).split()) or None
        yield RawDocument(
            source_path=entry_where,
            kind="feed",
            text=text,
            identity=identity,
            url=url,
            title=title,
            date=date[0] if date else None,
            date_precision=date[1] if date else None,
            date_origin="metadata" if date else None,
            outlet=outlet,
            # A feed entry is the publisher's HTML, not an extraction: credit lines, "Lire aussi"
            # and "The post … appeared first on …" are still in it.
            needs_cleaning=True,
        )


read = whole_file(_parse)

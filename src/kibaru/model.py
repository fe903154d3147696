"""The records that flow through the pipeline.

``RawDocument`` is what a reader yields (one per article found in an input); ``Article`` is the
cleaned, dated, identified record that is stored and exported (fields named as in
``shared/spec/article.schema.json``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal["day", "month", "year"]
DateOrigin = Literal["metadata", "header", "html", "text", "inferred"]
SourceKind = Literal["text", "html", "jsonl", "warc", "feed"]


@dataclass(slots=True)
class RawDocument:
    """One article as a reader found it, before cleaning.

    ``text`` is the article's visible text with line breaks kept (for dumps: the decoded file;
    for HTML: the main text trafilatura extracted). ``needs_cleaning`` says whether the
    line-level boilerplate cleaner must still run over it.
    """

    source_path: str
    kind: SourceKind
    text: str
    identity: str  # what makes this record the same record on a re-ingest (URL, record id, path)
    url: str | None = None
    title: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_origin: DateOrigin | None = None
    outlet: str | None = None
    attributed_source: str | None = None
    language: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    needs_cleaning: bool = True
    encoding: str | None = None
    synthetic: bool = False


@dataclass(slots=True)
class Rejection:
    """An input that could not be used, and why."""

    where: str
    reason: str


@dataclass(slots=True)
class Article:
    """A cleaned article as stored and exported (the contract's field names)."""

    id: str
    source_path: str | None
    text: str
    content_hash: str
    url: str | None = None
    outlet: str | None = None
    attributed_source: str | None = None
    title: str | None = None
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_origin: DateOrigin | None = None
    language: str | None = None
    boilerplate: list[str] = field(default_factory=list)
    cluster_id: str | None = None
    source_kind: SourceKind | None = None
    synthetic: bool = False
    entities: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    narratives: list[dict[str, Any]] = field(default_factory=list)
    techniques: list[dict[str, Any]] = field(default_factory=list)
    stance: list[dict[str, Any]] = field(default_factory=list)
    # What enriched it (kibaru.ingest.provenance's record: components, KB, models, key, enriched_at), when a
    # reader asked the database for it (the dashboard, `kibaru export`); not written by the store from here.
    enrichment: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# The fields of the exported contract, in the schema's order (extras such as content_hash stay
# internal to the database).
EXPORT_FIELDS: tuple[str, ...] = (
    "id", "source_path", "url", "outlet", "attributed_source", "title", "date", "date_precision",
    "date_origin", "language", "text", "boilerplate", "cluster_id", "entities", "quotes", "events",
    "narratives", "techniques", "stance",
)


def export_record(article: Article) -> dict[str, Any]:
    """The article as the contract's JSON object. Technique spans carry their voice and speaker; a
    span stored before the techniques stage recorded them gets them from the stored quotes, by the
    same rule (:func:`kibaru.enrich.voice.technique_voices`). ``enrichment`` (what enriched it) is added
    when the article carries it."""
    from kibaru.enrich.voice import technique_voices

    record = {name: getattr(article, name) for name in EXPORT_FIELDS}
    record["techniques"] = technique_voices(article.techniques, article.quotes)
    if article.enrichment:  # optional: the contract allows extra top-level properties
        record["enrichment"] = article.enrichment
    return record

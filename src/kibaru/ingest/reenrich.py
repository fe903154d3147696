"""Re-enrich stored articles: run the configured components again over what the database holds.

`kibaru ingest` skips an article whose content hash is unchanged, so after an upgrade (a new KB, a retrained
model) or a KB correction the stored articles keep the entities, quotes, events and techniques an older
version found. :func:`reenrich` runs the configured components over stored articles — all of them, the
*stale* ones (enriched with another KB, model or component list: :mod:`kibaru.ingest.provenance`), or a
selection — and writes the new enrichments in place with their provenance.

Batches as in ingest: each batch of ``[ingest] batch_size`` articles is one transaction, so a killed run
loses at most the batch in flight, and running the command again completes it (with ``--stale`` the
articles already done are no longer stale). The text does not change, so clusters are left as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from kibaru.enrich.registry import resolve
from kibaru.errors import KibaruError
from kibaru.ingest.pipeline import IngestOptions, run_components
from kibaru.model import Article
from kibaru.store.base import ENRICHMENT_VERSION, RunSummary, Storage, valid_date
from kibaru.store.rows import ENRICHMENT_FIELDS, where_clause

# What the summary counts per article, before and after (the order `kibaru enrich` prints them in).
COUNTS = ("entities", "linked actors", "quotes", "events", "techniques")


def counts(article: Article) -> dict[str, int]:
    """The summary's counts for one article: entities, those linked to a KB actor, quotes, events, techniques."""
    return {
        "entities": len(article.entities),
        "linked actors": sum(1 for e in article.entities if e.get("kb_id")),
        "quotes": len(article.quotes),
        "events": len(article.events),
        "techniques": len(article.techniques),
    }


@dataclass(slots=True)
class EnrichSelection:
    """Which stored articles to re-enrich; no field set: all of them."""

    stale: bool = False
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    ids: Sequence[str] = ()

    def check(self) -> None:
        for name in ("since", "until"):
            if not valid_date(getattr(self, name)):
                raise KibaruError(f"{name} {getattr(self, name)!r} is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")

    def describe(self) -> list[str]:
        """The selection as the run's ``inputs`` (the runs table says what each run was asked)."""
        parts = ["enrich"] + (["--stale"] if self.stale else [])
        parts += [f"--{k} {v}" for k, v in (("outlet", self.outlet), ("since", self.since), ("until", self.until))
                  if v is not None]
        return parts + [f"--id {i}" for i in self.ids]


@dataclass(slots=True)
class EnrichSummary:
    """What one `kibaru enrich` run did."""

    selected: int = 0  # articles the selection matched
    changed: int = 0  # whose enrichments (any field the components write) differ from the stored ones
    unchanged: int = 0
    provenance_key: str = ""
    components: tuple[str, ...] = ()
    before: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    after: dict[str, int] = field(default_factory=lambda: dict.fromkeys(COUNTS, 0))
    # wall seconds per component (by name), as ingest's RunSummary.seconds
    seconds: dict[str, float] = field(default_factory=dict)

    def as_run(self) -> RunSummary:
        """The row of ``runs``: read = selected, updated = re-enriched with a change, unchanged = the same."""
        return RunSummary(read=self.selected, updated=self.changed, unchanged=self.unchanged)


def selected_ids(storage: Storage, selection: EnrichSelection, current_key: str) -> dict[str, str | None]:
    """The ids to re-enrich, in ingest order, with their stored provenance key (a few MB for 100k articles,
    as ingest's ``seen``)."""
    clauses, params = where_clause({"outlet": selection.outlet, "since": selection.since, "until": selection.until})
    conditions = [clauses.removeprefix("WHERE ")] if clauses else []
    if selection.ids:
        conditions.append("id IN (" + ", ".join("?" for _ in selection.ids) + ")")
        params += list(selection.ids)
    if selection.stale:
        conditions.append("enrichment_key IS DISTINCT FROM ?")
        params.append(current_key)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    with storage.read_cursor() as cur:
        rows = cur.execute(f"SELECT id, enrichment_key FROM articles {where} ORDER BY ingest_seq", params).fetchall()
    return {str(r[0]): r[1] for r in rows}


def reenrich(
    storage: Storage,
    options: IngestOptions,
    selection: EnrichSelection | None = None,
    *,
    on_batch: Callable[[int], None] | None = None,
) -> EnrichSummary:
    """Re-run ``options.components`` over the stored articles ``selection`` picks; returns what changed.

    The fields the components write are emptied first, so the result is what a fresh ingest would store;
    fields of components not configured now are left as they are. Each batch is one transaction.
    """
    selection = selection or EnrichSelection()
    selection.check()
    if not options.components:
        raise KibaruError("no enrichment components configured ([enrich] components is empty): nothing to run")
    if storage.schema_version() < ENRICHMENT_VERSION:
        raise KibaruError(f"{storage.url} has schema v{storage.schema_version()}: run `kibaru migrate` first")
    components = resolve(options.components)
    options.use_kb()
    fields = [name for name in ENRICHMENT_FIELDS if any(name in c.writes for c in components)]
    provenance = options.provenance()
    summary = EnrichSummary(provenance_key=provenance.key, components=tuple(options.components))
    stored_keys = selected_ids(storage, selection, provenance.key)
    ids = list(stored_keys)
    summary.selected = len(ids)
    run_id = storage.begin_run(selection.describe(), kind="enrich")
    status = "failed"
    try:
        for start in range(0, len(ids), max(1, options.batch_size)):
            batch = [a for i in ids[start: start + options.batch_size] if (a := storage.get_article(i)) is not None]
            before = [_fields(a, fields) for a in batch]
            for article in batch:
                _add(summary.before, counts(article))
                for name in fields:
                    setattr(article, name, [])
            run_components(batch, components, options.settings, summary.seconds)
            written: list[Article] = []
            for article, old in zip(batch, before, strict=True):
                _add(summary.after, counts(article))
                if _fields(article, fields) == old:
                    summary.unchanged += 1
                else:
                    summary.changed += 1
                # Written when something changed or its provenance was another: a second identical run
                # leaves every row as it was.
                if _fields(article, fields) != old or stored_keys[article.id] != provenance.key:
                    written.append(article)
            storage.write_enrichments(written, fields, provenance.stamp())
            if on_batch:
                on_batch(len(batch))
        status = "ok"
    finally:
        storage.finish_run(run_id, summary.as_run(), status)
    return summary


def _fields(article: Article, fields: Sequence[str]) -> str:
    return json.dumps([getattr(article, name) for name in fields], ensure_ascii=False, sort_keys=True)


def _add(total: dict[str, int], more: dict[str, int]) -> None:
    for name, n in more.items():
        total[name] += n


def stale_report(info: dict[str, Any], options: IngestOptions) -> dict[str, Any]:
    """For `kibaru status` (``info``: ``Storage.status()``): how many stored articles another KB, model or
    component list enriched than ``options`` would now."""
    current = options.provenance()
    groups = info.get("enrichments", [])
    stale = [g for g in groups if g["key"] != current.key]
    return {
        "current_key": current.key,
        "kb": current.kb,
        "components": list(current.components),
        "stale": sum(g["articles"] for g in stale),
        "not_recorded": sum(g["articles"] for g in stale if g["key"] is None),
        "groups": groups,
    }

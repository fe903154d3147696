"""Narrative aggregates for the dashboard: plain rows computed over a Storage.

* :func:`prevalence` — for each outlet and month (``YYYY-MM`` of the article date; ``None`` when
  undated), each narrative and voice: how many articles carry it and the share of that outlet's
  articles of the month that do.
* :func:`speakers` — which quoted speakers voice which narratives (articles, detections).
* :func:`totals` — one row per narrative and voice over the whole database.

Every function streams the articles once (``Storage.iter_articles``) and returns a list of dicts
with stable keys, sorted, so the dashboard or an export can render them as they are.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from kibaru.model import Article
from kibaru.store import Storage


def _month(date: str | None) -> str | None:
    return date[:7] if date and len(date) >= 7 else None


def _articles(source: Storage | Iterable[Article], where: dict[str, Any] | None) -> Iterable[Article]:
    if hasattr(source, "iter_articles"):
        return source.iter_articles(where=where)
    return source


def prevalence(source: Storage | Iterable[Article], *, by_outlet: bool = True, by_month: bool = True,
               by_voice: bool = True, where: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows ``{outlet, month, narrative, voice, articles, total, share}``; a grouping switched off
    gives ``None`` in its column (``voice`` ``None`` counts an article once whatever the voice)."""
    totals: Counter[tuple[str | None, str | None]] = Counter()
    hits: Counter[tuple[str | None, str | None, str, str | None]] = Counter()
    for art in _articles(source, where):
        outlet = art.outlet if by_outlet else None
        month = _month(art.date) if by_month else None
        totals[(outlet, month)] += 1
        seen = {(d["id"], d.get("voice") if by_voice else None) for d in art.narratives}
        for nid, voice in seen:
            hits[(outlet, month, nid, voice)] += 1
    rows = []
    for (outlet, month, nid, voice), n in hits.items():
        total = totals[(outlet, month)]
        rows.append({"outlet": outlet, "month": month, "narrative": nid, "voice": voice, "articles": n,
                     "total": total, "share": round(n / total, 4) if total else 0.0})
    rows.sort(key=lambda r: (r["outlet"] or "", r["month"] or "", r["narrative"], r["voice"] or ""))
    return rows


def speakers(source: Storage | Iterable[Article], *, where: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows ``{speaker, speaker_kb_id, narrative, articles, detections, outlets}``, most articles first."""
    arts: dict[tuple[str, str | None, str], set[str]] = defaultdict(set)
    dets: Counter[tuple[str, str | None, str]] = Counter()
    outlets: dict[tuple[str, str | None, str], set[str]] = defaultdict(set)
    for art in _articles(source, where):
        for d in art.narratives:
            if d.get("voice") != "quoted" or not d.get("speaker"):
                continue
            key = (str(d["speaker"]), d.get("speaker_kb_id"), d["id"])
            arts[key].add(art.id)
            dets[key] += 1
            if art.outlet:
                outlets[key].add(art.outlet)
    rows: list[dict[str, Any]] = [
        {"speaker": s, "speaker_kb_id": k, "narrative": n, "articles": len(ids), "detections": dets[(s, k, n)],
         "outlets": sorted(outlets[(s, k, n)])} for (s, k, n), ids in arts.items()]
    rows.sort(key=lambda r: (-int(r["articles"]), str(r["speaker"]), str(r["narrative"])))
    return rows


def totals(source: Storage | Iterable[Article], *, where: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    """Rows ``{narrative, voice, articles}`` over everything, most frequent first."""
    rows = prevalence(source, by_outlet=False, by_month=False, where=where)
    out = [{"narrative": r["narrative"], "voice": r["voice"], "articles": r["articles"], "share": r["share"]}
           for r in rows]
    out.sort(key=lambda r: (-r["articles"], r["narrative"], r["voice"] or ""))
    return out

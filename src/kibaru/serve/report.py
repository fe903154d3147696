"""A shareable report: one self-contained HTML file (inline CSS and SVG charts, no script, nothing
fetched), optionally printed to PDF by Debian's Chromium.

``render_report(db, scope)`` returns the HTML; ``write_report(db, out, scope)`` writes ``out``
(``.pdf`` → printed with ``chromium --headless --print-to-pdf``).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import jinja2

from kibaru import __version__
from kibaru.errors import KibaruError, StorageError
from kibaru.serve import analytics, charts, dialect, queries
from kibaru.serve.dialect import Cursor, database_label
from kibaru.serve.labels import load as load_labels
from kibaru.store import is_postgres_url, open_storage

HERE = Path(__file__).parent
# Rows of each table in the report: enough to brief someone, short enough to read.
TOP_ROWS = 15
EVIDENCE_PER_NARRATIVE = 4
NARRATIVES_WITH_EVIDENCE = 5
REPORT_NODES = 30
# Chromium gets this long to print a PDF.
PDF_TIMEOUT_S = 120


def _context(cur: Any, scope: analytics.Scope, database: str) -> dict[str, Any]:
    labels = load_labels()
    indexed = queries.has_index(cur)
    extra, params = scope.clauses("a")
    row = cur.execute(
        f"SELECT count(*), count(DISTINCT a.outlet), min(a.date), max(a.date) FROM articles a WHERE TRUE{extra}",
        params).fetchone()
    per_month = analytics.articles_per_month(cur, scope)
    months = analytics.month_range(list(per_month))
    ctx: dict[str, Any] = {
        "scope": scope, "labels": labels, "version": __version__, "database": database,
        "generated": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "counts": {"articles": row[0], "outlets": row[1], "first": row[2], "last": row[3]},
        "months_chart": charts.bars(months, [per_month.get(m, 0) for m in months], "Articles par mois",
                                    unit="articles"),
        "indexed": indexed,
    }
    if indexed:
        narratives = analytics.narratives(cur, scope)
        prevalence = analytics.narrative_prevalence(cur, scope, None, "narrative")
        voices = analytics.narrative_prevalence(cur, scope, None, "voice")
        n_months = analytics.month_range([m for s in (*prevalence.values(), *voices.values()) for m in s])
        top = [n["id"] for n in narratives[: analytics.MAX_SERIES]]
        ctx["narratives"] = narratives
        ctx["narratives_chart"] = charts.lines(
            n_months, [charts.Series(labels.narrative(n), [prevalence.get(n, {}).get(m, 0) for m in n_months])
                       for n in top], "Articles portant chaque récit, par mois")
        ctx["voice_chart"] = charts.lines(
            n_months, [charts.Series(labels.voice(v), [voices.get(v, {}).get(m, 0) for m in n_months])
                       for v in queries.VOICES], "Récits : voix du média ou citation, par mois")
        chosen = [scope.narrative] if scope.narrative else [n["id"] for n in narratives[:NARRATIVES_WITH_EVIDENCE]]
        ctx["evidence"] = [(nid, analytics.narrative_evidence(cur, nid, scope, limit=EVIDENCE_PER_NARRATIVE))
                           for nid in chosen]
        actors = analytics.actors(cur, scope, limit=TOP_ROWS)
        ctx["actors"] = actors
        ctx["actors_chart"] = charts.hbars([(a["name"], a["articles"]) for a in actors],
                                           "Acteurs les plus nommés (articles)")
        net = analytics.actor_network(cur, scope, max_nodes=REPORT_NODES)
        for node in net["nodes"]:
            node["href"] = None  # a file has no dashboard to link to
        ctx["network"] = charts.graph(net["nodes"], net["edges"], "Co-occurrence des acteurs", height=520)
        ctx["techniques"] = analytics.techniques(cur, scope)[:TOP_ROWS]
        # Who is quoted in the period (the /quotes page's table): a week's brief names its voices.
        ctx["speakers"] = [s for s in analytics.speaker_ranking(cur, scope) if s["speaker"]][:TOP_ROWS]
    entries = analytics.merged_events(cur, scope)
    ctx["events_total"] = len(entries)
    ctx["event_types"] = sorted(
        {e.type: sum(1 for x in entries if x.type == e.type) for e in entries}.items(), key=lambda kv: -kv[1])
    ctx["events"] = sorted(entries, key=lambda e: (-len(e.reports), e.date or ""))[:TOP_ROWS]
    ctx["disagreements"] = [e for e in entries if e.fatalities_disagree][:TOP_ROWS]
    ctx["pairs"] = queries.republication_pairs(cur)[:TOP_ROWS]
    ctx["outlets"] = queries.outlets(cur)[:TOP_ROWS]
    return ctx


def render_report(db: str, scope: analytics.Scope | None = None) -> str:
    """The report over database ``db`` for ``scope`` as one self-contained HTML document."""
    scope = scope or analytics.Scope()
    for name, value in (("since", scope.since), ("until", scope.until)):
        if not queries.valid_date(value):
            raise KibaruError(f"--{name} must be YYYY, YYYY-MM or YYYY-MM-DD, not {value!r}")
    if not is_postgres_url(db) and db != ":memory:" and not Path(db).exists():
        raise StorageError(f"no database at {db}: run `kibaru ingest` first")
    storage = open_storage(db, read_only=True)
    try:
        with storage.read_cursor() as rc:
            cur = Cursor(rc, dialect.for_backend(getattr(storage, "backend", "duckdb")))
            ctx = _context(cur, scope, database_label(storage))
    finally:
        storage.close()
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(HERE / "templates")), autoescape=True)
    ctx["css"] = (HERE / "static" / "report.css").read_text(encoding="utf-8")
    return env.get_template("report.html").render(**ctx)


def chromium() -> str | None:
    """Debian's Chromium (or $KIBARU_CHROMIUM), if installed."""
    configured = os.environ.get("KIBARU_CHROMIUM")
    if configured and Path(configured).exists():
        return configured
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def write_report(db: str, out: Path, scope: analytics.Scope | None = None) -> Path:
    """Write the report to ``out``: HTML, or PDF when ``out`` ends in ``.pdf``."""
    html = render_report(db, scope)
    if out.suffix.lower() != ".pdf":
        out.write_text(html, encoding="utf-8")
        return out
    browser = chromium()
    if browser is None:
        raise KibaruError("a PDF needs Chromium (apt-get install chromium); write .html instead")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "report.html"
        page.write_text(html, encoding="utf-8")
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--no-first-run", "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
               f"--print-to-pdf={out.resolve()}", page.as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, timeout=PDF_TIMEOUT_S, check=False)
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise KibaruError(f"Chromium could not print the PDF: {exc}") from exc
    if done.returncode != 0 or not out.exists() or out.stat().st_size == 0:
        tail = done.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] if done.stderr else []
        raise KibaruError(f"Chromium could not print the PDF (exit {done.returncode}){': ' + tail[0] if tail else ''}")
    return out

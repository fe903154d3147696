"""`kibaru acled`: cross-check the stored events against an ACLED export (what happened, and does ACLED agree)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from kibaru.commands.common import DbOption, SinceOption, UntilOption, err, print_rows, storage_session

COLUMNS = ("claim date", "type", "place", "fatalities", "article_id", "ACLED event", "ACLED date", "ACLED place",
           "matched on", "ACLED fatalities")


def acled(
    export: Annotated[Path, typer.Argument(help="An ACLED CSV export (the documented columns).")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: Annotated[str | None, typer.Option(help="Only this outlet's articles.")] = None,
    window: Annotated[int, typer.Option(min=0, help="Days an ACLED event may lie from the claimed day (at most "
                                                    "3660).")] = 3,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | jsonl")] = "table",
) -> None:
    """Match the articles' attacks, captures and protests to an ACLED export; list disagreeing death tolls.

    Rules: kibaru.analyse.acled (type, place with the KB's other names, date within --window days, actors rank)."""
    from kibaru.analyse.acled import claims_from_articles, load_acled, match_events
    from kibaru.errors import KibaruError
    from kibaru.export.select import Selection, select
    from kibaru.kb import KnowledgeBase
    from kibaru.model import Rejection

    if fmt not in ("table", "jsonl"):
        raise KibaruError(f"unknown format {fmt!r} (table or jsonl)")
    rejected: list[Rejection] = []
    events = load_acled(export, rejected)
    for rejection in rejected:
        err.print(f"skipped {rejection.where}: {rejection.reason}", highlight=False, markup=False)
    with storage_session(db, read_only=True) as storage:
        claims, names = claims_from_articles(select(storage, Selection(since=since, until=until, outlet=outlet)),
                                             KnowledgeBase.load())
    report = match_events(claims, events, window_days=window, place_names=names)
    matched = {id(m.claim): m for m in report.matches}
    if fmt == "jsonl":
        for claim in claims:
            m = matched.get(id(claim))
            print(json.dumps({
                "article_id": claim.article_id, "type": claim.type, "date": claim.date, "location": claim.location,
                "fatalities": claim.fatalities, "acled_event_id": m.event.event_id if m else None,
                "acled_date": m.event.date.isoformat() if m else None,
                "acled_location": m.event.location if m else None,
                "place_level": m.place_level if m else None, "day_gap": m.day_gap if m else None,
                "acled_fatalities": m.event.fatalities if m else None}, ensure_ascii=False))
    else:
        print_rows(COLUMNS, [
            (c.date, c.type, c.location, "" if c.fatalities is None else str(c.fatalities), c.article_id or "",
             m.event.event_id if m else "—", m.event.date.isoformat() if m else "",
             m.event.location if m else "", f"{m.place_level}, {m.day_gap} d" if m else "",
             "" if not m or m.event.fatalities is None else str(m.event.fatalities))
            for c in claims for m in (matched.get(id(c)),)])
    err.print(f"{len(claims)} claims: {len(report.matches)} matched, {len(report.unmatched_claims)} unmatched; "
              f"{len(report.unmatched_events)} ACLED events of the period unmatched; "
              f"{len(report.fatality_disagreements)} death tolls disagree", highlight=False)


def register(app: typer.Typer) -> None:
    app.command("acled")(acled)

"""A group's page reads the group's actor facets once (ux26; ux25 left 3): its totals, months, outlets and the
articles each member counts for come from one statement — grouping sets over the group's article rows — where
there were four scans. The figures are those of the four former queries, kept here as the reference, for every
group, with and without a period and an outlet, on DuckDB and PostgreSQL (the test articles of
``test_actor_groups``: sentences written for the tests)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("fastapi")

from kibaru.serve import analytics, dialect
from kibaru.serve.dialect import Cursor
from kibaru.store import open_storage
from test_actor_groups import _stored

SCOPES = [analytics.Scope(), analytics.Scope(until="2023-05"), analytics.Scope(since="2023"),
          analytics.Scope(outlet="Sahel Matin")]


def _four_scans(cur: Cursor, group: Any, scope: analytics.Scope) -> dict[str, Any]:
    """ux25's four queries (``group_detail`` at 2cf3e8a), the reference."""
    extra, params = scope.clauses("a")
    condition, values = analytics.group_condition(group)
    source = (f"FROM article_facets f JOIN articles a ON a.id = f.article_id WHERE f.facet = 'actor' "
              f"AND ({condition}){extra}")
    where = [*values, *params]
    head = cur.execute(f"SELECT count(DISTINCT a.id), sum(f.n), min(a.date), max(a.date) {source}", where).fetchone()
    per_month = cur.execute(f"SELECT {dialect.month('a.date')}, count(DISTINCT a.id), sum(f.n) {source} "
                            "AND length(a.date) >= 7 GROUP BY 1 ORDER BY 1", where).fetchall()
    counts = []  # one count per member (the 35 FILTER columns of one statement exceed the read cursor's memory)
    for member in group.members:
        period, bounds = dialect.period("a.date", member.since, member.until)
        row = cur.execute(f"SELECT count(DISTINCT a.id) {source} AND {dialect.in_list('f.value', len(member.values))}"
                          f"{''.join(' AND ' + p for p in period)}", [*where, *member.values, *bounds]).fetchone()
        counts.append(row[0] if row else 0)
    outlets = cur.execute(f"SELECT a.outlet, count(DISTINCT a.id) AS n {source} AND a.outlet IS NOT NULL "
                          "AND a.outlet <> '' GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?",
                          [*where, analytics.TOP]).fetchall()
    assert head is not None
    return {"articles": int(head[0] or 0), "mentions": int(head[1] or 0), "first_date": head[2],
            "last_date": head[3], "per_month": {r[0]: (int(r[1]), int(r[2] or 0)) for r in per_month if r[0]},
            "outlets": [(o, int(n)) for o, n in outlets], "members": [int(n or 0) for n in counts]}


class _Counting(Cursor):
    """A cursor counting the statements that read the actor facets."""

    def __init__(self, cur: Any, sql: Any) -> None:
        super().__init__(cur, sql)
        self.facet_reads = 0

    def execute(self, sql: str, params: Any = ()) -> Cursor:
        self.facet_reads += "article_facets" in sql
        return super().execute(sql, params)


def test_a_groups_page_reads_its_facets_once_with_the_four_scans_figures(backend: str, new_db: Any) -> None:
    url = _stored(new_db())
    storage = open_storage(url)
    checked = 0
    try:
        with storage.read_cursor() as raw:
            sql = dialect.for_backend(getattr(storage, "backend", "duckdb"))
            for group in analytics.actor_groups():
                for scope in SCOPES:
                    cur = _Counting(raw, sql)
                    got = analytics.group_detail(cur, group, scope)
                    # the quotes and events: one statement each over the quotes / events (their own functions)
                    figures = cur.facet_reads
                    want = _four_scans(Cursor(raw, sql), group, scope)
                    assert {k: got[k] for k in ("articles", "mentions", "first_date", "last_date", "per_month")} \
                        == {k: want[k] for k in ("articles", "mentions", "first_date", "last_date", "per_month")}
                    assert [(o["outlet"], o["articles"]) for o in got["outlets"]] == want["outlets"]
                    assert [m["articles"] for m in got["members"]] == want["members"]
                    assert figures <= 1 + 3, figures  # one for the figures; the quotes/speakers/events read their own
                    checked += bool(want["articles"])
    finally:
        storage.close()
    assert checked >= 4  # some groups with articles, under several scopes

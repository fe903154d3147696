"""« Which outlets republish others' stories without crediting them, and how fast? » (session 22, ux22): the
outlets page had the delay but not the credit, and the exports had neither — the Gephi outlets graph carried no
delay (session 21 left it) and the clusters table no credit, so the answer took two exports joined by hand."""

from __future__ import annotations

from dataclasses import replace

from export_fixtures import articles
from kibaru.export.graphs import outlet_graph
from kibaru.export.tables import iter_rows


def test_outlet_graph_edges_carry_the_delay_and_the_uncredited_copies() -> None:
    a1, a2, *rest = articles()  # a1 Sahel Matin 3 Feb first, a2 Bamako Direct 5 Feb its copy
    edge = outlet_graph([a1, a2, *rest]).edges["Sahel Matin", "Bamako Direct"]
    assert edge["median_delay_days"] == 2.0 and edge["timed_copies"] == 1
    assert edge["uncredited_copies"] == 1
    credited = outlet_graph([a1, replace(a2, attributed_source="Sahel Matin"), *rest])
    assert credited.edges["Sahel Matin", "Bamako Direct"]["uncredited_copies"] == 0
    month_only = outlet_graph([a1, replace(a2, date="2023-02", date_precision="month"), *rest])
    edge = month_only.edges["Sahel Matin", "Bamako Direct"]
    assert "median_delay_days" not in edge and edge["timed_copies"] == 0  # no day: no delay, as the outlets page


def test_clusters_table_says_how_late_each_copy_came_and_what_it_credits() -> None:
    a1, a2, *rest = articles()
    rows = {r["article_id"]: r for name, r in iter_rows([a1, replace(a2, attributed_source="AFP"), *rest],
                                                          ["clusters"]) if name == "clusters"}
    assert rows["a1"]["is_first"] and rows["a1"]["days_after_first"] == 0 and rows["a1"]["attributed_source"] is None
    assert rows["a2"]["days_after_first"] == 2 and rows["a2"]["attributed_source"] == "AFP"

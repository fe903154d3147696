"""Gephi graphs: actor co-occurrence/interaction and outlet syndication, through GraphML and GEXF."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import networkx as nx
import pytest
from typer.testing import CliRunner

from export_fixtures import articles, make_db
from kibaru.cli import app
from kibaru.export.graphs import actor_graph, outlet_graph, sentence_starts, write_graph

runner = CliRunner()

# The actors each fixture article names, by construction of export_fixtures (a1 names Mali twice,
# once by Wikidata id and once by project id; Libye and Jean Dupont are not linked to the KB).
PER_ARTICLE = {
    "a1": {"kb:gpe:france", "kb:gpe:mali", "kb:per:assimi-goita", "kb:per:sergei-lavrov", "kb:loc:bamako"},
    "a2": {"kb:per:assimi-goita", "kb:per:sergei-lavrov", "kb:loc:bamako", "kb:gpe:mali", "kb:gpe:france",
           "name:libye"},
    "a3": {"kb:grp:wagner", "kb:gpe:niger", "name:jean dupont"},
    "a4": {"kb:loc:menaka", "kb:gpe:mali", "kb:grp:wagner"},
}


def read_back(path: Path, fmt: str) -> nx.Graph:
    return nx.read_graphml(path) if fmt == "graphml" else nx.read_gexf(path)


def _same_graph(g: nx.Graph, back: nx.Graph) -> None:
    assert back.number_of_nodes() == g.number_of_nodes()
    assert back.number_of_edges() == g.number_of_edges()
    assert back.is_directed() == g.is_directed()
    for node, attrs in g.nodes(data=True):
        assert back.has_node(node), node
        for key, value in attrs.items():
            assert back.nodes[node][key] == value, (node, key)
    for a, b, attrs in g.edges(data=True):
        assert back.has_edge(a, b), (a, b)
        for key, value in attrs.items():
            assert back.edges[a, b][key] == value, (a, b, key)


def _serialisable(g: nx.Graph) -> None:
    for _, attrs in g.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values()), attrs
    for _, _, attrs in g.edges(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in attrs.values()), attrs


def test_actor_nodes_merge_id_forms_and_count_articles() -> None:
    g = actor_graph(articles())
    assert set(g.nodes) == set().union(*PER_ARTICLE.values())
    for node in g.nodes:
        assert g.nodes[node]["articles"] == sum(node in keys for keys in PER_ARTICLE.values()), node
    mali = g.nodes["kb:gpe:mali"]
    assert mali["mentions"] == 4 and mali["type"] == "GPE"
    assert mali["kb_id"] == "gpe:mali" and mali["wikidata"] == "Q912"
    assert (mali["first_seen"], mali["last_seen"]) == ("2023-02-03", "2023-03-01")
    assert g.nodes["name:libye"]["type"] == "LOC" and "kb_id" not in g.nodes["name:libye"]  # no None attributes
    _serialisable(g)


def test_actor_edges_count_cooccurrence_events_and_quotes() -> None:
    g = actor_graph(articles())
    expected = {frozenset(p) for keys in PER_ARTICLE.values() for p in combinations(sorted(keys), 2)}
    assert {frozenset(e) for e in g.edges} == expected
    for a, b, attrs in g.edges(data=True):
        assert attrs["articles"] == sum(a in k and b in k for k in PER_ARTICLE.values())
        assert attrs["weight"] == attrs["articles"]
    meeting = g.edges["kb:per:assimi-goita", "kb:per:sergei-lavrov"]
    assert meeting["events"] == 2 and meeting["event_types"] == "meeting" and meeting["sentences"] == 2
    # a2: Goïta speaks, and his quote names Mali.
    assert g.edges["kb:per:assimi-goita", "kb:gpe:mali"]["quotes"] == 1
    assert g.edges["kb:gpe:mali", "kb:grp:wagner"]["sentences"] == 1  # "Le Mali accuse Wagner ..."
    assert g.edges["kb:loc:menaka", "kb:grp:wagner"]["sentences"] == 0
    assert g.nodes["kb:per:assimi-goita"]["quotes"] == 1
    assert g.nodes["kb:per:assimi-goita"]["narratives"] == "sovereign-choice-of-partners"


def test_outlet_graph_points_from_first_publisher_to_republisher() -> None:
    g = outlet_graph(articles())
    assert set(g.nodes) == {"Sahel Matin", "Bamako Direct", "Niamey Info"}
    assert list(g.edges) == [("Sahel Matin", "Bamako Direct")]  # a1 (3 Feb) first, a2 (5 Feb) republished
    assert g.edges["Sahel Matin", "Bamako Direct"]["articles"] == 1
    assert g.nodes["Sahel Matin"]["articles"] == 2 and g.nodes["Sahel Matin"]["first_publications"] == 1
    assert g.nodes["Bamako Direct"]["republications"] == 1
    assert set(g.nodes["Sahel Matin"]["narratives"].split("; ")) == {"france-neocolonial", "western-media-hostility"}
    assert "narratives" not in g.nodes["Bamako Direct"]  # its only narrative is quoted, not its own voice
    _serialisable(g)


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
@pytest.mark.parametrize("which", ["actors", "outlets"])
def test_graphs_load_back_with_the_same_nodes_edges_and_attributes(tmp_path: Path, fmt: str, which: str) -> None:
    g = actor_graph(articles()) if which == "actors" else outlet_graph(articles())
    path = tmp_path / f"g.{fmt}"
    write_graph(g, fmt, path)
    _same_graph(g, read_back(path, fmt))


def test_cli_writes_a_graph_file(tmp_path: Path) -> None:
    db = make_db(tmp_path / "k.duckdb")
    out = tmp_path / "actors.gexf"
    result = runner.invoke(app, ["export", "--db", db, "-f", "gexf", "--graph", "actors", "--until", "2023-02-28",
                                 "-o", str(out)])
    assert result.exit_code == 0, result.output
    back = nx.read_gexf(out)
    assert set(back.nodes) == PER_ARTICLE["a1"] | PER_ARTICLE["a2"]  # a3 is undated, a4 is later
    missing = runner.invoke(app, ["export", "--db", db, "-f", "graphml"])
    assert missing.exit_code != 0


def test_sentence_starts() -> None:
    text = "Une phrase. « Une autre ! » Et la fin.\nNouvelle ligne"
    starts = sentence_starts(text)
    assert [text[s:].split(" ")[0] for s in starts] == ["Une", "«", "Et", "Nouvelle"]


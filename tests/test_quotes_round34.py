"""Round 34: the speaker ranker's wider candidate sources (``speaker_ranker.WIDE_CANDIDATES``).

For 176 of dev-news24's 515 wrong speakers (shipped model, production path) no candidate was right. Four sources add
candidates, each with its own features and only when no candidate has the name: a reporting cue's noun-phrase
subject as written (``wide_np``), the first person or body named after the quote's sentence up to the next
paragraph's end (``wide_next``), the last subject named before the window (``wide_earlier``), and capitalised
sequences no person / body entity covers (``wide_cap``). A model trained without them never sees them. Sentences
and names written for these tests.
"""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")

from entity_helpers import entity
from kibaru.enrich import speaker_ranker as sr
from kibaru.enrich.quotes import extract_quotes, quote_candidates
from kibaru.enrich.speaker_ranker import Candidate, RankerModel, with_prev


def _cands(nlp: Any, text: str, fragment: str, ents: list[dict[str, Any]] | None = None) -> list[Candidate]:
    results, qcs = quote_candidates(nlp(text), ents or [], None)
    for r, qc in zip(results, qcs, strict=True):
        if fragment in r["text"]:
            return with_prev(qc, None)
    raise AssertionError(f"no quote containing {fragment!r} in {[r['text'] for r in results]}")


def _wide(cands: list[Candidate]) -> dict[str | None, dict[str, float]]:
    return {c.name: c.feats for c in cands if c.feats.get("wide")}


def test_an_unnamed_individual_or_source_subject_gets_no_wide_candidate(nlp: Any) -> None:
    # the guideline's unnamed individuals and sources have no speaker: the null candidate stands for them
    for text, fragment, word in (
        (
            "« La baisse des prix va durer jusqu'à la fin de la saison », estime un collectif de commerçants.",
            "baisse",
            "collectif",
        ),
        ("« Le calme est revenu dans la ville », a assuré cet élu de la commune.", "calme est revenu", "élu"),
        (
            "Des sources sécuritaires ont affirmé que l'attaque avait fait douze morts dans la nuit.",
            "douze morts",
            "sources",
        ),
    ):
        wide = _wide(_cands(nlp, text, fragment))
        assert not [n for n in wide if n and word in n], wide
    assert sr._UNNAMED_DET.match("un collectif ") and not sr._UNNAMED_DET.match("le collectif ")


def test_the_person_named_after_a_quote_that_ends_its_paragraph_is_a_candidate(nlp: Any) -> None:
    text = (
        "Les élèves sont rentrés chez eux avant midi. « Nous reprendrons les cours lundi prochain, sans faute. »\n"
        "Moussa Traoré, le directeur de l'école, a fait cette annonce devant les parents réunis."
    )
    ents = [entity(text, "Moussa Traoré", "PER")]
    wide = _wide(_cands(nlp, text, "reprendrons", ents))
    assert "Moussa Traoré" in wide, wide
    feats = wide["Moussa Traoré"]
    assert feats.get("wide_next") == 1.0 and feats.get("wide_next_par") == 1.0
    assert feats.get("wide_next_endpar") == 1.0 and feats.get("after") == 1.0


def test_the_last_subject_before_the_window_is_a_candidate_of_a_cueless_quote(nlp: Any) -> None:
    text = (
        "Le maire Ibrahim Sanogo a présenté son budget jeudi devant le conseil municipal.\n"
        "La salle était pleine et la séance a duré quatre heures.\n"
        "Les travaux de la route commenceront en mars.\n"
        "« Nous ne laisserons aucun quartier de côté cette année. »"
    )
    ents = [entity(text, "Ibrahim Sanogo", "PER")]
    wide = _wide(_cands(nlp, text, "aucun quartier", ents))
    assert "Ibrahim Sanogo" in wide, wide
    assert wide["Ibrahim Sanogo"].get("wide_earlier") == 1.0
    assert wide["Ibrahim Sanogo"].get("wide_earlier_nocue") == 1.0
    # inside the window (the paragraph before the quote's) the name is an ordinary candidate already
    near = "Le maire Ibrahim Sanogo a présenté son budget jeudi.\n« Nous ne laisserons aucun quartier de côté. »"
    cands = _cands(nlp, near, "aucun quartier", [entity(near, "Ibrahim Sanogo", "PER")])
    assert "Ibrahim Sanogo" in [c.name for c in cands] and "Ibrahim Sanogo" not in _wide(cands)


def test_a_capitalised_name_no_entity_covers_and_a_place_are_candidates(nlp: Any) -> None:
    text = (
        "« Les routes sont coupées depuis mardi », a expliqué le porte-parole de l'Union des Transporteurs du "
        "Sahel à Mopti."
    )
    wide = _wide(_cands(nlp, text, "routes sont coupées", [entity(text, "Mopti", "LOC")]))
    assert wide.get("Union des Transporteurs du Sahel", {}).get("wide_cap") == 1.0, wide
    assert wide.get("Mopti", {}).get("wide_cap_place") == 1.0, wide
    # « Selon » opening the sentence is no part of the name
    text2 = "Selon la Fédération Nationale des Éleveurs, les pâturages manquent déjà dans le nord du pays."
    names = [c.name for c in _cands(nlp, text2, "pâturages manquent", [entity(text2, "nord", "LOC")])]
    assert not [n for n in names if n and n.startswith("Selon")], names


def test_the_switch_and_a_model_trained_without_them(nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    text = (
        "Les élèves sont rentrés chez eux avant midi. « Nous reprendrons les cours lundi prochain, sans faute. »\n"
        "Moussa Traoré, le directeur de l'école, a fait cette annonce devant les parents réunis."
    )
    ents = [entity(text, "Moussa Traoré", "PER")]
    # a model that trusts the new source names the person; one trained before round 34 never sees him
    trusting = RankerModel(("wide", "wide_next_endpar", "per", "bias_null"), (0.0, 2.0, 0.0, 1.0), 0.0)
    older = RankerModel(("per", "bias_null"), (2.0, 1.0), 0.0)  # the person would win, were he offered
    q_new = next(q for q in extract_quotes(nlp(text), ents, None, ranker=trusting) if "reprendrons" in q["text"])
    q_old = next(q for q in extract_quotes(nlp(text), ents, None, ranker=older) if "reprendrons" in q["text"])
    assert q_new["speaker"] == "Moussa Traoré"
    assert q_old["speaker"] is None
    monkeypatch.setattr(sr, "WIDE_CANDIDATES", False)
    assert not _wide(_cands(nlp, text, "reprendrons", ents))

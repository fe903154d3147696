"""Round 33: an unnamed source in the quote's sentence (an indefinite common-noun phrase that is a verb's subject, the
object of « selon » or an agent) marks the ranker's « no speaker » candidate (``null_indef_src*``). Hand-written
French sentences."""

from __future__ import annotations

from typing import Any

import pytest

spacy = pytest.importorskip("spacy")

from kibaru.enrich.quotes import quote_candidates  # noqa: E402
from kibaru.enrich.speaker_ranker import FEATURES, with_prev  # noqa: E402

_NEW = ("null_indef_src", "null_indef_src_pl", "null_indef_src_cue")


def _null_feats(nlp: Any, text: str, fragment: str) -> dict[str, float]:
    results, qcs = quote_candidates(nlp(text), [], None)
    for r, qc in zip(results, qcs, strict=True):
        if fragment in r["text"]:
            null = [c for c in with_prev(qc, None) if c.label == "NONE"]
            assert len(null) == 1
            return {k: v for k, v in null[0].feats.items() if k in _NEW}
    raise AssertionError(f"no quote containing {fragment!r} in {[r['text'] for r in results]}")


def test_the_features_are_ranker_features() -> None:
    assert set(_NEW) <= set(FEATURES)


def test_inverted_unnamed_subject_of_the_cue(nlp: Any) -> None:
    text = "« Les routes vers le marché sont coupées depuis lundi soir », a affirmé un élu de la commune."
    feats = _null_feats(nlp, text, "routes vers le marché")
    assert feats.get("null_indef_src") == 1.0
    assert feats.get("null_indef_src_cue") == 1.0
    assert "null_indef_src_pl" not in feats


def test_selon_an_unnamed_source(nlp: Any) -> None:
    text = "Selon une source sécuritaire, « les assaillants sont repartis vers la frontière avant l'aube »."
    feats = _null_feats(nlp, text, "assaillants sont repartis")
    assert feats.get("null_indef_src") == 1.0
    assert feats.get("null_indef_src_cue") == 1.0


def test_plural_unnamed_subject(nlp: Any) -> None:
    text = "Plusieurs témoins ont raconté que « les tirs ont duré toute la nuit dans le quartier »."
    feats = _null_feats(nlp, text, "tirs ont duré")
    assert feats.get("null_indef_src_pl") == 1.0
    assert "null_indef_src" not in feats


def test_named_or_definite_subject_and_words_inside_the_quote_do_not_fire(nlp: Any) -> None:
    named = "« Les routes vers le marché sont coupées depuis lundi soir », a affirmé le maire Moussa Traoré."
    assert _null_feats(nlp, named, "routes vers le marché") == {}
    inside = "« Un élu a refusé de signer le texte hier soir », a affirmé le maire Moussa Traoré."
    assert _null_feats(nlp, inside, "refusé de signer") == {}

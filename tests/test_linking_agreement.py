"""The linking agreement script (eval/agreement/linking_agreement.py): annotator B's offsets still fit the local
texts, and the swap that makes one annotator the "system" of ``eval_linking.evaluate`` is faithful (an annotator
scored against itself is perfect; B against A is not)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "eval" / "agreement"))
sys.path.insert(0, str(REPO / "benchmarks"))

import linking_agreement  # noqa: E402

import eval_linking  # noqa: E402

pytestmark = pytest.mark.skipif(
    bool(eval_linking.missing_extra(linking_agreement.SPLIT)),
    reason="heldout12l news excerpts not in $KIBARU_EXTRA_LINKING (copyrighted, kept outside the repository)",
)


def test_b_offsets_fit_the_texts_and_cover_every_article() -> None:
    recs = linking_agreement.b_records()  # raises when a text or a surface hash differs
    b_files = {r["article_file"] for r in recs if r["type"] == "article"}
    a_files = {r["article_file"] for r in linking_agreement.a_records() if r["type"] == "article"}
    assert b_files == a_files
    assert all(r["label"] in {"PER", "ORG", "LOC", "EVENT"} for r in recs if r["type"] == "mention")


def test_an_annotator_against_itself_is_perfect_and_b_against_a_is_not() -> None:
    keys = eval_linking._Keys()
    recs_a = linking_agreement.a_records()
    with linking_agreement.annotator_as_system(
        linking_agreement.as_entities(recs_a, keys), eval_linking.GOLD
    ) as patched:
        same = patched.evaluate(linking_agreement.SPLIT)
    assert same["actor_precision"] == same["actor_recall"] == 1.0
    assert same["mention_link_accuracy"] == 1.0
    recs_b = linking_agreement.b_records()
    with linking_agreement.annotator_as_system(
        linking_agreement.as_entities(recs_b, keys), eval_linking.GOLD
    ) as patched:
        ab = patched.evaluate(linking_agreement.SPLIT)
    assert 0.0 < ab["actor_f1"] < 1.0
    # the real extractor is back after the swap
    import kibaru.enrich.entities as entities

    assert entities.extract_entities.__module__ == "kibaru.enrich.entities"

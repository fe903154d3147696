"""Republication clustering: MinHash properties and behaviour on real French articles."""

from __future__ import annotations

import math
import os
import random
import re
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kibaru.analyse.dedup import (
    NUM_PERM,
    cluster,
    estimated_jaccard,
    estimated_size,
    minhash_signature,
    minhash_signatures,
    shingle_hashes,
    signature_from_bytes,
    signature_to_bytes,
    signatures_of_shingles,
)

REPO = Path(__file__).resolve().parent.parent
SEMEVAL = Path(os.environ.get("KIBARU_SHARED") or REPO.parent / "shared") / "corpus" / "semeval2023_fr"

words = st.text("abcdefghijklmnopqrstuvwxyzéèàç", min_size=1, max_size=8)
texts = st.lists(words, min_size=0, max_size=60).map(" ".join)


# --- properties ---------------------------------------------------------------------------------


@given(texts)
def test_signature_is_deterministic_and_batch_agrees(text: str) -> None:
    sig = minhash_signature(text)
    assert sig.shape == (NUM_PERM,)
    assert np.array_equal(sig, minhash_signature(text))
    assert np.array_equal(minhash_signatures([text, text])[1], sig)


@given(texts)
def test_identical_text_up_to_case_and_punctuation_gives_identical_signature(text: str) -> None:
    noisy = " , ".join(w.upper() for w in text.split()) + " !"
    assert np.array_equal(minhash_signature(text), minhash_signature(noisy))


def test_accents_are_folded_and_words_kept_apart() -> None:
    assert np.array_equal(shingle_hashes("L'armée malienne a été déployée"),
                          shingle_hashes("l armee MALIENNE a ete deployee"))
    assert not np.array_equal(shingle_hashes("le groupe armé"), shingle_hashes("le groupe arme de"))


def _hashes(values: set[int]) -> np.ndarray:
    # Distinct ints through splitmix64 stand in for distinct shingles.
    x = np.fromiter(values, dtype=np.uint64, count=len(values)) + np.uint64(0x9E3779B97F4A7C15)
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    return np.unique(x)


set_pairs = st.tuples(
    st.sets(st.integers(0, 3000), min_size=1, max_size=400),
    st.sets(st.integers(0, 3000), min_size=1, max_size=400),
)


@settings(max_examples=150, deadline=None)
@given(set_pairs)
def test_estimated_jaccard_close_to_exact(pair: tuple[set[int], set[int]]) -> None:
    a, b = pair
    exact = len(a & b) / len(a | b)
    sig = signatures_of_shingles([_hashes(a), _hashes(b)], 2)
    # Binomial standard error of a k-permutation estimate; 4.5 sigma (+ a little for 32-bit ties).
    tolerance = 4.5 * math.sqrt(exact * (1 - exact) / NUM_PERM) + 2 / NUM_PERM
    assert abs(estimated_jaccard(sig[0], sig[1]) - exact) <= tolerance


def test_estimates_are_unbiased_over_many_pairs() -> None:
    rng = random.Random(3)
    errors, size_errors = [], []
    for _ in range(300):
        base = rng.sample(range(10**6), 600)
        a, b = set(base[:400]), set(base[200:])
        sig = signatures_of_shingles([_hashes(a), _hashes(b)], 2)
        errors.append(estimated_jaccard(sig[0], sig[1]) - len(a & b) / len(a | b))
        size_errors.append(estimated_size(sig)[0] / len(a) - 1)
    # 300 estimates: the mean error of an unbiased estimator is within ~3 standard errors of 0.
    assert abs(np.mean(errors)) < 3 * 0.044 / math.sqrt(300)
    assert abs(np.mean(size_errors)) < 3 * (1 / math.sqrt(NUM_PERM)) / math.sqrt(300) + 0.01
    assert np.std(errors) < 0.06


@given(st.lists(st.integers(0, 2**32 - 1), min_size=NUM_PERM, max_size=NUM_PERM))
def test_signature_bytes_round_trip(values: list[int]) -> None:
    sig = np.array(values, dtype=np.uint32)
    data = signature_to_bytes(sig)
    assert len(data) == 4 * NUM_PERM
    assert np.array_equal(signature_from_bytes(data), sig)
    assert signature_from_bytes(data).dtype == np.uint32


def test_signature_from_bytes_rejects_wrong_length() -> None:
    with pytest.raises(ValueError):
        signature_from_bytes(b"\x00" * 12)


def test_texts_without_words_stay_singletons() -> None:
    sigs = minhash_signatures(["", "   ", "…", "Un vrai texte avec assez de mots pour un shingle."])
    result = cluster(["a", "b", "c", "d"], sigs, [(i,) for i in range(4)])
    assert len(set(result.cluster_of.values())) == 4


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["alpha beta gamma delta epsilon zeta eta", "un deux trois quatre cinq six",
                                 "le mali et le niger et le burkina", ""]), min_size=1, max_size=12))
def test_every_article_gets_a_stable_cluster_id(docs: list[str]) -> None:
    ids = [f"id{i:03d}" for i in range(len(docs))]
    sigs = minhash_signatures(docs)
    keys = [(len(docs) - i,) for i in range(len(docs))]
    result = cluster(ids, sigs, keys)
    assert set(result.cluster_of) == set(ids)
    for cid in set(result.cluster_of.values()):
        members = [i for i in ids if result.cluster_of[i] == cid]
        assert cid == "c" + min(members)
        assert result.first_of[cid] == max(members)  # the largest index has the smallest key here
    order = list(reversed(range(len(docs))))
    again = cluster([ids[i] for i in order], sigs[order], [keys[i] for i in order])
    assert again.cluster_of == result.cluster_of and again.first_of == result.first_of
    for i, j in ((a, b) for a in range(len(docs)) for b in range(len(docs))):
        if docs[i] and docs[i] == docs[j]:
            assert result.cluster_of[ids[i]] == result.cluster_of[ids[j]]


# --- behaviour on real French articles ------------------------------------------------------------

_SENT = re.compile(r"(?<=[.!?])\s+(?=[«A-ZÀ-Ö])")
_NAME = re.compile(r"\b[A-ZÀ-Ö][\w’'-]{2,}")
BOILER_A = ["Suivez-nous sur Facebook et Telegram", "Politique", "Source : Agence régionale",
            "Laisser un commentaire", "Les plus lus"]
BOILER_B = ["Abonnez-vous à notre lettre d'information", "Afrique", "Source : Le Courrier",
            "Votre adresse e-mail ne sera pas publiée", "Haut de page", "Article suivant"]


def _articles() -> list[tuple[str, list[str]]]:
    if not SEMEVAL.is_dir():
        pytest.skip(f"REAL-TEXT TESTS SKIPPED: SemEval French corpus not found at {SEMEVAL} (set KIBARU_SHARED)")
    out, seen = [], set()
    for path in sorted(SEMEVAL.glob("train-articles-subtask-3/article*.txt")):
        lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
        sentences = [s for p in lines[1:] for s in _SENT.split(p) if len(s.split()) >= 6]
        if len(sentences) >= 20 and lines[0] not in seen:
            seen.add(lines[0])
            out.append((lines[0], sentences))
    return out


def _dump(boiler: list[str], title: str, sentences: list[str]) -> str:
    paragraphs = [" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2)]
    return "\n\n".join([boiler[0], boiler[1], title, *paragraphs, *boiler[2:]])


def _closest_pairs(articles: list[tuple[str, list[str]]], count: int) -> list[tuple[int, int]]:
    """Pairs of different articles sharing the most names (same topic and actors)."""
    names = [{m for s in sents for m in _NAME.findall(s)} for _, sents in articles]
    scored = sorted(
        ((len(names[i] & names[j]) / len(names[i] | names[j]), i, j)
         for i in range(len(articles)) for j in range(i + 1, len(articles))),
        reverse=True,
    )
    return [(i, j) for _, i, j in scored[:count]]


@pytest.fixture(scope="module")
def articles() -> list[tuple[str, list[str]]]:
    return _articles()


@pytest.mark.parametrize("use_texts", [False, True], ids=["signatures", "texts"])
def test_republications_cluster_and_same_topic_stories_do_not(
    articles: list[tuple[str, list[str]]], use_texts: bool
) -> None:
    rng = random.Random(11)
    checked = 0
    for i, j in _closest_pairs(articles, 8):
        title, sents = articles[i]
        other_title, other_sents = articles[j]
        changed = list(sents)
        changed[len(changed) // 2] = other_sents[0]  # one sentence replaced by another story's
        cut = sents[: round(len(sents) * 0.55)]
        docs = {
            "orig": _dump(BOILER_A, title, sents),
            "boiler": _dump(BOILER_B, title, sents),
            "changed": _dump(BOILER_B, title, changed),
            "cut": _dump(BOILER_A[:2] + BOILER_B[2:], title, cut),
            "other": _dump(BOILER_A, other_title, other_sents),
        }
        ids = list(docs)
        rng.shuffle(ids)
        # The changed variant is dated first: "first" must follow the keys, not the input order.
        dates = {"orig": "2022-03-02", "boiler": "2022-03-05", "changed": "2022-03-01", "cut": "9999",
                 "other": "2022-01-01"}
        lookup: Callable[[str], str] | None = docs.__getitem__ if use_texts else None
        sigs = minhash_signatures([docs[k] for k in ids])
        result = cluster(ids, sigs, [(dates[k], n) for n, k in enumerate(ids)], texts=lookup)
        family = {result.cluster_of[k] for k in ("orig", "boiler", "changed", "cut")}
        assert len(family) == 1, f"variants of {title!r} split: {result.cluster_of}"
        assert result.cluster_of["other"] not in family, f"{title!r} merged with {other_title!r}"
        assert result.first_of[family.pop()] == "changed"
        checked += 1
    assert checked == 8


def test_different_articles_on_shared_names_stay_apart(articles: list[tuple[str, list[str]]]) -> None:
    pairs = _closest_pairs(articles, 40)
    involved = sorted({k for p in pairs for k in p})
    docs = [_dump(BOILER_A, *articles[k]) for k in involved]
    ids = [f"a{k:04d}" for k in involved]
    result = cluster(ids, minhash_signatures(docs), [(k,) for k in involved],
                     texts=dict(zip(ids, docs, strict=True)).__getitem__)
    assert len(set(result.cluster_of.values())) == len(ids)

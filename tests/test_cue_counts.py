"""The cue counts of the techniques component are the same on the fast path (branch perf2): a text
made only of ``_case_simple()`` characters is lower-cased once and each lowerable cue pattern runs
over it without IGNORECASE. Checked on every paragraph, sentence and whole article of the SemEval-2023
French train and dev sets (read from ../shared at test time), on mixed-case and non-Latin text, and
character by character for the case folding the argument rests on."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from kibaru.enrich import techniques as T

REPO = Path(__file__).resolve().parent.parent
SEMEVAL = Path(os.environ.get("KIBARU_SHARED") or REPO.parent / "shared") / "corpus" / "semeval2023_fr"


def slow_counts(text: str) -> tuple[int, ...]:
    """The IGNORECASE patterns over the original text: what cue_counts computed before perf2."""
    return tuple(sum(len(p.findall(text)) for p in g.patterns) for g in T.cue_groups())


def fast_counts(text: str) -> tuple[int, ...]:
    T.cue_counts.cache_clear()
    return T.cue_counts(text)


def semeval_texts() -> list[str]:
    files = sorted(SEMEVAL.glob("*-articles-subtask-3/article*.txt"))
    if not files:
        pytest.skip(f"SemEval corpus not found under {SEMEVAL}")
    texts: list[str] = []
    for f in files:
        article = f.read_text(encoding="utf-8")
        texts.append(article)
        for s in T.paragraphs(article):
            texts.append(article[s.start:s.end])
            texts.extend(article[t.start:t.end] for t in T.sentences(article, s))
    return texts


def test_most_patterns_take_the_fast_path() -> None:
    lowered = [q for g in T.cue_groups() for q in g.lowered]
    assert len(lowered) == sum(len(g.patterns) for g in T.cue_groups())
    slow = [g.patterns[i].pattern for g in T.cue_groups() for i, q in enumerate(g.lowered) if q is None]
    # the patterns with a case-sensitive part (a capital opening a word) keep IGNORECASE
    assert slow and all("(?-i:" in p for p in slow)
    assert len(slow) <= 3


def test_required_characters_are_in_every_match() -> None:
    required = {(g.name, i): need for g in T.cue_groups() for i, need in enumerate(g.required)}
    assert required[("question_at_actor", 0)] == "?"
    text = " ".join(semeval_texts()[:400])
    for g in T.cue_groups():
        for p, need in zip(g.patterns, g.required, strict=True):
            for m in p.finditer(text):
                assert set(need) <= set(m.group()), (p.pattern, m.group())


def test_same_counts_on_every_semeval_text() -> None:
    texts = semeval_texts()
    fast = 0
    differing = []
    for text in texts:
        if text.isascii() or T._case_simple().issuperset(text):
            fast += 1
        if fast_counts(text) != slow_counts(text):
            differing.append(text[:60])
    assert not differing, differing[:3]
    assert fast > 0.9 * len(texts)  # the fast path is the one being tested
    T.cue_counts.cache_clear()


def test_same_counts_on_mixed_case_and_other_scripts() -> None:
    texts = [
        "C'EST UN SCANDALE ABSOLU ! Les ÉLITES et la JUNTE, EXTRÊMEMENT DANGEREUSES ? Selon L'OMS, NON.",
        "« Pantins » de l'Occident, dit-il. Pourquoi le PRÉSIDENT ment-il ? Unissons-nous ! #Mali",
        "Le régime ıslamiste, la ſouveraineté, 5 µg : İstanbul ; ΣΊΣΥΦΟΣ ; Москва — «nazis».",
        "KELVIN 5 \u212a ; straße STRASSE ; ǅemal ǈuka, Œuvre ŒUVRE œuvre ; ÀÉÈÊÎÔÛÇ àéèêîôûç ÿŸ",
    ]
    for text in texts:
        for variant in (text, text.upper(), text.lower(), text.swapcase(), text.title()):
            assert fast_counts(variant) == slow_counts(variant), variant
    T.cue_counts.cache_clear()


def test_case_simple_characters_fold_like_lower() -> None:
    """For every pair of characters of the set (and every character of the patterns), IGNORECASE
    matches them exactly when their ``lower()`` are equal, and each keeps its classes when lowered."""
    simple = T._case_simple()
    pattern_chars = {c for g in T.cue_groups() for p in g.patterns for c in p.pattern}
    assert {c.lower() for c in pattern_chars if c.isalpha()} <= simple
    pool = sorted(simple)
    for d in pool:
        ignore = re.compile(re.escape(d), re.IGNORECASE)
        for c in pool:
            assert (ignore.fullmatch(c) is not None) == (c.lower() == d.lower()), (d, c)
    for c in pool:
        assert len(c.lower()) == 1 and c.lower() in simple
        for cls in (r"\w", r"\s", r"\d"):
            assert bool(re.match(cls, c)) == bool(re.match(cls, c.lower())), (c, cls)


def test_char_transform_gives_sklearns_matrix() -> None:
    """The fast character n-gram analyzer yields the shipped model's TF-IDF rows bit for bit, on the
    SemEval texts and on words shorter than the n-grams, odd white space, capitals, other scripts."""
    import numpy as np

    model = T.load_model(T.default_model_path())
    vec = model._char
    odd = ["a", " b  c\t\nd ", "L'ÉTAT, c'est MOI !", "Москва ΣΊΣΥΦΟΣ İstanbul straße", "",
           "x\u00a0y\u2009z", "ab abc abcd"]
    for texts in (semeval_texts()[:3000], odd):
        T._word_char_grams.cache_clear()
        for _ in range(2):  # memo empty, then full
            want, got = vec.transform(texts), T.char_transform(vec, texts)
            assert want.shape == got.shape and want.dtype == got.dtype and type(want) is type(got)
            assert np.array_equal(want.indptr, got.indptr) and np.array_equal(want.indices, got.indices)
            assert np.array_equal(want.data, got.data)
    assert T._word_char_grams.cache_info().hits > 0
    assert T.char_transform(model._word, odd).nnz == model._word.transform(odd).nnz  # word vectorizer: plain path


def test_char_transform_on_a_freshly_fitted_vectorizer() -> None:
    """The batch count (branch perf3) against sklearn on a vectorizer fitted here, as training does."""
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts = semeval_texts()
    vec = TfidfVectorizer(max_features=5000, min_df=2, **T._tfidf_params("char")).fit(texts[:800])
    for batch in (texts[800:1600], texts[800:801], ["", "  ", "a"]):
        want, got = vec.transform(batch), T.char_transform(vec, batch)
        assert want.shape == got.shape and want.dtype == got.dtype and type(want) is type(got)
        assert np.array_equal(want.indptr, got.indptr) and np.array_equal(want.indices, got.indices)
        assert want.data.tobytes() == got.data.tobytes()


def test_sentence_local_patterns() -> None:
    """Which patterns ``cue_counts`` may count sentence by sentence (branch perf3): none whose match can
    hold a sentence end and the white space after it, start with white space, be empty, or look
    outside its match but through ``\\b``."""
    local = [r"\bfoo\b", r"\b(?:catastroph\w*|scandale)\b", r"\?", "!", r"#\w+", r"tout le monde", r"source\s?:",
             r"\b\w{2,}ons-nous\b", r"a\s?b", r"l.a"]
    not_local = [r"soit\b.{1,80}\bsoit", r"\.\s", r"x\.?\s", r"\s\w+", r"foo|", r"\b", r"(?<!x)a", r"a(?=b)",
                 r"^x", r"x$", r"\Bx", r"[^a]b", r"x.\sy", r"(a)\1", r"[«“\"]\s?[^«»“”\"\n]{1,30}?\s?[»”\"]"]
    assert [p for p in local if not T._sentence_local(p)] == []
    assert [p for p in not_local if T._sentence_local(p)] == []
    # most of the shipped patterns are, and the one that spans sentences is not
    flags = [f for g in T.cue_groups() for f in g.local]
    assert len(flags) == sum(len(g.patterns) for g in T.cue_groups()) and sum(flags) >= 0.7 * len(flags)
    text = "Soit on part. Soit on reste."
    spanning = re.compile(r"\bsoit\b.{1,80}\bsoit\b", re.IGNORECASE)
    parts = T._sentence_split(text)
    assert parts == ["Soit on part.", "Soit on reste."]
    assert len(spanning.findall(text)) == 1 and sum(len(spanning.findall(s)) for s in parts) == 0


def test_sentence_split_only_where_the_argument_holds() -> None:
    assert T._sentence_split("Une phrase. Une autre ! Et une troisième ?") == [
        "Une phrase.", "Une autre !", "Et une troisième ?"]
    assert T._sentence_split("Une seule phrase.") is None
    assert T._sentence_split("Une phrase. Une autre ") is None  # white space after the last one


def test_local_patterns_sum_over_sentences_on_every_semeval_paragraph() -> None:
    """Pattern by pattern (IGNORECASE, original text): a sentence-local pattern's count in a paragraph
    is the sum of its counts in the paragraph's sentences."""
    files = sorted(SEMEVAL.glob("*-articles-subtask-3/article*.txt"))
    if not files:
        pytest.skip(f"SemEval corpus not found under {SEMEVAL}")
    local = [p for g in T.cue_groups() for p, f in zip(g.patterns, g.local, strict=True) if f]
    split = 0
    for f in files:
        article = f.read_text(encoding="utf-8")
        for s in T.paragraphs(article):
            text = article[s.start:s.end]
            parts = T._sentence_split(text)
            if parts is None:
                continue
            split += 1
            for p in local:
                assert len(p.findall(text)) == sum(len(p.findall(x)) for x in parts), (p.pattern, text[:60])
    assert split > 500

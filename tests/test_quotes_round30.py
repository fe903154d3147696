"""Round 30: after a quote that gets no speaker, the next quote's « previous speaker » is reset — in the ranker at run
time (``speaker_ranker.rerank``) and in the trainer (``train_speaker_ranker.problems_of``) alike — for a model trained
so (``RankerModel.prev_reset``, kept in the model file). A model without the key keeps the earlier behaviour: the last
*named* speaker is carried over the quotes that got nobody. Sentences written for these tests."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import pytest

from kibaru.enrich import speaker_ranker
from kibaru.enrich.speaker_ranker import Candidate, QuoteCandidates, RankerModel, next_prev
from script_loader import load_script

REPO = Path(__file__).resolve().parent.parent

# A named mayor speaks, then hearsay nobody in particular says (no speaker), then a quotation with no cue of its own.
HEARSAY = (
    "« Le marché rouvrira lundi », a annoncé Moussa Keïta, maire de la commune.\n\n"
    "On raconte ici que « les camions ne passent plus ».\n\n"
    "« Les prix ont doublé depuis la fermeture. »"
)

# A toy model: a person in the quote's sentence speaks, else the previous speaker, else nobody.
TOY = RankerModel(("bias_null", "prev", "in_sent"), (1.0, 2.0, 3.0), 0.0)


def test_prev_reset_travels_with_the_model_file() -> None:
    reset = dataclasses.replace(TOY, prev_reset=True)
    data = reset.to_json()
    assert data["prev_reset"] is True
    assert RankerModel.from_json(json.loads(json.dumps(data))) == reset
    # a model file written before round 30 has no key: the previous speaker is carried as before
    assert "prev_reset" not in TOY.to_json()
    assert RankerModel.from_json(TOY.to_json()).prev_reset is False


def test_next_prev_resets_only_after_a_quote_with_nobody_and_only_for_such_a_model() -> None:
    prev = ("Awa Diallo", None, 2, 120)
    reset = dataclasses.replace(TOY, prev_reset=True)
    assert next_prev(TOY, prev, None, None, 3, 200) == prev
    assert next_prev(reset, prev, None, None, 3, 200) is None
    for model in (TOY, reset):
        assert next_prev(model, prev, "Ibrahim Sow", "per:x", 3, 200) == ("Ibrahim Sow", "per:x", 3, 200)


def test_rerank_does_not_carry_the_speaker_over_a_quote_that_got_nobody(nlp: Any) -> None:
    from kibaru.enrich.quotes import extract_quotes

    def speakers(model: RankerModel) -> list[str | None]:
        return [q["speaker"] for q in extract_quotes(nlp(HEARSAY), [], None, ranker=model)]

    carried = speakers(TOY)
    assert carried == ["Moussa Keïta", None, "Moussa Keïta"]  # the hearsay quote is skipped over
    assert speakers(dataclasses.replace(TOY, prev_reset=True)) == ["Moussa Keïta", None, None]


@pytest.fixture(scope="module")
def trainer() -> Any:
    return load_script(REPO / "benchmarks" / "train_speaker_ranker.py", "train_speaker_ranker_test30")


def _article() -> list[dict[str, Any]]:
    """Three quotes of one article, in three paragraphs: a named speaker, a quote the rules give nobody, a quote
    with no cue; every one matches a gold quote."""

    def qc(par: int, name: str | None) -> QuoteCandidates:
        cands = [Candidate(name, None, "PER", {"in_sent": 1.0})] if name else []
        null = Candidate(None, None, "", {"bias_null": 1.0})
        return QuoteCandidates([*cands, null], par, True, bool(name), (name, None), bool(name))

    names = ["Awa Diallo", None, None]
    return [
        {
            "article": "a.txt",
            "text": "",
            "qc": qc(i, name),
            "gold": {"speaker": name, "start": 10 * i},
            "rule": (name, None),
            "end": 10 * i + 5,
            "rule_ok": True,
        }
        for i, name in enumerate(names)
    ]


def test_the_trainer_follows_the_same_reset(trainer: Any) -> None:
    def prev_of_third(**kw: Any) -> list[str | None]:
        problems = trainer.problems_of([_article()], **kw)
        third = problems[2]
        return [name for name, f in zip(third["names"], third["feats"], strict=True) if f.get("prev")]

    for teacher in ("rule", "gold"):
        assert prev_of_third(teacher=teacher, prev_reset=False) == ["Awa Diallo"]
        assert prev_of_third(teacher=teacher, prev_reset=True) == []
    # decoding: the model's own choice feeds the next quote and its own flag decides, as in rerank; this one
    # prefers nobody to a previous speaker outside the quote's sentence
    shy = RankerModel(TOY.features, (1.0, 0.5, 3.0), 0.0)
    assert prev_of_third(model=shy) == ["Awa Diallo"]
    assert prev_of_third(model=dataclasses.replace(shy, prev_reset=True)) == []
    # a model fitted by the trainer carries the flag it was trained with
    assert trainer.fit([_article()] * 3, 1.0, "rule").prev_reset is trainer.PREV_RESET


def test_the_shipped_model_file_is_read_with_its_reset_flag() -> None:
    model = speaker_ranker.default_model()
    assert model is not None
    path = REPO / "src" / "kibaru" / "data" / "quotes" / speaker_ranker.MODEL_FILE
    assert model.prev_reset is bool(json.loads(path.read_text("utf-8")).get("prev_reset", False))

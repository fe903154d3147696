"""Round 39: a stray lower-case fragment (a picture's alt text, a file name, a lone word the scraper left) between two
lines it does not belong to is boilerplate; the lower-case lines of an article (a wrapped paragraph's end, a list item
under a colon, a wrap after a function word) stay article.

Every line here is written for the test (no article text)."""

from __future__ import annotations

from unittest import mock

from boilerplate_rounds_helpers import PARAS, page_labels, page_labels_without
from kibaru.ingest.clean import dump
from kibaru.ingest.clean.dump import STRAY_LOWER_MAX_WORDS, _stray_fragment
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin"




def _stray(prev: str, line: str, nxt: str) -> bool:
    return _stray_fragment(line_info(prev), line_info(line), line_info(nxt))


def test_stray_fragments_are_boilerplate() -> None:
    # an alt text under the headline, a file name, a lone word between two paragraphs
    for stray in ("camions de vaccins", "sikasso-vaccination_20240312 1", "par"):
        for lines, at in (([HEAD, stray, *PARAS], 1), ([HEAD, PARAS[0], PARAS[1], stray, PARAS[2], PARAS[3]], 3)):
            labels = page_labels(lines)
            assert labels[at] == "boilerplate", (stray, labels)
            assert all(lab in ("title", "body") for j, lab in enumerate(labels) if j != at), (stray, labels)
            # the rule decides: without it the model keeps the fragment
            assert _without_rule(lines)[at] == "body", (stray, lines)


def test_article_lines_opening_lower_case_stay_article() -> None:
    # the end of a hard-wrapped paragraph closes with a stop
    assert not _stray("Les habitants du quartier ont accueilli samedi les camions", "de la campagne.", PARAS[1])
    # a wrap after a function word or a comma, a list item under a colon
    assert not _stray("Les habitants du quartier ont accueilli les camions de la", "campagne nationale", PARAS[1])
    assert not _stray("Les habitants, les soignants,", "les élus locaux", PARAS[1])
    assert not _stray("Les priorités du projet sont :", "la prévention des épidémies", "la formation des agents")
    # the sentence goes on below
    assert not _stray(PARAS[0], "selon le responsable", "du centre de santé, les livraisons arrivent à temps.")
    # longer than a tag list or an alt text
    long_ = " ".join(["camions"] * (STRAY_LOWER_MAX_WORDS + 1))
    assert not _stray(HEAD, long_, PARAS[0])
    assert _stray(HEAD, " ".join(["camions"] * STRAY_LOWER_MAX_WORDS), PARAS[0])
    # a capitalised line is not a fragment
    assert not _stray(HEAD, "Camions de vaccins", PARAS[0])


def test_english_pages_are_left_alone() -> None:
    english = [
        "The first trucks of the vaccination campaign reached the district on Saturday, after three weeks of waiting "
        "and long talks with the health authorities of the region.",
        "According to the head of the health centre, more than two thousand children should be vaccinated before the "
        "end of the month, a goal he says can be met if deliveries arrive on time.",
        "trucks of vaccines",
        "Families from the nearby villages made the trip at dawn, some of them after several hours of walking on "
        "tracks made difficult by the first rains of the season.",
        "The mobile teams will then go to the most remote hamlets, where parents cannot always bring their children "
        "to the nearest health centre.",
    ]
    assert _stray(english[1], english[2], english[3])  # the shape matches ...
    assert page_labels(english)[2] == "body" == _without_rule(english)[2]  # ... but only French pages are read so
    with mock.patch.object(dump, "_french_page", lambda _: True):
        assert page_labels(english)[2] == "boilerplate"


def _without_rule(lines: list[str]) -> list[str]:
    return page_labels_without("_stray_fragment", lines)

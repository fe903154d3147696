"""Round 43 (branch boil43): four kinds of line the cleaner got wrong on real_heldout32 (development data).

* A byline of several reporters, or of reporters and the newsroom that helped ("Par A B et C D", "Par A B & C D avec
  les rédactions de X"): ``PAR_AUTHORS``.
* A caption dating its picture in brackets after the person's name ("X Y (en 2023), …"): ``CAPTION_NAME_YEAR``.
* The excerpt cut just after a subheading: the subheading and the cut start of its paragraph are article
  (``SUBHEADED_CUT_TAIL``).
* A promotion's hook: a heading under the last paragraph, over a follow / subscribe call (``ORPHAN_TAIL_HEADING``).

Every line here is written for the test (no article text). Each page test checks the switch too: with the switch off
the line goes back to what the cleaner said before the round."""

from __future__ import annotations

from unittest import mock

import pytest

from boilerplate_rounds_helpers import PARAS, page_labels
from kibaru.ingest.clean import dump
from kibaru.ingest.clean.dump import _byline_opening, _caption_opening
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin dans les quartiers"


def labels_with(switch: str, value: bool, lines: list[str]) -> list[str]:
    with mock.patch.object(dump, switch, value):
        return page_labels(lines)


@pytest.mark.parametrize("line, byline", [
    ("Par Awa DIALLO et Moussa TRAORÉ", True),
    ("Par Awa Diallo, Moussa Traoré et Fatou Keita", True),
    ("Par Awa DIALLO & Moussa TRAORÉ avec les rédactions de Kayes Infos", True),
    ("Par Awa Diallo avec AFP", True),
    ("Par ailleurs, le ministre et le gouverneur sont attendus à Kayes", False),
    ("Par Awa Diallo et les autres habitants du quartier", False),
    ("Par Awa Diallo et Moussa Traoré. Ils ont été reçus lundi", False),
    ("Par Décret Présidentiel et Arrêté", False),
])
def test_a_byline_of_several_reporters(line: str, byline: bool) -> None:
    assert _byline_opening(line_info(line)) is byline


def test_several_reporters_switch() -> None:
    line = line_info("Par Awa DIALLO et Moussa TRAORÉ")
    with mock.patch.object(dump, "PAR_AUTHORS", False):
        assert not _byline_opening(line)
    lines = [HEAD, PARAS[0], "Par Awa DIALLO et Moussa TRAORÉ", *PARAS[1:]]
    assert page_labels(lines)[2] == "boilerplate"
    assert labels_with("PAR_AUTHORS", False, lines)[2] == "body"


@pytest.mark.parametrize("line, caption", [
    ("Moussa Traoré (en 2023), responsable du centre de santé de Sikasso, lors de la campagne.", True),
    ("Awa Diallo (en mars 2021)", True),
    ("Moussa Traoré (ici en 2022).", True),
    ("Moussa Traoré, en 2023, a pris la tête du centre de santé.", False),  # prose dates with commas
    ("Mali (en 2023) : 120 centres de santé ouverts", False),  # a list item goes on with a colon
    ("Le budget (en 2023) a doublé pour les centres de santé de la région", False),  # not a name first
])
def test_a_caption_dating_its_picture(line: str, caption: bool) -> None:
    assert _caption_opening(line_info(line)) is caption
    if caption:
        with mock.patch.object(dump, "CAPTION_NAME_YEAR", False):
            assert not _caption_opening(line_info(line))


def test_a_dated_caption_between_paragraphs_is_boilerplate() -> None:
    caption = "Moussa Traoré (en 2023), responsable du centre de santé de Sikasso, lors de la campagne."
    lines = [HEAD, PARAS[0], PARAS[1], caption, PARAS[2], PARAS[3]]
    assert page_labels(lines)[3] == "boilerplate"
    assert labels_with("CAPTION_NAME_YEAR", False, lines)[3] == "body"


SUBHEADED = [HEAD, PARAS[0], "Une longue attente", PARAS[1], "Des familles venues de loin", PARAS[2],
             "Les hameaux éloignés", PARAS[3], "Le prochain rendez-vous", "Pour la deuxième phase de la"]


def test_a_subheading_over_the_cut_last_line_is_article() -> None:
    labels = page_labels(SUBHEADED)
    assert labels[-2:] == ["body", "body"], labels
    assert labels_with("SUBHEADED_CUT_TAIL", False, SUBHEADED)[-2] == "boilerplate"


def test_a_heading_over_a_finished_last_line_is_left_to_the_model() -> None:
    # the last line is a whole sentence, not a cut one: nothing says the heading is the article's
    lines = [*SUBHEADED[:-1], "Les signatures sont attendues dans le courant du mois, selon le responsable."]
    assert page_labels(lines)[-2] == labels_with("SUBHEADED_CUT_TAIL", False, lines)[-2]


PROMO = [HEAD, *PARAS, "Que se passe-t-il dans la région ?",
         "Nous expliquons tout sur notre chaîne YouTube. Abonnez-vous !", "Commentaires"]


def test_a_promotion_hook_is_boilerplate() -> None:
    assert page_labels(PROMO)[5] == "boilerplate"
    assert labels_with("ORPHAN_TAIL_HEADING", False, PROMO)[5] == "body"


@pytest.mark.parametrize("under", [
    "Enregistrer mon nom et mon e-mail dans ce navigateur pour mon prochain commentaire.",  # a comment form
    "Nom * E-mail * Site web",
])
def test_a_heading_over_other_furniture_is_left_alone(under: str) -> None:
    lines = [HEAD, *PARAS, "Que se passe-t-il dans la région ?", under, "Commentaires"]
    assert page_labels(lines)[5] == labels_with("ORPHAN_TAIL_HEADING", False, lines)[5]


def test_a_sentence_in_quotes_is_no_hook() -> None:
    lines = [HEAD, *PARAS, "C'est la fin du problème. »", "Abonnez-vous à notre chaîne YouTube !", "Commentaires"]
    assert page_labels(lines)[5] == labels_with("ORPHAN_TAIL_HEADING", False, lines)[5]

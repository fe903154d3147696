"""Round 42 (branch boil42): two openings that mark a line as furniture.

* A caption opens on the kind of picture and a word describing it ("Photo prise le …", "Vidéo tournée …",
  "Image extraite d'une vidéo …", "Carte de …"): nouns and words are data (``caption_media_nouns`` /
  ``caption_media_links`` in boilerplate_cues.yaml).
* A bare reading verb with its colon opens a teaser of another story ("Lire : …"); without the colon the verb may
  open an article sentence.

Every line here is written for the test (no article text)."""

from __future__ import annotations

import pytest

from boilerplate_rounds_helpers import PARAS, page_labels
from kibaru.ingest.clean.dump import _caption_opening, _related_leadin
from kibaru.ingest.clean.features import line_info

HEAD = "Sikasso : la campagne de vaccination commence enfin dans les quartiers"


@pytest.mark.parametrize("line", [
    "Photo prise le 3 mars par un habitant montrant le marché de Sikasso après la pluie",
    "Vidéo tournée lundi, montrant la foule devant la mairie de Kayes",
    "Image extraite d'une vidéo diffusée sur les réseaux sociaux",
    "Carte de la région de Sikasso et des communes voisines",
    "Photos non datée des agents de santé au dispensaire",
])
def test_a_caption_by_its_opening(line: str) -> None:
    assert _caption_opening(line_info(line))


@pytest.mark.parametrize("line", [
    "Vidéo. Les agents de santé de Sikasso en campagne",  # a teaser's label, not a caption's description
    "Images insoutenables",  # a subheading
    "Photographie de presse et droit à l'image au Mali",  # another noun
    "Carte blanche à un jeune chercheur de Bamako",  # no describing word after the noun
    "La photo prise lundi a fait le tour des réseaux sociaux.",  # the noun is not the opening
])
def test_other_openings_are_not_captions(line: str) -> None:
    assert not _caption_opening(line_info(line))


def test_a_caption_between_paragraphs_is_boilerplate() -> None:
    caption = "Photo prise le 3 mars par un habitant montrant le marché de Sikasso après la pluie"
    lines = [HEAD, PARAS[0], caption, *PARAS[1:]]
    labels = page_labels(lines)
    assert labels[2] == "boilerplate", labels
    assert all(lab in ("title", "body") for k, lab in enumerate(labels) if k != 2), labels


@pytest.mark.parametrize("line, teaser", [
    ("Lire : Kayes : les commerçants réclament un nouveau hangar", True),
    ("Lire: Football : les Aigles préparent leur match amical", True),
    ("À lire : la saison des pluies commence tôt cette année", True),
    ("Voir : la carte des zones inondées", True),
    ("Lire entre les lignes : un art que les élus maîtrisent", False),
    ("Voir la ville changer en dix ans : un habitant raconte", False),
])
def test_a_reading_verb_with_its_colon(line: str, teaser: bool) -> None:
    assert _related_leadin(line_info(line)) is teaser

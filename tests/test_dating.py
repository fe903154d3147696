"""Publication dates written in the text: stamps and bylines count, dates inside the story do not."""

from __future__ import annotations

import pytest

from kibaru.ingest.dating import date_in_text


@pytest.mark.parametrize(
    ("body", "boilerplate", "expected"),
    [
        ("x", ["Rédaction Le Faso Hebdo – 29 janvier 2024"], ("2024-01-29", "day")),
        ("Publié le 3 mars 2022 à 10h05\nLe texte.", [], ("2022-03-03", "day")),
        ("Mis à jour le 03/02/2022\nLe texte.", [], ("2022-02-03", "day")),
        ("Le texte.", ["Samedi 1er octobre 2022 - 18h30"], ("2022-10-01", "day")),
    ],
)
def test_publication_stamps(body: str, boilerplate: list[str], expected: tuple[str, str]) -> None:
    assert date_in_text(body, boilerplate) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Le 3 mars 2022, les soldats sont partis de Gao vers Niamey pour une longue mission.",
        "Premier paragraphe.\nDeuxième.\nTroisième.\nQuatrième.\nPublié le 3 mars 2022",  # too deep
        "Les accords signés le 12 juin 2021 à Bamako – 12 juin 2021 – prévoyaient un retrait progressif des "
        "forces étrangères et une transition civile dans un délai raisonnable.",  # a long line is not a byline
    ],
)
def test_story_dates_are_not_publication_dates(body: str) -> None:
    assert date_in_text(body, []) is None

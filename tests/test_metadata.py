"""Metadata helpers: date shapes, language, outlet and URL normalisation."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kibaru.ingest.metadata import detect_language, normalise_url, outlet_from_url, parse_date

FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-03-14", ("2023-03-14", "day")),
        ("2023-03-14T10:00:00Z", ("2023-03-14", "day")),
        ("2023-03-14T23:30:00-05:00", ("2023-03-14", "day")),  # the publisher's own calendar day
        ("2023-03-14 10:00:00", ("2023-03-14", "day")),
        ("14/03/2023", ("2023-03-14", "day")),  # French order: day first
        ("14.03.2023", ("2023-03-14", "day")),
        ("14 mars 2023", ("2023-03-14", "day")),
        ("1er août 2022", ("2022-08-01", "day")),
        ("mardi 14 mars 2023 à 10h05", ("2023-03-14", "day")),
        ("mars 2023", ("2023-03", "month")),
        ("Décembre 2021", ("2021-12", "month")),
        ("2023-03", ("2023-03", "month")),
        ("2023", ("2023", "year")),
        ("Tue, 14 Mar 2023 10:00:00 GMT", ("2023-03-14", "day")),
        ("Sat, 16 Mar 2024 20:05:00 +0000", ("2024-03-16", "day")),
        ("March 14, 2023", ("2023-03-14", "day")),
    ],
)
def test_parse_date_shapes(value: str, expected: tuple[str, str]) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["", "hier", "ce mardi", "31/02/2023", "2023-13-01", "0001-01-01",
                                   "14 foo 2023", "9999", "not a date at all", "12 12 2012"])
def test_parse_date_refuses_what_it_cannot_read(value: str) -> None:
    assert parse_date(value) is None


@given(st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)), st.integers(0, 5))
def test_parse_date_round_trips_every_shape(day: date, shape: int) -> None:
    text = [
        day.isoformat(),
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day} {FR_MONTHS[day.month - 1]} {day.year}",
        f"{WEEKDAYS_EN[day.weekday()]}, {day.day:02d} {EN_MONTHS[day.month - 1]} {day.year} 08:15:00 +0100",
        f"{day.isoformat()}T08:15:00+02:00",
        f"{'1er' if day.day == 1 else day.day} {FR_MONTHS[day.month - 1].capitalize()} {day.year}",
    ][shape]
    assert parse_date(text) == (day.isoformat(), "day")


def test_detect_language() -> None:
    # Sentences written for this test.
    fr = "Les autorités de transition ont annoncé dimanche soir la fin des accords de défense avec leur partenaire."
    en = "The transitional authorities announced on Sunday evening the end of the defence agreements with Paris."
    assert detect_language(fr) == "fr"
    assert detect_language(en) == "en"
    assert detect_language("Bamako, 14 mars") is None  # too short to tell
    assert detect_language("") is None


def test_outlet_from_url() -> None:
    assert outlet_from_url("https://www.maliweb.net/politique/article-123.html") == "maliweb.net"
    assert outlet_from_url("http://LEFASO.NET/spip.php?article1") == "lefaso.net"
    assert outlet_from_url("https://m.actuniger.com/x") == "actuniger.com"
    assert outlet_from_url("not a url") is None
    assert outlet_from_url("mailto:someone@example.org") is None


def test_normalise_url() -> None:
    url = "HTTPS://WWW.Example.ORG:443/Politique/Article?id=3&utm_source=fb&utm_medium=x&fbclid=abc#comments"
    assert normalise_url(url) == "https://www.example.org/Politique/Article?id=3"
    assert normalise_url("http://example.org") == "http://example.org/"
    assert normalise_url("http://example.org:8080/a") == "http://example.org:8080/a"
    assert normalise_url("ftp://example.org/a") is None
    assert normalise_url("/relative/path") is None

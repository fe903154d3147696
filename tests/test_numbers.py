"""French numbers and death tolls."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from num2words import num2words

from kibaru.enrich.numbers import find_fatalities, parse_number_fr, parse_quantity_fr


def test_every_spelling_below_ten_thousand_parses_back() -> None:
    # num2words is an independent speller (traditional spelling: "vingt et un", "quatre-vingts").
    wrong = [n for n in range(10_000) if parse_number_fr(num2words(n, lang="fr")) != n]
    assert wrong == []


def test_rectified_spelling_with_hyphens_everywhere() -> None:
    # The 1990 spelling reform joins every word with hyphens: "vingt-et-un", "deux-cent-trois".
    wrong = [n for n in range(1, 10_000, 7) if parse_number_fr(num2words(n, lang="fr").replace(" ", "-")) != n]
    assert wrong == []


@given(st.integers(min_value=1000, max_value=10**9), st.sampled_from([" ", "\u00a0", "\u202f", "."]))
def test_grouped_digits(n: int, sep: str) -> None:
    grouped = f"{n:,}".replace(",", sep)
    assert parse_number_fr(grouped) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [("42", 42), ("1 200", 1200), ("1.200", 1200), ("1\u202f200", 1200), ("quarante-deux", 42),
     ("vingt et un", 21), ("soixante-dix", 70), ("quatre-vingt-dix-neuf", 99), ("cent cinquante", 150),
     ("deux cents", 200), ("mille", 1000), ("2,5 millions", 2_500_000), ("Une", 1)],
)
def test_parse_number(text: str, expected: int) -> None:
    assert parse_number_fr(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [("une dizaine", (10, True)), ("une vingtaine", (20, True)), ("une centaine", (100, True)),
     ("deux centaines", (200, True)), ("un millier", (1000, True)), ("42", (42, False))],
)
def test_estimates_are_flagged(text: str, expected: tuple[int, bool]) -> None:
    assert parse_quantity_fr(text) == expected


@pytest.mark.parametrize(
    "text",
    ["des dizaines", "plusieurs centaines", "dizaine", "deux deux", "vingt dix", "cent cent", "soldats", "",
     "1,5", "trente-douze", "et un"],
)
def test_not_a_count(text: str) -> None:
    assert parse_number_fr(text) is None


def tolls(sentence: str) -> list[tuple[int, bool, str | None, bool]]:
    return [(f.count, f.approximate, f.who, f.claimed) for f in find_fatalities(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("42 soldats maliens sont morts dans l'attaque.", [(42, False, "soldats maliens", False)]),
        ("Au moins vingt civils ont été tués dimanche.", [(20, True, "civils", False)]),
        ("L'attaque a fait 15 morts.", [(15, False, None, False)]),
        ("Bilan : une trentaine de morts.", [(30, True, None, False)]),
        ("Deux casques bleus ont perdu la vie.", [(2, False, "casques bleus", False)]),
        ("Cinq civils ont péri dans l'incendie.", [(5, False, "civils", False)]),
        ("Trois soldats ont été tués.", [(3, False, "soldats", False)]),
        ("L'armée annonce 15 terroristes neutralisés.", [(15, False, "terroristes", True)]),
        ("Les FAMa ont neutralisé une vingtaine de terroristes.", [(20, True, "terroristes", True)]),
        ("L'embuscade, tuant 12 soldats dans le nord, a choqué.", [(12, False, "soldats", False)]),
        ("L'attaque a coûté la vie à 1 200 civils.", [(1200, False, "civils", False)]),
        ("15 morts et 20 blessés selon un bilan provisoire.", [(15, False, None, False)]),
        ("Il y a eu 12 blessés et 3 morts.", [(3, False, None, False)]),
    ],
)
def test_find_fatalities(sentence: str, expected: list[tuple[int, bool, str | None, bool]]) -> None:
    assert tolls(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Trois soldats ont été blessés.",
        "Douze soldats tués ou blessés.",
        "Des dizaines de morts selon des témoins.",
        "Un hélicoptère abattu près de Gao.",
        "Il y a trois ans, 40 soldats étaient déployés.",
        "Le 7 août, la ville est restée calme.",
        "Aucun mort n'est à déplorer.",
        "La guerre a fait des millions de morts.",
        "Ils meurent d'une mort lente.",
        "Environ 6 décès sur 10 ne sont pas enregistrés.",
        "Le régime a abattu un avion espion.",
    ],
)
def test_not_a_death_toll(sentence: str) -> None:
    assert find_fatalities(sentence) == []


def test_offsets_cover_the_toll() -> None:
    s = "Selon l'état-major, au moins quarante-deux soldats maliens ont été tués lundi."
    (f,) = find_fatalities(s)
    assert s[f.start : f.end] == "au moins quarante-deux soldats maliens ont été tués"
    assert f.count == 42

"""Round 9 date grammar (issue 4): month spans, shifts from a reference day, "le 25 février dernier",
weekday with a numeric day, "voilà deux mois que", "du week-end dernier". Mostly properties: the
expected value is computed from the calendar, not copied from the resolver."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kibaru.enrich.temporal import find_dates, resolve_expression

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
COUNTS = {1: "un", 2: "deux", 3: "trois", 4: "quatre", 5: "cinq", 6: "six", 10: "dix", 15: "quinze"}
dates = st.dates(min_value=date(1960, 3, 1), max_value=date(2080, 10, 31))


def reading(expr: str, anchor: str) -> tuple[str, str] | None:
    r = resolve_expression(expr, anchor)
    return None if r is None else (r.value, r.precision)


@settings(max_examples=200, deadline=None)
@given(year=st.integers(1960, 2080), m1=st.integers(1, 12), m2=st.integers(1, 12),
       lead=st.sampled_from(["de {a} à {b}", "entre {a} et {b}", "De {a} à {b}"]))
def test_month_span_is_the_smallest_period_holding_it(year: int, m1: int, m2: int, lead: str) -> None:
    lo, hi = min(m1, m2), max(m1, m2)
    text = lead.format(a=MONTHS[lo - 1], b=f"{MONTHS[hi - 1]} {year}")
    expected = (f"{year}-{lo:02d}", "month") if lo == hi else (str(year), "year")
    assert reading(text, "2000-01-01") == expected


def test_month_span_across_new_year_takes_the_year_of_its_middle() -> None:
    # décembre 2022 – février 2023: 3 months, the middle (mid-January) lies in 2023
    assert reading("entre décembre 2022 et février 2023", "2023-05-01") == ("2023", "year")
    assert reading("de novembre 2022 à janvier 2023", "2023-05-01") == ("2022", "year")


@settings(max_examples=200, deadline=None)
@given(a=dates, n=st.sampled_from(sorted(COUNTS)), words=st.booleans(),
       direction=st.sampled_from([("plus tard", 1), ("plus tôt", -1), ("auparavant", -1)]))
def test_day_shift_counts_from_the_reference_day(a: date, n: int, words: bool, direction: tuple[str, int]) -> None:
    count = COUNTS[n] if words else str(n)
    unit = "jour" if n == 1 else "jours"
    expected = (a + timedelta(days=direction[1] * n)).isoformat()
    assert reading(f"{count} {unit} {direction[0]}", a.isoformat()) == (expected, "day")


@pytest.mark.parametrize(
    "text",
    ["trois jours après l'attaque de Boni", "quelques jours plus tard", "deux semaines avant le scrutin"],
)
def test_shift_from_a_named_event_or_without_a_count_is_not_read(text: str) -> None:
    assert find_dates(text, "2023-05-10") == []


def test_shift_after_a_comma_is_read() -> None:
    assert reading("Deux jours après, les soldats sont revenus", "2023-05-10") == ("2023-05-12", "day")
    assert reading("deux mois plus tôt", "2023-07-25") == ("2023-05", "month")


@given(a=dates)
def test_le_meme_jour_is_the_reference_day(a: date) -> None:
    assert reading("Le même jour, des soldats", a.isoformat()) == (a.isoformat(), "day")


@settings(max_examples=300, deadline=None)
@given(a=dates, d=st.integers(1, 28), m=st.integers(1, 12), rel=st.sampled_from(["dernier", "prochain"]))
def test_day_month_dernier_is_the_nearest_such_day_strictly_before(a: date, d: int, m: int, rel: str) -> None:
    found = reading(f"le {d} {MONTHS[m - 1]} {rel}", a.isoformat())
    assert found is not None and found[1] == "day"
    got = date.fromisoformat(found[0])
    assert (got.month, got.day) == (m, d)
    if rel == "dernier":
        assert got < a and date(got.year + 1, m, d) >= a  # the latest such day before the anchor
    else:
        assert got > a and date(got.year - 1, m, d) <= a


@settings(max_examples=200, deadline=None)
@given(d=dates, offset=st.integers(-150, 150), brackets=st.booleans())
def test_weekday_with_numeric_day_month(d: date, offset: int, brackets: bool) -> None:
    digits = f"{d.day:02d}.{d.month:02d}"
    text = f"le {WEEKDAYS[d.weekday()]} " + (f"({digits})" if brackets else digits)
    assert reading(text, (d + timedelta(days=offset)).isoformat()) == (d.isoformat(), "day")


def test_numeric_day_needs_a_fitting_weekday_and_a_date_shape() -> None:
    # only the bare weekday may be read, never a day taken from the number
    assert [r.expression for r in find_dates("mardi 12.5 km de piste", "2023-10-02")] in ([], ["mardi"])
    # 1 September 2023 was a Friday, not a Monday
    assert all("01.09" not in r.expression for r in find_dates("lundi (01.09)", "2023-09-03"))


def test_a_span_of_several_years_leaves_its_ends() -> None:
    found = find_dates("Il a présidé de février 2010 à février 2014.", "2022-06-15")
    assert [(r.value, r.precision) for r in found] == [("2010-02", "month"), ("2014-02", "month")]


def test_shift_before_a_year_is_no_shift() -> None:
    found = find_dates("la génération de 1989, 75 ans après 1914", "2022-06-15")
    assert [(r.value, r.expression) for r in found] == [("1914", "après 1914")]


@settings(max_examples=100, deadline=None)
@given(a=dates, n=st.sampled_from([2, 3, 5, 10]),
       lead=st.sampled_from(["voilà", "Voilà près de", "cela fait", "ça fait plus de"]))
def test_voila_n_units_que_counts_back_like_il_y_a(a: date, n: int, lead: str) -> None:
    for unit in ("jours", "mois", "ans"):
        assert reading(f"{lead} {COUNTS[n]} {unit} que", a.isoformat()) == reading(
            f"il y a {COUNTS[n]} {unit}", a.isoformat())


@given(a=dates)
def test_du_week_end_dernier_is_le_week_end_dernier(a: date) -> None:
    for unit in ("week-end", "weekend", "mois"):
        assert reading(f"l'attaque du {unit} dernier", a.isoformat()) == reading(f"le {unit} dernier", a.isoformat())
    assert reading("la réunion de la semaine dernière", a.isoformat()) == reading("la semaine dernière", a.isoformat())

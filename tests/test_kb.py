"""Knowledge base: the packaged data loads and is consistent; lookups and dated descriptions
resolve known facts; the loader rejects broken data with the file and the id."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import textwrap
from pathlib import Path

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kibaru.errors import KibaruError
from kibaru.kb import DEFAULT_PATH, Actor, KnowledgeBase, Role, _bounds, _description_key, normalise

KB = KnowledgeBase.load()
ACTORS = list(KB)
SPECIAL = {"roles.yaml", "ambiguous.yaml", "honorifics.yaml"}


def _ids(surface: str) -> list[str]:
    return [a.id for a in KB.lookup(surface)]


def _holders(phrase: str, on: str | None) -> list[str]:
    return [a.id for a in KB.by_description(phrase, on)]


# --- the packaged data ------------------------------------------------------------------------


def test_kb_loads_with_at_least_400_actors_and_a_version() -> None:
    assert len(KB) >= 400
    assert KB.version == (DEFAULT_PATH / "VERSION").read_text(encoding="utf-8").strip()
    assert KnowledgeBase.load() is KB  # cached


def test_every_id_is_unique_across_the_raw_files() -> None:
    # Read the YAML directly, so this does not rely on the loader's own duplicate check.
    ids: list[str] = []
    for file in sorted(DEFAULT_PATH.glob("*.yaml")):
        if file.name not in SPECIAL:
            ids += [entry["id"] for entry in yaml.safe_load(file.read_text(encoding="utf-8")) or []]
    assert len(ids) == len(set(ids)) == len(KB)


def test_every_reference_resolves() -> None:
    for actor in ACTORS:
        if actor.country is not None:
            target = KB.get(actor.country)
            assert target is not None and target.type == "GPE", actor.id
        for role in actor.roles:
            assert role.of is None or KB.get(role.of) is not None, (actor.id, role.of)


def test_every_kind_of_actor_the_brief_asks_for_is_present() -> None:
    by_type: dict[str, int] = {}
    for actor in ACTORS:
        by_type[actor.type] = by_type.get(actor.type, 0) + 1
    assert by_type["PER"] >= 150 and by_type["ORG"] >= 100 and by_type["LOC"] >= 100 and by_type["GPE"] >= 25
    for required in ["grp:jnim", "grp:eigs", "org:ecowas", "org:minusma", "op:barkhane", "loc:kidal", "media:rfi"]:
        assert required in KB


def test_dates_are_well_formed_and_ordered() -> None:
    date = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
    for actor in ACTORS:
        for role in actor.roles:
            for value in (role.start, role.end):
                assert value is None or date.match(value), (actor.id, value)
            if role.start and role.end:
                assert role.start[:7] <= role.end[:7], actor.id


def test_wikidata_ids_are_qids_or_null() -> None:
    for actor in ACTORS:
        assert actor.wikidata is None or re.fullmatch(r"Q[1-9]\d*", actor.wikidata), actor.id
    qids = [a.wikidata for a in ACTORS if a.wikidata]
    assert len(qids) == len(set(qids))


def test_no_surface_form_normalises_to_nothing() -> None:
    for actor in ACTORS:
        for form in actor.surfaces():
            assert normalise(form), (actor.id, form)


def test_round_trip_every_alias_finds_its_actor() -> None:
    for actor in ACTORS:
        for form in actor.surfaces():
            assert actor in KB.lookup(form), (actor.id, form)


# --- lookup -----------------------------------------------------------------------------------


@pytest.mark.parametrize("surface", ["Serguei Lavrov", "Sergueï Lavrov", "Sergey Lavrov", "M. Lavrov", "LAVROV"])
def test_lavrov_spellings(surface: str) -> None:
    assert _ids(surface) == ["per:sergei-lavrov"]


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("le président Macron", "per:emmanuel-macron"),
        ("Colonel Assimi Goïta", "per:assimi-goita"),
        ("Bah N’Daw", "per:bah-ndaw"),
        ("Bah Ndaw", "per:bah-ndaw"),
        ("la CEDEAO", "org:ecowas"),
        ("l’ONU", "org:united-nations"),
        ("GSIM", "grp:jnim"),
        ("État islamique au Grand Sahara", "grp:eigs"),
        ("Timbuktu", "loc:tombouctou"),
        ("Fada N'Gourma", "loc:fada-ngourma"),
        ("Evgueni Prigojine", "per:yevgeny-prigozhin"),
        ("Le Drian", "per:jean-yves-le-drian"),
        ("Mme Colonna", "per:catherine-colonna"),
    ],
)
def test_lookup_resolves_common_surface_forms(surface: str, expected: str) -> None:
    assert _ids(surface) == [expected]


def test_bare_surname_is_a_fallback_that_may_be_ambiguous() -> None:
    maigas = set(_ids("Maïga"))
    assert {"per:choguel-kokalla-maiga", "per:abdoulaye-maiga"} <= maigas
    assert all(KB.get(i) is not None and KB.get(i).type == "PER" for i in maigas)  # type: ignore[union-attr]
    assert "per:sergei-lavrov" in KB.surnames()["lavrov"]
    assert set(KB.surnames()["maiga"]) == maigas


def test_declared_ambiguities_return_every_candidate() -> None:
    assert set(_ids("FAN")) == {"grp:fan-niger", "grp:fan-burkina"}
    assert set(_ids("Modibo Keïta")) == {"per:modibo-keita-1915", "per:modibo-keita-1942"}


def test_unknown_surface_gives_nothing() -> None:
    assert KB.lookup("Zorglub Xyzzy") == []
    assert KB.lookup("") == []
    assert KB.lookup("M.") == []


def test_normalise_folds_case_accents_apostrophes_and_titles() -> None:
    assert normalise("Sergueï  Lavrov") == normalise("SERGUEI LAVROV") == "serguei lavrov"
    assert normalise("M. Lavrov") == normalise("Monsieur Lavrov") == "lavrov"
    assert normalise("Fada N’Gourma") == normalise("Fada N'Gourma") == normalise("Fada Ngourma")
    assert normalise("Tin-Zaouatène") == normalise("Tin Zaouatene")
    assert normalise("le président") == "le president"  # a title alone is kept


# --- dated descriptions -----------------------------------------------------------------------


@pytest.mark.parametrize("on", ["2021-05", "2024-05"])
def test_head_of_russian_diplomacy_is_lavrov(on: str) -> None:
    assert _holders("le chef de la diplomatie russe", on) == ["per:sergei-lavrov"]


@pytest.mark.parametrize(
    ("on", "expected"),
    [
        ("2020-06", "per:boubou-cisse"),
        ("2021-03", "per:moctar-ouane"),
        ("2022-03", "per:choguel-kokalla-maiga"),
        ("2022-10", "per:abdoulaye-maiga"),  # interim while Choguel Maïga was on sick leave
        ("2025-01", "per:abdoulaye-maiga"),
    ],
)
def test_malian_prime_minister_by_date(on: str, expected: str) -> None:
    assert _holders("le Premier ministre malien", on) == [expected]


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        ("le président français", "2016-06", "per:francois-hollande"),
        ("le président français", "2019", "per:emmanuel-macron"),
        ("le chef de la diplomatie française", "2023-03", "per:catherine-colonna"),
        ("le chef de la diplomatie malienne", "2024-01-15", "per:abdoulaye-diop"),
        ("la ministre des Armées", "2019", "per:florence-parly"),
        ("le ministre russe de la Défense", "2020", "per:sergei-shoigu"),
        ("le ministre russe de la Défense", "2025", "per:andrei-belousov"),
        ("le patron de Wagner", "2022", "per:yevgeny-prigozhin"),
        ("le président nigérien", "2022", "per:mohamed-bazoum"),
        ("le chef de la junte nigérienne", "2024", "per:abdourahamane-tiani"),
        ("l'opération française au Sahel", "2016", "op:barkhane"),
        ("le porte-parole du Kremlin", "2023", "per:dmitry-peskov"),
    ],
)
def test_descriptions_resolve_by_date(phrase: str, on: str, expected: str) -> None:
    assert _holders(phrase, on) == [expected]


def test_description_outside_any_term_finds_nobody() -> None:
    assert _holders("le patron de Wagner", "2024") == []  # Prigozhin died in August 2023


def test_transition_president_without_country_lists_every_transition() -> None:
    holders = set(_holders("le président de la transition", "2022-03"))
    assert {"per:assimi-goita", "per:paul-henri-sandaogo-damiba"} <= holders
    assert "per:ibrahim-traore" not in holders  # took power in September 2022


def test_description_at_any_time_puts_the_latest_holder_first() -> None:
    holders = _holders("le Premier ministre malien", None)
    assert holders[0] == "per:abdoulaye-maiga"
    assert {"per:boubou-cisse", "per:moctar-ouane", "per:moussa-mara"} <= set(holders)


def test_bad_description_date_is_a_domain_error() -> None:
    with pytest.raises(KibaruError):
        KB.by_description("le Premier ministre malien", "2021-13")


# --- property: surface variants still resolve -------------------------------------------------


@st.composite
def variant(draw: st.DrawFn) -> tuple[Actor, str]:
    actor = draw(st.sampled_from(ACTORS))
    form = draw(st.sampled_from(actor.surfaces()))
    form = "".join(ch.upper() if draw(st.booleans()) else ch.lower() for ch in form)
    form = form.replace("'", draw(st.sampled_from(["'", "’", "ʼ"])))
    form = form.replace("-", draw(st.sampled_from(["-", " ", "‑"])))
    if actor.type == "PER":
        form = draw(st.sampled_from(["", "M. ", "Mme ", "le président ", "le général "])) + form
    return actor, form


@settings(max_examples=300, deadline=None)
@given(variant())
def test_case_apostrophe_hyphen_and_title_variants_resolve(pair: tuple[Actor, str]) -> None:
    actor, form = pair
    assert actor in KB.lookup(form), form


# --- validation of broken data ------------------------------------------------------------------

STATES = """
- {id: gpe:mali, name: Mali, type: GPE, kind: state, adj: malien, adj_f: malienne, de: du Mali}
- {id: gpe:france, name: France, type: GPE, kind: state, adj: français, adj_f: française, de: de la France}
"""


def _kb_dir(tmp_path: Path, people: str, ambiguous: str | None = None) -> Path:
    (tmp_path / "VERSION").write_text("7\n", encoding="utf-8")
    (tmp_path / "states.yaml").write_text(STATES, encoding="utf-8")
    (tmp_path / "people.yaml").write_text(textwrap.dedent(people), encoding="utf-8")
    (tmp_path / "roles.yaml").write_text(
        "templates:\n  prime_minister:\n    title: Premier ministre\n"
        "    descriptions: ['le Premier ministre {adj}', 'le Premier ministre {de}']\n",
        encoding="utf-8",
    )
    if ambiguous is not None:
        (tmp_path / "ambiguous.yaml").write_text(textwrap.dedent(ambiguous), encoding="utf-8")
    return tmp_path


def test_a_small_valid_kb_loads_and_generates_descriptions(tmp_path: Path) -> None:
    kb = KnowledgeBase.load(
        _kb_dir(
            tmp_path,
            """
            - id: per:a
              name: Alpha Un
              type: PER
              country: gpe:mali
              roles: [{role: prime_minister, of: gpe:mali, start: 2020-09, end: 2021-05}]
            - id: per:b
              name: Beta Deux
              type: PER
              country: gpe:mali
              roles: [{role: prime_minister, of: gpe:mali, start: 2021-05-26, end: null}]
            """,
        )
    )
    assert len(kb) == 4 and kb.version == "7"
    assert kb.get("per:a").roles[0].descriptions == ("le Premier ministre malien", "le Premier ministre du Mali")  # type: ignore[union-attr]
    # May 2021 overlaps both terms; the later start comes first.
    assert [a.id for a in kb.by_description("Premier ministre du Mali", "2021-05")] == ["per:b", "per:a"]
    assert [a.id for a in kb.by_description("le Premier ministre malien", "2021-05-10")] == ["per:a"]
    assert [a.id for a in kb.by_description("le Premier ministre malien", "2019")] == []


@pytest.mark.parametrize(
    ("people", "message"),
    [
        (
            """
            - {id: per:a, name: A A, type: PER}
            - {id: per:a, name: B B, type: PER}
            """,
            "per:a: duplicate id",
        ),
        ("- {id: per:a, name: A A, type: PER, country: gpe:atlantis}", "per:a: country"),
        ("- {id: per:a, name: A A, type: PER, roles: [{title: x, of: org:nowhere}]}", "per:a: role 'of'"),
        ("- {id: per:a, name: A A, type: PER, roles: [{title: x, start: 2021-13}]}", "per:a: bad month"),
        ("- {id: per:a, name: A A, type: PER, roles: [{title: x, start: 2022-01, end: 2021-01}]}", "role starts"),
        ("- {id: per:a, name: A A, type: PER, roles: [{title: x, start: 21-01}]}", "per:a: bad date"),
        ("- {id: per:a, name: A A, type: ORG}", "per:a: type ORG"),
        ("- {id: per:a, name: A A, type: PER, wikidata: 'Q0x'}", "per:a: wikidata"),
        ("- {id: per:a, name: A A, type: PER, alias: [B]}", "per:a: unknown field"),
        ("- {id: per:a, name: A A, type: PER, roles: [{role: emperor, of: gpe:mali}]}", "per:a: unknown role template"),
        (
            """
            - {id: per:a, name: Ali Diallo, type: PER}
            - {id: per:b, name: Bob Kane, type: PER, aliases: [ALI DIALLO]}
            """,
            "per:b: alias 'ali diallo' also names per:a",
        ),
    ],
)
def test_broken_data_is_refused_with_file_and_id(tmp_path: Path, people: str, message: str) -> None:
    with pytest.raises(KibaruError) as info:
        KnowledgeBase.load(_kb_dir(tmp_path, people))
    assert "people.yaml" in str(info.value) and message in str(info.value)


def test_alias_collision_is_allowed_when_declared_ambiguous(tmp_path: Path) -> None:
    people = """
    - {id: per:a, name: Ali Diallo, type: PER}
    - {id: per:b, name: Bob Kane, type: PER, aliases: [Ali Diallo]}
    """
    kb = KnowledgeBase.load(_kb_dir(tmp_path, people, "ambiguous:\n  - {alias: Ali Diallo, ids: [per:a, per:b]}\n"))
    assert {a.id for a in kb.lookup("Ali Diallo")} == {"per:a", "per:b"}


def test_same_alias_on_different_types_is_allowed(tmp_path: Path) -> None:
    people = """
    - {id: per:a, name: Niger Person, type: PER, aliases: [Mali]}
    """
    kb = KnowledgeBase.load(_kb_dir(tmp_path, people))
    assert {a.id for a in kb.lookup("Mali")} == {"per:a", "gpe:mali"}


def test_missing_directory_is_a_domain_error(tmp_path: Path) -> None:
    with pytest.raises(KibaruError):
        KnowledgeBase.load(tmp_path / "absent")


# --- dated roles: one holder per single-holder office (KB v23, branch kb31) ---------------------------------------

# Two holders of one office may share the month it changed hands (a month-precision end and start: "2024-12" and
# "2024-12"); sharing more months than this means two people hold it at once. 1 = that handover month only.
HANDOVER_MONTHS = 1


def _month_span(role: Role) -> tuple[int, int]:
    """First and last month (as year * 12 + month) a role may cover; an open end or unknown start is unbounded."""
    lo = _bounds(role.start)[0] if role.start else dt.date(1, 1, 1)
    hi = _bounds(role.end)[1] if role.end else dt.date(9999, 12, 31)
    return lo.year * 12 + lo.month, hi.year * 12 + hi.month


def _office_overlaps(kb: KnowledgeBase, kb_dir: Path) -> dict[tuple[frozenset[str], str], str]:
    """(holders, state) -> a shared description, for two people whose roles of one state share a state-specific
    description (the same office or portfolio: "le ministre malien des Affaires étrangères", "le Premier ministre du
    Mali") and overlap by more than the handover month. Descriptions without the state ("le porte-parole du
    gouvernement", "le président de la transition") name many holders on purpose and are not checked."""
    states = {s["id"]: s for s in yaml.safe_load((kb_dir / "states.yaml").read_text(encoding="utf-8")) or []}
    holders: dict[tuple[str, str], list[tuple[str, Role]]] = {}
    for actor in kb:
        for role in actor.roles:
            if role.of not in states:
                continue
            forms = [_description_key(states[role.of][k]) for k in ("adj", "adj_f", "de") if states[role.of].get(k)]
            for phrase in role.descriptions:
                key = _description_key(phrase)
                if any(f" {form} " in f" {key} " for form in forms):
                    holders.setdefault((role.of, key), []).append((actor.id, role))
    found: dict[tuple[frozenset[str], str], str] = {}
    for (state, key), entries in sorted(holders.items()):
        for (a, ra), (b, rb) in itertools.combinations(entries, 2):
            (lo_a, hi_a), (lo_b, hi_b) = _month_span(ra), _month_span(rb)
            if a != b and min(hi_a, hi_b) - max(lo_a, lo_b) + 1 > HANDOVER_MONTHS:
                found.setdefault((frozenset((a, b)), state), key)
    return found


def _declared_overlaps() -> dict[tuple[frozenset[str], str], str]:
    data = yaml.safe_load((DEFAULT_PATH / "roles.yaml").read_text(encoding="utf-8"))
    return {(frozenset(e["holders"]), e["of"]): e["reason"] for e in data.get("overlaps") or []}


def test_no_state_office_has_two_holders_at_once() -> None:
    declared = _declared_overlaps()
    undeclared = {k: v for k, v in _office_overlaps(KB, DEFAULT_PATH).items() if k not in declared}
    assert not undeclared, sorted((sorted(ids), state, phrase) for (ids, state), phrase in undeclared.items())


def test_every_declared_overlap_is_real_and_has_a_reason() -> None:
    found = _office_overlaps(KB, DEFAULT_PATH)
    for (ids, state), reason in _declared_overlaps().items():
        assert len(ids) == 2 and all(KB.get(i) is not None for i in ids), ids
        assert isinstance(reason, str) and len(reason.split()) >= 2, (ids, reason)
        assert (ids, state) in found, f"declared overlap of {sorted(ids)} in {state} is gone: remove it"


def test_the_overlap_check_finds_two_holders_and_spares_a_handover(tmp_path: Path) -> None:
    kb_dir = _kb_dir(
        tmp_path,
        """
        - id: per:a
          name: Alpha Un
          type: PER
          roles: [{role: prime_minister, of: gpe:mali, start: 2020-09, end: 2021-05}]
        - id: per:b
          name: Beta Deux
          type: PER
          roles: [{role: prime_minister, of: gpe:mali, start: 2021-05, end: null}]
        - id: per:c
          name: Gamma Trois
          type: PER
          roles: [{role: prime_minister, of: gpe:mali, start: 2021, end: 2021}]
        - id: per:d
          name: Delta Quatre
          type: PER
          roles: [{role: prime_minister, of: gpe:france, start: 2021-01, end: null}]
        """,
    )
    found = _office_overlaps(KnowledgeBase.load(kb_dir), kb_dir)
    # a handover month (a: ..2021-05, b: 2021-05..) is no overlap; a year-precision term overlaps both; another
    # state's prime minister at the same time is a different office
    assert set(found) == {(frozenset({"per:a", "per:c"}), "gpe:mali"), (frozenset({"per:b", "per:c"}), "gpe:mali")}
    assert found[(frozenset({"per:a", "per:c"}), "gpe:mali")] in {"premier ministre malien", "premier ministre du mali"}


@pytest.mark.parametrize(
    ("phrase", "on", "expected"),
    [
        # overlaps of KB v22 resolved from sources in v23: one holder each
        ("le ministre burkinabè de la Défense", "2024-06", ["per:kassoum-coulibaly"]),
        ("le ministre burkinabè de la Défense", "2025-06", ["per:celestin-simpore"]),
        ("le ministre malien des Affaires étrangères", "2019-09", ["per:tiebile-drame"]),
        ("le ministre tchadien de l'Éducation nationale", "2025-06", ["per:aboubakar-assidik-tchoroma"]),
        ("le ministre guinéen des Finances", "2026-03", ["per:mariama-cire-sylla"]),
        ("le ministre guinéen des Finances", "2025-03", ["per:mourana-soumah"]),
        ("le ministre togolais de l'Économie", "2026-01", ["per:badanam-patoki"]),
        ("le ministre togolais des Finances", "2026-01", ["per:essowe-georges-barcola"]),
        ("la ministre nigérienne de la Population", "2025-09", ["per:sidikou-ramatou-djermakoye"]),
        ("le chef de la MINUSMA", "2021-09", ["per:el-ghassim-wane"]),
    ],
)
def test_a_formerly_shared_office_names_one_holder(phrase: str, on: str, expected: list[str]) -> None:
    assert _holders(phrase, on) == expected

"""Round 32: benchmarks/boilerplate_ablation.py (the cleaner's rules switched off one at a time on development sets)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import boilerplate_ablation as ab  # noqa: E402
import boilerplate_eval as ev  # noqa: E402
from kibaru.ingest.clean import dump  # noqa: E402

PAGE = "\n".join([
    "Le marché central de Ségou rouvre ses portes après les travaux",
    "Les commerçants du marché central ont retrouvé lundi matin leurs étals, après six mois de travaux financés "
    "par la commune et ses partenaires, a constaté notre correspondant sur place.",
    "Selon le maire, la nouvelle halle accueillera plus de quatre cents vendeurs et un poste de secours, ce qui "
    "devrait désengorger les rues voisines pendant la saison des pluies.",
])


def test_every_variant_names_an_attribute_of_the_cleaner_and_is_undone() -> None:
    table = ab.variants()
    assert {"base", "ALL_K", "ALL_B", "K_subheading", "B_signature", "G_SUBHEADING_MIN_KEPTx2.0"} <= set(table)
    before = dict(vars(dump))
    for name, patches in table.items():
        with ab.switched(patches):
            for attr, value in patches.items():
                assert getattr(dump, attr) is value, name
                assert callable(value) == callable(before[attr]), (name, attr)  # a rule by a rule, a gate by a number
    assert all(vars(dump)[k] is v for k, v in before.items())


def test_an_unknown_name_is_refused() -> None:
    with pytest.raises(AttributeError), ab.switched({"NO_SUCH_GATE": 1}):
        pass


def test_a_switched_off_rule_changes_the_cleaner() -> None:
    assert dump.clean_dump(PAGE).title == PAGE.splitlines()[0]
    with ab.switched(ab.KEEP_VARIANTS["K_title"]):
        assert dump.clean_dump(PAGE).title is None
    assert dump.clean_dump(PAGE).title == PAGE.splitlines()[0]


def test_development_sets_only() -> None:
    assert not set(ab.UNSEEN) & set(ab.FITTED)
    assert set(ab.UNSEEN) | set(ab.FITTED) <= set(ev.REAL_SPLITS)
    blind = {"real_heldout24", "real_heldout25", "real_heldout26", "real_heldout27", "real_heldout28", "real_heldout29",
             "real_heldout30", "real_heldout31", "real_heldout32", "real_heldout33", "real_heldout34"}
    assert not blind & (set(ab.UNSEEN) | set(ab.FITTED))


def test_moves_and_bootstrap() -> None:
    base = [[5, 1, 2, 20], [3, 0, 1, 10], [4, 2, 0, 15]]
    better = [[6, 1, 1, 20], [4, 0, 0, 10], [4, 1, 0, 16]]
    assert ab.moves(base, base) == (0, 0, 0, 0)
    assert ab.moves(base, better) == (2, 0, 0, 1)
    assert ab.moves(better, base) == (0, 2, 1, 0)
    assert ab.bootstrap(base, base, n=200) == (0.0, 0.0)
    lo, hi = ab.bootstrap(base, better, n=200)
    assert 0 < lo <= hi
    assert ab.f1(ab.pooled(better)) > ab.f1(ab.pooled(base))

"""Round 31: the fold groupings of benchmarks/boilerplate_cv_real.py (``--group outlet | set | set-strict``): by outlet
the folds are ``boilerplate_eval.cv_folds``; by set a development set's pages share one fold; ``set-strict`` also
keeps every page of a held outlet out of that fold's training pages, whatever set it comes from."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import boilerplate_cv_real as cv  # noqa: E402
import boilerplate_eval as ev  # noqa: E402

LINES = ["Accueil", "Le conseil municipal a voté mardi le budget de la commune pour l'année prochaine."]


def _pages() -> tuple[list[ev.Page], dict[str, str]]:
    """Twelve real pages: three sets, four outlets; outlet ``o0`` has a page in every set. Two html pages."""
    pages, split_of = [], {}
    for k in range(12):
        split = ("real_dev", "real_heldout", "real_heldout2")[k % 3]
        page = ev.Page(f"r{k}.txt", f"o{k % 4}", LINES, [False, True], real=True)
        pages.append(page)
        split_of[page.file] = split
    pages += [ev.Page(f"h{k}.html", "html", LINES, [False, True]) for k in range(2)]
    return pages, split_of


def test_outlet_grouping_is_cv_folds() -> None:
    pages, split_of = _pages()
    assert cv.fold_of(pages, split_of, "outlet") == ev.cv_folds(pages, cv.FOLDS)


def test_set_grouping_keeps_a_set_on_one_side() -> None:
    pages, split_of = _pages()
    fold = cv.fold_of(pages, split_of, "set")
    for split in ("real_dev", "real_heldout", "real_heldout2"):
        assert len({f for p, f in zip(pages, fold, strict=True) if split_of.get(p.file) == split}) == 1
    assert len({f for p, f in zip(pages, fold, strict=True) if p.real}) == 3
    # html pages are dealt as cv_folds deals them
    assert fold[-2:] == ev.cv_folds(pages, cv.FOLDS)[-2:]
    # an outlet may be on both sides of a set fold ...
    f0 = fold[0]
    train = cv.train_indices(pages, fold, f0, "set")
    held_outlets = {pages[k].group for k in range(len(pages)) if fold[k] == f0}
    assert any(pages[k].group in held_outlets for k in train)


def test_set_strict_leaves_the_held_outlets_out_of_training() -> None:
    pages, split_of = _pages()
    fold = cv.fold_of(pages, split_of, "set-strict")
    for f in set(fold):
        train = cv.train_indices(pages, fold, f, "set-strict")
        held = [k for k in range(len(pages)) if fold[k] == f]
        held_outlets = {pages[k].group for k in held if pages[k].real}
        assert not set(train) & set(held)
        assert not any(pages[k].real and pages[k].group in held_outlets for k in train)
        # html pages of the other folds still train
        assert all(k in train for k in range(len(pages)) if not pages[k].real and fold[k] != f)
    # outlet o0 is in every set: under set-strict no model ever trains on it
    assert all(not any(pages[k].group == "o0" for k in cv.train_indices(pages, fold, f, "set-strict"))
               for f in {fold[k] for k in range(len(pages)) if pages[k].real})


def test_unknown_grouping_is_refused() -> None:
    pages, split_of = _pages()
    with pytest.raises(SystemExit):
        cv.fold_of(pages, split_of, "page")


def test_development_sets_only() -> None:
    assert {"real_heldout23", "real_heldout24"} <= set(cv.REAL_DEV)  # round 33: set 24 is development
    blind = {"real_heldout25", "real_heldout26", "real_heldout27", "real_heldout28", "real_heldout29", "real_heldout30",
             "real_heldout31", "real_heldout32", "real_heldout33", "real_heldout34"}
    assert not blind & set(cv.REAL_DEV)

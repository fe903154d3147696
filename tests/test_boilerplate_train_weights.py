"""Round 30: the trainer's weight for long boilerplate lines (boilerplate_eval.LONG_BP_WEIGHT, a benchmark knob of
benchmarks/boilerplate_cv_real.py's ``+longN``): off by default, and when set it weighs exactly the boilerplate lines of
LONG_LINE_CHARS characters or more."""

from __future__ import annotations

import math
import sys
from pathlib import Path
from unittest import mock

BENCH = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCH))

import boilerplate_eval as ev  # noqa: E402

LONG_PITCH = ("Abonnez-vous à notre lettre quotidienne pour recevoir chaque matin les nouvelles de la région, "
              "les analyses de nos journalistes et les rendez-vous de la semaine.")
PARAGRAPH = ("Le maire a présenté mardi le nouveau plan de circulation du centre-ville, qui doit entrer en vigueur "
             "au début du mois prochain après une consultation des habitants.")


def _pages() -> list[ev.Page]:
    pages = []
    for k in range(6):
        lines = ["Accueil", "Politique", PARAGRAPH.replace("mardi", f"le {k + 1}"), PARAGRAPH, LONG_PITCH]
        pages.append(ev.Page(f"p{k}.html", f"site{k}", lines, [False, False, True, True, False]))
    return pages


def _base_rate(model: dict[str, object]) -> float:
    stage = model["stage1"]
    assert isinstance(stage, dict)
    return 1.0 / (1.0 + math.exp(-float(stage["base"])))


def test_long_boilerplate_weight_is_off_by_default() -> None:
    assert ev.LONG_BP_WEIGHT == 1.0
    assert len(LONG_PITCH) >= ev.LONG_LINE_CHARS > len("Politique")
    # 3 boilerplate lines of 5, all weighing 1: the first stage starts from their share.
    assert abs(_base_rate(ev.train(_pages())) - 3 / 5) < 1e-4


def test_long_boilerplate_weight_weighs_the_long_boilerplate_lines_only() -> None:
    with mock.patch.object(ev, "LONG_BP_WEIGHT", 4.0):
        model = ev.train(_pages())
    # The long pitch weighs 4, the two short menu items 1 each, the two paragraphs (long, article) 1 each: 6 / 8.
    assert abs(_base_rate(model) - 6 / 8) < 1e-4

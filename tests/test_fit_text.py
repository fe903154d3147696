"""tools/fit_text.py: a hand-edited excerpt is rebuilt from the store's excerpt only when the gold's sha1 says so."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import fit_text

EXCERPT = (" date 2024-03-12 Le Mali et la Russie signent un accord\n\n"
           "Photo : DR\n\n"
           "Bamako, 12 mars - Abdoulaye Diop a reçu Sergueï Lavrov. Les deux ministres ont parlé du Sahel.\n\n"
           "Lire aussi : la CEDEAO se réunit à Abuja\n\n"
           "Le ministre malien a salué « un partenaire fiable ». La visite s'achève demain.\n\n"
           "Partager sur Facebook\n")
# what an annotator kept: no date marker, no caption, no teaser, no share line
EDITED = ("Le Mali et la Russie signent un accord\n\n"
          "Bamako, 12 mars - Abdoulaye Diop a reçu Sergueï Lavrov. Les deux ministres ont parlé du Sahel.\n\n"
          "Le ministre malien a salué « un partenaire fiable ». La visite s'achève demain.")


def _mention(text: str, surface: str) -> fit_text.Anchor:
    start = text.index(surface)
    return (start, start + len(surface), lambda seg: seg == surface)


def _sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def test_dropped_lines_and_marker_are_found_under_the_anchors() -> None:
    anchors = [_mention(EDITED, s) for s in ("Mali", "Abdoulaye Diop", "Sergueï Lavrov", "ministre malien")]
    assert fit_text.search(EXCERPT, _sha1(EDITED), anchors, drop=3, sentences=False) == EDITED


def test_too_few_drops_or_another_text_find_nothing() -> None:
    anchors = [_mention(EDITED, "Abdoulaye Diop")]
    assert fit_text.search(EXCERPT, _sha1(EDITED), anchors, drop=1, sentences=False) is None
    other = EDITED.replace("demain", "jeudi")
    assert fit_text.search(EXCERPT, _sha1(other), anchors, drop=3, sentences=False) is None


def test_a_dropped_sentence_inside_a_line_needs_sentence_units() -> None:
    edited = EDITED.replace(" Les deux ministres ont parlé du Sahel.", "")
    anchors = [_mention(edited, "ministre malien")]
    assert fit_text.search(EXCERPT, _sha1(edited), anchors, drop=4, sentences=False) is None
    assert fit_text.search(EXCERPT, _sha1(edited), anchors, drop=4, sentences=True) == edited


def test_anchors_prune_candidates_that_misplace_a_mention() -> None:
    wrong = [(0, 4, lambda seg: seg == "Bama")]  # the gold says the text starts with "Bama": the title was cut
    assert fit_text.search(EXCERPT, _sha1(EDITED), wrong, drop=3, sentences=False) is None


def test_a_cut_at_the_recorded_length_mid_line() -> None:
    cut = EDITED[: EDITED.index("La visite") + 6]  # the older quote splits were cut at `chars`, mid-sentence
    anchors = [_mention(cut, "Abdoulaye Diop")]
    assert fit_text.search(EXCERPT, _sha1(cut), anchors, drop=3, sentences=False) is None
    assert fit_text.search(EXCERPT, _sha1(cut), anchors, drop=3, sentences=False, length=len(cut)) == cut

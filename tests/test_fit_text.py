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


def test_a_copy_that_kept_the_date_marker_but_not_the_space_before_it() -> None:
    # news_heldout17 (tamtaminfo, 2018-04): the copy starts "date 2018-04 ..." where the excerpt starts " date ..."
    edited = EXCERPT.lstrip().replace("Photo : DR\n\n", "").rstrip("\n")
    anchors = [_mention(edited, "Abdoulaye Diop")]
    assert fit_text.search(EXCERPT, _sha1(edited), anchors, drop=3, sentences=False) == edited


def test_a_cut_closed_with_a_full_stop() -> None:
    # news_heldout17 (lepays.bf, lefaso.net): the store's excerpt stops mid-sentence; the copy ends the sentence
    # with a full stop, at the recorded length or after the last kept line
    cut = EDITED[: EDITED.index("La visite") - 2] + "."
    anchors = [_mention(cut, "Abdoulaye Diop")]
    assert fit_text.search(EXCERPT, _sha1(cut), anchors, drop=3, sentences=False) is None
    assert fit_text.search(EXCERPT, _sha1(cut), anchors, drop=3, sentences=False, length=len(cut)) == cut
    truncated = EXCERPT[: EXCERPT.index(" La visite")].replace("fiable ».", "fiable")
    closed = EDITED[: EDITED.index(" La visite")].replace("fiable ».", "fiable") + "."
    assert fit_text.search(truncated, _sha1(closed), anchors, drop=3, sentences=False) == closed

"""``tools/extra_events_status.py``: the status report of the local news copies and the cut finder that
re-collects them (real temp files; the texts here are made up)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from script_loader import load_script

REPO = Path(__file__).resolve().parents[1]
URL = "https://example.org/une-page"
URL2 = "https://example.org/une-autre-page"
ANNOTATED = " date 2024-05 Premier paragraphe. Deux phrases ici.\n\nTroisième phrase du texte annoté."


def sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@pytest.fixture(scope="module")
def tool():  # type: ignore[no-untyped-def]
    return load_script(REPO / "tools" / "extra_events_status.py", "extra_events_status_test")


def rows_for(url: str, text: str, split: str) -> list[dict[str, Any]]:
    blanked = " " * 14 + text[14:] if text.startswith(" date ") else text
    rows = []
    for sentence in ("Premier paragraphe.", "Deux phrases ici.", "Troisième phrase du texte annoté."):
        start = blanked.index(sentence)
        end = start + len(sentence)
        rows.append({"article": f"extra:{sha1(url)}", "split": split, "url": url, "text_sha1": sha1(text),
                     "start": start, "end": end, "span_sha1": sha1(blanked[start:end]), "events": []})
    return rows


@pytest.fixture()
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "events_gold.jsonl"
    rows = rows_for(URL, ANNOTATED, "heldoutXn") + rows_for(URL2, ANNOTATED.replace("2024-05", "2024-06"), "heldoutXn")
    rows.append({"article": "eval/texts/x.txt", "split": "dev", "start": 0, "end": 3, "span_sha1": "0", "events": []})
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    return path


def test_status_reports_missing_bad_and_verified(tool, gold: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / f"{sha1(URL)}.txt").write_text(ANNOTATED, encoding="utf-8")
    assert tool.status([], gold, folder) == {"heldoutXn": (1, 2)}
    out = capsys.readouterr().out
    assert "text_sha1 OK  sentences   3/3" in out and "missing" in out and URL2 in out
    (folder / f"{sha1(URL2)}.txt").write_text(ANNOTATED + " Ajout.", encoding="utf-8")  # not the annotated copy
    assert tool.status(["heldoutXn"], gold, folder) == {"heldoutXn": (1, 2)}
    assert "text_sha1 BAD sentences   3/3" in capsys.readouterr().out
    assert tool.main(["--gold", str(gold), "--extra", str(folder), "status"]) == 1


def test_cut_finds_the_annotated_prefix_of_a_longer_transcription(tool, gold: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    excerpt = tmp_path / "excerpt.json"
    transcription = ANNOTATED + " Une phrase de plus.\n\n\n\nUn paragraphe coupé par l"
    excerpt.write_text(json.dumps(transcription), encoding="utf-8")
    folder = tmp_path / "extra"
    assert tool.main(["--gold", str(gold), "--extra", str(folder), "cut", URL, str(excerpt), "--write"]) == 0
    assert (folder / f"{sha1(URL)}.txt").read_text(encoding="utf-8") == ANNOTATED


def test_cut_finds_a_copy_with_fewer_paragraphs_and_collapsed_blank_lines(tool, gold: Path) -> None:  # type: ignore[no-untyped-def]
    rows = tool.news_rows(gold)[URL]
    head, tail = ANNOTATED.split("\n\n")
    transcription = head + "\n\n\n\nUn paragraphe que la copie annotée n'avait pas.\n\n\n\n" + tail + "\n\nFin."
    found = tool.find_cut(transcription, rows)
    assert found is not None and found[0] == ANNOTATED and "paragraphs [0, 2]" in found[1]


def test_cut_writes_nothing_when_no_variant_matches(tool, gold: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    excerpt = tmp_path / "excerpt.txt"
    excerpt.write_text(ANNOTATED.replace("Deux", "Trois"), encoding="utf-8")
    folder = tmp_path / "extra"
    assert tool.main(["--gold", str(gold), "--extra", str(folder), "cut", URL, str(excerpt), "--write"]) == 1
    assert not folder.exists()
    out = capsys.readouterr().out
    assert "no match" in out and out.count(" ok") == 1 and out.count("BAD") == 2  # the offsets shift after it


def test_cut_keeps_the_date_marker_when_the_first_paragraph_was_not_in_the_annotated_copy(tool, gold: Path) -> None:  # type: ignore[no-untyped-def]
    head, tail = ANNOTATED.split("\n\n")
    marker, first = head[:14], head[14:]
    transcription = marker + "Un chapeau absent de la copie annotée.\n\n" + first + "\n\n" + tail
    found = tool.find_cut(transcription, tool.news_rows(gold)[URL])
    assert found is not None and found[0] == ANNOTATED and found[1].startswith("marker, paragraphs [1, 2]")


def test_cut_rejoins_scattered_sentences_of_a_copy_that_kept_only_some(tool) -> None:  # type: ignore[no-untyped-def]
    # The annotator kept the first and the last sentence of a longer excerpt, joined by one blank line.
    annotated = " date 2024-05 Premier paragraphe.\n\nTroisième phrase du texte annoté."
    blanked = " " * 14 + annotated[14:]
    rows = []
    for sentence in ("Premier paragraphe.", "Troisième phrase du texte annoté."):
        start = blanked.index(sentence)
        rows.append({"url": URL, "text_sha1": sha1(annotated), "start": start, "end": start + len(sentence),
                     "span_sha1": sha1(sentence)})
    transcription = (" date 2024-05 Premier paragraphe. Une phrase du milieu que la copie n'a pas gardée.\n"
                     "Troisième phrase du texte annoté. Et une suite.")
    assert tool.find_cut(transcription, rows) == (annotated, "scattered sentences rejoined")
    # A sentence absent from the transcription leaves nothing to rebuild.
    assert tool.find_cut(transcription.replace("Troisième", "Quatrième"), rows) is None

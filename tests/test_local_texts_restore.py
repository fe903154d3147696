"""tools/local_texts.py restore: a saved search answer becomes the local text only when a cut has the gold's sha1."""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tools"))
import local_texts

URL = "https://example.org/sahel/article-1"
NAME = hashlib.sha1(URL.encode("utf-8")).hexdigest() + ".txt"
EXCERPT = " date 2025-03 Titre\n\n\n\nPremier paragraphe.\n\nDeuxième paragraphe.\n\nLire aussi : autre chose\n"


def _expected(text: str, task: str = "quotes") -> local_texts.Expected:
    return local_texts.Expected(task, "split1", NAME, hashlib.sha1(text.encode("utf-8")).hexdigest(), URL)


@pytest.fixture()
def quotes_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("KIBARU_EXTRA_QUOTES", str(tmp_path / "q"))
    return tmp_path / "q"


def _answer(tmp_path: Path, excerpt: str) -> Path:
    path = tmp_path / "answer.json"
    path.write_text(json.dumps({"results": [{"rank": 3, "url": URL, "excerpt": excerpt}]}), encoding="utf-8")
    return path


def test_inline_markup_the_store_kept_is_dropped(tmp_path: Path, quotes_dir: Path) -> None:
    tagged = "<p>Le <strong>ministre</strong> a parlé.</p>\n<p>Il a <em>salué</em> l'accord.</p>"
    stored = "Le ministre a parlé.\nIl a salué l'accord."
    assert local_texts.restore([_expected(stored)], [_answer(tmp_path, tagged)])[0].startswith("verified")


@pytest.mark.parametrize("stored", [
    EXCERPT,  # as returned
    EXCERPT.rstrip("\n"),  # trailing newline dropped
    " date 2025-03 Titre\n\nPremier paragraphe.\n\nDeuxième paragraphe.",  # blank runs collapsed, cut after N lines
    " date 2025-03 Titre\nPremier paragraphe.\nDeuxième paragraphe.\n",  # blank lines dropped, final newline
    " date 2025-03 Titre\n\n\nPremier paragraphe.\n\nDeuxième paragraphe.",  # the long run kept as 3 newlines
    " date 2025-03 Titre Premier paragraphe. Deuxième paragraphe. Lire aussi : autre chose",  # lines joined
])
def test_a_cut_the_builds_made_is_found_and_written(tmp_path: Path, quotes_dir: Path, stored: str) -> None:
    report = local_texts.restore([_expected(stored)], [_answer(tmp_path, EXCERPT)])
    assert report[0].startswith("verified")
    assert (quotes_dir / NAME).read_bytes() == stored.encode("utf-8")
    kept = list((quotes_dir / "_excerpts").glob(NAME.replace(".txt", ".*.excerpt")))
    assert len(kept) == 1 and kept[0].read_text(encoding="utf-8") == EXCERPT


def test_a_copy_saved_with_straight_apostrophes_is_found(tmp_path: Path, quotes_dir: Path) -> None:
    excerpt = "Le ministre l\u2019a dit.\n\nIl s\u2019est tu.\n"
    stored = "Le ministre l'a dit.\n\nIl s'est tu."
    assert local_texts.restore([_expected(stored)], [_answer(tmp_path, excerpt)])[0].startswith("verified")
    assert (quotes_dir / NAME).read_bytes() == stored.encode("utf-8")


def test_an_edited_text_is_not_written(tmp_path: Path, quotes_dir: Path) -> None:
    edited = EXCERPT.replace("Premier", "Le premier")
    report = local_texts.restore([_expected(edited)], [_answer(tmp_path, EXCERPT)])
    assert report[0].startswith("NO MATCH")
    assert not (quotes_dir / NAME).exists()


def test_results_naming_no_expected_text_are_ignored(tmp_path: Path, quotes_dir: Path) -> None:
    other = local_texts.Expected("quotes", "split1", "0" * 40 + ".txt", "1" * 40, "https://example.org/other")
    assert local_texts.restore([other], [_answer(tmp_path, EXCERPT)]) == []


def test_answers_as_lists_and_json_lines_are_read(tmp_path: Path, quotes_dir: Path) -> None:
    row = {"url": URL, "excerpt": EXCERPT}
    as_list = tmp_path / "list.json"
    as_list.write_text(json.dumps([row]), encoding="utf-8")
    as_lines = tmp_path / "lines.jsonl"
    as_lines.write_text(json.dumps(row) + "\n" + json.dumps({"url": "x", "excerpt": "y"}) + "\n", encoding="utf-8")
    for path in (as_list, as_lines):
        assert local_texts.restore([_expected(EXCERPT)], [path])[0].startswith("verified")


def test_retry_finds_a_missing_text_in_a_kept_excerpt(tmp_path: Path, quotes_dir: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KIBARU_EXTRA_LINKING", str(tmp_path / "l"))
    stored = EXCERPT.rstrip("\n")
    other_task = local_texts.Expected("linking", "split2", NAME, "2" * 40, URL)  # another text of the same URL
    assert local_texts.restore([other_task], [_answer(tmp_path, EXCERPT)])[0].startswith("NO MATCH")
    assert not (quotes_dir / NAME).exists()
    done = local_texts.retry([_expected(stored)])  # the excerpt kept under linking gives the quotes text
    assert len(done) == 1 and done[0].startswith("verified")
    assert (quotes_dir / NAME).read_bytes() == stored.encode("utf-8")
    assert local_texts.retry([_expected(stored)]) == []  # nothing missing any more

"""The committed Wikinews texts are the bytes their index (and every gold row built on them) names, and the
converter's two rules — the dateline and the block layout — read a page as documented."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TEXTS = REPO / "eval" / "texts" / "wikinews"


def _tool():
    spec = importlib.util.spec_from_file_location("wikinews_texts", REPO / "tools" / "wikinews_texts.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _index() -> list[dict[str, str]]:
    with open(TEXTS / "index.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_every_committed_text_has_the_hash_its_index_records() -> None:
    rows = _index()
    assert len(rows) == 100
    for row in rows:
        data = (TEXTS / f"{row['doc']}.txt").read_bytes()
        assert hashlib.sha1(data).hexdigest() == row["text_sha1"], row["doc"]
        assert data.decode("utf-8").split("\n", 1)[0] == row["headline"]


def test_every_text_sits_in_one_pool() -> None:
    with open(TEXTS / "POOLS.tsv", encoding="utf-8") as handle:
        pools = {row["file"]: row["pool"] for row in csv.DictReader(handle, delimiter="\t")}
    assert set(pools) == {f"{row['doc']}.txt" for row in _index()}
    assert {pool.split()[0] for pool in pools.values()} == {"quotes", "linking", "events", "none"}


def test_dateline_is_read_from_the_first_block_or_after_a_subheading() -> None:
    tool = _tool()
    assert tool.dateline(["1er août 2012. - Le texte commence."]) == "2012-08-01"
    assert tool.dateline(["Un intertitre", "22 mai 2012. - Suite."]) == "2012-05-22"
    assert tool.dateline(["Un intertitre", "Rien", "3 mai 2012. - Trop loin."]) == ""
    assert tool.dateline(["Le 3 mai 2012, en plein texte."]) == ""


def test_page_becomes_headline_and_blocks() -> None:
    page = (
        b"<html><head><title>T</title></head><body><h1>Titre &amp; sous-titre</h1>"
        b"<h2>Un   intertitre</h2><p>Premier <b>paragraphe</b>.</p><ul><li>un</li><li>deux</li></ul>"
        b"<p>  </p></body></html>"
    )
    headline, blocks = _tool().article(page)
    assert headline == "Titre & sous-titre"
    assert blocks == ["Un intertitre", "Premier paragraphe.", "un\ndeux"]

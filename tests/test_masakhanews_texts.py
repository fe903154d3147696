"""tools/masakhanews_texts.py: MasakhaNEWS rows become the same bytes on every machine (a small git repository in the
dataset's layout stands in for the fetched snapshot; the rows are written for this test)."""

from __future__ import annotations

import csv
import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

import masakhanews_texts as mt

ROWS = [
    {"category": "politics", "headline": " Un sommet à Niamey ", "text": "Les dirigeants se sont réunis. \"Nous "
     "restons unis\", a dit l'un d'eux.", "url": "https://www.bbc.com/afrique/region-1"},
    {"category": "sports", "headline": "Un match", "text": "Le score était serré.", "url": "https://www.bbc.com/afrique/region-2"},
]


@pytest.fixture()
def snapshot(tmp_path: Path) -> Path:
    work = tmp_path / "repo"
    (work / "data" / "fra").mkdir(parents=True)
    for split, rows in (("dev", ROWS[:1]), ("test", ROWS[1:] + ROWS[:1])):  # a URL in both splits: the first wins
        with (work / "data" / "fra" / f"{split}.tsv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=["category", "headline", "text", "url"], delimiter="\t")
            writer.writeheader()
            writer.writerows(rows)
    train = work / mt.TRAIN_FILE  # the few-shot train file has no URL column
    train.parent.mkdir(parents=True)
    with train.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["category", "headline", "text"], delimiter="\t")
        writer.writeheader()
        writer.writerows({k: v for k, v in row.items() if k != "url"} for row in ROWS)
    git = ["git", "-C", str(work), "-c", "user.name=t", "-c", "user.email=t@t"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "rows"], check=True)
    return work / ".git"


def test_rows_read_back_with_their_quotes(snapshot: Path) -> None:
    rows = mt.read_split(snapshot, "dev", commit="HEAD")
    assert rows[0]["text"] == ROWS[0]["text"]  # the TSV's doubled quote marks are undone


def test_the_file_is_headline_blank_line_body(snapshot: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert mt.main([str(snapshot), str(out), "--commit", "HEAD"]) == 0
    name = hashlib.sha1(ROWS[0]["url"].encode()).hexdigest()
    text = (out / f"{name}.txt").read_text(encoding="utf-8")
    assert text == "Un sommet à Niamey\n\n" + ROWS[0]["text"] + "\n"
    index = (out / "index.tsv").read_text(encoding="utf-8").splitlines()
    assert len(index) == 3  # header + two distinct URLs
    assert index[1].split("\t")[:3] == ["dev", "1", name]


def test_train_articles_are_named_by_their_row(snapshot: Path, tmp_path: Path) -> None:
    out = tmp_path / "train"
    assert mt.main([str(snapshot), str(out), "--commit", "HEAD", "--split", "train"]) == 0
    index = (out / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]
    assert [line.split("\t")[5] for line in index] == [f"{mt.TRAIN_LOCATOR}1", f"{mt.TRAIN_LOCATOR}2"]
    name = hashlib.sha1(f"{mt.TRAIN_LOCATOR}2".encode()).hexdigest()
    assert (out / f"{name}.txt").read_text(encoding="utf-8") == "Un match\n\nLe score était serré.\n"

"""Write the French BBC Afrique articles of MasakhaNEWS as local text files, byte for byte the same on every machine.

MasakhaNEWS (Adelani et al. 2023, github.com/masakhane-io/masakhane-news, data under ``data/fra/``) holds 633 French
BBC Afrique articles in its ``dev.tsv`` and ``test.tsv`` (``train.tsv`` is too large for the snapshot the search tool
serves). Its few-shot folder keeps 250 *train* articles (``few_shot_data/50_samples/fra/train.tsv``, 50 per category;
the 5-, 10- and 20-sample files are subsets of it): ``--split train`` writes those. That file has no URL column, so
each train article is named by a stable locator, ``TRAIN_LOCATOR`` + its row number, in place of a URL.
The text is © the BBC: like every news text of the evaluations it is **never committed**; the repository
keeps URLs, hashes, offsets and labels, and this tool rebuilds the texts from a fetched snapshot of the repository
(``fetch github:masakhane-io/masakhane-news``), so that a new machine gets the very bytes the gold was hashed on.

Each article becomes ``<sha1(url)>.txt`` holding the headline, a blank line, the article text (one paragraph in the
dataset: its line breaks were removed upstream) and a final newline. Articles whose URL occurs twice keep the first.

Usage:

    python tools/masakhanews_texts.py SNAPSHOT_GIT_DIR OUT_DIR [--split dev|test] [--url URL ...]

``SNAPSHOT_GIT_DIR`` is the git directory ``fetch`` returns (``/work/.mirror/masakhane-io+masakhane-news/repo``);
the files are read at commit ``COMMIT`` (the one every split was built on). An ``index.tsv`` in ``OUT_DIR`` lists
split, row, sha1 of the URL, sha1 of the file, category, URL and headline.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import io
import subprocess
import sys
from pathlib import Path

# The snapshot commit every MasakhaNEWS-based split was built on (2023, "Update README.md").
COMMIT = "819be05"
SPLITS = ("dev", "test")
TRAIN = "train"  # the few-shot train file, read like a split
ALL_SPLITS = (*SPLITS, TRAIN)
TRAIN_FILE = "few_shot_data/50_samples/fra/train.tsv"
TRAIN_LOCATOR = "masakhanews:" + TRAIN_FILE + "#row="


def article_text(headline: str, body: str) -> str:
    """The local file's text: headline, blank line, body, final newline (surrounding spaces stripped)."""
    return f"{headline.strip()}\n\n{body.strip()}\n"


def read_split(git_dir: Path, split: str, commit: str = COMMIT) -> list[dict[str, str]]:
    """The rows of ``data/fra/<split>.tsv`` (``train``: the few-shot train file) at ``commit``, each with a ``url``."""
    path = TRAIN_FILE if split == TRAIN else f"data/fra/{split}.tsv"
    raw = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{commit}:{path}"],
                         check=True, capture_output=True).stdout.decode("utf-8")
    csv.field_size_limit(sys.maxsize)
    rows = list(csv.DictReader(io.StringIO(raw), delimiter="\t"))
    if split == TRAIN:
        for row_no, row in enumerate(rows, start=1):
            row["url"] = f"{TRAIN_LOCATOR}{row_no}"
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--split", choices=ALL_SPLITS, action="append",
                        help="dev and test by default; train = the 250 few-shot train articles")
    parser.add_argument("--url", action="append", help="write only these articles")
    parser.add_argument("--commit", default=COMMIT, help="the snapshot commit to read (default: the splits' own)")
    args = parser.parse_args(argv)
    wanted = set(args.url or [])
    args.out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    index = ["split\trow\turl_sha1\ttext_sha1\tcategory\turl\theadline"]
    for split in args.split or SPLITS:
        for row_no, row in enumerate(read_split(args.git_dir, split, args.commit), start=1):
            url = row["url"].strip()
            if url in seen or (wanted and url not in wanted):
                continue
            seen.add(url)
            data = article_text(row["headline"], row["text"]).encode("utf-8")
            name = hashlib.sha1(url.encode()).hexdigest()
            (args.out_dir / f"{name}.txt").write_bytes(data)
            index.append("\t".join([split, str(row_no), name, hashlib.sha1(data).hexdigest(), row["category"], url,
                                    row["headline"].strip().replace("\t", " ")]))
    (args.out_dir / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"{len(index) - 1} articles written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

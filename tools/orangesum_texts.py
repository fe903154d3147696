"""Write the Africa articles of OrangeSum as local text files, byte for byte the same on every machine.

OrangeSum (Kamal Eddine, Tixier and Vazirgiannis 2020, github.com/Tixierae/OrangeSum, CC BY-SA 4.0) keeps the raw
HTML of ~36,000 pages of the « Orange Actu » news site (2011–2020, mostly AFP dispatches) under ``data/docs/raw/``.
Like every news text of the evaluations the articles are **never committed**: the repository keeps URLs, hashes,
offsets and labels, and this tool rebuilds the texts from a fetched snapshot (``fetch github:Tixierae/OrangeSum``),
so that a new machine gets the very bytes the gold was hashed on.

Unlike MasakhaNEWS the pages keep their paragraphs and their publication date (``datePublished``), so the evaluations
get real anchors. Each chosen article becomes ``<sha1(url)>.txt``: the headline, a blank line, the paragraphs of the
article body (the page's « TEXTE » block: lede first) separated by blank lines, and a final newline.

Only articles whose headline, lede or body match ``AFRICA_WORDS`` are written (``--all`` writes every page that has
an article body). An ``index.tsv`` in ``OUT_DIR`` lists doc number, sha1 of the URL, sha1 of the file, publication
date, section (the URL's first path part), number of keyword hits, URL and headline, in doc-number order.

Usage:

    python tools/orangesum_texts.py SNAPSHOT_GIT_DIR OUT_DIR [--all] [--doc N ...]
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

# The snapshot commit every OrangeSum-based split is built on (2021, "Update README.md").
COMMIT = "e6f8a6e3b"
RAW_DIR = "data/docs/raw/"

# Words that make a page a candidate (West Africa / Sahel politics and security, and the other African crises the
# evaluations' guidelines cover); matched as whole words, case-sensitively for the proper names.
AFRICA_WORDS = re.compile(
    r"\b(?:Mali|Malien(?:ne)?s?|Burkina|Burkinab[èe]s?|Niger|Nig[ée]rien(?:ne)?s?|Sahel|sahélien(?:ne)?s?|CEDEAO|"
    r"Tchad|Tchadien(?:ne)?s?|Mauritanie|Barkhane|Serval|Takuba|Minusma|MINUSMA|Wagner|jihadistes?|djihadistes?|"
    r"Bamako|Ouagadougou|Niamey|N'Djamena|Nouakchott|Kidal|Gao|Tombouctou|Mopti|Ménaka|Touareg|Azawad|"
    r"Boko Haram|Nigeria|Cameroun|Centrafrique|centrafricain(?:e)?s?|Soudan|Libye|Guinée|Sénégal|Côte d'Ivoire|"
    r"RDC?|Congo|Somalie|shebab|Union africaine)\b"
)

_TEXT_START = "<!-- TEXTE -->"
_TEXT_END = "<!-- articleBody -->"
_URL = re.compile(r'<meta content="([^"]+)" itemprop="mainEntityOfPage"')
_DATE = re.compile(r'<meta content="(\d{4}-\d{2}-\d{2})" itemprop="datePublished"')
_TITLE = re.compile(r"<title>(.*?)</title>", re.S)
# Inside the text block: embedded players and scripts are not article text.
_DROP_BLOCKS = re.compile(r"<(script|style|iframe)\b.*?</\1>|<div class=\"daily-motion-footer\".*?</div>", re.S | re.I)
_BREAK = re.compile(r"<br\s*/?>|</p>|<p\b[^>]*>|</div>|<div\b[^>]*>|</h[1-6]>|</li>|\n", re.I)
_TAG = re.compile(r"<[^>]+>")
_TITLE_SUFFIX = re.compile(r"\s*[-|]\s*Orange Actu.*$", re.I)


def paragraphs(page: str) -> list[str] | None:
    """The article body's paragraphs (lede first), or None when the page has no « TEXTE » block."""
    start = page.find(_TEXT_START)
    if start < 0:
        return None
    end = page.find(_TEXT_END, start)
    block = _DROP_BLOCKS.sub(" ", page[start + len(_TEXT_START) : end if end > 0 else None])
    out = []
    for part in _BREAK.split(block):
        text = " ".join(html.unescape(_TAG.sub(" ", part)).split())
        if text:
            out.append(text)
    return out


def article_text(title: str, paras: list[str]) -> str:
    """The local file's text: headline, blank line, paragraphs separated by blank lines, final newline."""
    return title.strip() + "\n\n" + "\n\n".join(paras) + "\n"


@dataclass(frozen=True)
class Article:
    """One page's article: its address, headline, body paragraphs, publication date and section."""

    url: str
    headline: str
    paragraphs: list[str]
    date: str
    section: str

    @property
    def text(self) -> str:
        return article_text(self.headline, self.paragraphs)


def parse_page(page: str) -> Article | None:
    """The article of a raw page, or None when it has no « TEXTE » block, address or title."""
    paras = paragraphs(page)
    url_match, title_match = _URL.search(page), _TITLE.search(page)
    if not paras or url_match is None or title_match is None:
        return None
    url = html.unescape(url_match.group(1))
    headline = _TITLE_SUFFIX.sub("", " ".join(html.unescape(title_match.group(1)).split()))
    date = _DATE.search(page)
    section = url.split("/")[3] if url.count("/") > 3 else ""
    return Article(url, headline, paras, date.group(1) if date else "", section)


def raw_pages(git_dir: Path, commit: str = COMMIT, docs: set[int] | None = None) -> Iterator[tuple[int, bytes]]:
    """(doc number, page bytes) of the raw pages at ``commit``, in doc-number order, streamed through one
    ``git cat-file --batch``."""
    listing = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", commit, RAW_DIR],
                             check=True, capture_output=True, text=True).stdout
    entries = []
    for line in listing.splitlines():
        meta, path = line.split("\t", 1)
        number = int(Path(path).stem)
        if docs is None or number in docs:
            entries.append((number, meta.split()[2]))
    entries.sort()
    with subprocess.Popen(["git", "--git-dir", str(git_dir), "cat-file", "--batch"],
                          stdin=subprocess.PIPE, stdout=subprocess.PIPE) as proc:
        assert proc.stdin is not None and proc.stdout is not None
        for number, blob in entries:
            proc.stdin.write(f"{blob}\n".encode())
            proc.stdin.flush()
            size = int(proc.stdout.readline().split()[2])
            data = proc.stdout.read(size)
            proc.stdout.read(1)
            yield number, data
        proc.stdin.close()


def articles(git_dir: Path, commit: str = COMMIT, docs: set[int] | None = None) -> Iterator[tuple[int, bytes, Article]]:
    """(doc number, page bytes, article) of every raw page that has an article, in doc-number order."""
    for number, raw in raw_pages(git_dir, commit, docs):
        art = parse_page(raw.decode("utf-8", errors="replace"))
        if art is not None:
            yield number, raw, art


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("git_dir", type=Path)
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--all", action="store_true", help="write every article, not only the Africa ones")
    parser.add_argument("--doc", type=int, action="append", help="write only these doc numbers")
    parser.add_argument("--commit", default=COMMIT, help="the snapshot commit to read (default: the splits' own)")
    args = parser.parse_args(argv)
    args.out_dir.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    index = ["doc\turl_sha1\ttext_sha1\tdate\tsection\thits\turl\theadline"]
    for number, _raw, art in articles(args.git_dir, args.commit, set(args.doc) if args.doc else None):
        text = art.text
        hits = len(AFRICA_WORDS.findall(text))
        if (not hits and not args.all) or art.url in seen:
            continue
        seen.add(art.url)
        url_sha1 = hashlib.sha1(art.url.encode("utf-8")).hexdigest()
        data = text.encode("utf-8")
        (args.out_dir / f"{url_sha1}.txt").write_bytes(data)
        index.append("\t".join([str(number), url_sha1, hashlib.sha1(data).hexdigest(), art.date, art.section,
                                str(hits), art.url, art.headline.replace("\t", " ")]))
    (args.out_dir / "index.tsv").write_text("\n".join(index) + "\n", encoding="utf-8")
    print(f"{len(index) - 1} articles written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Write the 100 French Wikinews articles of the 2012 keyphrase corpus as text files, the same bytes on every machine.

Source: the Wikinews keyphrase corpus of Bougouin, Boudin and Daille (IJCNLP 2013), 100 articles published on
fr.wikinews.org between May and December 2012, kept as clean HTML (title, paragraphs, a few subheadings and lists)
in ``src/WikinewsKeyphraseCorpus-master.zip`` of github.com/boudinfl/wikinews-2013-pre (corpus packaging: Apache
2.0). The article text is French Wikinews', **CC BY 2.5** (© the Wikinews contributors), so unlike the other news
texts of the evaluations these may be committed with credit (``eval/texts/wikinews/PROVENANCE.md``).

Each article becomes ``<doc>.txt``: the headline, a blank line, then the body's blocks (paragraphs, subheadings, one
line per list item) separated by blank lines, and a final newline. Block text is the HTML's text with entities
decoded and runs of white space made one space; nothing else is changed (the « 2 juillet 2012. - » dateline that
opens most articles stays: it is how Wikinews dates a story). ``index.tsv`` lists doc number, sha1 of the file,
the dateline's date (ISO; empty when neither the first block nor, after a subheading, the second opens with one),
number of « marks, the page URL rebuilt from the headline and the headline, in doc order.

Usage:

    python tools/wikinews_texts.py SNAPSHOT_GIT_DIR OUT_DIR
"""

from __future__ import annotations

import argparse
import hashlib
import io
import re
import subprocess
import zipfile
from pathlib import Path
from urllib.parse import quote

from lxml import html as lxml_html

ZIP_PATH = "src/WikinewsKeyphraseCorpus-master.zip"
# The corpus keeps no URL; Wikinews names a page by its headline, so the URL is rebuilt from it (not checked).
WIKINEWS = "https://fr.wikinews.org/wiki/"
_DOC = re.compile(r"documents/(\d+)\.html$")
_SPACES = re.compile(r"\s+")
_MONTH_NAMES = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
_MONTHS = {name: number for number, name in enumerate(_MONTH_NAMES, start=1)}
# « 2 juillet 2012. - », « 1er août 2012 - »: Wikinews' dateline.
_DATELINE = re.compile(r"^(\d{1,2})(?:er)? (" + "|".join(_MONTHS) + r") (\d{4})\b")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def article(page: bytes) -> tuple[str, list[str]]:
    """(headline, body blocks) of one corpus page."""
    root = lxml_html.fromstring(page.decode("utf-8"))
    headline = _clean(root.findtext(".//h1") or root.findtext(".//title") or "")
    blocks: list[str] = []
    body = root.find(".//body")
    for element in body.iterchildren() if body is not None else ():
        if element.tag in ("p", "h2", "h3"):
            blocks.append(_clean(element.text_content()))
        elif element.tag in ("ul", "ol"):
            blocks.append("\n".join(_clean(item.text_content()) for item in element.iter("li")))
    return headline, [block for block in blocks if block]


def dateline(blocks: list[str]) -> str:
    """The ISO date of the dateline opening the first or (after a subheading) the second block, else ""."""
    for block in blocks[:2]:
        match = _DATELINE.match(block)
        if match is not None:
            day, month, year = match.groups()
            return f"{year}-{_MONTHS[month]:02d}-{int(day):02d}"
    return ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("git_dir", type=Path, help="fetched snapshot of boudinfl/wikinews-2013-pre (its git dir)")
    parser.add_argument("out_dir", type=Path)
    args = parser.parse_args()
    archive = subprocess.run(
        ["git", "--git-dir", str(args.git_dir), "show", f"HEAD:{ZIP_PATH}"], check=True, capture_output=True
    ).stdout
    args.out_dir.mkdir(parents=True, exist_ok=True)
    rows = []
    with zipfile.ZipFile(io.BytesIO(archive)) as zipped:
        for name in sorted(zipped.namelist()):
            match = _DOC.search(name)
            if match is None:
                continue
            headline, blocks = article(zipped.read(name))
            text = headline + "\n\n" + "\n\n".join(blocks) + "\n"
            data = text.encode("utf-8")
            (args.out_dir / f"{match.group(1)}.txt").write_bytes(data)
            date = dateline(blocks)
            url = WIKINEWS + quote(headline.replace(" ", "_"), safe="_,'()")
            rows.append((match.group(1), hashlib.sha1(data).hexdigest(), date, str(text.count("«")), url, headline))
    rows.sort(key=lambda row: int(row[0]))
    with open(args.out_dir / "index.tsv", "w", encoding="utf-8") as handle:
        handle.write("doc\ttext_sha1\tdate\tguillemets\turl\theadline\n")
        handle.writelines("\t".join(row) + "\n" for row in rows)
    print(f"{len(rows)} articles written to {args.out_dir}")


if __name__ == "__main__":
    main()

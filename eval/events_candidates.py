"""Annotation helper for ``events_gold.jsonl``: candidate sentences of a SemEval article.

Prints every sentence of the article (offsets as ``Path.read_text`` gives the text, the convention
of the gold) that matches a broad keyword search — verbs and nouns of every event type, wider than
the trigger lexicon — with its start/end and the ``span_sha1`` of its gold row (a hash, never the text).
The annotator reads them and writes gold rows by hand; the system is never run here.

Run: ``python eval/events_candidates.py train-articles-subtask-3/article2332.txt [--all]``; a path
starting with ``eval/`` is read from the repository (the Sahel-domain texts of
``eval/narratives/texts/``, openly licensed).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_KEYWORDS = re.compile(
    r"attaqu|frapp|bombard|pilonn|tir[ée]|missile|roquette|drone|offensive|assaut|combat|invasion|envahi|"
    r"tu[ée]s?\b|morts?\b|bless|victime|détrui|abattu|sommet|visit|rencontr|entretien|reçu|accueill|réuni|"
    r"discut|négoci|téléphon|entrevue|tournée|sanction|embargo|gel|déplo|retrai|quitt|arriv|envoy|"
    r"accord|traité|sign|convenu|livr|fourni|arme|hélicopt|char|obus|munition|équipement|form[ée]|"
    r"exercice|manœuvre|manifest|protest|grève|rassembl|élection|élu|scrutin|vote|référendum|expuls|"
    r"interdi|suspend|capt|pris|repris|contrôle|libér|occup|troupes|soldats|militaire|forces",
    re.IGNORECASE,
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence bounds: cut after . ! ? … (followed by space and a capital or a quote) and at line breaks."""
    out: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in re.finditer(r"[.!?…»]+(?=\s+[«\"A-ZÀ-ÖØ-Ý])", line.group()):
            end = line.start() + m.end()
            out.append((start, end))
            start = end
        out.append((start, line.end()))
    spans = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b - a > 20:
            spans.append((a, b))
    return spans


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("article")
    parser.add_argument("--all", action="store_true", help="every sentence, not only keyword matches")
    args = parser.parse_args()
    if args.article.startswith("eval/"):  # openly licensed texts kept in the repository
        text = (REPO / args.article).read_text(encoding="utf-8")
    else:
        shared = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))
        text = (shared / "corpus" / "semeval2023_fr" / args.article).read_text(encoding="utf-8")
    for a, b in sentences(text):
        if args.all or _KEYWORDS.search(text[a:b]):
            print(f"[{a}-{b}] {text[a:b]!r}")
            print(f"    span_sha1={hashlib.sha1(text[a:b].encode('utf-8')).hexdigest()}")


if __name__ == "__main__":
    main()

"""Apply the heldout42l selection rule (heldout42l_selection.md) to the MasakhaNEWS texts, in index.tsv order.

Reads only index.tsv and the text files (no system): keywords, sentence cuts, dedupe against the dev articles,
the repository and /work/extra_*. Prints one TSV row per test politics article: row, url_sha1, decision, reason,
cut offset (end of the annotated part), file length.

Usage: python eval/annotation/linking42/choose42.py [TEXTS_DIR]
"""

from __future__ import annotations

import csv
import re
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "eval"))
from events_candidates import sentences  # noqa: E402

G = ["Mali", "Burkina", "Niger", "Tchad", "Mauritanie", "Sénégal", "Guinée", "Côte d'Ivoire", "Cameroun", "Nigeria",
     "Bénin", "Togo", "Ghana", "Centrafrique", "Gambie", "Sierra Leone", "Liberia", "Sahel", "CEDEAO"]
T = [r"armée", r"militaires?", r"attaques?", r"jihadistes?", r"djihadistes?", r"coup d'[ÉE]tat", r"junte",
     r"élections?", r"opposition", r"rebelles?", r"sécurité", r"terroristes?", r"président", r"gouvernement"]
BODY_CUT = 700
CATEGORIES = ("politics", "business", "health", "technology")


def g_hits(text: str) -> set[str]:
    return {k for k in G if re.search(r"(?<!\w)" + re.escape(k) + r"(?!\w)", text)}


def t_hits(text: str) -> set[str]:
    return {k for k in T if re.search(r"(?<!\w)" + k + r"(?!\w)", text, re.IGNORECASE)}


def cut(text: str) -> int:
    """End offset of the annotated part: headline + body sentences up to the first ending at/after body char 700."""
    body = text.index("\n\n") + 2
    for _, end in sentences(text):
        if end < body:
            continue
        if end - body >= BODY_CUT:
            # a real sentence end: . ! ? … possibly followed by a closing quote, not after "M." or an initial
            before = text[:end].rstrip("» \u00a0\"")
            if before.endswith((".", "!", "?", "…")) and not re.search(r"(?<!\w)(M|Mme|[A-Z])\.$", before):
                return end
    return len(text.rstrip("\n"))


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/extra_masakha/texts")
    rows = list(csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t"))
    dev_sents: set[str] = set()
    for r in rows:
        if r["split"] == "dev":
            t = (folder / f"{r['url_sha1']}.txt").read_text(encoding="utf-8")
            dev_sents |= {t[a:b] for a, b in sentences(t) if b - a > 60}
    extra = [p for p in Path("/work").glob("extra_*") if p.name != "extra_masakha"]
    print("row\turl_sha1\tdecision\treason\tcut\tlength")
    for r in rows:
        if r["split"] != "test" or r["category"] not in CATEGORIES:
            continue
        text = (folder / f"{r['url_sha1']}.txt").read_text(encoding="utf-8")
        end = cut(text)
        part = text[:end]
        g_all, t_all = g_hits(text), t_hits(text)
        reason = ""
        if not g_hits(part):
            reason = "no G keyword in the annotated part"
        elif len(g_all) < 2 or len(g_all | t_all) < 4:
            reason = f"keywords G={len(g_all)} G+T={len(g_all | t_all)}"
        elif any(text[a:b] in dev_sents for a, b in sentences(text) if b - a > 60):
            reason = "shares a sentence > 60 chars with a dev article"
        elif subprocess.run(["git", "-C", str(REPO), "grep", "-qF", r["url"]], check=False).returncode == 0:
            reason = "URL in the repository"
        elif extra and subprocess.run(["grep", "-rqF", r["url"], *map(str, extra)], check=False).returncode == 0:
            reason = "URL in /work/extra_*"
        print(f"{r['row']}\t{r['url_sha1']}\t{'candidate' if not reason else 'skip'}\t{reason}\t{end}\t{len(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

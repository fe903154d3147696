"""Apply the heldout44l selection rule (heldout44l_selection.md) to the OrangeSum texts, in index.tsv order.

Reads only index.tsv and the text files (no system): keywords, sentence cuts, dedupe against the development texts
(/work/extra_events, /work/extra_quotes, /work/extra_linking, /work/extra_masakha/texts), against the candidates
already kept and against the repository. Prints one TSV row per row of the pool: doc, url_sha1, decision, reason,
cut offset (end of the annotated part), file length.

Usage: python eval/annotation/linking44/choose44.py [TEXTS_DIR]
"""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO / "eval"))
sys.path.insert(0, str(HERE.parent / "linking42"))
import choose42  # noqa: E402
from choose42 import g_hits, t_hits  # noqa: E402
from events_candidates import sentences  # noqa: E402

choose42.BODY_CUT = 1400
DEV_DIRS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking", "/work/extra_masakha/texts")
USED_DIRS = ("/work/extra_events", "/work/extra_quotes", "/work/extra_linking")


def in_pool(row: dict[str, str]) -> bool:
    """Rule 1: even doc, and monde/politique with hits >= 2 or france/societe with hits >= 4."""
    doc, section, hits = int(row["doc"]), row["section"], int(row["hits"])
    if doc % 2 != 0:
        return False
    return (section in ("monde", "politique") and hits >= 2) or (section in ("france", "societe") and hits >= 4)


def long_sentences(text: str) -> set[str]:
    return {text[a:b] for a, b in sentences(text) if b - a > 60}


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/extra_orangesum/texts")
    rows = list(csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t"))
    dev: set[str] = set()
    for d in DEV_DIRS:
        for p in sorted(Path(d).rglob("*")):
            if p.is_file():
                try:
                    dev |= long_sentences(p.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    continue
    kept: set[str] = set()
    print("doc\turl_sha1\tdecision\treason\tcut\tlength")
    for r in rows:
        if not in_pool(r):
            continue
        text = (folder / f"{r['url_sha1']}.txt").read_text(encoding="utf-8")
        end = choose42.cut(text)
        g_all, t_all = g_hits(text), t_hits(text)
        sents = long_sentences(text)
        reason = ""
        used = [d for d in USED_DIRS if (Path(d) / f"{r['url_sha1']}.txt").exists()]
        if used:
            reason = "already used by an earlier split (" + ", ".join(Path(d).name for d in used) + ")"
        elif not g_hits(text[:end]):
            reason = "no G keyword in the annotated part"
        elif len(g_all) < 2 or len(g_all | t_all) < 4:
            reason = f"keywords G={len(g_all)} G+T={len(g_all | t_all)}"
        elif sents & dev:
            reason = "shares a sentence > 60 chars with a development text"
        elif sents & kept:
            reason = "shares a sentence > 60 chars with an earlier candidate"
        elif subprocess.run(["git", "-C", str(REPO), "grep", "-qF", r["url"]], check=False).returncode == 0:
            reason = "URL in the repository"
        if not reason:
            kept |= sents
        print(f"{r['doc']}\t{r['url_sha1']}\t{'candidate' if not reason else 'skip'}\t{reason}\t{end}\t{len(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

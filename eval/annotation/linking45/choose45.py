"""Apply the heldout45l selection rule (heldout45l_selection.md) to the OrangeSum texts, in index.tsv order.

Reads only index.tsv, the two earlier OrangeSum linking decision tables and the text files (no system): keywords,
sentence cuts, dedupe against the development texts (/work/extra_events, /work/extra_quotes, /work/extra_linking,
/work/extra_masakha/texts), against the candidates already kept and against the repository. Prints one TSV row per
row of the pool: doc, url_sha1, decision, reason, cut offset (end of the annotated part), file length.

Usage: python eval/annotation/linking45/choose45.py [TEXTS_DIR]
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
sys.path.insert(0, str(HERE.parent / "linking44"))
import choose42  # noqa: E402
from choose42 import g_hits, t_hits  # noqa: E402
from choose44 import DEV_DIRS, USED_DIRS, long_sentences  # noqa: E402

choose42.BODY_CUT = 1400
# Docs an earlier builder of this session READ (their events SKIP lists: /work/extra_events/_in44/texts.py and
# _in46/texts.py, qid -> doc through those files); only the even ones can be in this pool.
READ_BY_EVENTS = {2728, 5550, 6402, 10106, 12060, 12174, 13728, 14800, 20504, 28062, 29486, 32890, 32926, 34848,
                  36600, 4173, 8445, 12117, 14727, 35439}
TABLES = (HERE.parent / "linking43" / "heldout43l_selection.tsv",
          HERE.parent / "linking44" / "heldout44l_selection.tsv")


def in_pool(row: dict[str, str]) -> bool:
    """Rule 1: even doc, and monde/politique with hits >= 1 or france/societe with hits >= 2."""
    doc, section, hits = int(row["doc"]), row["section"], int(row["hits"])
    if doc % 2 != 0:
        return False
    return (section in ("monde", "politique") and hits >= 1) or (section in ("france", "societe") and hits >= 2)


def read_earlier() -> set[int]:
    """Docs an earlier OrangeSum linking table marks as read (annotated or skipped after reading)."""
    read: set[int] = set()
    for table in TABLES:
        for r in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"):
            if r["final"] != "-" and not r["final"].startswith("not taken"):
                read.add(int(r["doc"]))
    return read


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
    read = read_earlier() | READ_BY_EVENTS
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
        elif int(r["doc"]) in read:
            reason = "read by an earlier selection"
        elif not g_hits(text[:end]):
            reason = "no G keyword in the annotated part"
        elif len(g_all | t_all) < 3:
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

"""Apply the heldout49l selection rule (heldout49l_selection.md) to the OrangeSum texts.

Order: heldout48l's 12 candidates not taken first (docs 12136, 12140, 13136, 15576, 16672, 19566, 23282, 23394,
25920, 26478, 27854, 31088, in heldout48l's table order, re-checked by the same tests), then the rest of the pool in
index.tsv order. Adapted from choose48.py; heldout48l's applied rule (``--hits 0 --gt 1``) is the default here. The
one other change is that the exclusions also cover heldout48l (its texts are under /work/extra_linking; its decision
table's read rows — its 16 annotated rows; none skipped — are read rows). Reads only index.tsv,
the earlier OrangeSum linking decision tables (linking43 to linking48), the quote collection logs
(eval/annotation/news_quotes_sources*.jsonl) and the text files (no system):
keywords, sentence cuts, dedupe against the development texts (/work/extra_events, /work/extra_quotes,
/work/extra_linking, /work/extra_masakha/texts), against the candidates already kept and against the repository.
As in choose47.py and choose48.py, the events builders' SKIP dicts are NOT an exclusion (see heldout47l_selection.md);
the rows the events builders kept are left out by rule 1 (their texts are under /work/extra_events). Prints one TSV
row per row of the pool: doc, url_sha1, decision, reason, cut offset (end of the annotated part), file length.

Usage: python eval/annotation/linking49/choose49.py [TEXTS_DIR] [--hits N] [--gt N] [--g-anywhere]
(defaults --hits 0 --gt 1, heldout48l's applied rule; the one widening step allowed, used only if the dry run gives
fewer than 12 candidates: --g-anywhere, heldout48l's written step (c), which asks for a G keyword anywhere in the
file instead of inside the annotated part)
(TEXTS_DIR defaults to /work/extra_orangesum, where index.tsv and the texts are on this machine.)
"""

from __future__ import annotations

import csv
import json
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
LEFT_BY_48L = [12136, 12140, 13136, 15576, 16672, 19566, 23282, 23394, 25920, 26478, 27854, 31088]
TABLES = (HERE.parent / "linking43" / "heldout43l_selection.tsv",
          HERE.parent / "linking44" / "heldout44l_selection.tsv",
          HERE.parent / "linking45" / "heldout45l_selection.tsv",
          HERE.parent / "linking46" / "heldout46l_selection.tsv",
          HERE.parent / "linking47" / "heldout47l_selection.tsv",
          HERE.parent / "linking48" / "heldout48l_selection.tsv")


def _opt(name: str, default: int) -> int:
    return int(sys.argv[sys.argv.index(name) + 1]) if name in sys.argv else default


HITS_MIN = _opt("--hits", 0)
GT_MIN = _opt("--gt", 1)
G_ANYWHERE = "--g-anywhere" in sys.argv


def in_pool(row: dict[str, str]) -> bool:
    """Rule 1: even doc, every section, hits >= HITS_MIN (0, heldout48l's applied rule)."""
    return int(row["doc"]) % 2 == 0 and int(row["hits"]) >= HITS_MIN


def read_earlier() -> set[int]:
    """Docs an earlier OrangeSum linking table marks as read (annotated or skipped after reading)."""
    read: set[int] = set()
    for table in TABLES:
        for r in csv.DictReader(table.open(encoding="utf-8"), delimiter="\t"):
            if r["final"] != "-" and not r["final"].startswith("not taken"):
                read.add(int(r["doc"]))
    return read


def read_by_quotes() -> tuple[set[str], set[str]]:
    """URLs and url sha1s the quote collections kept, skipped or read (« not reached » / « dropped » stay)."""
    urls: set[str] = set()
    shas: set[str] = set()
    for p in sorted((REPO / "eval" / "annotation").glob("news_quotes_sources*.jsonl")):
        for line in p.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            r = json.loads(line)
            status = str(r.get("status", ""))
            if status.startswith("not reached") or status.startswith("dropped"):
                continue
            if r.get("url"):
                urls.add(r["url"])
            if r.get("sha1_url"):
                shas.add(r["sha1_url"])
    return urls, shas


def main() -> int:
    args = [a for i, a in enumerate(sys.argv[1:], 1)
            if not a.startswith("--") and sys.argv[i - 1] not in ("--hits", "--gt")]
    folder = Path(args[0] if args else "/work/extra_orangesum")
    rows = list(csv.DictReader((folder / "index.tsv").open(encoding="utf-8"), delimiter="\t"))
    first = {d: i for i, d in enumerate(LEFT_BY_48L)}
    rows.sort(key=lambda r: (0, first[int(r["doc"])]) if int(r["doc"]) in first else (1, 0))  # stable
    dev: set[str] = set()
    for d in DEV_DIRS:
        for p in sorted(Path(d).rglob("*")):
            if p.is_file():
                try:
                    dev |= long_sentences(p.read_text(encoding="utf-8"))
                except UnicodeDecodeError:
                    continue
    read = read_earlier()
    q_urls, q_shas = read_by_quotes()
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
        elif r["url"] in q_urls or r["url_sha1"] in q_shas:
            reason = "read by a quote collection"
        elif not g_hits(text if G_ANYWHERE else text[:end]):
            reason = "no G keyword in the file" if G_ANYWHERE else "no G keyword in the annotated part"
        elif len(g_all | t_all) < GT_MIN:
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

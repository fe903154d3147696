"""Build annotator B's entity-linking annotation of ``heldout12l`` (``linking_heldout12l_b.jsonl``).

Annotator B read only the guideline (``eval/LINKING.md``), the 25 texts (``$KIBARU_EXTRA_LINKING``, the files of
``eval/annotation/linking12/heldout12l_queries.tsv``) and the KB, never annotator A's spec or gold rows. B's spec
(same format as ``eval/annotation/linking8.py``: ``surface | kb_id or =Name | LABEL [| @i or !i]``) holds surfaces of
copyrighted text, so it stays outside the repository (default ``/work/extra_agree3/heldout12l_b.spec``); this
script turns it into offset records with no text: per article its sha1, date, URL, ``ignore`` spans and actor
set; per mention ``start``/``end``, actor name, ``kb_id``, label and the sha1 of the surface (to check the text).

Usage: ``PYTHONPATH=src python eval/agreement/build_linking_b.py [SPEC] [--show]`` (``--show`` prints the marked
text to the terminal for review; nothing of it is written).
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(REPO / "eval" / "annotation"))
sys.path.insert(0, str(REPO / "src"))

OUT = HERE / "linking_heldout12l_b.jsonl"
DEFAULT_SPEC = Path("/work/extra_agree3/heldout12l_b.spec")


def main(argv: list[str]) -> int:
    import linking8

    from kibaru.kb import KnowledgeBase

    args = [a for a in argv if not a.startswith("--")]
    spec = Path(args[0]) if args else DEFAULT_SPEC
    kb = KnowledgeBase.load()
    records: list[dict[str, Any]] = []
    for art in linking8.parse_spec(spec):
        text, mentions, warnings = linking8.build(art, kb)
        rec = linking8.article_record(art, text, mentions)
        rec["annotator"] = "B"
        records.append(rec)
        for m in mentions:
            surface = m.pop("surface")
            m["surface_sha1"] = hashlib.sha1(surface.encode("utf-8")).hexdigest()[:12]
            m["annotator"] = "B"
            records.append(m)
        print(f"{art.article_file}: {len(mentions)} mentions, {len(rec['actors'])} actors", file=sys.stderr)
        for w in warnings:
            print(w, file=sys.stderr)
        if "--show" in argv:
            print(linking8.show(text, [dict(m, surface=text[m["start"]:m["end"]]) for m in mentions]))
            print("  uncovered capitalised:", ", ".join(linking8.uncovered_caps(text, mentions)))
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    n_m = sum(r["type"] == "mention" for r in records)
    n_a = sum(len(r["actors"]) for r in records if r["type"] == "article")
    print(f"wrote {OUT}: {len(records) - n_m} articles, {n_m} mentions, {n_a} actors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

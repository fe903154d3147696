"""Turn annotator B's speaker labels (``n | speaker | alt;alt``, n = quote index printed by ``show_quotes.py``)
into ``quotes_<split>_b.jsonl``: the gold row's article and offsets plus B's labels, no text.

Usage: ``python eval/agreement/build_quotes_b.py LABELS [--split news_heldout5]``. A ``@GROUP`` alternative
expands to the group of ``eval/annotation/convert_news.py`` (all its names become alternatives).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "annotation"))
sys.path.insert(0, str(HERE))

from convert_news import GROUPS  # noqa: E402
from show_quotes import spans  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("labels")
    ap.add_argument("--split", default="news_heldout5")
    args = ap.parse_args()
    rows = spans(args.split)
    out = HERE / f"quotes_{args.split}_b.jsonl"
    lines = []
    seen = set()
    for raw in Path(args.labels).read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.startswith("#"):
            continue
        n_s, speaker, alts_s = (p.strip() for p in raw.split("|"))
        n = int(n_s)
        seen.add(n)
        alts: list[str] = []
        for a in (x.strip() for x in alts_s.split(";")):
            if a.startswith("@"):
                alts.extend(g for g in GROUPS[a[1:]] if g != speaker)
            elif a:
                alts.append(a)
        r = rows[n]
        lines.append(json.dumps({"n": n, "article": r["article"], "start": r["start"], "end": r["end"],
                                 "speaker": speaker or None, "speaker_alt": list(dict.fromkeys(alts))},
                                ensure_ascii=False))
    missing = set(range(len(rows))) - seen
    if missing:
        sys.exit(f"{args.labels}: no label for quotes {sorted(missing)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{out}: {len(lines)} quotes")


if __name__ == "__main__":
    main()

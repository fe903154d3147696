"""Round-9 French Wikipedia Sahel pages (blind split ``heldout10w``): raw excerpts -> cleaned texts.

Stdlib only. Same cleaning as the folder above (``../build_corpus.py``: ``clean``, minimum length), on
the raw excerpts kept outside the repository (default /work/extra_wikisahel/raw10, one file per page:
``url:``/``title:``/``canonical:`` header, ``---``, the excerpt from its first prose line)::

    python eval/texts/wikipedia/linking10/build.py [--raw DIR]   # writes <slug>.txt and pages.tsv here
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
import build_corpus as bc  # noqa: E402

DEFAULT_RAW = Path("/work/extra_wikisahel/raw10")
# A mirror glued section headings to the first word of their paragraphs and ran the paragraphs into one
# line (documented in PROVENANCE.md).
SPLIT_GLUED = {
    "coordination-des-mouvements-et-front-patriotique-de-resistance": [
        (" HistoriqueLa CM-FPR", "\nHistorique\nLa CM-FPR"),
        (" EffectifsDébut 2016", "\nEffectifs\nDébut 2016"),
    ]
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raw", type=Path, default=DEFAULT_RAW)
    args = parser.parse_args(argv)
    rows = ["file\ttitle\tcanonical_url\tretrieved_url"]
    for raw in sorted(args.raw.glob("*.txt")):
        slug = raw.stem
        fields, body = bc.read_raw(raw)
        for old, new in SPLIT_GLUED.get(slug, []):
            if old not in body:
                raise SystemExit(f"{slug}: expected glued heading {old!r} not found")
            body = body.replace(old, new)
        text = bc.clean(slug, body)
        if len(text) < bc.MIN_CHARS:
            print(f"DROPPED {slug}: {len(text)} characters < {bc.MIN_CHARS}", file=sys.stderr)
            (HERE / f"{slug}.txt").unlink(missing_ok=True)
            continue
        (HERE / f"{slug}.txt").write_text(text, encoding="utf-8")
        rows.append(f"{slug}.txt\t{fields['title']}\t{fields['canonical']}\t{fields['url']}")
        print(f"{slug}\t{len(text)}")
    (HERE / "pages.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

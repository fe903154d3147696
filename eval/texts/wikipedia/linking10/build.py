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
    return bc.build_round(HERE, parser.parse_args(argv).raw, SPLIT_GLUED)


if __name__ == "__main__":
    sys.exit(main())

"""Turn hand-annotated quote spans into ``eval/quotes_gold.jsonl`` rows (offsets only, no article text).

Input lines (``quotes_heldout6_spans.txt``): ``article id | d or i | speaker | alternatives;… | text`` where
text is the exact quoted span, or ``prefix <<>> suffix`` for a long one, optionally preceded by ``left <<< `` (the
words right before the span, to pick one of several occurrences); an empty speaker means « no identifiable
speaker ». A prefix found several times is taken after the previous quote of the same article.
The article is read from ``$KIBARU_SHARED/corpus/semeval2023_fr/{dev,train}-articles-subtask-3/``.

Usage: ``python eval/annotation/convert.py SPANS SPLIT [--write]`` (``--write`` appends to the gold file).

The annotator's spans file quotes SemEval-2023 text, which may not be redistributed, so it is not kept in the
repository; only the offsets it produced are (``eval/quotes_gold.jsonl``, split ``heldout6``).
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_news import locate_span  # noqa: E402  (the span locator of every quote gold file)


def article_path(shared: Path, art: str) -> str:
    for sub in ("dev-articles-subtask-3", "train-articles-subtask-3"):
        rel = f"corpus/semeval2023_fr/{sub}/article{art}.txt"
        if (shared / rel).exists():
            return rel
    raise FileNotFoundError(f"article {art} not found under {shared}")


def convert(spans: Path, split: str) -> list[dict[str, Any]]:
    from kibaru.enrich.linking import kb_id_of
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    shared = Path(os.environ.get("KIBARU_SHARED", str(REPO.parent / "shared")))
    rows: list[dict[str, Any]] = []
    last_end: dict[str, int] = {}
    for n, line in enumerate(spans.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        art, kind, spk, alts, quote = line.split("|", 4)
        path = article_path(shared, art)
        text = (shared / path).read_text(encoding="utf-8")
        try:
            start, end = locate_span(text, quote, last_end.get(art, 0))
        except ValueError as e:
            raise ValueError(f"{spans}:{n}: {e} in {path}") from None
        last_end[art] = end
        speaker = spk or None
        actors = kb.lookup(speaker) if speaker else []
        rows.append(
            {
                "article": path,
                "split": split,
                "start": start,
                "end": end,
                # a hash, not the text: SemEval articles may not be redistributed
                "check": "sha1:" + hashlib.sha1(text[start:end].encode("utf-8")).hexdigest()[:16],
                "direct": kind == "d",
                "speaker": speaker,
                "speaker_alt": [a for a in alts.split(";") if a],
                "speaker_kb_id": kb_id_of(actors[0]) if len(actors) == 1 else None,
            }
        )
    return rows


def main() -> None:
    spans, split = Path(sys.argv[1]), sys.argv[2]
    rows = convert(spans, split)
    print(f"{len(rows)} quotes")
    if "--write" in sys.argv:
        with (REPO / "eval" / "quotes_gold.jsonl").open("a", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

"""Store the news texts of the blind quote split ``news_heldout12`` locally, like ``collect_news11.py`` did for
``news_heldout11``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw12/qNN.json`` (queries 296–324, topics absent from queries 1–295; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). On top of that protocol, a result is skipped
when its URL or its text duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest11.jsonl``),
and when its outlet already gave an article to any earlier news split (``news_dev``, ``news_heldout``,
``news_heldout2`` … ``news_heldout11`` — all development data now). Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest12.jsonl`` (copied to ``eval/annotation/news_quotes_sources12.jsonl``, no text) and
``_ids12.tsv`` (article numbers of the spans file ``_annot/spans12.txt``, see ``convert_news.py --split
news_heldout12``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news12.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(12)

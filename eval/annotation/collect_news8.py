"""Store the news texts of the blind quote split ``news_heldout8`` locally, like ``collect_news7.py`` did for
``news_heldout7``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw8/qNN.json`` (queries 157–188, topics absent from queries 1–156; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). On top of that protocol, a result is skipped
when its URL or its text duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest7.jsonl``),
and when its outlet already gave an article to any earlier news split (``news_dev``, ``news_heldout``,
``news_heldout2`` … ``news_heldout7`` — all development data now). Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest8.jsonl`` (copied to ``eval/annotation/news_quotes_sources8.jsonl``, no text) and
``_ids8.tsv`` (article numbers of the spans file ``_annot/spans8.txt``, see ``convert_news.py --split
news_heldout8``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news8.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(8)

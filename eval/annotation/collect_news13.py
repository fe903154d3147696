"""Store the news texts of the blind quote split ``news_heldout13`` locally, like ``collect_news12.py`` did for
``news_heldout12``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw13/qNN.json`` (queries 325–334, topics absent from queries 1–324; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). A result is skipped when its URL or its text
duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest12.jsonl``). Unlike rounds 3–12,
an outlet that gave an article to an earlier news split is NOT skipped: the twelve earlier splits cover 416 outlets,
and of the 40 first-four results of this round only 4 were news articles from an outlet none of them used
(the texts themselves are still new: URL and near-duplicate checks above). The outlets are recorded per article
in the manifest, so a reader can score the new-outlet articles apart. Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest13.jsonl`` (copied to ``eval/annotation/news_quotes_sources13.jsonl``, no text) and
``_ids13.tsv`` (article numbers of the spans file ``_annot/spans13.txt``, see ``convert_news.py --split
news_heldout13``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news13.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(13, skip_used_outlets=False)

"""Store the news texts of the blind quote split ``news_heldout14`` locally, like ``collect_news13.py`` did for
``news_heldout13``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw14/qNN.json`` (queries 335–344, topics absent from queries 1–334; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). A result is skipped when its URL or its text
duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest13.jsonl``). As in round 18
(``collect_news13.py``), an outlet that gave an article to an earlier news split is NOT skipped (the texts themselves
are still new: URL and near-duplicate checks above). The outlets are recorded per article
in the manifest, so a reader can score the new-outlet articles apart. Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest14.jsonl`` (copied to ``eval/annotation/news_quotes_sources14.jsonl``, no text) and
``_ids14.tsv`` (article numbers of the spans file ``_annot/spans14.txt``, see ``convert_news.py --split
news_heldout14``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news14.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(14, skip_used_outlets=False)

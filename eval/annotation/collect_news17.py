"""Store the news texts of the blind quote split ``news_heldout17`` locally, like ``collect_news16.py`` did for
``news_heldout16``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw17/qNN.json`` (queries 368–377, new queries; onions and herders/farmers
overlap topics of round 20's queries, the texts are new by the URL and near-duplicate checks; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). A result is skipped when its URL or its text
duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest16.jsonl``). As in rounds 18–21
(``collect_news16.py``), an outlet that gave an article to an earlier news split is NOT skipped (the texts themselves
are still new: URL and near-duplicate checks above). The outlets are recorded per article
in the manifest, so a reader can score the new-outlet articles apart. Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest17.jsonl`` (copied to ``eval/annotation/news_quotes_sources17.jsonl``, no text) and
``_ids17.tsv`` (article numbers of the spans file ``_annot/spans17.txt``, see ``convert_news.py --split
news_heldout17``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news17.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(17, skip_used_outlets=False)

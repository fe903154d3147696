"""Store the news texts of the blind quote split ``news_heldout16`` locally, like ``collect_news15.py`` did for
``news_heldout15``.

Input: ``$KIBARU_EXTRA_QUOTES/_raw16/qNN.json`` (queries 357–367, topics absent from queries 1–356; same format and
same ``MAX_RANK`` / ``NEAR_DUP`` protocol as ``collect_news.py``). A result is skipped when its URL or its text
duplicates a text of the earlier collections (``_manifest.jsonl`` … ``_manifest15.jsonl``). As in rounds 18–20
(``collect_news15.py``), an outlet that gave an article to an earlier news split is NOT skipped (the texts themselves
are still new: URL and near-duplicate checks above). The outlets are recorded per article
in the manifest, so a reader can score the new-outlet articles apart. Output, next to the earlier collections:
``<sha1(url)>.txt``, ``_manifest16.jsonl`` (copied to ``eval/annotation/news_quotes_sources16.jsonl``, no text) and
``_ids16.tsv`` (article numbers of the spans file ``_annot/spans16.txt``, see ``convert_news.py --split
news_heldout16``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news16.py``
"""

from __future__ import annotations

from collect_news3 import main

if __name__ == "__main__":
    main(16, skip_used_outlets=False)

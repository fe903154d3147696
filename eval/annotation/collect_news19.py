"""Store the news texts of the blind quote split ``news_heldout19`` locally (round 24, session 11).

Input: ``$KIBARU_EXTRA_QUOTES/_raw19/qNN.json`` (queries 385-393, new queries on Sahel politics and security with quoted
officials, spokesmen and witnesses; same format and same ``MAX_RANK`` / ``NEAR_DUP`` protocol as
``collect_news.py``). The excerpts are stored exactly as the ``search`` tool returned them (nothing cut, no
chrome removed), so a later re-collection is byte-exact (see ``RECOLLECT_QUOTES.md``).

Session 11 lost the local folders, so the earlier collections' manifests and texts are not all on this machine. A
result is therefore skipped when its URL is one of (a) every result of the committed manifests
``eval/annotation/news_quotes_sources*.jsonl`` (kept or skipped) or (b) any URL of a committed gold / label file
(``eval/*.jsonl``, ``eval/**/*.jsonl``, ``benchmarks/data/*.jsonl``), and a near-duplicate when its text matches
(``NEAR_DUP``) any text now present under ``/work/extra_*`` (every local folder of the project). Outlets of earlier
splits are allowed, as in rounds 18-22. Output, next to the earlier collections: ``<sha1(url)>.txt``,
``_manifest19.jsonl`` (copied to ``eval/annotation/news_quotes_sources19.jsonl``, no text) and ``_ids19.tsv``
(article numbers of the spans file ``_annot/spans19.txt``, see ``convert_news.py --split news_heldout19``).

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news19.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(19)

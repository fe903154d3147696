"""Store the news texts of the blind quote split ``news_heldout28`` locally (session 18, branch blindq28).

collect_news18.py's procedure (read its docstring) for round 28 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw28/qNN.json``
(queries 487-498, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses: Ousmane Sonko's defamation case against Mame Mbaye Niang at Senegal's
Supreme Court, the Nigeria Labour Congress against the end of the fuel subsidy, mpox in Côte d'Ivoire in 2024, the
Yelwata massacre in Benue in June 2025, the Tudun Biri drone strike in Kaduna in December 2023, the April 2025 attack
on Benin's soldiers near the Point Triple, Guinea withdrawing the licences of FIM FM, Djoma and Hadafo Médias, the
suspension of Ghana's Chief Justice Gertrude Torkornoo, Samura Kamara rejecting Sierra Leone's June 2023 results, the
death of Oumar Diop in police custody in Nouakchott, Togo's municipal elections of July 2025, the arrest of generals
Abass Dembélé and Néma Sagara in Mali in August 2025), output ``_manifest28.jsonl`` (copied to
``eval/annotation/news_quotes_sources28.jsonl``), ``_ids28.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news28.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(28)

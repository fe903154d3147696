"""Store the news texts of the blind quote split ``news_heldout29`` locally (session 19, branch blindq29).

collect_news18.py's procedure (read its docstring) for round 29 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw29/qNN.json``
(queries 499-510, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses: the lifting of Farba Ngom's parliamentary immunity in Senegal, the trial of
Issa Kaou N'Djim in Bamako for remarks on Burkina Faso's junta, the abduction of the rights defender Daouda Diallo in
Ouagadougou, the death in detention of Guinea's general Sadiba Koulibaly, diphtheria in Niger (Zinder), the abduction
of Ablassé Ouédraogo (Le Faso Autrement), the resignation of Chad's Prime Minister Saleh Kebzabo, Ghana's cocoa board
(COCOBOD) crisis, the arrest of Pulchérie Gbalet in Abidjan, the Mokwa floods in Nigeria's Niger State (May 2025),
SOFITEX and Burkina Faso's cotton campaigns, the release of Ousmane Sonko and Bassirou Diomaye Faye in March 2024),
output ``_manifest29.jsonl`` (copied to ``eval/annotation/news_quotes_sources29.jsonl``), ``_ids29.tsv`` and the
texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news29.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(29)

"""Store the news texts of the blind quote split ``news_heldout32`` locally (session 22, branch blindq32).

collect_news18.py's procedure (read its docstring) for round 32 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw32/qNN.json``
(queries 535-546, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 535 Côte d'Ivoire Abidjan déguerpissements Gesco Boribana 2024 habitants témoignent gouvernement déclare
* 536 Niger Moussa Tiangari arrestation décembre 2024 Alternative Espaces Citoyens société civile dénonce
* 537 Ghana Appiatse explosion camion explosifs janvier 2022 bilan habitants témoignent
* 538 Nigeria train Abuja-Kaduna attaque mars 2022 otages libérés familles déclarent
* 539 Nigeria Godwin Emefiele ancien gouverneur Banque centrale arrestation procès 2023 avocat déclare
* 540 Ghana Ken Ofori-Atta ancien ministre des Finances poursuites procureur spécial 2025 déclare
* 541 Nigeria Yahaya Bello EFCC blanchiment poursuites 2024 déclare
* 542 Guinée CRIEF Kassory Fofana procès détournement défense déclare
* 543 Bénin Glo-Djigbé zone industrielle GDIZ travailleurs emplois ministre déclare
* 544 Nigeria Lagos Lekki péage fusillade manifestants EndSARS rapport panel déclare
* 545 Nigeria Ibadan bousculade fête enfants décembre 2024 bilan police déclare
* 546 Niger Chatoumane attaque soldats tués décembre 2024 ministère de la Défense déclare

Their distinctive words (Gesco, Boribana, Tiangari, Espaces Citoyens, Appiatse, Abuja-Kaduna, Emefiele, Ofori-Atta,
procureur spécial, Yahaya Bello, EFCC, CRIEF, Kassory, Glo-Djigbé, GDIZ, Lekki, EndSARS, Ibadan,
Chatoumane) were grepped in queries 1-534 of the committed manifests, in the query fields of every committed label
file and in the query files under ``/work/extra_*`` (none found; themes absent from every
``news_quotes_sources*.jsonl``) — one overstatement, found after the run: the arrest of Moussa Tiangari (q536) is
in q50 of ``news_quotes_sources3.jsonl`` under the spelling « Tchangari », no URL shared), output ``_manifest32.jsonl``
(copied to ``eval/annotation/news_quotes_sources32.jsonl``), ``_ids32.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news32.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(32)

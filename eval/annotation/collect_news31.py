"""Store the news texts of the blind quote split ``news_heldout31`` locally (session 21, branch blindq31).

collect_news18.py's procedure (read its docstring) for round 31 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw31/qNN.json``
(queries 523-534, new queries on West-African and Sahel politics, security, humanitarian and economic news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 523 Mauritanie Tasiast mine d'or Kinross grève travailleurs syndicat direction déclare
* 524 Sénégal liste navires de pêche autorisés publication 2024 ministre des Pêches Fatou Diouf pêcheurs réagissent
* 525 Gambie NAWEC coupures d'eau et d'électricité Banjul habitants directeur général déclare
* 526 Nigeria Rivers état d'urgence Siminalayi Fubara suspendu mars 2025 Tinubu déclare
* 527 Ghana Akosombo barrage déversement inondations Volta sinistrés 2023 VRA déclare
* 528 Mali SYNABEF grève banques arrestation secrétaire général Hamadoun Bah syndicat déclare
* 529 Togo rappeur Aamron arrestation internement psychiatrique 2025 gouvernement déclare
* 530 Guinée-Bissau Domingos Simões Pereira PAIGC exclu présidentielle 2025 Cour suprême déclare
* 531 Bénin Cotonou marché Dantokpa incendie commerçants pertes témoignent
* 532 Côte d'Ivoire Alassane Ouattara candidature quatrième mandat annonce juillet 2025 opposition réagit déclare
* 533 Ghana Accra manifestations Democracy Hub arrestations septembre 2024 police déclare
* 534 Nigeria fièvre de Lassa épidémie NCDC cas décès 2024 directeur général déclare

Their distinctive words were grepped in queries 1-522 of the committed manifests, in the query fields of every
committed label file and in the query files under ``/work/extra_*`` (none found; themes absent from every
``news_quotes_sources*.jsonl``)), output ``_manifest31.jsonl``
(copied to ``eval/annotation/news_quotes_sources31.jsonl``), ``_ids31.tsv`` and the texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news31.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(31)

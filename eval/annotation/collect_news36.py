"""Store the news texts of the blind quote split ``news_heldout36`` locally (session 27, branch blindq36).

collect_news18.py's procedure (read its docstring) for round 36 of the news splits: input
``$KIBARU_EXTRA_QUOTES/_raw36/qNN.json``
(queries 583-594, new queries on West-African and Sahel security, politics, rights, economic and social news with
quoted officials, spokesmen and witnesses, written and committed before the first search:

* 583 Sierra Leone Freetown prison de Pademba Road attaque novembre 2023 tentative de coup d'État gouvernement déclare
* 584 Gambie commission vérité TRRC victimes de Jammeh témoignent audiences
* 585 Ghana Accra manifestation FixTheCountry jeunes 2021 police déclare
* 586 Sénégal Bargny centrale à charbon pêcheurs habitants déclarent
* 587 Mauritanie Chami orpaillage ruée vers l'or orpailleurs témoignent ministre déclare
* 588 Ghana Yendi Dagbon chefferie conflit couvre-feu police déclare
* 589 Cap-Vert Alex Saab extradition Praia avocats déclarent
* 590 Nigeria Kano Sabon Gari explosion mai 2022 bilan police déclare
* 591 Nigeria Abuja prison de Kuje attaque juillet 2022 détenus évadés ministre déclare
* 592 Nigeria Zaria chiites Zakzaky Mouvement islamique affrontements armée déclare
* 593 Mauritanie Slahi Guantanamo libéré retour Nouakchott déclare
* 594 Nigeria Anambra Onitsha élection gouverneur Soludo novembre 2021 résultats déclare

Their distinctive words (Pademba, TRRC, FixTheCountry, Bargny, centrale à charbon, Chami, Yendi, Dagbon, Alex Saab,
Praia, Sabon Gari, Kuje, évadés, Zaria, Zakzaky, chiites, Slahi, Guantanamo, Anambra, Onitsha, Soludo) were grepped in
every file under ``eval/``, ``benchmarks/``, ``tools/`` and ``docs/`` (queries 1-582 of the committed manifests, every
``collect_news*.py``, the query fields of every label file, the linking and events query files; none found), in this
session's other worktrees and in the raw answers under ``/work/extra_*`` (« Bargny » only inside a boilerplate dump
text, never in a query). Theme caveats: Jammeh (Gambia), Sierra Leone, Accra protests, Mauritanian gold panning
(orpaillage, Tasiast), Kano and Abuja are earlier themes or places in other stories.
Output ``_manifest36.jsonl`` (copied to ``eval/annotation/news_quotes_sources36.jsonl``), ``_ids36.tsv`` and the
texts.

Usage: ``KIBARU_EXTRA_QUOTES=/work/extra_quotes python eval/annotation/collect_news36.py``
"""

from __future__ import annotations

from collect_news18 import main

if __name__ == "__main__":
    main(36)

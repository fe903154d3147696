"""Turn hand-annotated quote spans of local news texts into ``eval/quotes_gold.jsonl`` rows (offsets only).

The texts are French Sahel news excerpts from the ``search`` tool's page store, kept only locally under
``$KIBARU_EXTRA_QUOTES`` (default ``/work/extra_quotes``) as ``<sha1(url)>.txt``, with ``_ids.tsv``
(``n <TAB> sha1(url) <TAB> url``) and ``_manifest.jsonl`` written by the collection script. They are
copyrighted, so neither the texts nor the annotator's spans file (which quotes them) are in the repository.

Spans file lines:

* ``#date N YYYY[-MM[-DD]]`` — the article's date as the text or its URL gives it (optional);
* ``N | d or i | speaker | alternatives;… | text`` — ``text`` is the exact span, or ``prefix <<>> suffix``, optionally
  after ``left <<< `` (see ``locate_span``);
  an empty speaker means « no identifiable speaker »; ``!nokb`` among the alternatives leaves
  ``speaker_kb_id`` empty (the KB's only actor of that name is someone else); a speaker ``@NAME`` expands to a
  group of names defined in ``GROUPS`` (canonical name first, the others become alternatives). A prefix found several
  times is taken after the previous quote of the same article; ``[k] text`` takes the k-th occurrence of the prefix
  (a quotation repeated as a pull quote before the paragraph that attributes it).

Usage: ``python eval/annotation/convert_news.py SPANS [--write]`` (``--write`` replaces the ``news_dev`` /
``news_heldout`` rows of the gold file; the split of each article is one of them by outlet, see
``assign_splits``). ``python eval/annotation/convert_news.py SPANS2 --split news_heldout2 [--write]``: the blind
split of round 7 (articles of ``collect_news2.py``, numbered by ``_ids2.tsv``), its rows replaced alone; likewise
``SPANS3 --split news_heldout3`` for round 8 (``collect_news3.py``, ``_ids3.tsv``) and ``SPANS4 --split news_heldout4``
for round 9 (``collect_news4.py``, ``_ids4.tsv``), ``SPANS5 --split news_heldout5`` for round 10
(``collect_news5.py``, ``_ids5.tsv``), ``SPANS6 --split news_heldout6`` for round 11 (``collect_news6.py``,
``_ids6.tsv``), ``SPANS7 --split news_heldout7`` for round 12 (``collect_news7.py``, ``_ids7.tsv``),
``SPANS8 --split news_heldout8`` for round 13 (``collect_news8.py``, ``_ids8.tsv``), ``SPANS9 --split news_heldout9``
for round 14 (``collect_news9.py``, ``_ids9.tsv``), ``SPANS10 --split news_heldout10`` for round 15
(``collect_news10.py``, ``_ids10.tsv``), ``SPANS11 --split news_heldout11`` for round 16 (``collect_news11.py``,
``_ids11.tsv``), ``SPANS12 --split news_heldout12`` for round 17 (``collect_news12.py``, ``_ids12.tsv``),
``SPANS13 --split news_heldout13`` for round 18 (``collect_news13.py``, ``_ids13.tsv``),
``SPANS14 --split news_heldout14`` for round 19 (``collect_news14.py``, ``_ids14.tsv``),
``SPANS15 --split news_heldout15`` for round 20 (``collect_news15.py``, ``_ids15.tsv``),
``SPANS16 --split news_heldout16`` for round 21 (``collect_news16.py``, ``_ids16.tsv``),
``SPANS17 --split news_heldout17`` for round 22 (``collect_news17.py``, ``_ids17.tsv``),
``SPANS18 --split news_heldout18`` for round 23 (``collect_news18.py``, ``_ids18.tsv``),
``SPANS19 --split news_heldout19`` for round 24 (``collect_news19.py``, ``_ids19.tsv``),
``SPANS20 --split news_heldout20`` for round 25 (``collect_news20.py``, ``_ids20.tsv``),
``SPANS21 --split news_heldout21`` for round 26 (``collect_news21.py``, ``_ids21.tsv``),
``SPANS22 --split news_heldout22`` for round 27 (``collect_news22.py``, ``_ids22.tsv``),
``SPANS23 --split news_heldout23`` for round 28 (``collect_news23.py``, ``_ids23.tsv``),
``SPANS24 --split news_heldout24`` for round 29 (``collect_news24.py``, ``_ids24.tsv``),
``SPANS25 --split news_heldout25`` for round 30 (``collect_news25.py``, ``_ids25.tsv``),
``SPANS26 --split news_heldout26`` for round 31 (``collect_news26.py``, ``_ids26.tsv``),
``SPANS27 --split news_heldout27`` for round 32 (``collect_news27.py``, ``_ids27.tsv``),
``SPANS28 --split news_heldout28`` for round 33 (``collect_news28.py``, ``_ids28.tsv``),
``SPANS29 --split news_heldout29`` for round 34 (``collect_news29.py``, ``_ids29.tsv``),
``SPANS30 --split news_heldout30`` for round 35 (``collect_news30.py``, ``_ids30.tsv``),
``SPANS31 --split news_heldout31`` for round 36 (``collect_news31.py``, ``_ids31.tsv``),
``SPANS32 --split news_heldout32`` for round 37 (``collect_news32.py``, ``_ids32.tsv``),
``SPANS33 --split news_heldout33`` for round 38 (``collect_news33.py``, ``_ids33.tsv``),
``SPANS34 --split news_heldout34`` for round 39 (``collect_news34.py``, ``_ids34.tsv``),
``SPANS35 --split news_heldout35`` for round 40 (``collect_news35.py``, ``_ids35.tsv``),
``SPANS36 --split news_heldout36`` for round 41 (``collect_news36.py``, ``_ids36.tsv``),
``SPANS37 --split news_heldout37`` for round 42 (``collect_news37.py``, ``_ids37.tsv``; MasakhaNEWS texts, see there),
``SPANS38 --split news_heldout38`` for round 43 (``collect_news38.py``, ``_ids38.tsv``; MasakhaNEWS dev texts),
``SPANS39 --split news_heldout39`` (session 35, ``collect_news39.py``, ``_ids39.tsv`` numbered by OrangeSum doc; dated),
``SPANS40 --split news_heldout40`` (session 35, ``collect_news40.py``, ``_ids40.tsv``, OrangeSum doc numbers; dated),
``SPANS41 --split news_heldout41`` (session 37, ``collect_news41.py``, ``_ids41.tsv``, OrangeSum doc numbers; dated),
``SPANS42 --split news_heldout42`` (session 37, ``collect_news42.py``, ``_ids42.tsv``, OrangeSum doc numbers; dated),
``SPANS43 --split news_heldout43`` (session 39, ``collect_news43.py``, ``_ids43.tsv``, OrangeSum doc numbers; dated),
``SPANS44 --split news_heldout44`` (session 41, ``collect_news44.py``, ``_ids44.tsv``, OrangeSum doc numbers; dated),
``SPANS45 --split news_heldout45`` (blind45q, ``collect_news45.py``, ``_ids45.tsv``, OrangeSum doc numbers; dated),
``SPANS46 --split news_heldout46`` (blind46q, ``collect_news46.py``, ``_ids46.tsv``, OrangeSum doc numbers; dated),
``SPANS47 --split news_heldout47`` (blind47q, ``collect_news47.py``, ``_ids47.tsv``, OrangeSum doc numbers; dated).
``SPANS48 --split news_heldout48`` (blind48q, ``collect_news48.py``, ``_ids48.tsv``, OrangeSum doc numbers; dated).
``SPANS49 --split news_heldout49`` (blind49q, ``collect_news49.py``, ``_ids49.tsv``, OrangeSum doc numbers; dated).
``SPANS50 --split news_heldout50`` (blind50q, ``collect_news50.py``, ``_ids50.tsv``, OrangeSum doc numbers; dated).
``SPANS51 --split news_heldout51`` (blind51q, ``collect_news51.py``, ``_ids51.tsv``, OrangeSum doc numbers; dated).
``SPANS52 --split news_heldout52`` (blind52q, ``collect_news52.py``, ``_ids52.tsv`` naming committed Wikinews texts
``eval/texts/wikinews/<doc>.txt``, numbered by doc; dated).
``SPANS53 --split news_heldout53`` (blind53q, ``collect_news53.py``, ``_ids53.tsv`` naming committed Wikinews texts
``eval/texts/wikinews/<doc>.txt``, numbered by doc; dated).
``SPANS54 --split news_heldout54`` (blind54q, ``collect_news54.py``, ``_ids54.tsv``, MasakhaNEWS few-shot train rows of
BBC Afrique, numbered by row; undated).
``SPANS56 --split news_heldout56`` (blind56q, ``collect_news56.py``, ``_ids56.tsv``, OrangeSum doc numbers; dated).
``SPANS57 --split news_heldout57`` (blind57q, ``collect_news57.py``, ``_ids57.tsv``, MasakhaNEWS few-shot train rows of
BBC Afrique after news_heldout54's, numbered by row; undated).
``SPANS58 --split news_heldout58`` (blind58q, ``collect_news58.py``, ``_ids58.tsv``, OrangeSum doc numbers; dated).
``SPANS59 --split news_heldout59`` (blind59q, ``collect_news59.py``, ``_ids59.tsv``, MasakhaNEWS few-shot train rows of
BBC Afrique after news_heldout57's, numbered by row; undated).
``SPANS60 --split news_heldout60`` (blind60q, ``collect_news60.py``, ``_ids60.tsv``, OrangeSum doc numbers; dated).
``SPANS61 --split news_heldout61`` (blind61q, ``collect_news61.py``, ``_ids61.tsv``, OrangeSum doc numbers; dated).
``SPANS62 --split news_heldout62`` (blind62q, ``collect_news62.py``, ``_ids62.tsv``, OrangeSum doc numbers; dated).
``SPANS63 --split news_heldout63`` (blind63q, ``collect_news63.py``, ``_ids63.tsv``, OrangeSum doc numbers; dated).
``SPANS64 --split news_heldout64`` (blind64q, ``collect_news64.py``, ``_ids64.tsv``, OrangeSum doc numbers; dated).
``SPANS65 --split news_heldout65`` (blind65q, ``collect_news65.py``, ``_ids65.tsv``, OrangeSum doc numbers; dated).
``SPANS66 --split news_heldout66`` (blind66q, ``collect_news66.py``, ``_ids66.tsv``, OrangeSum doc numbers; dated).
``SPANS67 --split news_heldout67`` (blind67q, ``collect_news67.py``, ``_ids67.tsv``, OrangeSum doc numbers; dated).
``SPANS68 --split news_heldout68`` (blind68q, ``collect_news68.py``, ``_ids68.tsv``, OrangeSum doc numbers; dated).
``SPANS69 --split news_heldout69`` (blind69q, ``collect_news69.py``, ``_ids69.tsv``, OrangeSum doc numbers; dated).
``SPANS70 --split news_heldout70`` (blind70q, ``collect_news70.py``, ``_ids70.tsv``, OrangeSum doc numbers; dated).
``SPANS71 --split news_heldout71`` (blind71q, ``collect_news71.py``, ``_ids71.tsv``, OrangeSum doc numbers; dated).
``SPANS72 --split news_heldout72`` (blind72q, ``collect_news72.py``, ``_ids72.tsv``, OrangeSum doc numbers; dated).
``SPANS73 --split news_heldout73`` (blind73q, ``collect_news73.py``, ``_ids73.tsv``, OrangeSum doc numbers; dated).
``SPANS74 --split news_heldout74`` (blind74q, ``collect_news74.py``, ``_ids74.tsv``, OrangeSum doc numbers; dated).
``SPANS75 --split news_heldout75`` (blind75q, ``collect_news75.py``, ``_ids75.tsv``, OrangeSum doc numbers; dated).
``SPANS76 --split news_heldout76`` (blind76q, ``collect_news76.py``, ``_ids76.tsv``, OrangeSum doc numbers; dated).
``SPANS77 --split news_heldout77`` (blind77q, ``collect_news77.py``, ``_ids77.tsv``, OrangeSum doc numbers; dated).
``SPANS78 --split news_heldout78`` (blind78q, ``collect_news78.py``, ``_ids78.tsv``, OrangeSum doc numbers; dated).
``SPANS79 --split news_heldout79`` (blind79q, ``collect_news79.py``, ``_ids79.tsv``, OrangeSum doc numbers; dated).
``SPANS80 --split news_heldout80`` (blind80q, ``collect_news80.py``, ``_ids80.tsv``, OrangeSum doc numbers; dated).
``SPANS81 --split news_heldout81`` (blind81q, ``collect_news81.py``, ``_ids81.tsv``, OrangeSum doc numbers; dated).
``SPANS82 --split news_heldout82`` (blind82q, ``collect_news82.py``, ``_ids82.tsv``, OrangeSum doc numbers; dated).
``SPANS83 --split news_heldout83`` (blind83q, ``collect_news83.py``, ``_ids83.tsv``, OrangeSum doc numbers; dated).
``SPANS84 --split news_heldout84`` (blind84q, ``collect_news84.py``, ``_ids84.tsv``, OrangeSum doc numbers; dated).
``SPANS85 --split news_heldout85`` (blind85q, ``collect_news85.py``, ``_ids85.tsv``, OrangeSum doc numbers; dated).
``SPANS86 --split news_heldout86`` (blind86q, ``collect_news86.py``, ``_ids86.tsv``, OrangeSum doc numbers; dated).
``SPANS87 --split news_heldout87`` (blind87q, ``collect_news87.py``, ``_ids87.tsv``, OrangeSum doc numbers; dated).
``SPANS88 --split news_heldout88`` (blind88q, ``collect_news88.py``, ``_ids88.tsv``, OrangeSum doc numbers; dated).
``SPANS89 --split news_heldout89`` (blind89q, ``collect_news89.py``, ``_ids89.tsv``, OrangeSum doc numbers; dated).
``SPANS90 --split news_heldout90`` (blind90q, ``collect_news90.py``, ``_ids90.tsv``, OrangeSum doc numbers; dated).
``SPANS91 --split news_heldout91`` (blind91q, ``collect_news91.py``, ``_ids91.tsv``, OrangeSum doc numbers; dated).
``SPANS92 --split news_heldout92`` (blind92q, ``collect_news92.py``, ``_ids92.tsv``, OrangeSum doc numbers; dated).
``SPANS93 --split news_heldout93`` (blind93q, ``collect_news93.py``, ``_ids93.tsv``, OrangeSum doc numbers; dated).
``SPANS94 --split news_heldout94`` (blind94q, ``collect_news94.py``, ``_ids94.tsv``, OrangeSum doc numbers; dated).
``SPANS95 --split news_heldout95`` (blind95q, ``collect_news95.py``, ``_ids95.tsv``, OrangeSum doc numbers; dated).
``SPANS96 --split news_heldout96`` (blind96q, ``collect_news96.py``, ``_ids96.tsv``, OrangeSum doc numbers; dated).
``SPANS97 --split news_heldout97`` (blind97q, ``collect_news97.py``, ``_ids97.tsv``, OrangeSum doc numbers; dated).
``SPANS98 --split news_heldout98`` (blind98q, ``collect_news98.py``, ``_ids98.tsv``, OrangeSum doc numbers; dated).
``SPANS99 --split news_heldout99`` (blind99q, ``collect_news99.py``, ``_ids99.tsv``, OrangeSum doc numbers; dated).
``SPANS100 --split news_heldout100`` (blind100q, ``collect_news100.py``, ``_ids100.tsv``, OrangeSum doc numbers;
dated; the first split numbered above 99).
``SPANS101 --split news_heldout101`` (blind101q, ``collect_news101.py``, ``_ids101.tsv``, OrangeSum doc numbers; dated).
``SPANS102 --split news_heldout102`` (blind102q, ``collect_news102.py``, ``_ids102.tsv``, OrangeSum doc numbers; dated).
``SPANS103 --split news_heldout103`` (blind103q, ``collect_news103.py``, ``_ids103.tsv``, OrangeSum doc numbers; dated).
``SPANS104 --split news_heldout104`` (blind104q, ``collect_news104.py``, ``_ids104.tsv``, OrangeSum doc numbers; dated).
``SPANS105 --split news_heldout105`` (blind105q, ``collect_news105.py``, ``_ids105.tsv``, OrangeSum doc numbers; dated).
``SPANS106 --split news_heldout106`` (blind106q, ``collect_news106.py``, ``_ids106.tsv``, OrangeSum doc numbers; dated).
``SPANS107 --split news_heldout107`` (blind107q, ``collect_news107.py``, ``_ids107.tsv``, OrangeSum doc numbers; dated).
``SPANS108 --split news_heldout108`` (blind108q, ``collect_news108.py``, ``_ids108.tsv``, OrangeSum doc numbers; dated).
``SPANS109 --split news_heldout109`` (blind109q, ``collect_news109.py``, ``_ids109.tsv``, OrangeSum doc numbers; dated).
``SPANS110 --split news_heldout110`` (blind110q, ``collect_news110.py``, ``_ids110.tsv``, OrangeSum doc numbers; dated).
``SPANS111 --split news_heldout111`` (blind111q, ``collect_news111.py``, ``_ids111.tsv``, OrangeSum doc numbers; dated).
``SPANS112 --split news_heldout112`` (blind112q, ``collect_news112.py``, ``_ids112.tsv``, OrangeSum doc numbers; dated).
``SPANS113 --split news_heldout113`` (blind113q, ``collect_news113.py``, ``_ids113.tsv``, OrangeSum doc numbers; dated).
``SPANS114 --split news_heldout114`` (blind114q, ``collect_news114.py``, ``_ids114.tsv``, OrangeSum doc numbers; dated).
``SPANS115 --split news_heldout115`` (blind115q, ``collect_news115.py``, ``_ids115.tsv``, OrangeSum doc numbers; dated).
``SPANS116 --split news_heldout116`` (blind116q, ``collect_news116.py``, ``_ids116.tsv``, OrangeSum doc numbers; dated).
``SPANS117 --split news_heldout117`` (blind117q, ``collect_news117.py``, ``_ids117.tsv``, OrangeSum doc numbers; dated).
``SPANS118 --split news_heldout118`` (blind118q, ``collect_news118.py``, ``_ids118.tsv``, OrangeSum doc numbers; dated).
``SPANS119 --split news_heldout119`` (blind119q, ``collect_news119.py``, ``_ids119.tsv``, OrangeSum doc numbers; dated).
``SPANS120 --split news_heldout120`` (blind120q, ``collect_news120.py``, ``_ids120.tsv``, OrangeSum doc numbers; dated).
``SPANS121 --split news_heldout121`` (blind121q, ``collect_news121.py``, ``_ids121.tsv``, OrangeSum doc numbers; dated).
``SPANS122 --split news_heldout122`` (blind122q, ``collect_news122.py``, ``_ids122.tsv``, OrangeSum doc numbers; dated).
``SPANS123 --split news_heldout123`` (blind123q, ``collect_news123.py``, ``_ids123.tsv``, OrangeSum doc numbers; dated).
``SPANS124 --split news_heldout124`` (blind124q, ``collect_news124.py``, ``_ids124.tsv``, OrangeSum doc numbers; dated).
``SPANS125 --split news_heldout125`` (blind125q, ``collect_news125.py``, ``_ids125.tsv``, OrangeSum doc numbers; dated).
``SPANS126 --split news_heldout126`` (blind126q, ``collect_news126.py``, ``_ids126.tsv``, OrangeSum doc numbers; dated).
``SPANS127 --split news_heldout127`` (blind127q, ``collect_news127.py``, ``_ids127.tsv``, OrangeSum doc numbers; dated).
``SPANS128 --split news_heldout128`` (blind128q, ``collect_news128.py``, ``_ids128.tsv``, OrangeSum doc numbers; dated).
``SPANS129 --split news_heldout129`` (blind129q, ``collect_news129.py``, ``_ids129.tsv``, OrangeSum doc numbers; dated).
``SPANS130 --split news_heldout130`` (blind130q, ``collect_news130.py``, ``_ids130.tsv``, OrangeSum doc numbers; dated).
``SPANS131 --split news_heldout131`` (blind131q, ``collect_news131.py``, ``_ids131.tsv``, OrangeSum doc numbers; dated).
``SPANS132 --split news_heldout132`` (blind132q, ``collect_news132.py``, ``_ids132.tsv``, OrangeSum doc numbers; dated).
``SPANS133 --split news_heldout133`` (blind133q, ``collect_news133.py``, ``_ids133.tsv``, OrangeSum doc numbers; dated).
``SPANS134 --split news_heldout134`` (blind134q, ``collect_news134.py``, ``_ids134.tsv``, OrangeSum doc numbers; dated).
``SPANS135 --split news_heldout135`` (blind135q, ``collect_news135.py``, ``_ids135.tsv``, OrangeSum doc numbers; dated).
``SPANS136 --split news_heldout136`` (blind136q, ``collect_news136.py``, ``_ids136.tsv``, OrangeSum doc numbers; dated).
``SPANS137 --split news_heldout137`` (blind137q, ``collect_news137.py``, ``_ids137.tsv``, OrangeSum doc numbers; dated).
``SPANS138 --split news_heldout138`` (blind138q, ``collect_news138.py``, ``_ids138.tsv``, OrangeSum doc numbers; dated).
``SPANS139 --split news_heldout139`` (blind139q, ``collect_news139.py``, ``_ids139.tsv``, OrangeSum doc numbers; dated).
``SPANS140 --split news_heldout140`` (blind140q, ``collect_news140.py``, ``_ids140.tsv``, OrangeSum doc numbers; dated).
``SPANS141 --split news_heldout141`` (blind141q, ``collect_news141.py``, ``_ids141.tsv``, OrangeSum doc numbers; dated).
``SPANS142 --split news_heldout142`` (blind142q, ``collect_news142.py``, ``_ids142.tsv``, OrangeSum doc numbers; dated).
``SPANS143 --split news_heldout143`` (blind143q, ``collect_news143.py``, ``_ids143.tsv``, OrangeSum doc numbers; dated).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import re
import sys
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "src"))

# Names that stand for the same speaker in these texts (a government by its state, capital, junta, or the
# body that runs it; a ministry by its other designations). First name = the gold ``speaker``.
GROUPS: dict[str, list[str]] = {
    "MALI_GOV": [
        "gouvernement malien",
        "Mali",
        "Bamako",
        "junte",
        "junte malienne",
        "gouvernement de transition",
        "gouvernement du Mali",
        "autorités maliennes",
        "gouvernement de transition malien",
        "autorités de transition",
        "autorités maliennes de transition",
        "État malien",
    ],
    "NIGER_GOV": [
        "gouvernement nigérien",
        "Niger",
        "Niamey",
        "junte",
        "junte nigérienne",
        "CNSP",
        "Conseil national pour la sauvegarde de la patrie",
        "autorités nigériennes",
        "militaires au pouvoir",
        "régime militaire",
        "militaires",
        "nouvelles autorités",
        "putschistes",
    ],
    "BF_GOV": [
        "gouvernement burkinabè",
        "Burkina Faso",
        "Burkina",
        "Ouagadougou",
        "junte",
        "autorités burkinabè",
        "gouvernement du Burkina Faso",
        "gouvernement de la transition",
        "gouvernement burkinabé",
    ],
    "FRANCE": ["France", "Paris", "gouvernement français", "autorités françaises"],
    "MAE_NE": [
        "ministère nigérien des Affaires étrangères",
        "ministère des Affaires étrangères du Niger",
        "diplomatie nigérienne",
        "MAE",
        "ministère des Affaires étrangères",
    ],
    "MAE_FR": [
        "ministère français des Affaires étrangères",
        "Quai d'Orsay",
        "diplomatie française",
        "ministère de l'Europe et des Affaires étrangères",
        "ministère des Affaires étrangères",
    ],
    "MAE_BF": [
        "ministère burkinabè des Affaires étrangères",
        "ministère des affaires étrangères du Burkina Faso",
        "ministère des Affaires étrangères",
        "diplomatie burkinabè",
        "ministère burkinabè des Affaires étrangères, de la Coopération régionale et des Burkinabè de l’extérieur",
    ],
    "MALI_ARMY": ["armée malienne", "FAMa", "Forces armées maliennes", "armée", "état-major", "Etat-major"],
    "MAE_UA": [
        "ministère ukrainien des Affaires étrangères",
        "diplomatie ukrainienne",
        "Ukraine",
        "Kiev",
        "diplomatie de Kiev",
    ],
    "MAE_DZ": [
        "ministère algérien des Affaires étrangères",
        "Algérie",
        "diplomatie algérienne",
        "Alger",
        "communiqué algérien",
        "diplomatie de Attaf",
        "Ahmed Attaf",
    ],
    "MOD_NE": [
        "ministère nigérien de la Défense",
        "ministère de la Défense",
        "ministère de la Défense nationale",
        "ministère nigérien de la défense",
        "ministère de la défense",
    ],
    "HCR": [
        "HCR",
        "Haut-commissariat des Nations unies pour les réfugiés",
        "UNHCR",
        "Haut-Commissariat des Nations unies pour les réfugiés",
    ],
    "FAKI": [
        "Moussa Faki Mahamat",
        "Moussa Faki",
        "Faki",
        "président de la Commission de l'UA",
        "Président de la Commission de l’UA",
        "président de la Commission de l’Union africaine",
    ],
    "CEDEAO": [
        "CEDEAO",
        "Cédéao",
        "Communauté économique des États de l'Afrique de l'Ouest",
        "Cedeao",
        "Communauté économique des Etats de l'Afrique de l'Ouest",
        "ECOWAS",
    ],
    "AES": [
        "AES",
        "Alliance des États du Sahel",
        "Confédération des États du Sahel",
        "Alliance des Etats du Sahel",
        "Confédération des Etats du Sahel",
    ],
    "UA": ["Union africaine", "UA", "Union Africaine"],
    "JNIM": [
        "JNIM",
        "Groupe de soutien à l'islam et aux musulmans",
        "GSIM",
        "Jnim",
        "Jama'at Nusrat al-Islam wal-Muslimin",
    ],
    "HRW": ["Human Rights Watch", "HRW"],
    "CSP": [
        "CSP",
        "Cadre stratégique permanent",
        "CSP-PSD",
        "Cadre stratégique permanent pour la paix, la sécurité et le développement",
        "rebelles",
    ],
    "ORANO": ["Orano", "groupe Orano"],
}


def extra_dir() -> Path:
    return Path(os.environ.get("KIBARU_EXTRA_QUOTES", "/work/extra_quotes"))


def outlet(url: str) -> str:
    """The outlet of a URL: its host without ``www.`` and without a sub-domain (``fr.allafrica.com`` and
    ``allafrica.com`` are one outlet)."""
    host = (urlparse(url).hostname or "").removeprefix("www.")
    parts = host.split(".")
    return ".".join(parts[-2:]) if len(parts) > 2 else host


# Outlets are shuffled with this seed and dealt to news_heldout until it holds half of the gold quotes.
SPLIT_SEED = 20261130


def assign_splits(quotes_per_outlet: dict[str, int]) -> dict[str, str]:
    outlets = sorted(quotes_per_outlet)
    random.Random(SPLIT_SEED).shuffle(outlets)
    total = sum(quotes_per_outlet.values())
    out: dict[str, str] = {}
    held = 0
    for o in outlets:
        if held < total / 2:
            out[o] = "news_heldout"
            held += quotes_per_outlet[o]
        else:
            out[o] = "news_dev"
    return out


def locate_span(text: str, quote: str, after: int) -> tuple[int, int]:
    """Offsets of an annotated span in ``text``. ``quote`` is the exact span or ``prefix <<>> suffix``, optionally
    preceded by ``left <<< `` (the words right before the span, to pick one of several occurrences). A prefix (or
    left context) found several times is taken at or after ``after`` (the end of the article's previous quote).
    Shared by this script and ``convert.py`` (the SemEval spans)."""
    left, _lsep, quote = quote.rpartition(" <<< ")
    prefix, _sep, suffix = quote.partition(" <<>> ")
    if not prefix:
        raise ValueError("empty span")
    if left:
        at = text.find(left + " " + prefix, after)
        if at >= 0:
            start = at + len(left) + 1
        else:
            at = text.find(left + prefix, after)
            start = at + len(left) if at >= 0 else -1
    else:
        start = text.find(prefix) if text.count(prefix) == 1 else text.find(prefix, after)
    if start < 0:
        raise ValueError(f"{prefix[:40]!r} not found")
    end = start + len(prefix)
    if suffix:
        j = text.find(suffix, end - 1)
        if j < 0:
            raise ValueError(f"end {suffix[:40]!r} not found")
        end = j + len(suffix)
    return start, end


def _expand(name: str) -> list[str]:
    return GROUPS[name[1:]] if name.startswith("@") else [name]


def speaker_names(spk: str, alts: str) -> tuple[str | None, list[str]]:
    """The gold speaker and its alternatives; ``@NAME`` expands to its group in the speaker and the alternatives."""
    extra = [n for a in alts.split(";") if a.strip() for n in _expand(a.strip())]
    if not spk.strip():
        return None, extra
    names: list[str] = []
    for part in spk.split("+"):
        names += _expand(part.strip())
    seen: list[str] = []
    for n in names + extra:
        if n not in seen:
            seen.append(n)
    return seen[0], seen[1:]


def convert(spans: Path, ids_name: str = "_ids.tsv", split: str | None = None) -> list[dict[str, Any]]:
    """Gold rows of a spans file; ``split`` given: every row goes to it (the blind ``news_heldout2``, whose
    articles come from ``collect_news2.py`` and its ``_ids2.tsv``), else the outlet split of the first two."""
    from kibaru.enrich.linking import kb_id_of
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load()
    root = extra_dir()
    ids = {}
    for line in (root / ids_name).read_text(encoding="utf-8").splitlines():
        n, sha, url = line.split("\t")
        ids[n] = (sha, url)
    dates: dict[str, str] = {}
    rows: list[dict[str, Any]] = []
    last_end: dict[str, int] = {}
    for lineno, line in enumerate(spans.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("##"):
            continue
        if line.startswith("#date "):
            _tag, n, date = line.split()
            dates[n] = date
            continue
        n, kind, spk, alts, quote = (x if i == 4 else x.strip() for i, x in enumerate(line.split("|", 4)))
        quote = quote.strip()
        sha, url = ids[n]
        # an ids row naming a committed text (« eval/texts/wikinews/44046.txt ») instead of a local copy's sha1
        in_repo = sha.startswith("eval/texts/")
        text = (REPO / sha if in_repo else root / f"{sha}.txt").read_text(encoding="utf-8")
        after = last_end.get(n, 0)
        nth = re.match(r"\[(\d+)\] ", quote)
        if nth:  # « [k] span »: the k-th occurrence (after the first k-1)
            quote = quote[nth.end() :]
            after = -1
            for _ in range(int(nth.group(1)) - 1):
                after = text.find(quote.partition(" <<>> ")[0], after + 1)
            after += 1
        try:
            start, end = locate_span(text, quote, after)
        except ValueError as e:
            raise ValueError(f"{spans}:{lineno}: {e} in text {n}") from None
        if kind not in ("d", "i"):
            raise ValueError(f"{spans}:{lineno}: kind must be d or i")
        last_end[n] = end
        nokb = "!nokb" in alts  # the KB knows another actor of that name
        speaker, alt = speaker_names(spk, alts.replace("!nokb", ""))
        actors = kb.lookup(speaker) if speaker and not nokb else []
        span = text[start:end]
        rows.append(
            {
                "article": sha if in_repo else f"local:{sha}",
                "split": "",
                "start": start,
                "end": end,
                # a hash, not the text: these articles may not be redistributed
                "check": "sha1:" + hashlib.sha1(span.encode("utf-8")).hexdigest()[:16],
                "direct": kind == "d",
                "speaker": speaker,
                "speaker_alt": alt,
                "speaker_kb_id": kb_id_of(actors[0]) if len(actors) == 1 else None,
                "url": url,
                "text_sha1": hashlib.sha1(text.encode("utf-8")).hexdigest(),
                "date": dates.get(n),
                "n": int(n),
            }
        )
    per_outlet: dict[str, int] = {}
    for r in rows:
        per_outlet[outlet(r["url"])] = per_outlet.get(outlet(r["url"]), 0) + 1
    splits = assign_splits(per_outlet)
    for r in rows:
        r["split"] = split or splits[outlet(r["url"])]
    return rows


# Later news collections: split name -> the ids file of its collection script (all its rows go to that split).
LATER_SPLITS = {
    "news_heldout2": "_ids2.tsv",
    "news_heldout3": "_ids3.tsv",
    "news_heldout4": "_ids4.tsv",
    "news_heldout5": "_ids5.tsv",
    "news_heldout6": "_ids6.tsv",
    "news_heldout7": "_ids7.tsv",
    "news_heldout8": "_ids8.tsv",
    "news_heldout9": "_ids9.tsv",
    "news_heldout10": "_ids10.tsv",
    "news_heldout11": "_ids11.tsv",
    "news_heldout12": "_ids12.tsv",
    "news_heldout13": "_ids13.tsv",
    "news_heldout14": "_ids14.tsv",
    "news_heldout15": "_ids15.tsv",
    "news_heldout16": "_ids16.tsv",
    "news_heldout17": "_ids17.tsv",
    "news_heldout18": "_ids18.tsv",
    "news_heldout19": "_ids19.tsv",
    "news_heldout20": "_ids20.tsv",
    "news_heldout21": "_ids21.tsv",
    "news_heldout22": "_ids22.tsv",
    "news_heldout23": "_ids23.tsv",
    "news_heldout24": "_ids24.tsv",
    "news_heldout25": "_ids25.tsv",
    "news_heldout26": "_ids26.tsv",
    "news_heldout27": "_ids27.tsv",
    "news_heldout28": "_ids28.tsv",
    "news_heldout29": "_ids29.tsv",
    "news_heldout30": "_ids30.tsv",
    "news_heldout31": "_ids31.tsv",
    "news_heldout32": "_ids32.tsv",
    "news_heldout33": "_ids33.tsv",
    "news_heldout34": "_ids34.tsv",
    "news_heldout35": "_ids35.tsv",
    "news_heldout36": "_ids36.tsv",
    "news_heldout37": "_ids37.tsv",
    "news_heldout38": "_ids38.tsv",
    "news_heldout39": "_ids39.tsv",
    "news_heldout40": "_ids40.tsv",
    "news_heldout41": "_ids41.tsv",
    "news_heldout42": "_ids42.tsv",
    "news_heldout43": "_ids43.tsv",
    "news_heldout44": "_ids44.tsv",
    "news_heldout45": "_ids45.tsv",
    "news_heldout46": "_ids46.tsv",
    "news_heldout47": "_ids47.tsv",
    "news_heldout48": "_ids48.tsv",
    "news_heldout49": "_ids49.tsv",
    "news_heldout50": "_ids50.tsv",
    "news_heldout51": "_ids51.tsv",
    "news_heldout52": "_ids52.tsv",
    "news_heldout53": "_ids53.tsv",
    "news_heldout54": "_ids54.tsv",
    "news_heldout55": "_ids55.tsv",
    "news_heldout56": "_ids56.tsv",
    "news_heldout57": "_ids57.tsv",
    "news_heldout58": "_ids58.tsv",
    "news_heldout59": "_ids59.tsv",
    "news_heldout60": "_ids60.tsv",
    "news_heldout61": "_ids61.tsv",
    "news_heldout62": "_ids62.tsv",
    "news_heldout63": "_ids63.tsv",
    "news_heldout64": "_ids64.tsv",
    "news_heldout65": "_ids65.tsv",
    "news_heldout66": "_ids66.tsv",
    "news_heldout67": "_ids67.tsv",
    "news_heldout68": "_ids68.tsv",
    "news_heldout69": "_ids69.tsv",
    "news_heldout70": "_ids70.tsv",
    "news_heldout71": "_ids71.tsv",
    "news_heldout72": "_ids72.tsv",
    "news_heldout73": "_ids73.tsv",
    "news_heldout74": "_ids74.tsv",
    "news_heldout75": "_ids75.tsv",
    "news_heldout76": "_ids76.tsv",
    "news_heldout77": "_ids77.tsv",
    "news_heldout78": "_ids78.tsv",
    "news_heldout79": "_ids79.tsv",
    "news_heldout80": "_ids80.tsv",
    "news_heldout81": "_ids81.tsv",
    "news_heldout82": "_ids82.tsv",
    "news_heldout83": "_ids83.tsv",
    "news_heldout84": "_ids84.tsv",
    "news_heldout85": "_ids85.tsv",
    "news_heldout86": "_ids86.tsv",
    "news_heldout87": "_ids87.tsv",
    "news_heldout88": "_ids88.tsv",
    "news_heldout89": "_ids89.tsv",
    "news_heldout90": "_ids90.tsv",
    "news_heldout91": "_ids91.tsv",
    "news_heldout92": "_ids92.tsv",
    "news_heldout93": "_ids93.tsv",
    "news_heldout94": "_ids94.tsv",
    "news_heldout95": "_ids95.tsv",
    "news_heldout96": "_ids96.tsv",
    "news_heldout97": "_ids97.tsv",
    "news_heldout98": "_ids98.tsv",
    "news_heldout99": "_ids99.tsv",
    "news_heldout100": "_ids100.tsv",
    "news_heldout101": "_ids101.tsv",
    "news_heldout102": "_ids102.tsv",
    "news_heldout103": "_ids103.tsv",
    "news_heldout104": "_ids104.tsv",
    "news_heldout105": "_ids105.tsv",
    "news_heldout106": "_ids106.tsv",
    "news_heldout107": "_ids107.tsv",
    "news_heldout108": "_ids108.tsv",
    "news_heldout109": "_ids109.tsv",
    "news_heldout110": "_ids110.tsv",
    "news_heldout111": "_ids111.tsv",
    "news_heldout112": "_ids112.tsv",
    "news_heldout113": "_ids113.tsv",
    "news_heldout114": "_ids114.tsv",
    "news_heldout115": "_ids115.tsv",
    "news_heldout116": "_ids116.tsv",
    "news_heldout117": "_ids117.tsv",
    "news_heldout118": "_ids118.tsv",
    "news_heldout119": "_ids119.tsv",
    "news_heldout120": "_ids120.tsv",
    "news_heldout121": "_ids121.tsv",
    "news_heldout122": "_ids122.tsv",
    "news_heldout123": "_ids123.tsv",
    "news_heldout124": "_ids124.tsv",
    "news_heldout125": "_ids125.tsv",
    "news_heldout126": "_ids126.tsv",
    "news_heldout127": "_ids127.tsv",
    "news_heldout128": "_ids128.tsv",
    "news_heldout129": "_ids129.tsv",
    "news_heldout130": "_ids130.tsv",
    "news_heldout131": "_ids131.tsv",
    "news_heldout132": "_ids132.tsv",
    "news_heldout133": "_ids133.tsv",
    "news_heldout134": "_ids134.tsv",
    "news_heldout135": "_ids135.tsv",
    "news_heldout136": "_ids136.tsv",
    "news_heldout137": "_ids137.tsv",
    "news_heldout138": "_ids138.tsv",
    "news_heldout139": "_ids139.tsv",
    "news_heldout140": "_ids140.tsv",
    "news_heldout141": "_ids141.tsv",
    "news_heldout142": "_ids142.tsv",
    "news_heldout143": "_ids143.tsv",
}


def main() -> None:
    spans = Path(sys.argv[1])
    # ``--split news_heldout2`` / ``news_heldout3``: a later news collection, all rows in that split.
    later = sys.argv[sys.argv.index("--split") + 1] if "--split" in sys.argv else None
    if later is not None and later not in LATER_SPLITS:
        raise SystemExit(f"--split must be one of {sorted(LATER_SPLITS)}")
    rows = convert(spans, LATER_SPLITS[later], later) if later else convert(spans)
    mine = (later,) if later else ("news_dev", "news_heldout")
    by_split: dict[str, int] = {}
    for r in rows:
        by_split[r["split"]] = by_split.get(r["split"], 0) + 1
    print(f"{len(rows)} quotes, {len({r['article'] for r in rows})} articles, {by_split}")
    if "--write" in sys.argv:
        gold = REPO / "eval" / "quotes_gold.jsonl"
        keep = [line for line in gold.read_text(encoding="utf-8").splitlines() if json.loads(line)["split"] not in mine]
        order = sorted(rows, key=lambda r: (r["n"], r["start"]))
        with gold.open("w", encoding="utf-8") as f:
            for line in keep:
                f.write(line + "\n")
            for r in order:
                r.pop("n")
                f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()

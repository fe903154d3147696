"""What the boilerplate round tests (rounds 38-40) share: four article paragraphs written for the tests (no article
text), the labels ``clean_dump`` gives a page of lines, and the same with one of its rules switched off."""

from __future__ import annotations

from unittest import mock

from kibaru.ingest.clean import dump
from kibaru.ingest.clean.dump import clean_dump

PARAS = [
    "Les habitants du quartier de Sikasso ont accueilli samedi les premiers camions de la campagne de vaccination, "
    "après trois semaines d'attente et de longues discussions avec les autorités sanitaires de la région.",
    "Selon le responsable du centre de santé, plus de deux mille enfants doivent être vaccinés avant la fin du mois, "
    "un objectif qu'il juge atteignable si les livraisons arrivent à temps.",
    "Les familles des villages voisins ont fait le déplacement dès l'aube, certaines après plusieurs heures de marche "
    "sur des pistes rendues difficiles par les premières pluies de la saison.",
    "Les équipes mobiles se rendront ensuite dans les hameaux les plus éloignés, où les parents n'ont pas toujours "
    "les moyens de conduire leurs enfants jusqu'au centre de santé le plus proche.",
]


def page_labels(lines: list[str]) -> list[str]:
    """The label ``clean_dump`` gives each line of a page made of ``lines``."""
    return [lab for _, lab in clean_dump("\n".join(lines)).labels]


def page_labels_without(rule: str, lines: list[str]) -> list[str]:
    """:func:`page_labels` with the rule ``dump.<rule>`` answering no everywhere (the page before the rule)."""
    with mock.patch.object(dump, rule, lambda *_: False):
        return page_labels(lines)

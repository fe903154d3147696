"""Narrative gold: loading, training the classifier on it, and measuring detections against it.

Gold is JSONL, one article a line (format of ``eval/narratives/README.md``)::

    {"doc": "semeval:train:article2316" | "file:path/in/repo.txt" | "shared:corpus/...",
     "text": "...",            # optional: inline text (Label Studio imports carry it)
     "split": "train" | "test",
     "narratives": [{"id", "voice", "speaker"?, "evidence": [{"start", "end"}]}],
     "stance": [{"target", "target_kb_id"?, "voice", "speaker"?, "score", "evidence"?}]}

Texts the licence forbids redistributing stay in ``../shared`` and are read at evaluation time,
exactly as stored (UTF-8, line ends kept), so the offsets index them. Copyrighted news pages
(``doc: "local:<sha1 of the URL>"``) are never in the repository: their text is read from the folder
named by ``$KIBARU_EXTRA_NARRATIVES`` and must match the gold line's ``sha1``. A Label Studio export (a
JSON list of tasks) is accepted wherever gold is, through :mod:`kibaru.export.labelstudio`.

The scored unit is ``(article, narrative id, voice)``; a second report ignores the voice. The id
``other`` (a narrative outside the label set) is not predicted and not scored.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from kibaru.analyse.metrics import Report, score_items
from kibaru.enrich import narratives as nar
from kibaru.enrich.narrative_model import NarrativeModel, new_model
from kibaru.errors import InputRejected

if TYPE_CHECKING:
    from spacy.tokens import Doc

SEMEVAL_DIRS = {"train": "train-articles-subtask-3", "dev": "dev-articles-subtask-3"}
EXTRA_ENV = "KIBARU_EXTRA_NARRATIVES"  # folder of the local (copyrighted, not redistributed) news texts

# A sentence unit counts as evidence of a gold item when at least this share of it lies inside
# the item's evidence spans (gold evidence is whole sentences cut the same way, so this is ~1).
EVIDENCE_OVERLAP = 0.5


@dataclass
class GoldArticle:
    doc: str
    text: str
    split: str
    narratives: list[dict[str, Any]]
    stance: list[dict[str, Any]] = field(default_factory=list)
    date: str | None = None
    outlet: str | None = None
    synthetic: bool = False
    near_miss: str | None = None  # a curated negative: the narrative it is a near miss of


@dataclass
class Prepared:
    """A gold article run through entities, quotes and the narrative signals."""

    gold: GoldArticle
    entities: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    units: list[nar.Unit]


def shared_root() -> Path:
    """``$KIBARU_SHARED``, else a ``shared`` folder beside the repository or one level up."""
    env = os.environ.get("KIBARU_SHARED")
    if env:
        return Path(env)
    here = Path(__file__).resolve()
    for parent in here.parents:
        cand = parent / "shared"
        if (cand / "corpus").is_dir():
            return cand
    return Path.cwd().parent / "shared"


def repo_root() -> Path:
    return Path(__file__).resolve().parents[3]


def doc_path(doc: str) -> Path:
    kind, _, rest = doc.partition(":")
    if kind == "semeval":
        split, _, article = rest.partition(":")
        if split not in SEMEVAL_DIRS or not article.startswith("article"):
            raise InputRejected(doc, "bad semeval doc reference")
        return shared_root() / "corpus" / "semeval2023_fr" / SEMEVAL_DIRS[split] / f"{article}.txt"
    if kind == "shared":
        return shared_root() / rest
    if kind == "file":
        return repo_root() / rest
    if kind == "local":
        folder = os.environ.get(EXTRA_ENV)
        if not folder:
            raise InputRejected(doc, f"local news text: ${EXTRA_ENV} is not set (these texts are not in the "
                                     "repository)")
        if len(rest) != 40 or any(ch not in "0123456789abcdef" for ch in rest):
            raise InputRejected(doc, "bad local doc reference (expected local:<40 hex digits>)")
        return Path(folder) / f"{rest}.txt"
    raise InputRejected(doc, "unknown doc kind (expected semeval:, shared:, file: or local:)")


def read_text(doc: str) -> str:
    path = doc_path(doc)
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            return fh.read()
    except OSError as exc:
        raise InputRejected(doc, f"text not readable at {path} ({exc.strerror or exc})") from exc


def load_gold(path: Path, splits: Iterable[str] | None = None) -> tuple[list[GoldArticle], list[str]]:
    """Gold articles of ``path`` (JSONL gold or a Label Studio JSON export) and the problems met
    (one message per skipped record, naming file, line and reason)."""
    wanted = set(splits) if splits is not None else None
    problems: list[str] = []
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputRejected(str(path), f"cannot read ({exc.strerror or exc})") from exc
    except UnicodeDecodeError as exc:
        raise InputRejected(str(path), f"not UTF-8 text (byte {exc.start}): not a gold file") from exc
    records: list[tuple[str, dict[str, Any]]] = []
    if raw.lstrip().startswith("["):
        from kibaru.export.labelstudio import gold_from_tasks

        try:
            tasks = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputRejected(str(path), f"not valid JSON ({exc})") from exc
        gold, task_problems = gold_from_tasks(tasks)
        problems += [f"{path}: {p}" for p in task_problems]
        records = [(f"{path}: task {i + 1}", rec) for i, rec in enumerate(gold)]
    else:
        for n, line in enumerate(raw.splitlines(), 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{path}:{n}: not JSON ({exc.msg})")
                continue
            if not isinstance(rec, dict):
                problems.append(f"{path}:{n}: not a JSON object")
                continue
            records.append((f"{path}:{n}", rec))
    out: list[GoldArticle] = []
    for where, rec in records:
        split = str(rec.get("split", "train"))
        if wanted is not None and split not in wanted:
            continue
        try:
            text = rec["text"] if isinstance(rec.get("text"), str) else read_text(str(rec.get("doc", "")))
            if rec.get("sha1") and hashlib.sha1(text.encode("utf-8")).hexdigest() != rec["sha1"]:
                raise InputRejected(str(rec.get("doc")), "the text read differs from the gold's (sha1 mismatch)")
            out.append(_article(rec, text, split))
        except InputRejected as exc:
            problems.append(f"{where}: {exc}")
        except (KeyError, TypeError, ValueError) as exc:
            problems.append(f"{where}: malformed record ({exc})")
    return out, problems


def _article(rec: Mapping[str, Any], text: str, split: str) -> GoldArticle:
    items = []
    narratives = rec.get("narratives") or []
    if not isinstance(narratives, list):
        raise ValueError(f"'narratives' must be a list of objects, got {type(narratives).__name__}")
    for item in narratives:
        if not isinstance(item, Mapping):
            raise ValueError(f"a narrative item must be an object, got {item!r}")
        evidence = [{"start": int(e["start"]), "end": int(e["end"])} for e in item.get("evidence") or []]
        for e in evidence:
            if not 0 <= e["start"] < e["end"] <= len(text):
                raise ValueError(f"evidence {e['start']}-{e['end']} outside the text (length {len(text)})")
        voice = item.get("voice", "author")
        if voice not in {"author", "quoted"}:
            raise ValueError(f"bad voice {voice!r}")
        items.append({**item, "evidence": evidence, "voice": voice})
    return GoldArticle(str(rec.get("doc") or rec.get("id") or ""), text, split, items, list(rec.get("stance") or []),
                       rec.get("date"), rec.get("outlet"), bool(rec.get("synthetic", False)))


# --- running the pipeline on gold texts -----------------------------------------------------


class EmbeddingCache:
    """Sentence embeddings remembered across runs (an .npz per embedder in ``directory``)."""

    CHUNK = 256  # sentences embedded per call (and saved after each)

    def __init__(self, emb: nar.Embedder, directory: Path | None = None):
        self.emb = emb
        self.name = emb.name
        self.path = directory / f"embeddings-{emb.name}.npz" if directory else None
        self.vectors: dict[str, np.ndarray] = {}
        if self.path is not None and self.path.exists():
            try:
                with np.load(self.path, allow_pickle=False) as z:
                    for k, v in zip(z["keys"], z["vectors"], strict=True):
                        self.vectors[str(k)] = v
            except (OSError, ValueError, KeyError):  # a damaged cache is rebuilt
                self.vectors.clear()
        self.dirty = False

    @staticmethod
    def key(text: str) -> str:
        return hashlib.sha1(text.encode()).hexdigest()

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        missing = list(dict.fromkeys(t for t in texts if self.key(t) not in self.vectors))
        for at in range(0, len(missing), self.CHUNK):
            chunk = missing[at : at + self.CHUNK]
            for t, v in zip(chunk, self.emb.encode(chunk), strict=True):
                self.vectors[self.key(t)] = v
            self.dirty = True
            self.save()  # a long first run keeps what it computed if interrupted
        if not texts:
            return self.emb.encode([])
        return np.vstack([self.vectors[self.key(t)] for t in texts])

    def save(self) -> None:
        if self.path is None or not self.dirty:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        keys = list(self.vectors)
        tmp = self.path.with_suffix(".tmp.npz")
        np.savez_compressed(tmp, keys=np.asarray(keys), vectors=np.vstack([self.vectors[k] for k in keys]))
        tmp.replace(self.path)
        self.dirty = False


class _CachedEmbedder(nar.Embedder):
    def __init__(self, cache: EmbeddingCache):
        self.cache = cache
        self.name = cache.name

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        return self.cache.encode(texts)


@dataclass
class Workbench:
    """The parse, knowledge base, matcher and embedder used to prepare gold articles."""

    settings: Mapping[str, Any] | None = None
    cache_dir: Path | None = None
    embed: bool = True

    def __post_init__(self) -> None:
        from kibaru.enrich import nlp as _nlp
        from kibaru.enrich.entities import _kb, pipeline_for

        self.nlp, self.key = pipeline_for(self.settings)
        self.kb = _kb(_nlp.enrich_settings(self.settings).get("kb_path"))
        self.index = nar.kb_groups(_nlp.enrich_settings(self.settings).get("kb_path"))
        self.matcher = nar.matcher_for(self.nlp)
        self.concepts = nar.kb_concepts(_nlp.enrich_settings(self.settings).get("kb_path"))
        self.embedder: nar.Embedder | None = None
        self.cache: EmbeddingCache | None = None
        self.exemplars: nar.ExemplarIndex | None = None
        if self.embed:
            kind = str(nar.narrative_settings(self.settings).get("embedder", "auto"))
            self.cache = EmbeddingCache(nar.embedder(kind), self.cache_dir)
            self.embedder = _CachedEmbedder(self.cache)
            self.exemplars = nar.ExemplarIndex.build(self.embedder)

    def _parse_path(self, art: GoldArticle) -> Path | None:
        if self.cache_dir is None:
            return None
        h = hashlib.sha1(f"{self.key}\0{art.date}\0{art.text}".encode()).hexdigest()
        return self.cache_dir / "parsed" / f"{h}.pkl"

    def parse(self, articles: Sequence[GoldArticle]) -> tuple[list[Doc], list[list[dict[str, Any]]],
                                                             list[list[dict[str, Any]]]]:
        """Docs, linked entities and quotes of ``articles``; remembered per text in
        ``cache_dir/parsed/`` (our own pickles) so that a growing gold only parses its new texts."""
        import pickle

        from spacy.tokens import Doc as _Doc

        from kibaru.enrich import nlp as _nlp
        from kibaru.enrich.entities import entities_for_docs
        from kibaru.enrich.quotes import quotes_for_docs

        n = len(articles)
        docs: list[Any] = [None] * n
        ents: list[Any] = [None] * n
        quotes: list[Any] = [None] * n
        todo = []
        for i, art in enumerate(articles):
            path = self._parse_path(art)
            if path is not None and path.exists():
                try:
                    with open(path, "rb") as fh:
                        raw, e, q = pickle.load(fh)  # written below by this class
                    docs[i], ents[i], quotes[i] = _Doc(self.nlp.vocab).from_bytes(raw), e, q
                    continue
                except (OSError, ValueError, EOFError, pickle.UnpicklingError):
                    pass
            todo.append(i)
        if todo:
            new_docs = list(_nlp.run(self.nlp, [articles[i].text for i in todo], self.settings))
            dates = [articles[i].date for i in todo]
            new_ents = entities_for_docs(new_docs, dates, self.kb)
            new_quotes = quotes_for_docs(new_docs, new_ents, dates, kb=self.kb)
            for i, d, e, q in zip(todo, new_docs, new_ents, new_quotes, strict=True):
                docs[i], ents[i], quotes[i] = d, e, q
                path = self._parse_path(articles[i])
                if path is not None:
                    path.parent.mkdir(parents=True, exist_ok=True)
                    tmp = path.with_suffix(".tmp")
                    with open(tmp, "wb") as fh:
                        pickle.dump((d.to_bytes(), e, q), fh)
                    tmp.replace(path)
        return docs, ents, quotes

    def prepare(self, articles: Sequence[GoldArticle]) -> list[Prepared]:
        docs, ents, quotes = self.parse(articles)
        out = []
        for art, doc, e, q in zip(articles, docs, ents, quotes, strict=True):
            units = nar.article_units(doc, e, q, self.index, self.matcher, self.concepts)
            for u in units:
                u.doc = art.doc
                u.near_miss = art.near_miss
            out.append(Prepared(art, e, q, units))
        if self.embedder is not None and self.exemplars is not None:
            nar.attach_similarities_batch([p.units for p in out], self.embedder, self.exemplars)
        if self.cache is not None:
            self.cache.save()
        return out

    def exemplar_units(self) -> tuple[list[nar.Unit], np.ndarray]:
        """Every exemplar sentence as a training unit labelled with its narrative; its similarity
        features leave the exemplar itself out."""
        from kibaru.enrich import nlp as _nlp
        from kibaru.enrich.entities import entities_for_docs

        ids = nar.label_ids()
        texts: list[str] = []
        cols: list[int] = []
        for col, nid in enumerate(ids):
            for s in nar.exemplars()[nid]:
                texts.append(s)
                cols.append(col)
        docs = list(_nlp.run(self.nlp, texts, self.settings))
        ents = entities_for_docs(docs, [None] * len(docs), self.kb)
        units: list[nar.Unit] = []
        for doc, e in zip(docs, ents, strict=True):
            found = nar.article_units(doc, e, [], self.index, self.matcher, self.concepts)
            whole = nar.Unit(0, len(doc.text), doc.text, " ".join(u.lemmas for u in found))
            for u in found:
                whole.groups |= u.groups
                whole.subject_groups |= u.subject_groups
                whole.hits += u.hits
            units.append(whole)
        if self.embedder is not None and self.exemplars is not None:
            vecs = self.embedder.encode(texts)
            sims = self.exemplars.similarities(vecs, exclude=list(range(len(texts))))
            for u, row in zip(units, sims, strict=True):
                u.sims = row
        y = np.zeros((len(units), len(ids)), dtype=np.int8)
        for i, col in enumerate(cols):
            y[i, col] = 1
        if self.cache is not None:
            self.cache.save()
        return units, y


def negative_articles() -> list[GoldArticle]:
    """The curated negative exemplars (``data/narratives/negatives.yaml``: synthetic on-topic
    sentences carrying no narrative) as negative training articles, one per text. Training only."""
    raw = nar.read_data("negatives.yaml") or {}
    out = []
    for near, texts in (raw.get("near") or {}).items():
        for i, text in enumerate(texts or []):
            if near not in nar.label_ids():
                raise InputRejected("negatives.yaml", f"unknown narrative id {near!r}")
            out.append(GoldArticle(f"negative:{near}:{i}", str(text), "train", [], synthetic=True, near_miss=near))
    return out


def unit_labels(prepared: Prepared) -> np.ndarray:
    """(n_units, n_labels) 0/1: which narratives each sentence is gold evidence of (any voice)."""
    ids = {nid: i for i, nid in enumerate(nar.label_ids())}
    y = np.zeros((len(prepared.units), len(ids)), dtype=np.int8)
    for item in prepared.gold.narratives:
        col = ids.get(item["id"])
        if col is None:
            continue
        for i, u in enumerate(prepared.units):
            inside = sum(max(0, min(u.end, e["end"]) - max(u.start, e["start"])) for e in item["evidence"])
            if inside >= EVIDENCE_OVERLAP * (u.end - u.start):
                y[i, col] = 1
    return y


def training_data(prepared: Sequence[Prepared], exemplars: tuple[list[nar.Unit], np.ndarray] | None = None
                  ) -> tuple[list[nar.Unit], np.ndarray]:
    units: list[nar.Unit] = []
    blocks: list[np.ndarray] = []
    for p in prepared:
        units += p.units
        blocks.append(unit_labels(p))
    if exemplars is not None:
        units += exemplars[0]
        blocks.append(exemplars[1])
    y = np.vstack(blocks) if blocks else np.zeros((0, len(nar.label_ids())), dtype=np.int8)
    return units, y


def train(prepared: Sequence[Prepared], kind: str = "prototypes",
          exemplars: tuple[list[nar.Unit], np.ndarray] | None = None,
          c: float | None = None) -> NarrativeModel:
    model = new_model(kind, c)
    units, y = training_data(prepared, exemplars)
    model.fit(units, y)
    return model


def predict(prepared: Sequence[Prepared], model: NarrativeModel) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    for p in prepared:
        if model.needs_embeddings() and not any(u.candidate for u in p.units):
            out.append([])
            continue
        probs = model.predict_proba(p.units)
        out.append(nar.detections(p.units, probs, model.thresholds(), decision=model.decision_rules()))
    return out


def gold_units(articles: Sequence[GoldArticle], with_voice: bool = True) -> set[tuple[str, str, str]]:
    known = set(nar.label_ids())
    return {(a.doc, n["id"], n["voice"] if with_voice else "*")
            for a in articles for n in a.narratives if n["id"] in known}


def system_units(articles: Sequence[GoldArticle], found: Sequence[Sequence[Mapping[str, Any]]],
                 with_voice: bool = True) -> set[tuple[str, str, str]]:
    return {(a.doc, d["id"], d["voice"] if with_voice else "*")
            for a, ds in zip(articles, found, strict=True) for d in ds}


def evaluate(articles: Sequence[GoldArticle], found: Sequence[Sequence[Mapping[str, Any]]]) -> dict[str, Report]:
    """Reports ``with_voice`` (unit: article, narrative, voice) and ``ignoring_voice``."""
    def label(u: Any) -> str:
        return str(u[1])

    return {
        "with_voice": score_items(gold_units(articles), system_units(articles, found), label, nar.label_ids(),
                                  macro="active"),
        "ignoring_voice": score_items(gold_units(articles, False), system_units(articles, found, False), label,
                                      nar.label_ids(), macro="active"),
    }


def other_count(articles: Sequence[GoldArticle]) -> int:
    return sum(1 for a in articles for n in a.narratives if n["id"] not in set(nar.label_ids()))

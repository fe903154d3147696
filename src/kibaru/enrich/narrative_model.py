"""Narrative classifiers behind one small protocol, so other backends (a fine-tuned transformer,
an LLM) can replace the default without touching the component.

A model scores sentence units (:class:`kibaru.enrich.narratives.Unit`): ``predict_proba`` returns
one probability per unit and narrative label; ``thresholds`` the per-label cut-offs. Two
implementations ship:

``signals``  (:class:`SignalsModel`, the default) one logistic regression per label over the
             unit's explainable signals — exemplar similarities, pattern scores, target groups
             named and in subject position — plus TF-IDF of its lemmas. Only candidate units
             (naming a target group or matching a pattern) are scored.
``tfidf``    (:class:`TfidfModel`) TF-IDF + logistic regression over every sentence, nothing
             else: the baseline the benchmark compares against.

Models are saved as a directory: ``model.json`` (kind, labels, vocabulary, thresholds, training
summary) and ``weights.npz`` (arrays only, loaded without pickle), plus ``exemplars.npz`` (the
exemplar embeddings, reused while the exemplars file and the embedder are unchanged).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np
from scipy import sparse

from kibaru.enrich import narratives as nar
from kibaru.errors import ConfigError

FORMAT_VERSION = 1

# Default probability cut-off. Chosen by article-grouped 4-fold cross-validation on the real gold
# train split (grid 0.2-0.8 with C and class weighting; benchmarks/RESULTS.md "Narratives"), never
# on the test split.
DEFAULT_THRESHOLD = 0.6

# The prototype model (the default since round 5): inverse regularisation of its single logistic
# regression and its probability cut-off (when thresholds.yaml gives none); chosen by article-grouped
# cross-validation on the gold train split (benchmarks/cv_narratives.py; RESULTS.md "Narratives",
# rounds 5, 6 and 7: round 7 cross-validates on the train and news-train splits).
DEFAULT_PROTO_C = 0.1
DEFAULT_PROTO_THRESHOLD = 0.98

# Multiplier on the dense signal columns so that they weigh against the L2-normalised TF-IDF
# row under the same regularisation (exemplar similarities live in about [-0.1, 0.15]).
SIM_SCALE = 10.0
SIGNAL_SCALE = 1.0

# Inverse regularisation strength of the logistic regressions (sklearn's C), and whether classes
# are re-weighted to balance (positives are rare); chosen by the same cross-validation.
DEFAULT_C = 0.3
DEFAULT_BALANCED = True

# Where `kibaru train narratives` writes and the pipeline looks first, unless [narratives] model
# names another directory; when absent, the model shipped in the package is used.
DEFAULT_USER_MODEL = Path("kibaru-models") / "narratives"


class NarrativeModel(Protocol):
    """What the narratives component needs from a classifier."""

    @property
    def kind(self) -> str: ...

    def fit(self, units: Sequence[nar.Unit], y: np.ndarray) -> None:
        """Train on units and a (n_units, n_labels) 0/1 matrix in the order of ``labels.yaml``."""
        ...

    def predict_proba(self, units: Sequence[nar.Unit]) -> np.ndarray:
        """(n_units, n_labels) probabilities; units the model does not score get 0."""
        ...

    def thresholds(self) -> list[float]: ...

    def set_thresholds(self, values: Sequence[float]) -> None: ...

    def needs_embeddings(self) -> bool: ...

    def decision_rules(self) -> nar.Decision:
        """The article-level decision rules (gates, cap, second-sentence requirement)."""
        ...

    def save(self, path: Path) -> None: ...

    def exemplar_index(self, emb: nar.Embedder) -> nar.ExemplarIndex: ...


def _tfidf(vocabulary: Mapping[str, int] | None = None) -> Any:
    from sklearn.feature_extraction.text import TfidfVectorizer

    return TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=1, vocabulary=vocabulary,
                           token_pattern=r"(?u)\b\w[\w'-]*\b")


@dataclass
class _Linear:
    """TF-IDF + optional dense columns + one logistic regression per label."""

    kind: ClassVar[str] = "base"
    use_signals: ClassVar[bool] = False
    c: float = DEFAULT_C
    balanced: bool = DEFAULT_BALANCED
    vocabulary: dict[str, int] = field(default_factory=dict)
    idf: np.ndarray = field(default_factory=lambda: np.zeros(0))
    coef: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    intercept: np.ndarray = field(default_factory=lambda: np.zeros(0))
    cutoffs: list[float] = field(default_factory=list)
    info: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    _vec: Any = None

    # features --------------------------------------------------------------------------------
    def _dense(self, units: Sequence[nar.Unit]) -> np.ndarray:
        groups = nar.group_names()
        n_lab = len(nar.label_ids())
        rows = np.zeros((len(units), 2 * n_lab + 2 * len(groups)), dtype=np.float32)
        for i, u in enumerate(units):
            sims = u.sims if u.sims is not None else np.zeros(n_lab, dtype=np.float32)
            rows[i, :n_lab] = sims * SIM_SCALE
            rows[i, n_lab : 2 * n_lab] = u.pattern_scores() * SIGNAL_SCALE
            for j, g in enumerate(groups):
                rows[i, 2 * n_lab + j] = g in u.groups
                rows[i, 2 * n_lab + len(groups) + j] = g in u.subject_groups
        return rows

    def _matrix(self, units: Sequence[nar.Unit]) -> Any:
        if self._vec is None:
            self._vec = _tfidf(self.vocabulary)
            self._vec.idf_ = self.idf
        x = self._vec.transform([u.lemmas for u in units])
        if self.use_signals:
            x = sparse.hstack([x, sparse.csr_matrix(self._dense(units))], format="csr")
        return x

    def _scored(self, units: Sequence[nar.Unit]) -> list[int]:
        return [i for i, u in enumerate(units) if u.candidate] if self.use_signals else list(range(len(units)))

    # protocol --------------------------------------------------------------------------------
    def fit(self, units: Sequence[nar.Unit], y: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        keep = self._scored(units)
        units = [units[i] for i in keep]
        y = y[keep]
        if not units:
            raise ConfigError("no sentence to train on: none names a target group or matches a pattern")
        vec = _tfidf()
        vec.fit([u.lemmas for u in units])
        self.vocabulary = {k: int(v) for k, v in vec.vocabulary_.items()}
        self.idf = np.asarray(vec.idf_, dtype=np.float64)
        self._vec = None
        x = self._matrix(units)
        n_lab = y.shape[1]
        self.coef = np.zeros((n_lab, x.shape[1]), dtype=np.float32)
        self.intercept = np.full(n_lab, -10.0, dtype=np.float32)  # a label never seen is never predicted
        for col in range(n_lab):
            target = y[:, col]
            if target.min() == target.max():
                continue
            clf = LogisticRegression(C=self.c, class_weight="balanced" if self.balanced else None,
                                     solver="liblinear", max_iter=1000)
            clf.fit(x, target)
            self.coef[col] = clf.coef_[0]
            self.intercept[col] = clf.intercept_[0]
        if len(self.cutoffs) != n_lab:
            self.cutoffs = [DEFAULT_THRESHOLD] * n_lab
        self.info.update({"units": len(units), "positives": {nid: int(y[:, i].sum()) for i, nid in
                                                              enumerate(nar.label_ids())}})

    def predict_proba(self, units: Sequence[nar.Unit]) -> np.ndarray:
        out = np.zeros((len(units), len(nar.label_ids())), dtype=np.float32)
        keep = self._scored(units)
        if not keep or self.coef.size == 0:
            return out
        x = self._matrix([units[i] for i in keep])
        logits = np.asarray(x @ self.coef.T) + self.intercept
        out[keep] = 1.0 / (1.0 + np.exp(-logits))
        return out

    def thresholds(self) -> list[float]:
        return list(self.cutoffs) or [DEFAULT_THRESHOLD] * len(nar.label_ids())

    def set_thresholds(self, values: Sequence[float]) -> None:
        self.cutoffs = [float(v) for v in values]

    def needs_embeddings(self) -> bool:
        return self.use_signals

    def decision_rules(self) -> nar.Decision:
        return nar.LEGACY_DECISION  # the round-4/5 rules these models were chosen with

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT_VERSION, "kind": self.kind, "labels": list(nar.label_ids()),
            "groups": list(nar.group_names()), "c": self.c, "balanced": self.balanced, "thresholds": self.thresholds(),
            "vocabulary": self.vocabulary, "info": self.info,
        }
        (path / "model.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        np.savez_compressed(path / "weights.npz", idf=self.idf, coef=self.coef.astype(np.float32),
                            intercept=self.intercept.astype(np.float32))
        if self.source is not None and (self.source / "exemplars.npz").exists() and self.source != path:
            (path / "exemplars.npz").write_bytes((self.source / "exemplars.npz").read_bytes())
        self.source = path

    def exemplar_index(self, emb: nar.Embedder) -> nar.ExemplarIndex:
        return exemplar_index_for(self.source, emb)


@dataclass
class SignalsModel(_Linear):
    kind: ClassVar[str] = "signals"
    use_signals: ClassVar[bool] = True


@dataclass
class TfidfModel(_Linear):
    kind: ClassVar[str] = "tfidf"
    use_signals: ClassVar[bool] = False


KINDS: dict[str, type[_Linear]] = {"signals": SignalsModel, "tfidf": TfidfModel}
ALL_KINDS = ("prototypes", *KINDS)


def new_model(kind: str = "signals", c: float | None = None) -> NarrativeModel:
    if kind == "prototypes":
        return ProtoModel(c=c if c is not None else DEFAULT_PROTO_C)
    if kind not in KINDS:
        raise ConfigError(f"unknown narrative model kind {kind!r} (known: {', '.join(ALL_KINDS)})")
    return KINDS[kind](c=c if c is not None else DEFAULT_C)


def load_model(path: Path) -> NarrativeModel:
    """A saved model directory; raises ConfigError naming the path when it is missing or corrupt."""
    try:
        meta = json.loads((path / "model.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ConfigError(f"cannot load the narrative model in {path}: {exc}") from exc
    if meta.get("format") == FORMAT_VERSION and meta.get("kind") == ProtoModel.kind:
        _check_labels(path, meta)
        return ProtoModel.load(path, meta)
    try:
        with np.load(path / "weights.npz", allow_pickle=False) as w:
            arrays = {k: w[k] for k in ("idf", "coef", "intercept")}
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(f"cannot load the narrative model in {path}: {exc}") from exc
    if meta.get("format") != FORMAT_VERSION or meta.get("kind") not in KINDS:
        raise ConfigError(f"{path}/model.json: unsupported model format/kind {meta.get('format')}/{meta.get('kind')}")
    if list(meta.get("labels", [])) != list(nar.label_ids()) or list(meta.get("groups", [])) != list(nar.group_names()):
        raise ConfigError(f"{path}: the model was trained on another label set or target groups; retrain it")
    model = KINDS[meta["kind"]](
        c=float(meta.get("c", DEFAULT_C)), balanced=bool(meta.get("balanced", DEFAULT_BALANCED)),
        vocabulary=dict(meta["vocabulary"]), idf=arrays["idf"],
        coef=arrays["coef"], intercept=arrays["intercept"], cutoffs=[float(t) for t in meta["thresholds"]],
        info=dict(meta.get("info", {})), source=path,
    )
    return model


def _check_labels(path: Path, meta: Mapping[str, Any]) -> None:
    if list(meta.get("labels", [])) != list(nar.label_ids()) or list(meta.get("groups", [])) != list(nar.group_names()):
        raise ConfigError(f"{path}: the model was trained on another label set or target groups; retrain it")


def shipped_model_path() -> Path:
    return Path(str(resources.files("kibaru") / "data" / "models" / "narratives"))


def configured_model_path(settings: Mapping[str, Any] | None) -> Path:
    """Where the pipeline's model lives: ``[narratives] model`` (or $KIBARU_NARRATIVE_MODEL), else
    ``./kibaru-models/narratives`` when a trained model is there, else the shipped model."""
    table = nar.narrative_settings(settings)
    named = os.environ.get("KIBARU_NARRATIVE_MODEL") or table.get("model")
    if named:
        return Path(str(named)).expanduser()
    if (DEFAULT_USER_MODEL / "model.json").exists():
        return DEFAULT_USER_MODEL
    return shipped_model_path()


def training_output_path(settings: Mapping[str, Any] | None) -> Path:
    """Where `kibaru train narratives` saves by default (the path the pipeline looks at first)."""
    table = nar.narrative_settings(settings)
    named = os.environ.get("KIBARU_NARRATIVE_MODEL") or table.get("model")
    return Path(str(named)).expanduser() if named else DEFAULT_USER_MODEL


def load_configured_model(settings: Mapping[str, Any] | None) -> NarrativeModel:
    return load_model(configured_model_path(settings))


_EXEMPLAR_CACHE: dict[tuple[str, str, str], nar.ExemplarIndex] = {}


def exemplar_index_for(model_dir: Path | None, emb: nar.Embedder) -> nar.ExemplarIndex:
    """Exemplar embeddings: from ``model_dir/exemplars.npz`` when it matches the current exemplars
    and embedder, else computed (and written back when the directory is writable)."""
    digest = nar.exemplars_digest()
    key = (str(model_dir), emb.name, digest)
    if key in _EXEMPLAR_CACHE:
        return _EXEMPLAR_CACHE[key]
    index: nar.ExemplarIndex | None = None
    cache = model_dir / "exemplars.npz" if model_dir is not None else None
    if cache is not None and cache.exists():
        try:
            with np.load(cache, allow_pickle=False) as z:
                if str(z["digest"]) == digest and str(z["embedder"]) == emb.name:
                    index = nar.ExemplarIndex(z["vectors"], z["owner"], tuple(str(t) for t in z["texts"]))
        except (OSError, ValueError, KeyError):
            index = None
    if index is None:
        index = nar.ExemplarIndex.build(emb)
        if cache is not None:
            try:
                cache.parent.mkdir(parents=True, exist_ok=True)
                np.savez_compressed(cache, vectors=index.vectors, owner=index.owner, texts=np.asarray(index.texts),
                                    digest=np.asarray(digest), embedder=np.asarray(emb.name))
            except OSError:
                pass  # a read-only install: recompute next time
    _EXEMPLAR_CACHE[key] = index
    return index


# --- prototype (nearest-neighbour) model ----------------------------------------------------


def proto_thresholds() -> list[float]:
    """Per-label cut-offs of the prototype model from ``data/narratives/thresholds.yaml`` (written
    from the train-split cross-validation), the default for labels it does not list."""
    raw = nar.read_data("thresholds.yaml") or {}
    default = float(raw.get("default", DEFAULT_PROTO_THRESHOLD))
    per = raw.get("labels") or {}
    unknown = set(per) - set(nar.label_ids())
    if unknown:
        raise ConfigError(f"thresholds.yaml: unknown narrative ids {sorted(unknown)}")
    return [float(per.get(nid, default)) for nid in nar.label_ids()]


def proto_decision() -> nar.Decision:
    """The prototype model's article-level decision rules from ``thresholds.yaml`` ``decision``
    (train-split CV); the round-5 rules when the file has none."""
    raw = nar.read_data("thresholds.yaml") or {}
    return nar.Decision.from_mapping(raw.get("decision")) if raw.get("decision") else nar.LEGACY_DECISION


def _vec(u: nar.Unit) -> np.ndarray:
    if u.vec is None:
        raise ValueError("unit without embedding")
    return np.asarray(u.vec, dtype=np.float32)

# Features of one (sentence, narrative) pair, in the order of ProtoModel.FEATURES. Similarity
# differences live in about [-0.2, 0.2]; this factor puts them on the scale of the 0/1 columns.
PROTO_SCALE = 10.0
# The "probe" feature (round 7): inverse regularisation of its per-narrative logistic regressions over
# the sentence embeddings, the article-grouped folds that cross-fit it for the training features, and
# the divisor of its logit (clipped to [-3, 3]) so that it weighs like the similarity features.
PROBE_C = 1.0
PROBE_FOLDS = 3
PROBE_SCALE = 4.0


@dataclass
class ProtoModel:
    """Nearest-neighbour scoring of sentences against the evidence sentences of the training gold.

    Every candidate sentence of the training articles is a *prototype*: a positive of each narrative
    it is gold evidence of, a negative otherwise (sentences of negative articles, of ``other``
    narratives, the scene-setting sentences around an item). A new sentence is compared with them
    (cosine of e5 embeddings) and, per narrative, described by a handful of label-agnostic features:
    closeness to the narrative's positives, margin over the closest negative and over the other
    narratives, closeness to the curated exemplars, pattern cues, and whether the sentence (or its
    neighbour) names an actor the narrative is about (``labels.yaml`` ``actors``). ONE logistic
    regression over these features serves every label, so a label with three training items borrows
    what the others teach about "how close is close enough". While training, a sentence is never
    compared with prototypes from its own article (leave-article-out), so the features it learns
    from look like the ones it will see on new text.
    """

    kind: ClassVar[str] = "prototypes"
    FEATURES: ClassVar[tuple[str, ...]] = (
        "pos", "pos_minus_neg", "pos_minus_other", "exemplar", "exemplar_minus_other",
        "pattern", "actor_in_sentence", "actor_nearby", "has_prototypes", "topic_cue", "gate", "pos_minus_near_miss",
        "pos_top3", "article_pos", "probe",
    )
    # The features a new model uses: those of round 5. "gate" (the label's gate holds, gates.yaml)
    # and "pos_minus_near_miss" (margin over the label's curated near-miss negatives) lowered the
    # train-split CV micro-F1 (cv_narratives.py, RESULTS.md round 6); a model saved with any subset
    # of FEATURES loads and scores as it did.
    DEFAULT_FEATURES: ClassVar[tuple[str, ...]] = FEATURES[:10]
    c: float = DEFAULT_PROTO_C
    feature_names: tuple[str, ...] = DEFAULT_FEATURES
    balanced: bool = True
    k_neg: int = 1
    pos_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    pos_label: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    neg_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    # curated negatives (negatives.yaml) and the narrative each is a near miss of
    near_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    near_label: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    coef: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    intercept: float = 0.0
    cutoffs: list[float] = field(default_factory=list)
    decision: nar.Decision | None = None
    info: dict[str, Any] = field(default_factory=dict)
    source: Path | None = None
    # "probe" feature (round 7): one logistic regression per narrative over the sentence embedding
    # (weights only; (n_labels, dim) and (n_labels,)); its logit is a feature of the shared regression
    probe_coef: np.ndarray = field(default_factory=lambda: np.zeros((0, 0), dtype=np.float32))
    probe_intercept: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.float32))
    _pos_doc: np.ndarray | None = None
    _neg_doc: np.ndarray | None = None
    _probe_rows: np.ndarray | None = None  # training only: cross-fitted probe logits of the training units

    # features --------------------------------------------------------------------------------
    def features(self, units: Sequence[nar.Unit], exclude_docs: bool = False) -> np.ndarray:
        """(n_units, n_labels, n_features) over the model's ``feature_names``; units without an
        embedding get zeros."""
        full = self._all_features(units, exclude_docs)
        if self.feature_names == self.FEATURES:
            return full
        return full[:, :, [self.FEATURES.index(f) for f in self.feature_names]]

    def _all_features(self, units: Sequence[nar.Unit], exclude_docs: bool = False) -> np.ndarray:
        labs = nar.labels()
        n_lab = len(labs)
        out = np.zeros((len(units), n_lab, len(self.FEATURES)), dtype=np.float32)
        rows = [i for i, u in enumerate(units) if u.vec is not None]
        if not rows:
            return out
        v = np.vstack([_vec(units[i]) for i in rows])
        docs = np.asarray([units[i].doc or "" for i in rows], dtype=object)
        pos = np.full((len(rows), n_lab), np.nan, dtype=np.float32)
        top3 = np.full((len(rows), n_lab), np.nan, dtype=np.float32)
        if len(self.pos_vectors):
            sp = v @ self.pos_vectors.astype(np.float32).T
            if exclude_docs and self._pos_doc is not None:
                sp[docs[:, None] == self._pos_doc[None, :]] = -1.0
            for col in range(n_lab):
                cols = self.pos_label == col
                if cols.any():
                    best = sp[:, cols].max(axis=1)
                    pos[:, col] = np.where(best > -1.0, best, np.nan)
                    k = min(3, int(cols.sum()))
                    mean_k = np.sort(sp[:, cols], axis=1)[:, -k:].mean(axis=1)
                    top3[:, col] = np.where(best > -1.0, mean_k, np.nan)
        if len(self.neg_vectors):
            sn = v @ self.neg_vectors.astype(np.float32).T
            if exclude_docs and self._neg_doc is not None:
                sn[docs[:, None] == self._neg_doc[None, :]] = -1.0
            k = min(self.k_neg, sn.shape[1])
            neg = np.sort(sn, axis=1)[:, -k:].mean(axis=1)
        else:
            neg = np.zeros(len(rows), dtype=np.float32)
        has = ~np.isnan(pos)
        filled = np.where(has, pos, neg[:, None])  # no prototype: as close as the negatives
        filled3 = np.where(np.isnan(top3), neg[:, None], top3)
        # the article's closest sentence to each narrative's positives (the article is about it)
        art_best = np.zeros_like(filled)
        for d in set(docs.tolist()):
            same = docs == d
            art_best[same] = filled[same].max(axis=0)
        near = np.full((len(rows), n_lab), np.nan, dtype=np.float32)
        if len(self.near_vectors):
            sh = v @ self.near_vectors.astype(np.float32).T
            for col in range(n_lab):
                cols = self.near_label == col
                if cols.any():
                    near[:, col] = sh[:, cols].max(axis=1)
        near = np.where(np.isnan(near), neg[:, None], near)  # no near miss of the label: the closest negative
        if self._probe_rows is not None and len(self._probe_rows) == len(rows):
            probe = self._probe_rows
        elif self.probe_coef.size:
            probe = np.clip((v @ self.probe_coef.T + self.probe_intercept) / PROBE_SCALE, -3.0, 3.0)
        else:
            probe = np.zeros((len(rows), n_lab), dtype=np.float32)
        zero = np.zeros(n_lab, dtype=np.float32)
        sims = np.vstack([np.asarray(units[i].sims) if units[i].sims is not None else zero for i in rows])
        for col, lab in enumerate(labs):
            others = [c for c in range(n_lab) if c != col]
            f = out[rows, col]
            f[:, 0] = filled[:, col] * PROTO_SCALE
            f[:, 1] = (filled[:, col] - neg) * PROTO_SCALE
            f[:, 2] = (filled[:, col] - filled[:, others].max(axis=1)) * PROTO_SCALE
            f[:, 3] = sims[:, col] * PROTO_SCALE
            f[:, 4] = (sims[:, col] - sims[:, others].max(axis=1)) * PROTO_SCALE
            for r, i in enumerate(rows):
                u = units[i]
                f[r, 5] = min(1.0, sum(h.weight for h in u.hits if h.narrative == lab.id))
                f[r, 6] = bool(lab.actors & u.groups)
                f[r, 7] = bool(lab.actors & (u.groups | u.near_groups))
                f[r, 9] = lab.id in u.topics
                f[r, 10] = u.gates is None or lab.id in u.gates
            f[:, 11] = (filled[:, col] - near[:, col]) * PROTO_SCALE
            f[:, 12] = (filled3[:, col] - neg) * PROTO_SCALE
            f[:, 13] = (art_best[:, col] - neg) * PROTO_SCALE
            f[:, 14] = probe[:, col]
            f[:, 8] = has[:, col]
            out[rows, col] = f
        return out

    # protocol --------------------------------------------------------------------------------
    def fit(self, units: Sequence[nar.Unit], y: np.ndarray) -> None:
        from sklearn.linear_model import LogisticRegression

        keep = [i for i, u in enumerate(units) if u.vec is not None]
        if not keep:
            raise ConfigError("no embedded sentence to train on (the prototype model needs the e5 embeddings)")
        units = [units[i] for i in keep]
        y = np.asarray(y)[keep]
        vecs = np.vstack([_vec(u) for u in units])
        docs = np.asarray([u.doc or f"#{i}" for i, u in enumerate(units)], dtype=object)
        pos_rows, pos_cols = np.nonzero(y)
        self.pos_vectors = vecs[pos_rows]
        self.pos_label = pos_cols.astype(np.int32)
        self._pos_doc = docs[pos_rows]
        neg = np.nonzero(y.sum(axis=1) == 0)[0]
        self.neg_vectors = vecs[neg]
        self._neg_doc = docs[neg]
        if "probe" in self.feature_names:
            self._fit_probe(vecs, y, docs)
        ids = {nid: i for i, nid in enumerate(nar.label_ids())}
        near = [i for i, u in enumerate(units) if u.near_miss in ids]
        self.near_vectors = vecs[near] if near else np.zeros((0, vecs.shape[1]), dtype=np.float32)
        self.near_label = np.asarray([ids[str(units[i].near_miss)] for i in near], dtype=np.int32)
        x = self.features(units, exclude_docs=True).reshape(-1, len(self.feature_names))
        self._probe_rows = None
        t = y.reshape(-1)
        if t.min() == t.max():  # no evidence sentence at all (or only evidence): nothing is detected
            self.coef = np.zeros(len(self.feature_names), dtype=np.float32)
            self.intercept = -10.0
        else:
            clf = LogisticRegression(C=self.c, class_weight="balanced" if self.balanced else None,
                                     solver="liblinear", max_iter=1000)
            clf.fit(x, t)
            self.coef = clf.coef_[0].astype(np.float32)
            self.intercept = float(clf.intercept_[0])
        if len(self.cutoffs) != y.shape[1]:
            self.cutoffs = proto_thresholds()
        if self.decision is None:
            self.decision = proto_decision()
        self.info.update({
            "units": len(units), "negatives": len(neg),
            "positives": {nid: int(y[:, i].sum()) for i, nid in enumerate(nar.label_ids())},
            "weights": {f: round(float(w), 4) for f, w in zip(self.feature_names, self.coef, strict=True)},
        })

    def _fit_probe(self, vecs: np.ndarray, y: np.ndarray, docs: np.ndarray) -> None:
        """Per-narrative logistic regressions over the sentence embeddings: cross-fitted by article
        (PROBE_FOLDS) for the training features, then refitted on everything for new text."""
        from sklearn.linear_model import LogisticRegression

        n, n_lab = y.shape
        fold = np.asarray([int(hashlib.sha1(str(d).encode()).hexdigest(), 16) % PROBE_FOLDS for d in docs])

        def fit_predict(train: np.ndarray, apply: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
            coef = np.zeros((n_lab, vecs.shape[1]), dtype=np.float32)
            icpt = np.full(n_lab, -10.0 * PROBE_SCALE, dtype=np.float32)
            for col in range(n_lab):
                target = y[train, col]
                if target.min() == target.max():
                    continue
                clf = LogisticRegression(C=PROBE_C, class_weight="balanced", solver="liblinear", max_iter=1000)
                clf.fit(vecs[train], target)
                coef[col], icpt[col] = clf.coef_[0], clf.intercept_[0]
            return coef, icpt, np.clip((vecs[apply] @ coef.T + icpt) / PROBE_SCALE, -3.0, 3.0)

        rows = np.zeros((n, n_lab), dtype=np.float32)
        for k in range(PROBE_FOLDS):
            held = fold == k
            if held.any() and (~held).any():
                rows[held] = fit_predict(~held, held)[2]
        self.probe_coef, self.probe_intercept, _ = fit_predict(np.ones(n, dtype=bool), np.zeros(n, dtype=bool))
        self._probe_rows = rows

    def predict_proba(self, units: Sequence[nar.Unit]) -> np.ndarray:
        n_lab = len(nar.label_ids())
        out = np.zeros((len(units), n_lab), dtype=np.float32)
        if self.coef.size == 0:
            return out
        x = self.features(units)
        logits = x @ self.coef + self.intercept
        probs = 1.0 / (1.0 + np.exp(-logits))
        embedded = np.asarray([u.vec is not None for u in units])
        out[embedded] = probs[embedded]
        return out

    def thresholds(self) -> list[float]:
        return list(self.cutoffs) or [DEFAULT_PROTO_THRESHOLD] * len(nar.label_ids())

    def set_thresholds(self, values: Sequence[float]) -> None:
        self.cutoffs = [float(v) for v in values]

    def needs_embeddings(self) -> bool:
        return True

    def decision_rules(self) -> nar.Decision:
        return self.decision if self.decision is not None else proto_decision()

    def save(self, path: Path) -> None:
        path.mkdir(parents=True, exist_ok=True)
        meta = {
            "format": FORMAT_VERSION, "kind": self.kind, "labels": list(nar.label_ids()),
            "groups": list(nar.group_names()), "c": self.c, "balanced": self.balanced, "k_neg": self.k_neg,
            "thresholds": self.thresholds(), "features": list(self.feature_names), "intercept": self.intercept,
            "decision": self.decision_rules().to_dict(), "info": self.info,
        }
        (path / "model.json").write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        np.savez_compressed(path / "weights.npz", coef=self.coef.astype(np.float32),
                            pos_vectors=self.pos_vectors.astype(np.float16), pos_label=self.pos_label,
                            neg_vectors=self.neg_vectors.astype(np.float16),
                            near_vectors=self.near_vectors.astype(np.float16), near_label=self.near_label,
                            probe_coef=self.probe_coef.astype(np.float32),
                            probe_intercept=self.probe_intercept.astype(np.float32))
        if self.source is not None and (self.source / "exemplars.npz").exists() and self.source != path:
            (path / "exemplars.npz").write_bytes((self.source / "exemplars.npz").read_bytes())
        self.source = path

    def exemplar_index(self, emb: nar.Embedder) -> nar.ExemplarIndex:
        return exemplar_index_for(self.source, emb)

    @classmethod
    def load(cls, path: Path, meta: Mapping[str, Any]) -> ProtoModel:
        try:
            with np.load(path / "weights.npz", allow_pickle=False) as w:
                arrays = {k: w[k] for k in ("coef", "pos_vectors", "pos_label", "neg_vectors")}
                for k in ("near_vectors", "near_label", "probe_coef", "probe_intercept"):  # absent from older models
                    if k in w:
                        arrays[k] = w[k]
        except (OSError, ValueError, KeyError) as exc:
            raise ConfigError(f"cannot load the narrative model in {path}: {exc}") from exc
        names = tuple(meta.get("features", []))
        if not names or any(f not in cls.FEATURES for f in names) or len(arrays["coef"]) != len(names):
            raise ConfigError(f"{path}: the model was trained with other features; retrain it")
        return cls(c=float(meta.get("c", DEFAULT_PROTO_C)), feature_names=names,
                   balanced=bool(meta.get("balanced", True)), k_neg=int(meta.get("k_neg", 1)),
                   pos_vectors=arrays["pos_vectors"].astype(np.float32), pos_label=arrays["pos_label"],
                   neg_vectors=arrays["neg_vectors"].astype(np.float32), coef=arrays["coef"],
                   near_vectors=arrays.get("near_vectors", np.zeros((0, 0), dtype=np.float16)).astype(np.float32),
                   near_label=arrays.get("near_label", np.zeros(0, dtype=np.int32)),
                   probe_coef=arrays.get("probe_coef", np.zeros((0, 0), dtype=np.float32)).astype(np.float32),
                   probe_intercept=arrays.get("probe_intercept", np.zeros(0, dtype=np.float32)).astype(np.float32),
                   intercept=float(meta["intercept"]), cutoffs=[float(t) for t in meta["thresholds"]],
                   # a model saved before round 6 has no rules: it keeps the round-5 ones
                   decision=nar.Decision.from_mapping(meta["decision"]) if "decision" in meta else nar.LEGACY_DECISION,
                   info=dict(meta.get("info", {})), source=path)

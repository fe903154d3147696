"""Republication clustering: word-shingle MinHash, LSH banding, verification, union-find.

A story republished with other boilerplate, a changed sentence or a cut ending shares most of its
word n-grams with the original, so the two end up in one cluster; two different reports on the same
actors share names and topic words but few 5-word sequences, so they do not.

* ``shingle_hashes``: casefolded, accent-folded word tokens (punctuation dropped), hashed once each
  with xxh3 and combined into n-gram hashes with vectorised 64-bit arithmetic.
* ``minhash_signature(s)``: ``NUM_PERM`` multiply-shift hash functions ``(a·x + b) mod 2⁶⁴`` applied
  to all shingles of a block of documents at once (one (shingles × NUM_PERM) numpy product), keeping
  the top 32 bits of the minimum: uint32 values, uniform on [0, 2³²).
* ``cluster``: LSH banding over the signatures gives candidate pairs; a pair is kept when its
  estimated Jaccard is high, or when one text is (almost) contained in the other — exactly from the
  shingles when ``texts`` is given, otherwise estimated from the signatures (the set sizes are
  estimated from the minima themselves, so stored signatures suffice). Kept pairs are unioned.

Thresholds were calibrated on the development seed of ``benchmarks/synth.py`` (see
``benchmarks/bench_dedup.py --tune``) and reported on another seed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import xxhash

# 128 permutations: the standard error of an estimated Jaccard is sqrt(J(1-J)/128) ≤ 0.044, enough
# to separate republications (J ≥ 0.35) from different stories (J ≤ 0.1).
NUM_PERM: int = 128

# Calibration: ``python benchmarks/bench_dedup.py --tune`` on the dev part (seed 1, 10k documents;
# sentences from half of the source articles), pairwise F1 against the generated families. Figures
# below are signatures-only (P / R / share of cut-ending variants joined), at 42×3, J 0.35, C 0.6.

# Word 5-grams: 3-grams made a few false merges (P 0.999), 4 and 6 joined fewer cut endings (0.981,
# 0.982 vs 0.986); 5 gave P 1.000, R 0.995.
SHINGLE_SIZE: int = 5

# LSH banding: 42 bands of 3 rows (126 of the 128 values). P(candidate) = 1 - (1 - J³)⁴²: 0.84 at
# J = 0.35, 0.93 at J = 0.4, 0.04 at J = 0.1. 32×4 joined only 0.89 of the cut endings; 64×2 joined
# 0.995 but made 22× more candidate pairs (492k vs 22k on 10k documents, growing quadratically).
LSH_BANDS: int = 42
LSH_ROWS: int = 3

# A candidate pair is the same story when its estimated Jaccard reaches this (F1 flat at 0.997 from
# 0.3 to 0.5; no same-topic decoy was merged at any setting).
JACCARD_THRESHOLD: float = 0.35

# Or when the smaller text is mostly inside the larger one (a cut ending): exact containment of
# shingles when texts are given...
CONTAINMENT_THRESHOLD: float = 0.6
# ...or containment estimated from the signatures alone (each set size is estimated from the minima
# with ~9 % relative error). 0.5/0.6 scored the same F1 with a few false merges; 0.7/0.8 dropped
# cut-ending recall to 0.976.
EST_CONTAINMENT_THRESHOLD: float = 0.7
CONTAINMENT_JACCARD_FLOOR: float = 0.2

# The containment route needs enough shingles in the smaller text: a few lines of shared
# boilerplate are contained in every page of a site and must not chain unrelated stories together.
MIN_CONTAINED_SHINGLES: int = 40

# Inside one LSH bucket every pair within this distance (in sorted order) is a candidate; a larger
# bucket is only chained, which keeps the pair count linear when thousands of copies collide.
BUCKET_PAIR_SPAN: int = 64

# Shingles per (NUM_PERM × shingles) uint64 product: 8192 × 128 × 8 B = 8 MiB, which measured
# fastest (cache-sized; 32768 was 2.5× slower per element).
_BLOCK_ROWS = 8192

_MAX32 = np.uint32(0xFFFFFFFF)
_WORD = re.compile(r"[^\W_]+")
_MARKS = re.compile(r"[\u0300-\u036f]")

# Fixed seeds: signatures stored in a database must stay comparable across runs and versions.
_rng = np.random.default_rng(0x6B696261)
_PERM_A = (_rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)  # odd
_PERM_B = _rng.integers(0, 2**63, NUM_PERM, dtype=np.uint64) << np.uint64(1)
_NGRAM_MUL = (_rng.integers(0, 2**63, 16, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
_BAND_MUL = (_rng.integers(0, 2**63, 16, dtype=np.uint64) << np.uint64(1)) | np.uint64(1)
del _rng


def normalise_tokens(text: str) -> list[str]:
    """Casefolded word tokens with accents folded and punctuation dropped.

    Accents are folded because republishers (and ASCII-only sites, upper-case titles) drop them.
    """
    folded = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    return _WORD.findall(folded)


# Token -> xxh3 hash. News vocabulary is a few hundred thousand words; the cache is dropped when it
# passes this size so memory stays bounded on any input.
_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_MAX = 1 << 20


def _token_hashes(tokens: list[str]) -> np.ndarray:
    cache = _TOKEN_CACHE
    missing = [t for t in set(tokens) if t not in cache]
    if len(cache) + len(missing) > _TOKEN_CACHE_MAX:
        cache.clear()
        missing = list(set(tokens))
    for token in missing:
        cache[token] = xxhash.xxh3_64_intdigest(token.encode())
    return np.fromiter(map(cache.__getitem__, tokens), dtype=np.uint64, count=len(tokens))


def _mix64(x: np.ndarray) -> np.ndarray:
    """splitmix64 finaliser: every input bit affects every output bit."""
    x = x ^ (x >> np.uint64(30))
    x *= np.uint64(0xBF58476D1CE4E5B9)
    x ^= x >> np.uint64(27)
    x *= np.uint64(0x94D049BB133111EB)
    x ^= x >> np.uint64(31)
    return x


def _shingles(text: str, size: int) -> np.ndarray:
    tokens = normalise_tokens(text)
    if not tokens:
        return np.empty(0, dtype=np.uint64)
    th = _token_hashes(tokens)
    k = min(size, len(th))  # a text shorter than one shingle is one shingle
    m = len(th) - k + 1
    acc = th[:m] * _NGRAM_MUL[0]
    for j in range(1, k):  # k ≤ 16 vectorised passes, not a loop over shingles
        acc += th[j : j + m] * _NGRAM_MUL[j]
    return np.unique(_mix64(acc))


def shingle_hashes(text: str) -> np.ndarray:
    """Sorted unique uint64 hashes of the text's normalised word ``SHINGLE_SIZE``-grams."""
    return _shingles(text, SHINGLE_SIZE)


def _minhash_block(hashes: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """Minima of every permutation for consecutive segments of ``hashes`` (none empty).

    Laid out (NUM_PERM, shingles) so the segment minima run along contiguous memory; returns
    (segments, NUM_PERM). The minimum is taken on the full 64-bit value and its top 32 bits kept
    (the top bits of the minimum are the minimum of the top bits).
    """
    prod = np.empty((NUM_PERM, hashes.size), dtype=np.uint64)
    np.multiply(_PERM_A[:, None], hashes[None, :], out=prod)  # wraps modulo 2**64, as intended
    prod += _PERM_B[:, None]
    mins = np.minimum.reduceat(prod, starts, axis=1)
    return (mins.T >> np.uint64(32)).astype(np.uint32)


def _signature_of_hashes(hashes: np.ndarray) -> np.ndarray:
    if hashes.size == 0:
        return np.full(NUM_PERM, _MAX32, dtype=np.uint32)
    sig = np.full(NUM_PERM, _MAX32, dtype=np.uint32)
    zero = np.zeros(1, dtype=np.intp)
    for lo in range(0, hashes.size, _BLOCK_ROWS):  # bounded memory for a very long text
        np.minimum(sig, _minhash_block(hashes[lo : lo + _BLOCK_ROWS], zero)[0], out=sig)
    return sig


def minhash_signature(text: str) -> np.ndarray:
    """MinHash signature of one text: ``NUM_PERM`` uint32 values (all 0xFFFFFFFF if no words)."""
    return _signature_of_hashes(shingle_hashes(text))


def signatures_of_shingles(sets: Iterable[np.ndarray], count: int) -> np.ndarray:
    """Signatures of ``count`` precomputed shingle sets, in blocks of ~``_BLOCK_ROWS`` shingles."""
    out = np.full((count, NUM_PERM), _MAX32, dtype=np.uint32)
    pending: list[tuple[int, np.ndarray]] = []
    rows = 0

    def flush() -> None:
        hashes = np.concatenate([h for _, h in pending])
        sizes = np.fromiter((h.size for _, h in pending), dtype=np.intp, count=len(pending))
        starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
        out[[i for i, _ in pending]] = _minhash_block(hashes, starts)
        pending.clear()

    for i, hashes in enumerate(sets):
        if hashes.size == 0:
            continue
        if hashes.size > _BLOCK_ROWS:
            out[i] = _signature_of_hashes(hashes)
            continue
        pending.append((i, hashes))
        rows += hashes.size
        if rows >= _BLOCK_ROWS:
            flush()
            rows = 0
    if pending:
        flush()
    return out


def minhash_signatures(texts: Sequence[str]) -> np.ndarray:
    """Signatures of many texts, shape (len(texts), NUM_PERM), computed a block at a time."""
    return signatures_of_shingles((shingle_hashes(t) for t in texts), len(texts))


def signature_to_bytes(sig: np.ndarray) -> bytes:
    """Little-endian uint32 bytes (4 × NUM_PERM) for storage."""
    return np.asarray(sig, dtype="<u4").tobytes()


def signature_from_bytes(b: bytes) -> np.ndarray:
    """The signature stored by ``signature_to_bytes``."""
    if len(b) != 4 * NUM_PERM:
        raise ValueError(f"a signature is {4 * NUM_PERM} bytes, got {len(b)}")
    return np.frombuffer(b, dtype="<u4").astype(np.uint32)


def estimated_jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Fraction of equal MinHash values: an unbiased estimate of the shingle Jaccard."""
    return float(np.mean(np.asarray(a) == np.asarray(b)))


def estimated_size(signatures: np.ndarray) -> np.ndarray:
    """Number of distinct shingles behind each signature (row), from its minima.

    The minimum of m uniform values on [0, 1) has mean 1/(m+1); with k independent minima the
    estimate (k-1)/Σmin is unbiased for m+1 (relative error ≈ 1/√k). Empty texts give 0.
    """
    sig = np.atleast_2d(signatures)
    mins = (sig.astype(np.float64) + 0.5) / 2.0**32
    est = (sig.shape[1] - 1) / mins.sum(axis=1) - 1.0
    est[(sig == _MAX32).all(axis=1)] = 0.0
    return np.maximum(est, 0.0)


@dataclass
class ClusterResult:
    cluster_of: dict[str, str]  # article id -> cluster id
    first_of: dict[str, str]  # cluster id -> id of the member that appeared first


def band_key(signatures: np.ndarray, band: int) -> np.ndarray:
    """The LSH bucket key of every signature (row) in ``band``: equal rows in the band, equal keys."""
    rows = np.atleast_2d(signatures)[:, band * LSH_ROWS : (band + 1) * LSH_ROWS].astype(np.uint64)
    return _mix64((rows * _BAND_MUL[:LSH_ROWS]).sum(axis=1, dtype=np.uint64))


def is_blank(signature: np.ndarray) -> bool:
    """The signature of a text without words (it never clusters)."""
    return bool((np.asarray(signature) == _MAX32).all())


def contained(a: np.ndarray, b: np.ndarray) -> bool:
    """Whether the smaller of two shingle sets (``shingle_hashes``) is mostly inside the larger one."""
    small_n = min(a.size, b.size)
    if small_n < MIN_CONTAINED_SHINGLES:
        return False
    return bool(np.intersect1d(a, b, assume_unique=True).size >= CONTAINMENT_THRESHOLD * small_n)


def _candidate_pairs(sig: np.ndarray, active: np.ndarray) -> np.ndarray:
    """Pairs (i, j), i < j, of active rows sharing at least one LSH band; unique, shape (p, 2)."""
    idx = np.flatnonzero(active)
    n = sig.shape[0]
    if idx.size < 2:
        return np.empty((0, 2), dtype=np.int64)
    active_sig = sig[idx]
    codes: list[np.ndarray] = []
    for band in range(LSH_BANDS):  # one band at a time: memory stays O(docs), not O(docs × bands)
        col = band_key(active_sig, band)
        order = np.argsort(col, kind="stable")
        sorted_keys = col[order]
        same_as_prev = np.empty(order.size, dtype=bool)
        same_as_prev[0] = False
        same_as_prev[1:] = sorted_keys[1:] == sorted_keys[:-1]
        if not same_as_prev.any():
            continue
        run = np.cumsum(~same_as_prev)  # bucket number of each sorted position
        members = idx[order]
        for d in range(1, BUCKET_PAIR_SPAN + 1):
            hit = run[d:] == run[:-d]
            if not hit.any():
                break
            a = members[:-d][hit].astype(np.int64)
            b = members[d:][hit].astype(np.int64)
            codes.append(np.minimum(a, b) * n + np.maximum(a, b))
    if not codes:
        return np.empty((0, 2), dtype=np.int64)
    uniq = np.unique(np.concatenate(codes))
    return np.stack([uniq // n, uniq % n], axis=1)


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, x: int) -> int:
        parent = self.parent
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def verified_pairs(
    ids: Sequence[str],
    signatures: np.ndarray,
    *,
    texts: Callable[[str], str] | None = None,
) -> np.ndarray:
    """The LSH candidate pairs (row indices) that pass verification, shape (p, 2)."""
    sig = np.asarray(signatures, dtype=np.uint32)
    if sig.ndim != 2 or sig.shape[1] != NUM_PERM or sig.shape[0] != len(ids):
        raise ValueError(f"signatures must have shape ({len(ids)}, {NUM_PERM}), got {sig.shape}")
    active = ~(sig == _MAX32).all(axis=1)  # texts without words never cluster
    pairs = _candidate_pairs(sig, active)
    if pairs.size == 0:
        return pairs
    est_j = np.empty(len(pairs))
    for lo in range(0, len(pairs), 65536):
        p = pairs[lo : lo + 65536]
        est_j[lo : lo + 65536] = (sig[p[:, 0]] == sig[p[:, 1]]).mean(axis=1)
    keep = est_j >= JACCARD_THRESHOLD
    maybe = ~keep & (est_j >= CONTAINMENT_JACCARD_FLOOR)
    if maybe.any():
        if texts is None:
            size = estimated_size(sig)
            p = pairs[maybe]
            j = est_j[maybe]
            sa, sb = size[p[:, 0]], size[p[:, 1]]
            small = np.minimum(sa, sb)
            inter = j * (sa + sb) / (1.0 + j)  # |A∩B| = J·(|A|+|B|)/(1+J)
            inside = (small >= MIN_CONTAINED_SHINGLES) & (inter >= EST_CONTAINMENT_THRESHOLD * small)
            keep[np.flatnonzero(maybe)[inside]] = True
        else:
            cache: dict[int, np.ndarray] = {}

            def shingles_of(i: int) -> np.ndarray:
                if i not in cache:
                    cache[i] = shingle_hashes(texts(ids[i]))
                return cache[i]

            for k in np.flatnonzero(maybe):
                keep[k] = contained(shingles_of(int(pairs[k, 0])), shingles_of(int(pairs[k, 1])))
    return pairs[keep]


# Undated articles sort after every dated one.
UNDATED_KEY = "9999"
# Dates are compared as text. A date known only to the month or the year is padded with this character, which
# sorts after every digit and "-", so that inside its month (year) it comes after the day-dated articles: a copy
# dated « August 2022 » is not known to precede the wire it credits, dated 15 August 2022 (the sample corpus's
# Barkhane and ECOWAS clusters named the month-dated copy as the first publisher before session 21).
_COARSE_PAD = "~"


def first_appearance_key(date: str | None) -> str:
    """The date part of the order that names a cluster's first appearance (``YYYY[-MM[-DD]]`` or None).

    Earliest first; within a month (year), an article known to the day before one known only to the month
    (year); undated last. The single-machine ingest, the Spark job and the clusters table all use it.
    """
    if not date:
        return UNDATED_KEY
    return date.ljust(len("YYYY-MM-DD"), _COARSE_PAD)


def republication_delay(first: str | None, later: str | None) -> int | None:
    """Days from a cluster's first appearance to a later copy, when both are dated to the day (else None: a copy
    dated « August 2022 » has no measurable delay). Never negative: a copy dated before the first one (clock or
    scraper noise) counts as 0."""
    if not first or not later or len(first) != len("YYYY-MM-DD") or len(later) != len("YYYY-MM-DD"):
        return None
    import datetime as _dt

    try:
        days = (_dt.date.fromisoformat(later) - _dt.date.fromisoformat(first)).days
    except ValueError:
        return None
    return max(days, 0)


def cluster(
    ids: Sequence[str],
    signatures: np.ndarray,
    order_keys: Sequence[tuple[Any, ...]],
    *,
    texts: Callable[[str], str] | None = None,
) -> ClusterResult:
    """Group near-duplicate articles; every article gets a cluster id, singletons included.

    ``order_keys`` order the members (e.g. ``(first_appearance_key(date), ingest sequence)``): the smallest is
    recorded as the cluster's first appearance (ties broken by id). The cluster id is ``"c"`` + the
    smallest article id of the cluster, so re-running on the same articles gives the same ids.
    ``texts`` (article id -> text), when given, lets cut endings be verified by exact containment.
    """
    if len(order_keys) != len(ids):
        raise ValueError("ids and order_keys must have the same length")
    if len(set(ids)) != len(ids):
        raise ValueError("article ids must be unique")
    uf = _UnionFind(len(ids))
    if len(ids):
        for a, b in verified_pairs(ids, signatures, texts=texts).tolist():
            uf.union(a, b)
    members: dict[int, list[int]] = {}
    for i in range(len(ids)):
        members.setdefault(uf.find(i), []).append(i)
    cluster_of: dict[str, str] = {}
    first_of: dict[str, str] = {}
    for group in members.values():
        cid = "c" + min(ids[i] for i in group)
        first = min(group, key=lambda i: (order_keys[i], ids[i]))
        first_of[cid] = ids[first]
        for i in group:
            cluster_of[ids[i]] = cid
    return ClusterResult(cluster_of=cluster_of, first_of=first_of)

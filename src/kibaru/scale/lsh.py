"""Republication clustering in Spark: the same MinHash LSH as ``analyse.dedup``, distributed.

1. Band keys: every article with words emits ``(band, key)`` for the 42 LSH bands
   (``dedup.band_key``, so the buckets are the single-machine ones).
2. Candidate pairs: a bucket's members in ingest order (``seq``); every pair at most
   ``BUCKET_PAIR_SPAN`` apart is a candidate, as in ``dedup._candidate_pairs``.
3. Verification: estimated Jaccard ≥ ``JACCARD_THRESHOLD``, or (from ``CONTAINMENT_JACCARD_FLOOR``)
   exact shingle containment read from both texts (``dedup.contained``), as ``kibaru ingest`` does.
4. Connected components of the kept pairs with the large-star / small-star algorithm (Kiveris et
   al., "Connected Components in MapReduce and Beyond", SoCC 2014): O(log² n) rounds of shuffles,
   no component ever collected on one machine.
5. Cluster id ``"c"`` + the smallest member id; first member = smallest ``(first_appearance_key(date), seq, id)``:
   the rules of ``dedup.cluster``, so ids equal the single-machine ones.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

import numpy as np

from kibaru.analyse.dedup import (
    BUCKET_PAIR_SPAN,
    CONTAINMENT_JACCARD_FLOOR,
    JACCARD_THRESHOLD,
    LSH_BANDS,
    band_key,
    contained,
    first_appearance_key,
    is_blank,
    shingle_hashes,
    signature_from_bytes,
)

if TYPE_CHECKING:
    from pyspark import RDD

# A node of the pair graph is an article id; an edge is (node, smaller node).
Edge = tuple[str, str]
# What clustering needs of an article: (id, seq, date, signature bytes, text).
Member = tuple[str, int, str | None, bytes, str]

# Up to this many verified pairs, connected components are computed on the driver with the same
# union-find as ``dedup.cluster`` (a few hundred MB at most; republication graphs have about one
# edge per republished article); beyond it, in Spark. Both give the same components.
DRIVER_EDGES_LIMIT = 2_000_000

# Bail out of the connected-components loop after this many rounds (log² of a billion is ~900; real
# graphs of republications converge in a handful).
MAX_ROUNDS = 200


def band_entries(member: Member) -> list[tuple[tuple[int, int], tuple[int, str]]]:
    """``((band, key), (seq, id))`` for every LSH band of one article (none for a text without words)."""
    article_id, seq, _date, sig_bytes, _text = member
    sig = signature_from_bytes(sig_bytes)
    if is_blank(sig):
        return []
    keys = [int(band_key(sig, band)[0]) for band in range(LSH_BANDS)]
    return [((band, key), (seq, article_id)) for band, key in enumerate(keys)]


def bucket_pairs(members: Iterable[tuple[int, str]]) -> Iterator[Edge]:
    """Candidate pairs of one bucket: members in ingest order, each with the next ``BUCKET_PAIR_SPAN``."""
    ordered = [article_id for _seq, article_id in sorted(members)]
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 : i + 1 + BUCKET_PAIR_SPAN]:
            yield (a, b) if a < b else (b, a)


def estimated_jaccard(a: bytes, b: bytes) -> float:
    return float(np.mean(signature_from_bytes(a) == signature_from_bytes(b)))


def verified_edges(members: RDD[Member], *, partitions: int) -> RDD[Edge]:
    """The candidate pairs that pass verification, as (larger id, smaller id)."""
    buckets = members.flatMap(band_entries).groupByKey(numPartitions=partitions)
    candidates = buckets.flatMap(lambda kv: bucket_pairs(kv[1])).distinct(numPartitions=partitions)
    signatures = members.map(lambda m: (m[0], m[3]))
    # (a, b) -> (b, (a, sig_a)) -> ((a, b), est_j)
    with_a = candidates.join(signatures, numPartitions=partitions)
    with_both = with_a.map(lambda kv: (kv[1][0], (kv[0], kv[1][1]))).join(signatures, numPartitions=partitions)
    scored = with_both.map(lambda kv: ((kv[1][0][0], kv[0]), estimated_jaccard(kv[1][0][1], kv[1][1])))
    scored = scored.persist()
    kept = scored.filter(lambda kv: kv[1] >= JACCARD_THRESHOLD).keys()
    maybe = scored.filter(lambda kv: CONTAINMENT_JACCARD_FLOOR <= kv[1] < JACCARD_THRESHOLD).keys()
    texts = members.map(lambda m: (m[0], m[4]))
    text_a = maybe.join(texts, numPartitions=partitions)  # (a, (b, text_a))
    text_both = text_a.map(lambda kv: (kv[1][0], (kv[0], kv[1][1]))).join(texts, numPartitions=partitions)
    by_containment = text_both.filter(
        lambda kv: contained(shingle_hashes(kv[1][0][1]), shingle_hashes(kv[1][1]))
    ).map(lambda kv: (kv[1][0][0], kv[0]))
    return kept.union(by_containment).map(lambda e: (max(e), min(e)))


def _large_star(item: tuple[str, Iterable[str]]) -> Iterator[Edge]:
    node, neighbours = item
    nbrs = set(neighbours)
    smallest = min(nbrs | {node})
    for v in nbrs:
        if v > node:
            yield (v, smallest)


def _small_star(item: tuple[str, Iterable[str]]) -> Iterator[Edge]:
    node, smaller = item
    group = set(smaller) | {node}
    smallest = min(group)
    for v in group:
        if v != smallest:
            yield (v, smallest)


def connected_components(edges: RDD[Edge], *, partitions: int) -> RDD[tuple[str, str]]:
    """``(node, smallest node of its component)`` for every node of ``edges`` (roots map to themselves)."""
    current = edges.filter(lambda e: e[0] != e[1]).map(lambda e: (max(e), min(e))).distinct(partitions).persist()
    for _ in range(MAX_ROUNDS):
        both_ways = current.flatMap(lambda e: (e, (e[1], e[0])))
        large = both_ways.groupByKey(partitions).flatMap(_large_star)
        small = large.map(lambda e: (max(e), min(e))).groupByKey(partitions).flatMap(_small_star)
        nxt = small.distinct(partitions).persist()
        changed = not nxt.subtract(current).isEmpty() or not current.subtract(nxt).isEmpty()
        current.unpersist()
        current = nxt
        if not changed:
            break
    else:  # pragma: no cover - needs a graph with a diameter in the millions
        raise RuntimeError(f"connected components did not converge in {MAX_ROUNDS} rounds")
    roots = current.values().distinct(partitions).map(lambda r: (r, r))
    return current.union(roots)


def components_on_driver(edges: list[Edge]) -> dict[str, str]:
    """``node -> smallest node of its component`` with a union-find (for graphs that fit in memory)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(x, x) != root:
            parent[x], x = root, parent[x]
        return root

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)  # the smaller id stays root: roots are component minima
    return {node: find(node) for node in {n for e in edges for n in e}}


def cluster_rows(
    members: RDD[Member], *, partitions: int, driver_edges_limit: int = DRIVER_EDGES_LIMIT
) -> tuple[RDD[tuple[str, str]], RDD[tuple[str, str, int]]]:
    """``(article id, cluster id)`` for every article and ``(cluster id, first member id, size)``."""
    from pyspark import StorageLevel

    edges = verified_edges(members, partitions=partitions).persist(StorageLevel.MEMORY_AND_DISK)
    if edges.count() <= driver_edges_limit:
        roots = components_on_driver(edges.collect())
        root_of = members.context.parallelize(sorted(roots.items()), partitions)
    else:
        root_of = connected_components(edges, partitions=partitions)
    keyed = members.map(lambda m: (m[0], (m[1], m[2])))
    assigned = keyed.leftOuterJoin(root_of, numPartitions=partitions).map(_assign).persist()
    assignments = assigned.map(lambda r: (r[0], r[1]))
    firsts = (
        assigned.map(lambda r: (r[1], (r[2], 1)))
        .reduceByKey(lambda a, b: (min(a[0], b[0]), a[1] + b[1]), numPartitions=partitions)
        .map(lambda kv: (kv[0], kv[1][0][2], kv[1][1]))
    )
    return assignments, firsts


def _assign(item: tuple[str, tuple[tuple[int, str | None], str | None]]) -> tuple[str, str, Any]:
    article_id, ((seq, date), root) = item
    # The first appearance: earliest date (day-dated before month-dated, undated last), then ingest order, then id.
    return article_id, "c" + (root or article_id), (first_appearance_key(date), seq, article_id)

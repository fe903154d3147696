"""Derived search tables, rebuilt for an article each time the store writes it (schema v3).

* ``search_terms`` — an inverted index: one row per (stemmed term, article) with the term's count
  (title words count three times). A term is a French word, lower-cased, stemmed with the Snowball
  French stemmer and then stripped of accents, so "Négociations", "négociation" and "negociations"
  are one term; its id is a 64-bit hash (integer lookups through an ART index stay fast at 25M rows).
* ``search_vocab`` — every folded surface word seen and its term, so that a query typed without
  accents ("securite") finds the stem of the accented word ("sécurité" → "secur"), and a query
  stem can be expanded to the indexed stems it prefixes ("négocie" → "negoc" → "negoci").
* ``article_facets`` — what an article is about, flattened from its JSON fields for filtering and
  counting: linked actors (entities with a kb id), quote speakers, narratives (with their voice),
  techniques and event types.

The functions here are backend-neutral: they build Arrow tables; each store inserts them its way.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any

import pyarrow as pa
import xxhash

from kibaru.model import Article

# Title words weigh as much as this many body occurrences in the relevance score.
TITLE_WEIGHT = 3
# A query stem at least this long also matches the longer indexed stems it begins
# ("negoc" → "negoci", "negociat"); shorter ones ("arm") would drag in unrelated words.
MIN_PREFIX = 5
# Words longer than this are not words (URLs, hashes, glued boilerplate): not indexed.
MAX_WORD = 40

_WORD = re.compile(r"[^\W_]+", re.UNICODE)

POSTINGS_SCHEMA = pa.schema([("term_id", pa.int64()), ("article_id", pa.string()), ("tf", pa.int32())])
VOCAB_SCHEMA = pa.schema([("word", pa.string()), ("term", pa.string()), ("term_id", pa.int64())])
FACETS_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("facet", pa.string()), ("value", pa.string()), ("label", pa.string()),
    ("detail", pa.string()), ("n", pa.int32()), ("score", pa.float64()),
])


def fold(value: str) -> str:
    """Lower-case without accents."""
    decomposed = unicodedata.normalize("NFKD", value.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def stopwords() -> frozenset[str]:
    text = (resources.files("kibaru") / "data" / "search" / "stopwords_fr.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


@functools.cache
def _stemmer() -> Any:
    import Stemmer  # PyStemmer: the Snowball stemmers in C

    return Stemmer.Stemmer("french")


@functools.lru_cache(maxsize=200_000)
def term_of(word: str) -> str:
    """The index term of one lower-cased word: Snowball French stem, then accents folded."""
    return fold(_stemmer().stemWord(word))


def term_id(term: str) -> int:
    """A signed 64-bit id for a term (fits a BIGINT)."""
    return xxhash.xxh64_intdigest(term.encode()) - (1 << 63)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` worth indexing (stop words, one-letter and overlong words out)."""
    stop = stopwords()
    out = []
    for m in _WORD.finditer(text.lower()):
        w = m.group()
        if 1 < len(w) <= MAX_WORD and fold(w) not in stop:
            out.append(w)
    return out


def word_spans(text: str) -> list[tuple[int, int, str]]:
    """Every word of ``text`` with its offsets and its term (for marking matches in snippets)."""
    return [(m.start(), m.end(), term_of(m.group().lower())) for m in _WORD.finditer(text)]


def article_terms(article: Article) -> Counter[str]:
    counts: Counter[str] = Counter(term_of(w) for w in words(article.text or ""))
    for w in words(article.title or ""):
        counts[term_of(w)] += TITLE_WEIGHT
    return counts


def postings(articles: Sequence[Article]) -> tuple[pa.Table, pa.Table]:
    """The ``search_terms`` rows of ``articles`` and the ``search_vocab`` rows they may add."""
    ids: list[int] = []
    arts: list[str] = []
    tfs: list[int] = []
    vocab: dict[str, str] = {}
    for article in articles:
        counts: Counter[str] = Counter()
        for text, weight in ((article.text or "", 1), (article.title or "", TITLE_WEIGHT)):
            for w in words(text):
                t = term_of(w)
                counts[t] += weight
                vocab.setdefault(fold(w), t)
        for term, n in counts.items():
            ids.append(term_id(term))
            arts.append(article.id)
            tfs.append(min(n, 2**31 - 1))
    post = pa.table({"term_id": ids, "article_id": arts, "tf": tfs}, schema=POSTINGS_SCHEMA)
    voc = pa.table({"word": list(vocab), "term": list(vocab.values()), "term_id": [term_id(t) for t in vocab.values()]},
                   schema=VOCAB_SCHEMA)
    return post, voc


def _facet_rows(article: Article) -> Iterable[tuple[str, str, str | None, str | None, int, float | None]]:
    actors: dict[str, list[Any]] = {}
    for ent in article.entities or []:
        if isinstance(ent, dict) and ent.get("kb_id"):
            row = actors.setdefault(str(ent["kb_id"]), [ent.get("canonical") or ent.get("text"), ent.get("label"), 0])
            row[2] += 1
    for kb_id, (label, kind, n) in actors.items():
        yield "actor", kb_id, label, kind, n, None
    speakers: Counter[str] = Counter()
    names: dict[str, str | None] = {}
    for q in article.quotes or []:
        if isinstance(q, dict) and q.get("speaker_kb_id"):
            speakers[str(q["speaker_kb_id"])] += 1
            names.setdefault(str(q["speaker_kb_id"]), q.get("speaker"))
    for kb_id, n in speakers.items():
        yield "speaker", kb_id, names[kb_id], None, n, None
    narratives: dict[tuple[str, str], list[Any]] = {}
    for nar in article.narratives or []:
        if isinstance(nar, dict) and nar.get("id"):
            voice = str(nar.get("voice") or "author")
            row = narratives.setdefault((str(nar["id"]), voice), [0, 0.0])
            row[0] += max(1, len(nar.get("evidence") or []))
            score = nar.get("score")
            row[1] = max(row[1], float(score) if isinstance(score, int | float) else 0.0)
    for (nid, voice), (n, score) in narratives.items():
        yield "narrative", nid, None, voice, n, score
    techniques: Counter[str] = Counter(
        str(t["id"]) for t in article.techniques or [] if isinstance(t, dict) and t.get("id"))
    for tid, n in techniques.items():
        yield "technique", tid, None, None, n, None
    types: Counter[str] = Counter(
        str(e["type"]) for e in article.events or [] if isinstance(e, dict) and e.get("type"))
    for etype, n in types.items():
        yield "event_type", etype, None, None, n, None


def facets(articles: Sequence[Article]) -> pa.Table:
    """The ``article_facets`` rows of ``articles``."""
    cols: dict[str, list[Any]] = {name: [] for name in FACETS_SCHEMA.names}
    for article in articles:
        for facet, value, label, detail, n, score in _facet_rows(article):
            for name, v in zip(FACETS_SCHEMA.names, (article.id, facet, value, label, detail, n, score), strict=True):
                cols[name].append(v)
    return pa.table(cols, schema=FACETS_SCHEMA)


def write_duckdb(con: Any, articles: Sequence[Article], *, replace: bool) -> None:
    """Insert the derived rows of ``articles`` (inside the caller's transaction). With ``replace``,
    rows of those articles already stored are deleted first (an updated article)."""
    if not articles:
        return
    post, voc = postings(articles)  # noqa: RUF059 - both read by DuckDB below
    fac = facets(articles)  # noqa: F841 - read by DuckDB below
    if replace:
        ids = pa.table({"id": [a.id for a in articles]})  # noqa: F841 - read by DuckDB below
        stored = con.execute(
            "SELECT count(*) FROM search_index_ids WHERE article_id IN (SELECT id FROM ids)").fetchone()
        if stored and stored[0]:
            con.execute("DELETE FROM search_terms WHERE article_id IN (SELECT id FROM ids)")
            con.execute("DELETE FROM article_facets WHERE article_id IN (SELECT id FROM ids)")
    con.execute("INSERT INTO search_terms SELECT * FROM post")
    con.execute("INSERT INTO search_vocab SELECT * FROM voc ON CONFLICT DO NOTHING")
    con.execute("INSERT INTO article_facets SELECT * FROM fac")
    con.execute("INSERT INTO search_index_ids SELECT DISTINCT id FROM (SELECT unnest(?::VARCHAR[]) AS id) "
                "ON CONFLICT DO NOTHING", [[a.id for a in articles]])


def backfill_duckdb(con: Any, batch_size: int = 2000) -> int:
    """Index every stored article not indexed yet (the v3 migration of an existing database).

    Runs on ``con`` itself (inside the migration's transaction), in chunks of ``batch_size`` articles."""
    from kibaru.store.duckdb_store import ARTICLE_COLUMNS, article_from_row

    done = 0
    last = -1
    while True:
        cursor = con.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)}, ingest_seq FROM articles WHERE ingest_seq > ? "
            "AND id NOT IN (SELECT article_id FROM search_index_ids) ORDER BY ingest_seq LIMIT ?",
            [last, batch_size],
        )
        names = [d[0] for d in cursor.description]
        rows = cursor.fetchall()
        if not rows:
            return done
        batch = [article_from_row(dict(zip(names, r, strict=True))) for r in rows]
        last = int(rows[-1][-1])
        write_duckdb(con, batch, replace=False)
        done += len(batch)

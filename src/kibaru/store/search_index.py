"""Derived search tables, rebuilt for an article each time the store writes it (schema v3).

* ``search_terms`` — an inverted index: one row per (stemmed term, article) with the term's count
  (title words count three times). A term is a French word, lower-cased, stemmed with the Snowball
  French stemmer and then stripped of accents, so "Négociations", "négociation" and "negociations"
  are one term; its id is a 64-bit hash (integer lookups through an ART index stay fast at 25M rows).
* ``search_vocab`` — every lower-case word seen, its accent-folded form and its term (null for stop
  words), so that each word is stemmed once, a query typed without accents ("securite") finds the
  stem of the accented word ("sécurité" → "secur"), and a query stem can be expanded to the indexed
  stems it prefixes ("négocie" → "negoc" → "negoci").
* ``article_facets`` — what an article is about, flattened from its JSON fields for filtering and
  counting: linked actors (entities with a kb id), quote speakers, narratives (with their voice),
  techniques (with their voice, schema v6), event types and event actors (``event_actor``: the linked
  actors of the article's events, some of which no entity names, e.g. Mali from « maliennes »; schema v5).

Facet rows and new vocabulary are built in Python (Arrow tables); words are cut and counted by the
database in SQL (``write_duckdb``), which a PostgreSQL store can mirror with ``regexp_matches(.., 'g')``.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from importlib import resources
from typing import Any

import pyarrow as pa
import xxhash

from kibaru.enrich.voice import technique_voices
from kibaru.model import Article

# Title words weigh as much as this many body occurrences in the relevance score.
TITLE_WEIGHT = 3
# A query stem at least this long also matches the longer indexed stems it begins
# ("negoc" → "negoci", "negociat"); shorter ones ("arm") would drag in unrelated words.
MIN_PREFIX = 5
# Words longer than this are not words (URLs, hashes, glued boilerplate): not indexed.
MAX_WORD = 40

_WORD = re.compile(r"[^\W_]+", re.UNICODE)
_WORD_RE2 = r"[\pL\pN]+"  # the same words for DuckDB's RE2

POSTINGS_SCHEMA = pa.schema([("term_id", pa.int64()), ("article_id", pa.string()), ("tf", pa.int32())])
VOCAB_SCHEMA = pa.schema([("word", pa.string()), ("folded", pa.string()), ("term", pa.string()),
                          ("term_id", pa.int64())])
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


_term_id = functools.lru_cache(maxsize=500_000)(term_id)


@functools.lru_cache(maxsize=500_000)
def _entry(word: str) -> tuple[str, str] | None:
    """(folded word, term) of a lower-cased word, or None when it is not indexed (stop word, too short/long)."""
    folded = fold(word)
    if len(word) <= 1 or len(word) > MAX_WORD or folded in stopwords():
        return None
    return folded, term_of(word)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` worth indexing (stop words, one-letter and overlong words out)."""
    return [w for w in _WORD.findall(text.lower()) if _entry(w) is not None]


def word_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """Every word of ``text`` with its offsets and its term (for marking matches in snippets), lazily."""
    for m in _WORD.finditer(text):
        yield m.start(), m.end(), term_of(m.group().lower())


def facet_rows(article: Article) -> Iterable[tuple[str, str, str | None, str | None, int, float | None]]:
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
    yield from technique_rows(article.techniques, article.quotes)
    types: Counter[str] = Counter(
        str(e["type"]) for e in article.events or [] if isinstance(e, dict) and e.get("type"))
    for etype, n in types.items():
        yield "event_type", etype, None, None, n, None
    yield from event_actor_rows(article.events)
    yield from name_rows(article.entities)


FacetRow = tuple[str, str, str | None, str | None, int, float | None]


def technique_rows(techniques: Any, quotes: Any) -> Iterator[FacetRow]:
    """The ``technique`` facet rows of an article: one per technique and voice (``detail``: "author" or
    "quoted", as narratives), with the number of spans; a span stored without a voice gets it from the
    article's quotes (:func:`kibaru.enrich.voice.technique_voices`)."""
    found: Counter[tuple[str, str]] = Counter(
        (str(t["id"]), str(t.get("voice") or "author"))
        for t in technique_voices(techniques or [], quotes or []) if isinstance(t, dict) and t.get("id"))
    for (tid, voice), n in found.items():
        yield "technique", tid, None, voice, n, None


def event_actor_rows(events: Any) -> Iterator[tuple[str, str, str | None, str | None, int, float | None]]:
    """The ``event_actor`` facet rows of an article's events: one per linked actor (kb id as stored, its
    canonical name as label, the number of events naming it)."""
    found: dict[str, list[Any]] = {}
    for event in events or []:
        if not isinstance(event, dict):
            continue
        for actor in event.get("actors") or []:
            if isinstance(actor, dict) and actor.get("kb_id"):
                row = found.setdefault(str(actor["kb_id"]), [actor.get("canonical"), 0])
                row[1] += 1
    for kb_id, (label, n) in found.items():
        yield "event_actor", kb_id, label, None, n, None


def name_rows(entities: Any) -> Iterator[FacetRow]:
    """The ``name`` facet rows of an article (schema v9): each distinct canonical name of its mentions, linked or
    not, folded as ``kibaru.export.actors.fold`` folds it (value), with the number of mentions. ``kibaru articles
    --actor <a name the KB does not know>`` finds the articles whose folded names contain it in SQL instead of
    decoding every article's entities (``export.select.store_where``)."""
    from kibaru.export.actors import fold as fold_name  # the fold of Selection's name test, exactly

    found: Counter[str] = Counter()
    for ent in entities or []:
        if isinstance(ent, dict) and ent.get("canonical"):
            folded = fold_name(str(ent["canonical"]))
            if folded:
                found[folded] += 1
    for folded, n in found.items():
        yield "name", folded, None, None, n, None


def facets(articles: Sequence[Article]) -> pa.Table:
    """The ``article_facets`` rows of ``articles``."""
    cols: dict[str, list[Any]] = {name: [] for name in FACETS_SCHEMA.names}
    for article in articles:
        for facet, value, label, detail, n, score in facet_rows(article):
            for name, v in zip(FACETS_SCHEMA.names, (article.id, facet, value, label, detail, n, score), strict=True):
                cols[name].append(v)
    return pa.table(cols, schema=FACETS_SCHEMA)


def _lexicon_rows(new_words: Sequence[str]) -> pa.Table:
    """``search_vocab`` rows for words not seen before (stop words too, with a null term, so that they
    are looked up once)."""
    cols: dict[str, list[Any]] = {"word": [], "folded": [], "term": [], "term_id": []}
    for w in new_words:
        entry = _entry(w)
        cols["word"].append(w)
        cols["folded"].append(entry[0] if entry else fold(w))
        cols["term"].append(entry[1] if entry else None)
        cols["term_id"].append(_term_id(entry[1]) if entry else None)
    return pa.table(cols, schema=VOCAB_SCHEMA)


def write_duckdb(con: Any, articles: Sequence[Article], *, replace: bool) -> None:
    """Insert the derived rows of ``articles`` (inside the caller's transaction). With ``replace``,
    rows of those articles already stored are deleted first (an updated article).

    Words are cut and counted by DuckDB (vectorised, ``[\\pL\\pN]+`` on the lower-cased text, as
    ``_WORD`` does in Python); only words never seen before go through the Python stemmer."""
    if not articles:
        return
    docs = pa.table({"id": [a.id for a in articles], "text": [a.text or "" for a in articles],  # noqa: F841
                     "title": [a.title or "" for a in articles]})
    fac = facets(articles)  # noqa: F841 - read by DuckDB below
    if replace:
        stored = con.execute(
            "SELECT count(*) FROM search_index_ids WHERE article_id IN (SELECT id FROM docs)").fetchone()
        if stored and stored[0]:
            con.execute("DELETE FROM search_terms WHERE article_id IN (SELECT id FROM docs)")
            con.execute("DELETE FROM article_facets WHERE article_id IN (SELECT id FROM docs)")
    con.execute(
        "CREATE OR REPLACE TEMP TABLE _kibaru_words AS SELECT id, w, sum(weight)::INTEGER AS n FROM ("
        f"SELECT id, unnest(regexp_extract_all(lower(text), '{_WORD_RE2}')) AS w, 1 AS weight FROM docs "
        f"UNION ALL SELECT id, unnest(regexp_extract_all(lower(title), '{_WORD_RE2}')), {TITLE_WEIGHT} FROM docs"
        f") WHERE length(w) BETWEEN 2 AND {MAX_WORD} GROUP BY id, w"
    )
    new_words = [r[0] for r in con.execute(
        "SELECT DISTINCT w FROM _kibaru_words WHERE w NOT IN (SELECT word FROM search_vocab)").fetchall()]
    if new_words:
        lex = _lexicon_rows(new_words)  # noqa: F841 - read by DuckDB below
        con.execute("INSERT INTO search_vocab SELECT * FROM lex ON CONFLICT DO NOTHING")
    con.execute(
        "INSERT INTO search_terms SELECT v.term_id, k.id, sum(k.n)::INTEGER FROM _kibaru_words k "
        "JOIN search_vocab v ON v.word = k.w WHERE v.term_id IS NOT NULL GROUP BY v.term_id, k.id"
    )
    con.execute("DROP TABLE _kibaru_words")
    con.execute("INSERT INTO article_facets SELECT * FROM fac")
    con.execute("INSERT INTO search_index_ids SELECT DISTINCT id FROM docs ON CONFLICT DO NOTHING")


# Rewrite search_terms sorted when the rows appended since the last rewrite exceed this share of the
# table (or COMPACT_MIN_ROWS, whichever is larger): a lookup scans the unsorted tail in full, so the
# tail is kept small, while small ingests do not rewrite a large table each time.
COMPACT_SHARE = 0.15
COMPACT_MIN_ROWS = 200_000


def compact_duckdb(con: Any, *, force: bool = False) -> bool:
    """Rewrite ``search_terms`` sorted by term when its unsorted tail has grown; True if it did.

    Runs in its own transaction: the index is correct either way, only slower to read unsorted."""
    total_row = con.execute("SELECT count(*) FROM search_terms").fetchone()
    done_row = con.execute("SELECT value FROM search_meta WHERE key = 'sorted_rows'").fetchone()
    total = int(total_row[0]) if total_row else 0
    done = int(done_row[0]) if done_row else 0
    if not force and total - done <= max(COMPACT_MIN_ROWS, COMPACT_SHARE * total):
        return False
    con.execute("SET enable_progress_bar = false")  # no progress bar in the middle of a command's output
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("CREATE TABLE search_terms_sorted AS SELECT * FROM search_terms ORDER BY term_id")
        con.execute("DROP TABLE search_terms")
        con.execute("ALTER TABLE search_terms_sorted RENAME TO search_terms")
        con.execute("INSERT INTO search_meta VALUES ('sorted_rows', ?) ON CONFLICT (key) DO UPDATE SET "
                    "value = excluded.value", [total])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True


def backfill_event_actors_duckdb(con: Any, batch_size: int = 2000) -> int:
    """Rewrite the ``event_actor`` facet rows from every stored article's events (the v5 migration; run
    twice, it gives the same rows). Returns the number of rows written."""
    return rewrite_facet_duckdb(con, "event_actor", ("events",), event_actor_rows, batch_size)


def backfill_names_duckdb(con: Any, batch_size: int = 2000) -> int:
    """Rewrite the ``name`` facet rows from every stored article's entities (the v9 migration; run twice, it gives
    the same rows). Returns the number of rows written."""
    return rewrite_facet_duckdb(con, "name", ("entities",), name_rows, batch_size)


def backfill_technique_voices_duckdb(con: Any, batch_size: int = 2000) -> int:
    """Rewrite the ``technique`` facet rows, one per technique and voice, from every stored article's
    techniques and quotes (the v6 migration; run twice, it gives the same rows). Returns the rows written."""
    return rewrite_facet_duckdb(con, "technique", ("techniques", "quotes"), technique_rows, batch_size)


def rewrite_facet_duckdb(con: Any, facet: str, columns: Sequence[str], rows_of: Callable[..., Iterable[FacetRow]],
                         batch_size: int = 2000) -> int:
    """Replace the ``facet`` rows of every indexed article by ``rows_of(*decoded JSON columns)``, reading only
    the articles whose first column is not empty, ``batch_size`` at a time. Returns the rows written."""
    import json

    con.execute("DELETE FROM article_facets WHERE facet = ?", [facet])
    written = 0
    last = -1
    while True:
        rows = con.execute(
            f"SELECT id, {', '.join(columns)}, ingest_seq FROM articles WHERE ingest_seq > ? AND {columns[0]} <> '[]' "
            "AND id IN (SELECT article_id FROM search_index_ids) ORDER BY ingest_seq LIMIT ?",
            [last, batch_size]).fetchall()
        if not rows:
            return written
        last = int(rows[-1][-1])
        cols: dict[str, list[Any]] = {name: [] for name in FACETS_SCHEMA.names}
        for article_id, *values, _ in rows:
            for facet_row in rows_of(*(json.loads(v or "[]") for v in values)):
                for name, v in zip(FACETS_SCHEMA.names, (article_id, *facet_row), strict=True):
                    cols[name].append(v)
        fac = pa.table(cols, schema=FACETS_SCHEMA)  # noqa: F841 - read by DuckDB below
        con.execute("INSERT INTO article_facets SELECT * FROM fac")
        written += len(cols["article_id"])


def backfill_duckdb(con: Any, batch_size: int = 2000) -> int:
    """Index every stored article not indexed yet (the v3 migration of an existing database).

    Runs on ``con`` itself (inside the migration's transaction), in chunks of ``batch_size`` articles."""
    from kibaru.store.rows import ARTICLE_COLUMNS, article_from_row

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

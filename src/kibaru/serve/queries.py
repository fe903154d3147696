"""Read-only queries behind the dashboard and the API.

Every value from a request is bound as a parameter; the only SQL built from strings is the fixed
set of clauses chosen below. Functions take a ``dialect.Cursor``: a ``Storage.read_cursor()`` (one per
request, DuckDB or PostgreSQL) with the dialect of its engine.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from kibaru.enrich import voice as _voice
from kibaru.ingest.provenance import stored_records
from kibaru.model import Article, export_record
from kibaru.serve import dialect
from kibaru.serve.dialect import DUCKDB, Cursor, Dialect
from kibaru.store import base as store_base
from kibaru.store import search_index
from kibaru.store.rows import ARTICLE_COLUMNS, article_from_row
from kibaru.store.search_terms import ACCENT_CLASSES as _ACCENTS
from kibaru.store.search_terms import fold, split_excluded

# Largest page a client may ask for: keeps one request's memory and time bounded.
MAX_PAGE_SIZE = 100
MAX_ROWS = store_base.MAX_ROWS
clamp_offset = store_base.clamp_offset
DEFAULT_PAGE_SIZE = 20
# Characters of context either side of a match in a search snippet (read comfortably as one or
# two lines of a result list).
SNIPPET_CONTEXT = 110
# Characters of an untitled article's first line shown in its place in lists.
LEAD_CHARS = 90
# Latest articles listed on the home page.
HOME_LATEST = 12





@functools.lru_cache(maxsize=256)
def _py_pattern(query: str) -> re.Pattern[str]:
    """``accent_pattern`` for Python's ``re`` (snippets and bolding: C speed, no per-character folding)."""
    body = accent_pattern(query)[4:].replace(r"\p{Mn}", "[\u0300-\u036f]").replace(r"[\s\p{Zs}]", r"\s")
    return re.compile(body, re.IGNORECASE)


def accent_pattern(query: str) -> str:
    """A case- and accent-insensitive RE2 pattern matching ``query`` literally.

    Folding the whole text in SQL (``strip_accents(lower(text))``) took 6.8 s per search on 10,000
    articles (49 MB of text); a regular expression with a character class per letter takes 0.25 s
    (measured on benchmarks/.data/ingest10000 with the machine under load).
    """
    parts: list[str] = []
    for ch in re.sub(r"\s+", " ", fold(query.strip())):
        if ch in _ACCENTS:
            # Combining marks allowed after a letter: text in decomposed form (e + U+0301) matches too.
            parts.append(f"[{_ACCENTS[ch]}]\\p{{Mn}}*")
        elif ch == " ":
            parts.append(r"[\s\p{Zs}]+")  # RE2's \s is ASCII only: no-break spaces are common in French
        else:
            parts.append(re.escape(ch))
    return "(?i)" + "".join(parts)


def valid_date(value: str | None) -> bool:
    """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` (dates are stored as such strings, so they compare in order)."""
    return store_base.valid_date(value)


FACETS = ("actor", "narrative", "voice", "event_type", "technique")
# The facets whose rows carry a voice (``detail``: author or quoted): their counts are also given per voice.
VOICED_FACETS = ("narrative", "technique")
VOICES = _voice.VOICES
SORTS = ("relevance", "date")
_PHRASE = re.compile(r'"([^"]+)"')


@dataclass(slots=True)
class Filters:
    """What a search asks for; empty strings count as "not given"."""

    q: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    cluster: str | None = None
    actor: str | None = None
    narrative: str | None = None
    voice: str | None = None
    event_type: str | None = None
    technique: str | None = None
    sort: str | None = None
    coactor: str | None = None  # a second actor: the articles naming both (an actor page's co-actor counts)
    no_outlet: bool = False  # only the articles whose outlet was not recorded (the outlets page's row for them)
    credit: str | None = None  # part of the credited source (« TASS » in « Source : TASS »), case and accents ignored
    # The facet values ``actor`` / ``coactor`` stand for (``analytics.actor_facet_values``: the KB and Wikidata ids
    # of the actor a name or either id names, the linker having stored either); empty: the value as given.
    actor_values: tuple[str, ...] = ()
    coactor_values: tuple[str, ...] = ()
    # The actor group ``actor`` / ``coactor`` names (``group:russia``, ``analytics.actor_group``), else None: its
    # members are kept by ``analytics.group_condition``, a dated member (a minister) only in articles of their term.
    actor_group: Any = None
    coactor_group: Any = None

    def facet_clauses(self, alias: str = "a", sql: Dialect = DUCKDB) -> tuple[list[str], list[Any]]:
        """Everything but the text query, as SQL conditions on ``articles`` (aliased ``alias``) in ``sql``'s
        dialect."""
        clauses: list[str] = []
        params: list[Any] = []
        col = f"{alias}." if alias else ""
        if self.outlet:
            clauses.append(f"{col}outlet = ?")
            params.append(self.outlet)
        if self.no_outlet:
            clauses.append(f"({col}outlet IS NULL OR {col}outlet = '')")
        if self.credit:
            # As the CLI's and the Python API's ``--credit`` (``fold``): « senegalaise » finds « sénégalaise ».
            clauses.append(sql.regex_match(f"{col}attributed_source"))
            params.append(sql.pattern(accent_pattern(self.credit)))
        period, period_params = dialect.period(f"{col}date", self.since, self.until)
        clauses += period
        params += period_params
        if self.cluster:
            clauses.append(f"{col}cluster_id = ?")
            params.append(self.cluster)
        tagged = "{c}id IN (SELECT article_id FROM article_facets WHERE facet = ? AND value = ?{extra})"
        for wanted, values, group in ((self.actor, self.actor_values, self.actor_group),
                                      (self.coactor, self.coactor_values, self.coactor_group)):
            if wanted and group is not None:
                from kibaru.serve.analytics import group_condition

                # The article's own date (the outer row): as the trend, the timeline and the quotes filters.
                condition, members = group_condition(group, "f.value", f"{col}date")
                clauses.append(f"{col}id IN (SELECT f.article_id FROM article_facets f WHERE f.facet = 'actor' "
                               f"AND ({condition}))")
                params.extend(members)
            elif wanted:
                named = values or (wanted,)
                clauses.append(f"{col}id IN (SELECT article_id FROM article_facets WHERE facet = 'actor' "
                               f"AND value IN ({', '.join('?' for _ in named)}))")
                params.extend(named)
        # ``voice`` qualifies the narrative and/or the technique asked for (each in that voice); alone, it
        # keeps the articles carrying some narrative in that voice.
        voiced = " AND detail = ?" if self.voice else ""
        in_voice = [self.voice] if self.voice else []
        if self.narrative:
            clauses.append(tagged.format(c=col, extra=voiced))
            params.extend(["narrative", self.narrative, *in_voice])
        elif self.voice and not self.technique:
            clauses.append(f"{col}id IN (SELECT article_id FROM article_facets WHERE facet = 'narrative' "
                           "AND detail = ?)")
            params.append(self.voice)
        if self.event_type:
            clauses.append(tagged.format(c=col, extra=""))
            params.extend(["event_type", self.event_type])
        if self.technique:
            clauses.append(tagged.format(c=col, extra=voiced))
            params.extend(["technique", self.technique, *in_voice])
        return clauses, params

    def where(self, sql: Dialect = DUCKDB) -> tuple[str, list[Any]]:
        """All filters, the text query as a literal accent-insensitive scan (the fallback without an index)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.q and self.q.strip():
            # The pattern is a bound parameter; every character the user typed is matched literally.
            clauses.append(f"({sql.regex_match('title')} OR {sql.regex_match('text')})")
            pattern = sql.pattern(accent_pattern(self.q.replace('"', " ").strip() or self.q))
            params.extend([pattern, pattern])
        more, more_params = self.facet_clauses("", sql)
        clauses += more
        params += more_params
        return ("WHERE " + " AND ".join(clauses) if clauses else ""), params

    def as_params(self) -> dict[str, str]:
        """The non-empty filters, for building page links."""
        return {k: v for k, v in (
            ("q", self.q), ("outlet", self.outlet), ("since", self.since), ("until", self.until),
            ("cluster", self.cluster), ("actor", self.actor), ("coactor", self.coactor), ("narrative", self.narrative),
            ("voice", self.voice), ("event_type", self.event_type), ("technique", self.technique), ("sort", self.sort),
            ("no_outlet", "1" if self.no_outlet else None), ("credit", self.credit),
        ) if v}

    def without(self, *names: str) -> dict[str, str]:
        """``as_params`` less some filters (links that remove one facet)."""
        return {k: v for k, v in self.as_params().items() if k not in names}

    def dropping(self, name: str) -> Filters:
        """These filters less one (``name`` as in ``as_params``), its derived values too: what a search finding
        nothing would find without that filter."""
        changes: dict[str, Any] = {name: False if name == "no_outlet" else None}
        if name in ("actor", "coactor"):
            changes.update({f"{name}_values": (), f"{name}_group": None})
        return replace(self, **changes)


# The search filters' names on the search page (``Filters.as_params`` keys; ``sort`` is not a filter).
FILTER_LABELS = {
    "q": "Texte", "outlet": "Média", "since": "Depuis", "until": "Jusqu'au", "cluster": "Groupe de reprises",
    "actor": "Acteur", "coactor": "Second acteur", "narrative": "Récit", "voice": "Voix", "event_type": "Événement",
    "technique": "Technique", "no_outlet": "Média non enregistré", "credit": "Source citée",
}


@dataclass(slots=True)
class Page:
    total: int
    limit: int
    offset: int
    items: list[dict[str, Any]] = field(default_factory=list)
    mode: str = "scan"  # "index" (stemmed full-text) or "scan" (literal accent-insensitive match)
    terms: frozenset[str] = frozenset()  # the index terms the query matched (for marking snippets)
    query: TextQuery | None = None  # the parsed text query (reused for the facet counts)


def clamp_limit(limit: int | None) -> int:
    if limit is None:
        return DEFAULT_PAGE_SIZE
    return max(1, min(MAX_PAGE_SIZE, limit))


@functools.lru_cache(maxsize=256)
def _terms_pattern(terms: frozenset[str]) -> re.Pattern[str]:
    """Words that may have one of ``terms`` as stem: a stem is (up to accents) a prefix of its word, so
    candidates are found by a regular expression and confirmed by stemming them."""
    bodies = sorted((_py_pattern(t).pattern for t in terms), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(bodies) + r")[^\W_]*", re.IGNORECASE)


def _term_matches(text: str, terms: frozenset[str]) -> Iterator[tuple[int, int]]:
    for m in _terms_pattern(terms).finditer(text):
        if search_index.term_of(m.group().lower()) in terms:
            yield m.start(), m.end()


def _first_match(text: str, query: str | None, terms: frozenset[str] = frozenset()) -> int:
    if terms:
        for start, _ in _term_matches(text, terms):
            return start
    found = _py_pattern(query.strip()).search(text) if query and query.strip() else None
    return found.start() if found else -1


def snippet(text: str, query: str | None, terms: frozenset[str] = frozenset(), width: int = SNIPPET_CONTEXT) -> str:
    """A short extract of ``text`` around the first match of ``query`` (one of the index ``terms`` when
    given, else an accent-insensitive literal match), cut at words."""
    flat = " ".join(text.split())
    pos = _first_match(flat, query, terms)
    if pos < 0:  # no query, or matched in the title only
        start, end = 0, min(len(flat), 2 * width)
    else:
        start, end = max(0, pos - width), min(len(flat), pos + width)
    if start > 0 and " " in flat[start:pos]:
        start = flat.index(" ", start) + 1
    if end < len(flat) and " " in flat[max(pos, start):end]:
        end = flat.rindex(" ", max(pos, start), end)
    return ("…" if start > 0 else "") + flat[start:end] + ("…" if end < len(flat) else "")


def mark_matches(text: str, query: str | None, terms: frozenset[str] | None = None) -> list[tuple[str, bool]]:
    """``text`` cut into pieces, each flagged when it matches ``query`` (for bolding): a word whose index term is
    one of ``terms`` when given, else an accent-insensitive literal match."""
    if not query or not query.strip():
        return [(text, False)]
    pieces: list[tuple[str, bool]] = []
    last = 0
    if terms:
        for start, end in _term_matches(text, terms):
            pieces.append((text[last:start], False))
            pieces.append((text[start:end], True))
            last = end
        pieces.append((text[last:], False))
        return [p for p in pieces if p[0]]
    for m in _py_pattern(query.strip()).finditer(text):
        if m.end() > m.start():
            pieces.append((text[last:m.start()], False))
            pieces.append((m.group(), True))
            last = m.end()
    pieces.append((text[last:], False))
    return [p for p in pieces if p[0]]


def lead(text: str | None, width: int = LEAD_CHARS) -> str:
    """The start of an untitled article's first line, cut at a word, to stand in for its title in lists."""
    first = next((line.strip() for line in (text or "").splitlines() if len(line.strip()) > 20), (text or "").strip())
    if len(first) <= width:
        return first
    cut = first[:width].rsplit(" ", 1)[0]
    return cut.rstrip(" ,;:") + "…"



def has_technique_voices(cur: Cursor) -> bool:
    """Whether every ``technique`` facet row has its voice (schema v6; a database of an earlier schema opened
    read-only has none, and a technique filter with a voice would then find nothing)."""
    row = cur.execute("SELECT count(*) FROM article_facets WHERE facet = 'technique' AND detail IS NULL").fetchone()
    return not (row and row[0])


def has_index(cur: Cursor) -> bool:
    """Whether the database has the v3 derived tables (an older file opened read-only has not)."""
    tables = cur.dialect.index_tables
    row = cur.execute(
        "SELECT count(DISTINCT table_name) FROM information_schema.tables "
        f"WHERE {dialect.in_list('table_name', len(tables))}", tables,
    ).fetchone()
    return bool(row and row[0] == len(tables))


@dataclass(slots=True)
class TextQuery:
    """A query split for the index: per word, the term ids it may match; phrases to match literally."""

    words: list[list[int]]
    terms: frozenset[str]
    phrases: list[str]
    excluded: list[list[int]] = field(default_factory=list)  # per ``-word``: articles with these terms are left out


def parse_query(cur: Cursor, q: str) -> TextQuery | None:
    """The query's words resolved against the index vocabulary; None when nothing in it is indexable
    (stop words, punctuation alone: the literal scan answers those)."""
    q, excluded = split_excluded(q)
    phrases = [p.strip() for p in _PHRASE.findall(q) if p.strip()]
    found = list(dict.fromkeys(search_index.words(q)))
    if not found:
        return None
    per_word: list[list[int]] = []
    matched: set[str] = set()
    for w in found:
        terms = _word_terms(cur, w)
        matched |= terms
        per_word.append(sorted(search_index.term_id(t) for t in terms))
    # "-wagner" leaves out the articles holding the word (it used to be one more required word).
    unwanted = [sorted(search_index.term_id(t) for t in _word_terms(cur, w, widen=False))
                for w in dict.fromkeys(search_index.words(excluded)) if w not in found]
    return TextQuery(words=per_word, terms=frozenset(matched), phrases=phrases, excluded=[i for i in unwanted if i])


def _word_terms(cur: Cursor, w: str, *, widen: bool = True) -> set[str]:
    """The index terms a query word may match; ``widen=False`` (an excluded word): only the word's own
    forms, so that "-mali" leaves out "Mali" and "malien" but not every word beginning with "mal"."""
    stems = sorted({search_index.term_of(w), search_index.term_of(search_index.fold(w))})
    prefix = min(stems, key=len)
    # The word as typed (folded), its possible stems, and longer stems that begin with the shortest one.
    # Three indexed lookups (one query with ORs would scan the vocabulary).
    rows = cur.execute("SELECT term FROM search_vocab WHERE folded = ? AND term IS NOT NULL",
                       [search_index.fold(w)]).fetchall()
    if not widen:
        return {r[0] for r in rows}
    # ... and the shorter stems its own stems begin with ("negociation" → "negoci" → "negoc", "négocie").
    shorter = sorted({st[:k] for st in stems for k in range(search_index.MIN_PREFIX, len(st))} | set(stems))
    rows += cur.execute(f"SELECT term FROM search_vocab WHERE {dialect.in_list('term', len(shorter))}",
                        shorter).fetchall()
    if len(prefix) >= search_index.MIN_PREFIX:
        rows += cur.execute("SELECT DISTINCT term FROM search_vocab WHERE term >= ? AND term < ?",
                            [prefix, prefix + "\uffff"]).fetchall()
    return {r[0] for r in rows}


def _fulltext_query(cur: Cursor, q: str | None) -> str | None:
    """Where the database searches text itself (PostgreSQL), the query to bind; None without such a search
    or when ``q`` has no word it can look up (``%``, stop words alone: the literal scan answers those)."""
    if not cur.dialect.fulltext or not q or not q.strip() or not search_index.words(q):
        return None
    return cur.dialect.prepare_query(cur, q)


def _query_terms(q: str | None) -> frozenset[str]:
    """The stems of the words of ``q`` (for marking matches in snippets), less those excluded with ``-word``."""
    if not q:
        return frozenset()
    kept = " ".join(w for w in q.split() if not w.startswith("-"))
    words = search_index.words(kept)
    return frozenset({search_index.term_of(w) for w in words} | {search_index.term_of(search_index.fold(w))
                                                                 for w in words})


def _fulltext_clauses(sql: Dialect, filters: Filters, tsq: str) -> tuple[list[str], list[Any]]:
    """The text query ``tsq`` through the database's full-text search (PostgreSQL's tsvector column), quoted
    phrases matched literally on top (as on DuckDB), then the facets."""
    clauses = [f"a.search @@ {sql.tsquery()}"]
    params: list[Any] = [tsq]
    for phrase in (p.strip() for p in _PHRASE.findall(filters.q or "")):
        if phrase:
            clauses.append(f"({sql.regex_match('a.title')} OR {sql.regex_match('a.text')})")
            params.extend([sql.pattern(accent_pattern(phrase))] * 2)
    more, more_params = filters.facet_clauses("a", sql)
    return clauses + more, params + more_params


def postings(n: int) -> str:
    """A subquery of the postings (article_id, tf) of ``n`` bound term ids. One equality per term: the
    postings are sorted by term, so each equality reads only the row groups holding that term, whereas
    ``term_id IN (…)`` prunes by the list's min and max, which for hashed ids spans the whole table."""
    if n <= 0:
        return "(SELECT article_id, tf FROM search_terms WHERE FALSE)"
    return "(" + " UNION ALL ".join(["SELECT article_id, tf FROM search_terms WHERE term_id = ?"] * n) + ")"


def _postings_count(cur: Cursor, ids: list[int]) -> int:
    row = cur.execute(f"SELECT count(*) FROM {postings(len(ids))}", ids).fetchone()
    return int(row[0]) if row else 0


@dataclass
class _IdQuery:
    """The statement selecting a search's article ids in its order (``sql``, ending before LIMIT), with the count
    statement a page past the end needs; ``empty``: a query word the index does not hold, so nothing matches."""

    sql: str = ""
    params: list[Any] = field(default_factory=list)
    count_sql: str = ""
    count_params: list[Any] = field(default_factory=list)
    mode: str = "scan"
    text_query: TextQuery | None = None
    tsq: str | None = None
    empty: bool = False


def _id_query(cur: Cursor, filters: Filters, indexed: bool | None) -> _IdQuery:
    """How ``search`` (one page) and ``matching_ids`` (every match, ``kibaru export``) select the articles."""
    by_date = "ORDER BY a.date DESC NULLS LAST, a.ingest_seq DESC"
    tsq = _fulltext_query(cur, filters.q)
    if filters.q and filters.q.strip() and not cur.dialect.fulltext and (
            indexed if indexed is not None else has_index(cur)):
        text_query = parse_query(cur, filters.q)
    else:
        text_query = None
    if tsq is not None:
        clauses, params = _fulltext_clauses(cur.dialect, filters, tsq)
        where = "WHERE " + " AND ".join(clauses)
        by_rank = f"ORDER BY {cur.dialect.rank('a')} DESC, a.date DESC NULLS LAST, a.ingest_seq DESC"
        order, order_params = (by_date, []) if filters.sort == "date" else (by_rank, [tsq, tsq])
        return _IdQuery(f"SELECT a.id, count(*) OVER () FROM articles a {where} {order}",
                        [*params, *order_params], f"SELECT count(*) FROM articles a {where}", list(params),
                        "index", None, tsq)
    if text_query is not None:
        if any(not ids for ids in text_query.words):
            return _IdQuery(mode="index", text_query=text_query, empty=True)
        clauses, params = filters.facet_clauses("a", cur.dialect)
        words = text_query.words
        if len(words) > 1:
            # The rarest word first: it bounds the candidates the relevance sums run over.
            words = sorted(words, key=lambda ids: _postings_count(cur, ids))
        for ids in words[1:]:
            clauses.append(f"a.id IN (SELECT article_id FROM {postings(len(ids))})")
            params.extend(ids)
        for ids in text_query.excluded:
            clauses.append(f"a.id NOT IN (SELECT article_id FROM {postings(len(ids))})")
            params.extend(ids)
        for phrase in text_query.phrases:
            clauses.append(f"({cur.dialect.regex_match('a.title')} OR {cur.dialect.regex_match('a.text')})")
            params.extend([cur.dialect.pattern(accent_pattern(phrase))] * 2)
        all_ids = sorted({i for ids in text_query.words for i in ids})
        first = words[0]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        by_score = "ORDER BY h.score DESC, a.date DESC NULLS LAST, a.ingest_seq DESC"
        order = by_date if filters.sort == "date" else by_score
        # The page's ids first (no text carried through the sort and the count), then their text.
        # With one word, every hit has it; with more, the first word is required here, the others in ``where``.
        several = len(words) > 1
        firsts = f"firsts AS (SELECT DISTINCT article_id FROM {postings(len(first))}), " if several else ""
        sql = (
            f"WITH {firsts}hits AS (SELECT article_id, sum(ln(1 + tf)) AS score FROM {postings(len(all_ids))}"
            f"{' WHERE article_id IN (SELECT article_id FROM firsts)' if several else ''} GROUP BY article_id) "
            "SELECT a.id, count(*) OVER () FROM articles a JOIN hits h ON h.article_id = a.id "
            f"{where} {order}"
        )
        count_sql = (
            f"SELECT count(*) FROM articles a WHERE a.id IN (SELECT article_id FROM {postings(len(first))}) "
            f"{('AND ' + ' AND '.join(clauses)) if clauses else ''}"
        )
        return _IdQuery(sql, [*(first if several else []), *all_ids, *params], count_sql, [*first, *params],
                        "index", text_query)
    where, params = filters.where(cur.dialect)
    return _IdQuery(f"SELECT a.id, count(*) OVER () FROM articles a {where} {by_date}", params,
                    f"SELECT count(*) FROM articles a {where}", params, "scan")


def matching_ids(cur: Cursor, filters: Filters, *, indexed: bool | None = None) -> list[str]:
    """The ids of every article a search with ``filters`` finds (no page limit), in the search's order: what
    ``kibaru export`` with the search page's filters exports."""
    found = _id_query(cur, filters, indexed)
    return [] if found.empty else [r[0] for r in cur.execute(found.sql, found.params).fetchall()]


def search(cur: Cursor, filters: Filters, limit: int | None = None, offset: int = 0,
           *, indexed: bool | None = None) -> Page:
    """Articles matching ``filters``, one page: by relevance when there is a text query (unless
    ``sort=date``), else newest first (undated last). ``indexed``: whether the database has the search
    index, when the caller knows (else it is looked up)."""
    limit = clamp_limit(limit)
    offset = clamp_offset(offset)
    how = _id_query(cur, filters, indexed)
    text_query, tsq = how.text_query, how.tsq
    if how.empty:
        return Page(total=0, limit=limit, offset=offset, mode=how.mode, query=text_query)
    sql, all_params = f"{how.sql} LIMIT ? OFFSET ?", [*how.params, limit, offset]
    count_sql, count_params, mode = how.count_sql, how.count_params, how.mode
    # One query: the total rides along with the page (a page past the end needs a second query).
    page_rows = cur.execute(sql, all_params).fetchall()
    if page_rows:
        total = int(page_rows[0][1])
    elif offset == 0:
        total = 0
    else:
        row = cur.execute(count_sql, count_params).fetchone()
        total = int(row[0]) if row else 0
    ids = [r[0] for r in page_rows]
    found = {r[0]: r for r in cur.execute(
        f"SELECT id, title, date, outlet, cluster_id, text FROM articles WHERE {dialect.in_list('id', len(ids))}", ids
    ).fetchall()} if ids else {}
    rows = [found[i] for i in ids if i in found]
    terms = text_query.terms if text_query else _query_terms(filters.q) if tsq is not None else frozenset()
    items = [
        {"id": r[0], "title": r[1], "date": r[2], "outlet": r[3], "cluster_id": r[4],
         "snippet": snippet(r[5], filters.q, terms), "lead": None if r[1] else lead(r[5])}
        for r in rows
    ]
    return Page(total=total, limit=limit, offset=offset, items=items, mode=mode, terms=terms, query=text_query)


def facet_counts(
    cur: Cursor, filters: Filters, per_facet: int = 8, page: Page | None = None
) -> dict[str, list[dict[str, Any]]]:
    """For the articles matching ``filters``: the most frequent outlets, actors, narratives and event types
    (``page``: the search already run for these filters, whose parsed query is reused)."""
    tsq = _fulltext_query(cur, filters.q)
    if cur.dialect.fulltext or (page is not None and (page.query is not None or page.mode == "scan")):
        text_query = page.query if page is not None else None
    else:
        text_query = parse_query(cur, filters.q) if filters.q and filters.q.strip() and has_index(cur) else None
    if tsq is not None:
        clauses, params = _fulltext_clauses(cur.dialect, filters, tsq)
        where = "WHERE " + " AND ".join(clauses)
    elif text_query is not None:
        if any(not ids for ids in text_query.words):
            return {}
        clauses, params = filters.facet_clauses("a", cur.dialect)
        for ids in text_query.words:
            clauses.append(f"a.id IN (SELECT article_id FROM {postings(len(ids))})")
            params.extend(ids)
        for ids in text_query.excluded:
            clauses.append(f"a.id NOT IN (SELECT article_id FROM {postings(len(ids))})")
            params.extend(ids)
        where = "WHERE " + " AND ".join(clauses)
    else:
        where, params = filters.where(cur.dialect)
    res = f"SELECT a.id, a.outlet FROM articles a {where}"
    out: dict[str, list[dict[str, Any]]] = {}
    rows = cur.execute(
        f"WITH res AS ({res}) SELECT outlet, count(*) AS n FROM res WHERE outlet IS NOT NULL GROUP BY 1 "
        "ORDER BY n DESC, outlet LIMIT ?", [*params, per_facet]
    ).fetchall()
    out["outlet"] = [{"value": r[0], "label": r[0], "n": r[1]} for r in rows]
    # The top ``per_facet`` values of each facet (a subquery rather than DuckDB's QUALIFY: PostgreSQL has none).
    rows = cur.execute(
        f"WITH res AS ({res}) SELECT facet, value, label, cnt, author, quoted FROM ("
        "SELECT facet, value, max(label) AS label, count(DISTINCT article_id) AS cnt, "
        "count(DISTINCT CASE WHEN detail = 'author' THEN article_id END) AS author, "
        "count(DISTINCT CASE WHEN detail = 'quoted' THEN article_id END) AS quoted, row_number() OVER "
        "(PARTITION BY facet ORDER BY count(DISTINCT article_id) DESC, value) AS rank FROM article_facets "
        "WHERE article_id IN (SELECT id FROM res) AND facet IN ('actor', 'narrative', 'event_type', 'technique') "
        "GROUP BY facet, value) t WHERE rank <= ? ORDER BY facet, cnt DESC, value", [*params, per_facet]
    ).fetchall()
    for facet, value, label, n, author, quoted in rows:
        item = {"value": value, "label": label or value, "n": n}
        if facet in VOICED_FACETS:
            # Articles carrying it in the outlet's own words / inside a quote (an article can count in both, so
            # the two need not add up to ``n``).
            item.update(author=int(author or 0), quoted=int(quoted or 0))
        out.setdefault(facet, []).append(item)
    return out


def get_article(cur: Cursor, article_id: str, *, recorded: bool = True) -> Article | None:
    """The stored article with its ``enrichment`` record (``recorded``: the database has the column, v7)."""
    c = cur.execute(f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id = ?", [article_id])
    row = c.fetchone()
    names = c.columns
    if not row:
        return None
    article = article_from_row(dict(zip(names, row, strict=True)))
    if recorded:
        article.enrichment = stored_records(cur, [article_id]).get(article_id)
    return article


def get_record(cur: Cursor, article_id: str, *, recorded: bool = True) -> dict[str, Any] | None:
    """The article as the contract's JSON object (with ``enrichment`` when recorded), or None."""
    article = get_article(cur, article_id, recorded=recorded)
    return export_record(article) if article else None


def get_cluster(cur: Cursor, cluster_id: str) -> dict[str, Any] | None:
    """A republication cluster: its first article and every member in publication order."""
    head = cur.execute(
        "SELECT cluster_id, first_article_id, size FROM clusters WHERE cluster_id = ?", [cluster_id]
    ).fetchone()
    if head is None:
        return None
    rows = cur.execute(
        "SELECT id, title, date, outlet, url, left(text, 400) FROM articles WHERE cluster_id = ? "
        "ORDER BY id = ? DESC, date NULLS LAST, ingest_seq",
        [cluster_id, head[1]],
    ).fetchall()
    from kibaru.analyse.dedup import republication_delay

    first_date = next((r[2] for r in rows if r[0] == head[1]), None)
    members = [
        {"id": r[0], "title": r[1], "date": r[2], "outlet": r[3], "url": r[4], "first": r[0] == head[1],
         "days_after_first": None if r[0] == head[1] else republication_delay(first_date, r[2]),
         "lead": None if r[1] else lead(r[5])}
        for r in rows
    ]
    return {"cluster_id": head[0], "first_article_id": head[1], "size": head[2], "members": members}


def status(cur: Cursor) -> dict[str, Any]:
    """Counts for the home page and ``/api/status``."""

    def scalar(sql: str) -> int:
        row = cur.execute(sql).fetchone()
        return int(row[0]) if row and row[0] is not None else 0

    span = cur.execute("SELECT min(date), max(date) FROM articles").fetchone()
    runs = cur.execute(
        "SELECT run_id, started_at, finished_at, status, n_read, n_new, n_rejected "
        "FROM runs ORDER BY run_id DESC LIMIT 5"
    ).fetchall()
    return {
        "articles": scalar("SELECT count(*) FROM articles"),
        "outlets": scalar("SELECT count(DISTINCT outlet) FROM articles"),
        "clusters": scalar("SELECT count(*) FROM clusters"),
        "multi_member_clusters": scalar("SELECT count(*) FROM clusters WHERE size > 1"),
        "dated": scalar("SELECT count(*) FROM articles WHERE date IS NOT NULL"),
        "with_entities": scalar("SELECT count(*) FROM articles WHERE entities <> '[]'"),
        "with_quotes": scalar("SELECT count(*) FROM articles WHERE quotes <> '[]'"),
        "rejections": scalar("SELECT count(*) FROM rejections"),
        "first_date": span[0] if span else None,
        "last_date": span[1] if span else None,
        "runs": [
            {"run_id": r[0], "started_at": str(r[1])[:19], "finished_at": str(r[2])[:19] if r[2] else None,
             "status": r[3], "read": r[4], "new": r[5], "rejected": r[6]}
            for r in runs
        ],
    }


def latest(cur: Cursor, n: int = HOME_LATEST) -> list[dict[str, Any]]:
    rows = cur.execute(
        "SELECT id, title, date, outlet, left(text, 400) FROM articles ORDER BY date DESC NULLS LAST, ingest_seq DESC "
        "LIMIT ?", [n]
    ).fetchall()
    return [{"id": r[0], "title": r[1], "date": r[2], "outlet": r[3], "lead": None if r[1] else lead(r[4])}
            for r in rows]


def outlet_names(cur: Cursor) -> list[str]:
    return [r[0] for r in cur.execute(
        "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet").fetchall()]


def outlets(cur: Cursor) -> list[dict[str, Any]]:
    """Per outlet: articles, dates, first publications and republications within multi-member clusters."""
    rows = cur.execute(
        """
        WITH member AS (
            SELECT a.id, a.id = c.first_article_id AS is_first
            FROM articles a JOIN clusters c ON a.cluster_id = c.cluster_id WHERE c.size > 1
        )
        SELECT a.outlet, count(*) AS n, min(a.date), max(a.date),
               count(*) FILTER (WHERE m.is_first), count(*) FILTER (WHERE NOT m.is_first)
        FROM articles a LEFT JOIN member m ON m.id = a.id
        GROUP BY a.outlet ORDER BY n DESC, a.outlet NULLS LAST
        """
    ).fetchall()
    return [
        {"outlet": r[0] or None, "articles": r[1], "first_date": r[2], "last_date": r[3], "first_publications": r[4],
         "republications": r[5]}
        for r in rows
    ]


def republication_pairs(cur: Cursor) -> list[dict[str, Any]]:
    """Who republishes whom: (original outlet, republishing outlet, number of clusters), and how fast: the median
    number of days from the first publication to the copy over the copies both dated to the day (``median_days``,
    None when none is; ``timed``: how many copies it is taken over); ``copies`` and ``uncredited``: the copies, and
    those crediting no source (no « Source : … » / « Avec … »)."""
    from statistics import median

    from kibaru.analyse.dedup import republication_delay

    rows = cur.execute(
        """
        SELECT f.outlet AS original, a.outlet AS republisher, c.cluster_id, f.date, a.date, a.attributed_source
        FROM clusters c
        JOIN articles f ON f.id = c.first_article_id
        JOIN articles a ON a.cluster_id = c.cluster_id AND a.id <> c.first_article_id
        WHERE c.size > 1
        """
    ).fetchall()
    groups: dict[tuple[str | None, str | None], tuple[set[str], list[int]]] = {}
    copies: Counter[tuple[str | None, str | None]] = Counter()
    uncredited: Counter[tuple[str | None, str | None]] = Counter()
    for original, republisher, cluster_id, first_date, date, credit in rows:
        clusters, delays = groups.setdefault((original, republisher), (set(), []))
        clusters.add(cluster_id)
        copies[original, republisher] += 1
        if not (credit or "").strip():
            uncredited[original, republisher] += 1
        delay = republication_delay(first_date, date)
        if delay is not None:
            delays.append(delay)
    # Most clusters first, then by name (unknown outlets last), as before.
    order = sorted(groups, key=lambda k: (-len(groups[k][0]), k[0] is None, k[0] or "", k[1] is None, k[1] or ""))
    return [{"original": o, "republisher": r, "clusters": len(groups[o, r][0]),
             "median_days": median(groups[o, r][1]) if groups[o, r][1] else None, "timed": len(groups[o, r][1]),
             "copies": copies[o, r], "uncredited": uncredited[o, r]}
            for o, r in order]


# Rows of the outlets page's « Sources créditées » table (most frequent pairs first).
CREDIT_ROWS = 40


def credited_sources(cur: Cursor, limit: int = CREDIT_ROWS) -> list[dict[str, Any]]:
    """Who credits whom: (credited source as written — « Source : TASS », « Avec AFP » —, outlet, articles)."""
    rows = cur.execute(
        "SELECT attributed_source, outlet, count(*) AS n FROM articles "
        "WHERE attributed_source IS NOT NULL AND attributed_source <> '' "
        "GROUP BY 1, 2 ORDER BY n DESC, 1, outlet NULLS LAST LIMIT ?", [clamp_limit(limit)]).fetchall()
    return [{"credit": r[0], "outlet": r[1], "articles": int(r[2])} for r in rows]


def credited_totals(cur: Cursor, limit: int = CREDIT_ROWS) -> list[dict[str, Any]]:
    """The credited sources as written, most credited first, with their articles (all outlets together)."""
    rows = cur.execute(
        "SELECT attributed_source, count(*) AS n FROM articles WHERE attributed_source IS NOT NULL "
        "AND attributed_source <> '' GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [clamp_limit(limit)]).fetchall()
    return [{"credit": r[0], "articles": int(r[1])} for r in rows]


def credited_by(cur: Cursor, outlet: str, limit: int = CREDIT_ROWS) -> list[dict[str, Any]]:
    """The sources ``outlet`` credits, as written, most credited first, with their articles."""
    rows = cur.execute(
        "SELECT attributed_source, count(*) AS n FROM articles WHERE outlet = ? AND attributed_source IS NOT NULL "
        "AND attributed_source <> '' GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [outlet, clamp_limit(limit)]).fetchall()
    return [{"credit": r[0], "articles": int(r[1])} for r in rows]


def months(cur: Cursor) -> list[dict[str, Any]]:
    """Articles per month (dated to at least the month), for the home page's bar chart."""
    rows = cur.execute(
        "SELECT left(date, 7) AS m, count(*) FROM articles WHERE length(date) >= 7 GROUP BY 1 ORDER BY 1"
    ).fetchall()
    return [{"month": r[0], "articles": r[1]} for r in rows]


@dataclass(slots=True)
class Segment:
    """A piece of article text and the annotations covering it (the template escapes ``text``)."""

    text: str
    entity: dict[str, Any] | None = None
    quote: dict[str, Any] | None = None
    narrative: dict[str, Any] | None = None
    technique: dict[str, Any] | None = None
    event: dict[str, Any] | None = None


def _spans(items: list[dict[str, Any]], length: int) -> list[dict[str, Any]]:
    """Annotations with usable offsets, sorted, overlaps dropped (the earlier, longer one wins)."""
    good = [
        it for it in items
        if isinstance(it, dict) and isinstance(it.get("start"), int) and isinstance(it.get("end"), int)
        and 0 <= it["start"] < it["end"] <= length
    ]
    good.sort(key=lambda it: (it["start"], -it["end"]))
    kept: list[dict[str, Any]] = []
    for it in good:
        if not kept or it["start"] >= kept[-1]["end"]:
            kept.append(it)
    return kept


def evidence_spans(narratives: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One span per evidence passage of each narrative, carrying the narrative's id, voice and score."""
    out = []
    for k, nar in enumerate(narratives or []):
        if not isinstance(nar, dict):
            continue
        for ev in nar.get("evidence") or []:
            if isinstance(ev, dict):
                out.append({"start": ev.get("start"), "end": ev.get("end"), "id": nar.get("id"), "n": k,
                            "voice": nar.get("voice"), "score": nar.get("score"), "speaker": nar.get("speaker")})
    return out


def paragraphs(text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]],
               **layers: list[dict[str, Any]]) -> list[list[Segment]]:
    """The segments grouped by line (one paragraph per non-empty line of the clean text)."""
    out: list[list[Segment]] = [[]]
    for seg in segments(text, entities, quotes, cut_lines=True, **layers):
        if seg.text == "\n":
            out.append([])
        else:
            out[-1].append(seg)
    return [p for p in out if any(s.text.strip() for s in p)]


def segments(
    text: str, entities: list[dict[str, Any]], quotes: list[dict[str, Any]], *, cut_lines: bool = False,
    narratives: list[dict[str, Any]] | None = None, techniques: list[dict[str, Any]] | None = None,
    events: list[dict[str, Any]] | None = None,
) -> list[Segment]:
    """Cut ``text`` at every annotation boundary (and around line breaks when ``cut_lines``) so that each
    piece can be marked up and escaped on its own. ``narratives`` are evidence spans (``evidence_spans``)."""
    layers = {
        "entity": _spans(entities, len(text)), "quote": _spans(quotes, len(text)),
        "narrative": _spans(narratives or [], len(text)), "technique": _spans(techniques or [], len(text)),
        "event": _spans(events or [], len(text)),
    }
    cuts = {0, len(text)}
    for spans in layers.values():
        for it in spans:
            cuts.update((it["start"], it["end"]))
    if cut_lines:
        for m in re.finditer("\n", text):
            cuts.update((m.start(), m.end()))
    points = sorted(cuts)
    out: list[Segment] = []
    index = dict.fromkeys(layers, 0)
    for start, end in itertools.pairwise(points):
        found: dict[str, dict[str, Any] | None] = {}
        for name, spans in layers.items():
            i = index[name]
            while i < len(spans) and spans[i]["end"] <= start:
                i += 1
            index[name] = i
            found[name] = spans[i] if i < len(spans) and spans[i]["start"] <= start else None
        out.append(Segment(text[start:end], **found))
    return out


def clusters(cur: Cursor, limit: int | None = None, offset: int = 0,
             min_size: int = 2) -> list[dict[str, Any]]:
    """Republication clusters, largest first, with their first publication."""
    rows = cur.execute(
        "SELECT c.cluster_id, c.first_article_id, c.size, f.outlet, f.date, f.title, "
        "(SELECT count(DISTINCT m.outlet) FROM articles m WHERE m.cluster_id = c.cluster_id) "
        "FROM clusters c LEFT JOIN articles f ON f.id = c.first_article_id WHERE c.size >= ? "
        "ORDER BY c.size DESC, f.date DESC NULLS LAST, c.cluster_id LIMIT ? OFFSET ?",
        [min(min_size, MAX_ROWS), clamp_limit(limit), clamp_offset(offset)],
    ).fetchall()
    return [{"cluster_id": r[0], "first_article_id": r[1], "size": r[2], "first_outlet": r[3], "first_date": r[4],
             "title": r[5], "outlets": int(r[6] or 0)} for r in rows]


def facet_options(cur: Cursor, facet: str, limit: int = 300) -> list[tuple[str, str | None, int]]:
    """Values of one facet with their article counts (for the search form's lists), most frequent first."""
    if not has_index(cur):
        return []
    rows = cur.execute(
        "SELECT value, max(label), count(DISTINCT article_id) AS n FROM article_facets WHERE facet = ? "
        "GROUP BY 1 ORDER BY n DESC, 1 LIMIT ?", [facet, limit]).fetchall()
    return [(r[0], r[1], int(r[2])) for r in rows]

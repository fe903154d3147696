-- v3: derived tables for French full-text search and facets (kibaru.store.search_index)
-- Rebuilt for an article every time it is written; filled for existing articles by the migration.
CREATE TABLE IF NOT EXISTS search_terms (
    term_id    BIGINT NOT NULL,   -- 64-bit hash of the stemmed, accent-folded term
    article_id VARCHAR NOT NULL,
    tf         INTEGER NOT NULL   -- occurrences (title words weigh more)
);
-- No ART index on term_id: fetching postings row by row through it took 0.3-0.5 s for a common word at
-- 35M postings. The table is instead rewritten sorted by term_id when enough unsorted rows have been
-- appended (search_index.compact_duckdb, after each ingest run), so min/max zone maps skip all but the
-- few row groups that hold a term.
CREATE TABLE IF NOT EXISTS search_meta (
    key   VARCHAR PRIMARY KEY,
    value BIGINT NOT NULL
);
CREATE TABLE IF NOT EXISTS search_vocab (
    word    VARCHAR PRIMARY KEY,  -- a surface word, lower-cased
    folded  VARCHAR NOT NULL,     -- the word without accents
    term    VARCHAR,              -- its stemmed, folded term (NULL: a stop word, not indexed)
    term_id BIGINT
);
CREATE INDEX IF NOT EXISTS search_vocab_folded ON search_vocab (folded);
CREATE INDEX IF NOT EXISTS search_vocab_term ON search_vocab (term);
CREATE TABLE IF NOT EXISTS search_index_ids (
    article_id VARCHAR PRIMARY KEY
);
CREATE TABLE IF NOT EXISTS article_facets (
    article_id VARCHAR NOT NULL,
    facet      VARCHAR NOT NULL,  -- actor, speaker, narrative, technique, event_type
    value      VARCHAR NOT NULL,  -- kb id, narrative id, technique id, event type
    label      VARCHAR,           -- display name where the article gives one (canonical actor name)
    detail     VARCHAR,           -- actor: entity label, narrative: voice (author or quoted)
    n          INTEGER NOT NULL,  -- mentions, quotes, evidence spans, events
    score      DOUBLE
);

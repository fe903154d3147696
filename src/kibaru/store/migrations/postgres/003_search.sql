-- v3 (twin of duckdb/003_search.sql). DuckDB has no usable full-text extension offline, so it keeps
-- its own inverted index (search_terms, search_vocab); PostgreSQL already searches through the
-- generated `search` tsvector column and its GIN index created in v1, so of DuckDB's derived tables
-- only the facets are needed: what an article is about, flattened from its JSON fields
-- (kibaru.store.search_index.facet_rows), for the dashboard's filters and aggregates.
-- Rewritten for an article every time it is written (PostgresStorage.write_batch); filled for the
-- articles already stored by the migration itself (PostgresStorage.migrate).
CREATE TABLE IF NOT EXISTS article_facets (
    article_id TEXT NOT NULL,
    facet      TEXT NOT NULL,  -- actor, speaker, narrative, technique, event_type
    value      TEXT NOT NULL,  -- kb id, narrative id, technique id, event type
    label      TEXT,           -- display name where the article gives one (canonical actor name)
    detail     TEXT,           -- actor: entity label, narrative: voice (author or quoted)
    n          INTEGER NOT NULL,  -- mentions, quotes, evidence spans, events
    score      DOUBLE PRECISION
);
CREATE INDEX IF NOT EXISTS article_facets_value ON article_facets (facet, value);
CREATE INDEX IF NOT EXISTS article_facets_article ON article_facets (article_id);

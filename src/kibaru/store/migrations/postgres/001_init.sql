-- kibaru schema v1 on PostgreSQL: articles, runs, rejections, clusters (mirrors duckdb/001_init.sql).
-- JSON fields stay text, so that every backend reads them the same way. What PostgreSQL adds:
-- sequences for run ids and ingest order (several writers may run at once), BYTEA signatures, and
-- full-text search in French with accents folded (a generated tsvector column and its GIN index).
CREATE EXTENSION IF NOT EXISTS unaccent;

-- French stemming after folding accents: "securite" finds "sécurité", "sanctions" finds "sanction".
CREATE TEXT SEARCH CONFIGURATION french_unaccent (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION french_unaccent
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE SEQUENCE IF NOT EXISTS runs_run_id_seq;

CREATE TABLE IF NOT EXISTS runs (
    run_id      INTEGER PRIMARY KEY DEFAULT nextval('runs_run_id_seq'),
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      TEXT NOT NULL,
    inputs      TEXT NOT NULL,
    n_read      INTEGER DEFAULT 0,
    n_new       INTEGER DEFAULT 0,
    n_updated   INTEGER DEFAULT 0,
    n_unchanged INTEGER DEFAULT 0,
    n_duplicates INTEGER DEFAULT 0,
    n_rejected  INTEGER DEFAULT 0
);

CREATE SEQUENCE IF NOT EXISTS articles_ingest_seq;

CREATE TABLE IF NOT EXISTS articles (
    id                TEXT PRIMARY KEY,
    content_hash      TEXT NOT NULL,
    source_path       TEXT,
    source_kind       TEXT,
    url               TEXT,
    outlet            TEXT,
    attributed_source TEXT,
    title             TEXT,
    date              TEXT,
    date_precision    TEXT,
    date_origin       TEXT,
    language          TEXT,
    text              TEXT NOT NULL,
    boilerplate       TEXT NOT NULL,
    cluster_id        TEXT,
    synthetic         BOOLEAN NOT NULL DEFAULT FALSE,
    entities          TEXT NOT NULL DEFAULT '[]',
    quotes            TEXT NOT NULL DEFAULT '[]',
    events            TEXT NOT NULL DEFAULT '[]',
    narratives        TEXT NOT NULL DEFAULT '[]',
    techniques        TEXT NOT NULL DEFAULT '[]',
    stance            TEXT NOT NULL DEFAULT '[]',
    minhash           BYTEA,
    ingest_seq        BIGINT NOT NULL DEFAULT nextval('articles_ingest_seq'),
    first_run         INTEGER NOT NULL,
    last_run          INTEGER NOT NULL,
    search            TSVECTOR GENERATED ALWAYS AS (
                          to_tsvector('french_unaccent'::regconfig, coalesce(title, '') || ' ' || text)
                      ) STORED
);

CREATE UNIQUE INDEX IF NOT EXISTS articles_ingest_seq_idx ON articles (ingest_seq);
CREATE INDEX IF NOT EXISTS articles_search_idx ON articles USING GIN (search);
CREATE INDEX IF NOT EXISTS articles_date_idx ON articles (date);
CREATE INDEX IF NOT EXISTS articles_outlet_idx ON articles (outlet);
CREATE INDEX IF NOT EXISTS articles_cluster_idx ON articles (cluster_id);

CREATE TABLE IF NOT EXISTS clusters (
    cluster_id       TEXT PRIMARY KEY,
    first_article_id TEXT NOT NULL,
    size             INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    run_id  INTEGER NOT NULL,
    "where" TEXT NOT NULL,
    reason  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS rejections_run_idx ON rejections (run_id)

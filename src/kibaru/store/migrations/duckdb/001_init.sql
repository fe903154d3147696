-- kibaru schema v1: articles, runs, rejections, clusters.
-- JSON fields are stored as text so that every backend reads them the same way.
CREATE TABLE IF NOT EXISTS runs (
    run_id      INTEGER PRIMARY KEY,
    started_at  TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status      VARCHAR NOT NULL,
    inputs      VARCHAR NOT NULL,
    n_read      INTEGER DEFAULT 0,
    n_new       INTEGER DEFAULT 0,
    n_updated   INTEGER DEFAULT 0,
    n_unchanged INTEGER DEFAULT 0,
    n_duplicates INTEGER DEFAULT 0,
    n_rejected  INTEGER DEFAULT 0
);

CREATE TABLE IF NOT EXISTS articles (
    id                VARCHAR PRIMARY KEY,
    content_hash      VARCHAR NOT NULL,
    source_path       VARCHAR,
    source_kind       VARCHAR,
    url               VARCHAR,
    outlet            VARCHAR,
    attributed_source VARCHAR,
    title             VARCHAR,
    date              VARCHAR,
    date_precision    VARCHAR,
    date_origin       VARCHAR,
    language          VARCHAR,
    text              VARCHAR NOT NULL,
    boilerplate       VARCHAR NOT NULL,
    cluster_id        VARCHAR,
    synthetic         BOOLEAN NOT NULL DEFAULT FALSE,
    entities          VARCHAR NOT NULL DEFAULT '[]',
    quotes            VARCHAR NOT NULL DEFAULT '[]',
    events            VARCHAR NOT NULL DEFAULT '[]',
    narratives        VARCHAR NOT NULL DEFAULT '[]',
    techniques        VARCHAR NOT NULL DEFAULT '[]',
    stance            VARCHAR NOT NULL DEFAULT '[]',
    minhash           BLOB,
    ingest_seq        BIGINT NOT NULL,
    first_run         INTEGER NOT NULL,
    last_run          INTEGER NOT NULL
);


CREATE TABLE IF NOT EXISTS clusters (
    cluster_id       VARCHAR PRIMARY KEY,
    first_article_id VARCHAR NOT NULL,
    size             INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS rejections (
    run_id  INTEGER NOT NULL,
    "where" VARCHAR NOT NULL,
    reason  VARCHAR NOT NULL
);

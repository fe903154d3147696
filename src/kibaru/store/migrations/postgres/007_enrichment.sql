-- v7: what enriched each stored article (mirrors duckdb/007_enrichment.sql): ``enrichment`` is the JSON
-- record (components, kibaru version, KB version, model ids and hashes, time), ``enrichment_key`` a hash of
-- it without the time. NULL: stored before provenance was recorded. ``runs.kind``: ingest or enrich.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment TEXT;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment_key TEXT;
CREATE INDEX IF NOT EXISTS articles_enrichment_key_idx ON articles (enrichment_key);
ALTER TABLE runs ADD COLUMN IF NOT EXISTS kind TEXT DEFAULT 'ingest';

-- v7: what enriched each stored article (kibaru.ingest.provenance): ``enrichment`` is the JSON record
-- (components, kibaru version, KB version, model ids and hashes, time), ``enrichment_key`` a hash of it
-- without the time, so `kibaru enrich --stale` and `kibaru status` find the articles an older KB or model
-- enriched. NULL: stored before provenance was recorded. ``runs.kind`` tells ingest runs from enrich runs.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment VARCHAR;
ALTER TABLE articles ADD COLUMN IF NOT EXISTS enrichment_key VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS kind VARCHAR DEFAULT 'ingest';

-- v3 (twin of duckdb/003_search.sql): DuckDB has no usable full-text extension offline, so it keeps
-- its own inverted index (search_terms/search_postings). PostgreSQL already searches through the
-- generated `search` tsvector column and its GIN index created in v1: nothing to add here.
SELECT 1;

-- v2: a hash of the clean text alone, to recognise exact copies published under other identities.
ALTER TABLE articles ADD COLUMN text_hash TEXT;
CREATE INDEX articles_text_hash_idx ON articles (text_hash)

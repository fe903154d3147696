-- v2: a hash of the clean text alone, to recognise exact copies published under other identities.
ALTER TABLE articles ADD COLUMN text_hash VARCHAR;

-- v4: records of a run whose id an earlier record of the same run already had (the last one is kept).
ALTER TABLE runs ADD COLUMN IF NOT EXISTS n_repeated INTEGER DEFAULT 0;

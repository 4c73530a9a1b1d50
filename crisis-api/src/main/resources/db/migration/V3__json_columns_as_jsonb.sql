-- The sentiment explanation, matched words and an alert's top lists are JSON: keep them as jsonb so they can be
-- queried in the database (the entities read them back as text and write text cast to jsonb).
ALTER TABLE mention ALTER COLUMN sentiment TYPE jsonb USING sentiment::jsonb;
ALTER TABLE mention ALTER COLUMN matched_words TYPE jsonb USING matched_words::jsonb;
ALTER TABLE alert ALTER COLUMN top_mentions TYPE jsonb USING top_mentions::jsonb;
ALTER TABLE alert ALTER COLUMN top_categories TYPE jsonb USING top_categories::jsonb;
ALTER TABLE alert ALTER COLUMN top_words DROP DEFAULT;
ALTER TABLE alert ALTER COLUMN top_words TYPE jsonb USING top_words::jsonb;
ALTER TABLE alert ALTER COLUMN top_words SET DEFAULT '[]'::jsonb;

-- Issue 14: the story a mention belongs to. ingest links a repost, quote or syndicated copy to the first mention of its
-- story; cluster_id is that mention's id, null for a story's first mention (its story id is its own mention id).
ALTER TABLE mention ADD COLUMN cluster_id text;
CREATE INDEX mention_brand_cluster_idx ON mention (brand_id, cluster_id) WHERE cluster_id IS NOT NULL;

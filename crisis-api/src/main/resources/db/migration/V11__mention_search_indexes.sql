-- Mention search pages newest first by (published_at, id); authors are looked up by (source, author_id).
CREATE INDEX mention_by_time_id ON mention (published_at DESC, id DESC);
CREATE INDEX mention_by_author ON mention (source, author_id, published_at DESC);
-- The complaint categories filter: sentiment->'categories' ? 'delivery'.
CREATE INDEX mention_categories ON mention USING gin ((sentiment -> 'categories'));

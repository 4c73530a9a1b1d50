-- The words that made an alert's negative mentions negative, as a JSON array.
ALTER TABLE alert ADD COLUMN top_words text NOT NULL DEFAULT '[]';

-- The role "source": a key that may only post mentions to ingest-service (crisis-api publishes its hash on the
-- source-keys topic); it opens nothing in crisis-api itself.
ALTER TABLE api_key DROP CONSTRAINT api_key_role_check;
ALTER TABLE api_key ADD CONSTRAINT api_key_role_check CHECK (role IN ('viewer', 'responder', 'admin', 'source'));

-- Before V21 the entities bound their JSON text as a jsonb parameter, and the reactive PostgreSQL client encodes a
-- Java String bound to jsonb as a JSON *string*: the columns held "{\"label\":...}" instead of {"label":...}, so jsonb
-- operators (sentiment -> 'categories' ? 'delivery') never matched. Turn every such string back into the document it
-- spells; documents stay as they are, so the migration is safe on any database.
UPDATE mention SET sentiment = (sentiment #>> '{}')::jsonb WHERE jsonb_typeof(sentiment) = 'string';
UPDATE mention SET matched_words = (matched_words #>> '{}')::jsonb WHERE jsonb_typeof(matched_words) = 'string';
UPDATE alert SET top_mentions = (top_mentions #>> '{}')::jsonb WHERE jsonb_typeof(top_mentions) = 'string';
UPDATE alert SET top_categories = (top_categories #>> '{}')::jsonb WHERE jsonb_typeof(top_categories) = 'string';
UPDATE alert SET top_words = (top_words #>> '{}')::jsonb WHERE jsonb_typeof(top_words) = 'string';
UPDATE notification_outbox SET payload = (payload #>> '{}')::jsonb WHERE jsonb_typeof(payload) = 'string';
UPDATE brand_notification SET slack_urls = (slack_urls #>> '{}')::jsonb WHERE jsonb_typeof(slack_urls) = 'string';
UPDATE brand_notification SET emails = (emails #>> '{}')::jsonb WHERE jsonb_typeof(emails) = 'string';
UPDATE brand_notification SET webhook_urls = (webhook_urls #>> '{}')::jsonb WHERE jsonb_typeof(webhook_urls) = 'string';
UPDATE brand_notification SET escalation_emails = (escalation_emails #>> '{}')::jsonb
    WHERE jsonb_typeof(escalation_emails) = 'string';

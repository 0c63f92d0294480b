-- Turns `inmail export --format csv`, imported as text into table raw
-- (sqlite3 -cmd '.import --csv FILE raw'), into a typed table: times as
-- Unix seconds, outcome columns NULL when the outcome did not happen. Not
-- part of the timed query.
CREATE TABLE messages AS
SELECT CAST(id AS INTEGER)                     AS id,
       unixepoch(sent_at)                      AS sent,
       recruiter, template, seniority, channel,
       unixepoch(NULLIF(accepted_at, ''))      AS accepted,
       unixepoch(NULLIF(declined_at, ''))      AS declined,
       unixepoch(NULLIF(replied_at, ''))       AS replied,
       unixepoch(NULLIF(screened_at, ''))      AS screened,
       unixepoch(NULLIF(withdrawn_at, ''))     AS withdrawn,
       CAST(credits AS INTEGER)                AS credits,
       CAST(personalization_length AS INTEGER) AS plen,
       CAST(NULLIF(follow_up_of, '') AS INTEGER) AS fu_of
FROM raw;
DROP TABLE raw;
-- Each first message carries its follow-up (the first one logged for it),
-- as inmail's fact record does: its send, outcome times, channel and
-- credits, so the timed query reads one row per message, as inmail does.
ALTER TABLE messages ADD COLUMN fu_sent INTEGER;
ALTER TABLE messages ADD COLUMN fu_accepted INTEGER;
ALTER TABLE messages ADD COLUMN fu_declined INTEGER;
ALTER TABLE messages ADD COLUMN fu_replied INTEGER;
ALTER TABLE messages ADD COLUMN fu_withdrawn INTEGER;
ALTER TABLE messages ADD COLUMN fu_channel TEXT;
ALTER TABLE messages ADD COLUMN fu_credits INTEGER;
CREATE INDEX messages_id ON messages (id);
UPDATE messages
SET fu_sent = u.sent, fu_accepted = u.accepted, fu_declined = u.declined, fu_replied = u.replied,
    fu_withdrawn = u.withdrawn, fu_channel = u.channel, fu_credits = u.credits
FROM (SELECT f.first, m.sent, m.accepted, m.declined, m.replied, m.withdrawn, m.channel, m.credits
      FROM (SELECT fu_of AS first, min(id) AS id FROM messages WHERE fu_of IS NOT NULL GROUP BY fu_of) AS f
      JOIN messages m ON m.id = f.id) AS u
WHERE messages.id = u.first;
DROP INDEX messages_id;
VACUUM;

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
       CAST(personalization_length AS INTEGER) AS plen
FROM raw;
DROP TABLE raw;
VACUUM;

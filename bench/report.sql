-- The question `inmail report --by template,seniority` answers, in SQL, over
-- the table import.sql builds. @now is the report's moment (Unix seconds),
-- set with: sqlite3 -cmd '.parameter set @now 1764000000' DB < report.sql
--
-- The definitions are internal/report's (see its package documentation):
-- withdrawn messages are left out; a message's window is open while now <=
-- sent + 7 days (awaiting: open and no response yet) and decided after; responded = first accept, decline or reply at
-- most 7 x 24 h after sending; rates are of decided messages with a 95%
-- Wilson interval; medians are exact (the mean of the two middle values
-- for an even count). The columns are those of `inmail report --format csv`.
--
-- 604800 s is the 7-day window, 7776000 s the 90-day refund window.
-- f is MATERIALIZED and c is not: sqlite would otherwise inline f's
-- expressions into every use, or copy c three times, and take 2-3x as long.
WITH p AS (SELECT CAST(@now AS INTEGER) AS now, 604800 AS w, 7776000 AS refund, 1.959963984540054 AS z),
f AS MATERIALIZED (  -- outcome offsets in seconds, NULL unless they happened by now; first response
  SELECT o.*, NULLIF(min(coalesce(a, 1e18), coalesce(d, 1e18), coalesce(r, 1e18)), 1e18) AS fr
  FROM (SELECT m.template, m.seniority, m.channel, m.credits, m.plen, p.now - m.sent AS age,
               CASE WHEN m.accepted  - m.sent <= p.now - m.sent THEN m.accepted  - m.sent END AS a,
               CASE WHEN m.declined  - m.sent <= p.now - m.sent THEN m.declined  - m.sent END AS d,
               CASE WHEN m.replied   - m.sent <= p.now - m.sent THEN m.replied   - m.sent END AS r,
               CASE WHEN m.screened  - m.sent <= p.now - m.sent THEN m.screened  - m.sent END AS s,
               CASE WHEN m.withdrawn - m.sent <= p.now - m.sent THEN m.withdrawn - m.sent END AS x
        FROM messages m, p WHERE m.sent <= p.now) AS o
),
c AS NOT MATERIALIZED (  -- the class of each message, read straight from f
  SELECT template, seniority, plen, fr,
         x IS NOT NULL                                  AS wd,
         x IS NULL                                      AS sent,
         x IS NULL AND age <= p.w                       AS window_open,
         x IS NULL AND age <= p.w AND fr IS NULL        AS awaiting,
         x IS NULL AND age > p.w                        AS decided,
         x IS NULL AND age > p.w AND fr <= p.w          AS responded,
         x IS NULL AND age > p.w AND fr > p.w           AS late,
         x IS NULL AND age > p.w AND fr IS NULL         AS no_response,
         x IS NULL AND age > p.w AND fr <= p.w AND a = fr                             AS accepted,
         x IS NULL AND age > p.w AND fr <= p.w AND a IS NOT fr AND d = fr             AS declined,
         x IS NULL AND age > p.w AND fr <= p.w AND a IS NOT fr AND d IS NOT fr        AS replied,
         x IS NULL AND age > p.w AND (a <= p.w OR r <= p.w)                           AS positive,
         x IS NULL AND age > p.w AND s IS NOT NULL                                    AS screened,
         CASE WHEN x IS NULL AND channel = 'inmail' THEN credits ELSE 0 END           AS spent,
         CASE WHEN x IS NULL AND channel = 'inmail' AND fr <= p.refund THEN credits ELSE 0 END AS returned
  FROM f, p
),
g AS (
  SELECT template, seniority,
         sum(sent) AS sent, sum(wd) AS withdrawn, sum(window_open) AS window_open,
         sum(awaiting) AS awaiting, sum(decided) AS decided,
         sum(responded) AS responded, sum(positive) AS positive, sum(accepted) AS accepted,
         sum(declined) AS declined, sum(replied) AS replied, sum(late) AS late,
         sum(no_response) AS no_response, sum(screened) AS screened,
         sum(spent) AS credits_spent, sum(returned) AS credits_returned
  FROM c GROUP BY template, seniority
),
-- Exact medians without sorting every row: count each distinct value per
-- group, run a cumulative sum over those few rows, and take the values at
-- the two middle ranks, (n + 1) / 2 and n / 2 + 1.
fv AS (SELECT template, seniority, fr AS v, count(*) AS k FROM c WHERE responded GROUP BY 1, 2, 3),
fc AS (SELECT template, seniority, v,
              sum(k) OVER (PARTITION BY template, seniority ORDER BY v) AS upto,
              sum(k) OVER (PARTITION BY template, seniority) AS n FROM fv),
mfr AS (SELECT template, seniority,
               (min(CASE WHEN upto >= (n + 1) / 2 THEN v END) + min(CASE WHEN upto >= n / 2 + 1 THEN v END)) / 2.0 AS v
        FROM fc GROUP BY 1, 2),
pv AS (SELECT template, seniority, plen AS v, count(*) AS k FROM c WHERE sent GROUP BY 1, 2, 3),
pc AS (SELECT template, seniority, v,
              sum(k) OVER (PARTITION BY template, seniority ORDER BY v) AS upto,
              sum(k) OVER (PARTITION BY template, seniority) AS n FROM pv),
mpl AS (SELECT template, seniority,
               (min(CASE WHEN upto >= (n + 1) / 2 THEN v END) + min(CASE WHEN upto >= n / 2 + 1 THEN v END)) / 2.0 AS v
        FROM pc GROUP BY 1, 2),
r AS (  -- the three rates, one row each, for the Wilson intervals
  SELECT template, seniority, 'response' AS what, responded AS k, decided AS n FROM g
  UNION ALL SELECT template, seniority, 'positive', positive, decided FROM g
  UNION ALL SELECT template, seniority, 'screen', screened, decided FROM g
),
wi AS (
  SELECT template, seniority, what, k, n, 1.0 * k / n AS v,
         (1.0 * k / n + z * z / (2.0 * n)) / (1 + z * z / n) AS center,
         z / (1 + z * z / n) * sqrt((1.0 * k / n) * (1 - 1.0 * k / n) / n + z * z / (4.0 * n * n)) AS half
  FROM r, p WHERE n > 0
),
ws AS (
  SELECT template, seniority, what,
         printf('%.4f', v) AS v,
         printf('%.4f', CASE WHEN k = 0 THEN 0 ELSE max(0, center - half) END) AS lo,
         printf('%.4f', CASE WHEN k = n THEN 1 ELSE min(1, center + half) END) AS hi
  FROM wi
)
SELECT g.template, g.seniority, g.sent, g.withdrawn, g.window_open, g.awaiting, g.decided,
       g.responded, rr.v AS response_rate, rr.lo AS response_rate_low, rr.hi AS response_rate_high,
       g.positive, pr.v AS positive_rate, pr.lo AS positive_rate_low, pr.hi AS positive_rate_high,
       g.accepted, g.declined, g.replied, g.late, g.no_response,
       g.screened, sr.v AS screen_rate, sr.lo AS screen_rate_low, sr.hi AS screen_rate_high,
       g.credits_spent, g.credits_returned,
       CASE WHEN mfr.v = CAST(mfr.v AS INTEGER) THEN CAST(mfr.v AS INTEGER) ELSE mfr.v END AS median_first_response_seconds,
       CASE WHEN mpl.v = CAST(mpl.v AS INTEGER) THEN CAST(mpl.v AS INTEGER) ELSE mpl.v END AS median_personalization_length
FROM g
LEFT JOIN ws rr ON rr.template IS g.template AND rr.seniority IS g.seniority AND rr.what = 'response'
LEFT JOIN ws pr ON pr.template IS g.template AND pr.seniority IS g.seniority AND pr.what = 'positive'
LEFT JOIN ws sr ON sr.template IS g.template AND sr.seniority IS g.seniority AND sr.what = 'screen'
LEFT JOIN mfr ON mfr.template IS g.template AND mfr.seniority IS g.seniority
LEFT JOIN mpl ON mpl.template IS g.template AND mpl.seniority IS g.seniority
ORDER BY g.template, g.seniority;

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
-- Follow-ups (fu_of set) are not rows of their own: each counts with the
-- message it follows up (the first follow-up logged for it), as followed
-- up, follow-up decided and responded after the follow-up (its own first
-- response within 7 days of it), and with its credits.
--
-- 604800 s is the 7-day window, 7776000 s the 90-day refund window.
-- f is MATERIALIZED and c is not: sqlite would otherwise inline f's
-- expressions into every use, or copy c three times, and take 2-3x as long.
WITH p AS (SELECT CAST(@now AS INTEGER) AS now, 604800 AS w, 7776000 AS refund, 1.959963984540054 AS z),
f AS MATERIALIZED (  -- outcome offsets in seconds, NULL unless they happened by now; first response
  SELECT o.*, NULLIF(min(coalesce(a, 1e18), coalesce(d, 1e18), coalesce(r, 1e18)), 1e18) AS fr
  FROM (SELECT m.template, m.seniority, m.channel, m.credits, m.plen, p.now - m.sent AS age,
               -- the follow-up, when sent and not withdrawn by now: its age and first response
               CASE WHEN m.fu_sent <= p.now AND NOT coalesce(m.fu_withdrawn <= p.now, 0) THEN p.now - m.fu_sent END AS uage,
               CASE WHEN m.fu_sent <= p.now AND NOT coalesce(m.fu_withdrawn <= p.now, 0)
                    THEN NULLIF(min(coalesce(CASE WHEN m.fu_accepted <= p.now THEN m.fu_accepted END, 1e18),
                                    coalesce(CASE WHEN m.fu_declined <= p.now THEN m.fu_declined END, 1e18),
                                    coalesce(CASE WHEN m.fu_replied  <= p.now THEN m.fu_replied  END, 1e18)), 1e18) - m.fu_sent END AS ufr,
               m.fu_channel AS uchannel, m.fu_credits AS ucredits,
               CASE WHEN m.accepted  - m.sent <= p.now - m.sent THEN m.accepted  - m.sent END AS a,
               CASE WHEN m.declined  - m.sent <= p.now - m.sent THEN m.declined  - m.sent END AS d,
               CASE WHEN m.replied   - m.sent <= p.now - m.sent THEN m.replied   - m.sent END AS r,
               CASE WHEN m.screened  - m.sent <= p.now - m.sent THEN m.screened  - m.sent END AS s,
               CASE WHEN m.withdrawn - m.sent <= p.now - m.sent THEN m.withdrawn - m.sent END AS x
        FROM messages m, p WHERE m.sent <= p.now AND m.fu_of IS NULL) AS o
),
c AS NOT MATERIALIZED (  -- the class of each message and its follow-up, read straight from f
  SELECT f.template, f.seniority, f.plen, f.fr,
         f.x IS NOT NULL                                        AS wd,
         f.x IS NULL                                            AS sent,
         f.x IS NULL AND f.age <= p.w                           AS window_open,
         f.x IS NULL AND f.age <= p.w AND f.fr IS NULL          AS awaiting,
         f.x IS NULL AND f.age > p.w                            AS decided,
         f.x IS NULL AND f.age > p.w AND f.fr <= p.w            AS responded,
         f.x IS NULL AND f.age > p.w AND f.fr > p.w             AS late,
         f.x IS NULL AND f.age > p.w AND f.fr IS NULL           AS no_response,
         f.x IS NULL AND f.age > p.w AND f.fr <= p.w AND f.a = f.fr                               AS accepted,
         f.x IS NULL AND f.age > p.w AND f.fr <= p.w AND f.a IS NOT f.fr AND f.d = f.fr           AS declined,
         f.x IS NULL AND f.age > p.w AND f.fr <= p.w AND f.a IS NOT f.fr AND f.d IS NOT f.fr      AS replied,
         f.x IS NULL AND f.age > p.w AND (f.a <= p.w OR f.r <= p.w)                               AS positive,
         f.x IS NULL AND f.age > p.w AND f.s IS NOT NULL                                          AS screened,
         (CASE WHEN f.x IS NULL AND f.channel = 'inmail' THEN f.credits ELSE 0 END) +
           (CASE WHEN f.x IS NULL AND f.uage IS NOT NULL AND f.uchannel = 'followup' THEN f.ucredits ELSE 0 END) AS spent,
         (CASE WHEN f.x IS NULL AND f.channel = 'inmail' AND f.fr <= p.refund THEN f.credits ELSE 0 END) +
           (CASE WHEN f.x IS NULL AND f.uage IS NOT NULL AND f.uchannel = 'followup' AND f.ufr <= p.refund THEN f.ucredits ELSE 0 END) AS returned,
         f.x IS NULL AND f.uage IS NOT NULL                                                       AS followed_up,
         f.x IS NULL AND coalesce(f.uage > p.w, 0)                                                AS fu_decided,
         f.x IS NULL AND coalesce(f.uage > p.w AND f.ufr <= p.w, 0)                               AS after_fu
  FROM f, p
),
g AS (
  SELECT template, seniority,
         sum(sent) AS sent, sum(wd) AS withdrawn, sum(window_open) AS window_open,
         sum(awaiting) AS awaiting, sum(decided) AS decided,
         sum(responded) AS responded, sum(positive) AS positive, sum(accepted) AS accepted,
         sum(declined) AS declined, sum(replied) AS replied, sum(late) AS late,
         sum(no_response) AS no_response, sum(screened) AS screened,
         sum(spent) AS credits_spent, sum(returned) AS credits_returned,
         sum(followed_up) AS followed_up, sum(fu_decided) AS follow_up_decided, sum(after_fu) AS after_follow_up
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
  UNION ALL SELECT template, seniority, 'after', after_follow_up, follow_up_decided FROM g
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
       CASE WHEN mpl.v = CAST(mpl.v AS INTEGER) THEN CAST(mpl.v AS INTEGER) ELSE mpl.v END AS median_personalization_length,
       g.followed_up, g.follow_up_decided, g.after_follow_up,
       ar.v AS after_follow_up_rate, ar.lo AS after_follow_up_rate_low, ar.hi AS after_follow_up_rate_high
FROM g
LEFT JOIN ws rr ON rr.template IS g.template AND rr.seniority IS g.seniority AND rr.what = 'response'
LEFT JOIN ws pr ON pr.template IS g.template AND pr.seniority IS g.seniority AND pr.what = 'positive'
LEFT JOIN ws sr ON sr.template IS g.template AND sr.seniority IS g.seniority AND sr.what = 'screen'
LEFT JOIN ws ar ON ar.template IS g.template AND ar.seniority IS g.seniority AND ar.what = 'after'
LEFT JOIN mfr ON mfr.template IS g.template AND mfr.seniority IS g.seniority
LEFT JOIN mpl ON mpl.template IS g.template AND mpl.seniority IS g.seniority
ORDER BY g.template, g.seniority;

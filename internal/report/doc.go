// Package report aggregates the fact records of logged messages into the
// numbers a team lead decides by: 7-day response rates with Wilson
// intervals by template, seniority, recruiter, channel, week and month, and
// a comparison of two templates or two periods with a two-proportion test.
// It is pure: facts come in through an iterator (or one at a time through
// an Aggregator, so a TUI can run it in a command and show progress), the
// moment the report is as of comes in the Query, and output goes to an
// io.Writer as an aligned table, spreadsheet-safe CSV, JSON or Markdown.
//
// # Definitions
//
// These follow DESIGN.md: a response is an accept, a decline or a reply,
// and it counts when it comes within 7 days of sending. All of them are as
// of Query.Now: messages sent after it, and outcomes dated after it, are
// left out.
//
//   - withdrawn: a message withdrawn (never sent on LinkedIn) by now. It
//     is counted on its own and left out of every other number, sent
//     included.
//   - sent: the group's messages, withdrawn ones left out.
//   - window open: sent messages whose 7-day window is still open, that
//     is sent no more than exactly 7 x 24 hours before Now (the window is
//     closed at both ends, as in outreach.StatusOf). They are left out of
//     every rate and of every count below, including those already
//     answered: counting early answers while the silent rest waits would
//     overstate the rate of recent weeks. The report's notes say how many
//     and since when.
//   - awaiting: window-open messages with no accept, decline or reply yet,
//     the status outreach.StatusAwaiting: the same messages `inmail log
//     --status awaiting` and the tracker list. Window open − awaiting were
//     answered early.
//   - decided: sent − window open, the denominator of every rate.
//   - responded: decided messages whose first accept, decline or reply
//     came at most 7 x 24 hours after sending (to the second); late: the
//     first came later; no response: none yet. The three add up to decided.
//   - accepted, declined, replied: responded messages by their first
//     response (on a tie: accepted, declined, replied). They add up to
//     responded.
//   - positive: decided messages accepted or replied to within 7 days,
//     even when a decline came first (outreach.State.Positive).
//   - screened: decided messages with a screening call booked, at any time
//     up to Now. The sent-to-screen conversion is screened / decided.
//   - 7-day response rate = responded / decided, positive rate = positive /
//     decided, each with a 95% Wilson score interval.
//   - credits spent: credits charged by the InMails among sent (connection
//     notes cost nothing; awaiting ones included), and by their follow-ups
//     where the seat charged for them. Credits returned: of those, the
//     ones the seat gives back (Query.Seat) because the first response (to
//     the InMail, or to its follow-up) came within outreach.RefundWindow,
//     by Now.
//
// Follow-ups are not messages of their own here: each is counted with the
// InMail it follows up, in that message's group (its template, seniority,
// recruiter, channel and period), so the numbers above are of first
// messages and the response to the first message is the 7-day response
// rate. What the follow-up added:
//
//   - followed up: sent messages whose follow-up was sent by Now (a
//     follow-up withdrawn is none).
//   - follow-up decided: followed-up messages whose follow-up's own 7-day
//     window (from the follow-up's send) has closed.
//   - responded after the follow-up: follow-up decided messages whose
//     follow-up got its first accept, decline or reply within 7 days of
//     the follow-up's send. A response that comes after a follow-up is
//     recorded on the follow-up (inmail refuses to record it on the first
//     message), so it never counts for the first message too.
//   - after-follow-up rate = responded after the follow-up / follow-up
//     decided, with a 95% Wilson score interval.
//   - median time to first response: over responded messages, so at most
//     7 days; median personalization length: in characters, over sent
//     messages. Both are exact (every value is kept); with an even count the
//     median is the mean of the two middle values.
//
// Weeks are ISO 8601 weeks (Monday 00:00 to Monday 00:00) and months
// calendar months, in Query.Location; a message belongs to the period it
// was sent in.
//
// # Comparing
//
// Compare sets two sides' 7-day response rates against each other: the
// difference with Newcombe's 95% interval and a two-proportion z-test. It
// names a winner only when both sides have MinDecided (30) decided messages
// and the two-sided p-value is under Alpha (0.05); otherwise its verdict is
// "not enough data yet" or "no clear difference yet".
package report

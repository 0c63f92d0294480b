// Package demo makes a realistic synthetic history of outreach for
// `inmail demo`: an agency's recruiters sending every template of the
// library to made-up lawyers over months, with outcomes that arrive after
// realistic delays, so that every report and screen has something to show.
//
// The history is deterministic: the same Options (seed, size, end, library)
// give the same messages and events, byte for byte. It is generated in send
// order, a batch at a time, so memory stays flat however long it is.
//
// What it models:
//
//   - Recruiters: about 280 messages a recruiter a month, so a million
//     messages is an agency of about a hundred recruiters over three years.
//     Each has a skill that scales their response rates.
//   - Credits: each recruiter has a LinkedIn Recruiter seat (150 credits a
//     month, rollover up to 600, a credit back for a response within 90
//     days). An InMail is sent only when the seat has a credit left;
//     otherwise the recruiter sends the level's connection note instead, so
//     outreach.Ledger never goes below zero.
//   - Send times: weekdays, 08:00 to 18:00 in End's location, spread evenly
//     up to End, so the last week is still awaiting answers.
//   - Response rates: a base rate per template (from a hash of its id, so
//     templates differ the same way for every seed; connection notes higher
//     than InMails), lower for senior levels on InMail, scaled by recruiter
//     skill, by the personalization line's length, lower on Fridays, and
//     rising by two thirds from the first month to the last.
//   - Delays: most first responses in 1 to 3 days (log-normal, median 30
//     hours), some late replies after day 7, some declines; accepts often
//     followed by a reply; screening calls booked days after a positive
//     answer; about 1% withdrawn within the hour; a few outcomes recorded by
//     mistake and taken back; some replies imported rather than typed.
//     Outcomes that would fall after End have not happened yet.
package demo

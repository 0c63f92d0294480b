package report

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// Format is an output format.
type Format uint8

// The formats.
const (
	_ Format = iota
	// Table is aligned text for a terminal, readable at 80 columns.
	Table
	// CSV is spreadsheet-safe comma-separated values with every number.
	CSV
	// JSON is one JSON document with every number.
	JSON
	// Markdown is a GitHub table with every number, and the notes.
	Markdown
)

// Formats lists every format.
var Formats = []Format{Table, CSV, JSON, Markdown}

// String is the format's name as typed after --format.
func (f Format) String() string {
	switch f {
	case Table:
		return "table"
	case CSV:
		return "csv"
	case JSON:
		return "json"
	case Markdown:
		return "markdown"
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

// ParseFormat reads a format name ("md" is Markdown).
func ParseFormat(s string) (Format, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "md" {
		return Markdown, nil
	}
	for _, f := range Formats {
		if f.String() == s {
			return f, nil
		}
	}
	return 0, outreach.Errorf(outreach.EINVALID, "unknown format %q: use table, csv, json or markdown", s)
}

// Options tune how a report is written.
type Options struct {
	// Width is the table's width in columns (0: 80). Columns that do not
	// fit are left out, least important first, and the notes say which.
	Width int
}

// Write writes r in format f.
func (r Report) Write(w io.Writer, f Format, o Options) error {
	switch f {
	case Table:
		return r.writeTable(w, o)
	case CSV:
		return r.writeCSV(w)
	case JSON:
		return r.writeJSON(w)
	case Markdown:
		return r.writeMarkdown(w)
	}
	return fmt.Errorf("write report: unknown format %d", f)
}

// Notes are the sentences that explain a report's numbers; every format
// carries them.
func (r Report) Notes() []string {
	t := r.Total
	if t.Sent+t.Withdrawn == 0 {
		return []string{fmt.Sprintf("As of %s no logged message matches this report.", stamp(r.Query.Now))}
	}
	notes := []string{
		fmt.Sprintf("As of %s. Rates are of decided messages, whose 7-day window has closed; the 7-day response rate counts a first accept, decline or reply within 7 days, with a 95%% Wilson score interval.", stamp(r.Query.Now)),
	}
	if t.WindowOpen > 0 {
		notes = append(notes, fmt.Sprintf("Window open: %s sent after %s %s left out of every rate until %s 7-day window closes: %s.",
			words.Count(t.WindowOpen, "message"), stamp(r.WindowOpenSince()), words.Plural(t.WindowOpen, "is", "are"),
			words.Plural(t.WindowOpen, "its", "their"), WindowOpenWords(t)))
	} else {
		notes = append(notes, "Window open: no message has its 7-day window open.")
	}
	if t.Withdrawn > 0 {
		notes = append(notes, fmt.Sprintf("Withdrawn: %s never sent on LinkedIn %s left out of every number.", words.Count(t.Withdrawn, "message"), words.Plural(t.Withdrawn, "is", "are")))
	}
	if t.FollowedUp > 0 {
		notes = append(notes, fmt.Sprintf("Follow-ups are counted with the message they follow up; every other number is of first messages. "+
			"%s followed up; after the follow-up (AFTER FU), %s of the %s whose follow-up's 7-day window has closed got an accept, decline or reply within 7 days of it.",
			words.Count(t.FollowedUp, "message"), words.Thousands(t.AfterFollowUp), words.Thousands(t.FollowUpDecided)))
	}
	return append(notes, "Positive: accepted or replied within 7 days. Screen: a screening call booked. Medians (exact): time to first response within 7 days; personalization length in characters.")
}

// WindowOpenWords splits the window-open messages of m into those
// awaiting a response and those answered early: "145 awaiting a response,
// 44 already answered".
func WindowOpenWords(m Metrics) string {
	return fmt.Sprintf("%s awaiting a response, %s already answered",
		words.Thousands(m.Awaiting), words.Thousands(m.WindowOpen-m.Awaiting))
}

// stamp writes a moment for notes, with its zone.
func stamp(t time.Time) string { return t.Format("2006-01-02 15:04 MST") }

// Percent writes a rate as "31.2%", or "-" when nothing was decided, as
// every report format shows it.
func Percent(r Rate) string {
	if !r.Known() {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*r.Value())
}

// IntervalText writes a rate's 95% interval as "30.8-31.7" (percent), or
// "-".
func IntervalText(r Rate) string {
	if !r.Known() {
		return "-"
	}
	iv := r.Interval()
	return fmt.Sprintf("%.1f-%.1f", 100*iv.Low, 100*iv.High)
}

// DurationText writes a median time to first response as words.Decimal
// does ("42m", "27.5h", "3.2d"), or "-" when there were no responses (any
// is false).
func DurationText(d time.Duration, any bool) string {
	if !any {
		return "-"
	}
	return words.Duration(d, words.Decimal)
}

// keyCells returns a group's key values in the query's dimension order.
func (r Report) keyCells(k Key) []string {
	cells := make([]string, len(r.Query.By))
	for i, d := range r.Query.By {
		cells[i] = k.Value(d)
	}
	return cells
}

// totalCells labels the total row: "TOTAL" then blanks, or "all" when the
// report has no dimensions.
func (r Report) totalCells(label string) []string {
	if len(r.Query.By) == 0 {
		return nil
	}
	cells := make([]string, len(r.Query.By))
	cells[0] = label
	return cells
}

package report

import (
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/inmail/inmail/internal/words"
)

// markdownColumn is one column of the Markdown table: a title and a cell
// written for people.
type markdownColumn struct {
	title string
	cell  func(Metrics) string
}

// markdownColumns carry every number of the CSV, written for people to
// read in a document: counts with thousands separators, rates as
// percentages with their 95% interval in the same cell, the median time to
// first response in days and hours.
var markdownColumns = []markdownColumn{
	{"Sent", thousands(func(m Metrics) int { return m.Sent })},
	{"Window open", thousands(func(m Metrics) int { return m.WindowOpen })},
	{"Awaiting", thousands(func(m Metrics) int { return m.Awaiting })},
	{"Decided", thousands(func(m Metrics) int { return m.Decided })},
	{"Responded in 7 days", thousands(func(m Metrics) int { return m.Responded })},
	{"7-day rate (95% CI)", rateWithInterval(responseRate)},
	{"Positive", thousands(func(m Metrics) int { return m.Positive })},
	{"Positive rate (95% CI)", rateWithInterval(positiveRate)},
	{"Accepted", thousands(func(m Metrics) int { return m.Accepted })},
	{"Declined", thousands(func(m Metrics) int { return m.Declined })},
	{"Replied", thousands(func(m Metrics) int { return m.Replied })},
	{"Late", thousands(func(m Metrics) int { return m.Late })},
	{"No response", thousands(func(m Metrics) int { return m.NoResponse })},
	{"Screened", thousands(func(m Metrics) int { return m.Screened })},
	{"Screen rate (95% CI)", rateWithInterval(screenRate)},
	{"Credits spent", thousands(func(m Metrics) int { return m.CreditsSpent })},
	{"Credits back", thousands(func(m Metrics) int { return m.CreditsReturned })},
	{"Median first response", func(m Metrics) string {
		if m.Responded == 0 {
			return "-"
		}
		return words.Duration(m.MedianFirstResponse, words.Long)
	}},
	{"Median line (characters)", func(m Metrics) string {
		if m.Sent == 0 {
			return "-"
		}
		return words.Thousands(int(math.Round(m.MedianPersonalization)))
	}},
	{"Withdrawn", thousands(func(m Metrics) int { return m.Withdrawn })},
	{"Followed up", thousands(func(m Metrics) int { return m.FollowedUp })},
	{"Follow-up decided", thousands(func(m Metrics) int { return m.FollowUpDecided })},
	{"Responded after the follow-up", thousands(func(m Metrics) int { return m.AfterFollowUp })},
	{"After-follow-up rate (95% CI)", rateWithInterval(afterFollowUpRate)},
}

func thousands(f func(Metrics) int) func(Metrics) string {
	return func(m Metrics) string { return words.Thousands(f(m)) }
}

// rateWithInterval writes a rate and its interval for people: "29.0%
// (27.8–30.2%)", or "-" when nothing was decided.
func rateWithInterval(f func(Metrics) Rate) func(Metrics) string {
	return func(m Metrics) string {
		r := f(m)
		if !r.Known() {
			return "-"
		}
		iv := r.Interval()
		return fmt.Sprintf("%s (%.1f–%.1f%%)", Percent(r), 100*iv.Low, 100*iv.High)
	}
}

// writeMarkdown writes the report as a GitHub table for people, and the
// notes as a list under it.
func (r Report) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	b.WriteString("|")
	for _, d := range r.Query.By {
		name := d.String()
		b.WriteString(" " + strings.ToUpper(name[:1]) + name[1:] + " |")
	}
	for _, c := range markdownColumns {
		b.WriteString(" " + c.title + " |")
	}
	b.WriteString("\n|")
	for range r.Query.By {
		b.WriteString(" --- |")
	}
	for range markdownColumns {
		b.WriteString(" ---: |")
	}
	b.WriteByte('\n')
	keys, ms := r.rows("**Total**")
	for i := range keys {
		b.WriteString("|")
		for _, k := range keys[i] {
			b.WriteString(" " + markdownCell(k) + " |")
		}
		for _, c := range markdownColumns {
			b.WriteString(" " + c.cell(ms[i]) + " |")
		}
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	for _, n := range r.Notes() {
		b.WriteString("- ")
		b.WriteString(markdownCell(n))
		b.WriteByte('\n')
	}
	_, err := io.WriteString(w, b.String())
	return err
}

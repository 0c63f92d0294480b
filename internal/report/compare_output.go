package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/words"
)

// compareRows are the lines of a comparison table: a label and a cell per
// side.
var compareRows = []struct {
	label string
	cell  func(Metrics) string
}{
	{"Sent", func(m Metrics) string { return words.Thousands(m.Sent) }},
	{"Window open (left out)", func(m Metrics) string { return words.Thousands(m.WindowOpen) }},
	{"Decided", func(m Metrics) string { return words.Thousands(m.Decided) }},
	{"Responded within 7 days", func(m Metrics) string { return words.Thousands(m.Responded) }},
	{"7-day response rate", func(m Metrics) string { return Percent(m.ResponseRate()) }},
	{"95% CI", func(m Metrics) string { return IntervalText(m.ResponseRate()) }},
	{"Positive rate", func(m Metrics) string { return Percent(m.PositiveRate()) }},
	{"Screen rate", func(m Metrics) string { return Percent(m.ScreenRate()) }},
	{"Median first response", func(m Metrics) string { return DurationText(m.MedianFirstResponse, m.Responded > 0) }},
}

// Write writes the comparison in format f (table, json or markdown; CSV
// writes the table's lines as rows).
func (c Comparison) Write(w io.Writer, f Format, o Options) error {
	switch f {
	case Table:
		return c.writeTable(w, o)
	case JSON:
		return c.writeJSON(w)
	case Markdown:
		return c.writeMarkdown(w)
	case CSV:
		return c.writeCSV(w)
	}
	return fmt.Errorf("write comparison: unknown format %d", f)
}

// summary is the lines under a comparison: the difference, the test and
// the verdict.
func (c Comparison) summary() []string {
	return []string{
		fmt.Sprintf("Difference (A - B): %s points, 95%% CI %s to %s (Newcombe).",
			signedPoints(c.Difference), signedPoints(c.Interval.Low), signedPoints(c.Interval.High)),
		fmt.Sprintf("Two-proportion z-test: z = %.2f, %s.", c.Test.Z, pValue(c.Test.P)),
		c.Verdict,
	}
}

func (c Comparison) writeTable(w io.Writer, o Options) error {
	width := o.Width
	if width <= 0 {
		width = 80
	}
	labelW := 0
	for _, r := range compareRows {
		labelW = max(labelW, utf8.RuneCountInString(r.label))
	}
	colA := "A: " + c.A.Label
	colB := "B: " + c.B.Label
	wa, wb := utf8.RuneCountInString(colA), utf8.RuneCountInString(colB)
	for _, r := range compareRows {
		wa = max(wa, utf8.RuneCountInString(r.cell(c.A.Metrics)))
		wb = max(wb, utf8.RuneCountInString(r.cell(c.B.Metrics)))
	}
	gap := strings.Repeat(" ", columnGap)
	var b strings.Builder
	b.WriteString(strings.TrimRight(pad("", labelW, false)+gap+pad(colA, wa, true)+gap+pad(colB, wb, true), " "))
	b.WriteByte('\n')
	for _, r := range compareRows {
		b.WriteString(pad(r.label, labelW, false) + gap + pad(r.cell(c.A.Metrics), wa, true) + gap + pad(r.cell(c.B.Metrics), wb, true))
		b.WriteByte('\n')
	}
	b.WriteByte('\n')
	for _, s := range c.summary() {
		b.WriteString(wrap(s, width))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (c Comparison) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "| | A: %s | B: %s |\n| --- | ---: | ---: |\n", markdownCell(c.A.Label), markdownCell(c.B.Label))
	for _, r := range compareRows {
		fmt.Fprintf(&b, "| %s | %s | %s |\n", r.label, r.cell(c.A.Metrics), r.cell(c.B.Metrics))
	}
	b.WriteByte('\n')
	for _, s := range c.summary() {
		b.WriteString("- " + markdownCell(s) + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func (c Comparison) writeCSV(w io.Writer) error {
	cw := NewCSVWriter(w)
	head := []string{"side", "label"}
	for _, f := range fields {
		head = append(head, f.name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	for _, s := range []struct {
		name string
		side Side
	}{{"A", c.A}, {"B", c.B}} {
		rec := []string{s.name, s.side.Label}
		for _, f := range fields {
			rec = append(rec, f.value(s.side.Metrics))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return cw.Flush()
}

type jsonSide struct {
	Label string `json:"label"`
	jsonMetrics
}

func (c Comparison) writeJSON(w io.Writer) error {
	var winner *string
	switch c.Winner {
	case "A":
		winner = &c.A.Label
	case "B":
		winner = &c.B.Label
	}
	j := struct {
		A          jsonSide `json:"a"`
		B          jsonSide `json:"b"`
		Difference float64  `json:"difference"`
		Interval   Interval `json:"interval"`
		Z          float64  `json:"z"`
		P          float64  `json:"p"`
		MinDecided int      `json:"min_decided"`
		Enough     bool     `json:"enough"`
		Winner     *string  `json:"winner"`
		Verdict    string   `json:"verdict"`
	}{
		A:          jsonSide{c.A.Label, toJSONMetrics(c.A.Metrics)},
		B:          jsonSide{c.B.Label, toJSONMetrics(c.B.Metrics)},
		Difference: c.Difference,
		Interval:   c.Interval,
		Z:          c.Test.Z,
		P:          c.Test.P,
		MinDecided: MinDecided,
		Enough:     c.Enough,
		Winner:     winner,
		Verdict:    c.Verdict,
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("write comparison: %w", err)
	}
	return nil
}

package report

import (
	"encoding/csv"
	"io"
)

// SafeCell neutralises a text cell for spreadsheets, as the OWASP
// CSV-injection guidance says: a cell that starts with =, +, -, @, a tab or
// a carriage return would be read as a formula by Excel, LibreOffice or
// Google Sheets, so it gets a leading single quote, which they show as
// text. Quoting of commas, quotes and newlines is the CSV writer's job.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// plainNumber reports whether s is a decimal number as inmail writes them
// (-?digits[.digits]): spreadsheets read it as a number, never a formula,
// so a negative difference can stay a number.
func plainNumber(s string) bool {
	if len(s) > 0 && s[0] == '-' {
		s = s[1:]
	}
	digits, dot := 0, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' && !dot && digits > 0 && i < len(s)-1:
			dot = true
		default:
			return false
		}
	}
	return digits > 0
}

// CSVWriter writes spreadsheet-safe CSV: RFC 4180 quoting (encoding/csv)
// and every cell but a plain decimal number passed through SafeCell.
type CSVWriter struct {
	w   *csv.Writer
	rec []string
}

// NewCSVWriter returns a CSVWriter on w.
func NewCSVWriter(w io.Writer) *CSVWriter { return &CSVWriter{w: csv.NewWriter(w)} }

// Write writes one record.
func (c *CSVWriter) Write(record []string) error {
	c.rec = c.rec[:0]
	for _, s := range record {
		if !plainNumber(s) {
			s = SafeCell(s)
		}
		c.rec = append(c.rec, s)
	}
	return c.w.Write(c.rec)
}

// Flush writes buffered records out and returns any write error.
func (c *CSVWriter) Flush() error {
	c.w.Flush()
	return c.w.Error()
}

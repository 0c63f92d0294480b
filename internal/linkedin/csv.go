// Package linkedin reads the files of LinkedIn's data export ("Get a copy of
// your data"): messages.csv, whose replies become outcome events on logged
// messages, and Connections.csv, which seeds candidates. Columns are found by
// header name, because LinkedIn adds columns and does not promise an order.
package linkedin

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
)

// ParseError is a problem at a place in an export file.
type ParseError struct {
	File   string
	Line   int
	Column string
	Msg    string
}

func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString(e.File)
	if e.Line > 0 {
		fmt.Fprintf(&b, ":%d", e.Line)
	}
	if e.Column != "" {
		fmt.Fprintf(&b, ": column %q", e.Column)
	}
	b.WriteString(": ")
	b.WriteString(e.Msg)
	return b.String()
}

// table is a CSV file read with its header, so fields are found by name.
type table struct {
	file   string
	r      *csv.Reader
	cols   map[string]int
	header []string
}

// openTable reads the header row: the first line whose cells include every
// name in required (LinkedIn puts a notes preamble before some headers). Names
// compare case-insensitively.
func openTable(file string, r io.Reader, required ...string) (*table, error) {
	br := bufio.NewReader(r)
	// Skip a UTF-8 byte-order mark.
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte{0xEF, 0xBB, 0xBF}) {
		_, _ = br.Discard(3)
	}
	cr := csv.NewReader(br)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = false
	for {
		rec, err := cr.Read()
		if errors.Is(err, io.EOF) {
			return nil, &ParseError{File: file, Msg: fmt.Sprintf("no header row with %s; is this LinkedIn's export file?", strings.Join(required, ", "))}
		}
		if err != nil {
			// The preamble may hold text the CSV reader dislikes; keep
			// looking for the header unless the file is not CSV at all.
			var pe *csv.ParseError
			if errors.As(err, &pe) && pe.StartLine <= 5 {
				continue
			}
			return nil, csvError(file, err)
		}
		cols := map[string]int{}
		for i, h := range rec {
			cols[strings.ToUpper(strings.TrimSpace(h))] = i
		}
		ok := true
		for _, name := range required {
			if _, found := cols[strings.ToUpper(name)]; !found {
				ok = false
				break
			}
		}
		if ok {
			cr.FieldsPerRecord = len(rec)
			return &table{file: file, r: cr, cols: cols, header: rec}, nil
		}
		line, _ := cr.FieldPos(0)
		if line > 5 {
			return nil, &ParseError{File: file, Msg: fmt.Sprintf("no header row with %s in the first lines; is this LinkedIn's export file?", strings.Join(required, ", "))}
		}
	}
}

// row is one record and the line it started on.
type row struct {
	t    *table
	rec  []string
	line int
}

// next returns the next row, or io.EOF.
func (t *table) next() (row, error) {
	rec, err := t.r.Read()
	if err != nil {
		if errors.Is(err, io.EOF) {
			return row{}, io.EOF
		}
		return row{}, csvError(t.file, err)
	}
	line, _ := t.r.FieldPos(0)
	return row{t: t, rec: rec, line: line}, nil
}

// get returns the trimmed value of the named column, "" when the file has no
// such column.
func (r row) get(name string) string {
	i, ok := r.t.cols[strings.ToUpper(name)]
	if !ok || i >= len(r.rec) {
		return ""
	}
	return strings.TrimSpace(r.rec[i])
}

// fail is a ParseError at this row.
func (r row) fail(column, format string, args ...any) error {
	return &ParseError{File: r.t.file, Line: r.line, Column: column, Msg: fmt.Sprintf(format, args...)}
}

func csvError(file string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := pe.Err.Error()
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			msg = "the row has a different number of fields than the header; re-export the file or fix that row's quoting"
		case errors.Is(pe.Err, csv.ErrQuote), errors.Is(pe.Err, csv.ErrBareQuote):
			msg = "a quote is not closed or not escaped; re-export the file or fix that row's quoting"
		}
		return &ParseError{File: file, Line: pe.Line, Msg: msg}
	}
	return fmt.Errorf("read %s: %w", file, err)
}

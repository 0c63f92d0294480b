package store

import (
	"testing"
	"time"
)

// TestLinesAfter: every line once, in two reads: the whole reuse index,
// then only the messages logged since, a message without a line left out.
func TestLinesAfter(t *testing.T) {
	db, _ := MustOpen(t)
	at := start.Add(-time.Hour)
	mustSend(t, db, message(1, at))
	mustSend(t, db, message(2, at))
	all, last, err := db.LinesAfter(0)
	if err != nil || len(all) != 2 || last != 2 {
		t.Fatalf("LinesAfter(0) = %d lines, last %d, %v; want 2, 2", len(all), last, err)
	}
	noLine := message(3, at)
	noLine.Personalization = ""
	mustSend(t, db, noLine)
	id := mustSend(t, db, message(4, at))
	since, last, err := db.LinesAfter(2)
	if err != nil || last != 4 || len(since) != 1 {
		t.Fatalf("LinesAfter(2) = %+v, last %d, %v; want message 4's line, last 4", since, last, err)
	}
	if got := since[0]; got.MessageID != id || got.Line != message(4, at).Personalization || got.CandidateID != "linkedin.com/in/candidate-4" {
		t.Errorf("message 4's line: %+v", got)
	}
	if none, last, err := db.LinesAfter(4); err != nil || len(none) != 0 || last != 4 {
		t.Errorf("LinesAfter(last) = %v, %d, %v; want nothing new", none, last, err)
	}
}

package candidates

import (
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// msgs runs cmd and the commands it batches, each for at most 200ms (a
// cursor blink waits longer and is left out), and returns the messages
// they made.
func msgs(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(200 * time.Millisecond):
		return nil
	}
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []tea.Msg
		for _, c := range b {
			out = append(out, msgs(c)...)
		}
		return out
	}
	if msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}

// settle feeds m the messages of cmd, and of the commands those return,
// until none is left.
func settle(m *Model, cmd tea.Cmd) {
	for _, msg := range msgs(cmd) {
		_, next := m.Update(msg)
		settle(m, next)
	}
}

// longLog is a log of n candidates, one an hour, the latest first.
func longLog(n int) *tuitest.Log {
	s := tuitest.NewLog(now)
	for i := range n {
		s.Cands = append(s.Cands, cand(fmt.Sprintf("c%03d", i), fmt.Sprintf("Person %d", i),
			[]string{"Harlow", "Penwick"}[i%2], now.Add(-time.Duration(i)*time.Hour)))
	}
	return s
}

// paged is the list on s, reading pages of 10 on a screen of 10 rows.
func paged(s *tuitest.Log) *Model {
	m := New(common.NewStyles(true), s, map[string]string{"associate": "Associate"}, func() time.Time { return now }, false)
	m.pageSize = 10
	m.SetSize(80, 12)
	settle(m, m.Init())
	return m
}

// TestReadsPagesAsTheCursorMoves: the list reads its first page and those
// up to two screens below the cursor, not the whole log; moving down reads
// on; the header counts every candidate saved.
func TestReadsPagesAsTheCursorMoves(t *testing.T) {
	s := longLog(95)
	m := paged(s)
	if len(m.all) != 30 || s.PageReads != 3 {
		t.Fatalf("after the first screen: %d rows read in %d pages, want 30 in 3", len(m.all), s.PageReads)
	}
	if v := ansi.Strip(m.View()); !strings.Contains(v, "Candidates · 95 · most recent first") {
		t.Errorf("the header does not count every candidate:\n%s", v)
	}
	for range 25 {
		_, cmd := m.Update(tuitest.Key("down"))
		settle(m, cmd)
	}
	if len(m.all) != 50 {
		t.Errorf("at row 25, %d rows read, want 50", len(m.all))
	}
	for range 20 {
		_, cmd := m.Update(tuitest.Key("end"))
		settle(m, cmd)
	}
	if c, _ := m.Selected(); c.ID != "c094" || len(m.all) != 95 {
		t.Fatalf("end, again and again, selected %s with %d read", c.ID, len(m.all))
	}
	for i, c := range m.all {
		if c.ID != s.Cands[i].ID {
			t.Fatalf("row %d is %s, want %s: pages out of order", i, c.ID, s.Cands[i].ID)
		}
	}
	reads := s.PageReads
	_, cmd := m.Update(tuitest.Key("end"))
	settle(m, cmd)
	if s.PageReads != reads {
		t.Error("the list read on past its last page")
	}
	// Coming back reads as many as were read, and keeps the selection.
	settle(m, m.Revealed())
	if c, _ := m.Selected(); c.ID != "c094" || len(m.all) != 95 {
		t.Errorf("after Revealed: %s selected of %d", c.ID, len(m.all))
	}
	_, cmd = m.Update(tuitest.Key("enter"))
	if got, ok := cmd().(common.CandidateChosen); !ok || got.Candidate.ID != "c094" {
		t.Errorf("enter on the last row chose %+v", got)
	}
}

// TestPageOfAnEarlierLoadDropped: a page read before the list was loaded
// again is not appended to the new list.
func TestPageOfAnEarlierLoadDropped(t *testing.T) {
	s := longLog(60)
	m := paged(s)
	var early []tea.Msg // the page after row 30, for this load
	for range 15 {
		_, cmd := m.Update(tuitest.Key("down"))
		early = append(early, msgs(cmd)...)
	}
	if len(early) != 1 {
		t.Fatalf("moving down read %d pages, want 1", len(early))
	}
	m.Update(m.Revealed()()) // the new load's own next page is not read yet
	n := len(m.all)
	for _, msg := range early {
		m.Update(msg)
	}
	if len(m.all) != n {
		t.Errorf("a page of the load before was appended: %d rows, then %d", n, len(m.all))
	}
}

// TestSearchOnALongList: a filter on a list not read whole searches the
// store; the results of an older query never replace a newer one's, nor
// a cleared filter's list.
func TestSearchOnALongList(t *testing.T) {
	s := longLog(80)
	m := paged(s)
	m.Update(tuitest.Key("/"))
	var pending [][]tea.Msg
	for _, k := range []string{"4", "7"} {
		_, cmd := m.Update(tuitest.Key(k))
		pending = append(pending, msgs(cmd))
	}
	if len(s.Searches) != 2 || s.Searches[1] != "47" {
		t.Fatalf("searched %q, want 4 then 47", s.Searches)
	}
	// "47" comes back first, then "4".
	for _, i := range []int{1, 0} {
		for _, msg := range pending[i] {
			_, cmd := m.Update(msg)
			settle(m, cmd)
		}
	}
	if m.rows() != 1 || m.rowAt(0).Name != "Person 47" {
		t.Fatalf("after 47 then 4 came back: %d rows, the first %s", m.rows(), m.rowAt(0).Name)
	}
	// Fewer letters: more matches than a page, read on as the cursor
	// moves, and counted as more.
	_, cmd := m.Update(tuitest.Key("backspace"))
	_, cmd2 := m.Update(tuitest.Key("backspace"))
	_, cmd3 := m.Update(tuitest.Key("e"))
	settle(m, tea.Batch(cmd, cmd2, cmd3))
	m.Update(tuitest.Key("enter"))
	if v := ansi.Strip(m.View()); !m.remote || m.rows() < 10 || !strings.Contains(v, "+ match \"e\"") {
		t.Errorf("a filter matching every candidate, read in part:\n%s", v)
	}
	for range 79 {
		_, cmd := m.Update(tuitest.Key("down"))
		settle(m, cmd)
	}
	if c, _ := m.Selected(); m.rows() != 80 || c.ID != "c079" || m.foundMore {
		t.Errorf("moving down the matches read %d of 80, at %s", m.rows(), c.ID)
	}
	// A search under way when the filter is cleared is dropped.
	m.Update(tuitest.Key("/"))
	_, cmd = m.Update(tuitest.Key("9"))
	late := msgs(cmd)
	m.Update(tuitest.Key("esc"))
	for _, msg := range late {
		m.Update(msg)
	}
	if m.remote || m.rows() != len(m.all) || m.filter.Value() != "" {
		t.Errorf("a search's results came back after esc: %d rows of %d", m.rows(), len(m.all))
	}
}

package candidates

import (
	"context"
	"errors"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// A filter on a list not read whole is the store's search
// (Store.SearchCandidates), run in a command so the filter line takes keys
// while it runs. Each search has a number: a new letter cancels the search
// before it and takes the next number, and results under any other number
// than the latest are dropped, so an older query's never overwrite a newer
// one's.

// searchState is the search under way.
type searchState struct {
	seq    int
	query  string
	keep   string             // the candidate to keep selected
	cancel context.CancelFunc // nil: none under way
}

func (s *searchState) running() bool { return s.cancel != nil }

// searchMsg is what search seq found after the place after (the zero
// cursor: from the top; else the next matches of the same query).
type searchMsg struct {
	seq   int
	after outreach.CandidateCursor
	rows  []outreach.CandidateSummary
	more  bool
	err   error
}

// stopSearch cancels the search under way, and drops its results.
func (m *Model) stopSearch() {
	if m.search.cancel != nil {
		m.search.cancel()
		m.search.cancel = nil
	}
	m.search.seq++
}

// startSearch searches the first n matches of query.
func (m *Model) startSearch(query, keep string, n int) tea.Cmd {
	m.stopSearch()
	m.search.query, m.search.keep = query, keep
	return m.runSearch(outreach.CandidateCursor{}, n)
}

// searchOn searches the next page of matches of the query shown.
func (m *Model) searchOn() tea.Cmd {
	m.stopSearch()
	return m.runSearch(m.found[len(m.found)-1].Cursor(), m.pageSize)
}

func (m *Model) runSearch(after outreach.CandidateCursor, n int) tea.Cmd {
	ctx, cancel := context.WithCancel(context.Background())
	m.search.cancel = cancel
	s, seq, query, levels := m.store, m.search.seq, m.search.query, m.levels
	return func() tea.Msg {
		rows, more, err := s.SearchCandidates(ctx, query, levels, after, n)
		return searchMsg{seq: seq, after: after, rows: rows, more: more, err: err}
	}
}

// searched shows a search's results, unless a later search or none is
// wanted now.
func (m *Model) searched(msg searchMsg) tea.Cmd {
	if msg.seq != m.search.seq {
		return nil // an older query's, or a filter cleared since
	}
	m.search.cancel()
	m.search.cancel = nil
	switch {
	case errors.Is(msg.err, context.Canceled):
		return nil
	case msg.err != nil:
		return func() tea.Msg { return common.ErrorMsg{Err: msg.err} }
	case msg.after != (outreach.CandidateCursor{}):
		if m.remote && len(m.found) > 0 && m.found[len(m.found)-1].Cursor() == msg.after {
			m.found = append(m.found, msg.rows...)
			m.foundMore = msg.more
			m.setKeys()
		}
		return nil
	}
	m.remote, m.found, m.foundMore = true, msg.rows, msg.more
	m.reselect(m.search.keep)
	return nil
}

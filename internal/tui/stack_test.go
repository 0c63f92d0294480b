package tui

import (
	"slices"
	"testing"

	"github.com/inmail/inmail/internal/tui/common"
)

// TestStackCopies changes a stack without changing the one it came from:
// an old copy of the Model keeps its screens.
func TestStackCopies(t *testing.T) {
	s := stack{{id: common.Candidates}, {id: common.Templates}, {id: common.Compose}}
	grown := s[:2].inserted(1, entry{id: common.Tracker})
	shrunk := s.without(1)
	if got, want := s.ids(), []common.ID{common.Candidates, common.Templates, common.Compose}; !slices.Equal(got, want) {
		t.Errorf("the first stack became %v, want %v", got, want)
	}
	if got, want := grown.ids(), []common.ID{common.Candidates, common.Tracker, common.Templates}; !slices.Equal(got, want) {
		t.Errorf("inserted: %v, want %v", got, want)
	}
	if got, want := shrunk.ids(), []common.ID{common.Candidates, common.Compose}; !slices.Equal(got, want) {
		t.Errorf("without: %v, want %v", got, want)
	}
}

func TestStackFinds(t *testing.T) {
	s := stack{{id: common.Candidates}, {id: common.Tracker}, {id: common.Templates}, {id: common.Tracker}}
	if i := s.index(common.Tracker); i != 3 {
		t.Errorf("index of the tracker = %d, want the topmost, 3", i)
	}
	if s.index(common.Compose) != -1 || s.has(common.Compose) {
		t.Error("a screen not open is found")
	}
	if !s.onTop(common.Tracker) || s.onTop(common.Templates) {
		t.Error("onTop does not look at the top")
	}
	if (stack{}).top() != nil || (stack{}).onTop(common.Candidates) {
		t.Error("an empty stack has a top")
	}
}

package outreach

import (
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestNewEntry(t *testing.T) {
	m := sampleMessage()
	e := NewEntry(m, []Event{ev(1, Replied, sent.Add(time.Hour))}, sent.Add(2*time.Hour))
	if e.Status != StatusResponded || !e.Outcomes.Replied.Equal(sent.Add(time.Hour)) || e.ID != 42 {
		t.Errorf("NewEntry = %+v", e)
	}
	b, err := json.Marshal(e)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"id":42`, `"status":"responded"`, `"events":[{`, `"outcomes":{"replied":`} {
		if !strings.Contains(string(b), want) {
			t.Errorf("JSON %s lacks %s", b, want)
		}
	}
	if e := NewEntry(m, nil, sent); e.Events == nil || e.Status != StatusAwaiting {
		t.Errorf("an entry without events = %+v, want an empty list and awaiting", e)
	}
}

func TestFilterMatchesName(t *testing.T) {
	tests := []struct {
		filter, name string
		want         bool
	}{
		{"", "Priya Raman", true},
		{"priya raman", "Priya Raman", true},
		{" Priya Raman ", "Priya Raman\t", true},
		{"Priya  Raman", "priya raman", true},
		{"Priya", "Priya Raman", false},
		{"Priya Raman", "", false},
	}
	for _, tt := range tests {
		if got := (Filter{CandidateName: tt.filter}).MatchesName(tt.name); got != tt.want {
			t.Errorf("Filter{CandidateName: %q}.MatchesName(%q) = %v, want %v", tt.filter, tt.name, got, tt.want)
		}
	}
}

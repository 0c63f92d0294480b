package outreach

import (
	"strings"
	"testing"
	"time"
)

func TestMessageValidate(t *testing.T) {
	if err := sampleMessage().Validate(); err != nil {
		t.Fatalf("valid message: %v", err)
	}
	tests := []struct {
		name   string
		change func(*Message)
		want   string
	}{
		{"no candidate", func(m *Message) { m.Candidate.ID = " " }, "no candidate id"},
		{"control character", func(m *Message) { m.Candidate.ID = "a\x00b" }, "control characters"},
		{"no channel", func(m *Message) { m.Channel = 0 }, "no channel"},
		{"no body", func(m *Message) { m.Body = "\n" }, "body is empty"},
		{"no send time", func(m *Message) { m.SentAt = time.Time{} }, "no send time"},
		{"started after sent", func(m *Message) { m.StartedAt = m.SentAt.Add(time.Minute) }, "started"},
		{"negative credits", func(m *Message) { m.Credits = -1 }, "credits"},
	}
	for _, tt := range tests {
		m := sampleMessage()
		tt.change(&m)
		err := m.Validate()
		if err == nil || !strings.Contains(err.Error(), tt.want) || ErrorCode(err) != EINVALID {
			t.Errorf("%s: Validate = %v, want EINVALID saying %q", tt.name, err, tt.want)
		}
	}
}

// TestDisplay: a candidate is named for people by name, else profile
// URL, never by an id inmail made up.
func TestDisplay(t *testing.T) {
	for _, tc := range []struct {
		ref  CandidateRef
		want string
	}{
		{CandidateRef{ID: "inmail:7", Name: " Elena  Petrova "}, "Elena Petrova"},
		{CandidateRef{ID: "linkedin.com/in/wei", URL: "https://linkedin.com/in/wei/"}, "https://linkedin.com/in/wei/"},
		{CandidateRef{ID: "linkedin.com/in/wei"}, "https://www.linkedin.com/in/wei"},
		{CandidateRef{ID: "inmail:7"}, "a candidate with no name"},
	} {
		if got := tc.ref.Display(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.ref, got, tc.want)
		}
	}
	if got := (Reference{Field: "experience[2].description", Text: "x"}).Place(); got != "Experience" {
		t.Errorf("a reference logged without its place: %q", got)
	}
	if got := (Reference{Field: "experience[2].description", Where: "Experience · Varden Legal"}).Place(); got != "Experience · Varden Legal" {
		t.Errorf("a reference with its place: %q", got)
	}
}

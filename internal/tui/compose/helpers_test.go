package compose

import (
	"image"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// priya is a candidate with something specific to reference.
func priya() outreach.Candidate {
	return outreach.Candidate{
		ID: "linkedin.com/in/priya-raman",
		Profile: profile.Profile{
			ID:        "https://www.linkedin.com/in/priya-raman",
			Name:      "Priya Raman",
			Headline:  "Senior Associate, M&A at Harlow & Pierce LLP",
			Title:     "Senior Associate",
			Company:   "Harlow & Pierce LLP",
			Location:  "London",
			Seniority: "senior-associate",
			Skills:    []string{"M&A", "Private Equity", "Life sciences"},
			Experience: []profile.Experience{{
				Title: "Senior Associate", Company: "Harlow & Pierce LLP", Start: "2019", End: "present",
				Description: "Represented Castell Pharma in its $2.1 billion acquisition of Norvane Therapeutics.",
			}, {
				Title: "Associate", Company: "Brack & Oyelaran", Start: "2016", End: "2019",
				Description: "Cross-border public takeovers for pharmaceutical clients.",
			}},
			Education: []profile.Education{{School: "University of Edinburgh", Degree: "LLB", Year: 2016}},
		},
	}
}

// template parses a template for the tests.
func template(t testing.TB, channel, subject, body string) *library.Template {
	t.Helper()
	src := "---\nname: Passive intro\nchannel: " + channel + "\ndescription: A short intro.\npersonalization: Reference a deal, matter or publication\n"
	if subject != "" {
		src += "subject: \"" + subject + "\"\n"
	}
	src += "---\n" + body + "\n"
	tpl, probs := library.ParseTemplate("senior-associate/passive-intro.md", []byte(src))
	if len(probs) > 0 {
		t.Fatalf("template: %v", probs)
	}
	tpl.ID, tpl.Seniority, tpl.Hash = "senior-associate/passive-intro", "senior-associate", "0123456789abcdef"
	return tpl
}

const inmailBody = "Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is hiring a {{role}}.\n\n{{sender_name}}"

var tuesday = time.Date(2026, 3, 3, 9, 40, 0, 0, time.UTC)

// newModel builds a composer at w x h for c with template t.
func newModel(t testing.TB, s *tuitest.Log, c outreach.Candidate, tpl *library.Template, credits int, draft *outreach.Draft, w, h int) *Model {
	t.Helper()
	p := c.Profile
	comp := gate.NewComposer(tpl, &p, library.Fields{Role: "Senior M&A Associate", Client: "a top-10 firm", SenderName: "Jordan Blake"},
		personalize.Options{CandidateID: c.ID, Reuse: personalize.NewReuseIndex()})
	comp.CreditsLeft = credits
	comp.Alternative = "senior-associate/connect"
	m := New(common.NewStyles(true), s, Params{
		Candidate: c, Composer: comp, Draft: draft, Recruiter: "Jordan Blake",
		Now: func() time.Time { return tuesday },
	})
	m.SetSize(w, h)
	return m
}

// targetOf is where the last frame drew field f: the cells a click
// focuses it from.
func targetOf(m *Model, f field) image.Rectangle {
	l := m.hits.GetLayer(fieldLabels[f])
	if l == nil {
		return image.Rectangle{}
	}
	return image.Rect(l.GetX(), l.GetY(), l.GetX()+l.Width(), l.GetY()+l.Height())
}

// typeText sends each rune as a key press, as a terminal would.
func typeText(m *Model, s string) {
	for _, r := range s {
		m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

// settle runs the verdict check at once, as the debounce tick would.
func settle(m *Model) {
	m.Update(check(m.comp, m.store, m.lineText))
}

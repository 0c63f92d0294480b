package compose

import (
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// briefList is what the picker loads: the recruiter's last brief first.
func briefList() []outreach.Brief {
	return []outreach.Brief{
		{ID: 1, Name: "Senior M&A Associate · a top-10 firm", Role: "Senior M&A Associate", Client: "a top-10 firm", Hook: "Hybrid.",
			Seniority: "senior-associate", Sent: 12, CreatedBy: "Jordan Blake", LastUsed: map[string]time.Time{"Jordan Blake": tuesday.Add(-time.Hour)}},
		{ID: 2, Name: "Head of Leveraged Finance · Northgate Bank", Role: "Head of Leveraged Finance", Client: "Northgate Bank",
			Hook: "The team is six bankers and growing.", Sent: 3, CreatedBy: "Sam Ortiz", LastUsed: map[string]time.Time{"Sam Ortiz": tuesday.Add(-50 * time.Hour)}},
	}
}

// TestBriefPicker: ctrl+b lists the briefs, the one in use marked; enter
// fills role, client and hook from another, and the message and the
// draft follow.
func TestBriefPicker(t *testing.T) {
	s := tuitest.NewLog(tuesday)
	tpl := template(t, "inmail", "{{role}} at {{client}}", "Hi {{first_name}},\n\n{{personalization}}\n\nMy client, {{client}}, is hiring a {{role}}. {{hook}}\n\n{{sender_name}}")
	m := newModel(t, s, priya(), tpl, 10, nil, 100, 30)
	loads := 0
	m.p.Briefs = func() ([]outreach.Brief, error) { loads++; return briefList(), nil }
	m.setKeys()
	if !m.keys.Brief.Enabled() {
		t.Fatal("ctrl+b is not offered")
	}
	d := tuitest.NewDriver(t, func(msg tea.Msg) tea.Cmd { _, cmd := m.Update(msg); return cmd })
	m.p.After = d.After
	d.Send(tea.KeyPressMsg{Code: 'b', Mod: tea.ModCtrl})
	out := ansi.Strip(m.View())
	for _, want := range []string{"▸ Senior M&A Associate · a top-10 firm ✓ in use", "senior-associate · 12 messages · last today by you",
		"Head of Leveraged Finance · Northgate Bank", "3 messages · last 2 days ago by Sam Ortiz · made by Sam Ortiz", "Hook: Hybrid."} {
		if !strings.Contains(out, want) {
			t.Errorf("the picker does not show %q:\n%s", want, out)
		}
	}
	if loads != 1 || m.state != choosingBrief || m.Typing() {
		t.Fatalf("loads %d, state %v, typing %v", loads, m.state, m.Typing())
	}
	d.Send(tuitest.Key("down"), tuitest.Key("enter"))
	if m.state != editing {
		t.Fatalf("enter did not close the picker (state %v)", m.state)
	}
	for f, want := range map[field]string{fRole: "Head of Leveraged Finance", fClient: "Northgate Bank", fHook: "The team is six bankers and growing."} {
		if got := m.inputs[f].Value(); got != want {
			t.Errorf("%s = %q, want %q", fieldLabels[f], got, want)
		}
	}
	if !strings.Contains(m.Body(), "My client, Northgate Bank, is hiring a Head of Leveraged Finance. The team is six bankers and growing.") || m.Subject() != "Head of Leveraged Finance at Northgate Bank" {
		t.Errorf("the message does not follow the brief: %q / %q", m.Subject(), m.Body())
	}
	msg := m.Message()
	if msg.Role != "Head of Leveraged Finance" || msg.Client != "Northgate Bank" || msg.Hook != "The team is six bankers and growing." {
		t.Errorf("the logged message would have %q, %q, %q", msg.Role, msg.Client, msg.Hook)
	}
	d.Wait(time.Second)
	if len(s.Saved) != 1 || s.Saved[0].Client != "Northgate Bank" {
		t.Errorf("the draft did not keep the brief's fields: %+v", s.Saved)
	}
	// Edited by hand, the role and client are a new brief, and the picker
	// says so.
	m.setFocus(fClient)
	d.Send(tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl})
	typeText(m, "Harlow")
	d.Send(tea.KeyPressMsg{Code: 'b', Mod: tea.ModCtrl})
	out = ansi.Strip(m.View())
	if strings.Contains(out, "✓ in use") || !strings.Contains(out, "Sending as it is saves Head of Leveraged Finance · Harlow as a new") {
		t.Errorf("a brief edited by hand is not said to be a new one:\n%s", out)
	}
	d.Send(tuitest.Key("esc"))
	if m.state != editing || m.inputs[fClient].Value() != "Harlow" {
		t.Errorf("esc: state %v, client %q", m.state, m.inputs[fClient].Value())
	}
}

// TestNoBriefKeyWithoutBriefFields: a template that uses none of role,
// client and hook offers no picker.
func TestNoBriefKeyWithoutBriefFields(t *testing.T) {
	tpl := template(t, "connection", "", "Hi {{first_name}}, {{personalization}} Would be glad to connect.")
	m := newModel(t, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 100, 30)
	m.p.Briefs = func() ([]outreach.Brief, error) { return briefList(), nil }
	m.setKeys()
	if m.keys.Brief.Enabled() {
		t.Error("ctrl+b is offered for a template without role, client or hook")
	}
}

package compose

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// fieldText reads a one-line field back from the screen: the text after
// the label column on its rows, joined.
func fieldText(m *Model, f field) string {
	lines := strings.Split(ansi.Strip(m.View()), "\n")
	g, r := m.geo, targetOf(m, f)
	var parts []string
	for y := r.Min.Y; y < r.Max.Y; y++ {
		l := []rune(lines[y])
		x0, x1 := r.Min.X, r.Max.X
		if x1 == g.lw {
			x0, x1 = 2, g.lw-2
		}
		cell := string(l[x0:min(x1, len(l))])
		label := labelW
		if f == fClient && x0 > 2 {
			label = len("  Client ")
		}
		parts = append(parts, strings.TrimSpace(string([]rune(cell)[min(label, len([]rune(cell))):])))
	}
	return strings.Join(strings.Fields(strings.Join(parts, " ")), " ")
}

// TestFieldsShownInFull lays out long role, client and hook values and a
// long subject at 80x24, 100x30 and 140x45: where there is room each is on
// screen in full, wrapped under its label, whether it has focus or not; on
// 80x24 (a tight form) the field with focus is in full and the brief and
// the subject without it take a row each, cut, so the message keeps
// minBody rows.
func TestFieldsShownInFull(t *testing.T) {
	tpl := template(t, "inmail", "Senior search: {{role}} at {{client}}, reporting to the board",
		"Hi {{first_name}},\n\n{{personalization}}\n\n{{client}} is hiring a {{role}}. {{hook}}\n\n{{sender_name}}")
	fields := library.Fields{Role: "Head of Leveraged Finance", Client: "a top-10 European bank",
		Hook: "The team is six bankers and growing fast across London and Frankfurt.", SenderName: "Jordan Blake"}
	c := priya()
	for _, sz := range [][2]int{{80, 22}, {100, 28}, {140, 43}} {
		p := c.Profile
		comp := gate.NewComposer(tpl, &p, fields, personalize.Options{CandidateID: c.ID})
		comp.CreditsLeft = 10
		m := New(common.NewStyles(true), tuitest.NewLog(tuesday), Params{Candidate: c, Composer: comp, Recruiter: "Jordan Blake", Now: func() time.Time { return tuesday }})
		m.SetSize(sz[0], sz[1])
		subject := "Senior search: Head of Leveraged Finance at a top-10 European bank, reporting to the board"
		count := fmt.Sprintf(" %d/200", len(subject))
		for _, focus := range []field{fLine, fRole, fHook, fSubject} {
			for m.focus != focus {
				m.Update(tuitest.Key("tab"))
			}
			tight := sz[0] == 80
			if m.geo.tight != tight {
				t.Errorf("%dx%d: tight %v, want %v", sz[0], sz[1], m.geo.tight, tight)
			}
			screen := ansi.Strip(m.View())
			for f, want := range map[field]string{fRole: fields.Role, fClient: fields.Client, fHook: fields.Hook, fSubject: subject} {
				switch got := fieldText(m, f); {
				case m.oneRow(f) && f == fSubject:
					if !strings.HasPrefix(want, strings.TrimSuffix(strings.TrimSuffix(got, ""+count), "…")) || !strings.HasSuffix(got, "…"+count) {
						t.Errorf("%dx%d, focus on %s: the subject on one row reads %q", sz[0], sz[1], fieldLabels[focus], got)
					}
				case m.oneRow(f):
					if !strings.Contains(screen, "Brief   Head of Leveraged Finance · a top…") {
						t.Errorf("%dx%d, focus on %s: no brief row:\n%s", sz[0], sz[1], fieldLabels[focus], screen)
					}
				case got != want:
					t.Errorf("%dx%d, focus on %s: %s reads %q on screen, want %q\n%s", sz[0], sz[1], fieldLabels[focus], fieldLabels[f], got, want, screen)
				}
			}
			if tight && !m.oneRow(focus) && focus == fLine && m.geo.bodyRows < minBody {
				t.Errorf("%dx%d: the preview has %d rows", sz[0], sz[1], m.geo.bodyRows)
			}
			if m.geo.bodyRows < 2 {
				t.Errorf("%dx%d: the body has %d rows", sz[0], sz[1], m.geo.bodyRows)
			}
		}
		// Typing in the subject wraps it further and the body makes room.
		rows := m.geo.fieldH[fSubject]
		typeText(m, strings.Repeat(" and the audit committee", 4))
		if m.geo.fieldH[fSubject] <= rows && sz[0] < 140 {
			t.Errorf("%dx%d: the subject did not grow as it was typed (%d rows)", sz[0], sz[1], rows)
		}
		if got, want := fieldText(m, fSubject), m.Subject(); got != want {
			t.Errorf("%dx%d: the edited subject reads %q, want %q", sz[0], sz[1], got, want)
		}
		out := ansi.Strip(m.View())
		if n := len(strings.Split(out, "\n")); n != sz[1] {
			t.Errorf("%dx%d: the view is %d lines", sz[0], sz[1], n)
		}
		for i, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w != sz[0] {
				t.Errorf("%dx%d: line %d is %d wide", sz[0], sz[1], i, w)
			}
		}
	}
}

// TestMoreLinesCounted: the note under a cut body counts every line it
// hides, the one it stands in for included, with the one pluraliser.
func TestMoreLinesCounted(t *testing.T) {
	tpl := template(t, "inmail", "A {{role}} role", inmailBody)
	m := newModel(t, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 80, 24)
	for _, rows := range []int{2, 3, 5} {
		m.view.bodyFor = "" // lay the body out again
		lines := m.bodyView(40, rows)
		all := m.view.bodyLines
		if len(all) <= rows {
			t.Fatalf("the body has %d lines; the test needs more than %d", len(all), rows)
		}
		want := fmt.Sprintf("… %d more lines (", len(all)-rows+1)
		if got := ansi.Strip(lines[len(lines)-1]); !strings.HasPrefix(got, want) {
			t.Errorf("%d rows of %d lines: the note is %q, want it to start %q", rows, len(all), got, want)
		}
	}
}

package compose

import (
	"fmt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/tui/common"
)

// The boxes drawn over the form: the send confirmation and the reasons
// the gate refuses.

// overlay centres box on out.
func (m *Model) overlay(out string, box string) string {
	return common.Popup(out, box, m.width, m.height)
}

// confirmBox asks for the one confirming keystroke.
func (m *Model) confirmBox() string {
	st := m.styles
	t := m.comp.Template
	name := m.p.Candidate.Profile.Name
	w := min(m.width-4, 60)
	var lines []string
	if m.state == sending {
		lines = []string{st.Title.Render("Sending…"), "", "Logging the message."}
	} else {
		what := "a connection note"
		if t.Channel == library.InMail {
			what = fmt.Sprintf("an InMail (1 credit; %d left after)", m.comp.CreditsLeft-1)
		}
		lines = append(lines, st.Title.Render("Send to "+name+"?"))
		lines = append(lines, "")
		lines = append(lines, common.Wrap(fmt.Sprintf("This logs %s and copies it to paste into LinkedIn.", what), w-4)...)
		lines = append(lines, "")
		lines = append(lines, st.Focused.Render("enter/y")+" send   "+st.Label.Render("esc/n")+" keep editing")
	}
	return common.Box(st, "Send", pad(lines), w, len(lines)+2, true)
}

// reasonsBox lists every reason the gate refuses.
func (m *Model) reasonsBox() string {
	st := m.styles
	w := min(m.width-4, 76)
	lines := []string{st.Title.Render("Not ready to send")}
	for _, r := range m.reasons() {
		lines = append(lines, "")
		for i, l := range common.Wrap(r.message, w-6) {
			prefix := "  "
			if i == 0 {
				prefix = st.Bad.Render("✗ ")
			}
			lines = append(lines, prefix+l)
		}
	}
	if m.decision.OK {
		lines = append(lines, "", st.OK.Render("✓ ready to send"))
	}
	lines = append(lines, "", st.Subtle.Render("Any key closes this."))
	h := min(len(lines)+2, m.height)
	return common.Box(st, "Send", pad(lines), w, h, true)
}

func pad(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = " " + l
	}
	return out
}

package compose

import (
	"slices"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"

	"github.com/inmail/inmail/internal/tui/common"
)

// Clicks and the wheel. What is under the mouse is found with lipgloss's
// hit testing: each frame notes where it drew each field (its label and
// its rows) and the profile pane; when that moved, one layer each, named
// by its id, is placed there, and Compositor.Hit names the one under a
// point. The layers are never drawn.

// profileTarget is the profile pane's click target.
const profileTarget = "profile"

// hitTarget is where a frame drew a field or the profile.
type hitTarget struct {
	id   string
	x, y int
	w, h int
}

// target notes where this frame drew id: w by h cells at x, y.
func (m *Model) target(id string, x, y, w, h int) {
	if w > 0 && h > 0 {
		m.targets = append(m.targets, hitTarget{id: id, x: x, y: y, w: w, h: h})
	}
}

// placeTargets places a layer on each target of this frame, when they
// are not where the last frame's were.
func (m *Model) placeTargets() {
	if m.hits != nil && slices.Equal(m.targets, m.placed) {
		return
	}
	layers := make([]*lipgloss.Layer, len(m.targets))
	for i, t := range m.targets {
		blank := strings.TrimSuffix(strings.Repeat(strings.Repeat(" ", t.w)+"\n", t.h), "\n")
		layers[i] = lipgloss.NewLayer(blank).X(t.x).Y(t.y).ID(t.id)
	}
	m.hits = lipgloss.NewCompositor(layers...)
	m.placed = slices.Clone(m.targets)
}

// under is what the last frame drew at x, y: a field (-1: none) or the
// profile pane.
func (m *Model) under(x, y int) (f field, profile bool) {
	if m.hits == nil {
		return -1, false
	}
	id := m.hits.Hit(x, y).ID()
	if id == profileTarget {
		return -1, true
	}
	return field(slices.Index(fieldLabels[:], id)), false
}

// click focuses the field under the mouse.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.state != editing || msg.Button != tea.MouseLeft || m.showProfile {
		return nil
	}
	f, _ := m.under(msg.X, msg.Y)
	if f < 0 || f == m.focus {
		return nil
	}
	return m.setFocus(f)
}

// wheel scrolls the profile or the body under the mouse.
func (m *Model) wheel(msg tea.MouseWheelMsg) {
	d := common.WheelLines(msg)
	if d == 0 {
		return
	}
	if _, overProfile := m.under(msg.X, msg.Y); overProfile || (m.geo.narrow && m.showProfile) {
		m.scrollProfile(d)
		return
	}
	if m.focus != fBody {
		c := &m.view
		c.bodyTop = max(0, min(c.bodyTop+d, len(c.bodyLines)-m.geo.bodyRows))
	}
}

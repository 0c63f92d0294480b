package tui

import (
	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/reportview"
	"github.com/inmail/inmail/internal/tui/tracker"
)

// section is a screen a global key opens from anywhere.
type section struct {
	id   common.ID
	key  key.Binding
	open func(m *Model) common.Screen
}

// sections lists the screens a global key opens. Adding one is a line here:
// its id (common/nav.go), its key, and how to build it from the Model's
// styles and dependencies.
var sections = []section{
	{common.Tracker, key.NewBinding(key.WithKeys("ctrl+t"), key.WithHelp("ctrl+t", "tracker")), func(m *Model) common.Screen {
		return tracker.New(m.styles, m.deps.sections(), tracker.Deps{Now: m.deps.Now, Recruiter: m.deps.Recruiter, Copy: m.deps.Copy, After: m.deps.After})
	}},
	{common.Reports, key.NewBinding(key.WithKeys("ctrl+r"), key.WithHelp("ctrl+r", "reports")), func(m *Model) common.Screen {
		return reportview.New(m.styles, m.deps.sections(), reportview.Deps{Now: m.deps.Now})
	}},
	{common.Settings, settingsKey, func(m *Model) common.Screen { return m.newSettings(false) }},
}

func sectionFor(id common.ID) (section, bool) {
	for _, s := range sections {
		if s.id == id {
			return s, true
		}
	}
	return section{}, false
}

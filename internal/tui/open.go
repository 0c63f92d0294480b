package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/addcandidate"
	"github.com/inmail/inmail/internal/tui/candidates"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/compose"
	"github.com/inmail/inmail/internal/tui/picker"
	"github.com/inmail/inmail/internal/tui/sent"
	"github.com/inmail/inmail/internal/tui/settings"
)

// How each screen is built from the root's styles and dependencies. The
// sections (tracker, reports, settings) are built in sections.go.

// newCandidates builds the candidate list; autoAdd has it ask for the
// add screen when it finds nobody.
func (m Model) newCandidates(autoAdd bool) common.Screen {
	return candidates.New(m.styles, m.deps.Store, levelLabels(m.deps.Library), m.deps.Now, autoAdd).WithHistory(m.deps.History)
}

// newAdd builds the add-candidate screen: empty, on pasted text, or on a
// saved candidate to correct.
func (m Model) newAdd(paste string, edit *outreach.Candidate) common.Screen {
	return addcandidate.New(m.styles, m.deps.Store, m.deps.Library.Levels, m.deps.Now, paste, edit)
}

// newSettings builds the settings screen; firstRun opens it as the
// first-run setup.
func (m Model) newSettings(firstRun bool) common.Screen {
	return settings.New(m.styles, m.deps.Setup, settings.Deps{
		Save: m.deps.SaveSetup, Path: m.deps.ConfigPath, FirstRun: firstRun, Key: settingsKey.Help().Key,
	})
}

// newSent builds the screen that shows a message just logged.
func (m Model) newSent(msg common.MessageSent) common.Screen {
	return sent.New(m.styles, msg.Message, msg.ProfileURL, sent.Deps{Copy: m.deps.Copy, OpenURL: m.deps.OpenURL})
}

// levelLabels maps the library's seniority ids to their labels.
func levelLabels(lib *library.Library) map[string]string {
	out := map[string]string{}
	for _, l := range lib.Levels {
		out[l.ID] = l.Label
	}
	return out
}

// openTemplates opens the template picker for a candidate, and on it the
// composer when a template is given (with the draft d to restore, or the
// candidate's saved one when d is nil).
func (m Model) openTemplates(c outreach.Candidate, t *library.Template, d *outreach.Draft) (Model, tea.Cmd) {
	sel := ""
	switch {
	case t != nil:
		sel = t.ID
	case d != nil:
		sel = d.TemplateID
	}
	m, cmd := m.push(common.Templates, picker.New(m.styles, m.deps.Store, m.deps.Library, c, m.deps.Now, sel, m.credits, m.deps.TypicalLength))
	if t == nil {
		if d != nil {
			m.setBanner(notice(fmt.Sprintf("Your draft for %s used template %s, which is no longer in the library: pick another and the line comes along.", c.Profile.Name, d.TemplateID)))
		}
		return m, cmd
	}
	return m, tea.Batch(cmd, prepareCmd(m.deps, c, t, d, false))
}

// composeReadyMsg is a compose prepared in a command.
type composeReadyMsg struct {
	params  compose.Params
	replace bool
	// onTop opens it on top of what is open (a follow-up, from the
	// tracker), not above a template picker.
	onTop bool
	err   error
}

// prepareCmd prepares a compose in a command (indexing the profile,
// finding the candidate's draft when d is nil); the root opens it on
// composeReadyMsg.
func prepareCmd(deps Deps, c outreach.Candidate, t *library.Template, d *outreach.Draft, replace bool) tea.Cmd {
	s, prepare := deps.Store, deps.Prepare
	p := composeParams(deps)
	p.Candidate, p.Draft = c, d
	return func() tea.Msg {
		comp, err := prepare(c, t)
		if err != nil {
			return composeReadyMsg{err: err}
		}
		p.Composer = comp
		if p.Draft == nil {
			dr, err := s.Draft(c.ID)
			switch {
			case err == nil:
				p.Draft = &dr
			case outreach.ErrorCode(err) != outreach.ENOTFOUND:
				return composeReadyMsg{err: err}
			}
		}
		return composeReadyMsg{params: p, replace: replace}
	}
}

// prepareFollowUpCmd prepares a compose on a follow-up of message id in
// a command. It starts empty: the candidate's saved draft is of another
// message.
func prepareFollowUpCmd(deps Deps, id uint64) tea.Cmd {
	p := composeParams(deps)
	return func() tea.Msg {
		c, comp, err := deps.FollowUp(id)
		if err != nil {
			return composeReadyMsg{err: err}
		}
		p.Candidate, p.Composer, p.Draft = c, comp, &outreach.Draft{}
		return composeReadyMsg{params: p, onTop: true}
	}
}

// composeParams are the composer's parameters that come from deps.
func composeParams(deps Deps) compose.Params {
	lib := deps.Library
	return compose.Params{Recruiter: deps.Recruiter, Now: deps.Now, Getenv: deps.Getenv, Template: lib.Get,
		After: deps.After, SettingsKey: settingsKey.Help().Key, Levels: levelLabels(lib), Remote: deps.Remote, Briefs: deps.Briefs}
}

// composeReady opens a prepared compose: in the place of the composer it
// replaces (whose line and fields came along as the new one's draft),
// else right above its template picker, so a section opened while the
// compose was prepared stays on top.
func (m Model) composeReady(msg composeReadyMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		m.setBanner(failure(msg.err))
		return m, nil
	}
	s := compose.New(m.styles, m.deps.Store, msg.params)
	var restored tea.Cmd
	if d := msg.params.Draft; d != nil && !d.SavedAt.IsZero() {
		name := msg.params.Candidate.Profile.Name
		text := fmt.Sprintf("Restored your draft for %s from %s.", name, d.SavedAt.In(m.now.Location()).Format("Mon 15:04"))
		restored = func() tea.Msg { return common.NoticeMsg{Text: text} }
	}
	var cmd tea.Cmd
	switch old, pick := m.stack.index(common.Compose), m.stack.index(common.Templates); {
	case msg.replace && old >= 0:
		m.stack = m.stack.without(old)
		m, cmd = m.insert(old, common.Compose, s)
	case pick >= 0 && !msg.onTop:
		m, cmd = m.insert(pick+1, common.Compose, s)
	default:
		m, cmd = m.push(common.Compose, s)
	}
	return m, tea.Batch(cmd, restored)
}

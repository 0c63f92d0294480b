// Package addcandidate adds a candidate, or corrects a saved one: the
// recruiter pastes the text of a LinkedIn profile page (bracketed paste)
// or fills in a short form, then reviews what was read — name, profile
// URL, current position, a suggested seniority they can change, skills and
// about — before it is saved.
package addcandidate

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

// Store is what the screen needs from the log.
type Store interface {
	// Candidates lists the saved candidates, to update the one with the
	// same name rather than add them twice.
	Candidates() ([]outreach.Candidate, error)
	// PutCandidate saves a profile and returns the candidate as stored.
	PutCandidate(p profile.Profile) (outreach.Candidate, error)
	// DeleteCandidate removes a candidate saved without a URL once they
	// are saved again under the URL the recruiter added (and their draft
	// with them).
	DeleteCandidate(id string) error
	// Draft returns a candidate's saved draft (ENOTFOUND: none) and
	// SaveDraft saves one: a candidate moved to their URL keeps theirs.
	Draft(candidateID string) (outreach.Draft, error)
	SaveDraft(d outreach.Draft) error
}

// step is where the recruiter is.
type step int

const (
	stepPaste step = iota
	stepReview
)

// The form's fields, in tab order.
const (
	fieldName = iota
	fieldURL
	fieldHeadline
	fieldTitle
	fieldCompany
	fieldLocation
	fieldLevel
	fieldSkills
	fieldAbout
	fieldCount
)

var labels = [fieldCount]string{"Name", "Profile URL", "Headline", "Title", "Company", "Location", "Seniority", "Skills", "About"}

// Model is the add-candidate screen.
type Model struct {
	store  Store
	levels []profile.Level
	now    func() time.Time
	styles common.Styles
	keys   keyMap

	step  step
	paste textarea.Model
	// editing is the saved candidate being corrected (nil: a new one).
	editing *outreach.Candidate
	// base is the profile as read (or as saved); the form's fields
	// replace its top-level values on save, and everything else
	// (positions, schools, pasted text) is kept.
	base    profile.Profile
	inputs  [fieldCount]textinput.Model
	about   textarea.Model
	level   int // index into levels; -1 for not set
	suggest string
	focus   int
	err     string
	saving  bool

	width, height int
	// fieldY is where each field starts in the view and fieldH how many
	// lines it takes, for mouse clicks.
	fieldY, fieldH [fieldCount]int
}

// New returns the screen. paste is profile text the recruiter already
// pasted ("" for none); edit is a saved candidate to correct (nil for a
// new one). levels are the library's seniority levels.
func New(st common.Styles, store Store, levels []profile.Level, now func() time.Time, paste string, edit *outreach.Candidate) *Model {
	m := &Model{store: store, levels: levels, now: now, styles: st, keys: newKeyMap(), level: -1}
	m.paste = textarea.New()
	m.paste.ShowLineNumbers = false
	m.paste.Prompt = "┃ "
	m.paste.Placeholder = "Paste the profile page here…"
	m.paste.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	m.paste.KeyMap.LineEnd.SetKeys("end")
	m.paste.KeyMap.LinePrevious.SetKeys("up")
	m.paste.KeyMap.LineNext.SetKeys("down")
	for i := range m.inputs {
		ti := textinput.New()
		ti.Prompt = ""
		m.inputs[i] = ti
	}
	m.inputs[fieldName].Placeholder = "their full name"
	m.inputs[fieldURL].Placeholder = "https://www.linkedin.com/in/…"
	m.inputs[fieldSkills].Placeholder = "comma-separated"
	m.about = textarea.New()
	m.about.ShowLineNumbers = false
	m.about.Prompt = ""
	m.about.Placeholder = "Details worth referencing: deals, projects, talks…"
	m.about.KeyMap.TransposeCharacterBackward.SetEnabled(false)
	m.about.KeyMap.LineEnd.SetKeys("end")
	m.about.KeyMap.LinePrevious.SetKeys("up")
	m.about.KeyMap.LineNext.SetKeys("down")
	m.SetStyles(st)
	switch {
	case edit != nil:
		c := *edit
		m.editing = &c
		m.review(c.Profile)
	case strings.TrimSpace(paste) != "":
		paste = common.PasteText(paste)
		m.paste.SetValue(paste)
		m.review(profile.ParsePaste(paste))
	default:
		m.paste.Focus()
	}
	m.setKeys()
	return m
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return nil }

// UsesMouse implements common.MouseUser: on the review, clicks focus
// fields.
func (m *Model) UsesMouse() bool { return m.step == stepReview }

// Title implements common.Titled.
func (m *Model) Title() string {
	if m.editing != nil {
		return "Correct candidate"
	}
	return "Add candidate"
}

// Typing implements common.KeyCapturer.
func (m *Model) Typing() bool {
	return m.step == stepPaste || m.focus != fieldLevel
}

// CapturesEsc implements common.KeyCapturer: on the review of a paste or
// a new form, esc goes back to the paste step.
func (m *Model) CapturesEsc() bool { return m.step == stepReview && m.editing == nil }

// Profile is the profile the form describes now.
func (m *Model) Profile() profile.Profile {
	p := m.base
	val := func(i int) string { return strings.TrimSpace(m.inputs[i].Value()) }
	p.Name = val(fieldName)
	p.Headline = val(fieldHeadline)
	p.Title = val(fieldTitle)
	p.Company = val(fieldCompany)
	p.Location = val(fieldLocation)
	// The profile URL is the candidate's id. A saved candidate keeps
	// theirs; one saved without a URL (a generated id) gets the URL when
	// it is given, and save moves them to it.
	if m.editing == nil || (m.urlEditable() && val(fieldURL) != "") {
		p.ID = val(fieldURL)
	}
	if m.level >= 0 {
		p.Seniority = m.levels[m.level].ID
	} else {
		p.Seniority = ""
	}
	p.Skills = splitList(m.inputs[fieldSkills].Value())
	p.About = strings.TrimSpace(m.about.Value())
	return p
}

// urlEditable reports whether the URL field can be changed: always for a
// new candidate, and for a saved one without a URL.
func (m *Model) urlEditable() bool {
	return m.editing == nil || outreach.NormalizeProfileURL(m.editing.ID) == ""
}

// review fills the form from p and shows it.
func (m *Model) review(p profile.Profile) {
	m.step = stepReview
	m.base = p
	m.paste.Blur()
	set := func(i int, s string) { m.inputs[i].SetValue(s); m.inputs[i].CursorEnd() }
	set(fieldName, p.Name)
	if m.urlEditable() && outreach.NormalizeProfileURL(p.ID) == "" {
		set(fieldURL, "")
	} else {
		set(fieldURL, p.ID)
	}
	set(fieldHeadline, p.Headline)
	set(fieldTitle, p.Title)
	set(fieldCompany, p.Company)
	set(fieldLocation, p.Location)
	set(fieldSkills, strings.Join(p.Skills, ", "))
	m.about.SetValue(p.About)
	m.about.MoveToBegin()
	m.level, m.suggest = -1, ""
	id, _, why := profile.SuggestSeniority(&p, m.levels, m.now())
	if p.Seniority != "" {
		id, why = p.Seniority, ""
		if s, _, w := profile.SuggestSeniority(&p, m.levels, m.now()); s != "" && s != p.Seniority {
			why = "their years suggest " + m.levelLabel(s) + ": " + w
		}
	} else if id != "" {
		why = "suggested: " + why
	} else {
		why = "no dates on the profile to suggest one from: pick with ←/→"
	}
	m.suggest = why
	for i, l := range m.levels {
		if l.ID == id {
			m.level = i
		}
	}
	m.err = ""
	m.setFocus(fieldName)
	if p.Name != "" && m.editing == nil {
		// A parsed name is usually right; the level is what to check.
		m.setFocus(fieldLevel)
	}
}

func (m *Model) levelLabel(id string) string {
	for _, l := range m.levels {
		if l.ID == id {
			return l.Label
		}
	}
	return id
}

func splitList(s string) []string {
	var out []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == '\n' }) {
		if p := strings.TrimSpace(part); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// setFocus moves the focus to field i.
func (m *Model) setFocus(i int) tea.Cmd {
	m.focus = (i + fieldCount) % fieldCount
	for j := range m.inputs {
		m.inputs[j].Blur()
	}
	m.about.Blur()
	var cmd tea.Cmd
	switch m.focus {
	case fieldLevel:
	case fieldAbout:
		cmd = m.about.Focus()
	default:
		cmd = m.inputs[m.focus].Focus()
	}
	m.setKeys()
	return cmd
}

func (m *Model) setKeys() {
	k := &m.keys
	paste, review := m.step == stepPaste, m.step == stepReview
	k.Read.SetEnabled(paste && strings.TrimSpace(m.paste.Value()) != "")
	k.Form.SetEnabled(paste)
	k.Next.SetEnabled(review)
	k.Prev.SetEnabled(review)
	if m.focus == fieldAbout {
		k.Next.SetKeys("tab")
	} else {
		k.Next.SetKeys("tab", "enter")
	}
	k.Level.SetEnabled(review && m.focus == fieldLevel && len(m.levels) > 0)
	k.Save.SetEnabled(review && !m.saving)
	k.EditText.SetEnabled(review && strings.TrimSpace(m.base.Text) != "")
	k.BackToPaste.SetEnabled(review && m.editing == nil)
}

// savedMsg is the candidate as stored.
type savedMsg struct {
	c   outreach.Candidate
	err error
}

// save stores p in a command. A profile without a URL updates the one
// saved candidate with the same name, so pasting someone twice does not
// add them twice. oldID is the id of a candidate being moved to the URL
// now given ("" for none).
func save(s Store, p profile.Profile, oldID string) tea.Cmd {
	return func() tea.Msg {
		if oldID != "" {
			c, err := s.PutCandidate(p)
			if err != nil {
				return savedMsg{err: err}
			}
			// The draft goes with them: deleting the old id deletes it.
			switch d, err := s.Draft(oldID); {
			case err == nil:
				d.CandidateID = c.ID
				if err := s.SaveDraft(d); err != nil {
					return savedMsg{c: c, err: err}
				}
			case outreach.ErrorCode(err) != outreach.ENOTFOUND:
				return savedMsg{c: c, err: err}
			}
			return savedMsg{c: c, err: s.DeleteCandidate(oldID)}
		}
		if outreach.CandidateID(p.ID) == "" {
			all, err := s.Candidates()
			if err != nil {
				return savedMsg{err: err}
			}
			var same []string
			for _, c := range all {
				if strings.EqualFold(strings.Join(strings.Fields(c.Profile.Name), " "), strings.Join(strings.Fields(p.Name), " ")) {
					same = append(same, c.ID)
				}
			}
			if len(same) > 1 {
				return savedMsg{err: fmt.Errorf("%d saved candidates are named %s: add the profile URL to say which", len(same), p.Name)}
			}
			if len(same) == 1 {
				p.ID = same[0]
			}
		}
		c, err := s.PutCandidate(p)
		return savedMsg{c: c, err: err}
	}
}

// validate says what stops the form from being saved.
func (m *Model) validate(p profile.Profile) error {
	if p.Name == "" {
		return errors.New("the name is missing: type it in")
	}
	if u := strings.TrimSpace(m.inputs[fieldURL].Value()); u != "" && outreach.NormalizeProfileURL(u) == "" {
		return fmt.Errorf("%q is not a profile URL: copy it from the browser's address bar, or leave it empty", u)
	}
	return nil
}

// Update handles the paste, the form's keys and the save.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saving = false
		m.setKeys()
		if msg.err != nil {
			m.err = outreach.ErrorMessage(msg.err)
			if outreach.ErrorCode(msg.err) == "" || m.err == "" {
				m.err = msg.err.Error()
			}
			return m, nil
		}
		if m.editing != nil {
			return m, func() tea.Msg { return common.Back{} }
		}
		c := msg.c
		return m, func() tea.Msg { return common.CandidateChosen{Candidate: c, Replace: true} }
	case tea.PasteMsg:
		msg.Content = common.PasteText(msg.Content)
		if m.step == stepPaste || (m.focus != fieldAbout && len(msg.Content) > 200 && strings.Contains(msg.Content, "\n")) {
			// A profile page pasted: read it. (A long multi-line paste
			// into a one-line field is a profile too.)
			m.paste.SetValue(msg.Content)
			m.review(profile.ParsePaste(msg.Content))
			return m, nil
		}
	case tea.MouseClickMsg:
		return m, m.click(msg)
	case tea.KeyPressMsg:
		if m.step == stepPaste {
			return m.updatePaste(msg)
		}
		return m.updateReview(msg)
	}
	return m.forward(msg)
}

func (m *Model) updatePaste(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Read):
		m.review(profile.ParsePaste(m.paste.Value()))
		return m, nil
	case key.Matches(msg, m.keys.Form):
		m.review(profile.Profile{})
		return m, m.setFocus(fieldName)
	}
	return m.forward(msg)
}

func (m *Model) updateReview(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Save):
		p := m.Profile()
		if err := m.validate(p); err != nil {
			m.err = err.Error()
			return m, nil
		}
		m.err, m.saving = "", true
		m.setKeys()
		oldID := ""
		if m.editing != nil && outreach.CandidateID(p.ID) != m.editing.ID {
			oldID = m.editing.ID
		}
		return m, save(m.store, p, oldID)
	case key.Matches(msg, k.Next):
		return m, m.setFocus(m.focus + 1)
	case key.Matches(msg, k.Prev):
		return m, m.setFocus(m.focus - 1)
	case key.Matches(msg, k.EditText), key.Matches(msg, k.BackToPaste):
		m.step = stepPaste
		m.err = ""
		m.setKeys()
		return m, m.paste.Focus()
	case key.Matches(msg, k.Level):
		n := len(m.levels)
		switch msg.String() {
		case "left", "h":
			m.level = (m.level - 1 + n) % n
		default:
			m.level = (m.level + 1) % n
		}
		return m, nil
	}
	return m.forward(msg)
}

// forward gives msg to the focused text field.
func (m *Model) forward(msg tea.Msg) (common.Screen, tea.Cmd) {
	var cmd tea.Cmd
	switch {
	case m.step == stepPaste:
		m.paste, cmd = m.paste.Update(msg)
		m.setKeys()
	case m.focus == fieldAbout:
		m.about, cmd = m.about.Update(msg)
	case m.focus == fieldLevel:
	default:
		m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
	}
	return m, cmd
}

// click focuses the field under the mouse.
func (m *Model) click(msg tea.MouseClickMsg) tea.Cmd {
	if m.step != stepReview || msg.Button != tea.MouseLeft {
		return nil
	}
	y := msg.Y
	for i := fieldCount - 1; i >= 0; i-- {
		if m.fieldY[i] > 0 && y >= m.fieldY[i] && y < m.fieldY[i]+max(1, m.fieldH[i]) {
			if i == fieldLevel && m.focus == fieldLevel && len(m.levels) > 0 {
				m.level = (m.level + 1) % len(m.levels)
			}
			return m.setFocus(i)
		}
	}
	return nil
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.paste.SetWidth(max(10, w-2))
	m.paste.SetHeight(max(3, h-6))
	iw := max(10, min(w-labelWidth-2, 72))
	for i := range m.inputs {
		m.inputs[i].SetWidth(iw)
		// The input keeps the window it scrolled to at its old width
		// until the cursor moves: move it where it is.
		m.inputs[i].SetCursor(m.inputs[i].Position())
	}
	m.about.SetWidth(iw)
	m.about.SetHeight(aboutHeight)
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	m.paste.SetStyles(st.TextArea)
	m.about.SetStyles(st.TextArea)
	for i := range m.inputs {
		m.inputs[i].SetStyles(st.TextInput)
	}
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }

// Package addcandidate adds a candidate, or corrects a saved one: the
// recruiter pastes the text of a LinkedIn profile page (bracketed paste)
// or fills in a short form, then reviews what was read — name, profile
// URL, current position, a suggested seniority they can change, skills and
// about — before it is saved. A paste with no profile card is said so on
// the review, whose card the recruiter fills in by hand; a profile that is
// a saved candidate (the same profile URL, or the same name and current
// company) shows what saving would change and asks first.
package addcandidate

import (
	"errors"
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
	// CandidatesFor returns the saved candidates the profiles may be (the
	// one with their URL, or with none those with their name), to update
	// the one they are rather than add them twice.
	CandidatesFor(ps []profile.Profile) ([]outreach.Candidate, error)
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
	// stepConfirm asks before saving over a saved candidate.
	stepConfirm
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
	// confirm is the saved candidate a save would update, and how.
	confirm *matchedMsg

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
	m.inputs[fieldURL].Placeholder = "optional: their linkedin.com/in/… link"
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
		m.readPaste(paste)
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

// readPaste reads pasted text (profile.ReadPage) and shows the review. A
// paste over profile.MaxProfile is refused before anything else is done
// with it; one with no profile card goes to the review with the card
// empty and a sentence saying what was expected.
func (m *Model) readPaste(text string) {
	if len(text) > profile.MaxProfile {
		m.err = "The paste is over 1 MB, more than a profile page can be: open their profile page, select all, copy, and paste again."
		return
	}
	text = common.PasteText(text)
	m.paste.SetValue(text)
	p, err := profile.ReadPage(text)
	m.review(p)
	var pe *profile.PageError
	if errors.As(err, &pe) {
		m.err = "Not read as a profile: " + pe.Msg + "."
		m.setFocus(fieldName)
	}
}

// Title implements common.Titled.
func (m *Model) Title() string {
	if m.editing != nil {
		return "Correct candidate"
	}
	return "Add candidate"
}

// Typing implements common.KeyCapturer.
func (m *Model) Typing() bool {
	return m.step == stepPaste || m.step == stepReview && m.focus != fieldLevel
}

// CapturesEsc implements common.KeyCapturer: on the review of a paste or
// a new form, esc goes back to the paste step; on the question about an
// update, back to the review.
func (m *Model) CapturesEsc() bool {
	return m.step == stepReview && m.editing == nil || m.step == stepConfirm
}

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
		if s := profile.Suggest(&p, m.levels, m.now()); s.Level != "" && s.Level != p.Seniority {
			what := "their years suggest "
			if s.Evidence == profile.TitleEvidence {
				what = "their title suggests "
			}
			why = what + m.levelLabel(s.Level) + ": " + s.Why
		}
	} else if id != "" {
		why = "suggested: " + why
	} else {
		why = "nothing on the profile to suggest one from: pick with ←/→"
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
	paste, review, confirm := m.step == stepPaste, m.step == stepReview, m.step == stepConfirm
	k.Read.SetEnabled(paste && strings.TrimSpace(m.paste.Value()) != "")
	k.Update.SetEnabled(confirm)
	k.SaveAsNew.SetEnabled(confirm && m.canSaveAsNew())
	k.BackToForm.SetEnabled(confirm)
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
	k.EditText.SetEnabled(review && strings.TrimSpace(m.paste.Value()) != "")
	k.BackToPaste.SetEnabled(review && m.editing == nil)
}

// Update handles the paste, the form's keys and the save.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case matchedMsg:
		return m, m.matched(msg)
	case savedMsg:
		m.saving = false
		m.setKeys()
		if msg.err != nil {
			m.err = errorText(msg.err)
			return m, nil
		}
		if m.editing != nil {
			return m, func() tea.Msg { return common.Back{} }
		}
		c := msg.c
		return m, func() tea.Msg { return common.CandidateChosen{Candidate: c, Replace: true} }
	case tea.PasteMsg:
		if m.step == stepConfirm {
			return m, nil
		}
		if m.step == stepPaste || (m.focus != fieldAbout && len(msg.Content) > 200 && strings.ContainsAny(msg.Content, "\n\r")) {
			// A profile page pasted: read it. (A long multi-line paste
			// into a one-line field is a profile too.)
			m.readPaste(msg.Content)
			m.setKeys()
			return m, nil
		}
		msg.Content = common.PasteText(msg.Content)
	case tea.MouseClickMsg:
		return m, m.click(msg)
	case tea.KeyPressMsg:
		switch m.step {
		case stepPaste:
			return m.updatePaste(msg)
		case stepConfirm:
			return m.updateConfirm(msg)
		}
		return m.updateReview(msg)
	}
	return m.forward(msg)
}

func (m *Model) updatePaste(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Read):
		m.readPaste(m.paste.Value())
		m.setKeys()
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
		return m, m.startSave()
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

// updateConfirm answers the question about saving over a saved
// candidate.
func (m *Model) updateConfirm(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Update):
		return m, m.confirmed(true)
	case key.Matches(msg, k.SaveAsNew):
		return m, m.confirmed(false)
	case key.Matches(msg, k.BackToForm):
		m.confirm = nil
		m.step = stepReview
		m.setKeys()
	}
	return m, nil
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

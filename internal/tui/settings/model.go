// Package settings is the setup screen: the recruiter's name (logged with
// every message), the name that signs their messages, the signature under
// it, and their LinkedIn seat, saved to config.yaml. It opens by itself on
// the first run (no name in the config), and from anywhere with its key.
package settings

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// Deps are the screen's way out to the config file, run in a command.
type Deps struct {
	// Save writes the setup and returns it as saved (nil: the screen
	// cannot save and says so).
	Save func(common.Setup) (common.Setup, error)
	// Path is the config file, for the screen to name.
	Path string
	// FirstRun opens the screen as the first-run setup: a welcome, and esc
	// skips it.
	FirstRun bool
	// Key is the key that opens the screen, for the first run to say how
	// to come back.
	Key string
}

// The fields, in tab order.
const (
	fieldName = iota
	fieldSender
	fieldSignature
	fieldSeat
	fieldMonthly
	fieldCount
)

// Model is the settings screen.
type Model struct {
	deps   Deps
	styles common.Styles
	keys   keyMap

	inputs [fieldCount]textinput.Model // name, sender, signature, monthly
	seat   int                         // index into outreach.Presets
	focus  int
	err    string
	saving bool

	width, height int
}

// New returns the screen on the setup as it is now.
func New(st common.Styles, s common.Setup, deps Deps) *Model {
	m := &Model{deps: deps, styles: st, keys: newKeyMap()}
	for _, i := range []int{fieldName, fieldSender, fieldSignature, fieldMonthly} {
		ti := textinput.New()
		ti.Prompt = ""
		m.inputs[i] = ti
	}
	m.inputs[fieldName].Placeholder = "your full name, as your team knows you"
	m.inputs[fieldSignature].Placeholder = "firm, phone — not your name again"
	m.inputs[fieldSignature].CharLimit = library.SignatureLimit
	m.inputs[fieldMonthly].Placeholder = "e.g. 30"
	m.inputs[fieldMonthly].CharLimit = 5
	m.inputs[fieldName].SetValue(s.Recruiter)
	if s.SenderName != s.Recruiter {
		m.inputs[fieldSender].SetValue(s.SenderName)
	}
	m.inputs[fieldSignature].SetValue(s.Signature)
	m.seat = 0
	for i, x := range outreach.Presets {
		if x == s.Seat {
			m.seat = i
		}
	}
	if s.Monthly > 0 {
		if outreach.Presets[m.seat] != outreach.PresetCustom {
			// A preset with its allotment changed in the file is, in
			// effect, a custom seat.
			m.seat = slices.Index(outreach.Presets, outreach.PresetCustom)
		}
		m.inputs[fieldMonthly].SetValue(strconv.Itoa(s.Monthly))
	}
	for i := range m.inputs {
		m.inputs[i].CursorEnd()
	}
	m.syncSender()
	m.SetStyles(st)
	m.setFocus(fieldName)
	return m
}

// Init implements common.Screen.
func (m *Model) Init() tea.Cmd { return m.inputs[m.focus].Focus() }

// Title implements common.Titled.
func (m *Model) Title() string { return "Settings" }

// Typing implements common.KeyCapturer: the text fields take printable
// keys.
func (m *Model) Typing() bool { return m.focus != fieldSeat }

// CapturesEsc implements common.KeyCapturer: on the first run esc skips
// the setup (the root's "back" would say the same with a vaguer word).
func (m *Model) CapturesEsc() bool { return m.deps.FirstRun }

// Setup is the setup as the form has it.
func (m *Model) Setup() common.Setup {
	val := func(i int) string { return strings.TrimSpace(m.inputs[i].Value()) }
	s := common.Setup{
		Recruiter:  val(fieldName),
		SenderName: val(fieldSender),
		Signature:  val(fieldSignature),
		Seat:       outreach.Presets[m.seat],
	}
	if s.Seat == outreach.PresetCustom {
		s.Monthly, _ = strconv.Atoi(val(fieldMonthly))
	}
	return s
}

// fields are the fields shown, in tab order: credits a month only for a
// custom seat.
func (m *Model) fields() []int {
	out := []int{fieldName, fieldSender, fieldSignature, fieldSeat}
	if outreach.Presets[m.seat] == outreach.PresetCustom {
		out = append(out, fieldMonthly)
	}
	return out
}

// syncSender shows the recruiter's name as the sender's until another is
// typed.
func (m *Model) syncSender() {
	name := strings.TrimSpace(m.inputs[fieldName].Value())
	if name == "" {
		m.inputs[fieldSender].Placeholder = "the name that signs your messages (default: your name)"
	} else {
		m.inputs[fieldSender].Placeholder = name + " (your name)"
	}
}

// setFocus moves the focus to field i.
func (m *Model) setFocus(i int) tea.Cmd {
	m.focus = i
	for j := range m.inputs {
		m.inputs[j].Blur()
	}
	m.setKeys()
	if i == fieldSeat {
		return nil
	}
	return m.inputs[i].Focus()
}

// step moves the focus d fields along.
func (m *Model) step(d int) tea.Cmd {
	fs := m.fields()
	at := 0
	for j, f := range fs {
		if f == m.focus {
			at = j
		}
	}
	return m.setFocus(fs[((at+d)%len(fs)+len(fs))%len(fs)])
}

func (m *Model) setKeys() {
	k := &m.keys
	k.Seat.SetEnabled(m.focus == fieldSeat)
	k.Save.SetEnabled(!m.saving && m.deps.Save != nil)
	k.Skip.SetEnabled(m.deps.FirstRun)
}

// validate says what stops the setup from being saved.
func (m *Model) validate(s common.Setup) error {
	if s.Recruiter == "" {
		return errors.New("type your name: it is logged with every message you send")
	}
	if s.Seat == outreach.PresetCustom {
		v := strings.TrimSpace(m.inputs[fieldMonthly].Value())
		if n, err := strconv.Atoi(v); err != nil || n < 0 {
			return fmt.Errorf("type the credits your seat gets a month as a whole number, like 30 (not %q)", v)
		}
	}
	return nil
}

// savedMsg is the setup as saved, or why it was not.
type savedMsg struct {
	s   common.Setup
	err error
}

// Update handles the form's keys and the save.
func (m *Model) Update(msg tea.Msg) (common.Screen, tea.Cmd) {
	switch msg := msg.(type) {
	case savedMsg:
		m.saving = false
		m.setKeys()
		if msg.err != nil {
			m.err = msg.err.Error()
			if s := outreach.ErrorMessage(msg.err); s != "" && outreach.ErrorCode(msg.err) != outreach.EINTERNAL {
				m.err = s
			}
			return m, nil
		}
		done := common.SetupSaved{Setup: msg.s, Path: m.deps.Path}
		return m, func() tea.Msg { return done }
	case tea.PasteMsg:
		if m.focus == fieldSeat {
			return m, nil
		}
		msg.Content = strings.Join(strings.Fields(common.PasteText(msg.Content)), " ")
		return m.forward(msg)
	case tea.KeyPressMsg:
		return m.key(msg)
	}
	return m.forward(msg)
}

func (m *Model) key(msg tea.KeyPressMsg) (common.Screen, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(msg, k.Save):
		s := m.Setup()
		if err := m.validate(s); err != nil {
			m.err = err.Error()
			return m, nil
		}
		m.err, m.saving = "", true
		m.setKeys()
		save := m.deps.Save
		return m, func() tea.Msg {
			saved, err := save(s)
			return savedMsg{s: saved, err: err}
		}
	case key.Matches(msg, k.Skip):
		return m, func() tea.Msg { return common.Back{} }
	case key.Matches(msg, k.Next):
		return m, m.step(1)
	case key.Matches(msg, k.Prev):
		return m, m.step(-1)
	case key.Matches(msg, k.Seat):
		n := len(outreach.Presets)
		switch msg.String() {
		case "left", "h":
			m.seat = (m.seat - 1 + n) % n
		default:
			m.seat = (m.seat + 1) % n
		}
		m.err = ""
		return m, nil
	}
	return m.forward(msg)
}

// forward gives msg to the focused text field.
func (m *Model) forward(msg tea.Msg) (common.Screen, tea.Cmd) {
	if m.focus == fieldSeat {
		return m, nil
	}
	var cmd tea.Cmd
	before := m.inputs[m.focus].Value()
	m.inputs[m.focus], cmd = m.inputs[m.focus].Update(msg)
	if m.inputs[m.focus].Value() != before {
		m.err = ""
		if m.focus == fieldName {
			m.syncSender()
		}
	}
	return m, cmd
}

// SetSize implements common.Screen.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	iw := max(10, min(w-labelWidth-8, 60)) // room for the signature's count
	for i := range m.inputs {
		m.inputs[i].SetWidth(iw)
		// The input keeps the window it scrolled to at its old width
		// until the cursor moves: move it where it is.
		m.inputs[i].SetCursor(m.inputs[i].Position())
	}
	m.inputs[fieldMonthly].SetWidth(8)
}

// SetStyles implements common.Screen.
func (m *Model) SetStyles(st common.Styles) {
	m.styles = st
	for i := range m.inputs {
		m.inputs[i].SetStyles(st.TextInput)
	}
}

// ShortHelp implements common.Screen.
func (m *Model) ShortHelp() []key.Binding { return m.keys.short() }

// FullHelp implements common.Screen.
func (m *Model) FullHelp() [][]key.Binding { return m.keys.full() }

package compose

import "charm.land/bubbles/v2/key"

// keyMap holds the composer's bindings. update enables them by state, so
// the help bar says what ctrl+s does right now, or why it does nothing.
type keyMap struct {
	Next, Prev key.Binding
	// Send is enabled when the gate passes; Blocked stands in for it
	// otherwise, with the gate's short reason as its help, and shows every
	// reason when pressed.
	Send    key.Binding
	Blocked key.Binding
	Editor  key.Binding
	// NoEditor stands in for Editor where no editor may run (an SSH
	// session: it would run on the server), saying so.
	NoEditor key.Binding
	Reset    key.Binding
	Profile  key.Binding
	Note     key.Binding
	// Brief opens the brief picker; the others work in it.
	Brief                                    key.Binding
	BriefUse, BriefUp, BriefDown, BriefClose key.Binding
	// Confirm step.
	Confirm key.Binding
	Cancel  key.Binding
	// Reasons panel.
	Close key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Next:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		Prev:    key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous field")),
		Send:    key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "send")),
		Blocked: key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "send (disabled)")),
		Editor:  key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "edit body in $EDITOR")),
		NoEditor: key.NewBinding(key.WithKeys("ctrl+e"), key.WithHelp("ctrl+e", "no $EDITOR over SSH (it would run on the server): tab to the body"),
			key.WithDisabled()),
		Reset:   key.NewBinding(key.WithKeys("ctrl+o"), key.WithHelp("ctrl+o", "undo edits (re-render)")),
		Profile: key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "show profile")),
		Note:    key.NewBinding(key.WithKeys("ctrl+n"), key.WithHelp("ctrl+n", "use a connection note")),
		// ctrl+b is also the text fields' "left"; the arrow keys still are.
		Brief:      key.NewBinding(key.WithKeys("ctrl+b"), key.WithHelp("ctrl+b", "briefs")),
		BriefUse:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "use brief"), key.WithDisabled()),
		BriefUp:    key.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", "up"), key.WithDisabled()),
		BriefDown:  key.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", "down"), key.WithDisabled()),
		BriefClose: key.NewBinding(key.WithKeys("esc", "ctrl+b"), key.WithHelp("esc", "close"), key.WithDisabled()),
		Confirm:    key.NewBinding(key.WithKeys("enter", "y"), key.WithHelp("enter/y", "send it")),
		Cancel:     key.NewBinding(key.WithKeys("esc", "n"), key.WithHelp("esc/n", "keep editing")),
		Close:      key.NewBinding(key.WithKeys("esc", "enter", "ctrl+s"), key.WithHelp("esc", "close")),
	}
}

// short is the help bar: the keys of the moment first (a prompt's, the
// profile's way back), then sending, then the rest.
func (k keyMap) short(showProfile bool) []key.Binding {
	if showProfile {
		return []key.Binding{k.Profile, k.Send, k.Blocked}
	}
	// The way out of no credits goes first: the reason send is disabled
	// can be long enough to push it off the bar.
	return []key.Binding{k.Confirm, k.Cancel, k.Close, k.BriefUse, k.BriefClose, k.BriefUp, k.BriefDown,
		k.Note, k.Send, k.Blocked, k.Next, k.Brief, k.Editor, k.NoEditor, k.Reset, k.Profile}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{
		{k.Next, k.Prev, k.Profile, k.Brief},
		{k.Send, k.Blocked, k.Note, k.Editor, k.NoEditor, k.Reset},
		{k.Confirm, k.Cancel, k.Close, k.BriefUse, k.BriefUp, k.BriefDown, k.BriefClose},
	}
}

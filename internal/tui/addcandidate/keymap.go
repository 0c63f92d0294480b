package addcandidate

import "charm.land/bubbles/v2/key"

// keyMap holds the screen's bindings; setKeys enables those that apply to
// the current step and field.
type keyMap struct {
	// Paste step.
	Read key.Binding
	Form key.Binding
	// Review step.
	Next, Prev  key.Binding
	Level       key.Binding
	Save        key.Binding
	EditText    key.Binding
	BackToPaste key.Binding
	// Confirm step: saving over a saved candidate.
	Update     key.Binding
	SaveAsNew  key.Binding
	BackToForm key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Read:        key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "read the text")),
		Form:        key.NewBinding(key.WithKeys("ctrl+f"), key.WithHelp("ctrl+f", "fill in a form")),
		Next:        key.NewBinding(key.WithKeys("tab", "enter"), key.WithHelp("tab", "next")),
		Prev:        key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous")),
		Level:       key.NewBinding(key.WithKeys("left", "right", "h", "l", "space"), key.WithHelp("←/→", "change level")),
		Save:        key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", "save")),
		EditText:    key.NewBinding(key.WithKeys("ctrl+p"), key.WithHelp("ctrl+p", "edit pasted text")),
		BackToPaste: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to paste")),
		Update:      key.NewBinding(key.WithKeys("y", "enter"), key.WithHelp("y", "update them")),
		SaveAsNew:   key.NewBinding(key.WithKeys("n"), key.WithHelp("n", "save as someone new")),
		BackToForm:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back to the form")),
	}
}

func (k keyMap) short() []key.Binding {
	return []key.Binding{k.Read, k.Form, k.Save, k.Next, k.Level, k.BackToPaste, k.Update, k.SaveAsNew, k.BackToForm}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{
		{k.Read, k.Form},
		{k.Next, k.Prev, k.Level},
		{k.Save, k.EditText, k.BackToPaste},
		{k.Update, k.SaveAsNew, k.BackToForm},
	}
}

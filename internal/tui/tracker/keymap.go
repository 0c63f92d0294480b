package tracker

import (
	"strings"

	"charm.land/bubbles/v2/key"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// keyMap holds the tracker's bindings; set switches them on and off with
// the state, so the help bar only offers what works.
type keyMap struct {
	common.ListKeys
	// ScrollUp and ScrollDown move the detail pane when it has the keys.
	ScrollUp, ScrollDown key.Binding
	Detail, CloseDetail  key.Binding

	// Outcome keys: one per outcome, in outreach.Outcomes order.
	Accepted, Declined, Replied, Screened, Withdrawn key.Binding
	// Record stands for the enabled outcome keys in the short help
	// ("a/d/r/s/w record"); it is never matched.
	Record key.Binding
	Undo   key.Binding
	// Copy copies the body again, CopySubject the subject on its own
	// (LinkedIn has a box for each).
	Copy, CopySubject key.Binding
	// FollowUp opens the composer on a follow-up of the message; on a
	// message that cannot be followed up now it stays, its help saying
	// why, and says it when pressed.
	FollowUp key.Binding

	Status                            key.Binding
	Filter, AcceptFilter, ClearFilter key.Binding
	Confirm, Cancel                   key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		ListKeys:     common.NewListKeys(),
		ScrollUp:     key.NewBinding(key.WithKeys("up", "k", "pgup"), key.WithHelp("↑/pgup", "scroll up")),
		ScrollDown:   key.NewBinding(key.WithKeys("down", "j", "pgdown", "space"), key.WithHelp("↓/pgdn", "scroll down")),
		Detail:       key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "details")),
		CloseDetail:  key.NewBinding(key.WithKeys("esc", "enter"), key.WithHelp("esc", "close details")),
		Accepted:     key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "accepted")),
		Declined:     key.NewBinding(key.WithKeys("d"), key.WithHelp("d", "declined")),
		Replied:      key.NewBinding(key.WithKeys("r"), key.WithHelp("r", "replied")),
		Screened:     key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "screened")),
		Withdrawn:    key.NewBinding(key.WithKeys("w"), key.WithHelp("w", "withdrawn…")),
		Record:       key.NewBinding(key.WithKeys("a"), key.WithHelp("a/d/r/s/w", "record")),
		Undo:         key.NewBinding(key.WithKeys("u"), key.WithHelp("u", "undo")),
		Copy:         key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy body")),
		CopySubject:  key.NewBinding(key.WithKeys("C"), key.WithHelp("C", "copy subject")),
		FollowUp:     key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "follow up")),
		Status:       key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "status")),
		Filter:       key.NewBinding(key.WithKeys("/"), key.WithHelp("/", "filter")),
		AcceptFilter: key.NewBinding(key.WithKeys("enter", "down", "up"), key.WithHelp("enter", "done filtering")),
		ClearFilter:  key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filters")),
		Confirm:      key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes, withdrawn")),
		Cancel:       key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n/esc", "keep it")),
	}
}

// outcome returns the binding of outcome o.
func (k *keyMap) outcome(o outreach.Outcome) *key.Binding {
	switch o {
	case outreach.Accepted:
		return &k.Accepted
	case outreach.Declined:
		return &k.Declined
	case outreach.Replied:
		return &k.Replied
	case outreach.Screened:
		return &k.Screened
	case outreach.Withdrawn:
		return &k.Withdrawn
	}
	return nil
}

// keyState is what decides which keys work.
type keyState struct {
	loaded    bool // the first index arrived
	total     int  // messages in the log
	rows      int  // rows shown
	filtering bool // typing in the / filter
	filtered  bool // a status or / filter hides messages
	confirm   bool // asking before recording withdrawn
	detail    bool // the detail pane has the keys
	// up and down report that the detail pane can scroll that way.
	up, down bool
	// wide: the detail pane is always beside the table; fits: all of it
	// shows there, so there is nothing to open.
	wide, fits bool
	busy       bool // an outcome or undo is being recorded
	// sel is the selected message, once decoded (nil before).
	sel *outreach.Entry
	// notYours is whose message sel is when this person may not record
	// outcomes on it ("": they may).
	notYours string
	// followUp says whether sel may be followed up now (by this person).
	followUp outreach.FollowUpState
}

// set enables the bindings that apply in state s.
func (k *keyMap) set(s keyState) {
	browsing := s.loaded && !s.filtering && !s.confirm
	table := browsing && !s.detail
	k.ListKeys.SetEnabled(table && s.rows > 1)
	k.ScrollUp.SetEnabled(browsing && s.detail && s.up)
	k.ScrollDown.SetEnabled(browsing && s.detail && s.down)
	k.Detail.SetEnabled(table && s.sel != nil && !(s.wide && s.fits))
	if s.wide {
		k.Detail.SetHelp("enter", "scroll details")
		k.CloseDetail.SetHelp("esc", "back to the table")
	} else {
		k.Detail.SetHelp("enter", "details")
		k.CloseDetail.SetHelp("esc", "close details")
	}
	k.CloseDetail.SetEnabled(browsing && s.detail)
	k.Status.SetEnabled(table && s.total > 0)
	k.Filter.SetEnabled(table && s.total > 0)
	k.AcceptFilter.SetEnabled(s.filtering)
	k.ClearFilter.SetEnabled(s.filtering || (table && s.filtered))
	k.Confirm.SetEnabled(s.confirm)
	k.Cancel.SetEnabled(s.confirm)

	act := browsing && !s.busy && s.sel != nil
	var in outreach.OutcomeTimes
	if s.sel != nil {
		in = s.sel.Outcomes
	}
	var keys []string
	for _, o := range outreach.Outcomes {
		// An outcome already in force needs no second record; a
		// withdrawn message (never sent) takes no response, only an undo.
		on := act && !in.Has(o) && !in.Has(outreach.Withdrawn)
		b := k.outcome(o)
		b.SetEnabled(on)
		if on {
			keys = append(keys, b.Help().Key)
		}
	}
	k.Record.SetKeys("a")
	k.Record.SetEnabled(len(keys) > 0)
	k.Record.SetHelp(strings.Join(keys, "/"), "record")
	_, undo := outreach.LatestInForce(selEvents(s.sel), 0)
	k.Undo.SetEnabled(act && undo)
	if act && s.notYours != "" {
		// Someone else's message: the keys stay to say why they do
		// nothing, in the help and when pressed.
		for _, o := range outreach.Outcomes {
			k.outcome(o).SetEnabled(false)
		}
		k.Undo.SetEnabled(false)
		k.Record.SetKeys("a", "d", "r", "s", "w", "u")
		k.Record.SetEnabled(true)
		k.Record.SetHelp("a/d/r/s/w", "record (disabled: "+s.notYours+"'s message)")
	}
	k.FollowUp.SetEnabled(act)
	if s.followUp.Eligible {
		k.FollowUp.SetHelp("F", "follow up")
	} else {
		k.FollowUp.SetHelp("F", "follow up (disabled: "+s.followUp.Short+")")
	}
	k.Copy.SetEnabled(browsing && s.sel != nil)
	k.CopySubject.SetEnabled(browsing && s.sel != nil && s.sel.Subject != "")
}

func selEvents(e *outreach.Entry) []outreach.Event {
	if e == nil {
		return nil
	}
	return e.Events
}

func (k keyMap) short() []key.Binding {
	return []key.Binding{
		k.Confirm, k.Cancel,
		k.AcceptFilter, k.ClearFilter,
		k.Record, k.Undo, k.FollowUp, k.Detail, k.CloseDetail, k.ScrollDown, k.ScrollUp,
		k.Filter, k.Status, k.Copy,
	}
}

func (k keyMap) full() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom, k.Detail, k.CloseDetail, k.ScrollUp, k.ScrollDown},
		{k.Accepted, k.Declined, k.Replied, k.Screened, k.Withdrawn, k.Undo, k.FollowUp, k.Copy, k.CopySubject, k.Confirm, k.Cancel},
		{k.Filter, k.AcceptFilter, k.ClearFilter, k.Status},
	}
}

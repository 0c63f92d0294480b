package tui

import (
	"slices"

	"github.com/inmail/inmail/internal/tui/common"
)

// entry is an open screen and which screen it is.
type entry struct {
	id     common.ID
	screen common.Screen
}

// stack is the open screens, the current one last. Its methods never
// change the slice they are called on (the Model is a value, and an old
// copy may still be read): each change returns a new stack.
type stack []entry

// top is the current screen (nil: none is open yet).
func (s stack) top() common.Screen {
	if len(s) == 0 {
		return nil
	}
	return s[len(s)-1].screen
}

// onTop reports whether the current screen is id.
func (s stack) onTop(id common.ID) bool {
	return len(s) > 0 && s[len(s)-1].id == id
}

// index is the position of the topmost screen id, or -1.
func (s stack) index(id common.ID) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i].id == id {
			return i
		}
	}
	return -1
}

// has reports whether screen id is open.
func (s stack) has(id common.ID) bool { return s.index(id) >= 0 }

// ids are the open screens' ids, bottom to top.
func (s stack) ids() []common.ID {
	out := make([]common.ID, len(s))
	for i, e := range s {
		out[i] = e.id
	}
	return out
}

// inserted returns the stack with e at position i.
func (s stack) inserted(i int, e entry) stack { return slices.Insert(slices.Clip(s), i, e) }

// without returns the stack without the screen at position i.
func (s stack) without(i int) stack { return slices.Delete(slices.Clone(s), i, i+1) }

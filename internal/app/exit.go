package app

import (
	"errors"
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/outreach"
)

// Exit is how a command ended, as the process's exit status: the same for
// every command, run locally or over SSH. The README's table is this one.
type Exit int

// The exit statuses. They are untyped constants, so a status held as an
// int (a process's exit code) compares with them too.
const (
	// ExitOK: the command did what was asked.
	ExitOK = 0
	// ExitRefused: the input was fine but the answer is no (the send gate
	// refused, lint found problems, a line was rejected).
	ExitRefused = 1
	// ExitBadInput: a flag, file, row or config could not be used.
	ExitBadInput = 2
	// ExitBusy: the database is held by another inmail and nothing
	// answered.
	ExitBusy = 3
	// ExitDamaged: the database is damaged.
	ExitDamaged = 4
	// ExitFailed: the system did not let inmail finish (disk full,
	// permissions, I/O).
	ExitFailed = 5
)

// ExitStatuses lists every status, in order.
var ExitStatuses = []Exit{ExitOK, ExitRefused, ExitBadInput, ExitBusy, ExitDamaged, ExitFailed}

// ExitSummary is the table on one line, for help texts: "0 done, 1
// refused, 2 bad input, ...".
func ExitSummary() string {
	parts := make([]string, len(ExitStatuses))
	for i, e := range ExitStatuses {
		parts[i] = fmt.Sprintf("%d %s", int(e), e)
	}
	return strings.Join(parts, ", ")
}

// String names the status as the README's table does.
func (e Exit) String() string {
	switch e {
	case ExitOK:
		return "done"
	case ExitRefused:
		return "refused"
	case ExitBadInput:
		return "bad input"
	case ExitBusy:
		return "busy"
	case ExitDamaged:
		return "damaged"
	case ExitFailed:
		return "failed"
	}
	return fmt.Sprintf("Exit(%d)", int(e))
}

// exits maps the outreach.Error codes onto exit statuses. Any other error
// (a plain error from the file system or a library) is ExitFailed.
var exits = map[string]Exit{
	outreach.ECONFLICT:  ExitRefused,
	outreach.EFORBIDDEN: ExitRefused,
	outreach.EINVALID:   ExitBadInput,
	outreach.ENOTFOUND:  ExitBadInput,
	outreach.EBUSY:      ExitBusy,
	outreach.EDAMAGED:   ExitDamaged,
	outreach.EINTERNAL:  ExitFailed,
}

// ExitError ends a command with a given status. A nil Err means the command
// has already printed what the user needs and ends quietly.
type ExitError struct {
	Code Exit
	Err  error
}

// Error is Err's message, or the status when there is none.
func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

// Unwrap returns Err.
func (e *ExitError) Unwrap() error { return e.Err }

// BadInput marks err as the user's input that could not be used
// (ExitBadInput).
func BadInput(err error) error { return &ExitError{Code: ExitBadInput, Err: err} }

// Refused ends a command with ExitRefused after it printed its reasons.
func Refused() error { return &ExitError{Code: ExitRefused} }

// ExitOf is the status err ends a command with: nil is ExitOK; an
// *ExitError says its own; an *outreach.Error's code is looked up in the
// table; anything else is ExitFailed.
func ExitOf(err error) Exit {
	if err == nil {
		return ExitOK
	}
	if ee, ok := errors.AsType[*ExitError](err); ok {
		return ee.Code
	}
	if oe, ok := errors.AsType[*outreach.Error](err); ok {
		if e, ok := exits[oe.Code]; ok {
			return e
		}
	}
	return ExitFailed
}

// Classified reports whether err says its own status (an *ExitError or an
// *outreach.Error), rather than falling to ExitFailed for want of one.
func Classified(err error) bool {
	if _, ok := errors.AsType[*ExitError](err); ok {
		return true
	}
	_, ok := errors.AsType[*outreach.Error](err)
	return ok
}

package outreach

import (
	"errors"
	"fmt"
)

// Error codes. They say what kind of failure an error is, so the CLI can pick
// an exit code (internal/app's exit table) and the TUI a banner without
// parsing messages.
const (
	// ECONFLICT: the request clashes with what is already logged (a line
	// already sent to another candidate).
	ECONFLICT = "conflict"
	// EBUSY: the database is held by another inmail and nothing answered.
	EBUSY = "busy"
	// EDAMAGED: the database is damaged; nothing was written to it.
	EDAMAGED = "damaged"
	// EINTERNAL: a failure the user did not cause (disk full, permissions,
	// I/O, a bug).
	EINTERNAL = "internal"
	// EINVALID: the input is wrong (an outcome dated in the future, a file
	// that is not an inmail database).
	EINVALID = "invalid"
	// ENOTFOUND: the message, candidate or draft does not exist.
	ENOTFOUND = "not_found"
	// EFORBIDDEN: the person's role does not allow it (team mode).
	EFORBIDDEN = "forbidden"
)

// Error is a failure a user can act on: a code for programs and one
// sentence for people. Err, when set, is the underlying cause or a sentinel
// for errors.Is.
type Error struct {
	Code    string
	Message string
	Err     error
}

// Error returns the user-facing sentence.
func (e *Error) Error() string { return e.Message }

// Unwrap returns the cause.
func (e *Error) Unwrap() error { return e.Err }

// Errorf returns an *Error with the code and a formatted message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain: "" for nil
// and EINTERNAL for any other error.
func ErrorCode(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, or a
// generic sentence for an internal error (whose details belong in a log, not
// in front of the user). It returns "" for nil.
func ErrorMessage(err error) string {
	var e *Error
	switch {
	case err == nil:
		return ""
	case errors.As(err, &e):
		return e.Message
	}
	return "internal error: " + err.Error()
}

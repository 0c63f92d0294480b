package common

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// ID names a screen the root can open.
type ID int

// The screens. Tracker and Reports are sections: a global key opens them
// from anywhere.
const (
	// Candidates is the list of saved candidates, where every compose starts.
	Candidates ID = iota + 1
	// AddCandidate adds a candidate from pasted profile text or a short form.
	AddCandidate
	// Templates picks a template for the chosen candidate.
	Templates
	// Compose is the composer.
	Compose
	// Sent shows a message just logged, with copy and open keys.
	Sent
	// Tracker lists logged messages and records their outcomes (issue 5).
	Tracker
	// Reports shows template performance (issue 6).
	Reports
	// Settings edits who is sending and the seat: the first-run setup.
	Settings
)

// String is the screen's name for people.
func (id ID) String() string {
	switch id {
	case Candidates:
		return "Candidates"
	case AddCandidate:
		return "Add candidate"
	case Templates:
		return "Templates"
	case Compose:
		return "Compose"
	case Sent:
		return "Sent"
	case Tracker:
		return "Tracker"
	case Reports:
		return "Reports"
	case Settings:
		return "Settings"
	}
	return fmt.Sprintf("screen %d", int(id))
}

// GoTo asks the root to open a screen that needs no arguments: a section
// (Tracker, Reports), the candidate list, or the add-candidate screen.
// A section already open is brought back rather than opened twice.
type GoTo struct {
	Screen ID
}

// Back asks the root to close the current screen and show the one under
// it. With nothing under it, nothing happens.
type Back struct{}

// Home asks the root to close every screen and show the candidate list
// (after a send, to start the next message).
type Home struct{}

// NewCandidate asks the root for the add-candidate screen, with profile
// text the recruiter already pasted ("" for an empty paste area). Auto
// says the candidate list asked by itself, finding nobody on its first
// load: the add screen then opens right above the list even when another
// screen (a section opened with its key) is on top.
type NewCandidate struct {
	Paste string
	Auto  bool
}

// EditCandidate asks the root to open the add-candidate screen on a saved
// candidate, to correct what was parsed.
type EditCandidate struct {
	Candidate outreach.Candidate
}

// CandidateChosen says the recruiter picked (or just saved) a candidate;
// the root opens the templates for them. Replace closes the current screen
// first (a finished add-candidate form).
type CandidateChosen struct {
	Candidate outreach.Candidate
	Replace   bool
}

// TemplateChosen says the recruiter picked a template for a candidate; the
// root prepares a compose and opens it, restoring Draft (nil: the
// candidate's saved draft, if any). Replace closes the current screen
// first (a composer switching to another template).
type TemplateChosen struct {
	Candidate outreach.Candidate
	Template  *library.Template
	Draft     *outreach.Draft
	Replace   bool
}

// MessageSent says a message was logged; the root replaces the composer
// with the sent screen and refreshes the credits.
type MessageSent struct {
	Message outreach.Message
	// Profile is the candidate's profile URL, to offer opening it ("" if
	// none).
	ProfileURL string
}

// ErrorMsg is a failure to show in the banner (a store or file error). A
// screen returns it from a command; the root shows it until the next key.
type ErrorMsg struct {
	Err error
}

// NoticeMsg is a passing remark for the banner ("Draft restored").
type NoticeMsg struct {
	Text string
}

// CreditsMsg carries the seat's InMail credits left this month; the root
// shows them in the status bar and passes the message to every screen.
// Known is false when they could not be worked out (Err says why).
type CreditsMsg struct {
	Left  int
	Known bool
	Err   error
}

// OutcomeRecorded says a screen wrote an outcome, an undo or a
// withdrawal to the log. A reply or a decline gives a credit back and a
// withdrawal spends none, so the root works the credits out again.
type OutcomeRecorded struct{}

// Setup is who is sending and from which seat: the settings the app
// edits in config.yaml.
type Setup struct {
	// Recruiter is the name logged with every message; "" opens the
	// first-run setup.
	Recruiter string
	// SenderName fills {{sender_name}}; "" signs with Recruiter.
	SenderName string
	// Signature is appended to InMails, under the sender's name.
	Signature string
	// Seat is the licence preset and Monthly its credits a month when it
	// is custom or overridden (0: the preset's).
	Seat    outreach.Preset
	Monthly int
}

// Sender is the name that signs messages: SenderName, else Recruiter.
func (s Setup) Sender() string {
	if strings.TrimSpace(s.SenderName) != "" {
		return strings.TrimSpace(s.SenderName)
	}
	return strings.TrimSpace(s.Recruiter)
}

// SetupSaved says the setup was saved to Path; the root passes it to
// every screen (an open composer signs with the new name), updates the
// status bar and the credits, and closes the settings screen.
type SetupSaved struct {
	Setup Setup
	Path  string
}

// FollowUpChosen asks the root to open the composer on a follow-up of
// message Of (the tracker's follow-up key); the root checks again that it
// may be followed up now.
type FollowUpChosen struct {
	Of uint64
}

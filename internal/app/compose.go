package app

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// Compose and send: what the composer screen and inmail send share. A
// compose starts from a Composer (the template filled for the candidate,
// the validator's options, the credits left); Send runs the whole gate
// and logs the message.

// Fields are the values a template is filled with: role, client and hook
// as given, each falling back to the session's defaults when empty, and
// the person's sender name and signature. The sender's name never falls
// back to a login name: a message signed with one is worse than one the
// gate stops until a name is set.
func (s *Session) Fields(role, client, hook string) library.Fields {
	pick := func(v, def string) string {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
		return strings.TrimSpace(def)
	}
	return library.Fields{
		Role:       pick(role, s.Defaults.Role),
		Client:     pick(client, s.Defaults.Client),
		Hook:       pick(hook, s.Defaults.Hook),
		SenderName: strings.TrimSpace(s.Person.SenderName),
		Signature:  strings.TrimSpace(s.Person.Signature),
	}
}

// Composer prepares t for the candidate c with the fields f: the
// validator's word lists and minimum, the reuse index of lines already
// sent, the credits left, and the connection note to suggest when they
// run out.
func (s *Session) Composer(t *library.Template, c outreach.Candidate, f library.Fields, reuse *personalize.ReuseIndex, creditsLeft int) *gate.Composer {
	p := c.Profile
	comp := gate.NewComposer(t, &p, f, personalize.Options{
		MinWords:    s.Defaults.MinWords,
		Lists:       s.Lists,
		Reuse:       reuse,
		CandidateID: c.ID,
	})
	comp.CreditsLeft = creditsLeft
	comp.Alternative = connectionAlternative(s.Library, t.Seniority)
	return comp
}

// connectionAlternative is the connection-note template to suggest when
// the credits run out: the first of the level, else of any level.
func connectionAlternative(lib *library.Library, level string) string {
	if lib == nil {
		return ""
	}
	for _, t := range lib.ForLevel(level) {
		if t.Channel == library.Connection {
			return t.ID
		}
	}
	for _, t := range lib.Templates() {
		if t.Channel == library.Connection {
			return t.ID
		}
	}
	return ""
}

// SendRequest is one send without the composer.
type SendRequest struct {
	// Profile is the candidate as read; it is saved (or updates the saved
	// candidate) before the gate runs.
	Profile profile.Profile
	// Template is the template to send.
	Template *library.Template
	// Line is the personalization line.
	Line string
	// Role, Client and Hook fill the template; empty ones fall back to the
	// brief's, then to the session's defaults.
	Role, Client, Hook string
	// Brief names a saved brief (its number or name) whose role, client and
	// hook fill what Role, Client and Hook leave empty. Which brief the
	// message is logged with follows from its role and client (see
	// outreach.Brief).
	Brief string
	// At is when the message was sent, for one logged late; zero is now.
	// It may not be more than 90 days ago or before the seat's first
	// month unless Backfill is set (see CheckAt).
	At time.Time
	// Backfill allows an older At, to import history.
	Backfill bool
	// Recontact is the reason for messaging a candidate someone on the
	// team messaged within the contact window; it is logged with the
	// message.
	Recontact string
	// FollowUp is the id of the InMail this message follows up (0: a
	// first message). The candidate is then that message's, as saved
	// (Profile may be left empty, or must be the same person); Template
	// defaults to the level's follow-up template, and Role, Client and
	// Hook to the first message's.
	FollowUp uint64
}

// SendResult is what a send did. Exactly one of these holds: Logged (a new
// message), Known (the same send was logged before; Message is that one),
// or neither, when the gate refused (Decision says why).
type SendResult struct {
	// Candidate is the saved candidate the message is to.
	Candidate outreach.Candidate
	// Message is the message logged, found, or refused.
	Message outreach.Message
	Logged  bool
	Known   bool
	// Left is the seat's credits left this month after the send.
	Left int
	// Decision is the gate's answer; MissingFields is true when a role,
	// client or hook had no value.
	Decision      gate.Decision
	MissingFields bool
	// LevelNote, when not empty, says the template is for another level
	// than the candidate's, and why the candidate has theirs.
	LevelNote string
	// Recent are the messages to the candidate within the contact window,
	// newest first (the contact rule).
	Recent outreach.History
}

// Send runs the send gate on the rendered template and the line and, when
// it passes, saves the candidate and logs the message: a refused send
// saves no new candidate. The same send run twice within a minute (or
// with the same At) is logged once.
//
// Errors: EINVALID (ExitBadInput) for an At in the future, before 2003,
// or (without Backfill) more than 90 days ago or before the seat's first
// month; the store's errors otherwise. A refusal is not an error: see
// SendResult.Decision.
func (s *Session) Send(req SendRequest) (SendResult, error) {
	var res SendResult
	now := s.Now()
	sentAt, moment := now, "minute:"+strconv.FormatInt(now.Truncate(time.Minute).Unix(), 10)
	if !req.At.IsZero() {
		if req.At.Truncate(time.Second).After(now) {
			return res, outreach.Errorf(outreach.EINVALID, "cannot log a send in the future: --at %s is after now (%s); a send can be logged late, never early",
				req.At.Format("2006-01-02 15:04"), now.In(req.At.Location()).Format("2006-01-02 15:04"))
		}
		if err := CheckAt("--at", req.At, now, time.Time{}, req.Backfill); err != nil {
			return res, err
		}
		sentAt, moment = req.At, "at:"+strconv.FormatInt(req.At.Unix(), 10)
	}
	t := req.Template
	if t != nil && t.Channel == library.FollowUp && req.FollowUp == 0 {
		return res, outreach.Errorf(outreach.EINVALID, "%s is a follow-up template: send it as the follow-up of an InMail with --follow-up ID (the id inmail log shows)", t.ID)
	}
	if strings.TrimSpace(req.Brief) != "" {
		b, err := s.FindBrief(req.Brief)
		if err != nil {
			return res, err
		}
		if b.Archived() {
			return res, outreach.Errorf(outreach.EINVALID, "brief %d (%s) was archived on %s: its search is over; give --role and --client to start a new one",
				b.ID, b.Name, b.ArchivedAt.In(now.Location()).Format("2 Jan 2006"))
		}
		req.Role, req.Client, req.Hook = cmp.Or(strings.TrimSpace(req.Role), b.Role), cmp.Or(strings.TrimSpace(req.Client), b.Client), cmp.Or(strings.TrimSpace(req.Hook), b.Hook)
	}
	err := s.Store.Use(Create, func(db *store.DB) error {
		if !req.At.IsZero() && !req.Backfill {
			start, err := s.LedgerStart(db)
			if err != nil {
				return err
			}
			if err := CheckAt("--at", req.At, now, start, false); err != nil {
				return err
			}
		}
		var fu *FollowUp
		if req.FollowUp != 0 {
			f, err := s.followUpOf(db, req.FollowUp, sentAt)
			if err != nil {
				return err
			}
			fu = &f
			if t == nil {
				if t = f.Template; t == nil {
					return outreach.Errorf(outreach.EINVALID, "the template library has no follow-up template (channel followup): add one, or name one with --template")
				}
			}
			role, client, hook := f.Fields()
			req.Role, req.Client, req.Hook = cmp.Or(req.Role, role), cmp.Or(req.Client, client), cmp.Or(req.Hook, hook)
		}
		c, err := s.followUpCandidate(db, req.Profile, fu)
		if err != nil {
			return err
		}
		res.Candidate = c
		reuse, err := s.ReuseIndex(db)
		if err != nil {
			return err
		}
		month, err := s.CreditMonth(db, s.Person.Name)
		if err != nil {
			return err
		}
		res.Left = month.Left
		if fu == nil {
			res.LevelNote = s.levelNote(t, c, req.Profile.Seniority != "", now)
		}

		uses, err := db.LineUses(req.Line)
		if err != nil {
			return err
		}
		comp := s.Composer(t, c, s.Fields(req.Role, req.Client, req.Hook), reuse, month.Left)
		if comp.Contacts, err = s.contacts(db, c.ID, sentAt); err != nil {
			return err
		}
		if fu != nil {
			comp = comp.WithFollowUp(fu.Gate())
		}
		comp = comp.WithReason(req.Recontact)
		res.Recent = comp.Contacts.Recent
		cr := comp.Compose(req.Line, uses)
		m := comp.Message(gate.Draft{Candidate: c, Recruiter: s.Person.Name, Subject: cr.Rendered.Subject, Body: cr.Rendered.Body,
			Line: req.Line, Verdict: &cr.Verdict, StartedAt: sentAt, SentAt: sentAt})
		if id, ok, err := db.SentWithKey(sendKey(m, moment)); err != nil || ok {
			// The same send, logged before: no rule applies again.
			if err == nil {
				res.Message, err = db.Message(id)
				res.Known = true
			}
			return err
		}
		res.Message, res.Decision = m, cr.Decision
		if req.At.IsZero() {
			// A run repeated by accident a moment later (in the next
			// minute, so with another key) is still the same send.
			dup, ok, err := recentDuplicate(db, m, now)
			if err != nil || ok {
				res.Message, res.Known = dup, ok
				return err
			}
		}
		if !cr.Decision.OK {
			res.MissingFields = cr.Decision.Has(gate.CodeMissingValue) && slices.ContainsFunc(cr.Rendered.Missing, func(n string) bool {
				return n == library.Role || n == library.Client || n == library.Hook
			})
			return nil
		}
		if c, err = db.PutCandidate(c.Profile); err != nil {
			return err
		}
		res.Candidate, m.Candidate = c, c.Ref()
		id, added, err := db.Send(m, sendKey(m, moment))
		if err != nil {
			return err
		}
		if !added {
			res.Message, res.Known = m, true
			res.Message, err = db.Message(id)
			return err
		}
		// The log set the message's brief as it logged it.
		if m, err = db.Message(id); err != nil {
			return err
		}
		res.Message, res.Logged = m, true
		// Work the balance out again from the log, with this send in it.
		month, err = s.CreditMonth(db, s.Person.Name)
		res.Left = month.Left
		return err
	})
	return res, err
}

// levelNote says when t is for another level than the candidate's, and
// where the candidate's level came from: the profile (fromProfile), the
// saved candidate, or their years.
func (s *Session) levelNote(t *library.Template, c outreach.Candidate, fromProfile bool, now time.Time) string {
	level := c.Profile.Seniority
	if level == "" || level == t.Seniority {
		return ""
	}
	why := "as saved"
	if fromProfile {
		why = "as the profile says"
	} else {
		unset := c.Profile
		unset.Seniority = ""
		if id, w := seniorityOf(&unset, s.Library.Levels, now); id == level {
			why = w
		}
	}
	return fmt.Sprintf("%s is for the %s level, and %s is %s (%s)", t.ID, t.Seniority, c.Profile.Name, level, why)
}

// seniorityOf is the candidate's level: the profile's, else the one their
// years suggest; why says where it came from ("" when neither).
func seniorityOf(p *profile.Profile, levels []profile.Level, now time.Time) (id, why string) {
	if p.Seniority != "" {
		return p.Seniority, "from the profile"
	}
	id, _, why = profile.SuggestSeniority(p, levels, now)
	return id, why
}

// recentDuplicate finds the same message to the same candidate logged in
// the last minute. A candidate not saved yet (no id) has none, and an
// empty id would have the query read every message in the log.
func recentDuplicate(db *store.DB, m outreach.Message, now time.Time) (outreach.Message, bool, error) {
	if m.Candidate.ID == "" {
		return m, false, nil
	}
	recent, err := db.Messages(outreach.Filter{CandidateID: m.Candidate.ID, TemplateID: m.TemplateID, Since: now.Add(-time.Minute)})
	if err != nil {
		return m, false, err
	}
	for _, r := range recent {
		if r.Subject == m.Subject && r.Body == m.Body &&
			outreach.NormalizeLine(r.Personalization) == outreach.NormalizeLine(m.Personalization) {
			return r, true, nil
		}
	}
	return m, false, nil
}

// sendKey is the idempotency key of a send: the same message (candidate,
// template and its version, subject, body, line) logged for the same
// moment. For a send logged now the moment is the minute, so a command
// run twice by accident logs once; for one logged with At it is that
// second, so logging an earlier send twice logs it once.
func sendKey(m outreach.Message, moment string) string {
	h := sha256.New()
	for _, s := range []string{outreach.CandidateID(m.Candidate.ID), m.TemplateID, m.TemplateHash,
		m.Subject, m.Body, outreach.NormalizeLine(m.Personalization), moment} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "send:" + hex.EncodeToString(h.Sum(nil)[:16])
}

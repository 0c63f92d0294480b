package tuitest

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// Log is an in-memory log with every method the screens' Store interfaces
// ask for, behaving as the store does where a screen can tell: a send is
// logged once per key and takes the candidate's draft with it, events get
// their Seq and Recorded time and are checked as the store checks them,
// and fact records come from the folded events. The fields are the log's
// contents, for a test to seed and to read back.
type Log struct {
	// Now is the log's clock: events are recorded and checked against it.
	Now time.Time
	// Cands are the saved candidates, the latest first; Saved the drafts.
	Cands []outreach.Candidate
	Saved []outreach.Draft
	// Msgs are the logged messages, id i+1 at i, and Events their outcome
	// events by id.
	Msgs   []outreach.Message
	Events map[uint64][]outreach.Event
	// Uses are the earlier sends of a line, by outreach.NormalizeLine.
	Uses map[string][]outreach.PriorLine
	// Briefs are the briefs, brief id i+1 at i: a send finds or starts
	// its brief as the store's does.
	Briefs []outreach.Brief

	// SendErr and EventErr, when set, are what Send and AppendEvent return.
	SendErr, EventErr error
	// Scans counts the fact scans (ForEachFact), Paged the fact records
	// read in pages of the attention order (Attention), Recent those read
	// by send time (FactsSince), Decoded the messages read whole (Message,
	// Entry) and DraftSaves the drafts saved.
	Scans, Paged, Recent, Decoded, DraftSaves int
	// PageReads counts the pages of candidates read (CandidatePage), and
	// Searches are the queries searched, in order.
	PageReads int
	Searches  []string

	dict  outreach.Dict
	codes []outreach.Codes
	keys  map[string]uint64
}

// NewLog returns an empty log whose clock says now.
func NewLog(now time.Time) *Log {
	return &Log{Now: now, Events: map[uint64][]outreach.Event{}}
}

// Add logs m as it is (its ID is set) and returns its id.
func (l *Log) Add(m outreach.Message) uint64 {
	m.ID = uint64(len(l.Msgs) + 1)
	l.Msgs = append(l.Msgs, m)
	l.codes = append(l.codes, l.dict.Intern(m))
	return m.ID
}

// Record adds an outcome event to message id without the store's checks,
// as an import of old history would; it returns the event's Seq.
func (l *Log) Record(id uint64, o outreach.Outcome, at time.Time) int {
	if l.Events == nil {
		l.Events = map[uint64][]outreach.Event{}
	}
	evs := l.Events[id]
	ev := outreach.Event{MessageID: id, Outcome: o, At: at, Source: outreach.Manual, Seq: len(evs) + 1, Recorded: at}
	l.Events[id] = append(evs, ev)
	return ev.Seq
}

// Candidates returns the saved candidates.
func (l *Log) Candidates() ([]outreach.Candidate, error) { return l.Cands, nil }

// CandidatesFor implements the add-candidate screen's Store: every
// candidate (outreach.MatchCandidate picks among them).
func (l *Log) CandidatesFor([]profile.Profile) ([]outreach.Candidate, error) { return l.Cands, nil }

// CandidatePage implements the candidate list's Store: Cands is the
// list's order, and a page starts after the candidate the cursor names.
func (l *Log) CandidatePage(after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, int, error) {
	l.PageReads++
	var out []outreach.CandidateSummary
	for _, c := range l.candsAfter(after) {
		if len(out) == n {
			break
		}
		out = append(out, c.Summary())
	}
	return out, len(l.Cands), nil
}

// SearchCandidates implements the candidate list's Store, in Cands'
// order; it ignores ctx, so a test sees what the list does with the
// results of a search it no longer wants.
func (l *Log) SearchCandidates(_ context.Context, query string, labels map[string]string, after outreach.CandidateCursor, n int) ([]outreach.CandidateSummary, bool, error) {
	l.Searches = append(l.Searches, query)
	words := strings.Fields(strings.ToLower(query))
	var out []outreach.CandidateSummary
	for _, c := range l.candsAfter(after) {
		if s := c.Summary(); s.Matches(words, labels) {
			if len(out) == n {
				return out, true, nil
			}
			out = append(out, s)
		}
	}
	return out, false, nil
}

// candsAfter are the candidates after the one the cursor names (all of
// them for the zero cursor).
func (l *Log) candsAfter(after outreach.CandidateCursor) []outreach.Candidate {
	if after == (outreach.CandidateCursor{}) {
		return l.Cands
	}
	i := slices.IndexFunc(l.Cands, func(c outreach.Candidate) bool { return c.ID == after.ID })
	return l.Cands[i+1:]
}

// Candidate returns a saved candidate (ENOTFOUND: none).
func (l *Log) Candidate(id string) (outreach.Candidate, error) {
	for _, c := range l.Cands {
		if c.ID == id {
			return c, nil
		}
	}
	return outreach.Candidate{}, outreach.Errorf(outreach.ENOTFOUND, "no candidate %s", id)
}

// PutCandidate saves a profile under its id, replacing the candidate
// saved under it.
func (l *Log) PutCandidate(p profile.Profile) (outreach.Candidate, error) {
	c := outreach.Candidate{ID: outreach.CandidateID(p.ID), Profile: p, AddedAt: l.Now}
	l.Cands = slices.DeleteFunc(l.Cands, func(x outreach.Candidate) bool { return x.ID == c.ID })
	l.Cands = append([]outreach.Candidate{c}, l.Cands...)
	return c, nil
}

// DeleteCandidate removes a candidate and their draft.
func (l *Log) DeleteCandidate(id string) error {
	l.Cands = slices.DeleteFunc(l.Cands, func(x outreach.Candidate) bool { return x.ID == id })
	l.Saved = slices.DeleteFunc(l.Saved, func(d outreach.Draft) bool { return d.CandidateID == id })
	return nil
}

// Drafts returns every saved draft.
func (l *Log) Drafts() ([]outreach.Draft, error) { return l.Saved, nil }

// Draft returns a candidate's draft (ENOTFOUND: none).
func (l *Log) Draft(candidateID string) (outreach.Draft, error) {
	for _, d := range l.Saved {
		if d.CandidateID == candidateID {
			return d, nil
		}
	}
	return outreach.Draft{}, outreach.Errorf(outreach.ENOTFOUND, "no draft for %s", candidateID)
}

// LatestDraft returns the draft saved last (ENOTFOUND: none).
func (l *Log) LatestDraft() (outreach.Draft, error) {
	if len(l.Saved) == 0 {
		return outreach.Draft{}, outreach.Errorf(outreach.ENOTFOUND, "no drafts")
	}
	latest := l.Saved[0]
	for _, d := range l.Saved[1:] {
		if d.SavedAt.After(latest.SavedAt) {
			latest = d
		}
	}
	return latest, nil
}

// SaveDraft saves d in the place of its candidate's draft.
func (l *Log) SaveDraft(d outreach.Draft) error {
	l.DraftSaves++
	for i, x := range l.Saved {
		if x.CandidateID == d.CandidateID {
			l.Saved[i] = d
			return nil
		}
	}
	l.Saved = append(l.Saved, d)
	return nil
}

// Send logs m once per key and deletes the candidate's draft.
func (l *Log) Send(m outreach.Message, key string) (uint64, bool, error) {
	if l.SendErr != nil {
		return 0, false, l.SendErr
	}
	if id, ok := l.keys[key]; ok && key != "" {
		return id, false, nil
	}
	if l.keys == nil {
		l.keys = map[string]uint64{}
	}
	if i, name, ok := outreach.PickBrief(l.Briefs, m); ok {
		if i < 0 {
			b := outreach.NewBrief(m, name)
			b.ID = uint64(len(l.Briefs) + 1)
			l.Briefs = append(l.Briefs, b)
			i = len(l.Briefs) - 1
		} else {
			l.Briefs[i].Use(m)
		}
		m.Brief, m.BriefID = l.Briefs[i].Name, l.Briefs[i].ID
	}
	id := l.Add(m)
	l.keys[key] = id
	l.Saved = slices.DeleteFunc(l.Saved, func(d outreach.Draft) bool { return d.CandidateID == m.Candidate.ID })
	return id, true, nil
}

// LineUses returns Uses for the line.
func (l *Log) LineUses(line string) ([]outreach.PriorLine, error) {
	return l.Uses[outreach.NormalizeLine(line)], nil
}

// PriorLines returns every message's candidate and line.
func (l *Log) PriorLines() ([]outreach.PriorLine, error) {
	var out []outreach.PriorLine
	for _, m := range l.Msgs {
		if m.Personalization != "" {
			out = append(out, outreach.PriorLine{MessageID: m.ID, CandidateID: m.Candidate.ID, CandidateName: m.Candidate.Name, Line: m.Personalization, SentAt: m.SentAt})
		}
	}
	return out, nil
}

// Message returns a logged message (ENOTFOUND: none).
func (l *Log) Message(id uint64) (outreach.Message, error) {
	if id == 0 || id > uint64(len(l.Msgs)) {
		return outreach.Message{}, outreach.Errorf(outreach.ENOTFOUND, "no message %d", id)
	}
	l.Decoded++
	return l.Msgs[id-1], nil
}

// Entry returns a message with its events, as of Now.
func (l *Log) Entry(id uint64) (outreach.Entry, error) {
	m, err := l.Message(id)
	if err != nil {
		return outreach.Entry{}, err
	}
	e := outreach.NewEntry(m, slices.Clone(l.Events[id]), l.Now)
	for _, f := range l.Msgs {
		if f.FollowUpOf == id {
			e.FollowedUpBy = f.ID
		}
	}
	return e, nil
}

// AppendEvent records an outcome or a correction, checked as the store
// checks it.
func (l *Log) AppendEvent(ev outreach.Event) (outreach.Event, error) {
	if l.EventErr != nil {
		return outreach.Event{}, l.EventErr
	}
	if ev.MessageID == 0 || ev.MessageID > uint64(len(l.Msgs)) {
		return ev, outreach.Errorf(outreach.ENOTFOUND, "no message %d", ev.MessageID)
	}
	if err := outreach.ValidateEvent(l.Msgs[ev.MessageID-1].SentAt, ev, l.Now); err != nil {
		return ev, err
	}
	if l.Events == nil {
		l.Events = map[uint64][]outreach.Event{}
	}
	evs := l.Events[ev.MessageID]
	ev.Seq, ev.Recorded = len(evs)+1, l.Now
	if ev.Retracts > 0 {
		if !outreach.InForce(evs)[ev.Retracts] {
			return ev, outreach.Errorf(outreach.EINVALID, "event %d was already taken back", ev.Retracts)
		}
		ev.Outcome = evs[ev.Retracts-1].Outcome
	}
	l.Events[ev.MessageID] = append(evs, ev)
	return ev, nil
}

// Facts are the messages' fact records, as the store builds them.
func (l *Log) Facts() []outreach.Fact {
	out := make([]outreach.Fact, len(l.Msgs))
	for i, m := range l.Msgs {
		out[i] = outreach.FactFrom(m, outreach.Fold(l.Events[m.ID]), l.codes[i])
	}
	// A follow-up marks the message it follows up, as the store does.
	for _, f := range out {
		if f.IsFollowUp() && f.FollowUpOf > 0 && f.FollowUpOf <= uint64(len(out)) {
			out[f.FollowUpOf-1] = out[f.FollowUpOf-1].WithFollowUp(f, true)
		}
	}
	return out
}

// ForEachFact calls fn with each message's fact record, in id order.
func (l *Log) ForEachFact(fn func(outreach.Fact) bool) error {
	l.Scans++
	for _, f := range l.Facts() {
		if !fn(f) {
			return nil
		}
	}
	return nil
}

// Dict returns the names behind the facts' codes.
func (l *Log) Dict() (outreach.Dict, error) { return l.dict, nil }

// Attention returns up to n fact records in the attention order at now,
// those of status want (0: all) after the key after, as the store's
// index does (outreach.AttentionPage: it sorts them all).
func (l *Log) Attention(now time.Time, want outreach.Status, after outreach.AttentionKey, n int) ([]outreach.Fact, error) {
	if n <= 0 {
		return nil, outreach.Errorf(outreach.EINVALID, "a page of attention needs at least one row, not %d", n)
	}
	page := outreach.AttentionPage(slices.Values(l.Facts()), now, want, after, n)
	l.Paged += len(page)
	return page, nil
}

// StatusCounts counts the messages by status at now.
func (l *Log) StatusCounts(now time.Time) (outreach.Counts, error) {
	var c outreach.Counts
	for _, f := range l.Facts() {
		c[0]++
		c[f.State(now).Status]++
	}
	return c, nil
}

// FactsSince calls fn with the fact record of each of recruiter's
// messages (everyone's for "") sent at or after since, until fn returns
// false.
func (l *Log) FactsSince(recruiter string, since time.Time, fn func(outreach.Fact) bool) error {
	code, ok := l.dict.Recruiters.Code(recruiter)
	if recruiter != "" && !ok {
		return nil
	}
	for _, f := range l.Facts() {
		if (recruiter != "" && f.Recruiter != code) || (!since.IsZero() && f.Sent().Before(since)) {
			continue
		}
		l.Recent++
		if !fn(f) {
			return nil
		}
	}
	return nil
}

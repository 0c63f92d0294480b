package store

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

func TestSendRoundTrip(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Add(time.Hour)
	m := message(1, start.Add(30*time.Minute+700*time.Millisecond))
	id, _, err := db.Send(m, "")
	if err != nil {
		t.Fatal(err)
	}
	if id != 1 {
		t.Errorf("first id = %d, want 1", id)
	}
	got, err := db.Message(id)
	if err != nil {
		t.Fatal(err)
	}
	want := m
	want.ID = 1
	want.Candidate.ID = "linkedin.com/in/candidate-1"
	want.SentAt = start.Add(30 * time.Minute) // kept to the second
	want.StartedAt = want.SentAt.Add(-5 * time.Minute)
	want.Brief, want.BriefID = "Senior M&A Associate", 1 // the role's brief, started by the send
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Message =\n%+v\nwant\n%+v", got, want)
	}
	if _, err := db.Message(2); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("Message(2) = %v, want ENOTFOUND", err)
	}
	evs, err := db.Events(id)
	if err != nil || len(evs) != 0 || evs == nil {
		t.Errorf("Events = %#v, %v; want an empty list", evs, err)
	}
	if _, err := db.Events(9); outreach.ErrorCode(err) != outreach.ENOTFOUND {
		t.Errorf("Events(9) = %v, want ENOTFOUND", err)
	}
	e, err := db.Entry(id)
	if err != nil || e.Status != outreach.StatusAwaiting || e.Left != outreach.ResponseWindow-30*time.Minute {
		t.Errorf("Entry = %+v, %v; want awaiting with 6d23h30m left", e.State, err)
	}
}

func TestSendRefuses(t *testing.T) {
	db, _ := MustOpen(t)
	future := message(1, start.Add(time.Second))
	if _, _, err := db.Send(future, ""); outreach.ErrorCode(err) != outreach.EINVALID || !strings.Contains(err.Error(), "in the future") {
		t.Errorf("a send dated in the future: %v", err)
	}
	bad := message(1, start)
	bad.Channel = 0
	if _, _, err := db.Send(bad, ""); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a message without a channel: %v", err)
	}
	if ms, _ := db.Messages(outreach.Filter{}); len(ms) != 0 {
		t.Errorf("refused sends logged %d messages", len(ms))
	}
}

func TestSendIsAllOrNothing(t *testing.T) {
	for _, stage := range []string{"indexes", "commit"} {
		t.Run(stage, func(t *testing.T) {
			db, _ := MustOpen(t)
			c, err := db.PutCandidate(profile.Profile{ID: "https://www.linkedin.com/in/candidate-1", Name: "Candidate 1"})
			if err != nil {
				t.Fatal(err)
			}
			if err := db.SaveDraft(outreach.Draft{CandidateID: c.ID, Personalization: "half written"}); err != nil {
				t.Fatal(err)
			}
			before := snapshot(t, db)
			boom := errors.New("disk on fire")
			db.fail = func(s string) error {
				if s == stage {
					return boom
				}
				return nil
			}
			if _, _, err := db.Send(message(1, start), "key-1"); !errors.Is(err, boom) {
				t.Fatalf("Send = %v, want the injected failure", err)
			}
			if after := snapshot(t, db); !reflect.DeepEqual(before, after) {
				t.Errorf("a failed send changed the database:\nbefore %v\nafter  %v", before, after)
			}
			db.fail = nil
			if id, _, err := db.Send(message(1, start), "key-1"); err != nil || id != 1 {
				t.Errorf("retry = %d, %v; want id 1 (the failed send used no id)", id, err)
			}
			if _, err := db.Draft(c.ID); outreach.ErrorCode(err) != outreach.ENOTFOUND {
				t.Errorf("the draft survived a send: %v", err)
			}
		})
	}
}

// snapshot lists every key and value, and every bucket's sequence.
func snapshot(t *testing.T, db *DB) map[string]string {
	t.Helper()
	out := map[string]string{}
	var walk func(prefix string, b *bolt.Bucket)
	walk = func(prefix string, b *bolt.Bucket) {
		out[prefix+"#seq"] = string(u64(b.Sequence()))
		_ = b.ForEach(func(k, v []byte) error {
			if v == nil {
				walk(prefix+string(k)+"/", b.Bucket(k))
				return nil
			}
			out[prefix+string(k)] = string(v)
			return nil
		})
	}
	err := db.view(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			walk(string(name)+"/", b)
			return nil
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSendIdempotencyKey(t *testing.T) {
	db, clk := MustOpen(t)
	first, added, err := db.Send(message(1, start), "compose-7f3a")
	if err != nil || !added {
		t.Fatalf("first send: added %v, %v", added, err)
	}
	clk.Add(time.Second)
	again, added, err := db.Send(message(1, start), "compose-7f3a")
	if err != nil || again != first || added {
		t.Errorf("second send with the same key = %d, added %v, %v; want %d, not added", again, added, err, first)
	}
	other, added, err := db.Send(message(2, start), "compose-8b1c")
	if err != nil || other == first || !added {
		t.Errorf("a new key = %d, added %v, %v; want a new id, added", other, added, err)
	}
	noKey1 := mustSend(t, db, message(3, start))
	noKey2 := mustSend(t, db, message(3, start))
	if noKey1 == noKey2 {
		t.Error("two sends without a key share an id")
	}
	if ms, _ := db.Messages(outreach.Filter{}); len(ms) != 4 {
		t.Errorf("%d messages logged, want 4", len(ms))
	}
}

func TestReuseIndex(t *testing.T) {
	db, _ := MustOpen(t)
	m1 := message(1, start.Add(-time.Hour))
	id1 := mustSend(t, db, m1)

	// The same line, differently cased and punctuated, to someone else.
	m2 := message(2, start)
	m2.Personalization = "  your WORK on deal number 1, stood out to me!"
	_, _, err := db.Send(m2, "")
	var re *outreach.ReuseError
	if !errors.As(err, &re) || outreach.ErrorCode(err) != outreach.ECONFLICT {
		t.Fatalf("reused line: %v, want an ECONFLICT ReuseError", err)
	}
	if re.Prior.MessageID != id1 || re.Prior.CandidateID != "linkedin.com/in/candidate-1" || re.Prior.CandidateName != "Candidate 1" {
		t.Errorf("ReuseError.Prior = %+v", re.Prior)
	}
	if !strings.Contains(err.Error(), "already sent to Candidate 1 on 2026-10-06 (message 1)") {
		t.Errorf("message: %q", err)
	}

	// The same line to the same candidate (a follow-up) is fine, in any URL
	// spelling.
	m3 := message(1, start)
	m3.Candidate.ID = "http://LinkedIn.com/in/Candidate-1"
	id3 := mustSend(t, db, m3)

	uses, err := db.LineUses("Your work on deal number 1 stood out to me")
	if err != nil || len(uses) != 2 || uses[0].MessageID != id1 || uses[1].MessageID != id3 {
		t.Errorf("LineUses = %+v, %v", uses, err)
	}
	if uses, _ := db.LineUses("never sent"); len(uses) != 0 {
		t.Errorf("LineUses(new line) = %+v", uses)
	}

	mustSend(t, db, message(5, start))
	lines, err := db.PriorLines()
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) != 3 {
		t.Fatalf("PriorLines = %d entries, want 3", len(lines))
	}
	want := outreach.PriorLine{MessageID: id1, CandidateID: "linkedin.com/in/candidate-1", CandidateName: "Candidate 1", Line: m1.Personalization, SentAt: m1.SentAt}
	if got := lines[0]; got.MessageID != want.MessageID || got.CandidateID != want.CandidateID || got.CandidateName != want.CandidateName || got.Line != want.Line || !got.SentAt.Equal(want.SentAt) {
		t.Errorf("PriorLines[0] = %+v, want %+v", got, want)
	}

	// A message without a personalization line is not indexed.
	note := message(6, start)
	note.Channel, note.Credits, note.Personalization = library.Connection, 0, ""
	mustSend(t, db, note)
	if lines, _ := db.PriorLines(); len(lines) != 3 {
		t.Errorf("PriorLines after a note without a line = %d, want 3", len(lines))
	}
}

func TestSendMarksCandidateUsed(t *testing.T) {
	db, clk := MustOpen(t)
	a, _ := db.PutCandidate(profile.Profile{ID: "https://www.linkedin.com/in/candidate-1/", Name: "A"})
	clk.Add(time.Minute)
	b, _ := db.PutCandidate(profile.Profile{ID: "https://www.linkedin.com/in/candidate-2/", Name: "B"})
	clk.Add(time.Minute)
	mustSend(t, db, message(1, clk.Now()))
	cs, err := db.Candidates()
	if err != nil || len(cs) != 2 || cs[0].ID != a.ID || cs[1].ID != b.ID {
		t.Fatalf("Candidates = %v, %v; want A (just used) before B", ids(cs), err)
	}
	if !cs[0].LastUsed.Equal(clk.Now()) {
		t.Errorf("LastUsed = %v, want %v", cs[0].LastUsed, clk.Now())
	}
}

func ids(cs []outreach.Candidate) []string {
	var out []string
	for _, c := range cs {
		out = append(out, c.ID)
	}
	return out
}

func TestMessageJSONIsStable(t *testing.T) {
	// The stored form is the Message's JSON: reading it back gives the
	// same JSON.
	db, _ := MustOpen(t)
	id := mustSend(t, db, message(1, start))
	got, _ := db.Message(id)
	a, _ := json.Marshal(got)
	var raw []byte
	_ = db.view(func(tx *bolt.Tx) error {
		raw = append(raw, tx.Bucket(bucketMessages).Get(u64(id))...)
		return nil
	})
	if string(a) != string(raw) {
		t.Errorf("stored %s\nread back %s", raw, a)
	}
}

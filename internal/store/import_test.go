package store

import (
	"reflect"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

// TestImport merges another log's messages: each once whoever it is
// attributed to, with its events and corrections, refusals named per
// message while the rest go on.
func TestImport(t *testing.T) {
	db, _ := MustOpen(t)
	sent := start.Add(-48 * time.Hour)
	native := message(1, sent)
	nativeID := mustSend(t, db, native)
	if _, err := db.AppendEvent(outreach.Event{MessageID: nativeID, Outcome: outreach.Accepted, At: sent.Add(time.Hour), Source: outreach.Manual}); err != nil {
		t.Fatal(err)
	}

	acc := outreach.Event{Seq: 1, Outcome: outreach.Accepted, At: sent.Add(2 * time.Hour), Recorded: sent.Add(3 * time.Hour), Source: outreach.Manual, Note: "on LinkedIn"}
	undo := outreach.Event{Seq: 2, Outcome: outreach.Accepted, At: sent.Add(4 * time.Hour), Source: outreach.Manual, Retracts: 1}
	rep := outreach.Event{Seq: 3, Outcome: outreach.Replied, At: sent.Add(5 * time.Hour), Source: outreach.Import, Key: "linkedin:conv-2"}
	other := message(2, sent)
	other.Recruiter, other.Recontact = "Sam Reyes", "they asked us to write again in a month"
	sameUnderAnotherName := other
	sameUnderAnotherName.Recruiter = "Jo Kim"
	reused := message(3, sent)
	reused.Personalization = native.Personalization
	future := message(4, start.Add(time.Hour))
	badEvent := message(5, sent)
	items := []Imported{
		{Message: native, Events: []outreach.Event{{Seq: 1, Outcome: outreach.Accepted, At: sent.Add(time.Hour), Source: outreach.Manual}}},
		{Message: other, Events: []outreach.Event{acc, undo, rep}},
		{Message: sameUnderAnotherName, Events: []outreach.Event{acc, undo, rep}},
		{Message: reused},
		{Message: future},
		{Message: badEvent, Events: []outreach.Event{{Seq: 1, Outcome: outreach.Replied, At: sent.Add(-time.Hour), Source: outreach.Manual}}},
	}
	res, err := db.Import(items)
	if err != nil {
		t.Fatal(err)
	}
	if r := res[0]; r.ID != nativeID || r.Added || r.Events != 0 || r.Err != nil {
		t.Errorf("the message logged here already: %+v", r)
	}
	if r := res[1]; r.ID != 2 || !r.Added || r.Events != 3 || r.Err != nil {
		t.Errorf("a new message: %+v", r)
	}
	if r := res[2]; r.ID != 2 || r.Added || r.Events != 0 || r.Err != nil {
		t.Errorf("the same message under another name: %+v", r)
	}
	if r := res[3]; r.ID != 0 || outreach.ErrorCode(r.Err) != outreach.ECONFLICT {
		t.Errorf("a line already sent to someone else: %+v", r)
	}
	if r := res[4]; outreach.ErrorCode(r.Err) != outreach.EINVALID {
		t.Errorf("a message from the future: %+v", r)
	}
	if r := res[5]; outreach.ErrorCode(r.Err) != outreach.EINVALID {
		t.Errorf("an outcome before the send: %+v", r)
	}
	if ms, _ := db.Messages(outreach.Filter{}); len(ms) != 2 {
		t.Fatalf("%d messages logged, want 2", len(ms))
	}

	got, err := db.Message(2)
	if err != nil {
		t.Fatal(err)
	}
	want := other
	want.ID, want.Candidate.ID = 2, outreach.CandidateID(other.Candidate.ID)
	want.Brief, want.BriefID = "Senior M&A Associate", 1
	if !reflect.DeepEqual(got, want) {
		t.Errorf("imported message\n%+v\nwant\n%+v", got, want)
	}
	evs, _ := db.Events(2)
	if len(evs) != 3 || evs[0].Note != "on LinkedIn" || !evs[0].Recorded.Equal(acc.Recorded) || evs[1].Retracts != 1 || evs[2].Key != "linkedin:conv-2" {
		t.Errorf("imported events: %+v", evs)
	}
	if e, _ := db.Entry(2); e.Status != outreach.StatusResponded || !e.Outcomes.Replied.Equal(rep.At) || !e.Outcomes.Accepted.IsZero() {
		t.Errorf("imported state: %+v", e.State)
	}

	// Again, with one event more: only that is added.
	later := outreach.Event{Seq: 4, Outcome: outreach.Screened, At: sent.Add(30 * time.Hour), Source: outreach.Manual}
	res, err = db.Import([]Imported{{Message: other, Events: []outreach.Event{acc, undo, rep, later}}})
	if err != nil || res[0].ID != 2 || res[0].Added || res[0].Events != 1 {
		t.Fatalf("again with a new event: %+v, %v", res, err)
	}
	if evs, _ := db.Events(2); len(evs) != 4 || evs[3].Outcome != outreach.Screened {
		t.Errorf("events after the second import: %+v", evs)
	}
}

// TestImportBriefs: the messages of one import find and start briefs as
// sends do, each seeing the briefs the ones before it started.
func TestImportBriefs(t *testing.T) {
	db, _ := MustOpen(t)
	sent := start.Add(-time.Hour)
	mustSend(t, db, message(1, sent))
	var items []Imported
	for n := 2; n <= 5; n++ {
		m := message(n, sent.Add(time.Duration(n)*time.Minute))
		if n >= 4 {
			m.Role, m.Client = "Funds Associate", "Harlow & Pierce"
		}
		items = append(items, Imported{Message: m})
	}
	res, err := db.Import(items)
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range res {
		if !r.Added || r.Err != nil {
			t.Fatalf("message %d: %+v", i+2, r)
		}
	}
	bs, err := db.Briefs()
	if err != nil {
		t.Fatal(err)
	}
	if len(bs) != 2 || bs[0].Sent != 3 || bs[1].Sent != 2 || bs[1].Role != "Funds Associate" {
		t.Fatalf("briefs after the import: %+v", bs)
	}
	for id, want := range map[uint64]uint64{2: 1, 3: 1, 4: 2, 5: 2} {
		if m, _ := db.Message(id); m.BriefID != want {
			t.Errorf("message %d has brief %d, want %d", id, m.BriefID, want)
		}
	}
}

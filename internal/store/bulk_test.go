package store

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// oneBatch logs msgs and their events as a load of one batch.
func oneBatch(db *DB, msgs []outreach.Message, events [][]outreach.Event) error {
	return db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) { yield(msgs, events) })
}

func TestBulkLoadOneBatch(t *testing.T) {
	db, clk := MustOpen(t)
	clk.Set(start.Add(60 * 24 * time.Hour))
	const n = bulkBatch + 500 // two transactions
	msgs := make([]outreach.Message, n)
	events := make([][]outreach.Event, n)
	for i := range msgs {
		msgs[i] = message(i%1000, start.Add(time.Duration(i)*time.Minute))
		if i%3 == 0 {
			events[i] = []outreach.Event{
				{Outcome: outreach.Replied, At: msgs[i].SentAt.Add(time.Hour), Source: outreach.Manual},
				{Retracts: 1, At: msgs[i].SentAt.Add(2 * time.Hour), Source: outreach.Manual},
				{Outcome: outreach.Declined, At: msgs[i].SentAt.Add(9 * 24 * time.Hour), Source: outreach.Import, Key: "k" + msgs[i].SentAt.String()},
			}
		}
	}
	if err := oneBatch(db, msgs, events); err != nil {
		t.Fatal(err)
	}
	if msgs[0].ID != 1 || msgs[n-1].ID != n {
		t.Errorf("ids %d..%d, want 1..%d", msgs[0].ID, msgs[n-1].ID, n)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("BulkLoad left syncing off")
	}
	e, err := db.Entry(1)
	if err != nil || e.Status != outreach.StatusLate || len(e.Events) != 3 || e.Events[1].Outcome != outreach.Replied || e.Events[2].Seq != 3 {
		t.Errorf("entry 1 = %v with events %+v, %v", e.Status, e.Events, err)
	}
	nf := 0
	_ = db.ForEachFact(func(f outreach.Fact) bool { nf++; return true })
	lines, _ := db.PriorLines()
	if nf != n || len(lines) != n {
		t.Errorf("%d facts and %d lines, want %d", nf, len(lines), n)
	}
	// The reuse index works afterwards: candidate 7's line to someone new.
	m := message(7, clk.Now())
	m.Candidate.ID = "linkedin.com/in/someone-new"
	if _, _, err := db.Send(m, ""); outreach.ErrorCode(err) != outreach.ECONFLICT {
		t.Errorf("reused line after a bulk load: %v", err)
	}
	// Dedupe by key still sees bulk events.
	added, known, err := db.AppendEvents([]outreach.Event{{MessageID: 1, Outcome: outreach.Declined, At: msgs[0].SentAt.Add(9 * 24 * time.Hour), Source: outreach.Import, Key: "k" + msgs[0].SentAt.String()}})
	if err != nil || added != 0 || known != 1 {
		t.Errorf("re-import of a bulk event: %d added, %d known, %v", added, known, err)
	}
}

func TestBulkLoadValidatesFirst(t *testing.T) {
	db, clk := MustOpen(t)
	msgs := []outreach.Message{message(1, start), message(2, start.Add(time.Hour))}
	if err := oneBatch(db, msgs, nil); outreach.ErrorCode(err) != outreach.EINVALID || !strings.HasPrefix(err.Error(), "message 2 of 2: ") {
		t.Errorf("a message in the future: %v", err)
	}
	clk.Add(2 * time.Hour)
	bad := [][]outreach.Event{nil, {{Retracts: 1, At: start.Add(time.Hour), Source: outreach.Manual}}}
	if err := oneBatch(db, msgs, bad); err == nil || !strings.Contains(err.Error(), "does not come before it") {
		t.Errorf("a correction of nothing: %v", err)
	}
	if es, _ := db.Entries(outreach.Filter{}); len(es) != 0 {
		t.Errorf("refused bulk wrote %d messages", len(es))
	}
	boom := errors.New("boom")
	db.fail = func(string) error { return boom }
	if err := oneBatch(db, msgs, nil); !errors.Is(err, boom) {
		t.Errorf("injected failure: %v", err)
	}
	if b := db.bolt; b.NoSync || b.NoFreelistSync {
		t.Error("a failed BulkLoad left syncing off")
	}
}

// TestBulkLoad loads three batches through one reused buffer, as the demo
// does, then checks every message and event is there in order; a refused
// batch stops the load and keeps the batches before it.
func TestBulkLoad(t *testing.T) {
	db, clk := MustOpen(t)
	sizes := []int{5, 3, 4}
	total := 12
	clk.Set(start.Add(time.Duration(total) * time.Hour))
	msgs := make([]outreach.Message, 5)
	events := make([][]outreach.Event, 5)
	batches := func(bad int) func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		return func(yield func([]outreach.Message, [][]outreach.Event) bool) {
			n := 0
			for b, size := range sizes {
				for i := range size {
					sent := start.Add(time.Duration(n) * time.Hour)
					msgs[i] = message(n, sent)
					events[i] = events[i][:0]
					if n%2 == 0 {
						events[i] = append(events[i], outreach.Event{Outcome: outreach.Replied, At: sent.Add(30 * time.Minute), Source: outreach.Manual})
					}
					if b == bad && i == 1 {
						msgs[i].Body = "" // refused
					}
					n++
				}
				if !yield(msgs[:size], events[:size]) {
					return
				}
			}
		}
	}
	if err := db.BulkLoad(batches(-1)); err != nil {
		t.Fatal(err)
	}
	var ids []uint64
	err := db.ForEachMessage(outreach.Filter{}, func(m outreach.Message, f outreach.Fact) bool {
		ids = append(ids, m.ID)
		n := int(m.ID - 1)
		if want := message(n, start.Add(time.Duration(n)*time.Hour)).Candidate.Name; m.Candidate.Name != want {
			t.Errorf("message %d is to %q, want %q", m.ID, m.Candidate.Name, want)
		}
		if replied := f.Occurred(outreach.Replied, clk.Now()); replied != (n%2 == 0) {
			t.Errorf("message %d replied = %v", m.ID, replied)
		}
		return true
	})
	if err != nil || len(ids) != total || ids[0] != 1 || ids[total-1] != uint64(total) {
		t.Fatalf("ids %v, %v; want 1..%d", ids, err, total)
	}
	if evs, err := db.Events(3); err != nil || len(evs) != 1 || evs[0].Seq != 1 || evs[0].MessageID != 3 {
		t.Errorf("events of message 3: %+v, %v", evs, err)
	}

	// The second batch is refused: the first stays, nothing after it.
	err = db.BulkLoad(batches(1))
	if outreach.ErrorCode(err) != outreach.EINVALID {
		t.Fatalf("a refused batch: %v, want EINVALID", err)
	}
	n := 0
	if err := db.ForEachMessage(outreach.Filter{}, func(outreach.Message, outreach.Fact) bool { n++; return true }); err != nil || n != total+sizes[0] {
		t.Errorf("%d messages after a refused second batch, want %d", n, total+sizes[0])
	}
}

// loadIndexed bulk-loads n messages in batches of bulkBatch/4 (several
// runs to merge) and returns them.
func loadIndexed(t *testing.T, db *DB, n int) error {
	t.Helper()
	return db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		for first := 0; first < n; first += bulkBatch / 4 {
			msgs := make([]outreach.Message, min(bulkBatch/4, n-first))
			for i := range msgs {
				msgs[i] = message((first+i)*7919%n, start.Add(time.Duration(first+i)*time.Minute))
			}
			if !yield(msgs, nil) {
				return
			}
		}
	})
}

// indexed counts the reuse and candidate index entries, and checks that
// every message's line and candidate are found through them.
func indexed(t *testing.T, db *DB, n int) {
	t.Helper()
	lines, err := db.PriorLines()
	check(t, err)
	if len(lines) != n {
		t.Errorf("%d lines in the reuse index, want %d", len(lines), n)
	}
	for _, c := range []int{0, n / 3, n - 1} {
		es, err := db.Entries(outreach.Filter{CandidateID: message(c, start).Candidate.ID})
		check(t, err)
		if len(es) != 1 {
			t.Errorf("candidate %d has %d messages through the candidate index, want 1", c, len(es))
		}
		uses, err := db.LineUses(message(c, start).Personalization)
		check(t, err)
		if len(uses) != 1 {
			t.Errorf("candidate %d's line has %d uses, want 1", c, len(uses))
		}
	}
}

func TestBulkLoadMergesTheIndexes(t *testing.T) {
	db, clk := MustOpen(t)
	const n = bulkBatch + 123
	clk.Set(start.Add(n * time.Minute))
	check(t, loadIndexed(t, db, n))
	indexed(t, db, n)
	left, _ := filepath.Glob(filepath.Join(filepath.Dir(db.Path()), ".inmail-bulk-*"))
	if len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
}

// TestBulkLoadCutShort stops a load before its index entries are merged:
// the next writable open writes them.
func TestBulkLoadCutShort(t *testing.T) {
	db, clk := MustOpen(t)
	const n = 3000
	clk.Set(start.Add(n * time.Minute))
	boom := errors.New("boom")
	db.fail = func(stage string) error {
		if stage == "merge" {
			return boom
		}
		return nil
	}
	if err := loadIndexed(t, db, n); !errors.Is(err, boom) {
		t.Fatalf("a load whose merge fails: %v", err)
	}
	if lines, _ := db.PriorLines(); len(lines) != 0 {
		t.Fatalf("%d lines indexed before the repair; the test needs none", len(lines))
	}
	path := db.Path()
	check(t, db.Close())
	if _, err := Open(path, Options{ReadOnly: true, Now: clk.Now}); err == nil || !strings.Contains(err.Error(), "did not finish") {
		t.Errorf("a read-only open of an unfinished load: %v", err)
	}
	db, err := Open(path, Options{Now: clk.Now})
	check(t, err)
	defer db.Close()
	indexed(t, db, n)
	checkAttention(t, db, clk.Now())
}

// TestBulkLoadKeepsCommittedBatchesIndexed: a batch refused after others
// were written leaves those indexed, and nothing pending.
func TestBulkLoadKeepsCommittedBatchesIndexed(t *testing.T) {
	db, clk := MustOpen(t)
	const n = bulkBatch / 2
	clk.Set(start.Add(n * time.Minute))
	err := db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		msgs := []outreach.Message{message(1, start), message(2, start.Add(time.Minute))}
		if !yield(msgs, nil) {
			return
		}
		bad := message(3, start.Add(2*time.Minute))
		bad.Body = ""
		yield([]outreach.Message{bad}, nil)
	})
	if outreach.ErrorCode(err) != outreach.EINVALID {
		t.Fatalf("a refused second batch: %v", err)
	}
	if lines, _ := db.PriorLines(); len(lines) != 2 {
		t.Errorf("%d lines indexed, want the first batch's 2", len(lines))
	}
	check(t, db.view(func(tx *bolt.Tx) error {
		if tx.Bucket(bucketMeta).Get(metaPending) != nil {
			t.Error("the load is still marked pending")
		}
		return nil
	}))
}

// TestBulkCodecIsEncodingJSON holds the faster codec of bulk loads and
// scans (goccy/go-json) to encoding/json's bytes and values, on strings
// that need escaping.
func TestBulkCodecIsEncodingJSON(t *testing.T) {
	odd := []string{"<b>&amp;</b>", "line\nbreak\ttab\r\x01\x1f", `quote " and \ backslash`, "sep\u2028par\u2029", "Zoë Ångström 東京 🎉", "bad \xff utf-8", ""}
	var msgs []outreach.Message
	for i, s := range odd {
		m := message(i, start.Add(time.Duration(i)*time.Second+time.Duration(i)*time.Millisecond))
		m.ID = uint64(i + 1)
		m.Candidate.Name, m.Body, m.Hook, m.Subject = "Name "+s, "Body "+s, s, s
		m.References = append(m.References, outreach.Reference{Field: s, Text: s})
		msgs = append(msgs, m)
	}
	b := encodeBatch(msgs, nil)
	check(t, b.err)
	raw := make([][]byte, len(msgs))
	for i, m := range msgs {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		check(t, enc.Encode(m))
		if got := b.messages[i].v; !bytes.Equal(got, bytes.TrimSuffix(want.Bytes(), []byte("\n"))) {
			t.Errorf("message %d encoded as\n%s\nencoding/json:\n%s", i, got, want.Bytes())
		}
		raw[i] = b.messages[i].v
	}
	got := make([]outreach.Message, len(raw))
	check(t, decodeMessages(raw, got))
	for i := range raw {
		var want outreach.Message
		check(t, json.Unmarshal(raw[i], &want))
		if !reflect.DeepEqual(got[i], want) {
			t.Errorf("message %d decoded as\n%+v\nencoding/json:\n%+v", i, got[i], want)
		}
	}
}

// TestBulkCandidatesAreEncodingJSON: a bulk load's candidates are the
// bytes PutCandidates would store.
func TestBulkCandidatesAreEncodingJSON(t *testing.T) {
	odd := []string{"<b>&amp;</b>", "line\nbreak\ttab", `quote " and \ backslash`, "sep\u2028par\u2029", "Zoë Ångström 東京 🎉", ""}
	var cs []outreach.Candidate
	for i, s := range odd {
		c := outreach.Candidate{ID: fmt.Sprintf("https://www.linkedin.com/in/odd-%d/", i), AddedAt: start, UpdatedAt: start.Add(time.Hour)}
		c.Profile = profile.Profile{ID: c.ID, Name: "Name " + s, Title: s, Skills: []string{s},
			Experience:   []profile.Experience{{Title: s, Company: "Harlow & Pierce", Description: s}},
			Publications: []profile.Publication{{Title: s, Year: 2020}}}
		if i%2 == 0 {
			c.LastUsed = start.Add(2 * time.Hour)
		}
		if i == 3 {
			c.Profile.Extra = map[string]any{"website": s}
		}
		cs = append(cs, c)
	}
	got, _, _, err := encodeCandidates(cs)
	check(t, err)
	for _, kv := range got {
		i := slices.IndexFunc(cs, func(c outreach.Candidate) bool { return outreach.CandidateID(c.ID) == string(kv.k) })
		c := cs[i]
		c.ID = outreach.CandidateID(c.ID)
		want, err := json.Marshal(c)
		check(t, err)
		if !bytes.Equal(kv.v, want) {
			t.Errorf("candidate %d encoded as\n%s\nencoding/json:\n%s", i, kv.v, want)
		}
	}
	if _, _, _, err := encodeCandidates([]outreach.Candidate{{Profile: profile.Profile{Name: "No Id"}}}); outreach.ErrorCode(err) != outreach.EINVALID {
		t.Errorf("a candidate without an id: %v", err)
	}
}

// TestBulkLoadReusesArenasSafely loads batches large enough to fill
// several arena blocks each, so later batches encode into blocks earlier
// ones released, and reads every message and candidate back: a block
// given back too early would show as another message's bytes.
func TestBulkLoadReusesArenasSafely(t *testing.T) {
	db, clk := MustOpen(t)
	const batches, per = 6, 3000
	clk.Set(start.Add(batches * per * time.Minute))
	filler := strings.Repeat("A long paragraph about the role and the client. ", 60) // ~3 KB a body
	want := map[uint64]string{}
	err := db.BulkLoadBatches(func(yield func(Batch) bool) {
		for b := range batches {
			msgs := make([]outreach.Message, per)
			cands := make([]outreach.Candidate, per)
			for i := range msgs {
				n := b*per + i
				msgs[i] = message(n, start.Add(time.Duration(n)*time.Minute))
				msgs[i].Body = fmt.Sprintf("Message %d. %s", n, filler)
				cands[i] = outreach.Candidate{ID: fmt.Sprintf("linkedin.com/in/candidate-%06d", n),
					Profile: profile.Profile{Name: fmt.Sprintf("Candidate %d", n), About: filler}}
			}
			if !yield(Batch{Messages: msgs, Candidates: cands}) {
				return
			}
			for _, m := range msgs {
				want[m.ID] = m.Body
			}
		}
	})
	check(t, err)
	if len(want) != batches*per {
		t.Fatalf("%d messages loaded, want %d", len(want), batches*per)
	}
	for id, body := range want {
		m, err := db.Message(id)
		if err != nil || m.Body != body {
			t.Fatalf("message %d reads back as %.40q (%v), want %.40q", id, m.Body, err, body)
		}
	}
	for _, n := range []int{0, per - 1, per, 3*per + 17, batches*per - 1} {
		c, err := db.Candidate(fmt.Sprintf("linkedin.com/in/candidate-%06d", n))
		if err != nil || c.Profile.Name != fmt.Sprintf("Candidate %d", n) || c.Profile.About != filler {
			t.Errorf("candidate %d reads back as %q (%v)", n, c.Profile.Name, err)
		}
	}
}

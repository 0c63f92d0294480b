package store

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// history logs n messages over the days before the clock, with a mix of
// outcomes, and returns the store.
func history(t *testing.T, n int) (*DB, *clock) {
	t.Helper()
	db, clk := MustOpen(t)
	clk.Set(start.Add(30 * 24 * time.Hour))
	for i := range n {
		m := message(i, start.Add(time.Duration(i)*7*time.Hour))
		m.Recruiter = []string{"Jordan Blake", "Sam Ortiz", ""}[i%3]
		m.TemplateID = fmt.Sprintf("tpl-%d", i%4)
		if i%5 == 0 {
			m.Channel, m.Credits = library.Connection, 0
		}
		id := mustSend(t, db, m)
		switch i % 6 {
		case 0:
			_, err := db.AppendEvent(reply(id, m.SentAt.Add(time.Hour)))
			check(t, err)
		case 1:
			_, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Declined, At: m.SentAt.Add(8 * 24 * time.Hour), Source: outreach.Manual})
			check(t, err)
		case 2:
			_, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Accepted, At: m.SentAt, Source: outreach.Import, Key: fmt.Sprint(i)})
			check(t, err)
			_, err = db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Screened, At: m.SentAt.Add(48 * time.Hour), Source: outreach.Manual})
			check(t, err)
		case 3:
			_, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Withdrawn, At: m.SentAt.Add(time.Minute), Source: outreach.Manual})
			check(t, err)
		case 4:
			_, err := db.AppendEvent(reply(id, m.SentAt.Add(time.Hour)))
			check(t, err)
			_, err = db.AppendEvent(outreach.Event{MessageID: id, Retracts: 1, At: m.SentAt.Add(2 * time.Hour), Source: outreach.Manual})
			check(t, err)
		}
	}
	return db, clk
}

func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func TestFactsMatchMessages(t *testing.T) {
	db, clk := history(t, 60)
	dict, err := db.Dict()
	if err != nil {
		t.Fatal(err)
	}
	if dict.Recruiters.Name(1) != "Jordan Blake" || dict.Recruiters.Name(2) != "Sam Ortiz" || len(dict.Templates) != 5 || dict.Seniorities.Name(1) != "senior-associate" {
		t.Errorf("Dict = %+v", dict)
	}
	var facts []outreach.Fact
	if err := db.ForEachFact(func(f outreach.Fact) bool { facts = append(facts, f); return true }); err != nil {
		t.Fatal(err)
	}
	if len(facts) != 60 {
		t.Fatalf("%d facts, want 60", len(facts))
	}
	for i, f := range facts {
		if f.ID != uint64(i+1) {
			t.Fatalf("fact %d has id %d: not in id order", i, f.ID)
		}
		e, err := db.Entry(f.ID)
		if err != nil {
			t.Fatal(err)
		}
		codes := outreach.Codes{}
		codes.Recruiter, _ = dict.Recruiters.Code(e.Recruiter)
		codes.Template, _ = dict.Templates.Code(e.TemplateID)
		codes.Seniority, _ = dict.Seniorities.Code(e.Seniority)
		codes.Brief = uint32(e.BriefID)
		if e.BriefID == 0 || dict.Briefs.Name(codes.Brief) != e.Brief {
			t.Errorf("message %d: brief %d %q, dictionary %q", f.ID, e.BriefID, e.Brief, dict.Briefs.Name(codes.Brief))
		}
		if want := outreach.FactFrom(e.Message, outreach.Fold(e.Events), codes); f != want {
			t.Errorf("message %d: stored fact\n%+v\nrebuilt from the message\n%+v", f.ID, f, want)
		}
		for _, now := range []time.Time{e.SentAt.Add(time.Hour), clk.Now()} {
			if fs, ms := f.State(now), outreach.StatusOf(e.SentAt, e.Outcomes, now); fs.Status != ms.Status || fs.Positive != ms.Positive || fs.Screened != ms.Screened {
				t.Errorf("message %d at %v: fact says %+v, message says %+v", f.ID, now, fs, ms)
			}
		}
	}
	// Stopping early.
	n := 0
	_ = db.ForEachFact(func(outreach.Fact) bool { n++; return n < 5 })
	if n != 5 {
		t.Errorf("ForEachFact went on to %d after fn returned false", n)
	}
}

func TestEntriesFilter(t *testing.T) {
	db, clk := history(t, 60)
	count := func(f outreach.Filter) int {
		t.Helper()
		es, err := db.Entries(f)
		if err != nil {
			t.Fatal(err)
		}
		for i := 1; i < len(es); i++ {
			if es[i].ID >= es[i-1].ID {
				t.Fatalf("entries not newest first: %d after %d", es[i].ID, es[i-1].ID)
			}
		}
		return len(es)
	}
	// Expected counts, by brute force over all entries.
	all, err := db.Entries(outreach.Filter{})
	if err != nil || len(all) != 60 {
		t.Fatalf("all entries: %d, %v", len(all), err)
	}
	brute := func(keep func(outreach.Entry) bool) int {
		n := 0
		for _, e := range all {
			if keep(e) {
				n++
			}
		}
		return n
	}
	for _, s := range outreach.Statuses {
		want := brute(func(e outreach.Entry) bool { return e.Status == s })
		if got := count(outreach.Filter{Statuses: []outreach.Status{s}}); got != want || (want == 0 && s != outreach.StatusAwaiting) {
			t.Errorf("status %v: %d entries, want %d (and some)", s, got, want)
		}
	}
	since, until := start.Add(100*time.Hour), start.Add(200*time.Hour)
	tests := []struct {
		name string
		f    outreach.Filter
		keep func(outreach.Entry) bool
	}{
		{"recruiter", outreach.Filter{Recruiter: "Sam Ortiz"}, func(e outreach.Entry) bool { return e.Recruiter == "Sam Ortiz" }},
		{"template", outreach.Filter{TemplateID: "tpl-2"}, func(e outreach.Entry) bool { return e.TemplateID == "tpl-2" }},
		{"channel", outreach.Filter{Channel: library.Connection}, func(e outreach.Entry) bool { return e.Channel == library.Connection }},
		{"candidate", outreach.Filter{CandidateID: "https://linkedin.com/in/candidate-7/"}, func(e outreach.Entry) bool { return e.Candidate.ID == "linkedin.com/in/candidate-7" }},
		{"name", outreach.Filter{CandidateName: "candidate 7"}, func(e outreach.Entry) bool { return e.Candidate.Name == "Candidate 7" }},
		{"period", outreach.Filter{Since: since, Until: until}, func(e outreach.Entry) bool { return !e.SentAt.Before(since) && e.SentAt.Before(until) }},
		{"unknown recruiter", outreach.Filter{Recruiter: "Nobody"}, func(outreach.Entry) bool { return false }},
		{"template and status", outreach.Filter{TemplateID: "tpl-0", Statuses: []outreach.Status{outreach.StatusResponded, outreach.StatusLate}},
			func(e outreach.Entry) bool {
				return e.TemplateID == "tpl-0" && (e.Status == outreach.StatusResponded || e.Status == outreach.StatusLate)
			}},
	}
	for _, tt := range tests {
		want := brute(tt.keep)
		if got := count(tt.f); got != want {
			t.Errorf("%s: %d entries, want %d", tt.name, got, want)
		}
	}
	if es, _ := db.Entries(outreach.Filter{Limit: 7}); len(es) != 7 || es[0].ID != 60 {
		t.Errorf("Limit 7: %d entries from %d", len(es), es[0].ID)
	}
	ms, err := db.Messages(outreach.Filter{CandidateID: "linkedin.com/in/candidate-3"})
	if err != nil || len(ms) != 1 || ms[0].Candidate.Name != "Candidate 3" {
		t.Errorf("Messages(candidate 3) = %+v, %v", ms, err)
	}
	_ = clk
}

func TestBackup(t *testing.T) {
	db, _ := history(t, 20)
	var buf bytes.Buffer
	n, err := db.Backup(&buf)
	if err != nil || n != int64(buf.Len()) || n == 0 {
		t.Fatalf("Backup = %d, %v (buffer %d)", n, err, buf.Len())
	}
	path := filepath.Join(t.TempDir(), "copy.db")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	cp, err := Open(path, Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer cp.Close()
	a, _ := db.Entries(outreach.Filter{})
	b, _ := cp.Entries(outreach.Filter{})
	if len(a) != len(b) || !slices.EqualFunc(a, b, func(x, y outreach.Entry) bool { return x.ID == y.ID && len(x.Events) == len(y.Events) }) {
		t.Errorf("backup has %d entries, original %d", len(b), len(a))
	}
}

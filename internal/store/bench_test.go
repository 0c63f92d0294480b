package store

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Benchmarks at the scale of the reports issue. The 1,000,000-message
// database is built once per test binary, in a temporary folder removed at
// the end (building it takes about as long as BenchmarkBulkLoad1M), or kept
// at $INMAIL_BENCH_DB when that is set (built there when missing), so that
// repeated runs measure reading only.
//
//	go test -run '^$' -bench . -benchtime 1x ./internal/store
//	INMAIL_BENCH_DB=/tmp/inmail-bench.db go test -run '^$' -bench 'ForEachFact|OpenScan' ./internal/store

const benchMessages = 1_000_000

var (
	bigOnce sync.Once
	bigPath string
	bigErr  error
	bigDir  string
)

func TestMain(m *testing.M) {
	code := m.Run()
	if bigDir != "" {
		os.RemoveAll(bigDir)
	}
	os.Exit(code)
}

// benchBody is a realistic InMail body (about 600 characters).
const benchBody = `Hi {name},

Your work on the Castell Pharma acquisition of Norvane Therapeutics is exactly the kind of deal my client, a top-10 firm, does every quarter. They are building out their M&A practice in London and want a senior associate who has run diligence on cross-border pharma deals and can lead a small team.

The role is partner-track within three years, with a guaranteed bonus in the first year and a flexible hybrid arrangement. I would be glad to share more detail, including the team you would join and the matters they are working on now.

Would you be open to a short call this week?

Jordan`

// benchHistory fills msgs and events (of the same length) with messages
// first..first+len(msgs)-1 of a synthetic history: 40% responses, a tenth of
// them late, some screens and withdrawals, over about two years.
func benchHistory(first int, msgs []outreach.Message, events [][]outreach.Event) {
	t0 := time.Date(2024, 1, 1, 8, 0, 0, 0, time.UTC)
	templates := []string{"associate/intro", "associate/skills", "senior-associate/passive-intro", "senior-associate/deal", "counsel/intro", "partner/intro", "paralegal/intro", "associate/follow-up"}
	seniorities := []string{"associate", "associate", "senior-associate", "senior-associate", "counsel", "partner", "paralegal", "associate"}
	recruiters := []string{"Jordan Blake", "Priya Shah", "Sam Ortiz", "Alex Kim", "Morgan Lee", "Chris Park"}
	for j := range msgs {
		i := first + j
		sent := t0.Add(time.Duration(i) * 60 * time.Second)
		cand := i % 400_000
		m := outreach.Message{
			Recruiter:       recruiters[i%len(recruiters)],
			Candidate:       outreach.CandidateRef{ID: fmt.Sprintf("linkedin.com/in/candidate-%d", cand), Name: fmt.Sprintf("Candidate %d", cand)},
			Seniority:       seniorities[i%len(templates)],
			TemplateID:      templates[i%len(templates)],
			TemplateHash:    "sha256:9f2c",
			Channel:         library.InMail,
			Subject:         "Senior M&A associate role at a top-10 firm",
			Body:            benchBody,
			Personalization: fmt.Sprintf("Your work on matter %d for Castell Pharma stood out", i),
			References:      []outreach.Reference{{Field: "experience[0].description", Text: "Castell Pharma"}},
			Role:            "Senior M&A Associate",
			Client:          "a top-10 firm",
			StartedAt:       sent.Add(-4 * time.Minute),
			SentAt:          sent,
			Credits:         1,
		}
		if i%9 == 0 {
			m.Channel, m.Credits, m.Subject = library.Connection, 0, ""
		}
		msgs[j] = m
		events[j] = nil
		switch r := i % 20; {
		case r < 6:
			events[j] = []outreach.Event{{Outcome: outreach.Replied, At: sent.Add(time.Duration(r+1) * 13 * time.Hour), Source: outreach.Manual}}
		case r < 7:
			events[j] = []outreach.Event{{Outcome: outreach.Replied, At: sent.Add(10 * 24 * time.Hour), Source: outreach.Import, Key: fmt.Sprintf("demo:%d", i)}}
		case r < 8:
			events[j] = []outreach.Event{
				{Outcome: outreach.Accepted, At: sent.Add(20 * time.Hour), Source: outreach.Manual},
				{Outcome: outreach.Screened, At: sent.Add(3 * 24 * time.Hour), Source: outreach.Manual},
			}
		case r < 10:
			events[j] = []outreach.Event{{Outcome: outreach.Declined, At: sent.Add(30 * time.Hour), Source: outreach.Manual}}
		case r < 11:
			events[j] = []outreach.Event{{Outcome: outreach.Withdrawn, At: sent.Add(time.Minute), Source: outreach.Manual}}
		}
	}
}

// benchNow is after the whole synthetic history.
var benchNow = time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)

// bulkLoad writes n synthetic messages in batches, as `inmail demo` does.
// Only BulkLoad is timed.
func bulkLoad(b *testing.B, db *DB, n int) {
	const chunk = 50_000
	msgs := make([]outreach.Message, chunk)
	events := make([][]outreach.Event, chunk)
	err := db.BulkLoad(func(yield func([]outreach.Message, [][]outreach.Event) bool) {
		for first := 0; first < n; first += chunk {
			size := min(chunk, n-first)
			b.StopTimer()
			benchHistory(first, msgs[:size], events[:size])
			b.StartTimer()
			if !yield(msgs[:size], events[:size]) {
				return
			}
		}
	})
	if err != nil {
		b.Fatal(err)
	}
}

// bigDB returns the path of the shared 1,000,000-message database.
func bigDB(b *testing.B) string {
	b.Helper()
	bigOnce.Do(func() {
		if bigPath = os.Getenv("INMAIL_BENCH_DB"); bigPath != "" {
			if _, err := os.Stat(bigPath); err == nil {
				return
			}
		} else {
			bigDir, bigErr = os.MkdirTemp("", "inmail-bench-")
			if bigErr != nil {
				return
			}
			bigPath = filepath.Join(bigDir, "big.db")
		}
		var db *DB
		db, bigErr = Open(bigPath, Options{Now: func() time.Time { return benchNow }})
		if bigErr != nil {
			return
		}
		bulkLoad(b, db, benchMessages)
		bigErr = db.Close()
	})
	if bigErr != nil {
		b.Fatal(bigErr)
	}
	b.ResetTimer()
	return bigPath
}

// openBig opens the shared 1,000,000-message database read-only until the
// benchmark ends.
func openBig(b *testing.B) *DB {
	b.Helper()
	db, err := Open(bigDB(b), Options{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { db.Close() })
	return db
}

// BenchmarkBulkLoad1M writes 1,000,000 messages with their events into a new
// database (the `inmail demo` path). Run it with -benchtime 1x.
func BenchmarkBulkLoad1M(b *testing.B) {
	for b.Loop() {
		b.StopTimer()
		db, err := Open(filepath.Join(b.TempDir(), "bulk.db"), Options{Now: func() time.Time { return benchNow }})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		bulkLoad(b, db, benchMessages)
		b.StopTimer()
		info, _ := os.Stat(db.Path())
		b.ReportMetric(float64(info.Size())/(1<<20), "MB")
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

// BenchmarkForEachFact scans the 1,000,000 fact records of an open database
// and tallies statuses, as a report does.
func BenchmarkForEachFact(b *testing.B) {
	db := openBig(b)
	for b.Loop() {
		scan(b, db)
	}
}

// BenchmarkOpenScan opens the 1,000,000-message database read-only, scans
// its facts and closes it: a report's whole use of the store.
func BenchmarkOpenScan(b *testing.B) {
	path := bigDB(b)
	for b.Loop() {
		db, err := Open(path, Options{ReadOnly: true})
		if err != nil {
			b.Fatal(err)
		}
		scan(b, db)
		if err := db.Close(); err != nil {
			b.Fatal(err)
		}
	}
}

func scan(b *testing.B, db *DB) {
	var n int
	var byStatus [6]int
	err := db.ForEachFact(func(f outreach.Fact) bool {
		n++
		byStatus[f.State(benchNow).Status]++
		return true
	})
	if err != nil {
		b.Fatal(err)
	}
	if n != benchMessages {
		b.Fatalf("%d facts, want %d", n, benchMessages)
	}
}

// BenchmarkSend logs one message per iteration with the default fsync, into
// a database that grows as it goes.
func BenchmarkSend(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "send.db"), Options{Now: func() time.Time { return benchNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	msgs := make([]outreach.Message, 1)
	events := make([][]outreach.Event, 1)
	i := 0
	for b.Loop() {
		benchHistory(i, msgs, events)
		if _, _, err := db.Send(msgs[0], fmt.Sprint("key-", i)); err != nil {
			b.Fatal(err)
		}
		i++
	}
}

// BenchmarkPriorLines reads 10,000 prior lines for the validator's index.
func BenchmarkPriorLines(b *testing.B) {
	db, err := Open(filepath.Join(b.TempDir(), "lines.db"), Options{Now: func() time.Time { return benchNow }})
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	bulkLoad(b, db, 10_000)
	b.ResetTimer()
	for b.Loop() {
		lines, err := db.PriorLines()
		if err != nil || len(lines) != 10_000 {
			b.Fatalf("%d lines, %v", len(lines), err)
		}
	}
}

// trackerScreen is how many rows the tracker shows on a tall terminal.
const trackerScreen = 50

// BenchmarkTrackerFirstScreen reads what the tracker's first frame shows
// of a 1,000,000-message log, through the attention index: the counts by
// status, the first screen of rows in attention order, and one
// recruiter's 14-day health. Compare BenchmarkTrackerSortAll, the sort it
// replaces; the budget for the whole first table is 200 ms.
func BenchmarkTrackerFirstScreen(b *testing.B) {
	db := openBig(b)
	for b.Loop() {
		if _, err := db.Dict(); err != nil {
			b.Fatal(err)
		}
		counts, err := db.StatusCounts(benchNow)
		if err != nil || counts[0] != benchMessages {
			b.Fatalf("counts %v, %v", counts, err)
		}
		page, err := db.Attention(benchNow, 0, outreach.AttentionKey{}, trackerScreen)
		if err != nil || len(page) != trackerScreen {
			b.Fatalf("%d rows, %v", len(page), err)
		}
		var recent []outreach.Fact
		err = db.FactsSince("Jordan Blake", benchNow.Add(-outreach.HealthPeriod), func(f outreach.Fact) bool {
			recent = append(recent, f)
			return true
		})
		if err != nil {
			b.Fatal(err)
		}
		_ = outreach.Health(slices.Values(recent), benchNow)
	}
}

// BenchmarkTrackerNextScreen reads the screen after the 10,000th row, as
// the cursor moving down asks for it.
func BenchmarkTrackerNextScreen(b *testing.B) {
	db := openBig(b)
	page, err := db.Attention(benchNow, 0, outreach.AttentionKey{}, 10_000)
	if err != nil || len(page) != 10_000 {
		b.Fatalf("%d rows, %v", len(page), err)
	}
	after := page[len(page)-1].AttentionKey(benchNow)
	for b.Loop() {
		next, err := db.Attention(benchNow, 0, after, trackerScreen)
		if err != nil || len(next) != trackerScreen {
			b.Fatalf("%d rows, %v", len(next), err)
		}
	}
}

// BenchmarkTrackerSortAll is the tracker's first table before the
// attention index: every fact record's status and key, sorted.
func BenchmarkTrackerSortAll(b *testing.B) {
	db := openBig(b)
	for b.Loop() {
		keys := make([]outreach.AttentionKey, 0, benchMessages)
		err := db.ForEachFact(func(f outreach.Fact) bool {
			keys = append(keys, f.AttentionKey(benchNow))
			return true
		})
		if err != nil {
			b.Fatal(err)
		}
		slices.SortFunc(keys, outreach.CompareAttention)
	}
}

// BenchmarkCreditsOneRecruiter is the status bar's credits: one
// recruiter's ledger from the recruiter index (a sixth of the log here),
// against BenchmarkCreditsScan, the scan of every fact it replaces.
func BenchmarkCreditsOneRecruiter(b *testing.B) {
	benchCredits(b, func(db *DB, fn func(outreach.Fact) bool) error {
		return db.FactsSince("Jordan Blake", time.Time{}, fn)
	})
}

// BenchmarkCreditsScan: see BenchmarkCreditsOneRecruiter.
func BenchmarkCreditsScan(b *testing.B) {
	benchCredits(b, func(db *DB, fn func(outreach.Fact) bool) error {
		dict, err := db.Dict()
		if err != nil {
			return err
		}
		code, _ := dict.Recruiters.Code("Jordan Blake")
		return db.ForEachFact(func(f outreach.Fact) bool { return f.Recruiter != code || fn(f) })
	})
}

func benchCredits(b *testing.B, facts func(*DB, func(outreach.Fact) bool) error) {
	db := openBig(b)
	seat := outreach.PresetRecruiter.Seat()
	for b.Loop() {
		var ferr error
		months := outreach.Ledger(seat, benchNow.AddDate(-3, 0, 0), outreach.Anchor{}, func(yield func(outreach.Fact) bool) { ferr = facts(db, yield) }, benchNow)
		if ferr != nil || len(months) < 20 {
			b.Fatalf("%d months, %v", len(months), ferr)
		}
	}
}

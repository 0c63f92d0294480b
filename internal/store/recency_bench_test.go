package store

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
)

// benchCandidates is the number of candidates of the 1,000,000-message
// demo.
const benchCandidates = 577_583

var (
	candOnce sync.Once
	candDB   *DB
	candErr  error
)

// candidateStore is a store of benchCandidates candidates, bulk-loaded
// once per test binary into a temporary folder.
func candidateStore(b *testing.B) *DB {
	b.Helper()
	candOnce.Do(func() {
		dir, err := mkBenchDir()
		if err != nil {
			candErr = err
			return
		}
		now := time.Date(2026, 12, 1, 9, 0, 0, 0, time.UTC)
		candDB, candErr = Open(filepath.Join(dir, "candidates.db"), Options{Now: func() time.Time { return now }})
		if candErr != nil {
			return
		}
		candErr = candDB.BulkLoadBatches(func(yield func(Batch) bool) {
			for first := 0; first < benchCandidates; first += 50_000 {
				cs := make([]outreach.Candidate, min(50_000, benchCandidates-first))
				for i := range cs {
					n := first + i
					at := now.Add(-time.Duration(n) * time.Minute)
					cs[i] = outreach.Candidate{ID: fmt.Sprintf("inmail:%d", n), AddedAt: at, UpdatedAt: at, Profile: profile.Profile{
						ID: fmt.Sprintf("inmail:%d", n), Name: fmt.Sprintf("Person %d", n), Headline: "Senior Associate at Harlow & Pierce",
						Title: "Senior Associate, M&A", Company: "Harlow & Pierce LLP", Location: "London", Seniority: "senior-associate",
						About: benchBody}}
				}
				if !yield(Batch{Candidates: cs}) {
					return
				}
			}
		})
	})
	if candErr != nil {
		b.Fatal(candErr)
	}
	return candDB
}

// mkBenchDir is a temporary folder removed at the end of the test binary.
func mkBenchDir() (string, error) {
	if bigDir == "" {
		dir, err := os.MkdirTemp("", "inmail-bench-")
		if err != nil {
			return "", err
		}
		bigDir = dir
	}
	return bigDir, nil
}

// BenchmarkCandidateFirstPage reads the candidate list's first page (300)
// and the count from the recency index.
func BenchmarkCandidateFirstPage(b *testing.B) {
	db := candidateStore(b)
	for b.Loop() {
		page, n, err := db.CandidatePage(outreach.CandidateCursor{}, 300)
		if err != nil || len(page) != 300 || n != benchCandidates {
			b.Fatalf("%d of %d, %v", len(page), n, err)
		}
	}
}

// BenchmarkCandidateScanAll is what the list read before the index: every
// candidate's summary out of their records, sorted.
func BenchmarkCandidateScanAll(b *testing.B) {
	db := candidateStore(b)
	for b.Loop() {
		if err := db.view(func(tx *bolt.Tx) error {
			all, err := db.scanSummaries(tx)
			if err == nil && len(all) != benchCandidates {
				err = fmt.Errorf("%d summaries", len(all))
			}
			return err
		}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkSearchCandidatesAll is a filter that matches one candidate
// near the end: the whole index read.
func BenchmarkSearchCandidatesAll(b *testing.B) {
	db := candidateStore(b)
	for b.Loop() {
		got, _, err := db.SearchCandidates(context.Background(), "person 577000", nil, outreach.CandidateCursor{}, 300)
		if err != nil || len(got) != 1 {
			b.Fatalf("%d found, %v", len(got), err)
		}
	}
}

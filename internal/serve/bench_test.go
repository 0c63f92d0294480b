package serve_test

import (
	"fmt"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkSendsOverSSH measures what one server carries: 20 recruiters
// each send in their own SSH session at the same time, through the OpenSSH
// client (a new connection, key exchange and authentication for every
// send, as `ssh HOST send ...` does), and it reports sends per second.
//
//	go test -run '^$' -bench SendsOverSSH -benchtime 200x ./internal/serve
func BenchmarkSendsOverSSH(b *testing.B) {
	const sessions = 20
	people := map[string]string{"Lee Park": "lead"}
	names := make([]string, sessions)
	for i := range names {
		names[i] = fmt.Sprintf("Recruiter %02d", i+1)
		people[names[i]] = "recruiter"
	}
	tm := newTeam(b, people, "--sessions", "64")
	var next atomic.Int64
	var failed atomic.Int64
	b.ResetTimer()
	start := time.Now()
	var wg sync.WaitGroup
	for s := range sessions {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= b.N {
					return
				}
				_, line := candidate(i)
				if _, errOut, code := tm.send(names[s], i, line); code != 0 {
					failed.Add(1)
					b.Logf("send %d: exit %d: %s", i, code, errOut)
				}
			}
		})
	}
	wg.Wait()
	took := time.Since(start)
	b.StopTimer()
	if failed.Load() > 0 {
		b.Fatalf("%d of %d sends failed", failed.Load(), b.N)
	}
	b.ReportMetric(float64(b.N)/took.Seconds(), "sends/s")
}

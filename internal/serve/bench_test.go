package serve_test

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// BenchmarkSendsOverSSH measures what one server carries: 20 recruiters
// each send in their own SSH session at the same time, through the OpenSSH
// client (a new connection, key exchange and authentication for every
// send, as `ssh HOST send ...` does), on a new log and on logs that
// already hold 1,000 and 100,000 messages (inmail demo's), and it reports
// sends per second.
//
//	go test -run '^$' -bench SendsOverSSH -benchtime 200x ./internal/serve
func BenchmarkSendsOverSSH(b *testing.B) {
	for _, size := range []int{0, 1_000, 100_000} {
		b.Run("log="+strconv.Itoa(size), func(b *testing.B) { benchSends(b, size) })
	}
}

func benchSends(b *testing.B, history int) {
	const sessions = 20
	people := map[string]string{"Lee Park": "lead"}
	names := make([]string, sessions)
	for i := range names {
		names[i] = fmt.Sprintf("Recruiter %02d", i+1)
		people[names[i]] = "recruiter"
	}
	tm := newTeamOn(b, demoLog(b, history), people, "--sessions", "64")
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

var (
	demoMu   sync.Mutex
	demoLogs = map[int]string{}
)

// demoLog is a log of n messages made by inmail demo, made once per run
// of the benchmarks ("" for none).
func demoLog(b *testing.B, n int) string {
	b.Helper()
	if n == 0 {
		return ""
	}
	demoMu.Lock()
	defer demoMu.Unlock()
	if path, ok := demoLogs[n]; ok {
		return path
	}
	dir, err := os.MkdirTemp("", "inmail-bench-")
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "demo.db")
	cmd := exec.Command(inmailBinary(b), "demo", "--db", path, "--messages", strconv.Itoa(n), "--seed", "1")
	cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+dir, "XDG_DATA_HOME="+dir, "INMAIL_DB=", "INMAIL_TEMPLATES=")
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("inmail demo: %v\n%s", err, out)
	}
	demoLogs[n] = path
	return path
}

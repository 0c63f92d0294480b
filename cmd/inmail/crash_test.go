//go:build unix

package main

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/store"
)

// crashProfile and crashLine pass the send gate for the built-in
// senior-associate/lateral-move template.
const (
	crashProfile = `{"id": "https://www.linkedin.com/in/priya-raman-sample/", "name": "Priya Raman",
 "headline": "Senior Associate, M&A", "title": "Senior Associate", "company": "Harlow & Pierce LLP",
 "location": "London", "skills": ["Mergers & Acquisitions", "Private Equity"],
 "experience": [{"title": "Senior Associate", "company": "Harlow & Pierce LLP", "start": "2019", "end": "present",
   "description": "Represented Castell Pharma in its $2.1 billion acquisition of Norvane Therapeutics."}],
 "education": [{"school": "University of Edinburgh", "degree": "LLB", "year": 2016}]}`
	crashLine   = "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal my client leads."
	crashConfig = "recruiter: Jordan Blake\nsender:\n  name: Jordan Blake\nseat:\n  preset: custom\n  monthly: 100000\nteam:\n  recontact_days: 0\n"
)

// logged is inmail send's acknowledgement.
var logged = regexp.MustCompile(`(?m)^Logged message (\d+):`)

// TestCrash is the crash test: it builds inmail, runs `inmail send` again
// and again as a process of its own, SIGKILLs it at random moments (about
// 50 times; INMAIL_CRASH_KILLS sets another number), and checks that every
// send a process acknowledged ("Logged message N") is in the log with what
// it sent, that the file passes bbolt's check and inmail doctor's, and
// that creations killed halfway leave no temporary file once the folder's
// database is opened again.
func TestCrash(t *testing.T) {
	if testing.Short() {
		t.Skip("builds inmail and runs it many times")
	}
	kills := 50
	if s := os.Getenv("INMAIL_CRASH_KILLS"); s != "" {
		n, err := strconv.Atoi(s)
		if err != nil || n < 1 {
			t.Fatalf("INMAIL_CRASH_KILLS=%q: give a number of kills", s)
		}
		kills = n
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "inmail")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("build inmail: %v\n%s", err, out)
	}
	cfg := filepath.Join(dir, "config")
	write(t, filepath.Join(cfg, "inmail", "config.yaml"), crashConfig)
	profile := filepath.Join(dir, "priya.json")
	write(t, profile, crashProfile)
	db := filepath.Join(dir, "log", "inmail.db")
	fresh := filepath.Join(dir, "fresh")
	if err := os.MkdirAll(fresh, 0o700); err != nil {
		t.Fatal(err)
	}

	// send runs one send of hook n to path, killed after delay (0: not
	// killed), and returns what it printed and whether the kill came first.
	send := func(path string, n int, delay time.Duration) (string, bool) {
		cmd := exec.Command(bin, "--db", path, "send", "--profile", profile, "--template", "senior-associate/lateral-move",
			"--role", "Counsel", "--client", "a top-10 firm", "--hook", fmt.Sprintf("Hook %d.", n),
			"--personalization", crashLine, "--no-clipboard")
		cmd.Env = append(os.Environ(), "XDG_CONFIG_HOME="+cfg, "XDG_DATA_HOME="+dir)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		if delay > 0 {
			timer := time.AfterFunc(delay, func() { _ = cmd.Process.Signal(syscall.SIGKILL) })
			defer timer.Stop()
		}
		err := cmd.Wait()
		var exit *exec.ExitError
		killed := errors.As(err, &exit) && exit.Sys().(syscall.WaitStatus).Signaled()
		if err != nil && !killed {
			t.Fatalf("send %d: %v\n%s", n, err, out.String())
		}
		return out.String(), killed
	}

	// How long a send takes here, so the kills fall across it.
	start := time.Now()
	for n := range 3 {
		send(db, n, 0)
	}
	took := time.Since(start) / 3
	acked := map[int]int{} // message id: hook
	for n := range 3 {
		acked[n+1] = n
	}

	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 12))
	deadline := time.Now().Add(max(25*time.Second, time.Duration(kills)*took*3))
	killed, runs, creations := 0, 0, 0
	for n := 3; killed < kills && time.Now().Before(deadline); n++ {
		runs++
		delay := time.Duration(rng.Int64N(int64(took*3/2))) + time.Microsecond
		path := db
		if n%8 == 0 {
			// A new database each time: a kill may land in its creation.
			path = filepath.Join(fresh, fmt.Sprintf("new-%d.db", n))
			delay = time.Duration(rng.Int64N(int64(took/2))) + time.Microsecond
			creations++
		}
		out, k := send(path, n, delay)
		if k {
			killed++
		}
		if m := logged.FindStringSubmatch(out); m != nil && path == db {
			id, _ := strconv.Atoi(m[1])
			acked[id] = n
		}
	}
	if killed < kills {
		t.Errorf("only %d of %d kills landed in %d runs before the deadline", killed, kills, runs)
	}

	// Every acknowledged send is in the log, as sent.
	s, err := store.Open(db, store.Options{ReadOnly: true})
	if err != nil {
		t.Fatalf("open the log after the kills: %v", err)
	}
	for id, n := range acked {
		m, err := s.Message(uint64(id))
		if err != nil || m.Hook != fmt.Sprintf("Hook %d.", n) {
			t.Errorf("acknowledged message %d (hook %d): %q, %v", id, n, m.Hook, err)
		}
	}
	s.Close()
	r, err := store.Check(db, time.Second)
	if err != nil || !r.OK() || !r.BoltChecked {
		t.Errorf("the log after %d kills: %v; problems %v; undecodable %v; bbolt's check ran: %v", killed, err, r.Problems, r.Undecodable, r.BoltChecked)
	}
	// The killed creations' temporary files go at the next open there.
	leftovers, _ := filepath.Glob(filepath.Join(fresh, ".inmail-new-*"))
	if s, err := store.Open(filepath.Join(fresh, "after.db"), store.Options{}); err != nil {
		t.Fatal(err)
	} else {
		s.Close()
	}
	if left, _ := filepath.Glob(filepath.Join(fresh, ".inmail-new-*")); len(left) > 0 {
		t.Errorf("temporary files left after the next open: %v", left)
	}
	t.Logf("%d runs, %d killed (%d runs creating a database, %d temporary files left and removed), %d sends acknowledged, all in the log; a send took about %s",
		runs, killed, creations, len(leftovers), len(acked), took.Round(time.Millisecond))
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

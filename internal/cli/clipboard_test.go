//go:build unix

package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/clipboard/cliptest"
	"github.com/inmail/inmail/internal/store"
)

// TestSendReleasesTheDatabaseBeforeCopying is issue 12's finding: a
// clipboard tool that hangs held the database for 3 s after the commit and
// was left running. Now the message is committed and the file let go
// before the tool runs; the tool gets clipboard.SystemTimeout and is
// killed with what it started.
func TestSendReleasesTheDatabaseBeforeCopying(t *testing.T) {
	a, _ := sendTestApp(t)
	a.Copier = &clipboard.Copier{System: clipboard.SystemClipboard}
	out := t.TempDir()
	bin := t.TempDir()
	writeFile(t, filepath.Join(bin, "xclip"), `#!/bin/sh
sleep 30 &
echo $! > "`+out+`/child"
echo $$ > "`+out+`/pid"
wait
`)
	if err := os.Chmod(filepath.Join(bin, "xclip"), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+":"+os.Getenv("PATH"))
	t.Setenv("WAYLAND_DISPLAY", "")

	type result struct {
		code           int
		stdout, stderr string
	}
	done := make(chan result, 1)
	start := time.Now()
	go func() {
		var o, e bytes.Buffer
		code := Execute(context.Background(), a, sendPriya("--personalization", sendLine), &o, &e)
		done <- result{code, o.String(), e.String()}
	}()
	pid := waitPID(t, filepath.Join(out, "pid"), done)
	// The tool is running: the database must be free and hold the message.
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now, Timeout: 100 * time.Millisecond})
	if err != nil {
		t.Fatalf("the database is held while the clipboard tool runs: %v", err)
	}
	m, err := db.Message(1)
	db.Close()
	if err != nil || m.Candidate.Name != "Priya Raman" {
		t.Fatalf("the message is not committed before the copy: %v", err)
	}
	r := <-done
	took := time.Since(start)
	if r.code != ExitOK || !strings.Contains(r.stdout, "Logged message 1") ||
		!strings.Contains(r.stderr, "did not answer within 2s") || !strings.Contains(r.stderr, "inmail log copy 1") {
		t.Errorf("code %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if took > clipboard.SystemTimeout+2*time.Second {
		t.Errorf("send took %s with a hanging clipboard tool", took)
	}
	child, _ := strconv.Atoi(strings.TrimSpace(readString(t, filepath.Join(out, "child"))))
	for _, p := range []int{pid, child} {
		if !cliptest.Ended(p, 2*time.Second) {
			t.Errorf("process %d of the clipboard tool is still running after send", p)
		}
	}
}

// waitPID waits for the fake tool to write its pid, failing if the
// command ends first.
func waitPID[T any](t *testing.T, path string, done chan T) int {
	t.Helper()
	for range 1000 {
		if b, err := os.ReadFile(path); err == nil && bytes.HasSuffix(b, []byte("\n")) {
			pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			return pid
		}
		select {
		case r := <-done:
			t.Fatalf("the command ended before the clipboard tool ran: %+v", r)
		case <-time.After(10 * time.Millisecond):
		}
	}
	t.Fatal("the clipboard tool never ran")
	return 0
}

func readString(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

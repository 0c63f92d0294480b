package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestExitStatuses runs one command per row of the exit table and checks
// the status and the one sentence on standard error.
func TestExitStatuses(t *testing.T) {
	sent := testNow.Add(-48 * time.Hour)

	t.Run("bad input from Cobra's parsing", func(t *testing.T) {
		for _, args := range [][]string{{"log", "--no-such-flag"}, {"outcome"}, {"log", "show"}, {"templatez"}} {
			if _, errOut, code := runCLI(t, newTestApp(t), args...); code != ExitBadInput || errOut == "" {
				t.Errorf("%v: code %d, stderr %q; want %d with a reason", args, code, errOut, ExitBadInput)
			}
		}
	})

	t.Run("busy: another inmail holds the database", func(t *testing.T) {
		a := newTestApp(t)
		writeFile(t, a.ConfigPath, sendConfig)
		logSends(t, a, inmailTo("Priya Raman", "linkedin.com/in/priya", sent))
		db := openTestDB(t, a) // holds the write lock
		defer db.Close()
		a.LockTimeout = 20 * time.Millisecond
		for _, args := range dbCommands() {
			_, errOut, code := runCLI(t, a, args...)
			if code != ExitBusy || !strings.Contains(errOut, "in use by another inmail") {
				t.Errorf("%v: code %d, stderr %q; want %d, in use", args, code, errOut, ExitBusy)
			}
		}
	})

	// Issue 12: report on a missing database exited 2 where log exits 0.
	t.Run("no database yet: reading is an empty log, and nothing is made", func(t *testing.T) {
		for _, args := range [][]string{{"log"}, {"log", "--json"}, {"report"}, {"report", "--format", "json"}, {"export"},
			{"export", "--format", "jsonl"}, {"credits"}, {"candidates", "list"}, {"import", "linkedin", "testdata/import/messages.csv"}} {
			a := newTestApp(t)
			writeFile(t, a.ConfigPath, sendConfig)
			out, errOut, code := runCLI(t, a, args...)
			if code != ExitOK || errOut != "" || out == "" && args[len(args)-1] != "jsonl" {
				t.Errorf("%v: code %d, stdout %q, stderr %q; want %d and an empty answer", args, code, out, errOut, ExitOK)
			}
			if _, err := os.Stat(a.DBPath); err == nil {
				t.Errorf("%v made the database", args)
			}
		}
		for _, args := range [][]string{{"log", "show", "1"}, {"outcome", "1", "replied"}, {"candidates", "remove", "Priya"},
			{"report", "compare", "a/b", "c/d"}, {"report", "--template", "a/b"}} {
			a := newTestApp(t)
			_, errOut, code := runCLI(t, a, args...)
			if code != ExitBadInput || errOut == "" {
				t.Errorf("%v: code %d, stderr %q; want %d and why", args, code, errOut, ExitBadInput)
			}
			if _, err := os.Stat(a.DBPath); err == nil {
				t.Errorf("%v made the database", args)
			}
		}
	})

	t.Run("damaged database", func(t *testing.T) {
		a := newTestApp(t)
		logSends(t, a, inmailTo("Priya Raman", "linkedin.com/in/priya", sent))
		b, err := os.ReadFile(a.DBPath)
		if err != nil {
			t.Fatal(err)
		}
		clear(b[2*4096:])
		if err := os.WriteFile(a.DBPath, b, 0o600); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"log"}, {"report"}} {
			_, errOut, code := runCLI(t, a, args...)
			if code != ExitDamaged || !strings.Contains(errOut, "is damaged") {
				t.Errorf("%v: code %d, stderr %q; want %d, damaged", args, code, errOut, ExitDamaged)
			}
		}
	})

	t.Run("failed: the database cannot be created", func(t *testing.T) {
		a := newTestApp(t)
		blocker := filepath.Join(t.TempDir(), "a-file")
		writeFile(t, blocker, "not a folder")
		a.DBPath = filepath.Join(blocker, "inmail.db")
		writeFile(t, filepath.Join(a.ConfigDir, "config.yaml"), sendConfig)
		_, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--no-clipboard")...)
		if code != ExitFailed || !strings.Contains(errOut, "not a directory") {
			t.Errorf("send: code %d, stderr %q; want %d naming the folder", code, errOut, ExitFailed)
		}
	})

	t.Run("failed: the disk is full", func(t *testing.T) {
		a := newTestApp(t)
		logSends(t, a, inmailTo("Priya Raman", "linkedin.com/in/priya", sent))
		for _, args := range [][]string{{"export"}, {"log", "--json"}, {"report", "--format", "csv"}} {
			var errOut bytes.Buffer
			code := Execute(context.Background(), a, args, fullDisk{}, &errOut)
			if code != ExitFailed || !strings.Contains(errOut.String(), "no space left") {
				t.Errorf("%v to a full disk: code %d, stderr %q; want %d", args, code, errOut.String(), ExitFailed)
			}
		}
	})
}

// dbCommands are command lines of every command that opens the log.
func dbCommands() [][]string {
	return [][]string{{"log"}, {"log", "--json"}, {"log", "show", "1"}, {"log", "copy", "1"}, {"report"},
		{"report", "compare", "a/b", "c/d"}, {"export"}, {"credits"}, {"candidates", "list"}, {"candidates", "show", "x"},
		{"candidates", "remove", "x"}, {"candidates", "import", "testdata/candidates/people.csv"}, {"outcome", "1", "replied"},
		{"import", "linkedin", "testdata/import/messages.csv"}, sendPriya("--personalization", sendLine, "--no-clipboard"),
		{"credits", "set", "10"}, {"doctor"}, {"doctor", "--salvage", "/nonexistent/x.db"}}
}

// fullDisk is standard output on a full disk.
type fullDisk struct{}

func (fullDisk) Write([]byte) (int, error) {
	return 0, &os.PathError{Op: "write", Path: "/dev/stdout", Err: syscall.ENOSPC}
}

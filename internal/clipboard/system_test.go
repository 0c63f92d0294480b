//go:build unix

package clipboard

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/clipboard/cliptest"
)

// fakeUtility puts an executable script named name in a folder of its own
// and returns the folder, for PATH.
func fakeUtility(t *testing.T, name, script string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, name), []byte("#!/bin/sh\n"+script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// readPID waits for a script to write its pid to path.
func readPID(t *testing.T, path string) int {
	t.Helper()
	for range 200 {
		if b, err := os.ReadFile(path); err == nil && strings.HasSuffix(string(b), "\n") {
			pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
			if err != nil {
				t.Fatal(err)
			}
			return pid
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("%s was never written", path)
	return 0
}

// TestUtilityHangs is issue 12's finding: a clipboard tool that never
// answers is given up after the timeout, and killed with the process it
// started.
func TestUtilityHangs(t *testing.T) {
	out := t.TempDir()
	dir := fakeUtility(t, "xclip", `echo $$ > "`+out+`/pid"
sleep 30 &
echo $! > "`+out+`/child"
wait
`)
	t.Setenv("PATH", dir+":"+os.Getenv("PATH"))
	start := time.Now()
	err := systemCopy("text", func(string) string { return "" }, 300*time.Millisecond)
	took := time.Since(start)
	if err == nil || !strings.Contains(err.Error(), "did not answer within 300ms") {
		t.Fatalf("err = %v, want did not answer", err)
	}
	if took > 2*time.Second {
		t.Errorf("the copy took %s with a 300ms timeout", took)
	}
	for _, f := range []string{"pid", "child"} {
		pid := readPID(t, filepath.Join(out, f))
		if !cliptest.Ended(pid, 2*time.Second) {
			t.Errorf("the utility's %s (%d) is still running", f, pid)
		}
	}
}

// TestUtilityCopies: the text reaches the utility's standard input, and
// one that forks a selection server (as xclip does) is not waited for.
func TestUtilityCopies(t *testing.T) {
	out := t.TempDir()
	dir := fakeUtility(t, "xclip", `cat > "`+out+`/got"
[ "$*" = "-in -selection clipboard" ] || exit 3
sleep 5 > /dev/null 2>&1 &
echo $! > "`+out+`/server"
`)
	t.Setenv("PATH", dir+":"+os.Getenv("PATH"))
	start := time.Now()
	if err := systemCopy("Subject\n\nBody · é", func(string) string { return "" }, 3*time.Second); err != nil {
		t.Fatal(err)
	}
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("the copy waited %s for the forked server", took)
	}
	got, _ := os.ReadFile(filepath.Join(out, "got"))
	if string(got) != "Subject\n\nBody · é" {
		t.Errorf("the utility got %q", got)
	}
	server := readPID(t, filepath.Join(out, "server"))
	if cliptest.Gone(server) {
		t.Error("the forked selection server was killed")
	}
	syscall.Kill(server, syscall.SIGKILL)
}

// TestUtilityFails and TestNoUtility: the error says what happened.
func TestUtilityFails(t *testing.T) {
	t.Setenv("PATH", fakeUtility(t, "xsel", "exit 1\n"))
	err := systemCopy("text", func(string) string { return "" }, time.Second)
	if err == nil || !strings.Contains(err.Error(), "xsel failed") {
		t.Errorf("err = %v", err)
	}
	t.Setenv("PATH", t.TempDir())
	if err := systemCopy("text", func(string) string { return "" }, time.Second); err != ErrNoUtility {
		t.Errorf("no utility: err = %v", err)
	}
}

// TestWaylandFirst: under Wayland wl-copy is tried before xclip.
func TestWaylandFirst(t *testing.T) {
	if us := unixUtilities(func(k string) string { return map[string]string{"WAYLAND_DISPLAY": "wayland-0"}[k] }); us[0].name != "wl-copy" {
		t.Errorf("utilities under Wayland: %v", us)
	}
	if us := unixUtilities(func(string) string { return "" }); us[0].name != "xclip" {
		t.Errorf("utilities under X: %v", us)
	}
}

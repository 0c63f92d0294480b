package cli

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/owner"
	"github.com/inmail/inmail/internal/store"
)

// TestOwnerRunsAHandedOverCommand: while one process holds the log, a
// command handed over the owner socket runs there, on the held log, as
// the client's user (their config), with relative file names taken in the
// client's folder and the output on the client's own streams.
func TestOwnerRunsAHandedOverCommand(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("the owner socket checks the peer's uid with SO_PEERCRED, on Linux")
	}
	a, _ := sendTestApp(t)
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	l, err := a.listenOwner(app.HeldStore{DB: db})
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	if fi, err := os.Stat(owner.Path(a.DBPath)); err != nil || fi.Mode().Perm() != 0o600 || fi.Mode()&os.ModeSocket == 0 {
		t.Fatalf("the owner socket: %v, %v", fi, err)
	}
	if _, err := owner.Listen(owner.Path(a.DBPath), nil); err == nil {
		t.Error("a second owner took over a socket that answers")
	}

	dir := t.TempDir()
	stdout, stderr := filepath.Join(dir, "out"), filepath.Join(dir, "err")
	run := func(args ...string) (string, string, int) {
		t.Helper()
		in, _ := os.Open(os.DevNull)
		out, _ := os.Create(stdout)
		errf, _ := os.Create(stderr)
		defer in.Close()
		defer out.Close()
		defer errf.Close()
		cwd, _ := filepath.Abs("testdata/send")
		env := []string{"XDG_CONFIG_HOME=" + filepath.Dir(a.ConfigDir), "HOME=" + dir}
		code, ok, err := owner.Run(context.Background(), owner.Path(a.DBPath), owner.Request{Args: args, Env: env, Dir: cwd}, in, out, errf)
		if !ok || err != nil {
			t.Fatalf("no owner answered: %v", err)
		}
		o, _ := os.ReadFile(stdout)
		e, _ := os.ReadFile(stderr)
		return string(o), string(e), code
	}
	// Relative to the client's folder, not the owner's.
	out, errOut, code := run("--config", a.ConfigPath, "send", "--profile", "priya.json", "--template", "senior-associate/lateral-move",
		"--personalization", sendLine, "--no-clipboard")
	if code != ExitOK || !strings.Contains(out, "Logged message 1") || !strings.Contains(out, "Jordan Blake") {
		t.Fatalf("send through the owner: exit %d\n%s%s", code, out, errOut)
	}
	if ms, err := db.Messages(outreach.Filter{}); err != nil || len(ms) != 1 || ms[0].Recruiter != "Jordan Blake" {
		t.Errorf("the held log after the send: %+v, %v", ms, err)
	}
	if _, errOut, code := run("log", "show", "9"); code != ExitBadInput || !strings.Contains(errOut, "no message 9") {
		t.Errorf("an error's status and words come back: exit %d, %s", code, errOut)
	}
}

package serve_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

var people = map[string]string{"Lee Park": "lead", "Sam Reyes": "recruiter", "Jo Kim": "recruiter"}

// TestTeamOverSSH drives one server with the OpenSSH client: a lead and
// two recruiters, an outsider, the reuse and contact rules, files on
// standard input, and a local command through the owner socket.
func TestTeamOverSSH(t *testing.T) {
	tm := newTeam(t, people)

	t.Run("an unknown key is refused with its fingerprint", func(t *testing.T) {
		// At the default log level, as people run ssh: the refusal is a
		// banner, which LogLevel=ERROR would hide.
		cmd := exec.Command("ssh", append(tm.sshArgs("Outsider"), "log")...)
		var errBuf strings.Builder
		cmd.Stderr = &errBuf
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		errOut := errBuf.String()
		if err == nil {
			t.Fatal("the outsider got in")
		}
		want := fingerprint(t, tm.keys["Outsider"]+".pub")
		if code != 255 || !strings.Contains(errOut, "key "+want+" is not on the team") {
			t.Errorf("exit %d, stderr %q; want a refusal naming %s", code, errOut, want)
		}
	})

	_, samLine := candidate(0)
	t.Run("a recruiter's send is theirs", func(t *testing.T) {
		out, errOut, code := tm.send("Sam Reyes", 0, samLine)
		if code != 0 || !strings.Contains(out, "Logged message 1: InMail to") || !strings.Contains(out, "\nSam Reyes") {
			t.Fatalf("Sam's send: exit %d\n%s%s", code, out, errOut)
		}
		out, _, code = tm.ssh("Jo Kim", nil, "log", "--json")
		if code != 0 || strings.TrimSpace(out) != "[]" {
			t.Errorf("Jo's log holds someone else's message: exit %d, %s", code, out)
		}
		if _, errOut, code := tm.ssh("Jo Kim", nil, "log", "show", "1"); code != 1 || !strings.Contains(errOut, "sent by Sam Reyes") {
			t.Errorf("Jo reading Sam's message: exit %d, %s", code, errOut)
		}
		out, _, code = tm.ssh("Lee Park", nil, "report", "--by", "recruiter", "--format", "csv")
		if code != 0 || !strings.Contains(out, "\nSam Reyes,1,") {
			t.Errorf("the lead's report by recruiter: exit %d\n%s", code, out)
		}
		if _, errOut, code := tm.ssh("Jo Kim", nil, "report", "--by", "recruiter"); code != 1 || !strings.Contains(errOut, "for leads") {
			t.Errorf("a recruiter's report by recruiter: exit %d, %s", code, errOut)
		}
		if _, errOut, code := tm.ssh("Lee Park", nil, "outcome", "1", "replied"); code != 1 || !strings.Contains(errOut, "read-only") && !strings.Contains(errOut, "only on their own") {
			t.Errorf("the lead recording Sam's outcome: exit %d, %s", code, errOut)
		}
	})

	t.Run("a line a colleague sent is refused", func(t *testing.T) {
		out, errOut, code := tm.send("Jo Kim", 1, samLine)
		if code != 1 || !strings.Contains(errOut, "Not sent") || !strings.Contains(errOut, "already sent") {
			t.Errorf("Jo reusing Sam's line: exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("a recontact needs a reason, which is logged", func(t *testing.T) {
		// Jo's own line about candidate 0's matter.
		_, line0 := candidate(0)
		joLine := strings.Replace(line0, "Your work on", "What you did on", 1)
		joLine = strings.Replace(joLine, "is exactly the", "shows just the kind of", 1)
		_, errOut, code := tm.send("Jo Kim", 0, joLine)
		if code != 1 || !strings.Contains(errOut, "Sam Reyes messaged") || !strings.Contains(errOut, "--recontact") {
			t.Fatalf("Jo to Sam's candidate without a reason: exit %d\n%s", code, errOut)
		}
		out, errOut, code := tm.send("Jo Kim", 0, joLine, "--recontact", "Sam is on leave; the client asked me to follow up")
		if code != 0 || !strings.Contains(out, "Logged message 2") {
			t.Fatalf("with a reason: exit %d\n%s%s", code, out, errOut)
		}
		out, _, code = tm.ssh("Lee Park", nil, "log", "show", "2")
		if code != 0 || !strings.Contains(out, "Messaged again because: Sam is on leave; the client asked me to follow up") {
			t.Errorf("the lead's view of message 2: exit %d\n%s", code, out)
		}
	})

	t.Run("files come on standard input only", func(t *testing.T) {
		_, errOut, code := tm.ssh("Sam Reyes", nil, "send", "--profile", "/etc/passwd", "--template", "x", "--personalization", "y")
		if code != 2 || !strings.Contains(errOut, "files come on standard input") {
			t.Errorf("--profile /etc/passwd: exit %d, %s", code, errOut)
		}
		for _, args := range [][]string{{"--db", "/tmp/other.db", "log"}, {"--templates", "/etc", "templates", "list"}, {"demo", "--db", "-"}} {
			if _, errOut, code := tm.ssh("Lee Park", nil, args...); code != 2 {
				t.Errorf("%v: exit %d, %s", args, code, errOut)
			}
		}
	})

	t.Run("a local command runs through the server", func(t *testing.T) {
		out, code := tm.local(nil, "log", "--json")
		var es []struct{ Recruiter string }
		if code != 0 || json.Unmarshal([]byte(out), &es) != nil || len(es) != 2 {
			t.Errorf("local log while the server holds the log: exit %d\n%s", code, out)
		}
		if fi, err := os.Stat(tm.db + ".sock"); err != nil || fi.Mode().Perm() != 0o600 {
			t.Errorf("the owner socket: %v, %v", fi, err)
		}
	})

	t.Run("an admin adds people over SSH", func(t *testing.T) {
		if out, code := tm.local(nil, "team", "role", "Lee Park", "admin"); code != 0 {
			t.Fatalf("team role, locally through the server: exit %d, %s", code, out)
		}
		pub, err := os.ReadFile(tm.keys["Outsider"] + ".pub")
		if err != nil {
			t.Fatal(err)
		}
		if _, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(string(pub)), "team", "add", "Out Sider", "--key-file", "-", "--role", "recruiter"); code != 1 {
			t.Errorf("a recruiter adding people: exit %d, %s", code, errOut)
		}
		if out, errOut, code := tm.ssh("Lee Park", strings.NewReader(string(pub)), "team", "add", "Out Sider", "--key-file", "-", "--role", "recruiter"); code != 0 {
			t.Fatalf("the admin adding people: exit %d\n%s%s", code, out, errOut)
		}
		if out, _, code := tm.ssh("Outsider", nil, "credits"); code != 0 || !strings.Contains(out, "Credits · Out Sider") {
			t.Errorf("the new member: exit %d\n%s", code, out)
		}
	})
}

// TestConcurrentSends has 20 sessions send at once, ten each for two
// recruiters, and checks that every message is logged once, with its own
// id, under its sender, and that the seats count them.
func TestConcurrentSends(t *testing.T) {
	tm := newTeam(t, people, "--per-person", "10", "--sessions", "20")
	const n = 20
	var wg sync.WaitGroup
	results := make([]string, n)
	codes := make([]int, n)
	start := time.Now()
	for i := range n {
		who := "Sam Reyes"
		if i%2 == 1 {
			who = "Jo Kim"
		}
		wg.Go(func() {
			_, line := candidate(i)
			out, errOut, code := tm.send(who, i, line)
			results[i], codes[i] = out+errOut, code
		})
	}
	wg.Wait()
	took := time.Since(start)
	for i := range n {
		if codes[i] != 0 || !strings.Contains(results[i], "Logged message") {
			t.Errorf("send %d: exit %d\n%s", i, codes[i], results[i])
		}
	}
	out, _, code := tm.ssh("Lee Park", nil, "log", "--json")
	var es []struct {
		ID        uint64 `json:"id"`
		Recruiter string `json:"recruiter"`
	}
	if code != 0 || json.Unmarshal([]byte(out), &es) != nil {
		t.Fatalf("the lead's log: exit %d\n%s", code, out)
	}
	ids, by := map[uint64]bool{}, map[string]int{}
	for _, e := range es {
		ids[e.ID] = true
		by[e.Recruiter]++
	}
	if len(es) != n || len(ids) != n || by["Sam Reyes"] != n/2 || by["Jo Kim"] != n/2 {
		t.Errorf("%d messages, %d ids, by recruiter %v; want %d, each once, half each", len(es), len(ids), by, n)
	}
	for _, who := range []string{"Sam Reyes", "Jo Kim"} {
		if out, _, _ := tm.ssh(who, nil, "credits"); !strings.Contains(out, fmt.Sprintf("left          %d", 150-n/2)) {
			t.Errorf("%s's credits after %d sends:\n%s", who, n/2, out)
		}
	}
	t.Logf("%d concurrent sends over SSH in %s", n, took.Round(time.Millisecond))
}

// TestShutdownTellsTheComposer opens the composer over ssh -tt, stops the
// server with SIGTERM, and checks that the session is told and the server
// ends cleanly.
func TestShutdownTellsTheComposer(t *testing.T) {
	tm := newTeam(t, people)
	cmd := exec.Command("ssh", tm.sshArgs("Sam Reyes", "-tt", "-o", "LogLevel=ERROR")...)
	var out syncBuffer
	in, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	deadline := time.Now().Add(20 * time.Second)
	for !screenHas(out.String(), "Sam Reyes") && time.Now().Before(deadline) {
		time.Sleep(100 * time.Millisecond)
	}
	if !screenHas(out.String(), "Sam Reyes") {
		t.Fatalf("the composer did not open as Sam:\n%q", out.String())
	}
	if err := tm.stop(); err != nil {
		t.Fatalf("inmail serve after SIGTERM: %v\n%s", err, tm.out)
	}
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the ssh session did not end when the server stopped")
	}
	if !strings.Contains(out.String(), "inmail serve is stopping; your draft is saved") {
		t.Errorf("the session was not told:\n%q", out.String())
	}
}

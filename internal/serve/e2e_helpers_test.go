package serve_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
)

// The end-to-end tests build inmail, start `inmail serve` on 127.0.0.1 and
// a free port, and drive it with the OpenSSH client and throwaway keys.

var (
	buildOnce sync.Once
	binPath   string
	buildErr  error
)

// inmailBinary builds cmd/inmail once for the package's tests.
func inmailBinary(t testing.TB) string {
	t.Helper()
	buildOnce.Do(func() {
		dir, err := os.MkdirTemp("", "inmail-e2e-")
		if err != nil {
			buildErr = err
			return
		}
		binPath = filepath.Join(dir, "inmail")
		out, err := exec.Command("go", "build", "-o", binPath, "../../cmd/inmail").CombinedOutput()
		if err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return binPath
}

// needSSH skips the test, saying why, when the OpenSSH client is missing
// (.ci/run installs it).
func needSSH(t testing.TB) {
	t.Helper()
	for _, tool := range []string{"ssh", "ssh-keygen"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not found: install the OpenSSH client (apt-get install openssh-client) to run the SSH end-to-end tests", tool)
		}
	}
}

// team is a running server with people and their keys.
type team struct {
	t    testing.TB
	bin  string
	dir  string
	db   string
	env  []string
	port string
	keys map[string]string // person → private key file
	srv  *exec.Cmd
	out  *syncBuffer
	done chan error
}

// newTeam makes a folder with a config (the team's compose defaults), a
// key for each of people (and for an outsider), adds them with their
// roles, and starts the server with extra flags.
func newTeam(t testing.TB, people map[string]string, serveFlags ...string) *team {
	t.Helper()
	return newTeamOn(t, "", people, serveFlags...)
}

// newTeamOn is newTeam on a copy of the log in the file history ("": a
// new log).
func newTeamOn(t testing.TB, history string, people map[string]string, serveFlags ...string) *team {
	t.Helper()
	needSSH(t)
	tm := &team{t: t, bin: inmailBinary(t), dir: t.TempDir(), keys: map[string]string{}}
	tm.db = filepath.Join(tm.dir, "team.db")
	if history != "" {
		b, err := os.ReadFile(history)
		if err != nil {
			t.Fatal(err)
		}
		writeFile(t, tm.db, string(b))
	}
	cfg, data := filepath.Join(tm.dir, "config"), filepath.Join(tm.dir, "data")
	tm.env = append(os.Environ(), "XDG_CONFIG_HOME="+cfg, "XDG_DATA_HOME="+data, "INMAIL_DB=", "INMAIL_TEMPLATES=")
	writeFile(t, filepath.Join(cfg, "inmail", "config.yaml"),
		"defaults:\n  role: Employment Associate\n  client: Halden Employment\n  hook: Hybrid, two days in.\n")
	for _, name := range append(keysOf(people), "Outsider") {
		key := filepath.Join(tm.dir, strings.ReplaceAll(strings.ToLower(name), " ", "-"))
		if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", name, "-f", key).CombinedOutput(); err != nil {
			t.Fatalf("ssh-keygen: %v\n%s", err, out)
		}
		tm.keys[name] = key
	}
	for name, role := range people {
		if out, code := tm.local(nil, "team", "add", name, "--key-file", tm.keys[name]+".pub", "--role", role); code != 0 {
			t.Fatalf("team add %s: exit %d\n%s", name, code, out)
		}
	}
	tm.start(serveFlags...)
	return tm
}

func keysOf(m map[string]string) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	return ks
}

var listening = regexp.MustCompile(`listening on 127\.0\.0\.1:(\d+)`)

// start runs inmail serve and waits for it to listen.
func (tm *team) start(flags ...string) {
	t := tm.t
	t.Helper()
	tm.out = &syncBuffer{}
	args := append([]string{"--db", tm.db, "serve", "--listen", "127.0.0.1:0"}, flags...)
	tm.srv = exec.Command(tm.bin, args...)
	tm.srv.Env = tm.env
	tm.srv.Stdout, tm.srv.Stderr = tm.out, tm.out
	if err := tm.srv.Start(); err != nil {
		t.Fatal(err)
	}
	tm.done = make(chan error, 1)
	go func() { tm.done <- tm.srv.Wait() }()
	t.Cleanup(func() { tm.stop() })
	deadline := time.Now().Add(15 * time.Second)
	for time.Now().Before(deadline) {
		if m := listening.FindStringSubmatch(tm.out.String()); m != nil {
			tm.port = m[1]
			return
		}
		select {
		case err := <-tm.done:
			t.Fatalf("inmail serve ended: %v\n%s", err, tm.out)
		case <-time.After(50 * time.Millisecond):
		}
	}
	t.Fatalf("inmail serve did not listen:\n%s", tm.out)
}

// stop ends the server with SIGTERM and returns how it ended.
func (tm *team) stop() error {
	if tm.srv == nil || tm.srv.Process == nil {
		return nil
	}
	_ = tm.srv.Process.Signal(syscall.SIGTERM)
	select {
	case err := <-tm.done:
		tm.srv = nil
		return err
	case <-time.After(40 * time.Second):
		_ = tm.srv.Process.Kill()
		tm.srv = nil
		return errors.New("inmail serve did not stop within 40 s of SIGTERM")
	}
}

// sshArgs are the OpenSSH client's options for person.
func (tm *team) sshArgs(person string, extra ...string) []string {
	args := []string{"-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentitiesOnly=yes",
		"-o", "PreferredAuthentications=publickey,keyboard-interactive", "-o", "ConnectTimeout=10",
		"-i", tm.keys[person], "-p", tm.port}
	return append(append(args, extra...), "127.0.0.1")
}

// ssh runs `ssh ... 127.0.0.1 COMMAND` as person, with stdin, and
// returns its output and exit status. Each argument is quoted for the
// remote side's shell-like split.
func (tm *team) ssh(person string, stdin io.Reader, command ...string) (stdout, stderr string, code int) {
	tm.t.Helper()
	quoted := make([]string, len(command))
	for i, c := range command {
		quoted[i] = "'" + strings.ReplaceAll(c, "'", `'"'"'`) + "'"
	}
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, "ssh", append(tm.sshArgs(person, "-o", "LogLevel=ERROR"), quoted...)...)
	var out, errOut bytes.Buffer
	cmd.Stdin, cmd.Stdout, cmd.Stderr = stdin, &out, &errOut
	err := cmd.Run()
	code = 0
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		code = ee.ExitCode()
	} else if err != nil {
		tm.t.Fatalf("ssh: %v", err)
	}
	return out.String(), errOut.String(), code
}

// local runs the inmail binary on this machine, on the team's database.
func (tm *team) local(stdin io.Reader, args ...string) (string, int) {
	tm.t.Helper()
	cmd := exec.Command(tm.bin, append([]string{"--db", tm.db}, args...)...)
	cmd.Env, cmd.Stdin = tm.env, stdin
	out, err := cmd.CombinedOutput()
	code := 0
	if ee, ok := errors.AsType[*exec.ExitError](err); ok {
		code = ee.ExitCode()
	} else if err != nil {
		tm.t.Fatal(err)
	}
	return string(out), code
}

// candidate i is a pasted profile page and a personalization line that
// passes the gate for it, and for no one else: the candidate's matter is
// named with three words made for i, so no two lines are near copies.
func candidate(i int) (page, line string) {
	c := made(i)
	return c.page, c.line
}

// madeCandidate is candidate i: their name, the matter on their profile,
// their profile as pasted from the page, and a line about the matter.
type madeCandidate struct{ name, matter, page, line string }

func made(i int) madeCandidate {
	syl := []string{"ka", "ro", "vel", "tan", "mi", "sor", "bex", "lu", "dor", "fen", "qua", "zi", "pol", "har", "nu", "gre", "wen", "sta", "yul", "cor"}
	coin := func(prefix string) string {
		w := prefix + syl[i%20] + syl[(i/20)%20] + syl[(i/400)%20]
		return strings.ToUpper(w[:1]) + w[1:]
	}
	kinds := []string{"collective redundancy consultation", "whistleblowing tribunal claim", "TUPE transfer negotiation", "equal pay audit", "restrictive covenant injunction"}
	// The words around the matter vary too: the reuse rule reads a line
	// that differs from another only in the profile's own words as a copy.
	openers := []string{"Your work on", "Having advised on", "Leading the work on", "Your role in", "What you did on", "Your part in", "Your handling of"}
	middles := []string{"is exactly", "shows precisely", "looks like", "reads as", "is squarely", "demonstrates", "feels like", "counts as", "is clearly", "comes across as", "sounds like"}
	quals := []string{"hands-on", "front-line", "specialist", "senior-level"}
	verbs := []string{"needs most", "is hiring for", "values above all", "keeps asking about", "wants to see"}
	endings := []string{"and it is why I am writing", "so I wanted to write", "hence this note", "which is rare", "and few lawyers have it",
		"so this seemed worth a message", "and that stood out at once", "which prompted this message", "and it matches the brief",
		"so I am getting in touch", "which caught my eye", "and it fits the role", "so I thought of you first"}
	name := coin("Ad") + " " + coin("Bel") + "son"
	proj := coin("Kor") + " " + coin("Mar") + " " + coin("Tev") + " " + kinds[i%5]
	page := name + "\nAssociate at Varden Legal · Employment law\nManchester, England, United Kingdom\n\nAbout\nEmployment lawyer.\n\n" +
		"Experience\nAssociate\nVarden Legal · Full-time\nSep 2022 - Present · 3 yrs\nAdvised on the " + proj + ".\n\n" +
		"Education\nUniversity of Leeds\nLLB, Law\n2018 - 2021\n"
	line := fmt.Sprintf("%s the %s %s the %s experience my client %s, %s.", openers[i%7], proj, middles[i%11], quals[i%4], verbs[i%5], endings[i%13])
	return madeCandidate{name: name, matter: proj, page: page, line: line}
}

// send is `inmail send` over SSH to candidate i with line.
func (tm *team) send(person string, i int, line string, more ...string) (string, string, int) {
	page, _ := candidate(i)
	args := append([]string{"send", "--profile", "-", "--template", "associate/direct-intro", "--personalization", line, "--no-clipboard"}, more...)
	return tm.ssh(person, strings.NewReader(page), args...)
}

func writeFile(t testing.TB, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is a buffer the server's output goes to while tests read it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// fingerprint is ssh-keygen's SHA256 fingerprint of a public key file.
func fingerprint(t testing.TB, pub string) string {
	t.Helper()
	out, err := exec.Command("ssh-keygen", "-l", "-E", "sha256", "-f", pub).Output()
	if err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Scan()
	f := strings.Fields(sc.Text())
	if len(f) < 2 {
		t.Fatalf("ssh-keygen -l: %q", out)
	}
	return f[1]
}

// screenHas reports whether a terminal's output shows text, whatever
// escape sequences (cursor moves for spaces) the renderer put in between.
func screenHas(out, text string) bool {
	squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
	return strings.Contains(squash(ansi.Strip(out)), squash(text))
}

// TestMain removes what the tests made once for all of them: the binary
// and the benchmarks' demo logs.
func TestMain(m *testing.M) {
	code := m.Run()
	if binPath != "" {
		_ = os.RemoveAll(filepath.Dir(binPath))
	}
	for _, p := range demoLogs {
		_ = os.RemoveAll(filepath.Dir(p))
	}
	os.Exit(code)
}

package serve_test

import (
	"bytes"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	gossh "golang.org/x/crypto/ssh"
)

// offerOnly is the attacker's signer for a key they do not hold: it
// offers the lead's public key, which the server's key handler accepts
// since it is a member's, and then cannot sign for it: it answers with a
// signature the server turns down without closing the connection (one in
// another algorithm), so the client goes on to its next key.
type offerOnly struct {
	offered gossh.PublicKey
	signed  atomic.Int32
}

func (o *offerOnly) PublicKey() gossh.PublicKey { return o.offered }

func (o *offerOnly) Sign(io.Reader, []byte) (*gossh.Signature, error) {
	o.signed.Add(1)
	return &gossh.Signature{Format: gossh.KeyAlgoRSASHA256, Blob: []byte("not the lead's signature")}, nil
}

// TestOfferedKeyIsNotTheIdentity performs GHSA-pchf-49fh-w34r's attack
// on the real server: a client offers the lead's public key, which the
// server's key handler accepts as a member's, then authenticates with its
// own key. It must act as itself, not as the lead.
func TestOfferedKeyIsNotTheIdentity(t *testing.T) {
	tm := newTeam(t, people)
	readSigner := func(name string) gossh.Signer {
		b, err := os.ReadFile(tm.keys[name])
		if err != nil {
			t.Fatal(err)
		}
		s, err := gossh.ParsePrivateKey(b)
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	leadPub, err := os.ReadFile(tm.keys["Lee Park"] + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	lead, _, _, _, err := gossh.ParseAuthorizedKey(leadPub)
	if err != nil {
		t.Fatal(err)
	}
	jo := readSigner("Jo Kim")
	fake := &offerOnly{offered: lead}
	cfg := &gossh.ClientConfig{
		User: "attacker",
		Auth: []gossh.AuthMethod{gossh.PublicKeysCallback(func() ([]gossh.Signer, error) {
			return []gossh.Signer{fake, jo}, nil
		})},
		HostKeyCallback: gossh.InsecureIgnoreHostKey(),
		Timeout:         10 * time.Second,
	}
	c, err := gossh.Dial("tcp", net.JoinHostPort("127.0.0.1", tm.port), cfg)
	if err != nil {
		t.Fatalf("the attacker's own key should still let them in as themselves: %v\n%s", err, tm.out)
	}
	defer c.Close()
	if fake.signed.Load() == 0 {
		t.Fatal("the server never accepted the offered lead key, so the attack was not performed")
	}
	sess, err := c.NewSession()
	if err != nil {
		t.Fatal(err)
	}
	defer sess.Close()
	var out, errOut bytes.Buffer
	sess.Stdout, sess.Stderr = &out, &errOut
	err = sess.Run("report --by recruiter")
	if _, ok := err.(*gossh.ExitError); !ok && err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut.String(), "Jo Kim is a recruiter") || strings.Contains(out.String(), "RECRUITER") {
		t.Errorf("the attacker acted as someone else:\nstdout %s\nstderr %s", &out, &errOut)
	}
}

// TestLimitsAndIdle: a person may have only so many sessions, and a
// composer with no key pressed for the idle time is closed with its
// draft saved.
func TestLimitsAndIdle(t *testing.T) {
	tm := newTeam(t, people, "--per-person", "1", "--idle", "3s")
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
		time.Sleep(50 * time.Millisecond)
	}
	_, errOut, code := tm.ssh("Sam Reyes", nil, "credits")
	if code != 3 || !strings.Contains(errOut, "Sam Reyes has 1 session open") {
		t.Errorf("a second session over the limit: exit %d, %s", code, errOut)
	}
	if _, _, code := tm.ssh("Jo Kim", nil, "credits"); code != 0 {
		t.Errorf("someone else's session: exit %d", code)
	}
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatal("the idle composer was not closed")
	}
	if !strings.Contains(out.String(), "closed after 3s without a key press") {
		t.Errorf("the idle session was not told:\n%q", out.String())
	}
}

// TestSessionLimit: when the server has its most sessions open, a new one
// is refused as busy (exit 3), whoever asks, and taken again once one
// closes.
func TestSessionLimit(t *testing.T) {
	tm := newTeam(t, people, "--sessions", "1")
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
	deadline := time.Now().Add(20 * time.Second)
	for !screenHas(out.String(), "Sam Reyes") && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	_, errOut, code := tm.ssh("Jo Kim", nil, "credits")
	if code != 3 || !strings.Contains(errOut, "the server has 1 session open, the most it allows") {
		t.Errorf("a session over the server's limit: exit %d, %s", code, errOut)
	}
	_ = cmd.Process.Kill()
	_ = cmd.Wait()
	deadline = time.Now().Add(20 * time.Second)
	for {
		_, errOut, code = tm.ssh("Jo Kim", nil, "credits")
		if code == 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	if code != 0 {
		t.Errorf("after the first session closed: exit %d, %s", code, errOut)
	}
}

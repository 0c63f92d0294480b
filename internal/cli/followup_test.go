package cli

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/library"
)

// TestSendFollowUp: an InMail sent 9 days ago, then its follow-up from the
// command line with nothing but the id and a line; log show links them,
// and the report counts the follow-up with the first message.
func TestSendFollowUp(t *testing.T) {
	a, copied := sendTestApp(t)
	out, errOut, code := runCLI(t, a, sendPriya("--personalization", sendLine, "--at", "2026-03-01 10:00", "--client", "Halden & Vane")...)
	if code != ExitOK {
		t.Fatalf("the first message: exit %d\n%s%s", code, out, errOut)
	}
	line := "Leading the $2.1 billion Castell Pharma acquisition of Norvane is why my client asked about you again."
	out, errOut, code = runCLI(t, a, "send", "--follow-up", "1", "--personalization", sendLine)
	if code != ExitRefused || !strings.Contains(errOut, "Not sent to Priya Raman (a follow-up of message 1 with senior-associate/follow-up):") ||
		!strings.Contains(errOut, "The personalization line is the one message 1 already sent") {
		t.Errorf("the first line again: exit %d\n%s%s", code, out, errOut)
	}
	out, errOut, code = runCLI(t, a, "send", "--follow-up", "1", "--personalization", line)
	if code != ExitOK || !strings.Contains(out, "Logged message 2: follow-up to Priya Raman with senior-associate/follow-up (in the conversation of message 1).") {
		t.Fatalf("the follow-up: exit %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(out, "Subject:") || strings.Contains(out, "credit") || !strings.Contains(out, "My client, Halden & Vane,") {
		t.Errorf("a free follow-up has no subject, costs nothing and keeps the first message's client:\n%s", out)
	}
	if n := len(*copied); n != 2 || !strings.Contains((*copied)[1], line) {
		t.Errorf("copied %q", *copied)
	}
	ms := loggedMessages(t, a)
	if len(ms) != 2 || ms[1].FollowUpOf != 1 || ms[1].Channel != library.FollowUp {
		t.Fatalf("logged %+v", ms)
	}
	out, _, _ = runCLI(t, a, "log", "show", "1")
	if !strings.Contains(out, "Thread:    followed up by message 2") {
		t.Errorf("log show 1:\n%s", out)
	}
	out, _, _ = runCLI(t, a, "log", "show", "2")
	if !strings.Contains(out, "Thread:    a follow-up of message 1, in its conversation") || !strings.Contains(out, "follow-up") {
		t.Errorf("log show 2:\n%s", out)
	}
	out, errOut, code = runCLI(t, a, "outcome", "1", "replied")
	if code != ExitRefused || !strings.Contains(errOut, "inmail outcome 2 replied") {
		t.Errorf("a reply on the first message now: exit %d\n%s%s", code, out, errOut)
	}
	out, _, code = runCLI(t, a, "report", "--format", "csv")
	if code != ExitOK || !strings.Contains(out, "followed_up") || !strings.HasSuffix(strings.TrimSpace(out), ",1,0,0,,,") {
		t.Errorf("report: exit %d\n%s", code, out)
	}
	// Errors: no such message; neither --profile nor --follow-up.
	if _, errOut, code := runCLI(t, a, "send", "--follow-up", "9", "--personalization", line); code != ExitBadInput || !strings.Contains(errOut, "no message 9") {
		t.Errorf("--follow-up 9: exit %d, %s", code, errOut)
	}
	if _, errOut, code := runCLI(t, a, "send", "--personalization", line); code != ExitBadInput || !strings.Contains(errOut, "--follow-up ID") {
		t.Errorf("no --profile: exit %d, %s", code, errOut)
	}
}

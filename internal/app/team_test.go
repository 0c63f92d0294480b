package app

import (
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/report"
	"github.com/inmail/inmail/internal/team"
)

// Throwaway public keys (ssh-keygen -t ed25519).
const (
	keyA = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMeeuMmXzVRZrNztmx3xvGly41XYMcn6WK/g/5LVLnb+ a@laptop"
	keyB = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJQHDiUcYatyGgsGAxZh9z/7oS2PMrXiAsrxLbXi2vAM b@laptop"
)

func member(name string, r team.Role) Person {
	p := recruiter(name)
	p.Role = r
	return p
}

// teamLog is a log where Sam (a recruiter) sent to Priya and Jordan (a
// recruiter) to Marcus, with a session for each role.
func teamLog(t *testing.T) (sam, jordan, lead *Session, samID, jordanID uint64) {
	t.Helper()
	db := mustOpenDB(t)
	sam = newSession(t, db, member("Sam Reyes", team.Recruiter))
	jordan = newSession(t, db, member("Jordan Blake", team.Recruiter))
	lead = newSession(t, db, member("Lee Park", team.Lead))
	tpl, err := sam.Template("senior-associate/lateral-move")
	if err != nil {
		t.Fatal(err)
	}
	priya := readPriya(t)
	marcus := priya
	marcus.ID, marcus.Name = "https://www.linkedin.com/in/marcus-chen-sample", "Marcus Chen"
	r1, err := sam.Send(SendRequest{Profile: priya, Template: tpl, Line: priyaLine})
	if err != nil || !r1.Logged {
		t.Fatalf("Sam's send: %+v, %v", r1.Decision, err)
	}
	r2, err := jordan.Send(SendRequest{Profile: marcus, Template: tpl,
		Line: "Representing Castell Pharma in the $2.1 billion Norvane Therapeutics acquisition is the experience my client wants most."})
	if err != nil || !r2.Logged {
		t.Fatalf("Jordan's send: %+v, %v", r2.Decision, err)
	}
	return sam, jordan, lead, r1.Message.ID, r2.Message.ID
}

func wantForbidden(t *testing.T, what string, err error) {
	t.Helper()
	if outreach.ErrorCode(err) != outreach.EFORBIDDEN || ExitOf(err) != ExitRefused {
		t.Errorf("%s: %v, want it forbidden (exit 1)", what, err)
	}
}

func TestRolesInTheAppLayer(t *testing.T) {
	sam, _, lead, samID, jordanID := teamLog(t)

	// A recruiter's log is their own, whatever the filter asks.
	es, err := sam.Attention(outreach.Filter{}, 0)
	if err != nil || len(es) != 1 || es[0].Recruiter != "Sam Reyes" {
		t.Fatalf("Sam's log: %d entries, %v", len(es), err)
	}
	_, err = sam.Attention(outreach.Filter{Recruiter: "Jordan Blake"}, 0)
	wantForbidden(t, "Sam asking for Jordan's log", err)
	_, err = sam.Entry(jordanID)
	wantForbidden(t, "Sam reading Jordan's message", err)
	_, err = sam.RecordOutcome(OutcomeRequest{ID: jordanID, Outcome: outreach.Replied})
	wantForbidden(t, "Sam recording an outcome on Jordan's message", err)
	if _, err := sam.RecordOutcome(OutcomeRequest{ID: samID, Outcome: outreach.Replied}); err != nil {
		t.Errorf("Sam's outcome on his own message: %v", err)
	}

	// Reports: the team's rates by template, never by recruiter.
	if _, err := sam.Report(report.Query{By: []report.Dimension{report.ByTemplate}, Now: testNow}); err != nil {
		t.Errorf("Sam's report by template: %v", err)
	}
	_, err = sam.Report(report.Query{By: []report.Dimension{report.ByRecruiter}, Now: testNow})
	wantForbidden(t, "Sam's report by recruiter", err)
	_, err = sam.Report(report.Query{Recruiters: []string{"Jordan Blake"}, Now: testNow})
	wantForbidden(t, "Sam's report on Jordan", err)
	var rows []ExportRow
	if err := sam.Export(report.Query{Now: testNow}, nil, func(r ExportRow) error { rows = append(rows, r); return nil }); err != nil || len(rows) != 1 || rows[0].Recruiter != "Sam Reyes" {
		t.Errorf("Sam's export: %+v, %v", rows, err)
	}
	_, err = sam.Credits("Jordan Blake", 1)
	wantForbidden(t, "Sam's look at Jordan's credits", err)

	// A lead reads the team, by recruiter too, and writes only their own.
	es, err = lead.Attention(outreach.Filter{}, 0)
	if err != nil || len(es) != 2 {
		t.Errorf("the lead's log: %d entries, %v", len(es), err)
	}
	r, err := lead.Report(report.Query{By: []report.Dimension{report.ByRecruiter}, Now: testNow})
	if err != nil || len(r.Groups) != 2 {
		t.Errorf("the lead's report by recruiter: %+v, %v", r.Groups, err)
	}
	if _, err := lead.Entry(jordanID); err != nil {
		t.Errorf("the lead reading Jordan's message: %v", err)
	}
	_, err = lead.RecordOutcome(OutcomeRequest{ID: jordanID, Outcome: outreach.Declined})
	wantForbidden(t, "the lead recording an outcome on Jordan's message", err)
	_, err = lead.AddMember(team.Member{Name: "Ana", Role: team.Recruiter, Keys: []string{keyA}})
	wantForbidden(t, "the lead adding a member", err)
}

func TestTeamMembers(t *testing.T) {
	db := mustOpenDB(t)
	owner := newSession(t, db, recruiter("Owner"))
	if _, err := owner.AddMember(team.Member{Name: "Ana Silva", Role: team.Admin, Keys: []string{keyA}}); err != nil {
		t.Fatal(err)
	}
	admin := newSession(t, db, member("Ana Silva", team.Admin))
	m, err := admin.AddMember(team.Member{Name: "Sam Reyes", Role: team.Recruiter, Keys: []string{keyB}})
	if err != nil || m.Added != testNow {
		t.Fatalf("the admin adds Sam: %+v, %v", m, err)
	}
	k, _ := team.ParseKey(keyB)
	got, err := admin.MemberByKey(k)
	if err != nil || got.Name != "Sam Reyes" {
		t.Fatalf("MemberByKey: %+v, %v", got, err)
	}
	p, err := PersonOf(got, time.UTC)
	if err != nil || p.Role != team.Recruiter || p.SenderName != "Sam Reyes" || p.Seat.Monthly != 150 {
		t.Errorf("PersonOf: %+v, %v", p, err)
	}
	// The last admin stays, over SSH; the owner on the server may change it.
	_, err = admin.SetRole("Ana Silva", team.Lead)
	wantForbidden(t, "the only admin making herself a lead", err)
	wantForbidden(t, "the only admin removing herself", admin.RemoveMember("Ana Silva"))
	if _, err := owner.SetRole("Ana Silva", team.Lead); err != nil {
		t.Errorf("the owner on the server: %v", err)
	}
	sam := newSession(t, db, member("Sam Reyes", team.Recruiter))
	_, err = sam.Members()
	wantForbidden(t, "a recruiter listing the team", err)
	if m, err := sam.SaveSender("Sam R.", "Lex Talent", outreach.PresetRecruiterLite, nil); err != nil || m.SenderName != "Sam R." || m.Preset != outreach.PresetRecruiterLite {
		t.Errorf("Sam's own settings: %+v, %v", m, err)
	}
}

func TestContactRule(t *testing.T) {
	sam, jordan, _, samID, _ := teamLog(t)
	tpl, err := jordan.Template("senior-associate/lateral-move")
	if err != nil {
		t.Fatal(err)
	}
	line := "Representing Castell Pharma in its $2.1 billion acquisition of Norvane shows the deal judgement my client needs."
	res, err := jordan.Send(SendRequest{Profile: readPriya(t), Template: tpl, Line: line})
	if err != nil || res.Logged || !res.Decision.Has(gate.CodeRecontact) || len(res.Recent) != 1 || res.Recent[0].MessageID != samID {
		t.Fatalf("Jordan to Priya the day Sam wrote to her: %+v, %v", res.Decision, err)
	}
	if msg := res.Decision.Reasons[len(res.Decision.Reasons)-1].Message; !strings.Contains(msg, "Sam Reyes messaged Priya Raman today (InMail, message 1, awaiting)") {
		t.Errorf("the reason: %s", msg)
	}
	res, err = jordan.Send(SendRequest{Profile: readPriya(t), Template: tpl, Line: line, Recontact: "Priya asked Sam to pass her to me"})
	if err != nil || !res.Logged || res.Message.Recontact != "Priya asked Sam to pass her to me" {
		t.Fatalf("with a reason: %+v, %v", res, err)
	}
	// Outside the window no reason is needed. (The store's clock stays
	// put, so the statuses are as of the sends.)
	sam.Now = func() time.Time { return testNow.Add(40 * 24 * time.Hour) }
	h, err := sam.History([]string{res.Candidate.ID})
	if err != nil || h[res.Candidate.ID].Words(sam.Now()) != "messaged 2× · last 40 days ago by Jordan Blake · awaiting" {
		t.Errorf("history: %q, %v", h[res.Candidate.ID].Words(sam.Now()), err)
	}
	if got := h[res.Candidate.ID].Within(outreach.RecontactWindow, sam.Now()); len(got) != 0 {
		t.Errorf("40 days on, %d contacts within the window", len(got))
	}
}

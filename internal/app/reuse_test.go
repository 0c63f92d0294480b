package app

import (
	"testing"

	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
)

// TestSharedReuseIndex: the sessions of a held log share one reuse index,
// which learns the lines logged since it last looked, whoever logged them
// (here a message written to the log directly, as an import does), and
// has each line once however often it is told of it.
func TestSharedReuseIndex(t *testing.T) {
	db := mustOpenDB(t)
	held := HeldStore{DB: db, Lines: new(Lines)}
	jordan, sam := newSession(t, db, recruiter("Jordan Blake")), newSession(t, db, recruiter("Sam Reyes"))
	jordan.Store, sam.Store = held, held
	tpl, err := jordan.Template("senior-associate/lateral-move")
	if err != nil {
		t.Fatal(err)
	}
	priya := readPriya(t)
	marcus := priya
	marcus.ID, marcus.Name = "https://www.linkedin.com/in/marcus-chen-sample", "Marcus Chen"

	if res, err := jordan.Send(SendRequest{Profile: priya, Template: tpl, Line: priyaLine}); err != nil || !res.Logged {
		t.Fatalf("Jordan's send: %+v, %v", res, err)
	}
	// Another writer on the same log, after the index was read.
	imported := "Representing Castell Pharma in the $2.1 billion Norvane Therapeutics acquisition is the experience my client wants most."
	m := outreach.Message{Recruiter: "Ana Silva", Candidate: outreach.CandidateRef{ID: "linkedin.com/in/someone-else", Name: "Someone Else"},
		TemplateID: tpl.ID, Channel: tpl.Channel, Body: "B", Personalization: imported, StartedAt: testNow, SentAt: testNow}
	id, _, err := db.Send(m, "")
	if err != nil {
		t.Fatal(err)
	}
	near := "Representing Castell Pharma in the $2.1 billion Norvane Therapeutics acquisition is the experience my client wants above all."
	res, err := sam.Send(SendRequest{Profile: marcus, Template: tpl, Line: near})
	if err != nil || res.Logged || !res.Decision.Has(gate.CodeReused) {
		t.Fatalf("a near copy of a line logged by another writer: %+v, %v; want it refused as reused", res.Decision, err)
	}

	idx, err := sam.ReuseIndex(db)
	if err != nil {
		t.Fatal(err)
	}
	// The composer adds the line it sent itself; the index has it once.
	idx.Add(personalize.Prior{MessageID: id, CandidateID: m.Candidate.ID, Line: imported})
	if again, _ := jordan.ReuseIndex(db); again != idx || idx.Len() != 2 {
		t.Errorf("the index: the same one for every session %v, %d lines; want 2", again == idx, idx.Len())
	}
}

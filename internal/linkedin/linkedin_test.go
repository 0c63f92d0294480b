package linkedin

import (
	"errors"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/outreach"
)

func mustTime(t *testing.T, s string) time.Time {
	t.Helper()
	v, err := time.Parse("2006-01-02 15:04:05", s)
	if err != nil {
		t.Fatal(err)
	}
	return v.UTC()
}

func readFixture(t *testing.T) []Message {
	t.Helper()
	f, err := os.Open("testdata/messages.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := ReadMessages("messages.csv", f)
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

func TestReadMessagesFixture(t *testing.T) {
	rows := readFixture(t)
	if got, want := len(rows), 6; got != want {
		t.Fatalf("rows = %d, want %d", got, want)
	}
	priya := rows[1]
	if !strings.Contains(priya.Content, "\n\nWould you be open to a short call?") {
		t.Errorf("multi-line content lost its lines: %q", priya.Content)
	}
	if got, want := priya.Date, mustTime(t, "2026-10-06 09:31:44"); !got.Equal(want) {
		t.Errorf("date = %v, want %v", got, want)
	}
	if got, want := priya.Subject, "Senior M&A associate role at a top-10 firm"; got != want {
		t.Errorf("subject = %q, want %q", got, want)
	}
	if got, want := priya.Line, 3; got != want {
		t.Errorf("line = %d, want %d", got, want)
	}
	if got := rows[2].RecipientURLs; len(got) != 1 || got[0] != "https://www.linkedin.com/in/marcus-chen-sample/" {
		t.Errorf("recipient urls = %q", got)
	}
}

// fixtureSends is the log the fixture's README describes: Jordan Blake sent
// to Priya, Marcus and Elena.
func fixtureSends(t *testing.T) []Sent {
	return []Sent{
		{ID: 1, CandidateID: "priya", CandidateName: "Priya Raman", CandidateURL: "https://www.linkedin.com/in/priya-raman-sample", SentAt: mustTime(t, "2026-10-06 09:30:00")},
		{ID: 2, CandidateID: "marcus", CandidateName: "Marcus Chen", CandidateURL: "HTTP://LinkedIn.com/in/Marcus-Chen-Sample", SentAt: mustTime(t, "2026-10-06 09:44:00")},
		{ID: 3, CandidateID: "elena", CandidateName: "Elena Novak", CandidateURL: "https://www.linkedin.com/in/elena-novak-sample", SentAt: mustTime(t, "2026-10-08 08:15:00")},
	}
}

func TestMatchRepliesFixture(t *testing.T) {
	rows := readFixture(t)
	now := mustTime(t, "2026-11-01 00:00:00")
	res := MatchReplies(rows, fixtureSends(t), now)

	if got, want := len(res.Events), 2; got != want {
		t.Fatalf("events = %d, want %d: %+v", got, want, res.Events)
	}
	want := []struct {
		id uint64
		at string
	}{{1, "2026-10-07 14:12:09"}, {2, "2026-10-16 18:02:51"}}
	for i, w := range want {
		ev := res.Events[i]
		if ev.MessageID != w.id || !ev.At.Equal(mustTime(t, w.at)) {
			t.Errorf("event %d = message %d at %v, want message %d at %s", i, ev.MessageID, ev.At, w.id, w.at)
		}
		if ev.Outcome != outreach.Replied || ev.Source != outreach.Import || ev.Key == "" || !ev.Recorded.Equal(now) {
			t.Errorf("event %d = %+v, want an imported reply with a key", i, ev)
		}
	}
	if got := res.Skipped[SkipUnknown]; got != 1 {
		t.Errorf("skipped unknown = %d, want 1 (Sam)", got)
	}
	if got := res.Skipped[SkipOwn]; got != 3 {
		t.Errorf("skipped own = %d, want 3 (Jordan's three sends)", got)
	}
	if len(res.Ambiguous) != 0 {
		t.Errorf("ambiguous = %+v, want none", res.Ambiguous)
	}

	// The same file again gives the same keys, so the store can tell them
	// apart from new replies.
	again := MatchReplies(rows, fixtureSends(t), now.Add(time.Hour))
	for i := range again.Events {
		if again.Events[i].Key != res.Events[i].Key {
			t.Errorf("key changed between imports: %q vs %q", again.Events[i].Key, res.Events[i].Key)
		}
	}
}

const header = "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n"

func match(t *testing.T, csv string, sent []Sent) Matches {
	t.Helper()
	rows, err := ReadMessages("m.csv", strings.NewReader(header+csv))
	if err != nil {
		t.Fatal(err)
	}
	return MatchReplies(rows, sent, time.Time{})
}

func TestMatchRepliesRules(t *testing.T) {
	sentAt := mustTime(t, "2026-10-06 09:00:00")
	ana := Sent{ID: 7, CandidateID: "ana", CandidateName: "Ana Ruiz", CandidateURL: "https://www.linkedin.com/in/ana", SentAt: sentAt}
	other := Sent{ID: 8, CandidateID: "ana2", CandidateName: "Ana Ruiz", CandidateURL: "https://www.linkedin.com/in/ana-2", SentAt: sentAt}
	send := "c1,,Jo,https://www.linkedin.com/in/jo,Ana Ruiz,https://www.linkedin.com/in/ana,2026-10-06 09:05:00 UTC,Hi,Hello,INBOX\n"
	tests := []struct {
		name      string
		csv       string
		sent      []Sent
		events    int
		skip      string
		ambiguous int
	}{
		{
			name:   "reply by URL",
			csv:    send + "c1,,Ana R.,https://linkedin.com/in/ANA/,Jo,https://www.linkedin.com/in/jo,2026-10-07 10:00:00 UTC,,Yes,INBOX\n",
			sent:   []Sent{ana},
			events: 1,
		},
		{
			name:   "reply by exact name when the URL is missing",
			csv:    send + "c1,,Ana Ruiz,,Jo,,2026-10-07 10:00:00 UTC,,Yes,INBOX\n",
			sent:   []Sent{ana},
			events: 1,
		},
		{
			name:      "two logged candidates share the name",
			csv:       send + "c1,,Ana Ruiz,,Jo,,2026-10-07 10:00:00 UTC,,Yes,INBOX\n",
			sent:      []Sent{ana, other},
			ambiguous: 1,
		},
		{
			name: "written before the logged send",
			csv:  "c0,,Ana Ruiz,https://www.linkedin.com/in/ana,Jo,,2026-09-01 10:00:00 UTC,,Old chat,INBOX\n",
			sent: []Sent{ana},
			skip: SkipBeforeSend,
		},
		{
			name: "a thread that does not hold the send",
			csv:  send + "c2,,Ana Ruiz,https://www.linkedin.com/in/ana,Jo,,2026-10-07 10:00:00 UTC,,Meetup?,INBOX\n",
			sent: []Sent{ana},
			skip: SkipNoThread,
		},
		{
			name: "only the first reply in a thread counts",
			csv: send + "c1,,Ana Ruiz,https://www.linkedin.com/in/ana,Jo,,2026-10-07 10:00:00 UTC,,Yes,INBOX\n" +
				"c1,,Ana Ruiz,https://www.linkedin.com/in/ana,Jo,,2026-10-08 10:00:00 UTC,,Also,INBOX\n",
			sent:   []Sent{ana},
			events: 1,
			skip:   SkipFollowUp,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := match(t, tt.csv, tt.sent)
			if len(res.Events) != tt.events {
				t.Errorf("events = %d, want %d (%+v)", len(res.Events), tt.events, res)
			}
			if len(res.Ambiguous) != tt.ambiguous {
				t.Errorf("ambiguous = %d, want %d", len(res.Ambiguous), tt.ambiguous)
			}
			if tt.skip != "" && res.Skipped[tt.skip] == 0 {
				t.Errorf("skipped = %v, want one %q", res.Skipped, tt.skip)
			}
		})
	}
}

func TestReadMessagesColumnsByName(t *testing.T) {
	// A newer export: extra columns, a different order, a byte-order mark.
	csv := "\ufeffFOLDER,DATE,CONTENT,FROM,CONVERSATION ID,IS MESSAGE DRAFT,SENDER PROFILE URL\n" +
		"INBOX,2026-10-07 10:00:00 UTC,\"Line one\nline two, with a comma\",Ana Ruiz,c1,No,https://www.linkedin.com/in/ana\n" +
		"INBOX,2026-10-07 11:00:00 UTC,draft,Jo,c1,Yes,\n"
	rows, err := ReadMessages("m.csv", strings.NewReader(csv))
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 2 {
		t.Fatalf("rows = %d, want 2", len(rows))
	}
	if got, want := rows[0].Content, "Line one\nline two, with a comma"; got != want {
		t.Errorf("content = %q, want %q", got, want)
	}
	if rows[0].From != "Ana Ruiz" || rows[0].Draft || !rows[1].Draft {
		t.Errorf("rows = %+v", rows)
	}
}

func TestReadMessagesErrors(t *testing.T) {
	tests := []struct {
		name, csv, want string
	}{
		{"not an export", "a,b\n1,2\n", "m.csv: no header row with CONVERSATION ID"},
		{"bad date", header + "c1,,Ana,,Jo,,yesterday,,Hi,INBOX\n", `m.csv:2: column "DATE": "yesterday" is not a date`},
		{"missing field", header + "c1,,Ana,,Jo,,2026-10-07 10:00:00 UTC,,Hi\n", "m.csv:2: the row has a different number of fields"},
		{"open quote", header + "c1,,Ana,,Jo,,2026-10-07 10:00:00 UTC,,\"Hi,INBOX\n", "m.csv:2: a quote is not closed"},
		{"no conversation", header + ",,Ana,,Jo,,2026-10-07 10:00:00 UTC,,Hi,INBOX\n", `m.csv:2: column "CONVERSATION ID": is empty`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadMessages("m.csv", strings.NewReader(tt.csv))
			var pe *ParseError
			if !errors.As(err, &pe) {
				t.Fatalf("err = %v, want a *ParseError", err)
			}
			if !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("err = %q, want prefix %q", err, tt.want)
			}
		})
	}
}

func TestReadConnections(t *testing.T) {
	f, err := os.Open("testdata/Connections.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	conns, err := ReadConnections("Connections.csv", f)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(conns), 3; got != want {
		t.Fatalf("connections = %d, want %d", got, want)
	}
	p := conns[0].Profile()
	if p.Name != "Priya Raman" || p.Company != "Harlow & Pierce LLP" || p.Title != "Senior Associate" || p.ID != "https://www.linkedin.com/in/priya-raman-sample" {
		t.Errorf("profile = %+v", p)
	}
	if got, want := conns[0].ConnectedOn, time.Date(2026, 10, 8, 0, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("connected on = %v, want %v", got, want)
	}
	if got, want := conns[1].Email, "marcus@example.com"; got != want {
		t.Errorf("email = %q, want %q", got, want)
	}
	if got, want := conns[0].Line, 5; got != want {
		t.Errorf("line = %d, want %d", got, want)
	}
}

func FuzzReadMessages(f *testing.F) {
	data, err := os.ReadFile("testdata/messages.csv")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(data))
	f.Add(header + "c1,,A,,B,,2026-10-07 10:00:00 UTC,,\"x\ny\",INBOX\n")
	f.Fuzz(func(t *testing.T, in string) {
		rows, err := ReadMessages("f.csv", strings.NewReader(in))
		if err != nil {
			if rows != nil {
				t.Fatalf("rows returned with an error: a bad file must give nothing to import")
			}
			return
		}
		res := MatchReplies(rows, []Sent{{ID: 1, CandidateName: "A", SentAt: time.Unix(0, 0)}}, time.Time{})
		seen := map[uint64]bool{}
		for _, ev := range res.Events {
			if seen[ev.MessageID] {
				t.Fatalf("two replies recorded for message %d", ev.MessageID)
			}
			seen[ev.MessageID] = true
		}
	})
}

package cli

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/spf13/cobra"
	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// dirt is what a terminal would act on: a colour, an OSC 52 clipboard
// write ended by BEL, a bell, a carriage return that would let the rest
// overwrite the line, and the C1 controls CSI and NEL.
const dirt = "\x1b[31m\x1b]52;c;b3duZWQ=\x07\a\r\u009b2J\u0085"

// rawControl returns the first control character in s other than tab and
// newline, with some context, or "" when there is none.
func rawControl(s string) string {
	for i, r := range s {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			return fmt.Sprintf("%U at %d in %q", r, i, s[max(0, i-30):min(len(s), i+30)])
		}
	}
	return ""
}

// dirtyWorld is a test App whose config, template folder, log and input
// files all carry dirt: the log as one written before intake stripped
// controls, the files as anyone could write them.
func dirtyWorld(t *testing.T) *App {
	t.Helper()
	a := newTestApp(t)
	a.Copier = &clipboard.Copier{System: func(string) error { return errors.New("no clipboard " + dirt) }}
	// config.yaml's values: YAML's double quotes read \e, \a, \r and \x9b.
	writeFile(t, a.ConfigPath, `recruiter: "Jordan \e]52;c;AAAA\a\r\x9b2J Blake"
sender:
  name: "Jordan \e[31mBlake"
  signature: "Harbour \e]0;title\a Legal"
seat:
  preset: recruiter
defaults:
  role: "Senior \e[5mM&A Associate"
  client: "a top-10 \x9b1m firm"
  hook: "Hybrid \r two days in."
`)
	// A template folder whose files carry dirt in every field.
	tpl := filepath.Join(t.TempDir(), "templates")
	writeFile(t, filepath.Join(tpl, "seniority.yaml"), "levels:\n  - {id: senior-associate, label: \"Senior \\e[31massociate\", years: 4-8}\n")
	writeFile(t, filepath.Join(tpl, "senior-associate", "lateral-move.md"), "---\nname: \"Lateral \\e]52;c;AAAA\\a move\"\nchannel: inmail\n"+
		"description: \"A move \\r for \\x9b2J them\"\npersonalization: \"A deal \\e[31m\"\nsubject: \"{{role}} at {{client}} \\e]2;x\\a\"\n---\n"+
		"Hi {{first_name}},\n\n{{personalization}}\n\nA \x1b]52;c;AAAA\a role \r at {{client}}. \u009b2J{{hook}}\n\n{{sender_name}}\n")
	writeFile(t, filepath.Join(tpl, "senior-associate", "broken.md"), "---\nname: \"Broken \\e]52;c;AAAA\\a\"\nchannel: \"in\\e[31mmail\"\n---\n{{nope\x1b[31m}}\n")
	a.TemplatesDir = tpl

	// A log written before intake stripped anything.
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	p := profile.Profile{
		ID: "https://www.linkedin.com/in/priya-raman-sample/", Name: "Priya " + dirt + "Raman",
		Headline: "M&A " + dirt, Title: "Senior " + dirt, Company: "Harlow " + dirt, Location: "London" + dirt,
		Seniority: "senior-associate", Skills: []string{"M&A" + dirt},
		Experience: []profile.Experience{{Title: "Senior Associate", Company: "Harlow", Start: "2019", End: "present",
			Description: "Represented Castell Pharma in its $2.1 billion acquisition of Norvane Therapeutics." + dirt}},
	}
	c, err := db.PutCandidate(p)
	if err != nil {
		t.Fatal(err)
	}
	ref := c.Ref()
	ref.Name = p.Name
	sent := testNow.Add(-10 * 24 * time.Hour)
	id, _, err := db.Send(outreach.Message{
		Recruiter: dirtyRecruiter, Candidate: ref, TemplateID: "senior-associate/lateral-move" + dirt,
		Seniority: "senior-associate", Channel: library.InMail, Subject: "A role " + dirt, Body: "Hi,\n\n" + dirt + "A line.",
		Personalization: "Your Castell Pharma deal " + dirt, Role: "Role " + dirt, Client: "Client " + dirt, Hook: "Hook " + dirt,
		References: []outreach.Reference{{Field: "experience" + dirt, Text: "Castell " + dirt}},
		Credits:    1, SentAt: sent, StartedAt: sent.Add(-time.Minute),
	}, "")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.AppendEvent(outreach.Event{MessageID: id, Outcome: outreach.Replied, At: sent.Add(time.Hour), Source: outreach.Manual, Note: "note " + dirt}); err != nil {
		t.Fatal(err)
	}
	if err := db.Close(); err != nil {
		t.Fatal(err)
	}
	// PutCandidate strips what it saves, as intake does now: put the
	// profile as an older inmail would have saved it.
	b, err := bolt.Open(a.DBPath, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	c.Profile = p
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	// An older inmail's file had no recency index (schema 5): the next
	// open builds it from this record.
	err = b.Update(func(tx *bolt.Tx) error {
		if err := tx.DeleteBucket([]byte("recency")); err != nil {
			return err
		}
		if err := tx.Bucket([]byte("meta")).Put([]byte("schema"), []byte{0, 0, 0, 5}); err != nil {
			return err
		}
		return tx.Bucket([]byte("candidates")).Put([]byte(c.ID), raw)
	})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// dirtyRecruiter is the recruiter config.yaml names in dirtyWorld.
const dirtyRecruiter = "Jordan \x1b]52;c;AAAA\a\r\u009b2J Blake"

// dirtyFiles writes the input files the commands read, with dirt in them,
// and returns their paths by name.
func dirtyFiles(t *testing.T) map[string]string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"profile.json": `{"id": "https://www.linkedin.com/in/ines-moller/", "name": "Ines \u001b]52;c;AAAA\u0007 M\u009b2Joller",
 "headline": "Counsel \u001b[31m", "seniority": "senior-associate",
 "experience": [{"title": "Counsel", "company": "Vale \u001b]0;x\u0007 LLP", "description": "Led the Orbis Energy refinancing \r\u0085 of $400 million."}]}`,
		"people.csv": "name,url,headline\n\"Wei \x1b]52;c;AAAA\a Chen\",https://www.linkedin.com/in/wei-chen/,\"Associate \r\x1b[31m\"\n",
		"paste.txt":  "Tomas \x1b]52;c;AAAA\a Berg\nSenior Associate \x1b[31m at Vale LLP\nLondon\n",
		"messages.csv": "CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n" +
			"c1,,Jordan Blake,https://www.linkedin.com/in/jordan,Priya Raman,https://www.linkedin.com/in/priya-raman-sample,2026-02-28 09:31:00 UTC,A role,\"Hi\",SENT\n" +
			"c1,,\"Priya \x1b]52;c;AAAA\a Raman\",https://www.linkedin.com/in/priya-raman-sample,\"Jordan\r Blake\",https://www.linkedin.com/in/jordan,2026-03-01 10:00:00 UTC,,\"Thanks \x1b[31m\",INBOX\n" +
			"c2,,\"Someone \u009b2J Else\",https://www.linkedin.com/in/someone,Jordan Blake,https://www.linkedin.com/in/jordan,2026-03-01 11:00:00 UTC,,\"Hi \a\",INBOX\n",
		"template.md": "---\nname: \"Broken \\e]52;c;AAAA\\a\"\nchannel: \"in\\e[31mmail\"\n---\n{{nope\x1b[31m}}\n",
		"bad.csv":     "name,url\n\"Bad \x1b]52;c;AAAA\a\",https://www.linkedin.com/in/bad/,extra,\"unclosed\n",
	}
	out := map[string]string{}
	for name, content := range files {
		out[name] = filepath.Join(dir, name)
		writeFile(t, out[name], content)
	}
	return out
}

// TestOutputShowsControls runs every command that prints on a log, a
// config, a template folder and input files that carry escape sequences,
// and checks that nothing a terminal acts on reaches standard output or
// standard error. It walks the command tree, so a command added later
// must be added here.
func TestOutputShowsControls(t *testing.T) {
	files := dirtyFiles(t)
	// A history to import, as another log's export writes it: dirt and all.
	history, _, code := runCLI(t, dirtyWorld(t), "export", "--format", "jsonl")
	if code != ExitOK {
		t.Fatalf("export for import inmail: exit %d", code)
	}
	files["history.jsonl"] = filepath.Join(t.TempDir(), "history.jsonl")
	writeFile(t, files["history.jsonl"], history)
	const key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIMeeuMmXzVRZrNztmx3xvGly41XYMcn6WK/g/5LVLnb+ ana@laptop"
	// The team refuses a name with controls; the commands still run here.
	ana := "Ana \x1b]52;c;AAAA\a\r\u009b2J Silva"
	line := "Your work on the Orbis Energy refinancing of $400 million is the kind of deal our client leads."
	runs := []struct {
		args []string
		// shows: the output must show dirt ("␛" or "�"), proving the
		// dirty text was printed rather than left out.
		shows bool
	}{
		{[]string{"templates", "list"}, true},
		{[]string{"templates", "lint"}, true},
		{[]string{"templates", "show", "senior-associate/lateral-move"}, true},
		{[]string{"templates", "add", "senior-associate/broken", files["template.md"]}, true},
		{[]string{"templates", "add", "senior-associate/x" + dirt, files["template.md"]}, false},
		{[]string{"templates", "remove", "senior-associate/none"}, false},
		{[]string{"check", "--profile", files["profile.json"], line}, false},
		{[]string{"send", "--profile", files["profile.json"], "--template", "senior-associate/lateral-move", "--personalization", line,
			"--role", "Counsel", "--client", "a firm", "--hook", "Remote."}, true},
		{[]string{"send", "--profile", files["profile.json"], "--template", "senior-associate/lateral-move", "--personalization", "I came across your profile \x1b]52;c;AAAA\a and think you'd be great."}, false},
		{[]string{"briefs", "list"}, true},
		{[]string{"briefs", "list", "--all", "--json"}, false},
		{[]string{"briefs", "show", "Counsel · a firm"}, true},
		{[]string{"briefs", "show", "Nobody \x1b]52;c;AAAA\a"}, false},
		{[]string{"briefs", "archive", "Counsel · a firm"}, true},
		{[]string{"compose", "--profile", files["profile.json"]}, false},
		{[]string{"candidates", "list"}, true},
		{[]string{"candidates", "list", "--json"}, false},
		{[]string{"candidates", "show", "https://www.linkedin.com/in/priya-raman-sample/"}, true},
		{[]string{"candidates", "show", "--json", "https://www.linkedin.com/in/priya-raman-sample/"}, false},
		{[]string{"candidates", "import", files["people.csv"]}, false},
		{[]string{"candidates", "import", files["bad.csv"]}, false},
		{[]string{"candidates", "add", files["paste.txt"]}, false},
		{[]string{"candidates", "remove", "Tomas Berg"}, false},
		{[]string{"candidates", "show", "Nobody \x1b]52;c;AAAA\a"}, false},
		{[]string{"log"}, true},
		{[]string{"log", "--json"}, false},
		{[]string{"log", "show", "1"}, true},
		{[]string{"log", "show", "1", "--json"}, false},
		{[]string{"log", "copy", "1"}, true},
		{[]string{"log", "--template", "x\x1b]52;c;AAAA\a"}, false},
		{[]string{"outcome", "1", "screened", "--note", "call \x1b]52;c;AAAA\a booked"}, true},
		{[]string{"credits"}, true},
		{[]string{"credits", "--json"}, false},
		{[]string{"credits", "--months", "3"}, true},
		{[]string{"credits", "set", "12"}, true},
		{[]string{"import", "linkedin", files["messages.csv"]}, true},
		{[]string{"report"}, true},
		{[]string{"report", "--by", "recruiter,template", "--recruiter", ""}, true},
		{[]string{"report", "--format", "csv", "--by", "template"}, true},
		{[]string{"report", "--format", "json", "--by", "recruiter"}, false},
		{[]string{"report", "--format", "markdown", "--by", "template"}, true},
		{[]string{"report", "compare", "senior-associate/lateral-move" + dirt, "senior-associate/lateral-move"}, true},
		{[]string{"export"}, true},
		{[]string{"export", "--format", "jsonl"}, false},
		{[]string{"demo", "--db", filepath.Join(t.TempDir(), "demo.db"), "--messages", "50"}, false},
		{[]string{"doctor"}, false},
		{[]string{"import", "inmail", files["history.jsonl"], "--as", "Sam \x1b]52;c;AAAA\a Reyes"}, false},
		{[]string{"team", "add", ana, "--key", key, "--role", "admin"}, false},
		{[]string{"team", "list"}, false},
		{[]string{"team", "role", ana, "lead"}, false},
		{[]string{"team", "remove", ana}, false},
		{[]string{"serve", "--listen", "bad\x1b]52;c;AAAA\a:x:y", "--host-key", files["profile.json"]}, false},
		{[]string{"doctor", "--salvage", filepath.Join(t.TempDir(), "salvaged.db")}, false},
		{[]string{}, false},
	}
	a := dirtyWorld(t)
	a.Stdin = strings.NewReader("")
	covered := map[string]bool{}
	for _, r := range runs {
		stdout, stderr, code := runCLI(t, a, r.args...)
		name := strings.Join(r.args, " ")
		t.Logf("%q: exit %d", name, code)
		for stream, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
			if bad := rawControl(out); bad != "" {
				t.Errorf("inmail %s: a control reaches %s: %s", name, stream, bad)
			}
		}
		if r.shows && !strings.ContainsAny(stdout+stderr, "␛�␇␍") {
			t.Errorf("inmail %s shows none of the dirt:\nstdout:\n%s\nstderr:\n%s", name, stdout, stderr)
		}
		if i := slices.Index(r.args, "--format"); slices.Contains(r.args, "--json") || i >= 0 && strings.HasPrefix(r.args[i+1], "json") {
			checkJSONKeepsValues(t, name, stdout)
		}
		covered[commandPath(a, r.args)] = true
	}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if c.Hidden || c.Name() == "help" || c.Name() == "completion" {
			return
		}
		if c.Runnable() && !covered[c.CommandPath()] {
			t.Errorf("%q prints but is not run here", c.CommandPath())
		}
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(NewRootCmd(newTestApp(t)))
}

// commandPath is the path of the command args run ("inmail log show").
func commandPath(a *App, args []string) string {
	c, _, err := NewRootCmd(a).Find(args)
	if err != nil {
		return ""
	}
	return c.CommandPath()
}

// checkJSONKeepsValues checks that JSON output still decodes, and that the
// dirt in it is escaped rather than replaced: a program reads the logged
// value.
func checkJSONKeepsValues(t *testing.T, name, out string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(out))
	n := 0
	for {
		var v any
		if err := dec.Decode(&v); err != nil {
			if err.Error() != "EOF" {
				t.Errorf("inmail %s: the JSON does not decode: %v\n%s", name, err, out)
			}
			break
		}
		n++
		if strings.Contains(fmt.Sprint(v), "Raman") && !strings.Contains(fmt.Sprint(v), "\u009b2J") && slices.Contains([]string{"log --json", "log show 1 --json", "candidates list --json"}, name) {
			t.Errorf("inmail %s: the C1 control was not kept as an escape", name)
		}
	}
	if n == 0 && out != "" {
		t.Errorf("inmail %s printed no JSON:\n%s", name, out)
	}
}

// TestOutputHygieneKeepsOwnOutput: a command's own output, with nothing
// from outside in it, comes through unchanged (tabs, newlines, Unicode).
func TestOutputHygieneKeepsOwnOutput(t *testing.T) {
	a := newTestApp(t)
	out, _, code := runCLI(t, a, "templates", "list")
	if code != ExitOK || !strings.Contains(out, "associate/direct-intro") || strings.ContainsAny(out, "␛�") {
		t.Fatalf("templates list: code %d\n%s", code, out)
	}
	if _, err := os.Stat(a.DBPath); err == nil {
		t.Fatal("templates list made a database")
	}
}

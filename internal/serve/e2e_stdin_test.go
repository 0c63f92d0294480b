package serve_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

// in writes candidate i's profile in format (json, yaml, csv) as a file
// a recruiter would pipe: their name, title, firm and the matter.
func (c madeCandidate) in(format string) string {
	switch format {
	case "json":
		b, _ := json.Marshal(map[string]any{"name": c.name, "title": "Associate", "company": "Varden Legal",
			"experience": []map[string]string{{"title": "Associate", "company": "Varden Legal", "description": "Advised on the " + c.matter + "."}}})
		return string(b)
	case "yaml":
		return fmt.Sprintf("name: %s\ntitle: Associate\ncompany: Varden Legal\nexperience:\n  - title: Associate\n    company: Varden Legal\n    description: Advised on the %s.\n", c.name, c.matter)
	case "csv":
		return fmt.Sprintf("name,title,company,experience\n%s,Associate,Varden Legal,Associate|Varden Legal|2022||Advised on the %s.\n", c.name, c.matter)
	}
	return c.page
}

// TestProfilesOnStandardInput: over SSH, files come on standard input,
// and --profile - and candidates import - read whichever format they are
// in, as a file of that kind would be read.
func TestProfilesOnStandardInput(t *testing.T) {
	tm := newTeam(t, people)
	for n, format := range []string{"json", "yaml", "csv", "page"} {
		c := made(100 + n)
		out, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(c.in(format)), "send", "--profile", "-",
			"--template", "associate/direct-intro", "--personalization", c.line, "--no-clipboard")
		if code != 0 || !strings.Contains(out, "InMail to "+c.name) {
			t.Errorf("send --profile - with %s: exit %d\n%s%s", format, code, out, errOut)
		}
	}

	t.Run("JSON Lines, one picked", func(t *testing.T) {
		a, b := made(110), made(111)
		var lines []string
		for _, c := range []madeCandidate{a, b} {
			lines = append(lines, strings.ReplaceAll(c.in("json"), "\n", ""))
		}
		jsonl := strings.Join(lines, "\n") + "\n"
		_, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(jsonl), "send", "--profile", "-",
			"--template", "associate/direct-intro", "--personalization", b.line, "--no-clipboard")
		if code != 2 || !strings.Contains(errOut, "standard input holds 2 profiles; pick one with --candidate-index") {
			t.Errorf("two profiles, none picked: exit %d, %s", code, errOut)
		}
		out, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(jsonl), "send", "--profile", "-", "--candidate-index", "2",
			"--template", "associate/direct-intro", "--personalization", b.line, "--no-clipboard")
		if code != 0 || !strings.Contains(out, "InMail to "+b.name) {
			t.Errorf("--candidate-index 2: exit %d\n%s%s", code, out, errOut)
		}
	})

	t.Run("candidates import -", func(t *testing.T) {
		yaml := "- name: Ana Silva\n  title: Senior Associate\n  company: Varden Legal\n- name: Ben Okafor\n  company: Halden\n"
		csv := "name,title,company\nCara Diaz,Associate,Varden Legal\nDev Shah,Associate,Halden\n"
		jsonl := "{\"name\": \"Eve Moss\", \"company\": \"Halden\"}\n{\"name\": \"Finn Roy\", \"company\": \"Varden Legal\"}\n"
		conns := "Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n" +
			"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n" +
			"Gita,Rao,https://www.linkedin.com/in/gita-rao,,Varden Legal,Associate,01 Mar 2026\n"
		for _, tc := range []struct{ name, in, want string }{
			{"yaml", yaml, "standard input: 2 added, 0 updated, 0 skipped."},
			{"csv", csv, "standard input: 2 added, 0 updated, 0 skipped."},
			{"json lines", jsonl, "standard input: 2 added, 0 updated, 0 skipped."},
			{"Connections.csv", conns, "standard input: 1 added, 0 updated, 0 skipped."},
		} {
			out, errOut, code := tm.ssh("Jo Kim", strings.NewReader(tc.in), "candidates", "import", "-")
			if code != 0 || !strings.Contains(out, tc.want) {
				t.Errorf("%s: exit %d\n%s%s", tc.name, code, out, errOut)
			}
		}
		out, _, code := tm.ssh("Jo Kim", nil, "candidates", "list")
		for _, name := range []string{"Ana Silva", "Ben Okafor", "Cara Diaz", "Dev Shah", "Eve Moss", "Finn Roy", "Gita Rao"} {
			if code != 0 || !strings.Contains(out, name) {
				t.Errorf("candidates list lacks %s: exit %d\n%s", name, code, out)
			}
		}
		_, errOut, code := tm.ssh("Jo Kim", strings.NewReader("{\n  \"name\": \"Hal\"\n  \"title\": \"x\"\n}\n"), "candidates", "import", "-")
		if code != 2 || !strings.Contains(errOut, "standard input:3: malformed JSON") {
			t.Errorf("broken JSON on standard input: exit %d, %s", code, errOut)
		}
	})
}

package serve_test

import (
	"os"
	"strings"
	"testing"
)

// TestTeamTemplatesOverSSH: an admin adds a template to the team's over
// SSH, checked before it is saved; the next session offers it and sends
// with it; removing it takes it away. Recruiters and leads may not.
func TestTeamTemplatesOverSSH(t *testing.T) {
	tm := newTeam(t, map[string]string{"Ana Silva": "admin", "Lee Park": "lead", "Sam Reyes": "recruiter"})
	warm, err := os.ReadFile("testdata/warm-intro.md")
	if err != nil {
		t.Fatal(err)
	}
	add := func(who, file string) (string, string, int) {
		return tm.ssh(who, strings.NewReader(file), "templates", "add", "associate/warm-intro", "-")
	}
	for _, who := range []string{"Sam Reyes", "Lee Park"} {
		if _, errOut, code := add(who, string(warm)); code != 1 || !strings.Contains(errOut, "changing the team's templates is for admins") {
			t.Errorf("%s adding a template: exit %d, %s", who, code, errOut)
		}
	}
	if _, errOut, code := tm.ssh("Ana Silva", nil, "templates", "add", "associate/warm-intro", "/etc/passwd"); code != 2 || !strings.Contains(errOut, "files come on standard input") {
		t.Errorf("a file of the server's: exit %d, %s", code, errOut)
	}
	broken := strings.Replace(string(warm), "{{first_name}}, a", "{{frist_name}}, a", 1)
	if _, errOut, code := add("Ana Silva", broken); code != 1 || !strings.Contains(errOut, "associate/warm-intro.md:4:") || !strings.Contains(errOut, "was not saved") {
		t.Errorf("a template with a problem: exit %d, %s", code, errOut)
	}
	if out, errOut, code := add("Ana Silva", string(warm)); code != 0 || !strings.Contains(out, "Saved associate/warm-intro in the team's templates") {
		t.Fatalf("the admin's add: exit %d\n%s%s", code, out, errOut)
	}

	out, _, code := tm.ssh("Sam Reyes", nil, "templates", "list")
	if code != 0 || !strings.Contains(out, "associate/warm-intro") || !strings.Contains(out, "Warm intro") {
		t.Errorf("the next session's templates: exit %d\n%s", code, out)
	}
	c := made(300)
	out, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(c.page), "send", "--profile", "-", "--template", "associate/warm-intro",
		"--personalization", c.line, "--no-clipboard")
	if code != 0 || !strings.Contains(out, "with associate/warm-intro") {
		t.Errorf("a send with the team's new template: exit %d\n%s%s", code, out, errOut)
	}

	if _, errOut, code := tm.ssh("Lee Park", nil, "templates", "remove", "associate/warm-intro"); code != 1 {
		t.Errorf("a lead removing it: exit %d, %s", code, errOut)
	}
	if out, errOut, code := tm.ssh("Ana Silva", nil, "templates", "remove", "associate/warm-intro"); code != 0 || !strings.Contains(out, "Removed associate/warm-intro") {
		t.Fatalf("the admin's remove: exit %d\n%s%s", code, out, errOut)
	}
	if out, _, _ := tm.ssh("Sam Reyes", nil, "templates", "list"); strings.Contains(out, "associate/warm-intro") {
		t.Errorf("a removed template is still offered:\n%s", out)
	}
	c = made(301)
	if _, errOut, code := tm.ssh("Sam Reyes", strings.NewReader(c.page), "send", "--profile", "-", "--template", "associate/warm-intro",
		"--personalization", c.line, "--no-clipboard"); code != 2 || !strings.Contains(errOut, `no template "associate/warm-intro"`) {
		t.Errorf("a send with the removed template: exit %d, %s", code, errOut)
	}
}

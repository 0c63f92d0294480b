package cli

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/aymanbagabas/go-udiff"

	"github.com/inmail/inmail/internal/store"
)

// goldenFile compares got with testdata/name, or writes it there when the
// tests run with -update (the flag of charmbracelet/x/exp/golden).
func goldenFile(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := udiff.Unified("golden", "got", string(want), got); d != "" {
		t.Errorf("%s differs (go test -update rewrites it):\n%s", path, d)
	}
}

// demoApp returns a test app whose database holds a 3,000-message demo
// history ending at testNow.
func demoApp(t *testing.T) *App {
	t.Helper()
	a := newTestApp(t)
	out, errOut, code := runCLI(t, a, "--db", a.DBPath, "demo", "--messages", "3000", "--seed", "7")
	if code != ExitOK {
		t.Fatalf("demo: code %d, stdout %q, stderr %q", code, out, errOut)
	}
	return a
}

func TestReportGolden(t *testing.T) {
	a := demoApp(t)
	tests := []struct {
		file string
		args []string
	}{
		{"report/by-template.golden", []string{"report"}},
		{"report/by-template-seniority.csv.golden", []string{"report", "--by", "template,seniority", "--format", "csv"}},
		{"report/by-template-seniority.json.golden", []string{"report", "--by", "template,seniority", "--format", "json"}},
		{"report/by-template-seniority.md.golden", []string{"report", "--by", "template,seniority", "--format", "markdown"}},
		{"report/by-month-channel.golden", []string{"report", "--by", "month,channel"}},
		{"report/by-week-one-template.golden", []string{"report", "--by", "week", "--template", "associate/direct-intro", "--since", "2026-01-05", "--until", "2026-02-01"}},
		{"report/by-recruiter-as-of.golden", []string{"report", "--by", "recruiter", "--as-of", "2026-01-31T18:00:00Z", "--since", "2026-01"}},
		{"report/compare-templates.golden", []string{"report", "compare", "associate/direct-intro", "associate/next-step"}},
		{"report/compare-periods.golden", []string{"report", "compare", "associate/connect", "--period", "2025-Q4", "--period", "2026-01-01..2026-03-01"}},
		{"report/compare-too-few.golden", []string{"report", "compare", "partner-track/connect", "--period", "2026-W02", "--period", "2026-W03"}},
	}
	for _, tt := range tests {
		out, errOut, code := runCLI(t, a, tt.args...)
		if code != ExitOK || errOut != "" {
			t.Errorf("%v: code %d, stderr %q", tt.args, code, errOut)
			continue
		}
		goldenFile(t, tt.file, out)
	}
}

// TestReportNumbersAgree checks the report's pieces against each other and
// against the log: groups add up to the total, the total matches export.
func TestReportNumbersAgree(t *testing.T) {
	a := demoApp(t)
	out, _, code := runCLI(t, a, "report", "--by", "template,seniority", "--format", "json")
	if code != ExitOK {
		t.Fatal(code)
	}
	var r struct {
		Groups []map[string]any `json:"groups"`
		Total  map[string]any   `json:"total"`
	}
	if err := json.Unmarshal([]byte(out), &r); err != nil {
		t.Fatal(err)
	}
	// The export's rows: follow-ups count with the message they follow
	// up, so the report's groups and totals are of the others.
	exp, _, code := runCLI(t, a, "export")
	if code != ExitOK {
		t.Fatal(code)
	}
	count, pairs, followUps := map[string]int{}, map[string]bool{}, 0
	for _, l := range strings.Split(strings.TrimSpace(exp), "\n")[1:] {
		c := strings.Split(l, ",")
		if c[8] == "followup" {
			followUps++
			continue
		}
		count[c[9]]++
		pairs[c[5]+" "+c[7]] = true
	}
	if len(r.Groups) != len(pairs) || len(pairs) <= builtInTemplates(t)/2 {
		t.Errorf("%d groups, want the %d template and seniority pairs of the export", len(r.Groups), len(pairs))
	}
	for _, field := range []string{"sent", "withdrawn", "awaiting", "decided", "responded", "late", "no_response", "screened", "credits_spent"} {
		sum := 0.0
		for _, g := range r.Groups {
			sum += g[field].(float64)
		}
		if sum != r.Total[field].(float64) {
			t.Errorf("%s: groups add up to %v, total says %v", field, sum, r.Total[field])
		}
	}
	tot := r.Total
	if tot["sent"].(float64)+tot["withdrawn"].(float64)+float64(followUps) != 3000 || followUps == 0 {
		t.Errorf("sent %v + withdrawn %v + %d follow-ups != 3000", tot["sent"], tot["withdrawn"], followUps)
	}
	if tot["responded"].(float64)+tot["late"].(float64)+tot["no_response"].(float64) != tot["decided"].(float64) {
		t.Errorf("responded + late + none != decided: %v", tot)
	}

	// The same counts from the exported statuses.
	if float64(count["withdrawn"]) != tot["withdrawn"].(float64) || float64(count["late"]) != tot["late"].(float64) {
		t.Errorf("export statuses %v against report total %v", count, tot)
	}
}

func TestReportRefuses(t *testing.T) {
	a := demoApp(t)
	tests := []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"report", "--by", "day"}, ExitBadInput, `cannot group by "day"`},
		{[]string{"report", "--by", "template,template"}, ExitBadInput, "listed twice"},
		{[]string{"report", "--format", "xml"}, ExitBadInput, `unknown format "xml"`},
		{[]string{"report", "--template", "associate/nope"}, ExitBadInput, `no message in the log has template "associate/nope" (the log has associate/connect,`},
		{[]string{"report", "--recruiter", "Nobody"}, ExitBadInput, `recruiter "Nobody"`},
		{[]string{"report", "--since", "last tuesday"}, ExitBadInput, `--since: cannot read "last tuesday" as a time`},
		{[]string{"report", "--since", "2026-02", "--until", "2026-01"}, ExitBadInput, "must come after --since"},
		{[]string{"report", "--tz", "Mars/Olympus"}, ExitBadInput, "not a time zone"},
		{[]string{"report", "compare", "associate/connect"}, ExitBadInput, "compare needs two templates"},
		{[]string{"report", "compare", "associate/connect", "--period", "2026-01"}, ExitBadInput, "exactly two --period"},
		{[]string{"report", "compare", "associate/connect", "--period", "2026-Q5", "--period", "2026-01"}, ExitBadInput, `--period "2026-Q5"`},
		{[]string{"report", "compare", "associate/connect", "associate/nope"}, ExitBadInput, `template "associate/nope"`},
	}
	for _, tt := range tests {
		_, errOut, code := runCLI(t, a, tt.args...)
		if code != tt.code || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: code %d, stderr %q; want %d and %q", tt.args, code, errOut, tt.code, tt.msg)
		}
	}
	// No database yet is an empty log, as for inmail log (issue 12).
	b := newTestApp(t)
	if out, errOut, code := runCLI(t, b, "report"); code != ExitOK || errOut != "" || !strings.Contains(out, "TOTAL") {
		t.Errorf("no database: code %d, stdout %q, stderr %q", code, out, errOut)
	}
}

func TestParsePeriod(t *testing.T) {
	loc := testNow.Location()
	tests := []struct{ in, since, until string }{
		{"2025-Q1", "2025-01-01", "2025-04-01"},
		{"2025-Q4", "2025-10-01", "2026-01-01"},
		{"2025-03", "2025-03-01", "2025-04-01"},
		{"2026-W01", "2025-12-29", "2026-01-05"},
		{"2025-W07", "2025-02-10", "2025-02-17"},
		{"2025-01-01..2025-03-31", "2025-01-01", "2025-04-01"},
		{"2025-04-01..", "2025-04-01", "0001-01-01"},
		{"..2025-03-31", "0001-01-01", "2025-04-01"},
	}
	for _, tt := range tests {
		s, u, err := parsePeriod(tt.in, loc, testNow)
		if err != nil || s.Format("2006-01-02") != tt.since || u.Format("2006-01-02") != tt.until {
			t.Errorf("parsePeriod(%q) = %v, %v, %v; want %s, %s", tt.in, s, u, err, tt.since, tt.until)
		}
	}
	for _, bad := range []string{"2025-W54", "2025-Q0", "..", "2025-03-31..2025-03-01", "spring"} {
		if _, _, err := parsePeriod(bad, loc, testNow); err == nil {
			t.Errorf("parsePeriod(%q) accepted", bad)
		}
	}
}

func TestParseTime(t *testing.T) {
	loc := testNow.Location()
	tests := []struct {
		in   string
		end  bool
		want string
	}{
		{"2026-03-01", false, "2026-03-01T00:00:00Z"},
		{"2026-03-01", true, "2026-03-02T00:00:00Z"},
		{"2026-02", true, "2026-03-01T00:00:00Z"},
		{"2026-03-01T09:15", false, "2026-03-01T09:15:00Z"},
		{"2026-03-01T09:15:00+01:00", false, "2026-03-01T08:15:00Z"},
		{"90d", false, "2025-12-10T09:30:00Z"},
		{"2w", true, "2026-02-24T09:30:00Z"},
	}
	for _, tt := range tests {
		got, err := parseTimeAt(tt.in, loc, tt.end, testNow)
		if err != nil || got.UTC().Format("2006-01-02T15:04:05Z") != tt.want {
			t.Errorf("parseTimeAt(%q, end %v) = %v, %v; want %s", tt.in, tt.end, got, err, tt.want)
		}
	}
}

func TestReportAndExportOfAnEmptyLog(t *testing.T) {
	a := newTestApp(t)
	db, err := store.Open(a.DBPath, store.Options{Now: a.Now})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	out, errOut, code := runCLI(t, a, "report", "--by", "template,week")
	if code != ExitOK || !strings.HasPrefix(out, "TEMPLATE  WEEK  SENT  AWAITING  RESP 7D  95% CI") ||
		!strings.Contains(out, "\nTOTAL              0         0        -       -") || !strings.Contains(out, "no logged message matches") {
		t.Errorf("code %d, stderr %q, report:\n%s", code, errOut, out)
	}
	out, _, code = runCLI(t, a, "report", "--format", "json")
	if code != ExitOK || !strings.Contains(out, `"groups": []`) {
		t.Errorf("json: code %d:\n%s", code, out)
	}
	out, _, code = runCLI(t, a, "export")
	if code != ExitOK || strings.Count(out, "\n") != 1 {
		t.Errorf("export: code %d:\n%s", code, out)
	}
}

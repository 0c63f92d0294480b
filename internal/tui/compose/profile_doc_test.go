package compose

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/personalize"
)

func TestSectionTitle(t *testing.T) {
	for _, tc := range []struct{ key, want string }{
		{"languages", "Languages"},
		{"test_scores", "Test scores"},
		{"organisations", "Organisations"},
		{"githubHandle", "Github handle"},
		{"github-handle", "Github handle"},
		{"portfolioURL", "Portfolio URL"},
		{"GPA", "GPA"},
		{"URLPath", "URL path"},
		{"x", "X"},
		{"__", "__"},
	} {
		if got := sectionTitle(tc.key); got != tc.want {
			t.Errorf("sectionTitle(%q) = %q, want %q", tc.key, got, tc.want)
		}
	}
}

// TestProfileExtraSections draws fields inmail has no place for under
// headings in words, lists item by item, and highlights a reference into
// one of them.
func TestProfileExtraSections(t *testing.T) {
	p := priya().Profile
	p.Extra = map[string]any{
		"languages":    "Tamil\nNative or bilingual proficiency",
		"test_scores":  "GMAT 740",
		"githubHandle": "praman",
		"talks":        []any{"Unitranche after the rate cycle, SuperReturn 2024", "Covenant resets"},
		"empty":        []any{},
	}
	doc := docFor(&p)
	v := personalize.Check(&p, "Your SuperReturn 2024 talk on unitranche after the rate cycle was sharp", personalize.Options{})
	pt := layoutDoc(doc, highlights(doc, v.References), 60)
	out := strings.Join(pt.lines, "\n")
	for _, want := range []string{"\nLanguages\nTamil\nNative or bilingual proficiency", "\nTest scores\nGMAT 740", "\nGithub handle\npraman", "\nTalks\nUnitranche after the rate cycle, SuperReturn 2024\nCovenant resets"} {
		if !strings.Contains(out, want) {
			t.Errorf("no %q in the profile pane:\n%s", want, out)
		}
	}
	if strings.Contains(out, "languages") || strings.Contains(out, "Empty") {
		t.Errorf("a raw key or an empty section is shown:\n%s", out)
	}
	if !v.OK || pt.first < 0 || !strings.Contains(pt.lines[pt.first], "SuperReturn") {
		t.Errorf("the reference to the talk is not highlighted (verdict %+v, first highlighted line %d)", v, pt.first)
	}
	if len(pt.marks) == 0 || !strings.Contains(out[pt.marks[0][0]:pt.marks[0][1]], "SuperReturn") {
		t.Errorf("the highlight covers %v, not the talk", pt.marks)
	}
}

// TestProfileHeadlineNotRepeated leaves out the position line when the
// headline already says it, and keeps it when it does not.
func TestProfileHeadlineNotRepeated(t *testing.T) {
	for _, tc := range []struct {
		headline string
		repeat   bool
	}{
		{"Vice President, Leveraged Finance at Halden Stroud & Co.", false},
		{"Leveraged finance | sponsor coverage", true},
	} {
		p := priya().Profile
		p.Headline, p.Title, p.Company = tc.headline, "Vice President, Leveraged Finance", "Halden Stroud & Co."
		out := strings.Join(layoutDoc(docFor(&p), nil, 100).lines, "\n")
		if got := strings.Contains(out, "Vice President, Leveraged Finance · Halden Stroud & Co."); got != tc.repeat {
			t.Errorf("headline %q: position line shown %v, want %v:\n%s", tc.headline, got, tc.repeat, out)
		}
	}
}

package profile

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSniff tells each format from its first lines, and the pasted pages
// of the test corpus from all of them.
func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		name, in string
		want     Format
	}{
		{"object", `{"name": "Priya Raman", "title": "Associate"}`, JSON},
		{"pretty object", "{\n  \"name\": \"Priya Raman\",\n  \"title\": \"Associate\"\n}\n", JSON},
		{"array", "\n  [{\"name\": \"A\"}, {\"name\": \"B\"}]", JSON},
		{"one a line", "{\"name\": \"A\"}\n\n{\"name\": \"B\"}\n", JSONLines},
		{"yaml", "name: Priya Raman\ntitle: Associate\n", YAML},
		{"yaml list", "# shortlist\n- name: Priya Raman\n- name: Sam Ortiz\n", YAML},
		{"yaml document", "---\nname: Priya Raman\n", YAML},
		{"csv", "\uFEFFName,Title,Company\nPriya Raman,Associate,Harlow\n", CSV},
		{"quoted csv", "\"name\",\"skills\"\n\"A\",\"b;c\"\n", CSV},
		{"a name with a comma", "Priya Raman, CFA\nAssociate at Harlow\n", Page},
		{"a header of no profile field", "colour,size\nred,9\n", Page},
		{"a sentence with a colon", "Note: copied from LinkedIn\nPriya Raman\n", Page},
		{"empty", "  \n", Page},
	} {
		if got := Sniff([]byte(tc.in)); got != tc.want {
			t.Errorf("%s: Sniff = %v, want %v", tc.name, got, tc.want)
		}
	}
	pages, err := filepath.Glob("testdata/paste/*.txt")
	more, _ := filepath.Glob("testdata/pages/*.txt")
	pages = append(pages, more...)
	if err != nil || len(pages) < 10 {
		t.Fatalf("%d pasted pages: %v", len(pages), err)
	}
	for _, p := range pages {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if got := Sniff(b); got != Page {
			t.Errorf("%s: Sniff = %v, want a pasted page", p, got)
		}
	}
}

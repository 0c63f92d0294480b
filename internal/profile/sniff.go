package profile

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// Format is how a profile file is written.
type Format int

// The formats, as Load tells them by extension and Sniff by content.
const (
	// Page is text pasted from a LinkedIn profile page (see ReadPage).
	Page Format = iota
	// JSON is one profile object or an array of them.
	JSON
	// JSONLines is one profile object a line.
	JSONLines
	// YAML is one profile mapping or a list of them.
	YAML
	// CSV is one profile a row, the fields named by the header.
	CSV
)

// String names the format for people.
func (f Format) String() string {
	switch f {
	case JSON:
		return "JSON"
	case JSONLines:
		return "JSON Lines"
	case YAML:
		return "YAML"
	case CSV:
		return "CSV"
	}
	return "pasted page text"
}

// yamlKey is a first line of YAML that names a profile field: "name:
// Priya", "- name: Priya" (a list of profiles).
var yamlKey = regexp.MustCompile(`^(?:-\s+)?([A-Za-z_]+):(?:\s|$)`)

// csvHeader is a header cell: a field name, not a sentence.
var csvHeader = regexp.MustCompile(`^[a-z_][a-z0-9_ ]*$`)

// Sniff tells the format of profile input that has no file name (standard
// input) from its first lines: a JSON object or array, one object a line,
// YAML naming profile fields, a CSV header naming profile fields, and
// anything else text pasted from a profile page. The first line of a
// page is a person's name, which none of the others can start with.
func Sniff(head []byte) Format {
	lines := firstLines(head, 16)
	if len(lines) == 0 {
		return Page
	}
	first := lines[0]
	switch {
	case first[0] == '[':
		return JSON
	case first[0] == '{':
		if len(lines) > 1 && allObjects(lines) {
			return JSONLines
		}
		return JSON
	case first == "---":
		return YAML
	}
	if m := yamlKey.FindStringSubmatch(first); m != nil && knownFields[strings.ToLower(m[1])] {
		return YAML
	}
	if cells := strings.Split(first, ","); len(cells) > 1 {
		known := false
		for _, c := range cells {
			c = strings.ToLower(strings.Trim(strings.TrimSpace(c), `"`))
			if !csvHeader.MatchString(c) {
				return Page
			}
			known = known || knownFields[c]
		}
		if known {
			return CSV
		}
	}
	return Page
}

// firstLines are up to n non-blank lines of b, trimmed, skipping
// comments (#).
func firstLines(b []byte, n int) []string {
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(bytes.TrimPrefix(b, []byte("\uFEFF"))))
	sc.Buffer(make([]byte, 0, 4096), len(b)+1)
	for len(out) < n && sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		out = append(out, l)
	}
	return out
}

// allObjects reports whether every line is a whole JSON object on its
// own, as in JSON Lines (a pretty-printed object's lines are not).
func allObjects(lines []string) bool {
	for _, l := range lines {
		if !strings.HasPrefix(l, "{") || !strings.HasSuffix(l, "}") {
			return false
		}
	}
	return true
}

// ReadAs reads profiles written in format f from r, with that format's
// limits, as Load does for a file with f's extension. name says where
// they came from in errors.
func ReadAs(r io.Reader, name string, f Format) ([]Profile, error) {
	switch f {
	case JSON:
		return ReadJSON(r, name)
	case JSONLines:
		return ReadJSONLines(r, name)
	case YAML:
		return ReadYAML(r, name)
	case CSV:
		return ReadCSV(r, name)
	case Page:
		p, err := ReadPaste(r, name)
		if err != nil {
			return nil, err
		}
		return []Profile{p}, nil
	}
	return nil, fmt.Errorf("%s: unknown format %d", name, int(f))
}

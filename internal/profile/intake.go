package profile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"

	"github.com/inmail/inmail/internal/termsafe"
)

// The limits of profile input. A whole profile page copied from LinkedIn
// is well under 100 KB; anything over MaxProfile is refused before it is
// read further, so a mistaken 50 MB paste costs a megabyte and no time.
// Files that hold many profiles (CSV, JSON Lines, a JSON array) may be up
// to MaxFile, each profile in them up to MaxProfile.
const (
	MaxProfile = 1 << 20
	MaxFile    = 16 << 20
)

// ReadLimited reads r up to limit bytes and refuses more, input that is
// not UTF-8 text, and binary data, in a sentence naming the input. It
// reads at most limit+1 bytes.
func ReadLimited(r io.Reader, name string, limit int) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, int64(limit)+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(b) > limit {
		return nil, tooLarge(name, limit)
	}
	b = bytes.TrimPrefix(b, []byte("\uFEFF"))
	if err := checkText(name, b); err != nil {
		return nil, err
	}
	return b, nil
}

func tooLarge(name string, limit int) error {
	if limit > MaxProfile {
		return fmt.Errorf("%s is over %s, more than inmail reads at once; split it into files of fewer profiles", name, sizeLabel(limit))
	}
	return fmt.Errorf("%s is over %s, more than a profile can be (a whole profile page is under 100 KB); "+
		"copy one profile page at a time", name, sizeLabel(limit))
}

// ReadFile reads a profile file whole, refusing one over its format's
// limit (see fileLimit) without reading it, and one that is not text.
func ReadFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open profile: %w", err)
	}
	defer f.Close()
	return readFile(f, path)
}

// readFile reads the open profile file f, named path.
func readFile(f *os.File, path string) ([]byte, error) {
	limit := fileLimit(path)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() && fi.Size() > int64(limit) {
		return nil, tooLarge(path, limit)
	}
	return ReadLimited(f, path, limit)
}

// fileLimit is the most a profile file named path may hold: MaxFile for
// the formats that hold many profiles, MaxProfile for the others.
func fileLimit(path string) int {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json", ".jsonl", ".ndjson", ".csv":
		return MaxFile
	}
	return MaxProfile
}

func sizeLabel(n int) string {
	if n%(1<<20) == 0 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d KB", n>>10)
}

// checkText refuses input that is not text: invalid UTF-8, or NUL bytes.
func checkText(name string, b []byte) error {
	if bytes.IndexByte(b, 0) >= 0 {
		return fmt.Errorf("%s holds binary data, not a profile; name a text, JSON, YAML or CSV profile file", name)
	}
	if !utf8.Valid(b) {
		return fmt.Errorf("%s is not UTF-8 text; save the profile as UTF-8 (or copy the page again) and retry", name)
	}
	return nil
}

// expectedKeys names the keys a profile object is recognised by.
const expectedKeys = `profile keys such as "name", "id" (their profile URL), "headline", "title", "company", "experience", "education", "skills", "about" or "text"`

// candidateKeys are the keys of a saved candidate as inmail candidates
// show --json writes it: the profile is under "profile".
var candidateKeys = map[string]bool{"id": true, "profile": true, "added_at": true, "updated_at": true, "last_used": true}

// decodeProfile decodes one JSON profile object (or a saved candidate
// holding one) and checks its shape. Errors name the file and the line,
// counted from lineBase.
func decodeProfile(raw []byte, name string, lineBase int) (Profile, error) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return Profile{}, jsonError(name, raw, lineBase, err)
	}
	outerID := ""
	if inner, ok := top["profile"]; ok && isCandidate(top) {
		// The JSON of inmail candidates show --json: the profile inside,
		// with the candidate's id when the profile has none.
		_ = json.Unmarshal(top["id"], &outerID)
		raw = inner
		top = nil
		if err := json.Unmarshal(raw, &top); err != nil {
			return Profile{}, jsonError(name, raw, lineBase, err)
		}
	}
	keys := make(map[string]any, len(top))
	for k, v := range top {
		keys[k] = nil
		if string(v) != "null" {
			keys[k] = v
		}
	}
	if err := checkShape(keys); err != nil {
		return Profile{}, fmt.Errorf("%s:%d: %w", name, lineBase+1, err)
	}
	var p Profile
	if err := json.Unmarshal(raw, &p); err != nil {
		return Profile{}, jsonError(name, raw, lineBase, err)
	}
	if p.ID == "" {
		p.ID = outerID
	}
	return Clean(p), nil
}

// isCandidate reports whether a JSON object is a saved candidate: a
// "profile" object and only the other keys of a candidate.
func isCandidate(top map[string]json.RawMessage) bool {
	if t := bytes.TrimSpace(top["profile"]); len(t) == 0 || t[0] != '{' {
		return false
	}
	for k := range top {
		if !candidateKeys[k] {
			return false
		}
	}
	return true
}

// checkShape refuses an object that has none of a profile's keys with a
// value: {"foo": 1} is not a profile, whatever its leniency.
func checkShape(all map[string]any) error {
	var found []string
	for k, v := range all {
		if knownFields[strings.ToLower(k)] && v != nil {
			return nil
		}
		found = append(found, fmt.Sprintf("%q", k))
	}
	slices.Sort(found)
	if len(found) == 0 {
		return fmt.Errorf("the object is empty, not a profile: expected %s", expectedKeys)
	}
	if len(found) > 5 {
		found = append(found[:5], "…")
	}
	return fmt.Errorf("the object has %s, not a profile's keys with values: expected %s", strings.Join(found, ", "), expectedKeys)
}

// jsonWhat says what kind of JSON value v is, for errors.
func jsonWhat(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case float64:
		return "a number"
	case bool:
		return "true or false"
	case []any:
		return "a list"
	}
	return "an object"
}

// yamlWhat says what kind of YAML node n is, for errors.
func yamlWhat(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Kind == yaml.MappingNode:
		return "a mapping"
	case n.Tag == "!!null":
		return "null"
	}
	return fmt.Sprintf("the value %q", n.Value)
}

// Clean returns p with control characters and terminal escape sequences
// removed from every string it carries, Extra included (see
// termsafe.Strip). Everything a profile carries goes through it before
// it is stored.
func Clean(p Profile) Profile {
	s := termsafe.Strip
	for _, f := range []*string{&p.ID, &p.Name, &p.Headline, &p.Title, &p.Company, &p.Location, &p.Seniority,
		&p.About, &p.Pronouns, &p.Text} {
		*f = s(*f)
	}
	for _, l := range []*[]string{&p.Skills, &p.Certifications, &p.Volunteering, &p.Honors, &p.TeamHonors,
		&p.Languages, &p.Interests} {
		*l = cleanList(*l)
	}
	p.Experience = slices.Clone(p.Experience)
	for i := range p.Experience {
		x := &p.Experience[i]
		for _, f := range []*string{&x.Title, &x.Company, &x.Start, &x.End, &x.Description, &x.Location, &x.Type} {
			*f = s(*f)
		}
	}
	p.Education = slices.Clone(p.Education)
	for i := range p.Education {
		e := &p.Education[i]
		e.School, e.Degree, e.Field = s(e.School), s(e.Degree), s(e.Field)
	}
	p.Projects = slices.Clone(p.Projects)
	for i := range p.Projects {
		pr := &p.Projects[i]
		pr.Name, pr.Description, pr.Start, pr.End = s(pr.Name), s(pr.Description), s(pr.Start), s(pr.End)
	}
	p.Publications = slices.Clone(p.Publications)
	for i := range p.Publications {
		x := &p.Publications[i]
		x.Title, x.Publisher, x.Description = s(x.Title), s(x.Publisher), s(x.Description)
	}
	p.Activity = slices.Clone(p.Activity)
	for i := range p.Activity {
		a := &p.Activity[i]
		a.Kind, a.Of, a.Title, a.Text = s(a.Kind), s(a.Of), s(a.Title), s(a.Text)
	}
	p.Recommendations = slices.Clone(p.Recommendations)
	for i := range p.Recommendations {
		r := &p.Recommendations[i]
		r.Person, r.Relation, r.Text = s(r.Person), s(r.Relation), s(r.Text)
	}
	if p.Extra != nil {
		x := make(map[string]any, len(p.Extra))
		for k, v := range p.Extra {
			x[s(k)] = cleanAny(v)
		}
		p.Extra = x
	}
	return p
}

func cleanList(l []string) []string {
	if l == nil {
		return nil
	}
	out := make([]string, len(l))
	for i, v := range l {
		out[i] = termsafe.Strip(v)
	}
	return out
}

// cleanAny cleans the strings of a decoded JSON or YAML value.
func cleanAny(v any) any {
	switch v := v.(type) {
	case string:
		return termsafe.Strip(v)
	case []any:
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = cleanAny(e)
		}
		return out
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, e := range v {
			out[termsafe.Strip(k)] = cleanAny(e)
		}
		return out
	}
	return v
}

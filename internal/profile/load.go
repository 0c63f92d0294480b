package profile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	gojson "github.com/goccy/go-json"
	gojsonv2 "github.com/goccy/go-json/v2"
	"go.yaml.in/yaml/v3"
)

// knownFields are the JSON/YAML keys of Profile; anything else goes to Extra.
var knownFields = map[string]bool{
	"id": true, "name": true, "headline": true, "title": true, "company": true,
	"location": true, "seniority": true, "skills": true, "experience": true,
	"education": true, "projects": true, "publications": true,
	"certifications": true, "volunteering": true, "honors": true, "about": true,
	"text": true, "team_honors": true, "languages": true, "interests": true,
	"pronouns": true, "activity": true, "recommendations": true,
}

// profileFields is Profile without its methods, so decoding it does not
// recurse into UnmarshalJSON.
type profileFields Profile

// UnmarshalJSON decodes the known fields and keeps the others in Extra.
// It is lenient about shapes: a list given as one string, a certification
// or volunteer role given as an object, a year given as a string, and keys
// inside entries that inmail does not know are all read (see fromMap);
// only malformed JSON is an error. A profile in Profile's own shape, the
// common case, is decoded once; any other is decoded again as a map.
func (p *Profile) UnmarshalJSON(b []byte) error {
	// goccy/go-json decodes the usual profile, of known fields only, in
	// about half the time (a batch check decodes one per line); anything
	// else takes encoding/json's lenient path below, errors included.
	var f profileFields
	if err := gojsonv2.Unmarshal(b, &f, strictV1...); err == nil {
		*p = Profile(f)
		return nil
	}
	var all map[string]any
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	*p = fromMap(all)
	return nil
}

// strictV1 decodes as encoding/json's Decoder with DisallowUnknownFields
// does, from bytes: the options of encoding/json (gojson.DefaultOptionsV1)
// and an unknown key an error. It is the Decoder's reading without its
// buffers, which cost more than the decoding of a profile.
var strictV1 = []gojsonv2.Options{gojson.DefaultOptionsV1(), gojsonv2.RejectUnknownMembers(true)}

// MarshalJSON writes the known fields and then Extra's, so a profile
// survives a round trip.
func (p Profile) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(profileFields(p))
	if err != nil || len(p.Extra) == 0 {
		return b, err
	}
	var all map[string]any
	if err := json.Unmarshal(b, &all); err != nil {
		return nil, err
	}
	for k, v := range p.Extra {
		if !knownFields[k] {
			all[k] = v
		}
	}
	return json.Marshal(all)
}

// UnmarshalYAML decodes the known fields and keeps the others in Extra,
// with the same leniency as UnmarshalJSON.
func (p *Profile) UnmarshalYAML(n *yaml.Node) error {
	var all map[string]any
	if err := n.Decode(&all); err != nil {
		return err
	}
	var f profileFields
	if err := n.Decode(&f); err == nil && !yamlUnknownKey(all) {
		*p = Profile(f)
		p.Extra = extra(all)
		return nil
	}
	*p = fromMap(all)
	return nil
}

// yamlUnknownKey reports whether entries of a decoded YAML profile have
// keys inmail does not know.
func yamlUnknownKey(all map[string]any) bool {
	for _, k := range []string{"experience", "education", "projects", "publications", "activity", "recommendations"} {
		list, _ := all[k].([]any)
		for _, e := range list {
			m, _ := e.(map[string]any)
			for key := range m {
				if !entryFields[key] {
					return true
				}
			}
		}
	}
	return false
}

func extra(all map[string]any) map[string]any {
	var x map[string]any
	for k, v := range all {
		if knownFields[k] || v == nil {
			continue
		}
		if x == nil {
			x = map[string]any{}
		}
		x[k] = v
	}
	return x
}

// Load reads the profiles in a file, choosing the format by extension:
// .json (one profile or an array), .jsonl (one profile per line), .yaml or
// .yml (one profile or a list), .csv (one profile per row), and anything
// else as text pasted from a LinkedIn profile page (see ReadPage). Input
// that is too large (see MaxProfile and MaxFile), not UTF-8 text, empty,
// or not shaped as a profile is refused with an error naming the file.
// Every profile returned is Clean.
func Load(path string) ([]Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open profile: %w", err)
	}
	defer f.Close()
	name := path
	b, err := readFile(f, path)
	if err != nil {
		return nil, err
	}
	r := bytes.NewReader(b)
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return ReadJSON(r, name)
	case ".jsonl", ".ndjson":
		return ReadJSONLines(r, name)
	case ".yaml", ".yml":
		return ReadYAML(r, name)
	case ".csv":
		return ReadCSV(r, name)
	default:
		p, err := ReadPaste(r, name)
		if err != nil {
			return nil, err
		}
		return []Profile{p}, nil
	}
}

// ReadPaste reads text pasted from a profile page (see ReadPage), at most
// MaxProfile bytes of it. name says where it came from in errors.
func ReadPaste(r io.Reader, name string) (Profile, error) {
	b, err := ReadLimited(r, name, MaxProfile)
	if err != nil {
		return Profile{}, err
	}
	if !bytes.ContainsFunc(b, func(r rune) bool { return r > ' ' }) {
		return Profile{}, fmt.Errorf("%s is empty; paste the text of a LinkedIn profile page", name)
	}
	p, err := ReadPage(string(b))
	if err != nil {
		return Profile{}, fmt.Errorf("%s: %w", name, err)
	}
	return Clean(p), nil
}

// ReadJSON reads one profile object or an array of them, as a profile file
// or as inmail candidates show --json and list --json write them. name is
// used in errors, which give the line and, when known, the field.
func ReadJSON(r io.Reader, name string) ([]Profile, error) {
	b, err := ReadLimited(r, name, MaxFile)
	if err != nil {
		return nil, err
	}
	t := bytes.TrimSpace(b)
	switch {
	case len(t) == 0:
		return nil, fmt.Errorf("%s: the file is empty; it should hold a profile object or an array of them", name)
	case t[0] == '[':
		return readJSONArray(b, name)
	case t[0] != '{':
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			return nil, jsonError(name, b, 0, err)
		}
		return nil, fmt.Errorf("%s holds %s, not a profile: expected an object with %s", name, jsonWhat(v), expectedKeys)
	case len(b) > MaxProfile:
		return nil, tooLarge(name, MaxProfile)
	}
	p, err := decodeProfile(b, name, 0)
	if err != nil {
		return nil, err
	}
	return []Profile{p}, nil
}

// readJSONArray reads an array of profiles, each at most MaxProfile bytes.
func readJSONArray(b []byte, name string) ([]Profile, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(name, b, 0, err)
	}
	var ps []Profile
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, jsonError(name, b, 0, err)
		}
		end := int(dec.InputOffset())
		line := lineAt(b, int64(end-len(raw)))
		if len(raw) > MaxProfile {
			return nil, fmt.Errorf("%s:%d: %w", name, line, tooLarge(fmt.Sprintf("profile %d", len(ps)+1), MaxProfile))
		}
		if raw[0] != '{' {
			var v any
			_ = json.Unmarshal(raw, &v)
			return nil, fmt.Errorf("%s:%d: profile %d is %s, not a profile object", name, line, len(ps)+1, jsonWhat(v))
		}
		p, err := decodeProfile(raw, name, line-1)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	if _, err := dec.Token(); err != nil {
		return nil, jsonError(name, b, 0, err)
	}
	if rest := bytes.TrimSpace(b[dec.InputOffset():]); len(rest) > 0 {
		return nil, fmt.Errorf("%s:%d: malformed JSON: text after the end of the array", name, lineAt(b, dec.InputOffset()))
	}
	return ps, nil
}

// ReadJSONLines reads one profile object per line; blank lines are skipped.
func ReadJSONLines(r io.Reader, name string) ([]Profile, error) {
	b, err := ReadLimited(r, name, MaxFile)
	if err != nil {
		return nil, err
	}
	var ps []Profile
	for i, line := range bytes.Split(b, []byte("\n")) {
		t := bytes.TrimSpace(line)
		switch {
		case len(t) == 0:
			continue
		case len(line) > MaxProfile:
			return nil, fmt.Errorf("%s:%d: %w", name, i+1, tooLarge("the line", MaxProfile))
		case t[0] != '{':
			var v any
			if err := json.Unmarshal(line, &v); err != nil {
				return nil, jsonError(name, line, i, err)
			}
			return nil, fmt.Errorf("%s:%d: the line holds %s, not a profile object", name, i+1, jsonWhat(v))
		}
		p, err := decodeProfile(line, name, i)
		if err != nil {
			return nil, err
		}
		ps = append(ps, p)
	}
	if len(ps) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; it should hold one profile object a line", name)
	}
	return ps, nil
}

// jsonError turns a decoding error into "name:line: field f: what", with
// line counted from the start of b plus lineBase lines.
func jsonError(name string, b []byte, lineBase int, err error) error {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Errorf("%s:%d: malformed JSON (%v); fix the file there, often a missing comma or quote", name, lineBase+lineAt(b, syn.Offset), syn)
	case errors.As(err, &typ):
		field := typ.Field
		if field == "" {
			field = "(top level)"
		}
		return fmt.Errorf("%s:%d: field %s: got a JSON %s, want %s", name,
			lineBase+lineAt(b, typ.Offset), field, typ.Value, jsonKind(typ.Type.Kind().String()))
	case errors.Is(err, io.ErrUnexpectedEOF):
		return fmt.Errorf("%s:%d: malformed JSON: the text ends in the middle of a value; close the open brackets and quotes", name, lineBase+lineAt(b, int64(len(b))))
	}
	return fmt.Errorf("%s:%d: %v", name, lineBase+1, err)
}

func jsonKind(k string) string {
	switch k {
	case "slice":
		return "a list"
	case "struct", "map":
		return "an object"
	case "int", "int64":
		return "a whole number"
	}
	return "a " + k
}

// lineAt is the 1-based line of byte offset off in b.
func lineAt(b []byte, off int64) int {
	if off > int64(len(b)) {
		off = int64(len(b))
	}
	if off < 0 {
		off = 0
	}
	return 1 + bytes.Count(b[:off], []byte("\n"))
}

// ReadYAML reads one profile mapping or a list of them, at most
// MaxProfile bytes.
func ReadYAML(r io.Reader, name string) ([]Profile, error) {
	b, err := ReadLimited(r, name, MaxProfile)
	if err != nil {
		return nil, err
	}
	var n yaml.Node
	if err := yaml.Unmarshal(b, &n); err != nil {
		return nil, yamlError(name, err)
	}
	if len(n.Content) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; it should hold a profile or a list of them", name)
	}
	doc := n.Content[0]
	var nodes []*yaml.Node
	switch doc.Kind {
	case yaml.SequenceNode:
		nodes = doc.Content
	case yaml.MappingNode:
		nodes = []*yaml.Node{doc}
	default:
		return nil, fmt.Errorf("%s:%d: the file holds %s, not a profile: expected a mapping with %s", name, doc.Line, yamlWhat(doc), expectedKeys)
	}
	var ps []Profile
	for i, e := range nodes {
		if e.Kind != yaml.MappingNode {
			return nil, fmt.Errorf("%s:%d: profile %d is %s, not a mapping of profile fields", name, e.Line, i+1, yamlWhat(e))
		}
		var all map[string]any
		if err := e.Decode(&all); err != nil {
			return nil, yamlError(name, err)
		}
		if err := checkShape(all); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, e.Line, err)
		}
		var p Profile
		if err := e.Decode(&p); err != nil {
			return nil, yamlError(name, err)
		}
		ps = append(ps, Clean(p))
	}
	return ps, nil
}

// yamlError rewrites "yaml: line 3: ..." as "name:3: ...".
func yamlError(name string, err error) error {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	msg = strings.TrimPrefix(msg, "yaml: ")
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		if num, tail, ok := strings.Cut(rest, ": "); ok {
			if _, err := strconv.Atoi(num); err == nil {
				return fmt.Errorf("%s:%s: %s", name, num, tail)
			}
		}
	}
	return fmt.Errorf("%s: %s", name, msg)
}

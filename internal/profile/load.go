package profile

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"

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
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var f profileFields
	if err := dec.Decode(&f); err == nil {
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
	for _, k := range []string{"experience", "education", "projects", "publications"} {
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
// else as text pasted from a LinkedIn profile page.
func Load(path string) ([]Profile, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open profile: %w", err)
	}
	defer f.Close()
	name := path
	switch strings.ToLower(filepath.Ext(path)) {
	case ".json":
		return ReadJSON(f, name)
	case ".jsonl", ".ndjson":
		return ReadJSONLines(f, name)
	case ".yaml", ".yml":
		return ReadYAML(f, name)
	case ".csv":
		return ReadCSV(f, name)
	default:
		b, err := io.ReadAll(f)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", name, err)
		}
		if !bytes.ContainsFunc(b, func(r rune) bool { return r > ' ' }) {
			return nil, fmt.Errorf("%s: the file is empty; paste the text of a LinkedIn profile page into it", name)
		}
		return []Profile{ParsePaste(string(b))}, nil
	}
}

// ReadJSON reads one profile object or an array of them. name is used in
// errors, which give the line and, when known, the field.
func ReadJSON(r io.Reader, name string) ([]Profile, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	t := bytes.TrimSpace(b)
	if len(t) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; it should hold a profile object or an array of them", name)
	}
	if t[0] == '[' {
		var ps []Profile
		if err := json.Unmarshal(b, &ps); err != nil {
			return nil, jsonError(name, b, 0, err)
		}
		return ps, nil
	}
	var p Profile
	if err := json.Unmarshal(b, &p); err != nil {
		return nil, jsonError(name, b, 0, err)
	}
	return []Profile{p}, nil
}

// ReadJSONLines reads one profile object per line; blank lines are skipped.
func ReadJSONLines(r io.Reader, name string) ([]Profile, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var ps []Profile
	for i, line := range bytes.Split(b, []byte("\n")) {
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		var p Profile
		if err := json.Unmarshal(line, &p); err != nil {
			return nil, jsonError(name, line, i, err)
		}
		ps = append(ps, p)
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

// ReadYAML reads one profile mapping or a list of them.
func ReadYAML(r io.Reader, name string) ([]Profile, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	var n yaml.Node
	if err := yaml.Unmarshal(b, &n); err != nil {
		return nil, yamlError(name, err)
	}
	if len(n.Content) == 0 {
		return nil, fmt.Errorf("%s: the file is empty; it should hold a profile or a list of them", name)
	}
	doc := n.Content[0]
	if doc.Kind == yaml.SequenceNode {
		var ps []Profile
		if err := doc.Decode(&ps); err != nil {
			return nil, yamlError(name, err)
		}
		return ps, nil
	}
	var p Profile
	if err := doc.Decode(&p); err != nil {
		return nil, yamlError(name, err)
	}
	return []Profile{p}, nil
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

// ReadCSV reads one profile per row. The header names the fields
// (case-insensitive); skills, certifications, volunteering and honors are
// lists separated by ';'. experience, education, projects and publications
// hold entries separated by ';' whose parts are separated by '|':
// "title|company|start|end|description", "school|degree|field|year",
// "name|description" and "title|publisher|year|description". Other columns
// go to Extra.
func ReadCSV(r io.Reader, name string) ([]Profile, error) {
	cr := csv.NewReader(r)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: the file is empty; the first row should name the fields (name,title,company,skills,...)", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	for i := range header {
		header[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(header[i], "\ufeff")))
	}
	var ps []Profile
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, csvError(name, err)
		}
		line, _ := cr.FieldPos(0)
		if len(rec) == 1 && strings.TrimSpace(rec[0]) == "" {
			continue
		}
		if len(rec) != len(header) {
			return nil, fmt.Errorf("%s:%d: row has %d fields, the header has %d; quote values that contain commas",
				name, line, len(rec), len(header))
		}
		var p Profile
		for i, col := range header {
			if err := setCSV(&p, col, strings.TrimSpace(rec[i])); err != nil {
				return nil, fmt.Errorf("%s:%d: field %s: %v", name, line, col, err)
			}
		}
		ps = append(ps, p)
	}
	return ps, nil
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s:%d: column %d: %v", name, pe.Line, pe.Column, pe.Err)
	}
	return fmt.Errorf("read %s: %w", name, err)
}

// setCSV sets the field col of p from a CSV cell: lists are separated by
// ';', and the parts of an entry by '|'.
func setCSV(p *Profile, col, v string) error {
	if v == "" {
		return nil
	}
	switch col {
	case "id":
		p.ID = v
	case "name":
		p.Name = v
	case "headline":
		p.Headline = v
	case "title":
		p.Title = v
	case "company":
		p.Company = v
	case "location":
		p.Location = v
	case "seniority":
		p.Seniority = v
	case "about":
		p.About = v
	case "text":
		p.Text = v
	case "skills":
		p.Skills = splitList(v, ';')
	case "certifications":
		p.Certifications = splitList(v, ';')
	case "volunteering":
		p.Volunteering = splitList(v, ';')
	case "honors":
		p.Honors = splitList(v, ';')
	case "experience", "education", "projects", "publications":
		return setCSVEntries(p, col, v)
	default:
		if p.Extra == nil {
			p.Extra = map[string]any{}
		}
		p.Extra[col] = v
	}
	return nil
}

// setCSVEntries appends the entries of a CSV cell to the list col.
func setCSVEntries(p *Profile, col, v string) error {
	for _, e := range splitList(v, ';') {
		parts := strings.Split(e, "|")
		for i := range parts {
			parts[i] = strings.TrimSpace(parts[i])
		}
		part := func(i int) string {
			if i < len(parts) {
				return parts[i]
			}
			return ""
		}
		switch col {
		case "experience":
			p.Experience = append(p.Experience, Experience{Title: part(0), Company: part(1), Start: part(2), End: part(3), Description: part(4)})
		case "education":
			y, err := csvYear(part(3))
			if err != nil {
				return err
			}
			p.Education = append(p.Education, Education{School: part(0), Degree: part(1), Field: part(2), Year: y})
		case "projects":
			p.Projects = append(p.Projects, Project{Name: part(0), Description: part(1)})
		case "publications":
			y, err := csvYear(part(2))
			if err != nil {
				return err
			}
			p.Publications = append(p.Publications, Publication{Title: part(0), Publisher: part(1), Year: y, Description: part(3)})
		}
	}
	return nil
}

func csvYear(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("year %q is not a number; write it as 2016", s)
	}
	return y, nil
}

func splitList(s string, sep rune) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == sep }) {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

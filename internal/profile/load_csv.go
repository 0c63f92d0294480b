package profile

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ReadCSV reads one profile per row. The header names the fields
// (case-insensitive); skills, certifications, volunteering and honors are
// lists separated by ';'. experience, education, projects and publications
// hold entries separated by ';' whose parts are separated by '|':
// "title|company|start|end|description", "school|degree|field|year",
// "name|description" and "title|publisher|year|description". Other columns
// go to Extra.
func ReadCSV(r io.Reader, name string) ([]Profile, error) {
	b, err := ReadLimited(r, name, MaxFile)
	if err != nil {
		return nil, err
	}
	cr := csv.NewReader(bytes.NewReader(b))
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true
	header, err := cr.Read()
	if err == io.EOF {
		return nil, fmt.Errorf("%s: the file is empty; the first row should name the fields (name,title,company,skills,...)", name)
	}
	if err != nil {
		return nil, csvError(name, err)
	}
	known := false
	for i := range header {
		header[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(header[i], "\ufeff")))
		known = known || knownFields[header[i]]
	}
	if !known {
		return nil, fmt.Errorf("%s:1: the header names no profile field; the first row should name the fields (name,title,company,skills,...)", name)
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
		ps = append(ps, Clean(p))
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

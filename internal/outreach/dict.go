package outreach

// Names maps small integer codes to names: the code of a name is its index.
// Code 0 is always the empty name, so a Fact with no recruiter (say) reads
// as "".
type Names []string

// Name returns the name with code c, or "" for an unknown code.
func (n Names) Name(c uint32) string {
	if int64(c) < int64(len(n)) {
		return n[c]
	}
	return ""
}

// Code returns the code of name; ok is false when the name has none. The
// empty name is code 0.
func (n Names) Code(name string) (c uint32, ok bool) {
	if name == "" {
		return 0, true
	}
	for i, v := range n {
		if i > 0 && v == name {
			return uint32(i), true
		}
	}
	return 0, false
}

// Intern returns the code of name, adding it when it is new. It is meant for
// building facts in memory (tests, fakes); the store keeps its own
// dictionary.
func (n *Names) Intern(name string) uint32 {
	if c, ok := n.Code(name); ok {
		return c
	}
	if len(*n) == 0 {
		*n = append(*n, "")
	}
	*n = append(*n, name)
	return uint32(len(*n) - 1)
}

// Dict is the dictionary behind the codes in facts.
type Dict struct {
	Recruiters  Names `json:"recruiters"`
	Templates   Names `json:"templates"`
	Seniorities Names `json:"seniorities"`
	// Briefs are the briefs' names by id: a fact's brief code is its
	// brief's id.
	Briefs Names `json:"briefs,omitempty"`
}

// Intern returns the codes of m's recruiter, template and seniority, adding
// names that are new, and its brief's id, naming the brief.
func (d *Dict) Intern(m Message) Codes {
	c := Codes{
		Recruiter: d.Recruiters.Intern(m.Recruiter),
		Template:  d.Templates.Intern(m.TemplateID),
		Seniority: d.Seniorities.Intern(m.Seniority),
	}
	if m.BriefID > 0 && m.BriefID < 1<<32 {
		for uint64(len(d.Briefs)) <= m.BriefID {
			d.Briefs = append(d.Briefs, "")
		}
		d.Briefs[m.BriefID] = m.Brief
		c.Brief = uint32(m.BriefID)
	}
	return c
}

// CodeSet marks dictionary codes: the ones of some names, or every code
// when it is nil.
type CodeSet []bool

// Set marks the codes of names, for a filter: nil (every code) when names
// is empty. A name with no code marks nothing, so it matches nothing.
func (n Names) Set(names []string) CodeSet {
	if len(names) == 0 {
		return nil
	}
	set := make(CodeSet, len(n))
	for _, name := range names {
		if c, ok := n.Code(name); ok && int(c) < len(set) {
			set[c] = true
		}
	}
	return set
}

// Has reports whether c is marked; a nil set has every code.
func (s CodeSet) Has(c uint32) bool {
	return s == nil || (int64(c) < int64(len(s)) && s[c])
}

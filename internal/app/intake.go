package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/words"
)

// Intake: reading the profiles a command is given, from a file in any of
// the formats inmail reads or from standard input, and picking the one a
// compose or a send is about.

// ProfileFile is the profiles read from one file.
type ProfileFile struct {
	// Profiles are the profiles, in the file's order.
	Profiles []profile.Profile
	// Where says, for each profile, where it is in the file ("line 5",
	// "row 3", "profile 2"), for messages.
	Where []string
	// Seed is true for LinkedIn's Connections.csv: its rows know only
	// name, position and URL, so they fill in saved candidates rather than
	// replace them.
	Seed bool
}

// Stdin is how messages name profiles read from standard input.
const Stdin = "standard input"

// ReadProfiles reads a profile file: JSON, JSON Lines, YAML, CSV, LinkedIn's
// Connections.csv (found by its header, after its notes preamble), or text
// pasted from a profile page, told apart by the file's extension; "-"
// reads stdin, the command's own standard input (a file piped over SSH, a
// paste), told apart by its content (profile.Sniff). Errors are bad input
// naming the file and, where the format knows it, the line and field.
func ReadProfiles(path string, stdin io.Reader) (ProfileFile, error) {
	var pf ProfileFile
	if path == "-" {
		return readStdin(stdin)
	}
	if err := CheckFile("profile file", path); err != nil {
		return pf, err
	}
	var ps []profile.Profile
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		// Read once: the header says whose CSV it is.
		b, err := profile.ReadFile(path)
		if err != nil {
			return pf, BadInput(err)
		}
		if isConnectionsCSV(b) {
			return readConnections(b, filepath.Base(path))
		}
		ps, err = profile.ReadCSV(bytes.NewReader(b), path)
		if err != nil {
			return pf, BadInput(err)
		}
	} else {
		var err error
		if ps, err = profile.Load(path); err != nil {
			return pf, BadInput(err)
		}
	}
	for i := range ps {
		ps[i] = readTextOnly(ps[i])
	}
	format := profile.Page
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		format = profile.CSV
	case ".jsonl", ".ndjson":
		format = profile.JSONLines
	}
	return profileFile(ps, format), nil
}

// readTextOnly reads a profile that is only the text of a page (a JSON or
// YAML profile with "text" and no name) as a pasted page is read: its
// card and sections, so the composer greets them by name. A text the page
// reader finds no card in is left as it is.
func readTextOnly(p profile.Profile) profile.Profile {
	if p.Name != "" || strings.TrimSpace(p.Text) == "" {
		return p
	}
	q, err := profile.ReadPage(p.Text)
	if err != nil {
		return p
	}
	if p.ID != "" {
		q.ID = p.ID
	}
	return profile.Clean(q)
}

// readStdin reads profiles from standard input in whichever format its
// first lines show, each format within its own limits: a paste or a YAML
// profile is refused past its megabyte as soon as it is read.
func readStdin(stdin io.Reader) (ProfileFile, error) {
	head, err := io.ReadAll(io.LimitReader(stdin, profile.MaxProfile+1))
	if err != nil {
		return ProfileFile{}, BadInput(fmt.Errorf("read %s: %w", Stdin, err))
	}
	r := io.MultiReader(bytes.NewReader(head), stdin)
	if isConnectionsCSV(head) {
		b, err := profile.ReadLimited(r, Stdin, profile.MaxFile)
		if err != nil {
			return ProfileFile{}, BadInput(err)
		}
		return readConnections(b, Stdin)
	}
	format := profile.Sniff(head)
	ps, err := profile.ReadAs(r, Stdin, format)
	if err != nil {
		return ProfileFile{}, BadInput(err)
	}
	pf := profileFile(ps, format)
	if format == profile.Page {
		pf.Where = []string{Stdin}
	}
	return pf, nil
}

// readConnections reads LinkedIn's Connections.csv: rows that fill in
// saved candidates.
func readConnections(b []byte, name string) (ProfileFile, error) {
	pf := ProfileFile{Seed: true}
	conns, err := linkedin.ReadConnections(name, bytes.NewReader(b))
	if err != nil {
		return pf, BadInput(err)
	}
	for _, c := range conns {
		pf.Profiles = append(pf.Profiles, profile.Clean(c.Profile()))
		pf.Where = append(pf.Where, fmt.Sprintf("line %d", c.Line))
	}
	return pf, nil
}

// profileFile is the profiles read in format, each placed as the format
// counts them: rows of a CSV, records of JSON Lines, else profiles.
func profileFile(ps []profile.Profile, format profile.Format) ProfileFile {
	unit := "profile"
	switch format {
	case profile.CSV:
		unit = "row"
	case profile.JSONLines:
		unit = "record"
	}
	pf := ProfileFile{Profiles: ps}
	for i := range ps {
		pf.Where = append(pf.Where, fmt.Sprintf("%s %d", unit, i+1))
	}
	return pf
}

// isConnectionsCSV reports whether a CSV file is LinkedIn's Connections.csv:
// it opens with LinkedIn's "Notes:" preamble, or a header in its first lines
// has First Name, Last Name and URL.
func isConnectionsCSV(b []byte) bool {
	sc := bufio.NewScanner(io.LimitReader(bytes.NewReader(b), 64<<10))
	sc.Buffer(make([]byte, 0, 64<<10), 64<<10)
	for n := 0; n < 8 && sc.Scan(); n++ {
		line := strings.TrimPrefix(sc.Text(), "\uFEFF")
		if n == 0 && strings.HasPrefix(strings.TrimSpace(line), "Notes:") {
			return true
		}
		h := strings.ToUpper(line)
		if strings.Contains(h, "FIRST NAME") && strings.Contains(h, "LAST NAME") && strings.Contains(h, "URL") {
			return true
		}
	}
	return false
}

// Pick is the profile a compose or send is about: the only one in the
// file at path, or the index-th (from 1).
func (pf ProfileFile) Pick(path string, index int) (profile.Profile, error) {
	n := len(pf.Profiles)
	if path == "-" {
		path = Stdin
	}
	switch {
	case n == 0:
		return profile.Profile{}, BadInput(fmt.Errorf("%s holds no profile", path))
	case index > 0 && index <= n:
		return pf.Profiles[index-1], nil
	case index != 0:
		return profile.Profile{}, BadInput(fmt.Errorf("no profile number %d (--candidate-index) in %s, which holds %s; pick 1 to %d", index, path, words.Count(n, "profile"), n))
	case n > 1:
		return profile.Profile{}, BadInput(fmt.Errorf("%s holds %d profiles; pick one with --candidate-index 1 to %d (or add them all with inmail candidates import)", path, n, n))
	}
	return pf.Profiles[0], nil
}

// CandidateImport is what an import of candidates did, or with DryRun
// would do.
type CandidateImport struct {
	// DryRun: nothing was saved.
	DryRun bool
	// Added and Updated count the candidates saved (or that would be).
	Added, Updated int
	// Skipped are the profiles left out, and why.
	Skipped []SkippedProfile
	// Saved are the candidates as saved (none with DryRun).
	Saved []outreach.Candidate
	// Planned are the candidates saved or to save, in the file's order.
	Planned []PlannedSave
}

// SkippedProfile is a profile an import left out.
type SkippedProfile struct {
	// Name is the profile's name as read; Where where it is in the file.
	Name, Where string
	// Why it was left out.
	Why string
}

// PlannedSave is a candidate an import saves: a new one (ID "" when the
// store makes one up) or an update with its changes.
type PlannedSave struct {
	// Name is the profile's name as read; Where where it is in the file.
	Name, Where string
	// Update is true for a saved candidate, ID; Changes are what saving
	// changes of them, field by field.
	Update  bool
	ID      string
	Changes []profile.Change
	// Seniority is the level saved and Why, when it was suggested, the
	// evidence for it.
	Seniority, Why string
}

// ImportCandidates saves the candidates in pf, all or none: every profile
// is checked (profile.Validate) before the first is saved, and they are
// saved in one transaction. A profile that is a saved candidate (the
// identity rule, outreach.MatchCandidate) updates them; a Connections.csv
// row only fills in their name, position and company. A missing seniority
// is kept from the saved candidate or suggested from the profile. With
// dryRun it saves nothing and plans what it would save. file is the file
// as messages name it.
//
// Errors: bad input naming the file, the profile and the field for a
// profile that cannot be a candidate; the store's, with "nothing was
// saved", when saving fails.
func (s *Session) ImportCandidates(pf ProfileFile, file string, dryRun bool) (*CandidateImport, error) {
	res := &CandidateImport{DryRun: dryRun}
	for i, p := range pf.Profiles {
		if err := p.Validate(s.Library.Levels); err != nil {
			return nil, BadInput(fmt.Errorf("%s: %s%s: %w", file, pf.Where[i], nameSuffix(p), err))
		}
	}
	if dryRun {
		// Read only; a log not made yet has no candidates.
		var saved []outreach.Candidate
		err := s.Store.Use(Read, func(db *store.DB) error {
			var err error
			saved, err = db.CandidatesFor(pf.Profiles)
			return err
		})
		if err != nil && !noLog(err) {
			return nil, err
		}
		s.planImport(res, pf, saved)
		return res, nil
	}
	err := s.Store.Use(Create, func(db *store.DB) error {
		saved, err := db.CandidatesFor(pf.Profiles)
		if err != nil {
			return err
		}
		ps := s.planImport(res, pf, saved)
		// One transaction: a failure saves none of them.
		if res.Saved, err = db.PutCandidates(ps); err != nil {
			return fmt.Errorf("save %d candidates: %w; nothing was saved", len(ps), err)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return res, nil
}

// planImport fills res in with what saving pf over the saved candidates
// does and returns the profiles to save.
func (s *Session) planImport(res *CandidateImport, pf ProfileFile, saved []outreach.Candidate) []profile.Profile {
	now := s.Now()
	seen := map[string]string{}
	var ps []profile.Profile
	for i, p := range pf.Profiles {
		name, where := p.Name, pf.Where[i]
		skip := func(why string) { res.Skipped = append(res.Skipped, SkippedProfile{name, where, why}) }
		if outreach.NameKey(p.Name) == "" && outreach.CandidateID(p.ID) == "" {
			skip("no name and no profile URL")
			continue
		}
		key := outreach.IdentityKey(p)
		if first, ok := seen[key]; ok {
			skip("the same candidate as " + first)
			continue
		}
		seen[key] = where
		// The identity rule: the same profile URL, or with none the same
		// name and current company. Anyone else is someone new.
		old, exists, err := outreach.MatchCandidate(saved, p)
		if err != nil {
			skip(outreach.ErrorMessage(err))
			continue
		}
		if exists {
			if pf.Seed {
				p = seedInto(old.Profile, p)
			}
			if p.Seniority == "" {
				p.Seniority = old.Profile.Seniority
			}
			if p.ID == "" {
				p.ID = old.Profile.ID
			}
		}
		why := ""
		if p.Seniority == "" {
			sg := profile.Suggest(&p, s.Library.Levels, now)
			p.Seniority, why = sg.Level, sg.Why
		}
		if exists && sameProfile(old.Profile, p) {
			skip("already saved, unchanged")
			continue
		}
		ps = append(ps, p)
		plan := PlannedSave{Name: name, Where: where, Seniority: p.Seniority, Why: why}
		if exists {
			res.Updated++
			plan.Update, plan.ID, plan.Changes = true, old.ID, profile.Diff(old.Profile, p)
		} else {
			res.Added++
		}
		res.Planned = append(res.Planned, plan)
	}
	return ps
}

// nameSuffix is " (Name)" for messages about a profile, "" for one with no
// name.
func nameSuffix(p profile.Profile) string {
	if n := strings.Join(strings.Fields(p.Name), " "); n != "" {
		return " (" + n + ")"
	}
	return ""
}

// seedInto fills a saved profile in from a Connections.csv row: the row's
// name, position and company, when it has them, and everything else kept.
func seedInto(saved, row profile.Profile) profile.Profile {
	p := saved
	for _, f := range []struct {
		dst *string
		v   string
	}{
		{&p.Name, row.Name}, {&p.Title, row.Title}, {&p.Company, row.Company},
	} {
		if strings.TrimSpace(f.v) != "" {
			*f.dst = f.v
		}
	}
	if p.ID == "" {
		p.ID = row.ID
	}
	return p
}

// sameProfile reports whether saving b over a would change nothing.
func sameProfile(a, b profile.Profile) bool {
	ja, err1 := json.Marshal(a)
	jb, err2 := json.Marshal(b)
	return err1 == nil && err2 == nil && string(ja) == string(jb)
}

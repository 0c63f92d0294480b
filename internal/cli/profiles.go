package cli

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/words"
)

// Reading profile files is the edge's work: the files (and standard input)
// are the CLI's. What is done with a profile once read is internal/app's.

// profileFile is the profiles read from one file.
type profileFile struct {
	Profiles []profile.Profile
	// Where says, for each profile, where it is in the file ("line 5",
	// "row 3", "profile 2"), for messages.
	Where []string
	// Seed is true for LinkedIn's Connections.csv: its rows know only
	// name, position and URL, so they fill in saved candidates rather than
	// replace them.
	Seed bool
}

// readProfiles reads a profile file: JSON, JSON Lines, YAML, CSV, LinkedIn's
// Connections.csv (found by its header, after its notes preamble), or text
// pasted from a profile page; "-" reads pasted text from stdin. Errors name
// the file and, where the format knows it, the line and field.
func (a *App) readProfiles(path string) (profileFile, error) {
	var pf profileFile
	if path == "-" {
		b, err := io.ReadAll(a.Stdin)
		if err != nil {
			return pf, badInput(fmt.Errorf("read standard input: %w", err))
		}
		if len(bytes.TrimSpace(b)) == 0 {
			return pf, badInput(errors.New("standard input is empty; paste the text of a LinkedIn profile page"))
		}
		pf.Profiles = []profile.Profile{profile.ParsePaste(string(b))}
		pf.Where = []string{"standard input"}
		return pf, nil
	}
	if err := checkFile("profile file", path); err != nil {
		return pf, err
	}
	var ps []profile.Profile
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		// Read once: the header says whose CSV it is.
		b, err := os.ReadFile(path)
		if err != nil {
			return pf, badInput(fmt.Errorf("profile file: %w", err))
		}
		if isConnectionsCSV(b) {
			conns, err := linkedin.ReadConnections(filepath.Base(path), bytes.NewReader(b))
			if err != nil {
				return pf, badInput(err)
			}
			for _, c := range conns {
				pf.Profiles = append(pf.Profiles, c.Profile())
				pf.Where = append(pf.Where, fmt.Sprintf("line %d", c.Line))
			}
			pf.Seed = true
			return pf, nil
		}
		ps, err = profile.ReadCSV(bytes.NewReader(b), path)
		if err != nil {
			return pf, badInput(err)
		}
	} else {
		var err error
		if ps, err = profile.Load(path); err != nil {
			return pf, badInput(err)
		}
	}
	unit := "profile"
	switch strings.ToLower(filepath.Ext(path)) {
	case ".csv":
		unit = "row"
	case ".jsonl", ".ndjson":
		unit = "record"
	}
	pf.Profiles = ps
	for i := range ps {
		pf.Where = append(pf.Where, fmt.Sprintf("%s %d", unit, i+1))
	}
	return pf, nil
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

// pickProfile is the profile a compose or send is about: the only one in
// the file, or the index-th (from 1).
func pickProfile(pf profileFile, path string, index int) (profile.Profile, error) {
	n := len(pf.Profiles)
	switch {
	case n == 0:
		return profile.Profile{}, badInput(fmt.Errorf("%s holds no profile", path))
	case index > 0 && index <= n:
		return pf.Profiles[index-1], nil
	case index != 0:
		return profile.Profile{}, badInput(fmt.Errorf("no profile number %d (--candidate-index) in %s, which holds %s; pick 1 to %d", index, path, words.Count(n, "profile"), n))
	case n > 1:
		return profile.Profile{}, badInput(fmt.Errorf("%s holds %d profiles; pick one with --candidate-index 1 to %d (or add them all with inmail candidates import)", path, n, n))
	}
	return pf.Profiles[0], nil
}

// matchSaved is app.MatchSaved, under the name candidates.go calls until
// candidate intake moves onto internal/app (after issue 10).
func matchSaved(saved []outreach.Candidate, p profile.Profile) (string, error) {
	return app.MatchSaved(saved, p)
}

// copyText copies text with the App's clipboard (the process's terminal
// and system clipboard unless a test replaced it).
func (a *App) copyText(text string) clipboard.Result {
	if a.Copier != nil {
		return a.Copier.Copy(text)
	}
	return clipboard.Default(a.Getenv).Copy(text)
}

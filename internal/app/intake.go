package app

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/profile"
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

// ReadProfiles reads a profile file: JSON, JSON Lines, YAML, CSV, LinkedIn's
// Connections.csv (found by its header, after its notes preamble), or text
// pasted from a profile page; "-" reads pasted text from stdin, the
// command's own standard input. Errors are bad input naming the file and,
// where the format knows it, the line and field.
func ReadProfiles(path string, stdin io.Reader) (ProfileFile, error) {
	var pf ProfileFile
	if path == "-" {
		p, err := profile.ReadPaste(stdin, "standard input")
		if err != nil {
			return pf, BadInput(err)
		}
		pf.Profiles = []profile.Profile{p}
		pf.Where = []string{"standard input"}
		return pf, nil
	}
	if fi, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return pf, BadInput(fmt.Errorf("profile file %s does not exist", path))
		}
		return pf, BadInput(fmt.Errorf("profile file: %w", err))
	} else if fi.IsDir() {
		return pf, BadInput(fmt.Errorf("%s is a folder; name a profile file", path))
	}
	var ps []profile.Profile
	if strings.EqualFold(filepath.Ext(path), ".csv") {
		// Read once: the header says whose CSV it is.
		b, err := profile.ReadFile(path)
		if err != nil {
			return pf, BadInput(err)
		}
		if isConnectionsCSV(b) {
			conns, err := linkedin.ReadConnections(filepath.Base(path), bytes.NewReader(b))
			if err != nil {
				return pf, BadInput(err)
			}
			for _, c := range conns {
				pf.Profiles = append(pf.Profiles, profile.Clean(c.Profile()))
				pf.Where = append(pf.Where, fmt.Sprintf("line %d", c.Line))
			}
			pf.Seed = true
			return pf, nil
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

// Pick is the profile a compose or send is about: the only one in the
// file at path, or the index-th (from 1).
func (pf ProfileFile) Pick(path string, index int) (profile.Profile, error) {
	n := len(pf.Profiles)
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

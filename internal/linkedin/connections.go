package linkedin

import (
	"errors"
	"io"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/profile"
)

// Connection is one row of Connections.csv.
type Connection struct {
	Line        int
	FirstName   string
	LastName    string
	URL         string
	Email       string
	Company     string
	Position    string
	ConnectedOn time.Time
}

// Profile is the candidate profile a connection seeds.
func (c Connection) Profile() profile.Profile {
	return profile.Profile{
		ID:      c.URL,
		Name:    strings.TrimSpace(c.FirstName + " " + c.LastName),
		Title:   c.Position,
		Company: c.Company,
	}
}

// ReadConnections parses Connections.csv, skipping the notes preamble LinkedIn
// puts before the header. The whole file is read first; the first bad row is
// an error naming the file, line and column.
func ReadConnections(file string, r io.Reader) ([]Connection, error) {
	t, err := openTable(file, r, "First Name", "Last Name", "URL")
	if err != nil {
		return nil, err
	}
	var out []Connection
	for {
		rw, err := t.next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		c := Connection{
			Line:      rw.line,
			FirstName: rw.get("First Name"),
			LastName:  rw.get("Last Name"),
			URL:       rw.get("URL"),
			Email:     rw.get("Email Address"),
			Company:   rw.get("Company"),
			Position:  rw.get("Position"),
		}
		if c.FirstName == "" && c.LastName == "" && c.URL == "" {
			// LinkedIn exports members who hide their details as empty
			// rows; there is nothing to seed.
			continue
		}
		if on := rw.get("Connected On"); on != "" {
			c.ConnectedOn, err = time.Parse("02 Jan 2006", on)
			if err != nil {
				return nil, rw.fail("Connected On", "%q is not a date like 08 Oct 2026", on)
			}
		}
		out = append(out, c)
	}
}

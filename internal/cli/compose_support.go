package cli

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/linkedin"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/store"
)

// This file holds what composing needs from the outside world, shared by
// `inmail send`, `inmail compose`, `inmail candidates` and the composer
// screen's wiring: who is sending, the seat's credits, the reuse index,
// the values a template is filled with, reading profile files, and turning
// a composed message into a logged one.

// recruiterName is the name logged with every message: config's
// recruiter, else $USER, else "recruiter".
func (a *App) recruiterName(cfg config.Config) string {
	if r := strings.TrimSpace(cfg.Recruiter); r != "" {
		return r
	}
	if a.Getenv != nil {
		if u := strings.TrimSpace(a.Getenv("USER")); u != "" {
			return u
		}
	}
	return "recruiter"
}

// composeFields are the values a template is filled with: role, client and
// hook from the given values, each falling back to config's defaults when
// empty, and the sender's name and signature from config. The sender's name
// does not fall back to $USER: a message signed with a login name is worse
// than one the gate stops until sender.name is set.
func composeFields(cfg config.Config, role, client, hook string) library.Fields {
	pick := func(v, def string) string {
		if strings.TrimSpace(v) != "" {
			return strings.TrimSpace(v)
		}
		return strings.TrimSpace(def)
	}
	return library.Fields{
		Role:       pick(role, cfg.Defaults.Role),
		Client:     pick(client, cfg.Defaults.Client),
		Hook:       pick(hook, cfg.Defaults.Hook),
		SenderName: strings.TrimSpace(cfg.SenderName()),
		Signature:  strings.TrimSpace(cfg.Sender.Signature),
	}
}

// seatOf is the seat's credit policy from config.
func seatOf(cfg config.Config, configPath string) (outreach.Seat, error) {
	seat, err := outreach.SeatFor(cfg.Seat.Preset, outreach.SeatOverrides{
		Monthly: cfg.Seat.Monthly, Cap: cfg.Seat.Cap, Refunds: cfg.Seat.Refunds,
	})
	if err != nil {
		return seat, badInput(fmt.Errorf("%s: seat: %s", configPath, outreach.ErrorMessage(err)))
	}
	return seat, nil
}

// creditMonth is this month of the recruiter's credit ledger, derived from
// the log: the seat from config, the months from config's seat.start (else
// the first send), and only the recruiter's own messages, since a seat
// belongs to one recruiter and a team may share a database.
func (a *App) creditMonth(db *store.DB, cfg config.Config, recruiter string) (outreach.Month, error) {
	seat, err := seatOf(cfg, a.ConfigPath)
	if err != nil {
		return outreach.Month{}, err
	}
	now := a.Now()
	start, _ := cfg.Seat.StartMonth(now.Location())
	var ferr error
	months := outreach.Ledger(seat, start, func(yield func(outreach.Fact) bool) {
		ferr = forRecruiter(db, recruiter, yield)
	}, now)
	if ferr != nil {
		return outreach.Month{}, ferr
	}
	return months[len(months)-1], nil
}

// forRecruiter calls fn with the fact record of each of recruiter's
// messages, or of every message when recruiter is empty, until fn returns
// false. One recruiter's come from the store's recruiter index, so the
// credits in the status bar cost what that recruiter sent, not the log.
func forRecruiter(db *store.DB, recruiter string, fn func(outreach.Fact) bool) error {
	if recruiter == "" {
		return db.ForEachFact(fn)
	}
	return db.FactsSince(recruiter, time.Time{}, fn)
}

// reuseIndex holds every personalization line in the log, for the
// validator's reuse rule.
func reuseIndex(db *store.DB) (*personalize.ReuseIndex, error) {
	lines, err := db.PriorLines()
	if err != nil {
		return nil, err
	}
	idx := personalize.NewReuseIndex()
	for _, l := range lines {
		idx.Add(personalize.Prior{MessageID: l.MessageID, CandidateID: l.CandidateID, Line: l.Line})
	}
	return idx, nil
}

// composeEnv is what every compose starts from: settings, the template
// library and word lists, and what the log says about reuse and credits.
type composeEnv struct {
	Config    config.Config
	Recruiter string
	Library   *library.Library
	Problems  []library.Problem
	Lists     *personalize.Lists
	Reuse     *personalize.ReuseIndex
	Month     outreach.Month
}

// loadSettings reads what a compose needs before the store: config, the
// template library and the word lists. Errors are bad input.
func (a *App) loadSettings() (composeEnv, error) {
	var env composeEnv
	cfg, err := a.Config()
	if err != nil {
		return env, err
	}
	if _, err := seatOf(cfg, a.ConfigPath); err != nil {
		return env, err
	}
	lib, probs, err := a.Library()
	if err != nil {
		return env, err
	}
	lists, err := personalize.LoadLists(a.ConfigDir)
	if err != nil {
		return env, badInput(err)
	}
	env.Config, env.Recruiter, env.Library, env.Problems, env.Lists = cfg, a.recruiterName(cfg), lib, probs, lists
	return env, nil
}

// loadLog adds what the log says to env: the reuse index and this month's
// credits.
func (a *App) loadLog(env *composeEnv, db *store.DB) error {
	var err error
	if env.Reuse, err = reuseIndex(db); err != nil {
		return err
	}
	env.Month, err = a.creditMonth(db, env.Config, env.Recruiter)
	return err
}

// composer prepares t for the candidate c with the fields f.
func (env composeEnv) composer(t *library.Template, c outreach.Candidate, f library.Fields) *gate.Composer {
	p := c.Profile
	comp := gate.NewComposer(t, &p, f, personalize.Options{
		MinWords:    env.Config.Defaults.MinWords,
		Lists:       env.Lists,
		Reuse:       env.Reuse,
		CandidateID: c.ID,
	})
	comp.CreditsLeft = env.Month.Left
	comp.Alternative = connectionAlternative(env.Library, t.Seniority)
	return comp
}

// connectionAlternative is the connection-note template to suggest when
// the credits run out: the first of the level, else of any level.
func connectionAlternative(lib *library.Library, level string) string {
	for _, t := range lib.ForLevel(level) {
		if t.Channel == library.Connection {
			return t.ID
		}
	}
	for _, t := range lib.Templates() {
		if t.Channel == library.Connection {
			return t.ID
		}
	}
	return ""
}

// findTemplate returns the template with id, or one sentence saying why
// there is none: a file that was skipped for its problems, or an unknown
// id with the ids there are.
func findTemplate(lib *library.Library, probs []library.Problem, id string) (*library.Template, error) {
	if t, ok := lib.Get(id); ok {
		return t, nil
	}
	for _, p := range probs {
		if strings.HasSuffix(filepath.ToSlash(p.File), "/"+id+".md") {
			return nil, badInput(fmt.Errorf("template %q was skipped for a problem: %s (see inmail templates lint)", id, p))
		}
	}
	return nil, badInput(fmt.Errorf("no template %q%s; \"inmail templates list\" shows the ids", id, didYouMean(lib, id)))
}

// seniorityOf is the candidate's level: the profile's, else the one their
// years suggest; why says where it came from ("" when neither).
func seniorityOf(p *profile.Profile, levels []profile.Level, now time.Time) (id, why string) {
	if p.Seniority != "" {
		return p.Seniority, "from the profile"
	}
	id, _, why = profile.SuggestSeniority(p, levels, now)
	return id, why
}

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
	if fi, err := os.Stat(path); err != nil {
		if os.IsNotExist(err) {
			return pf, badInput(fmt.Errorf("profile file %s does not exist", path))
		}
		return pf, badInput(fmt.Errorf("profile file: %w", err))
	} else if fi.IsDir() {
		return pf, badInput(fmt.Errorf("%s is a folder; name a profile file", path))
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
		return profile.Profile{}, badInput(fmt.Errorf("no profile number %d (--candidate-index) in %s, which holds %s; pick 1 to %d", index, path, quantity(n, "profile"), n))
	case n > 1:
		return profile.Profile{}, badInput(fmt.Errorf("%s holds %d profiles; pick one with --candidate-index 1 to %d (or add them all with inmail candidates import)", path, n, n))
	}
	return pf.Profiles[0], nil
}

// matchSaved finds the saved candidate a profile without an id is: the one
// saved candidate with the same name, so that saving a pasted profile twice
// does not make two candidates. It returns "" when there is none, and an
// error when several saved candidates have the name.
func matchSaved(saved []outreach.Candidate, p profile.Profile) (string, error) {
	if outreach.CandidateID(p.ID) != "" {
		return "", nil
	}
	name := outreach.NameKey(p.Name)
	if name == "" {
		return "", nil
	}
	var ids []string
	for _, c := range saved {
		if outreach.NameKey(c.Profile.Name) == name {
			ids = append(ids, c.ID)
		}
	}
	switch len(ids) {
	case 0:
		return "", nil
	case 1:
		return ids[0], nil
	}
	return "", fmt.Errorf("%d saved candidates are named %s (%s); give the profile an \"id\" with their profile URL", len(ids), p.Name, strings.Join(ids, ", "))
}

// saveCandidate saves p as a candidate: a profile without an id updates
// the one saved candidate with its name (see matchSaved), and a missing
// seniority is kept from the saved candidate or suggested from the
// profile's years.
func (a *App) saveCandidate(db *store.DB, lib *library.Library, p profile.Profile) (outreach.Candidate, error) {
	saved, err := db.Candidates()
	if err != nil {
		return outreach.Candidate{}, err
	}
	id, err := matchSaved(saved, p)
	if err != nil {
		return outreach.Candidate{}, badInput(err)
	}
	if id == "" {
		id = outreach.CandidateID(p.ID)
	}
	if p.Seniority == "" {
		for _, c := range saved {
			if c.ID == id {
				p.Seniority = c.Profile.Seniority
			}
		}
	}
	if p.ID == "" && id != "" {
		p.ID = id
	}
	if p.Seniority == "" {
		p.Seniority, _, _ = profile.SuggestSeniority(&p, lib.Levels, a.Now())
	}
	return db.PutCandidate(p)
}

// logMessage is the message a compose logs: who sent what to whom, with
// which template, the line and what it referenced, and when.
func logMessage(comp *gate.Composer, c outreach.Candidate, r library.Rendered, v personalize.Verdict,
	line, recruiter, seniority string, startedAt, sentAt time.Time) outreach.Message {
	t := comp.Template
	m := outreach.Message{
		Recruiter:       recruiter,
		Candidate:       c.Ref(),
		Seniority:       seniority,
		TemplateID:      t.ID,
		TemplateHash:    t.Hash,
		Channel:         t.Channel,
		Subject:         r.Subject,
		Body:            r.Body,
		Personalization: strings.TrimSpace(line),
		Role:            comp.Fields.Role,
		Client:          comp.Fields.Client,
		Hook:            comp.Fields.Hook,
		StartedAt:       startedAt,
		SentAt:          sentAt,
	}
	if m.Seniority == "" {
		m.Seniority = t.Seniority
	}
	if t.Channel == library.InMail {
		m.Credits = 1
	}
	for _, ref := range v.References {
		m.References = append(m.References, outreach.Reference{Field: ref.Field, Text: ref.Text})
	}
	return m
}

// sendKey is the idempotency key of a send: the same message (candidate,
// template and its version, subject, body, line) logged for the same
// moment. For a send logged now the moment is the minute, so a command
// run twice by accident logs once; for one logged with --at it is that
// second, so logging an earlier send twice logs it once.
func sendKey(m outreach.Message, moment string) string {
	h := sha256.New()
	for _, s := range []string{outreach.CandidateID(m.Candidate.ID), m.TemplateID, m.TemplateHash,
		m.Subject, m.Body, outreach.NormalizeLine(m.Personalization), moment} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "send:" + hex.EncodeToString(h.Sum(nil)[:16])
}

// copyText copies text with the App's clipboard (the process's terminal
// and system clipboard unless a test replaced it).
func (a *App) copyText(text string) clipboard.Result {
	if a.Copier != nil {
		return a.Copier.Copy(text)
	}
	return clipboard.Default(a.Getenv).Copy(text)
}

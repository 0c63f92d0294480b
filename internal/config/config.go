// Package config reads and writes the recruiter's settings file
// (config.yaml in the XDG config folder): who is sending, the seat's credit
// policy and the defaults a compose starts from. A missing file is fine; a
// malformed one is an error that names the file, line and field.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/inmail/inmail/internal/outreach"
)

// Config is the contents of config.yaml.
type Config struct {
	// Recruiter is the name logged with every message; reports group by it.
	Recruiter string `yaml:"recruiter"`
	// Sender fills {{sender_name}} and the signature appended to InMails.
	Sender Sender `yaml:"sender"`
	// Seat sets the InMail credit policy.
	Seat Seat `yaml:"seat"`
	// Defaults pre-fill the role fields of a new compose.
	Defaults Defaults `yaml:"defaults"`
	// Team holds the team's rules, for a log shared through inmail serve.
	Team Team `yaml:"team"`
}

// Team holds the team's rules.
type Team struct {
	// RecontactDays is the contact rule's window: a candidate anyone on
	// the team messaged within it needs a reason to be messaged again
	// (nil: 30; 0 turns the rule off).
	RecontactDays *int `yaml:"recontact_days"`
}

// RecontactWindow is the contact rule's window as app.Session takes it:
// 0 for the default, negative for no rule.
func (t Team) RecontactWindow() time.Duration {
	switch {
	case t.RecontactDays == nil:
		return 0
	case *t.RecontactDays == 0:
		return -1
	}
	return time.Duration(*t.RecontactDays) * 24 * time.Hour
}

// Sender is who the message is from.
type Sender struct {
	Name      string `yaml:"name"`
	Signature string `yaml:"signature"`
}

// Seat is the LinkedIn licence the recruiter sends from. Preset is one of
// recruiter, recruiter-lite, sales-navigator or custom; Monthly, Cap and
// Refunds override the preset's values when set. FollowUpCredit says
// whether a follow-up in an InMail's conversation costs a credit (default
// no).
type Seat struct {
	Preset         string `yaml:"preset"`
	Monthly        *int   `yaml:"monthly"`
	Cap            *int   `yaml:"cap"`
	Refunds        *bool  `yaml:"refunds"`
	FollowUpCredit *bool  `yaml:"follow_up_credit"`
	// Start is the first month (YYYY-MM) the seat had credits; earlier months
	// are not counted in the ledger. Empty means the month of the first send.
	Start string `yaml:"start"`
}

// Kind is the preset the file names: PresetRecruiter when it names none
// (Load refuses a name it does not know).
func (s Seat) Kind() outreach.Preset {
	p, _ := outreach.ParsePreset(s.Preset)
	return p
}

// Policy is the seat's credit policy: the preset's, with the file's
// monthly, cap, refunds and follow_up_credit on top. Errors are outreach.SeatFor's.
func (s Seat) Policy() (outreach.Seat, error) {
	return outreach.SeatFor(s.Kind(), outreach.SeatOverrides{Monthly: s.Monthly, Cap: s.Cap, Refunds: s.Refunds, FollowUpCredit: s.FollowUpCredit})
}

// StartMonth is the first month of the seat, when set: midnight on its
// first day in loc, since the config names a calendar month. It is the
// zero time when unset.
func (s Seat) StartMonth(loc *time.Location) (time.Time, bool) {
	t, err := time.ParseInLocation("2006-01", s.Start, loc)
	return t, err == nil
}

// Defaults are the values a new compose starts with.
type Defaults struct {
	Role     string `yaml:"role"`
	Client   string `yaml:"client"`
	Hook     string `yaml:"hook"`
	MinWords int    `yaml:"min_words"`
}

// Default is the configuration used when no file exists.
func Default() Config {
	return Config{Seat: Seat{Preset: outreach.PresetRecruiter.String()}}
}

// SenderName is the name that signs messages: the sender's name, else the
// recruiter's.
func (c Config) SenderName() string {
	if c.Sender.Name != "" {
		return c.Sender.Name
	}
	return c.Recruiter
}

// Error is a problem in a config file, with its position.
type Error struct {
	File  string
	Line  int
	Col   int
	Field string
	Msg   string
}

func (e *Error) Error() string {
	pos := e.File
	if e.Line > 0 {
		pos = fmt.Sprintf("%s:%d:%d", e.File, e.Line, e.Col)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", pos, e.Field, e.Msg)
	}
	return fmt.Sprintf("%s: %s", pos, e.Msg)
}

// Load reads path. A file that does not exist gives Default and no error.
func Load(path string) (Config, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Default(), nil
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, err)
	}
	return Parse(path, data)
}

// schema lists the known keys at each path, for unknown-field errors.
var schema = map[string][]string{
	"":         {"recruiter", "sender", "seat", "defaults", "team"},
	"team":     {"recontact_days"},
	"sender":   {"name", "signature"},
	"seat":     {"preset", "monthly", "cap", "refunds", "follow_up_credit", "start"},
	"defaults": {"role", "client", "hook", "min_words"},
}

var yamlLine = regexp.MustCompile(`line (\d+): (.*)`)

// Parse decodes config data; name is used in error messages.
func Parse(name string, data []byte) (Config, error) {
	cfg := Default()
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		e := &Error{File: name, Msg: strings.TrimPrefix(err.Error(), "yaml: ")}
		if m := yamlLine.FindStringSubmatch(e.Msg); m != nil {
			e.Line, _ = strconv.Atoi(m[1])
			e.Col = 1
			e.Msg = m[2]
		}
		e.Msg += "; fix the YAML syntax"
		return Config{}, e
	}
	if len(root.Content) == 0 {
		return cfg, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return Config{}, &Error{File: name, Line: doc.Line, Col: doc.Column, Msg: "expected a mapping of settings such as \"recruiter: Your Name\""}
	}
	if err := checkKeys(name, "", doc); err != nil {
		return Config{}, err
	}
	if err := doc.Decode(&cfg); err != nil {
		var te *yaml.TypeError
		if errors.As(err, &te) && len(te.Errors) > 0 {
			e := &Error{File: name, Msg: te.Errors[0]}
			if m := yamlLine.FindStringSubmatch(te.Errors[0]); m != nil {
				e.Line, _ = strconv.Atoi(m[1])
				e.Col = 1
				e.Msg = typeHint(m[2])
				if field, v := fieldAt(doc, "", e.Line); v != nil {
					e.Field, e.Col = field, v.Column
				}
			}
			return Config{}, e
		}
		return Config{}, &Error{File: name, Msg: err.Error()}
	}
	return cfg, cfg.validate(name, doc)
}

func checkKeys(name, path string, n *yaml.Node) error {
	known, ok := schema[path]
	if !ok || n.Kind != yaml.MappingNode {
		return nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		field := k.Value
		if path != "" {
			field = path + "." + k.Value
		}
		if !slices.Contains(known, k.Value) {
			return &Error{File: name, Line: k.Line, Col: k.Column, Field: field,
				Msg: fmt.Sprintf("unknown setting; known settings here are %s", strings.Join(known, ", "))}
		}
		if _, nested := schema[field]; nested && v.Kind != yaml.MappingNode && v.Tag != "!!null" {
			return &Error{File: name, Line: v.Line, Col: v.Column, Field: field, Msg: "expected a mapping of settings"}
		}
		if err := checkKeys(name, field, v); err != nil {
			return err
		}
	}
	return nil
}

// fieldAt returns the dotted name and value node of the setting whose value
// starts on line, for positions in type errors.
func fieldAt(n *yaml.Node, path string, line int) (string, *yaml.Node) {
	if n.Kind != yaml.MappingNode {
		return "", nil
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		field := k.Value
		if path != "" {
			field = path + "." + k.Value
		}
		if v.Line == line && v.Kind == yaml.ScalarNode {
			return field, v
		}
		if f, found := fieldAt(v, field, line); found != nil {
			return f, found
		}
	}
	return "", nil
}

var unmarshalInto = regexp.MustCompile("cannot unmarshal !!\\w+ `(.*)` into (\\w+)")

// typeHint rewrites yaml's "cannot unmarshal !!str `many` into int" as a
// sentence a person can act on.
func typeHint(msg string) string {
	m := unmarshalInto.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	switch m[2] {
	case "int":
		return fmt.Sprintf("%q is not a whole number", m[1])
	case "bool":
		return fmt.Sprintf("%q is not true or false", m[1])
	case "string":
		return fmt.Sprintf("%q is not text; quote it", m[1])
	}
	return fmt.Sprintf("%q is not a %s", m[1], m[2])
}

// find returns the value node at a dotted path, for positions in errors.
func find(n *yaml.Node, path string) *yaml.Node {
	for _, part := range strings.Split(path, ".") {
		if n == nil || n.Kind != yaml.MappingNode {
			return nil
		}
		n = lookup(n, part)
	}
	return n
}

func (c Config) validate(name string, doc *yaml.Node) error {
	fail := func(field, msg string) error {
		e := &Error{File: name, Field: field, Msg: msg}
		if n := find(doc, field); n != nil {
			e.Line, e.Col = n.Line, n.Column
		}
		return e
	}
	if _, err := outreach.ParsePreset(c.Seat.Preset); err != nil {
		names := make([]string, len(outreach.Presets))
		for i, p := range outreach.Presets {
			names[i] = p.String()
		}
		return fail("seat.preset", fmt.Sprintf("unknown preset %q; use one of %s", c.Seat.Preset, strings.Join(names, ", ")))
	}
	if c.Seat.Kind() == outreach.PresetCustom && c.Seat.Monthly == nil {
		return fail("seat.preset", "a custom seat needs seat.monthly (credits a month)")
	}
	if c.Seat.Monthly != nil && *c.Seat.Monthly < 0 {
		return fail("seat.monthly", "must be zero or more")
	}
	if c.Seat.Cap != nil && *c.Seat.Cap < 0 {
		return fail("seat.cap", "must be zero or more")
	}
	if c.Seat.Start != "" {
		if _, err := time.Parse("2006-01", c.Seat.Start); err != nil {
			return fail("seat.start", "must be a month like 2026-01")
		}
	}
	if n := len([]rune(c.Sender.Signature)); n > 150 {
		return fail("sender.signature", fmt.Sprintf("is %d characters; LinkedIn allows 150, shorten it", n))
	}
	if c.Defaults.MinWords < 0 {
		return fail("defaults.min_words", "must be zero or more")
	}
	if d := c.Team.RecontactDays; d != nil && (*d < 0 || *d > 3650) {
		return fail("team.recontact_days", "must be 0 (no contact rule) to 3650 days")
	}
	return nil
}

package tui

import (
	"cmp"
	"time"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/tui/addcandidate"
	"github.com/inmail/inmail/internal/tui/candidates"
	"github.com/inmail/inmail/internal/tui/common"
	"github.com/inmail/inmail/internal/tui/compose"
	"github.com/inmail/inmail/internal/tui/picker"
	"github.com/inmail/inmail/internal/tui/reportview"
	"github.com/inmail/inmail/internal/tui/tracker"
)

// Store is everything the screens read and write in the log. It is the
// union of each screen's own Store interface, so a screen added later
// embeds its interface here and *store.DB keeps satisfying it.
type Store interface {
	candidates.Store
	addcandidate.Store
	picker.Store
	compose.Store
	tracker.Store
	reportview.Store
	// Draft returns a candidate's saved draft (ENOTFOUND: none).
	Draft(candidateID string) (outreach.Draft, error)
	// Candidate returns a saved candidate, to restore a draft.
	Candidate(id string) (outreach.Candidate, error)
	// LatestDraft returns the most recently saved draft (ENOTFOUND: none).
	LatestDraft() (outreach.Draft, error)
}

// Deps are the root model's dependencies; internal/cli builds them.
type Deps struct {
	// Store is the log.
	Store Store
	// Library is the template library; Problems are the template files
	// that were skipped, shown once in the banner.
	Library  *library.Library
	Problems []library.Problem
	// Now is the clock (status bar, timing hint, "3 days ago").
	Now func() time.Time
	// Getenv reads the environment ($EDITOR).
	Getenv func(string) string
	// Sections is the log as the tracker and the reports read it (nil:
	// Store): in team mode, limited to what the person's role may see.
	Sections interface {
		tracker.Store
		reportview.Store
	}
	// History finds who on the team messaged each candidate, for the
	// candidate list (nil: not shown).
	History func(ids []string) (map[string]outreach.History, error)
	// Remote is true in an SSH session: no editor is run on the server,
	// and the composer's help says why.
	Remote bool
	// Recruiter is the name in the status bar ("" hides it).
	Recruiter string
	// Credits works out the seat's InMail credits left this month; nil
	// leaves them out of the status bar.
	Credits func() (int, error)
	// Prepare builds the send gate's Composer for a candidate and template:
	// the template filled with the role, client and hook of the
	// recruiter's last brief (else the configured ones) and the sender,
	// the validator's word lists and reuse index, and the credits left. It
	// runs in a command (it indexes the profile).
	Prepare func(c outreach.Candidate, t *library.Template) (*gate.Composer, error)
	// FollowUp prepares the composer on a follow-up of message id (the
	// tracker's follow-up key): the first message's saved candidate, the
	// Composer on the level's follow-up template with the first message's
	// role, client and hook, and the gate's follow-up rule. It runs in a
	// command. Errors say why the message cannot be followed up now.
	FollowUp func(id uint64) (outreach.Candidate, *gate.Composer, error)
	// Briefs lists the open briefs, the recruiter's most recent first,
	// for the composer's ctrl+b (nil: no picker).
	Briefs func() ([]outreach.Brief, error)
	// TypicalLength is a template's typical rendered body length, which
	// the picker shows against LinkedIn's guidance (nil: not shown).
	TypicalLength func(*library.Template) int
	// Copy puts a sent message on the system clipboard (nil: none; the
	// terminal's clipboard is always tried, over OSC52).
	Copy func(text string) clipboard.Result
	// OpenURL opens the candidate's profile in the browser (nil: cannot).
	OpenURL func(url string) error
	// StartCandidate is the id of a saved candidate to start composing for
	// (inmail compose --profile FILE), and StartTemplate the template to
	// open for them ("": pick one). Empty starts at the candidate list, or
	// at the latest draft.
	StartCandidate string
	StartTemplate  string
	// Theme forces "light" or "dark" styles; "" asks the terminal.
	Theme string
	// Setup is who is sending and the seat, as config.yaml has them; with
	// no recruiter name (and SaveSetup set) the first-run setup opens.
	Setup common.Setup
	// SaveSetup writes the setup to config.yaml and returns it as saved;
	// nil leaves the settings screen unable to save.
	SaveSetup func(common.Setup) (common.Setup, error)
	// ConfigPath is the config file, for the settings screen to name.
	ConfigPath string
	// After waits: the status bar's clock, the composer's and the
	// tracker's debounces (nil: common.Tick, the wall clock). Tests pass
	// a tuitest.Driver's, so time passes only when they say.
	After common.After
}

func (d *Deps) defaults() {
	if d.Now == nil {
		d.Now = time.Now
	}
	if d.After == nil {
		d.After = common.Tick
	}
	if d.Getenv == nil {
		d.Getenv = func(string) string { return "" }
	}
	if d.Library == nil {
		d.Library, _ = library.Load()
	}
	if d.Prepare == nil {
		d.Prepare = func(c outreach.Candidate, t *library.Template) (*gate.Composer, error) {
			p := c.Profile
			return gate.NewComposer(t, &p, library.Fields{}, personalize.Options{CandidateID: c.ID}), nil
		}
	}
	if d.FollowUp == nil {
		d.FollowUp = d.followUpFromStore
	}
}

// followUpFromStore is FollowUp from the log, the library and Prepare,
// with the first message's role, client and hook (a follow-up charges
// nothing here: the seat setting is internal/app's).
func (d Deps) followUpFromStore(id uint64) (outreach.Candidate, *gate.Composer, error) {
	e, err := d.Store.Entry(id)
	if err != nil {
		return outreach.Candidate{}, nil, err
	}
	st := outreach.FollowUpOfEntry(e, d.Now())
	if !st.Eligible {
		return outreach.Candidate{}, nil, outreach.Errorf(outreach.ECONFLICT, "%s", st.Why)
	}
	c, err := d.Store.Candidate(e.Candidate.ID)
	if err != nil {
		return c, nil, err
	}
	t, ok := d.Library.FollowUpFor(cmp.Or(c.Profile.Seniority, e.Seniority))
	if !ok {
		return c, nil, outreach.Errorf(outreach.ENOTFOUND, "the template library has no follow-up template for %s", e.Seniority)
	}
	comp, err := d.Prepare(c, t)
	if err != nil {
		return c, nil, err
	}
	f := comp.Fields
	f.Role, f.Client, f.Hook = e.Role, e.Client, e.Hook
	return c, comp.WithFields(f).WithFollowUp(gate.FollowUp{Of: e.Message, State: st}), nil
}

// sections is the log for the tracker and the reports.
func (d Deps) sections() interface {
	tracker.Store
	reportview.Store
} {
	if d.Sections != nil {
		return d.Sections
	}
	return d.Store
}

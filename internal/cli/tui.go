package cli

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"sync"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/tui"
	"github.com/inmail/inmail/internal/tui/common"
)

// runTUI opens the composer in the session s (see session): the store held
// open for the whole session, and the adapters the screens use.
func (a *App) runTUI(cmd *cobra.Command, s *app.Session) error {
	theme, err := a.theme()
	if err != nil {
		return err
	}
	cfg, err := a.Config()
	if err != nil {
		return err
	}
	// The log the session holds (team mode), else --db for as long as
	// the composer is open, and meanwhile the owner of it: other inmail
	// commands on this machine run through this process.
	var db *store.DB
	if held, ok := a.Store.(app.HeldStore); ok {
		db = held.DB
	} else {
		if db, err = a.openStore(); err != nil {
			return err
		}
		defer db.Close()
		held := app.HeldStore{DB: db, Lines: new(app.Lines)}
		a.Store = held
		if own, err := a.listenOwner(held); err == nil {
			defer own.Close()
		}
	}
	// The command's own streams: a test's, or an SSH session's. The
	// process's are Bubble Tea's defaults, which also find the terminal
	// when standard input is a pipe (pbpaste | inmail compose --profile -).
	var opts []tea.ProgramOption
	if in := cmd.InOrStdin(); in != os.Stdin {
		opts = append(opts, tea.WithInput(in))
	}
	if out := cmd.OutOrStdout(); out != os.Stdout {
		opts = append(opts, tea.WithOutput(out))
	} else {
		// lipgloss worked out standard output's colour profile when the
		// process started; Bubble Tea would again, and inside tmux each
		// time runs `tmux info`, some 10 ms before the first frame.
		opts = append(opts, tea.WithColorProfile(lipgloss.Writer.Profile))
	}
	return tui.Run(cmd.Context(), a.tuiDeps(db, s, cfg, theme), opts...)
}

// composerFor is the composer of an SSH session, on the log the server
// holds, for the server to run on the session's terminal.
func (a *App) composerFor(context.Context) (tea.Model, error) {
	held, ok := a.heldDB()
	if !ok {
		return nil, errors.New("the composer of a session needs the server's log")
	}
	s, err := a.session(withPerson | withTemplates | withLists)
	if err != nil {
		return nil, err
	}
	theme, err := a.theme()
	if err != nil {
		return nil, err
	}
	cfg, err := a.Config()
	if err != nil {
		return nil, err
	}
	return tui.New(a.tuiDeps(held.DB, s, cfg, theme)), nil
}

// tuiDeps builds the screens' dependencies around an open store: the
// session s lent that store for its use cases.
func (a *App) tuiDeps(db *store.DB, s *app.Session, cfg config.Config, theme string) tui.Deps {
	held := *s
	if h, ok := a.heldDB(); ok {
		held.Store = h // the server's, with its one writer at a time
	} else {
		held.Store = app.HeldStore{DB: db, Lines: new(app.Lines)}
	}
	ts := &tuiSession{s: held, cfg: cfg}
	setup, save := setupOf(cfg), func(u common.Setup) (common.Setup, error) { return a.saveSetup(ts, u) }
	copyText, openURL := a.systemCopy, opener()
	if a.Person != nil {
		// Team mode: the person's own record, not the server's config.
		setup, save = setupOfPerson(*a.Person), func(u common.Setup) (common.Setup, error) { return a.saveMember(ts, u) }
	}
	if a.Guest != nil && a.Guest.Remote {
		// The server's clipboard and browser are no one's: the composer
		// copies to the session's terminal over OSC52 itself.
		copyText = func(string) clipboard.Result { return clipboard.Result{SystemErr: clipboard.ErrRemote} }
		openURL = nil
	}
	return tui.Deps{
		Store:          db,
		Library:        s.Library,
		Problems:       s.Problems,
		Now:            a.Now,
		Getenv:         a.Getenv,
		Recruiter:      s.Person.Name,
		Credits:        func() (int, error) { return ts.get().CreditsLeft() },
		Prepare:        preparer(db, ts),
		FollowUp:       followUpPreparer(db, ts),
		TypicalLength:  func(t *library.Template) int { return ts.get().TypicalLength(t) },
		Copy:           copyText,
		OpenURL:        openURL,
		Remote:         a.Guest != nil && a.Guest.Remote,
		History:        func(ids []string) (map[string]outreach.History, error) { return ts.get().History(ids) },
		Briefs:         func() ([]outreach.Brief, error) { return ts.get().Briefs(false) },
		Sections:       a.sections(db),
		StartCandidate: a.StartCandidate,
		StartTemplate:  a.StartTemplate,
		Theme:          theme,
		Setup:          setup,
		SaveSetup:      save,
		ConfigPath:     a.ConfigPath,
	}
}

// tuiSession holds the session a composer works in and the config it
// came from; the settings screen changes them while commands read them.
type tuiSession struct {
	mu  sync.Mutex
	s   app.Session
	cfg config.Config
}

func (t *tuiSession) get() *app.Session {
	t.mu.Lock()
	defer t.mu.Unlock()
	s := t.s
	return &s
}

// setupOf is what the settings screen edits, as config.yaml has it.
func setupOf(cfg config.Config) common.Setup {
	u := common.Setup{
		Recruiter:  strings.TrimSpace(cfg.Recruiter),
		SenderName: strings.TrimSpace(cfg.Sender.Name),
		Signature:  strings.TrimSpace(cfg.Sender.Signature),
		Seat:       cfg.Seat.Kind(),
	}
	if cfg.Seat.Monthly != nil {
		u.Monthly = *cfg.Seat.Monthly
	}
	return u
}

// saveSetup writes what changed on the settings screen to config.yaml,
// leaving every other setting and comment as it is, and has the rest of
// the session act as the person it now describes. The seat is written
// only when it changed, so an allotment set by hand on a preset survives a
// change of name.
func (a *App) saveSetup(t *tuiSession, u common.Setup) (common.Setup, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	old := setupOf(t.cfg)
	orNil := func(v string) any {
		if v == "" {
			return nil
		}
		return v
	}
	var edits []config.Edit
	if u.Recruiter != old.Recruiter {
		edits = append(edits, config.Edit{Key: "recruiter", Value: orNil(u.Recruiter)})
	}
	if u.SenderName == u.Recruiter {
		u.SenderName = "" // it signs with the recruiter's name anyway
	}
	if u.SenderName != old.SenderName {
		edits = append(edits, config.Edit{Key: "sender.name", Value: orNil(u.SenderName)})
	}
	if u.Signature != old.Signature {
		edits = append(edits, config.Edit{Key: "sender.signature", Value: orNil(u.Signature)})
	}
	if u.Seat != old.Seat || u.Monthly != old.Monthly {
		edits = append(edits, config.Edit{Key: "seat.preset", Value: u.Seat.String()})
		var monthly any
		if u.Seat == outreach.PresetCustom {
			monthly = u.Monthly
		}
		edits = append(edits, config.Edit{Key: "seat.monthly", Value: monthly})
	}
	if len(edits) == 0 {
		return old, nil
	}
	cfg, err := config.Save(a.ConfigPath, edits...)
	if err != nil {
		return old, err
	}
	p, err := a.person(cfg)
	if err != nil {
		return old, err
	}
	t.cfg, t.s.Person = cfg, p
	return setupOf(cfg), nil
}

// preparer builds each compose's Composer, every time: the held log's
// reuse index, brought up to date with the lines sent since (by this
// composer, and on a server by everyone), the credits, the settings and
// the recruiter's last brief (whose role, client and hook it starts
// with), since sends, refunds and the settings screen change them.
func preparer(db *store.DB, t *tuiSession) func(outreach.Candidate, *library.Template) (*gate.Composer, error) {
	return func(c outreach.Candidate, tpl *library.Template) (*gate.Composer, error) {
		s := t.get()
		reuse, err := s.ReuseIndex(db)
		if err != nil {
			return nil, err
		}
		month, err := s.CreditMonth(db, s.Person.Name)
		if err != nil {
			return nil, err
		}
		last, _, err := s.LastBrief()
		if err != nil {
			return nil, err
		}
		comp := s.Composer(tpl, c, s.Fields(last.Role, last.Client, last.Hook), reuse, month.Left)
		if comp.Contacts, err = s.Contacts(db, c.ID); err != nil {
			return nil, err
		}
		return comp, nil
	}
}

// followUpPreparer prepares the composer on a follow-up for the tracker:
// app.Session.FollowUpOf's candidate and template, the first message's
// role, client and hook, and the gate's follow-up rule.
func followUpPreparer(db *store.DB, t *tuiSession) func(uint64) (outreach.Candidate, *gate.Composer, error) {
	return func(id uint64) (outreach.Candidate, *gate.Composer, error) {
		s := t.get()
		fu, err := s.FollowUpOf(id)
		switch {
		case err != nil:
			return fu.Candidate, nil, err
		case !fu.State.Eligible:
			return fu.Candidate, nil, outreach.Errorf(outreach.ECONFLICT, "%s", fu.State.Why)
		case !fu.Saved:
			return fu.Candidate, nil, outreach.Errorf(outreach.ENOTFOUND, "%s, whom message %d went to, is no longer a saved candidate: add them again, or send it with inmail send --follow-up %d --profile FILE", fu.First.Candidate.Name, id, id)
		case fu.Template == nil:
			return fu.Candidate, nil, outreach.Errorf(outreach.ENOTFOUND, "the template library has no follow-up template (channel followup) for %s: add one", fu.First.Seniority)
		}
		reuse, err := s.ReuseIndex(db)
		if err != nil {
			return fu.Candidate, nil, err
		}
		month, err := s.CreditMonth(db, s.Person.Name)
		if err != nil {
			return fu.Candidate, nil, err
		}
		comp := s.Composer(fu.Template, fu.Candidate, s.Fields(fu.Fields()), reuse, month.Left)
		if comp.Contacts, err = s.Contacts(db, fu.Candidate.ID); err != nil {
			return fu.Candidate, nil, err
		}
		return fu.Candidate, comp.WithFollowUp(fu.Gate()), nil
	}
}

// systemCopy puts text on the system clipboard. The composer sets the
// terminal's clipboard itself (OSC52 through Bubble Tea, which owns the
// terminal), so only a test's Copier also gets the terminal side.
func (a *App) systemCopy(text string) clipboard.Result {
	if a.Copier != nil {
		return a.Copier.Copy(text)
	}
	return clipboard.Copier{System: clipboard.SystemClipboard}.Copy(text)
}

// openerName is the platform's program that opens a URL in the browser.
func openerName() string {
	switch runtime.GOOS {
	case "darwin":
		return "open"
	case "windows":
		return "explorer"
	}
	return "xdg-open"
}

// opener is openURL when the platform's opener is installed, else nil:
// the sent screen then shows the profile URL rather than offer a key that
// can only fail.
func opener() func(string) error {
	if _, err := exec.LookPath(openerName()); err != nil {
		return nil
	}
	return openURL
}

// openURL opens url in the browser with the platform's opener and says
// why when it cannot.
func openURL(url string) error {
	name := openerName()
	if _, err := exec.LookPath(name); err != nil {
		return fmt.Errorf("%s is not installed", name)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	var out bytes.Buffer
	c := exec.CommandContext(ctx, name, url)
	c.Stdout, c.Stderr = &out, &out
	if err := c.Run(); err != nil {
		if msg := strings.TrimSpace(out.String()); msg != "" {
			return fmt.Errorf("%s: %s", name, firstLine(msg))
		}
		return fmt.Errorf("%s: %w", name, err)
	}
	return nil
}

func firstLine(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		return s[:i]
	}
	return s
}

// theme reads INMAIL_THEME: "light" or "dark" forces the palette on a
// terminal that does not report its background; empty asks the terminal.
func (a *App) theme() (string, error) {
	if a.Getenv == nil {
		return "", nil
	}
	switch t := strings.ToLower(strings.TrimSpace(a.Getenv("INMAIL_THEME"))); t {
	case "", "auto":
		return "", nil
	case "light", "dark":
		return t, nil
	default:
		return "", badInput(fmt.Errorf("INMAIL_THEME=%q: use light, dark or auto", t))
	}
}

// setupOfPerson is what the settings screen edits in team mode: the
// person's own member record.
func setupOfPerson(p app.Person) common.Setup {
	u := common.Setup{Recruiter: p.Name, SenderName: p.SenderName, Signature: p.Signature, Seat: p.Preset}
	if p.SenderName == p.Name {
		u.SenderName = ""
	}
	if p.Preset == outreach.PresetCustom {
		u.Monthly = p.Seat.Monthly
	}
	return u
}

// saveMember writes the settings screen to the person's member record (a
// member's name is the team's to change, not theirs), and has the rest of
// the session act as the person it now describes.
func (a *App) saveMember(t *tuiSession, u common.Setup) (common.Setup, error) {
	t.mu.Lock()
	defer t.mu.Unlock()
	var monthly *int
	if u.Seat == outreach.PresetCustom {
		monthly = &u.Monthly
	}
	m, err := t.s.SaveSender(u.SenderName, u.Signature, u.Seat, monthly)
	if err != nil {
		return setupOfPerson(t.s.Person), err
	}
	p, err := app.PersonOf(m, a.Now().Location())
	if err != nil {
		return setupOfPerson(t.s.Person), err
	}
	t.s.Person = p
	return setupOfPerson(p), nil
}

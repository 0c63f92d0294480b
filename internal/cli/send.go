package cli

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/words"
)

// sendFlags are `inmail send`'s flags.
type sendFlags struct {
	profile, template, line string
	role, client, hook      string
	at                      string
	noClipboard             bool
	index                   int
}

// newSendCmd is `inmail send`: the composer's send, without the screen.
func newSendCmd(a *App) *cobra.Command {
	var f sendFlags
	cmd := &cobra.Command{
		Use:   "send --profile FILE --template ID --personalization TEXT",
		Short: "Log a message through the send gate and copy it, without the composer",
		Long: `Render a template for a candidate with your personalization line, run the same
send gate as the composer, and when it passes log the message and copy its
subject and body to the clipboard (through the terminal with OSC52, and the
system clipboard where there is one) to paste into LinkedIn.

The gate refuses when the line does not reference something specific on the
profile, when the subject or body is over LinkedIn's limits, when a
placeholder has no value, when the line was already sent to another
candidate, or when an InMail has no credit left this month. Every reason is
printed, one a line.

The profile is a JSON, YAML or CSV file, LinkedIn's Connections.csv, or text
pasted from the profile page; it is saved (or updated) as a candidate. Role,
client and hook default to config.yaml's defaults; the sender's name, the
signature, the recruiter and the seat come from config.yaml. --at logs a
message that was sent earlier (never in the future). Running the same send
twice within a minute, or with the same --at, logs it once.

Exit status: 0 logged (or already logged), 1 refused by the gate, 2 bad
input (a flag, a file, the config).`,
		Example: `  inmail send --profile priya.json --template senior-associate/lateral-move \
    --role "Senior M&A Associate" --client "a top-10 firm" \
    --personalization "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal our client leads."
  inmail send --profile Connections.csv --candidate-index 2 --template associate/connect --personalization "..."
  inmail send --profile paste.txt --template associate/direct-intro --personalization "..." --at "2026-10-06 09:30" --no-clipboard`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if !cmd.Flags().Changed("personalization") {
				return badInput(errors.New(`missing --personalization TEXT: one line about something specific on their profile`))
			}
			return a.send(cmd, f)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.profile, "profile", "", "candidate profile `file` (.json, .yaml, .csv, Connections.csv, or pasted text)")
	fl.StringVar(&f.template, "template", "", "template `id`, e.g. senior-associate/lateral-move (see inmail templates list)")
	fl.StringVar(&f.line, "personalization", "", "the personalization line: one sentence about something specific on their profile")
	fl.StringVar(&f.role, "role", "", "the role, for {{role}} (default: defaults.role in config.yaml)")
	fl.StringVar(&f.client, "client", "", "the client, for {{client}} (default: defaults.client in config.yaml)")
	fl.StringVar(&f.hook, "hook", "", "one sentence that makes the role worth a reply, for {{hook}} (default: defaults.hook)")
	fl.StringVar(&f.at, "at", "", "when the message was sent, if earlier: 2026-10-06 09:30 (local time) or RFC 3339")
	fl.BoolVar(&f.noClipboard, "no-clipboard", false, "do not copy the message")
	fl.IntVar(&f.index, "candidate-index", 0, "which profile of a file with several, from 1")
	return cmd
}

func (a *App) send(cmd *cobra.Command, f sendFlags) error {
	switch {
	case f.profile == "":
		return badInput(errors.New("missing --profile FILE: the candidate's profile"))
	case f.template == "":
		return badInput(errors.New(`missing --template ID; "inmail templates list" shows the ids`))
	case f.index < 0:
		return badInput(fmt.Errorf("no profile number %d (--candidate-index): count the profiles in the file from 1", f.index))
	}
	now := a.Now()
	sentAt, moment := now, "minute:"+strconv.FormatInt(now.Truncate(time.Minute).Unix(), 10)
	if f.at != "" {
		at, err := parseAt(f.at, now.Location())
		if err != nil {
			return badInput(err)
		}
		if at.Truncate(time.Second).After(now) {
			return badInput(fmt.Errorf("cannot log a send in the future: --at %s is after now (%s); a send can be logged late, never early",
				at.Format("2006-01-02 15:04"), now.In(at.Location()).Format("2006-01-02 15:04")))
		}
		sentAt, moment = at, "at:"+strconv.FormatInt(at.Unix(), 10)
	}

	env, err := a.loadSettings()
	if err != nil {
		return err
	}
	t, err := findTemplate(env.Library, env.Problems, f.template)
	if err != nil {
		return err
	}
	pf, err := a.readProfiles(f.profile)
	if err != nil {
		return err
	}
	p, err := pickProfile(pf, f.profile, f.index)
	if err != nil {
		return err
	}
	if err := checkProfile(p, env.Library); err != nil {
		return badInput(fmt.Errorf("%s: %w", f.profile, err))
	}

	db, err := a.openStore(false)
	if err != nil {
		return err
	}
	defer db.Close()
	c, err := a.saveCandidate(db, env.Library, p)
	if err != nil {
		return err
	}
	if err := a.loadLog(&env, db); err != nil {
		return err
	}
	level := c.Profile.Seniority
	if level != "" && level != t.Seniority {
		why := "as saved"
		if p.Seniority != "" {
			why = "as the profile says"
		} else {
			unset := c.Profile
			unset.Seniority = ""
			if id, w := seniorityOf(&unset, env.Library.Levels, now); id == level {
				why = w
			}
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "note: %s is for the %s level, and %s is %s (%s)\n", t.ID, t.Seniority, c.Profile.Name, level, why)
	}

	uses, err := db.LineUses(f.line)
	if err != nil {
		return err
	}
	comp := env.composer(t, c, composeFields(env.Config, f.role, f.client, f.hook))
	res := comp.Compose(f.line, uses)
	m := comp.Message(gate.Draft{Candidate: c, Recruiter: env.Recruiter, Subject: res.Rendered.Subject, Body: res.Rendered.Body,
		Line: f.line, Verdict: &res.Verdict, StartedAt: sentAt, SentAt: sentAt})
	if f.at == "" {
		// A run repeated by accident a moment later (in the next minute, so
		// with another key) is still the same send.
		if dup, ok, err := recentDuplicate(db, m, now); err != nil {
			return err
		} else if ok {
			return a.sent(cmd, f, dup, env.Month.Left, true)
		}
	}
	if d := res.Decision; !d.OK {
		w := cmd.ErrOrStderr()
		fmt.Fprintf(w, "Not sent to %s (%s):\n", c.Profile.Name, t.ID)
		for _, r := range d.Reasons {
			fmt.Fprintf(w, "  - %s\n", r.Message)
		}
		if d.Has(gate.CodeMissingValue) && slices.ContainsFunc(res.Rendered.Missing, func(n string) bool {
			return n == library.Role || n == library.Client || n == library.Hook
		}) {
			fmt.Fprintln(w, "Role, client and hook come from --role, --client and --hook, or defaults in config.yaml.")
		}
		return refused()
	}

	id, added, err := db.Send(m, sendKey(m, moment))
	if err != nil {
		return err
	}
	if !added {
		m, err = db.Message(id)
		if err != nil {
			return err
		}
		return a.sent(cmd, f, m, env.Month.Left, true)
	}
	m.ID = id
	// Work the balance out again from the log: a send dated in an earlier
	// month (--at) can start the ledger there and carry credits over.
	month, err := a.creditMonth(db, env.Config, env.Recruiter)
	if err != nil {
		return err
	}
	return a.sent(cmd, f, m, month.Left, false)
}

// recentDuplicate finds the same message to the same candidate logged in
// the last minute.
func recentDuplicate(db *store.DB, m outreach.Message, now time.Time) (outreach.Message, bool, error) {
	recent, err := db.Messages(outreach.Filter{CandidateID: m.Candidate.ID, TemplateID: m.TemplateID, Since: now.Add(-time.Minute)})
	if err != nil {
		return m, false, err
	}
	for _, r := range recent {
		if r.Subject == m.Subject && r.Body == m.Body &&
			outreach.NormalizeLine(r.Personalization) == outreach.NormalizeLine(m.Personalization) {
			return r, true, nil
		}
	}
	return m, false, nil
}

// sent prints a logged message and copies it. known is true when the
// message had been logged before (a repeated run).
func (a *App) sent(cmd *cobra.Command, f sendFlags, m outreach.Message, left int, known bool) error {
	w := cmd.OutOrStdout()
	now := a.Now()
	if known {
		fmt.Fprintf(w, "Already logged as message %d (%s); not logged again.\n", m.ID, m.SentAt.In(now.Location()).Format("2006-01-02 15:04"))
	} else {
		fmt.Fprintf(w, "Logged message %d: %s\n", m.ID, sentSummary(m, left, now))
	}
	if m.Candidate.URL != "" {
		fmt.Fprintf(w, "Profile: %s\n", m.Candidate.URL)
	}
	writeMessage(w, m)
	if f.noClipboard {
		return nil
	}
	res := a.copyText(clipboard.Text(m.Subject, m.Body))
	if res.OK() {
		fmt.Fprintln(cmd.ErrOrStderr(), res)
	} else {
		fmt.Fprintf(cmd.ErrOrStderr(), "%s; the message is logged: run inmail log copy %d\n", res, m.ID)
	}
	return nil
}

// sentSummary says what was logged: "InMail to Priya Raman with
// senior-associate/lateral-move; 1 credit, 110 left this month."
func sentSummary(m outreach.Message, left int, now time.Time) string {
	s := fmt.Sprintf("%s to %s with %s", m.Channel.Label(), m.Candidate.Name, m.TemplateID)
	if m.SentAt.Before(now.Add(-time.Minute)) {
		s += ", sent " + m.SentAt.In(now.Location()).Format("2006-01-02 15:04")
	}
	if m.Credits > 0 {
		s += fmt.Sprintf("; %s, %d left this month", words.Count(m.Credits, "credit"), left)
	}
	return s + "."
}

// writeMessage prints the subject (for an InMail) and the body.
func writeMessage(w io.Writer, m outreach.Message) {
	fmt.Fprintln(w)
	if m.Channel == library.InMail {
		fmt.Fprintf(w, "Subject: %s\n\n", m.Subject)
	}
	fmt.Fprintln(w, m.Body)
}

// newComposeCmd is `inmail compose`: the composer screen on one candidate.
func newComposeCmd(a *App) *cobra.Command {
	var (
		profilePath, templateID string
		index                   int
	)
	cmd := &cobra.Command{
		Use:   "compose --profile FILE [--template ID]",
		Short: "Open the composer on a candidate from a profile file",
		Long: `Save the candidate in a profile file (JSON, YAML, CSV, LinkedIn's
Connections.csv, or text pasted from their profile page; - reads pasted text
from standard input) and open the composer on them, with a template chosen
when --template is given.`,
		Example: `  inmail compose --profile priya.json
  inmail compose --profile paste.txt --template senior-associate/lateral-move
  pbpaste | inmail compose --profile -`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if profilePath == "" {
				return badInput(errors.New("missing --profile FILE: the candidate's profile"))
			}
			env, err := a.loadSettings()
			if err != nil {
				return err
			}
			if templateID != "" {
				if _, err := findTemplate(env.Library, env.Problems, templateID); err != nil {
					return err
				}
			}
			pf, err := a.readProfiles(profilePath)
			if err != nil {
				return err
			}
			p, err := pickProfile(pf, profilePath, index)
			if err != nil {
				return err
			}
			if err := checkProfile(p, env.Library); err != nil {
				return badInput(fmt.Errorf("%s: %w", profilePath, err))
			}
			db, err := a.openStore(false)
			if err != nil {
				return err
			}
			c, err := a.saveCandidate(db, env.Library, p)
			if cerr := db.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				return err
			}
			a.StartCandidate, a.StartTemplate = c.ID, templateID
			if a.NoTUI {
				return badInput(fmt.Errorf("the composer needs a terminal (%s is saved as %s; run inmail in a terminal, or use inmail send)", c.Profile.Name, c.ID))
			}
			return a.runTUI(cmd, env)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&profilePath, "profile", "", "candidate profile `file` (- for pasted text on standard input)")
	fl.StringVar(&templateID, "template", "", "template `id` to start with")
	fl.IntVar(&index, "candidate-index", 0, "which profile of a file with several, from 1")
	return cmd
}

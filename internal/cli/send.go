package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/clipboard"
	"github.com/inmail/inmail/internal/gate"
	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/words"
)

// sendFlags are `inmail send`'s flags.
type sendFlags struct {
	profile, template, line string
	role, client, hook      string
	brief                   string
	at, recontact           string
	copy                    string
	backfill                bool
	noClipboard             bool
	index                   int
	followUp                uint64
}

// newSendCmd is `inmail send`: the composer's send, without the screen.
func newSendCmd(a *App) *cobra.Command {
	var f sendFlags
	cmd := &cobra.Command{
		Use:   "send (--profile FILE --template ID | --follow-up ID) --personalization TEXT",
		Short: "Log a message through the send gate and copy it, without the composer",
		Long: `Render a template for a candidate with your personalization line, run the same
send gate as the composer, and when it passes log the message and copy its
body to the clipboard (through the terminal with OSC52, and the system
clipboard where there is one) to paste into LinkedIn's message box; the
subject is printed to copy into the subject line (--copy subject or both
copies it instead).

The gate refuses when the line does not reference something specific on the
profile, when the subject or body is over LinkedIn's limits, when a
placeholder has no value, when the line was already sent to another
candidate, or when an InMail has no credit left this month. Every reason is
printed, one a line. When anyone on the team messaged the candidate in the
last 30 days, it says who, when and where that stands, and the send needs
--recontact "REASON", which is logged with the message.

The profile is a JSON, YAML or CSV file, LinkedIn's Connections.csv, or text
pasted from the profile page; it is saved (or updated) as a candidate. Role,
client and hook come from --role, --client and --hook, else from the brief
--brief names (see inmail briefs), else from config.yaml's defaults; the
message is logged with the brief of its role and client, which the first
such send starts. The sender's name, the signature, the recruiter and the
seat come from config.yaml. --at logs a message that was sent earlier: never
in the future, and no more than 90 days ago or before the seat's first month
unless --backfill says you are importing history (which creates no credits).
Running the same send twice within a minute, or with the same --at, logs it
once.

--follow-up ID sends a follow-up of InMail ID in the same conversation: to
the same candidate (as saved; --profile may be left out), with the level's
follow-up template (--template picks another follow-up template), and the
first message's role, client and hook unless given. It may go between 3 and
28 days after the InMail, when it has had no response and no follow-up yet,
and only from the recruiter who sent it; its line must say something the
first message did not. Whether it costs a credit is seat.follow_up_credit in
config.yaml (default: it does not).

Exit status: 0 logged (or already logged), 1 refused by the gate, 2 bad
input (a flag, a file, the config).`,
		Example: `  inmail send --profile priya.json --template senior-associate/lateral-move \
    --role "Senior M&A Associate" --client "a top-10 firm" \
    --personalization "Your work on Castell Pharma's acquisition of Norvane Therapeutics is the kind of deal my client leads."
  inmail send --profile marcus.json --template senior-associate/lateral-move --brief 1 --personalization "..."
  inmail send --profile Connections.csv --candidate-index 2 --template associate/connect --personalization "..."
  inmail send --profile paste.txt --template associate/direct-intro --personalization "..." --at "2026-10-06 09:30" --no-clipboard
  inmail send --follow-up 12 --personalization "Your Legal Business piece on W&I insurance made me want to write once more."`,
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
	fl.StringVar(&f.brief, "brief", "", "a brief's `number or name` (inmail briefs list): its role, client and hook fill what the flags leave out")
	fl.StringVar(&f.at, "at", "", "when the message was sent, if earlier: 2026-10-06 09:30 (local time) or RFC 3339")
	fl.BoolVar(&f.backfill, "backfill", false, "allow an --at more than 90 days ago or before the seat's first month, to import history")
	fl.StringVar(&f.recontact, "recontact", "", "why you message a candidate someone on the team messaged in the last 30 days (logged)")
	fl.StringVar(&f.copy, "copy", "body", "what to copy: `body`, subject or both (a connection note is all body)")
	fl.BoolVar(&f.noClipboard, "no-clipboard", false, "do not copy the message")
	fl.IntVar(&f.index, "candidate-index", 0, "which profile of a file with several, from 1")
	fl.Uint64Var(&f.followUp, "follow-up", 0, "send a follow-up of InMail `ID`, in its conversation (3 to 28 days after it, with no response)")
	return cmd
}

func (a *App) send(cmd *cobra.Command, f sendFlags) error {
	switch {
	case f.profile == "" && f.followUp == 0:
		return badInput(errors.New("missing --profile FILE: the candidate's profile (or --follow-up ID to follow a message up)"))
	case f.template == "" && f.followUp == 0:
		return badInput(errors.New(`missing --template ID; "inmail templates list" shows the ids`))
	case f.index < 0:
		return badInput(fmt.Errorf("no profile number %d (--candidate-index): count the profiles in the file from 1", f.index))
	}
	part, err := clipboard.ParsePart(f.copy)
	if err != nil {
		return badInput(fmt.Errorf("--copy: %w", err))
	}
	req := app.SendRequest{Line: f.line, Role: f.role, Client: f.client, Hook: f.hook, Brief: f.brief, Recontact: f.recontact, Backfill: f.backfill, FollowUp: f.followUp}
	if f.at != "" {
		at, err := parseAt(f.at, a.Now().Location())
		if err != nil {
			return badInput(err)
		}
		req.At = at
	}
	s, p, err := a.composeSession(f.template, f.profile, f.index)
	if err != nil {
		return err
	}
	req.Template, req.Profile = s.t, p
	res, err := s.Send(req)
	if err != nil {
		return err
	}
	w, errw := cmd.OutOrStdout(), cmd.ErrOrStderr()
	if res.LevelNote != "" {
		fmt.Fprintf(errw, "note: %s\n", res.LevelNote)
	}
	if !res.Logged && !res.Known {
		what := res.Message.TemplateID
		if f.followUp != 0 {
			what = fmt.Sprintf("a follow-up of message %d with %s", f.followUp, what)
		}
		fmt.Fprintf(errw, "Not sent to %s (%s):\n", res.Candidate.Profile.Name, what)
		for _, r := range res.Decision.Reasons {
			fmt.Fprintf(errw, "  - %s\n", r.Message)
		}
		if res.MissingFields {
			fmt.Fprintln(errw, "Role, client and hook come from --role, --client and --hook, or defaults in config.yaml.")
		}
		if res.Decision.Has(gate.CodeRecontact) {
			fmt.Fprintln(errw, `Give the reason with --recontact "REASON" to send it all the same.`)
		}
		return refused()
	}
	m, now := res.Message, a.Now()
	if res.Known {
		fmt.Fprintf(w, "Already logged as message %d (%s); not logged again.\n", m.ID, m.SentAt.In(now.Location()).Format("2006-01-02 15:04"))
	} else {
		fmt.Fprintf(w, "Logged message %d: %s\n", m.ID, sentSummary(m, res.Left, now))
	}
	if m.Candidate.URL != "" {
		fmt.Fprintf(w, "Profile: %s\n", m.Candidate.URL)
	}
	if m.Brief != "" {
		fmt.Fprintf(w, "Brief:   %d · %s (--brief %d sends the next one with it)\n", m.BriefID, m.Brief, m.BriefID)
	}
	writeMessage(w, m)
	if f.noClipboard {
		return nil
	}
	text, what := part.Pick(m.Subject, m.Body)
	copied := a.copyText(text)
	if !copied.OK() {
		fmt.Fprintf(errw, "%s; the message is logged: run inmail log copy %d --copy %s\n", copied, m.ID, part)
		return nil
	}
	fmt.Fprintf(errw, "Copied %s (%s) to the %s: %s\n", what, words.Count(utf8.RuneCountInString(text), "character"), copied.Where(),
		pasteHint(part, m, "the subject above", "inmail log copy %d --copy %s"))
	return nil
}

// pasteHint says where the part just copied goes in LinkedIn and how to
// copy the other part of an InMail: subject names where the subject is
// to be seen, and again is the command that copies a part, with the
// message id and the part to fill in.
func pasteHint(part clipboard.Part, m outreach.Message, subject, again string) string {
	switch {
	case strings.TrimSpace(m.Subject) == "":
		return "paste it into LinkedIn."
	case part == clipboard.Subject:
		return "paste it into the subject line; " + fmt.Sprintf(again, m.ID, clipboard.Body) + " copies the body."
	case part == clipboard.Both:
		return "paste them into LinkedIn, the first line into the subject."
	}
	return "paste it into the message box, and " + subject + " into the subject line (" + fmt.Sprintf(again, m.ID, clipboard.Subject) + " copies it)."
}

// composeSession is the session of a send or a compose, with the template
// named by id (checked before any file is read) and the candidate read
// from the profile file at path (the index-th, from 1, of a file with
// several) and checked against the library's levels; no profile when path
// is empty.
func (a *App) composeSession(templateID, path string, index int) (*composeRun, profile.Profile, error) {
	s, err := a.session(withPerson | withTemplates | withLists)
	if err != nil {
		return nil, profile.Profile{}, err
	}
	run := &composeRun{Session: s}
	if templateID != "" {
		if run.t, err = s.Template(templateID); err != nil {
			return nil, profile.Profile{}, err
		}
	}
	if path == "" {
		return run, profile.Profile{}, nil // a follow-up: the candidate is the first message's
	}
	pf, err := app.ReadProfiles(path, a.Stdin)
	if err != nil {
		return nil, profile.Profile{}, err
	}
	p, err := pf.Pick(path, index)
	if err != nil {
		return nil, profile.Profile{}, err
	}
	if err := p.Validate(s.Library.Levels); err != nil {
		return nil, profile.Profile{}, badInput(fmt.Errorf("%s: %w", path, err))
	}
	return run, p, nil
}

// composeRun is a session with the template a send or compose is for.
type composeRun struct {
	*app.Session
	t *library.Template
}

// sentSummary says what was logged: "InMail to Priya Raman with
// senior-associate/lateral-move; 1 credit, 110 left this month."
func sentSummary(m outreach.Message, left int, now time.Time) string {
	s := fmt.Sprintf("%s to %s with %s", m.Channel.Label(), m.Candidate.Name, m.TemplateID)
	if m.FollowUpOf != 0 {
		s += fmt.Sprintf(" (in the conversation of message %d)", m.FollowUpOf)
	}
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
Connections.csv, or text pasted from their profile page; - reads standard
input, in whichever of these it is) and open the composer on them, with a template chosen
when --template is given.`,
		Example: `  inmail compose --profile priya.json
  inmail compose --profile paste.txt --template senior-associate/lateral-move
  pbpaste | inmail compose --profile -`,
		GroupID:     "compose",
		Args:        cobra.NoArgs,
		Annotations: map[string]string{ownsTerminal: "yes"},
		RunE: func(cmd *cobra.Command, _ []string) error {
			if profilePath == "" {
				return badInput(errors.New("missing --profile FILE: the candidate's profile"))
			}
			s, p, err := a.composeSession(templateID, profilePath, index)
			if err != nil {
				return err
			}
			c, err := s.AddCandidate(p)
			if err != nil {
				return err
			}
			a.StartCandidate, a.StartTemplate = c.ID, templateID
			if a.NoTUI {
				return badInput(fmt.Errorf("the composer needs a terminal (%s is saved; run inmail in a terminal, or use inmail send)", c.Ref().Display()))
			}
			return a.runTUI(cmd, s.Session)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&profilePath, "profile", "", "candidate profile `file` (- for standard input: a pasted page, JSON, YAML or CSV)")
	fl.StringVar(&templateID, "template", "", "template `id` to start with")
	fl.IntVar(&index, "candidate-index", 0, "which profile of a file with several, from 1")
	return cmd
}

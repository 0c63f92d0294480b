package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/app"
	"github.com/inmail/inmail/internal/config"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/team"
)

// newTeamCmd is `inmail team`: the people who may sign in to inmail serve.
func newTeamCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "team",
		Short: "Add and remove the people who use the team's log over SSH, and their roles",
		Long: `The people of a team share one log through inmail serve. Each signs in with
their SSH key; their name is what the log records for their messages, and
their role decides what they may do:

  recruiter  composes and sends, records outcomes on their own messages,
             sees their own log and the team's rates by template
  lead       also sees the team's log, reports (by recruiter too) and
             tracker; colleagues' messages are read-only
  admin      also manages the people and the team's templates

Run these on the server's database (they go through the running server), or
over SSH as an admin.`,
		Example: `  inmail team add "Sam Reyes" --key-file sam.pub --role recruiter
  ssh -p 23234 team.example.com team add "Lee Park" --role lead --key-file - < lee.pub
  inmail team list`,
		GroupID: "lead",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newTeamAddCmd(a), newTeamListCmd(a), newTeamRemoveCmd(a), newTeamRoleCmd(a))
	return cmd
}

func newTeamAddCmd(a *App) *cobra.Command {
	var (
		keys            []string
		keyFile, role   string
		seat, seatStart string
		monthly         int
		sender, sigLine string
	)
	cmd := &cobra.Command{
		Use:   "add NAME --key KEY|--key-file FILE --role recruiter|lead|admin",
		Short: "Add a person to the team, or another key to someone on it",
		Long: `Add a person with their public key (one line of their .pub file) and role.
Adding someone already on the team adds the key to theirs and sets the role,
seat and sender given. A key signs in as one person only.`,
		Example: `  inmail team add "Sam Reyes" --key "ssh-ed25519 AAAA... sam@laptop" --role recruiter --seat recruiter-lite
  inmail team add "Ana Silva" --key-file ~/ana.pub --role admin`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if keyFile != "" {
				more, err := a.readKeys(keyFile)
				if err != nil {
					return err
				}
				keys = append(keys, more...)
			}
			if len(keys) == 0 {
				return badInput(errors.New(`missing --key "ssh-ed25519 AAAA..." or --key-file FILE: the key they sign in with`))
			}
			r, err := team.ParseRole(role)
			if err != nil {
				return badInput(fmt.Errorf("--role: %w", err))
			}
			p, err := outreach.ParsePreset(seat)
			if err != nil {
				return badInput(fmt.Errorf("--seat: %w", err))
			}
			m := team.Member{Name: strings.TrimSpace(args[0]), Role: r, Keys: keys, Preset: p, SeatStart: seatStart,
				SenderName: sender, Signature: sigLine}
			if cmd.Flags().Changed("monthly") {
				m.Monthly = &monthly
			}
			s, err := a.actorSession(0)
			if err != nil {
				return err
			}
			m, err = s.AddMember(m)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is on the team as %s, with %s.\n", m.Name, m.Role, keyWords(m.Keys))
			return nil
		},
	}
	f := cmd.Flags()
	f.StringArrayVar(&keys, "key", nil, "a public key, one line of a .pub file (repeat for several)")
	f.StringVar(&keyFile, "key-file", "", "a `file` of public keys, one a line, like authorized_keys (- for standard input)")
	f.StringVar(&role, "role", "", "recruiter, lead or admin")
	f.StringVar(&seat, "seat", "recruiter", "their seat: recruiter, recruiter-lite, sales-navigator or custom")
	f.IntVar(&monthly, "monthly", 0, "credits a month (a custom seat needs it)")
	f.StringVar(&seatStart, "seat-start", "", "the seat's first month, YYYY-MM (default: from their first send)")
	f.StringVar(&sender, "sender-name", "", "the name that signs their messages (default: their name)")
	f.StringVar(&sigLine, "signature", "", "the signature under their name on InMails (at most 150 characters)")
	return cmd
}

// readKeys reads the public keys of an authorized_keys-like file ("-":
// standard input), skipping blank lines and comments.
func (a *App) readKeys(path string) ([]string, error) {
	var r io.Reader = a.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return nil, badInput(fmt.Errorf("cannot read %s: %w", path, app.UnwrapPath(err)))
		}
		defer f.Close()
		r = f
	}
	var keys []string
	sc := bufio.NewScanner(io.LimitReader(r, 1<<20))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := team.ParseKey(line); err != nil {
			return nil, badInput(fmt.Errorf("%s:%d: %s", path, n, outreach.ErrorMessage(err)))
		}
		keys = append(keys, line)
	}
	if err := sc.Err(); err != nil {
		return nil, badInput(fmt.Errorf("read %s: %w", path, err))
	}
	if len(keys) == 0 {
		return nil, badInput(fmt.Errorf("%s holds no public key", path))
	}
	return keys, nil
}

func keyWords(keys []string) string {
	fps := make([]string, 0, len(keys))
	for _, k := range keys {
		if pk, err := team.ParseKey(k); err == nil {
			fps = append(fps, team.Fingerprint(pk))
		}
	}
	if len(fps) == 1 {
		return "key " + fps[0]
	}
	return fmt.Sprintf("%d keys (%s)", len(fps), strings.Join(fps, ", "))
}

func newTeamListCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the team: name, role, seat and keys",
		Example: `  inmail team list
  ssh -p 23234 team.example.com team list`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.actorSession(0)
			if err != nil {
				return err
			}
			ms, err := s.Members()
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if len(ms) == 0 {
				fmt.Fprintln(w, "No one is on the team yet: inmail team add NAME --key-file FILE --role admin")
				return nil
			}
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tROLE\tSEAT\tKEYS")
			for _, m := range ms {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", m.Name, m.Role, m.Preset, keyWords(m.Keys))
			}
			return tw.Flush()
		},
	}
}

func newTeamRemoveCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:     "remove NAME",
		Short:   "Take a person off the team; their messages stay in the log",
		Example: `  inmail team remove "Sam Reyes"`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.actorSession(0)
			if err != nil {
				return err
			}
			if err := s.RemoveMember(args[0]); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is off the team; their keys no longer sign in.\n", args[0])
			return nil
		},
	}
}

func newTeamRoleCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:     "role NAME recruiter|lead|admin",
		Short:   "Give a person another role",
		Example: `  inmail team role "Lee Park" lead`,
		Args:    cobra.ExactArgs(2),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := team.ParseRole(args[1])
			if err != nil {
				return badInput(err)
			}
			s, err := a.actorSession(0)
			if err != nil {
				return err
			}
			m, err := s.SetRole(args[0], r)
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "%s is now %s.\n", m.Name, m.Role)
			return nil
		},
	}
}

// actorSession is a session acting as actor(): the person whose
// command changes the team (people, templates).
func (a *App) actorSession(n needs) (*app.Session, error) {
	s, err := a.session(n)
	if err != nil {
		return nil, err
	}
	if s.Person, err = a.actor(); err != nil {
		return nil, err
	}
	return s, nil
}

// actor is who runs a command that needs no seat or sender: the injected
// person in team mode, else the log's owner (named as config.yaml would,
// without reading it, so a broken config does not stop team changes).
func (a *App) actor() (app.Person, error) {
	if a.Person != nil {
		return *a.Person, nil
	}
	return app.Person{Name: a.recruiterName(config.Config{})}, nil
}

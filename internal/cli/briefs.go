package cli

import (
	"fmt"
	"io"
	"sort"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/words"
)

// newBriefsCmd is `inmail briefs`: the searches messages are sent for.
func newBriefsCmd(a *App) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "briefs",
		Short: "List, show and archive briefs: the role, client and hook of a search",
		Long: `A brief is a search you send many messages for: its role, client and hook,
and the seniority it targets. Sends make them: a message whose role and
client match no open brief starts one, named after them, and every message
is logged with its brief. The composer starts with your last brief (ctrl+b
picks another); inmail send --brief NAME fills role, client and hook from
one; inmail report --by brief compares them.

Briefs are the team's: everyone sees every brief and who made it. Archive a
brief when its search is over: it is no longer offered, and a later send
with its role and client starts a new brief.`,
		Example: `  inmail briefs list
  inmail briefs show 3
  inmail briefs archive "Senior M&A Associate · a top-10 firm"`,
		GroupID: "compose",
		Args:    cobra.NoArgs,
	}
	cmd.AddCommand(newBriefsListCmd(a), newBriefsShowCmd(a), newBriefsArchiveCmd(a))
	return cmd
}

func newBriefsListCmd(a *App) *cobra.Command {
	var all, asJSON bool
	cmd := &cobra.Command{
		Use:   "list",
		Short: "List the open briefs, your most recent first",
		Example: `  inmail briefs list
  inmail briefs list --all --json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			bs, err := s.Briefs(all)
			if err != nil {
				return err
			}
			w := cmd.OutOrStdout()
			if asJSON {
				return writeJSON(w, briefsJSON(bs))
			}
			if len(bs) == 0 {
				fmt.Fprintln(w, "No briefs yet: a send with a role and a client starts one (inmail send --role ROLE --client CLIENT, or the composer).")
				return nil
			}
			now := a.Now()
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			head := "ID\tNAME\tLEVEL\tSENT\tLAST SENT\tMADE BY"
			if all {
				head += "\tARCHIVED"
			}
			fmt.Fprintln(tw, head)
			for _, b := range bs {
				last := "-"
				if at, by := b.UsedAt(); !at.IsZero() {
					last = clock(at, now) + " by " + by
				}
				row := fmt.Sprintf("%d\t%s\t%s\t%d\t%s\t%s", b.ID, b.Name, oneLine(b.Seniority, "-"), b.Sent, last, oneLine(b.CreatedBy, "-"))
				if all {
					row += "\t" + archivedWords(b, now)
				}
				fmt.Fprintln(tw, row)
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&all, "all", false, "list archived briefs too")
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array instead of a table")
	return cmd
}

func newBriefsShowCmd(a *App) *cobra.Command {
	var asJSON bool
	cmd := &cobra.Command{
		Use:   "show ID|NAME",
		Short: "Show one brief: its role, client, hook and who sent with it",
		Example: `  inmail briefs show 3
  inmail briefs show "senior m&a associate · a top-10 firm" --json`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			b, err := s.FindBrief(args[0])
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(cmd.OutOrStdout(), briefsJSON([]outreach.Brief{b})[0])
			}
			writeBrief(cmd.OutOrStdout(), b, a.Now())
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON object instead of text")
	return cmd
}

func newBriefsArchiveCmd(a *App) *cobra.Command {
	return &cobra.Command{
		Use:   "archive ID|NAME",
		Short: "Archive a brief whose search is over",
		Long: `Archive a brief whose search is over. It is no longer offered in the composer
or taken by send --brief, its messages keep it (reports still show it), and a
later send with its role and client starts a new brief. In team mode the one
who made a brief, a lead or an admin may archive it.`,
		Example: `  inmail briefs archive 3`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := a.session(withPerson)
			if err != nil {
				return err
			}
			b, err := s.ArchiveBrief(args[0])
			if err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Archived brief %d (%s), %s; its %s keep it.\n",
				b.ID, b.Name, archivedWords(b, a.Now()), words.Count(b.Sent, "message"))
			return nil
		},
	}
}

// writeBrief prints one brief in full.
func writeBrief(w io.Writer, b outreach.Brief, now time.Time) {
	fmt.Fprintf(w, "Brief %d · %s\n", b.ID, b.Name)
	made := oneLine(b.CreatedBy, "-")
	if !b.CreatedAt.IsZero() {
		made += ", " + clock(b.CreatedAt, now)
	}
	fields := [][2]string{
		{"Role", b.Role},
		{"Client", b.Client},
		{"Hook", b.Hook},
		{"Seniority", b.Seniority},
		{"Made by", made},
		{"Sent", words.Count(b.Sent, "message")},
	}
	names := make([]string, 0, len(b.LastUsed))
	for who := range b.LastUsed {
		names = append(names, who)
	}
	sort.Slice(names, func(i, j int) bool { return b.LastUsed[names[i]].After(b.LastUsed[names[j]]) })
	for i, who := range names {
		label := ""
		if i == 0 {
			label = "Last sent"
		}
		fields = append(fields, [2]string{label, clock(b.LastUsed[who], now) + " by " + who})
	}
	if b.Archived() {
		fields = append(fields, [2]string{"Archived", archivedWords(b, now)})
	}
	tw := tabwriter.NewWriter(w, 0, 4, 1, ' ', 0)
	for _, f := range fields {
		if f[1] == "" {
			continue
		}
		label := f[0] + ":"
		if f[0] == "" {
			label = ""
		}
		fmt.Fprintf(tw, "%s\t%s\n", label, f[1])
	}
	_ = tw.Flush()
}

// archivedWords says when and by whom a brief was archived ("-" when it
// is open).
func archivedWords(b outreach.Brief, now time.Time) string {
	if !b.Archived() {
		return "-"
	}
	s := clock(b.ArchivedAt, now)
	if b.ArchivedBy != "" {
		s += " by " + b.ArchivedBy
	}
	return s
}

// briefJSON is a brief as `briefs list --json` and `briefs show --json`
// print it.
type briefJSON struct {
	ID         uint64            `json:"id"`
	Name       string            `json:"name"`
	Role       string            `json:"role"`
	Client     string            `json:"client"`
	Hook       string            `json:"hook"`
	Seniority  string            `json:"seniority"`
	CreatedBy  string            `json:"created_by"`
	CreatedAt  time.Time         `json:"created_at"`
	Sent       int               `json:"sent"`
	LastUsed   map[string]string `json:"last_used"`
	ArchivedAt *time.Time        `json:"archived_at"`
	ArchivedBy string            `json:"archived_by,omitempty"`
}

func briefsJSON(bs []outreach.Brief) []briefJSON {
	out := make([]briefJSON, 0, len(bs))
	for _, b := range bs {
		j := briefJSON{ID: b.ID, Name: b.Name, Role: b.Role, Client: b.Client, Hook: b.Hook, Seniority: b.Seniority,
			CreatedBy: b.CreatedBy, CreatedAt: b.CreatedAt, Sent: b.Sent, LastUsed: map[string]string{}, ArchivedBy: b.ArchivedBy}
		for who, at := range b.LastUsed {
			j.LastUsed[who] = at.Format(time.RFC3339)
		}
		if b.Archived() {
			at := b.ArchivedAt
			j.ArchivedAt = &at
		}
		out = append(out, j)
	}
	return out
}

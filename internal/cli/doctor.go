package cli

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/store"
	"github.com/inmail/inmail/internal/words"
)

// newDoctorCmd is `inmail doctor`: check the database file, or copy what
// can be read out of a damaged one.
func newDoctorCmd(a *App) *cobra.Command {
	var salvage string
	cmd := &cobra.Command{
		Use:   "doctor [--salvage NEW.db]",
		Short: "Check the database file, or copy what can be read out of a damaged one",
		Long: `Check the database (--db) without writing to it: every page of the file (each
page in use reached once, none both in use and free, keys in order), then
bbolt's own consistency check, then every record decoded. It prints what is
wrong, or that nothing is. The one thing it mends is the candidate list's
recency index: when the file is sound but the index disagrees with the
candidates, doctor builds it again from them and checks the file again.

--salvage NEW.db copies every record that can be read into a new file, and
leaves the old one as it is: messages keep their ids and the events that can
be read, and their reports and indexes are built again, so the copy is sound.
Check the copy with inmail doctor --db NEW.db, then use it with --db (or move
it into place).

Exit status: 0 nothing wrong (or the salvage done), 3 another inmail is
writing the file, 4 the file is damaged.`,
		Example: `  inmail doctor
  inmail doctor --db team.db
  inmail doctor --salvage ~/inmail-salvaged.db`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			w := cmd.OutOrStdout()
			if salvage != "" {
				res, err := store.Salvage(a.DBPath, salvage, a.Now)
				if err != nil {
					return err
				}
				writeSalvage(w, a.DBPath, salvage, res)
				return nil
			}
			r, err := store.Check(a.DBPath, a.LockTimeout)
			if err != nil {
				return err
			}
			if r.RecencyOff > 0 && r.Structural == 0 {
				if err := rebuildRecency(a); err != nil {
					return err
				}
				fmt.Fprintf(w, "The recency index (the candidate list's order) disagreed with the candidates in %s entries; doctor built it again from them.\n", words.Thousands(r.RecencyOff))
				if r, err = store.Check(a.DBPath, a.LockTimeout); err != nil {
					return err
				}
			}
			writeCheck(w, r)
			if !r.OK() {
				return &ExitError{Code: ExitDamaged}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&salvage, "salvage", "", "copy every record that can be read into this new `file`")
	return cmd
}

// rebuildRecency builds the recency index of the database again.
func rebuildRecency(a *App) error {
	db, err := store.Open(a.DBPath, store.Options{Timeout: a.LockTimeout, Now: a.Now})
	if err != nil {
		return err
	}
	err = db.RebuildRecency()
	if cerr := db.Close(); err == nil {
		err = cerr
	}
	return err
}

// writeCheck prints what doctor found.
func writeCheck(w io.Writer, r store.Report) {
	fmt.Fprintf(w, "Checked %s: %s bytes", r.Path, words.Thousands(int(r.Size)))
	if r.PageSize > 0 {
		fmt.Fprintf(w, ", %s pages of %s bytes", words.Thousands(int(r.Pages)), words.Thousands(r.PageSize))
	}
	fmt.Fprintln(w, ".")
	if len(r.Records) > 0 {
		var parts []string
		for _, kind := range slices.Sorted(maps.Keys(r.Records)) {
			parts = append(parts, words.Count(r.Records[kind], kind))
		}
		fmt.Fprintf(w, "Records read: %s.\n", strings.Join(parts, ", "))
	}
	if r.BoltChecked {
		fmt.Fprintln(w, "bbolt's consistency check: done.")
	}
	list := func(title string, n int, items []string) {
		if n == 0 {
			return
		}
		fmt.Fprintf(w, "%s (%s):\n", title, words.Thousands(n))
		for _, p := range items {
			fmt.Fprintf(w, "  %s\n", p)
		}
		if more := n - len(items); more > 0 {
			fmt.Fprintf(w, "  … and %s more\n", words.Thousands(more))
		}
	}
	list("Problems", r.NProblems, r.Problems)
	list("Records that cannot be read", r.NUndecodable, r.Undecodable)
	if r.OK() {
		fmt.Fprintln(w, "No problems found.")
		return
	}
	fmt.Fprintf(w, "The file is damaged; doctor left it unchanged. inmail doctor --db %s --salvage NEW.db copies every record that can be read into a new file.\n", r.Path)
}

// writeSalvage prints what a salvage copied and lost.
func writeSalvage(w io.Writer, src, dst string, r store.SalvageResult) {
	fmt.Fprintf(w, "Copied from %s into %s: %s, %s, %s, %s, %s, %s.\n", src, dst,
		words.Count(r.Messages, "message"), words.Count(r.Events, "event"), words.Count(r.Candidates, "candidate"),
		words.Count(r.Drafts, "draft"), words.Count(r.Balances, "credit balance"), words.Count(r.Briefs, "brief"))
	if lost := r.LostMessages + r.LostEvents + r.LostOther; lost > 0 {
		fmt.Fprintf(w, "Could not be read: %s, %s, %s.\n", words.Count(r.LostMessages, "message"),
			words.Count(r.LostEvents, "event"), words.Count(r.LostOther, "other record"))
	}
	if r.Problems > 0 {
		fmt.Fprintf(w, "%s in the file's pages; what was on a page that could not be read is not in the copy.\n", words.Count(r.Problems, "problem"))
	}
	fmt.Fprintf(w, "%s is left as it was. Check the copy with inmail doctor --db %s, then use it with --db %s (or move it into place).\n", src, dst, dst)
}

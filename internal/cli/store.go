package cli

import (
	"github.com/inmail/inmail/internal/store"
)

// openStore opens the database named by --db. A read-only open shares the
// file with other readers and never creates it. Errors are the store's
// *outreach.Error values, whose one sentence names the file and what to do;
// exitCode maps their codes.
func (a *App) openStore(readOnly bool) (*store.DB, error) {
	return store.Open(a.DBPath, store.Options{Now: a.Now, ReadOnly: readOnly})
}

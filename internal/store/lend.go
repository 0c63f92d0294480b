package store

// Lend returns a handle on the same open file whose Close does nothing,
// for code that closes what it opens (a command run on a log that a
// server or the composer holds open for others too).
func (db *DB) Lend() *DB {
	c := &DB{Now: db.Now, path: db.path, bolt: db.bolt, readOnly: db.readOnly, fail: db.fail, lent: true, skips: db.skips, unindexed: db.unindexed}
	return c
}

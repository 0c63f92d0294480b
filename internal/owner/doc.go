// Package owner lets the one process that holds a log (the composer, or
// inmail serve) run other inmail commands of the same user on it: a Unix
// socket beside the database (mode 0600, the peer's uid checked), over
// which a command line, its environment and folder, and its standard
// streams (as file descriptors) are handed to the owner, which runs it
// and answers with the exit status.
package owner

import (
	"context"
	"os"
)

// Path is the owner socket of the database at db.
func Path(db string) string { return db + ".sock" }

// Request is one command line handed to the owner.
type Request struct {
	Args []string `json:"args"`
	// Env is the client's environment; Dir the folder it ran in.
	Env []string `json:"env"`
	Dir string   `json:"dir"`
}

// Handler runs a request with the client's standard input, output and
// error, and returns its exit status. ctx ends when the client goes away.
type Handler func(ctx context.Context, req Request, stdin, stdout, stderr *os.File) int

//go:build !unix

package owner

import (
	"context"
	"errors"
	"os"
)

// Listener is not available here.
type Listener struct{}

// ErrOwned: another process answers on the socket already.
var ErrOwned = errors.New("another inmail owns this database")

// Listen is not available: the owner socket needs Unix sockets.
func Listen(string, Handler) (*Listener, error) {
	return nil, errors.New("owner: no Unix sockets on this system")
}

// Close does nothing.
func (*Listener) Close() error { return nil }

// Run finds no owner here.
func Run(context.Context, string, Request, *os.File, *os.File, *os.File) (int, bool, error) {
	return 0, false, nil
}

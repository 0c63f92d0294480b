// Command inmail is a terminal composer for recruiters: it refuses to send an
// InMail until it is genuinely personalized, logs every message and its
// outcome, and reports which templates get responses.
package main

import (
	"context"
	"os"

	"github.com/inmail/inmail/internal/cli"
)

func main() {
	os.Exit(cli.Main(context.Background(), os.Args[1:]))
}

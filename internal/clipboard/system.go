package clipboard

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// SystemTimeout is how long a clipboard utility may run before the copy is
// given up and the utility killed, with every process it started: a
// utility waiting for an X server that never answers must not hang a send
// that is already logged, nor stay behind when inmail exits.
const SystemTimeout = 2 * time.Second

// SystemClipboard writes text to the system clipboard through the
// platform's utility (pbcopy; wl-copy under Wayland, xclip, xsel or
// termux-clipboard-set elsewhere), waiting at most SystemTimeout. A
// missing utility is ErrNoUtility; one that fails (xclip without a
// display) or does not finish in time is an error saying so.
func SystemClipboard(text string) error {
	return systemCopy(text, os.Getenv, SystemTimeout)
}

// utility is a clipboard program and the arguments that make it read the
// text to copy from standard input.
type utility struct {
	name string
	args []string
}

// unixUtilities are the utilities tried, in order, on systems other than
// macOS and Windows: wl-copy only under Wayland.
func unixUtilities(getenv func(string) string) []utility {
	var us []utility
	if getenv("WAYLAND_DISPLAY") != "" {
		us = append(us, utility{"wl-copy", nil})
	}
	return append(us,
		utility{"xclip", []string{"-in", "-selection", "clipboard"}},
		utility{"xsel", []string{"--input", "--clipboard"}},
		utility{"termux-clipboard-set", nil})
}

// runUtility runs the first utility of us that is installed, with text on
// its standard input, and kills it (and its process group) when it has
// not finished after timeout. A utility that finishes leaves behind what
// it forked on purpose (xclip and wl-copy keep a process that serves the
// selection); only one that timed out is killed.
func runUtility(us []utility, text string, timeout time.Duration) error {
	for _, u := range us {
		path, err := exec.LookPath(u.name)
		if err != nil {
			continue
		}
		ctx, cancel := context.WithTimeout(context.Background(), timeout)
		defer cancel()
		cmd := exec.CommandContext(ctx, path, u.args...)
		cmd.Stdin = strings.NewReader(text)
		// No pipe for its output: a forked selection server would hold
		// it open, and Wait with it.
		cmd.Stdout, cmd.Stderr = nil, nil
		killGroup(cmd)
		cmd.WaitDelay = 100 * time.Millisecond
		err = cmd.Run()
		switch {
		case ctx.Err() != nil:
			return fmt.Errorf("%s did not answer within %s and was stopped", u.name, timeout)
		case err != nil:
			var exit *exec.ExitError
			if errors.As(err, &exit) {
				return fmt.Errorf("%s failed (%v); is there a display?", u.name, exit)
			}
			return fmt.Errorf("%s: %w", u.name, err)
		}
		return nil
	}
	return ErrNoUtility
}

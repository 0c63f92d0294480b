//go:build !unix

package clipboard

import (
	"os/exec"
	"time"

	atotto "github.com/atotto/clipboard"
)

// systemCopy copies text through the Windows clipboard API (atotto), which
// starts no process that could hang.
func systemCopy(text string, _ func(string) string, _ time.Duration) error {
	if atotto.Unsupported {
		return ErrNoUtility
	}
	if err := atotto.WriteAll(text); err != nil {
		return err
	}
	return nil
}

// killGroup leaves cmd's cancellation as exec's default: kill the process.
func killGroup(*exec.Cmd) {}

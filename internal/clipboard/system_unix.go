//go:build unix

package clipboard

import (
	"os/exec"
	"runtime"
	"syscall"
	"time"
)

// systemCopy copies text with the platform's utility.
func systemCopy(text string, getenv func(string) string, timeout time.Duration) error {
	us := unixUtilities(getenv)
	if runtime.GOOS == "darwin" {
		us = []utility{{"pbcopy", nil}}
	}
	return runUtility(us, text, timeout)
}

// killGroup starts cmd in a process group of its own, and has its
// cancellation kill the whole group: a shell script or a utility that
// forked is stopped with everything it started.
func killGroup(cmd *exec.Cmd) {
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	cmd.Cancel = func() error {
		return syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
	}
}

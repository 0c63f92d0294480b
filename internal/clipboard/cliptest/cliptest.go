//go:build unix

// Package cliptest helps tests that run fake clipboard utilities check
// that no process of theirs outlives a copy.
package cliptest

import (
	"os"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Ended waits up to within for process pid to end (a zombie counts as
// ended: nobody reaped it, but it runs no more). When it has not, it kills
// it, so a failing test leaves nothing behind, and reports false.
func Ended(pid int, within time.Duration) bool {
	deadline := time.Now().Add(within)
	for !Gone(pid) {
		if time.Now().After(deadline) {
			_ = syscall.Kill(pid, syscall.SIGKILL)
			return false
		}
		time.Sleep(10 * time.Millisecond)
	}
	return true
}

// Gone reports whether pid has ended or is a zombie.
func Gone(pid int) bool {
	if syscall.Kill(pid, 0) != nil {
		return true
	}
	stat, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return os.IsNotExist(err)
	}
	// pid (comm) state ...
	s := string(stat)
	i := strings.LastIndexByte(s, ')')
	return i >= 0 && i+2 < len(s) && s[i+2] == 'Z'
}

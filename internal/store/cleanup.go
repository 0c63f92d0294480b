package store

import (
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// A new database is built under a temporary name in its folder and linked
// into place (see create). A process killed meanwhile leaves that file
// behind; the next Open in the folder removes it. The name carries the
// creating process's id, so a file another inmail is still building is
// left alone.

// tempPrefix starts the name of a database being built: the creator's
// process id and a random part follow ("…-4242-123456.db").
const tempPrefix = ".inmail-new-"

// tempPattern is os.CreateTemp's pattern for this process.
func tempPattern() string { return tempPrefix + strconv.Itoa(os.Getpid()) + "-*.db" }

// staleAge is how old a leftover without a process id (from an inmail
// before the id was in the name) must be to be removed: building a
// database takes milliseconds.
const staleAge = 10 * time.Minute

// removeLeftovers removes, from the folder that holds path, the temporary
// files of creations whose process has ended. It reports how many it
// removed; failing to remove one is not an error (the next open tries
// again).
func removeLeftovers(path string, now time.Time) int {
	dir := filepath.Dir(path)
	matches, err := filepath.Glob(filepath.Join(dir, tempPrefix+"*.db"))
	if err != nil {
		return 0
	}
	n := 0
	for _, m := range matches {
		if !leftover(filepath.Base(m), m, now) {
			continue
		}
		if err := os.Remove(m); err == nil {
			n++
		}
	}
	return n
}

// leftover reports whether the temporary file name (at path) belongs to a
// creation that is over.
func leftover(name, path string, now time.Time) bool {
	rest := strings.TrimSuffix(strings.TrimPrefix(name, tempPrefix), ".db")
	pidText, _, hasPID := strings.Cut(rest, "-")
	if pid, err := strconv.Atoi(pidText); hasPID && err == nil && pid > 0 {
		return !running(pid)
	}
	info, err := os.Lstat(path)
	return err == nil && now.Sub(info.ModTime()) > staleAge
}

// running reports whether process pid exists (signal 0 checks without
// sending anything; EPERM means it exists under another user).
func running(pid int) bool {
	if pid == os.Getpid() {
		return true
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	err = p.Signal(syscall.Signal(0))
	return err == nil || errors.Is(err, syscall.EPERM)
}

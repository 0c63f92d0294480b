package app

import (
	"errors"
	"fmt"
	"io/fs"
	"testing"

	"github.com/inmail/inmail/internal/outreach"
)

func TestExitOf(t *testing.T) {
	for _, tt := range []struct {
		name string
		err  error
		want Exit
	}{
		{"nil", nil, ExitOK},
		{"refused after printing", Refused(), ExitRefused},
		{"bad input", BadInput(errors.New("--limit -1")), ExitBadInput},
		{"a line already sent", outreach.Errorf(outreach.ECONFLICT, "already sent"), ExitRefused},
		{"an invalid outcome", fmt.Errorf("outcome: %w", outreach.Errorf(outreach.EINVALID, "in the future")), ExitBadInput},
		{"no such message", outreach.Errorf(outreach.ENOTFOUND, "no message 9"), ExitBadInput},
		{"a held database", outreach.Errorf(outreach.EBUSY, "in use"), ExitBusy},
		{"a damaged database", outreach.Errorf(outreach.EDAMAGED, "damaged"), ExitDamaged},
		{"an internal error", outreach.Errorf(outreach.EINTERNAL, "bug"), ExitFailed},
		{"a disk error", fmt.Errorf("create database x.db: %w", fs.ErrPermission), ExitFailed},
		{"an explicit status wins over the code inside", &ExitError{Code: ExitBusy, Err: outreach.Errorf(outreach.EINVALID, "x")}, ExitBusy},
	} {
		if got := ExitOf(tt.err); got != tt.want {
			t.Errorf("%s: ExitOf(%v) = %v, want %v", tt.name, tt.err, got, tt.want)
		}
	}
	if Classified(errors.New("plain")) || !Classified(BadInput(nil)) || !Classified(outreach.Errorf(outreach.EBUSY, "x")) {
		t.Error("Classified tells plain errors from ones that say their status")
	}
	names := map[Exit]string{0: "done", 1: "refused", 2: "bad input", 3: "busy", 4: "damaged", 5: "failed"}
	for e, want := range names {
		if e.String() != want {
			t.Errorf("status %d is %q, want %q", int(e), e.String(), want)
		}
	}
	if got, want := ExitSummary(), "0 done, 1 refused, 2 bad input, 3 busy, 4 damaged, 5 failed"; got != want {
		t.Errorf("ExitSummary() = %q, want %q", got, want)
	}
}

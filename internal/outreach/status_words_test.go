package outreach

import (
	"testing"
	"time"

	"github.com/inmail/inmail/internal/words"
)

func TestStatusWords(t *testing.T) {
	const day = 24 * time.Hour
	for _, tt := range []struct {
		s           Status
		left, first time.Duration
		screened    bool
		short, long string
	}{
		{StatusAwaiting, 2*day + 5*time.Hour, 0, false, "awaiting · 2d 5h left", "awaiting · 2 days 5 hours left"},
		{StatusResponded, 0, day + 4*time.Hour, true, "responded in 1d 4h · screened", "responded in 1 day 4 hours · screened"},
		{StatusLate, 0, 9*day + 2*time.Hour, false, "late · after 9d 2h", "late response after 9 days 2 hours"},
		{StatusNone, 0, 0, false, "no response", "no response"},
		{StatusWithdrawn, 0, 0, false, "withdrawn", "withdrawn"},
	} {
		if got := StatusWords(tt.s, tt.left, tt.first, tt.screened, words.Short); got != tt.short {
			t.Errorf("%s short: got %q, want %q", tt.s, got, tt.short)
		}
		if got := StatusWords(tt.s, tt.left, tt.first, tt.screened, words.Long); got != tt.long {
			t.Errorf("%s long: got %q, want %q", tt.s, got, tt.long)
		}
	}
}

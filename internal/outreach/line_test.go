package outreach

import (
	"errors"
	"strings"
	"testing"
	"time"
	"unicode"
)

func TestNormalizeLine(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Your talk at GopherCon!", "your talk at gophercon"},
		{"  your   talk at\tgophercon ", "your talk at gophercon"},
		{"Your work on Castell Pharma's $2.1bn deal", "your work on castell pharma s 2 1bn deal"},
		{"Über-fast Straße", "über fast straße"},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := NormalizeLine(tt.in); got != tt.want {
			t.Errorf("NormalizeLine(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestReuseError(t *testing.T) {
	re := &ReuseError{Line: "x", Prior: PriorLine{MessageID: 7, CandidateID: "linkedin.com/in/m", CandidateName: "Marcus Chen", SentAt: time.Date(2026, 10, 6, 9, 0, 0, 0, time.UTC)}}
	var err error = &Error{Code: ECONFLICT, Message: re.Error(), Err: re}
	var got *ReuseError
	if !errors.As(err, &got) || got.Prior.MessageID != 7 {
		t.Fatalf("errors.As did not find the ReuseError in %v", err)
	}
	for _, want := range []string{"Marcus Chen", "2026-10-06", "message 7"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%q does not say %q", err, want)
		}
	}
	if ErrorCode(err) != ECONFLICT {
		t.Errorf("code %q", ErrorCode(err))
	}
}

func TestErrorHelpers(t *testing.T) {
	if ErrorCode(nil) != "" || ErrorMessage(nil) != "" {
		t.Error("nil error has a code or message")
	}
	plain := errors.New("disk full")
	if ErrorCode(plain) != EINTERNAL || !strings.Contains(ErrorMessage(plain), "disk full") {
		t.Errorf("plain error: %q %q", ErrorCode(plain), ErrorMessage(plain))
	}
	wrapped := errors.Join(errors.New("context"), Errorf(ENOTFOUND, "no message %d", 3))
	if ErrorCode(wrapped) != ENOTFOUND || ErrorMessage(wrapped) != "no message 3" {
		t.Errorf("wrapped: %q %q", ErrorCode(wrapped), ErrorMessage(wrapped))
	}
}

// normalizeLineRef is NormalizeLine as first written, rune by rune through
// the unicode tables: the fast path must give the same line for any input.
func normalizeLineRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

func FuzzNormalizeLine(f *testing.F) {
	for _, s := range []string{"Your talk at GopherCon!", "Über-fast Straße", "ŁÓDŹ 2024 — £9m", "\xff\xfeA b", "東京の案件", "İstanbul ǅ", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := NormalizeLine(s), normalizeLineRef(s); got != want {
			t.Errorf("NormalizeLine(%q) = %q, want %q", s, got, want)
		}
	})
}

func BenchmarkNormalizeLine(b *testing.B) {
	line := "Your talk at ICC Young Arbitrators on reverse due diligence in the Ravensworth Shipping v Selby Biotech appeal was the clearest take on it I have heard."
	for b.Loop() {
		NormalizeLine(line)
	}
}

func BenchmarkNormalizeLineRef(b *testing.B) {
	line := "Your talk at ICC Young Arbitrators on reverse due diligence in the Ravensworth Shipping v Selby Biotech appeal was the clearest take on it I have heard."
	for b.Loop() {
		normalizeLineRef(line)
	}
}

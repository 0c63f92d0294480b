package common

import (
	"strings"
	"testing"
)

func TestWrapKeepsHyphenatedWords(t *testing.T) {
	got := Wrap("install xclip, xsel or wl-clipboard, for the take-private deal", 30)
	want := []string{"install xclip, xsel or", "wl-clipboard, for the", "take-private deal"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Wrap = %q, want %q", got, want)
	}
	if got := Wrap("abc-defghij", 5); strings.Join(got, "|") != "abc-d|efghi|j" {
		t.Errorf("a hyphenated word longer than the line: %q", got)
	}
}

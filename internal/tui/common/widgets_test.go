package common

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
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

// TestPopup centres the box over the base, keeping the base's text and
// styles on either side and its size (trailing spaces included).
func TestPopup(t *testing.T) {
	red := "\x1b[31mg\x1b[m"
	base := "abcdef\n" + red + "hijkl\nmn    "
	got := Popup(base, "XY\nZW", 6, 3)
	if want := "abXYef\nghZWkl\nmn    "; ansi.Strip(got) != want {
		t.Errorf("Popup = %q, want %q", ansi.Strip(got), want)
	}
	if !strings.Contains(got, "\x1b[31mg") {
		t.Errorf("the base lost its style: %q", got)
	}
	if got := Popup("ab\ncd", "XYZW", 2, 2); ansi.Strip(got) != "X…\ncd" {
		t.Errorf("a box wider than the screen is not cut to it: %q", ansi.Strip(got))
	}
}

package termsafe

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestShow(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Priya Raman", "Priya Raman"},
		{"scripts kept", "Inès Møller · 王小明 · 🚀", "Inès Møller · 王小明 · 🚀"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"ESC of a colour", "\x1b[31mred", "␛[31mred"},
		{"OSC 52 with BEL", "x\x1b]52;c;AAAA\x07y", "x␛]52;c;AAAA␇y"},
		{"OSC 52 with ST", "x\x1b]52;c;AAAA\x1b\\y", "x␛]52;c;AAAA␛\\y"},
		{"CR", "line\r\nnext\r", "line␍\nnext␍"},
		{"NUL, backspace, DEL", "a\x00b\bc\x7fd", "a␀b␈c␡d"},
		{"C1 CSI and NEL", "a\u009b31mb\u0085c", "a\uFFFD31mb\uFFFDc"},
		{"raw 8-bit byte", "a\x9b31m", "a\uFFFD31m"},
		{"invalid UTF-8", "In\xe8s", "In\uFFFDs"},
		{"no-break space kept", "a\u00a0b", "a\u00a0b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := Show(tc.in)
			if got != tc.want {
				t.Errorf("Show(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if utf8.RuneCountInString(got) != utf8.RuneCountInString(strings.ToValidUTF8(tc.in, "\uFFFD")) && utf8.ValidString(tc.in) {
				t.Errorf("Show(%q) = %q: not one character for each", tc.in, got)
			}
		})
	}
}

// checkShown fails when out, Show's result, holds anything a terminal acts
// on, or is not stable.
func checkShown(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Show(%q) = %q, not UTF-8", in, out)
	}
	for _, r := range out {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Fatalf("Show(%q) = %q keeps control %U", in, out, r)
		}
	}
	if again := Show(out); again != out {
		t.Fatalf("Show is not stable: %q -> %q -> %q", in, out, again)
	}
}

func FuzzShow(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b[31mred\x1b[0m", "\x1b]52;c;AAAA\x07", "\u009b1m", "In\xe8s", "a\rb\x00c\x7f"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkShown(t, s, Show(s))
	})
}

// TestEscapeJSON: the JSON a program reads back is the value that was
// encoded, and nothing in the text is a control.
func TestEscapeJSON(t *testing.T) {
	v := map[string]string{"name": "Priya\u009b31m\x1b]52;c;AAAA\x07 Raman\x7f\r", "plain": "M&A · Łódź"}
	raw, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	got := EscapeJSON(string(raw))
	for _, r := range got {
		if r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Fatalf("EscapeJSON kept control %U in %s", r, got)
		}
	}
	var back map[string]string
	if err := json.Unmarshal([]byte(got), &back); err != nil {
		t.Fatalf("EscapeJSON made invalid JSON %s: %v", got, err)
	}
	if back["name"] != v["name"] || back["plain"] != v["plain"] {
		t.Errorf("decoded %q, want %q", back, v)
	}
	if clean := `{"a":"b"}`; EscapeJSON(clean) != clean {
		t.Error("EscapeJSON changed clean JSON")
	}
}

// TestWriterSplitCharacters: a character cut between two writes arrives
// whole, and the output is what Show gives for the whole text.
func TestWriterSplitCharacters(t *testing.T) {
	text := "Inès \x1b]52;c;AAAA\x07 · \u009b31m王\r\n🚀"
	for cut := range len(text) + 1 {
		var buf bytes.Buffer
		w := NewWriter(&buf)
		for _, part := range []string{text[:cut], text[cut:]} {
			if n, err := w.Write([]byte(part)); err != nil || n != len(part) {
				t.Fatalf("cut %d: Write = %d, %v", cut, n, err)
			}
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if got, want := buf.String(), Show(text); got != want {
			t.Fatalf("cut %d: wrote %q, want %q", cut, got, want)
		}
	}
}

// TestWriterFlushIncomplete: a stream that ends inside a character ends
// with U+FFFD, not a stray byte.
func TestWriterFlushIncomplete(t *testing.T) {
	var buf bytes.Buffer
	w := NewWriter(&buf)
	w.Write([]byte("ok\xc2"))
	if buf.String() != "ok" {
		t.Fatalf("wrote %q before the character ended", buf.String())
	}
	w.Flush()
	if buf.String() != "ok\uFFFD" {
		t.Fatalf("after Flush %q", buf.String())
	}
}

func TestShowStyled(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean", "Priya Raman", "Priya Raman"},
		{"our colours kept", "\x1b[1;38;2;10;20;30mPriya\x1b[m Raman\x1b[0m", "\x1b[1;38;2;10;20;30mPriya\x1b[m Raman\x1b[0m"},
		{"OSC 52 in a cell", "\x1b[1m│ x\x1b]52;c;AAAA\x07y │\x1b[m", "\x1b[1m│ x␛]52;c;AAAA␇y │\x1b[m"},
		{"cursor movement shown", "a\x1b[2Jb\x1b[Hc", "a␛[2Jb␛[Hc"},
		{"DCS passthrough shown", "a\x1bPtmux;\x1b\x1b]52;c;AAAA\x07\x1b\\b", "a␛Ptmux;␛␛]52;c;AAAA␇␛\\b"},
		{"CR and C1", "a\rb\u009b1mc", "a␍b\uFFFD1mc"},
		{"ESC at the end", "a\x1b", "a␛"},
		{"SGR cut short", "a\x1b[31", "a␛[31"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := ShowStyled(tc.in); got != tc.want {
				t.Errorf("ShowStyled(%q) = %q, want %q", tc.in, got, tc.want)
			}
		})
	}
}

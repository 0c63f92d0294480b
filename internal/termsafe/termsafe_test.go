package termsafe

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestStrip(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"empty", "", ""},
		{"plain", "Priya Raman", "Priya Raman"},
		{"accents and scripts", "Inès Møller · 王小明 · Łódź · 🚀", "Inès Møller · 王小明 · Łódź · 🚀"},
		{"tab and newline kept", "a\tb\nc", "a\tb\nc"},
		{"carriage return", "line\r\nnext\r", "line\nnext"},
		{"NUL and bell", "a\x00b\x07c", "abc"},
		{"backspace overwrite", "Partner\b\b\b\b\b\b\bTrainee", "PartnerTrainee"},
		{"DEL", "a\x7fb", "ab"},
		{"vertical tab and form feed", "a\vb\fc", "abc"},
		{"SGR colour", "\x1b[31mred\x1b[0m text", "red text"},
		{"SGR with many parameters", "\x1b[38;2;255;0;0mX\x1b[m", "X"},
		{"cursor move and clear", "a\x1b[2J\x1b[H\x1b[10;20Hb", "ab"},
		{"private mode", "\x1b[?1049h\x1b[?25lhidden", "hidden"},
		{"CSI with intermediate", "a\x1b[1 qb", "ab"},
		{"CSI broken by a control", "a\x1b[12\x00b", "ab"},
		{"CSI broken by text", "a\x1b[12é", "aé"},
		{"CSI at the end", "a\x1b[", "a"},
		{"CSI parameters at the end", "a\x1b[1;2", "a"},
		{"OSC 52 BEL", "x\x1b]52;c;ZWNobyBwd25lZA==\x07y", "xy"},
		{"OSC 52 ST", "x\x1b]52;c;ZWNobyBwd25lZA==\x1b\\y", "xy"},
		{"OSC title", "\x1b]0;owned\x07Name", "Name"},
		{"OSC 8 hyperlink", "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\", "click"},
		{"OSC unterminated", "ok\x1b]52;c;AAAA", "ok"},
		{"OSC with C1 ST", "a\x1b]2;t\u009cb", "ab"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"DCS ignores BEL", "a\x1bPx\x07y\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=100;AAAA\x1b\\b", "ab"},
		{"SOS and PM", "a\x1bXsos\x1b\\b\x1b^pm\x1b\\c", "abc"},
		{"short ESC", "a\x1b7b\x1b8c\x1bcd", "abcd"},
		{"charset designation", "a\x1b(Bb\x1b#8c", "abc"},
		{"SS3", "a\x1bOPb", "ab"},
		{"ESC at the end", "abc\x1b", "abc"},
		{"ESC ESC", "a\x1b\x1b[31mb", "ab"},
		{"ESC before newline", "a\x1b\nb", "a\nb"},
		{"C1 CSI", "a\u009b31mb", "ab"},
		{"C1 OSC", "a\u009d52;c;AAAA\u0007b", "ab"},
		{"C1 OSC with C1 ST", "a\u009d0;t\u009cb", "ab"},
		{"C1 DCS", "a\u0090q\u009cb", "ab"},
		{"C1 NEL and others", "a\u0085b\u0080c\u0084d", "abcd"},
		{"C1 APC runs to its end", "a\u009fd", "a"},
		{"C1 SS2", "a\u008eXb", "ab"},
		{"lone ST", "a\u009cb", "ab"},
		{"raw 8-bit CSI byte", "a\x9b31mb", "a\uFFFD31mb"},
		{"invalid UTF-8", "In\xe8s", "In\uFFFDs"},
		{"truncated rune", "a\xe2\x82", "a\uFFFD\uFFFD"},
		{"U+FFFD kept", "a\uFFFDb", "a\uFFFDb"},
		{"no-break space kept", "a\u00a0b", "a\u00a0b"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := Strip(tc.in); got != tc.want {
				t.Errorf("Strip(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if got, want := IsClean(tc.in), tc.in == tc.want; got != want {
				t.Errorf("IsClean(%q) = %v, want %v", tc.in, got, want)
			}
		})
	}
}

// TestStripNoCopy checks the fast path: clean text comes back as it is.
func TestStripNoCopy(t *testing.T) {
	s := strings.Repeat("Vice President, Leveraged Finance · Hålden Stroud & Co.\n", 100)
	if got := Strip(s); got != s || !IsClean(s) {
		t.Fatal("clean text changed")
	}
	if n := testing.AllocsPerRun(100, func() { Strip(s) }); n != 0 {
		t.Errorf("Strip of clean text allocated %v times", n)
	}
}

// checkStripped fails when out, Strip's result, still holds anything a
// terminal acts on, or is not stable.
func checkStripped(t *testing.T, in, out string) {
	t.Helper()
	if !utf8.ValidString(out) {
		t.Fatalf("Strip(%q) = %q, not UTF-8", in, out)
	}
	for _, r := range out {
		if r < 0x20 && r != '\t' && r != '\n' || r == 0x7f || r >= 0x80 && r <= 0x9f {
			t.Fatalf("Strip(%q) = %q keeps control %U", in, out, r)
		}
	}
	if again := Strip(out); again != out {
		t.Fatalf("Strip is not stable: %q -> %q -> %q", in, out, again)
	}
	if !IsClean(out) {
		t.Fatalf("IsClean(%q) is false after Strip", out)
	}
	if IsClean(in) && out != in {
		t.Fatalf("IsClean(%q) but Strip changed it to %q", in, out)
	}
	if len(out) > 3*len(in) {
		t.Fatalf("Strip(%q) grew to %d bytes", in, len(out))
	}
}

func FuzzStrip(f *testing.F) {
	for _, s := range []string{"", "plain", "\x1b[31mred\x1b[0m", "\x1b]52;c;AAAA\x07", "\x1bPq\x1b\\", "\u009b1m",
		"\u009d0;t\u009c", "In\xe8s", "\x1b", "\x1b[", "\x1b]", "a\rb\x00c\x7f", "\x1bO", "\u008e\u009b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkStripped(t, s, Strip(s))
	})
}

func BenchmarkStripClean(b *testing.B) {
	s := strings.Repeat("Structured the £1.2bn unitranche for the Veltra Care take-private. ", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Strip(s)
	}
}

func BenchmarkStripDirty(b *testing.B) {
	s := strings.Repeat("Structured the \x1b[1m£1.2bn\x1b[0m unitranche\r\n", 40)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		Strip(s)
	}
}

// Package termsafe keeps what a terminal would act on rather than show,
// control characters and escape sequences, out of what inmail writes, so
// text from outside can colour nothing, move no cursor, set no clipboard
// (OSC 52) and retitle no window.
//
// Text that comes in (a pasted profile page, a CSV cell, a JSON file) goes
// through Strip before it is stored: the sequences are removed. Text that
// goes out (every command's output, the composer's screens) goes through
// Show, which makes each control visible instead, so it also protects what
// was stored before intake stripped anything. JSON output goes through
// EscapeJSON, which keeps the value and escapes what encoding/json leaves
// raw.
package termsafe

import (
	"strings"
	"unicode/utf8"
)

// Strip returns s without control characters and terminal escape
// sequences:
//
//   - C0 controls (U+0000–U+001F) except tab and newline, and DEL;
//   - C1 controls (U+0080–U+009F);
//   - whole escape sequences, in their 7-bit (ESC …) and 8-bit (C1) forms:
//     CSI (ESC [ … final byte), OSC (ESC ] … ended by BEL or ST, as OSC 52
//     clipboard writes are), DCS, SOS, PM and APC strings (ended by ST),
//     and the short ESC sequences (ESC 7, ESC ( B, ESC O P).
//
// A string sequence (OSC, DCS, SOS, PM, APC) with no terminator runs to
// the end of s, as a terminal would read it. Bytes that are not UTF-8
// become U+FFFD, so no stray byte can be read as an 8-bit control. Text
// with nothing to remove is returned as it is, without copying.
func Strip(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		switch {
		case c == '\t' || c == '\n' || c >= 0x20 && c < 0x7f:
			b.WriteByte(c)
			i++
		case c == esc:
			i = skipEscape(s, i+1)
		case c < 0x20 || c == 0x7f:
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			switch {
			case r == utf8.RuneError && size == 1:
				b.WriteRune(utf8.RuneError)
				i++
			case r >= 0x80 && r <= 0x9f:
				i = skipC1(s, i+size, r)
			default:
				b.WriteString(s[i : i+size])
				i += size
			}
		}
	}
	return b.String()
}

// IsClean reports whether Strip(s) is s: nothing to remove.
func IsClean(s string) bool { return firstUnsafe(s) == len(s) }

const (
	esc = 0x1b
	bel = 0x07
)

// firstUnsafe is the index of the first byte Strip would change, or len(s).
func firstUnsafe(s string) int {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' || c == 0x7f {
				return i
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r >= 0x80 && r <= 0x9f {
			return i
		}
		i += size
	}
	return len(s)
}

// skipEscape skips the rest of a sequence whose ESC ended at i, and
// returns where the text after it starts.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch c := s[i]; c {
	case '[':
		return skipCSI(s, i+1)
	case ']':
		return skipString(s, i+1, true)
	case 'P', 'X', '^', '_':
		return skipString(s, i+1, false)
	case 'N', 'O':
		// SS2 and SS3 shift the one character that follows.
		return skipOneChar(s, i+1)
	default:
		// ESC, intermediate bytes (0x20–0x2F), then a final byte
		// (0x30–0x7E): ESC 7, ESC ( B, ESC # 8. Anything else ends it,
		// and is read as text again.
		for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
			i++
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7e {
			i++
		}
		return i
	}
}

// skipC1 skips the rest of the sequence the C1 control r starts, which
// ended at i.
func skipC1(s string, i int, r rune) int {
	switch r {
	case 0x9b: // CSI
		return skipCSI(s, i)
	case 0x9d: // OSC
		return skipString(s, i, true)
	case 0x90, 0x98, 0x9e, 0x9f: // DCS, SOS, PM, APC
		return skipString(s, i, false)
	case 0x8e, 0x8f: // SS2, SS3
		return skipOneChar(s, i)
	}
	return i
}

// skipCSI skips a control sequence's parameter bytes (0x30–0x3F),
// intermediate bytes (0x20–0x2F) and final byte (0x40–0x7E). A byte that
// fits none ends the sequence there and is read as text again.
func skipCSI(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3f {
		i++
	}
	for i < len(s) && s[i] >= 0x20 && s[i] <= 0x2f {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7e {
		i++
	}
	return i
}

// skipString skips a control string up to and including its terminator:
// ST (ESC \ or U+009C), or BEL when belEnds (OSC). With no terminator it
// runs to the end of s.
func skipString(s string, i int, belEnds bool) int {
	for i < len(s) {
		switch c := s[i]; {
		case c == bel && belEnds:
			return i + 1
		case c == esc:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			i++
		case c == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		default:
			i++
		}
	}
	return i
}

// skipOneChar skips the one printable character a single shift applies to.
func skipOneChar(s string, i int) int {
	if i >= len(s) || s[i] < 0x20 || s[i] == 0x7f {
		return i
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return i + size
}

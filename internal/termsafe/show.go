package termsafe

import (
	"io"
	"strings"
	"unicode/utf8"
)

// Show returns s with every character a terminal would act on rather than
// show made visible, one visible character for each: a C0 control becomes
// its Unicode control picture (ESC is "␛", BEL "␇", CR "␍", NUL "␀"), DEL
// becomes "␡", and a C1 control or a byte that is not UTF-8 becomes
// U+FFFD "�". Tab and newline are kept. The printable rest of an escape
// sequence stays as it was ("␛]52;c;…␇"), harmless once its ESC is
// gone.
//
// Show is what every printer applies to text that came from outside
// (profiles, imports, templates, config), where Strip is what intake
// applies: a reader of the output should see that something was there,
// not a name with a hole in it, and a CSV cell such as "\x1b=HYPERLINK(…)"
// must not lose its first character and become a formula. Because each
// character maps to one, a table aligned before Show stays aligned.
func Show(s string) string {
	i := firstUnsafe(s)
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	b.WriteString(s[:i])
	for i < len(s) {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\t' || c == '\n' || c >= 0x20 && c < 0x7f:
				b.WriteByte(c)
			case c == 0x7f:
				b.WriteRune(0x2421)
			default:
				b.WriteRune(0x2400 + rune(c))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || r >= 0x80 && r <= 0x9f {
			b.WriteRune(utf8.RuneError)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// EscapeJSON returns JSON text js with DEL and the C1 controls, which
// encoding/json leaves raw in strings, written as \u escapes: the same
// JSON value, with nothing in it a terminal would act on. (encoding/json
// already escapes the C0 controls.) Outside strings JSON has no such
// characters, so js stays valid JSON.
func EscapeJSON(js string) string {
	i := firstUnsafe(js)
	if i == len(js) {
		return js
	}
	const hex = "0123456789abcdef"
	var b strings.Builder
	b.Grow(len(js) + 16)
	b.WriteString(js[:i])
	for i < len(js) {
		r, size := utf8.DecodeRuneInString(js[i:])
		switch {
		case r == 0x7f || r >= 0x80 && r <= 0x9f:
			b.WriteString(`\u00`)
			b.WriteByte(hex[r>>4])
			b.WriteByte(hex[r&0xf])
		case r < 0x20 && r != '\t' && r != '\n' || r == utf8.RuneError && size == 1:
			// Not written by encoding/json; shown like any text.
			b.WriteString(Show(js[i : i+size]))
		default:
			b.WriteString(js[i : i+size])
		}
		i += size
	}
	return b.String()
}

// Writer passes everything written to it through Show (or, from
// NewJSONWriter, EscapeJSON), so a command's whole output is safe whatever
// it prints. A character split between two writes is held back until its
// end arrives; Flush writes what is left.
type Writer struct {
	w       io.Writer
	show    func(string) string
	pending []byte // the start of a character the last write cut off
}

// NewWriter returns a Writer that shows text written to it on w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w, show: Show} }

// NewJSONWriter returns a Writer for JSON text: it escapes DEL and the C1
// controls (EscapeJSON), so the value a program decodes is unchanged.
func NewJSONWriter(w io.Writer) *Writer { return &Writer{w: w, show: EscapeJSON} }

// Write shows p on the underlying writer. It reports all of p written
// when the underlying write succeeded.
func (sw *Writer) Write(p []byte) (int, error) {
	n := len(p)
	if len(sw.pending) > 0 {
		p = append(sw.pending, p...)
		sw.pending = nil
	}
	if cut := incompleteTail(p); cut > 0 {
		sw.pending = append([]byte(nil), p[len(p)-cut:]...)
		p = p[:len(p)-cut]
	}
	if len(p) == 0 {
		return n, nil
	}
	if _, err := io.WriteString(sw.w, sw.show(string(p))); err != nil {
		return 0, err
	}
	return n, nil
}

// Flush writes a character left incomplete at the end (as U+FFFD).
func (sw *Writer) Flush() error {
	if len(sw.pending) == 0 {
		return nil
	}
	p := sw.pending
	sw.pending = nil
	_, err := io.WriteString(sw.w, sw.show(string(p)))
	return err
}

// Unwrap returns the writer underneath.
func (sw *Writer) Unwrap() io.Writer { return sw.w }

// incompleteTail is how many bytes at the end of p start a UTF-8
// character that p does not finish (0 when p ends on a whole one).
func incompleteTail(p []byte) int {
	for back := 1; back <= utf8.UTFMax-1 && back <= len(p); back++ {
		c := p[len(p)-back]
		if c < utf8.RuneSelf {
			return 0
		}
		if utf8.RuneStart(c) {
			if !utf8.FullRune(p[len(p)-back:]) {
				return back
			}
			return 0
		}
	}
	return 0
}

// ShowStyled is Show for text that inmail has already styled (a screen of
// the composer, drawn with lipgloss): the SGR sequences that set colours
// and attributes (ESC [ … m) are kept, and everything else goes through
// Show. A colour sequence inside outside text survives too, but SGR only
// styles the cells after it; it cannot move the cursor, write the
// clipboard or reach the terminal past the composer's renderer.
func ShowStyled(s string) string {
	if IsClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for len(s) > 0 {
		i := strings.IndexByte(s, esc)
		if i < 0 {
			b.WriteString(Show(s))
			break
		}
		b.WriteString(Show(s[:i]))
		if n := sgrLen(s[i:]); n > 0 {
			b.WriteString(s[i : i+n])
			s = s[i+n:]
			continue
		}
		b.WriteString(Show(s[i : i+1]))
		s = s[i+1:]
	}
	return b.String()
}

// sgrLen is the length of the SGR sequence s starts with (ESC [, then
// digits, ';' and ':', then 'm'), or 0 when it starts with none.
func sgrLen(s string) int {
	if len(s) < 3 || s[0] != esc || s[1] != '[' {
		return 0
	}
	for i := 2; i < len(s); i++ {
		switch c := s[i]; {
		case c >= '0' && c <= '9' || c == ';' || c == ':':
		case c == 'm':
			return i + 1
		default:
			return 0
		}
	}
	return 0
}

package personalize

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// Placeholders returns the byte spans of leftover placeholders in s:
// "[...]", "{{...}}", "{...}", "<...>", TODO, TBD, XXX and "insert ..."
// instructions. The send gate calls it on whole edited bodies.
func Placeholders(s string) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		for _, o := range out {
			if a < o[1] && o[0] < b {
				return
			}
		}
		out = append(out, [2]int{a, b})
	}
	var opens openFinder
	for i := opens.next(s, 0); i < len(s); i = opens.next(s, i+1) {
		var closeCh byte
		switch s[i] {
		case '[':
			closeCh = ']'
		case '{':
			closeCh = '}'
		case '<':
			closeCh = '>'
		default:
			continue
		}
		end := strings.IndexByte(s[i+1:], closeCh)
		if end < 0 || end > 80 {
			continue
		}
		inner := s[i+1 : i+1+end]
		stop := i + 1 + end + 1
		if closeCh == '}' && strings.HasPrefix(inner, "{") && strings.HasPrefix(s[stop:], "}") {
			stop++
		}
		if strings.ContainsAny(inner, "\n") {
			continue
		}
		if closeCh == '>' {
			// "<3" and "a < b > c" are not placeholders; "<name>" is.
			if inner == "" || !unicode.IsLetter(rune(inner[0])) || strings.Contains(inner, " < ") {
				continue
			}
		}
		if closeCh == ']' && strings.IndexFunc(inner, unicode.IsLetter) < 0 && inner != "" && inner != "..." {
			continue // "[1]": a footnote
		}
		add(i, stop)
		i = stop - 1
	}
	// Marker words, upper-case: TODO, TBD, XXX, FIXME, INSERT.
	if !hasMarker(s) {
		slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
		return out
	}
	for _, t := range tokenize(s, nil) {
		w := s[t.start:t.end]
		switch {
		case w == "TODO" || w == "TBD" || w == "XXX" || w == "FIXME" || w == "TKTK" || strings.EqualFold(w, "xxx"):
			add(t.start, t.end)
		case w == "INSERT":
			add(t.start, min(len(s), lineEnd(s, t.end)))
		case t.lower == "insert":
			// "insert company name", "(insert detail here)": an
			// instruction left in the text.
			rest := strings.ToLower(s[t.end:min(len(s), t.end+60)])
			if insertObject(rest) {
				add(t.start, min(len(s), lineEnd(s, t.end)))
			}
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}

// hasMarker is a quick test for the words Placeholders looks for.
func hasMarker(s string) bool {
	for i := 0; i < len(s); i++ {
		if !markerStart[s[i]] {
			continue // most bytes: one table load
		}
		for _, m := range markersBy[s[i]] {
			if strings.HasPrefix(s[i:], m) {
				return true
			}
		}
	}
	return false
}

// markersBy holds the markers hasMarker looks for by their first byte.
var markersBy = func() (t [256][]string) {
	for _, m := range [...]string{"TODO", "TBD", "XXX", "xxx", "FIXME", "TKTK", "nsert", "NSERT"} {
		t[m[0]] = append(t[m[0]], m)
	}
	return t
}()

// openFinder finds the bytes a bracketed placeholder opens with, "[",
// "{" and "<", each with strings.IndexByte, which reads many bytes at a
// time. It keeps where each of the three is next, so that a text is read
// once for each however many brackets it holds.
type openFinder struct {
	at    [3]int // the next of each from where it was last looked for, or len(s)
	begun bool
}

// next is the index of the first opening byte of s from i on, or len(s).
// i must not go back between calls.
func (f *openFinder) next(s string, i int) int {
	first := len(s)
	for k, c := range [3]byte{'[', '{', '<'} {
		if !f.begun || f.at[k] < i {
			f.at[k] = len(s)
			if i < len(s) {
				if j := strings.IndexByte(s[i:], c); j >= 0 {
					f.at[k] = i + j
				}
			}
		}
		first = min(first, f.at[k])
	}
	f.begun = true
	return first
}

// markerStart marks the bytes a marker starts with.
var markerStart = func() (t [256]bool) {
	for c, ms := range markersBy {
		t[c] = len(ms) > 0
	}
	return t
}()

var insertObjects = []string{
	"name", "company", "title", "role", "detail", "specific", "something", "here",
	"project", "personal", "link", "hook", "candidate", "compliment", "reference",
	"their", "his", "her", "relevant", "achievement", "accomplishment", "skill",
}

// insertObject reports whether the words after "insert" are an instruction
// to the writer ("insert something specific here").
func insertObject(rest string) bool {
	words := strings.FieldsFunc(rest, func(r rune) bool { return !unicode.IsLetter(r) })
	for i, w := range words {
		if i >= 4 {
			break
		}
		for _, o := range insertObjects {
			if strings.HasPrefix(w, o) {
				return true
			}
		}
	}
	return false
}

// lineEnd is where the instruction starting at i ends: a closing bracket,
// a sentence end or the end of the line.
func lineEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		switch s[j] {
		case ')', ']', '}', '>', '.', '!', '?', '\n', ',', ';':
			return j
		}
	}
	return len(s)
}

// String renders a reference for logs and tests.
func (r Reference) String() string {
	return fmt.Sprintf("%s %q (line %d-%d)", r.Field, r.Text, r.LineStart, r.LineEnd)
}

// hasText reports whether a field of the profile has s as written, letter
// case aside.
func (x *Index) hasText(s string) bool {
	s = strings.ToLower(s)
	for si := range x.segs {
		if l := fieldLines(&x.segs[si]); len(l) >= len(s) && strings.Contains(strings.ToLower(l), s) {
			return true
		}
	}
	return false
}

// fieldLines is the text of the lines a field's words are on: all of a
// structured field, and of a pasted page only the field's own lines, not
// the page every field of it shares.
func fieldLines(seg *segment) string {
	if len(seg.toks) == 0 {
		return ""
	}
	start, end := seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	start = strings.LastIndexByte(seg.src[:start], '\n') + 1
	if i := strings.IndexByte(seg.src[end:], '\n'); i >= 0 {
		end += i
	} else {
		end = len(seg.src)
	}
	return seg.src[start:end]
}

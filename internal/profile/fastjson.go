package profile

import (
	"encoding/json"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// This file reads the common shape of a JSON profile in one pass over the
// text. encoding/json validates the whole input before decoding it, skips
// a value once more to hand it to UnmarshalJSON, and UnmarshalJSON decodes
// it a third time; on a file of thousands of profiles that is most of the
// time spent reading them. The fast reader below accepts only input that
// encoding/json reads the same way without an error (valid JSON, Profile's
// own keys written exactly, values of the fields' types, no key twice) and
// leaves anything else to encoding/json, so results and errors do not
// change.

// DecodeJSONString decodes one JSON profile as json.Unmarshal does, with
// the same result and the same error, in one pass for a profile in
// Profile's own shape. The profile's strings may share memory with s.
func DecodeJSONString(s string, p *Profile) error {
	var q Profile
	if decodeFast(s, &q) {
		*p = q
		return nil
	}
	return json.Unmarshal([]byte(s), p)
}

// RawFields reads s as one JSON object the way json.Unmarshal reads it into
// a struct whose fields, named keys, are json.RawMessage: vals[i] is set to
// the text of the value of keys[i], or "" when the key is absent; other
// keys are skipped. keys must be lower-case ASCII. It reports false, having
// decided nothing, when encoding/json could read s differently or fail: s
// is not valid JSON or not an object, or a key is escaped, not ASCII, given
// twice, or one of keys written in other cases. The caller then decodes s
// with encoding/json.
func RawFields(s string, keys []string, vals []string) bool {
	d := jsonScan{s: s}
	d.ws()
	var seen uint64
	ok := d.object(func(k string) bool {
		for i, want := range keys {
			if k == want {
				if seen&(1<<i) != 0 {
					return false
				}
				seen |= 1 << i
				start := d.i
				if !d.skip(0) {
					return false
				}
				vals[i] = s[start:d.i]
				return true
			}
			if len(k) == len(want) && equalFoldASCII(k, want) {
				return false
			}
		}
		return d.skip(0)
	})
	if !ok {
		return false
	}
	d.ws()
	if d.i != len(s) {
		return false
	}
	for i := range keys {
		if seen&(1<<i) == 0 {
			vals[i] = ""
		}
	}
	return true
}

// UnquoteJSON returns the string a JSON string literal decodes to, as
// encoding/json decodes it; ok is false when raw is not exactly one valid
// string literal.
func UnquoteJSON(raw string) (string, bool) {
	d := jsonScan{s: raw}
	var out string
	if !d.str(&out) || d.i != len(raw) {
		return "", false
	}
	return out, true
}

func equalFoldASCII(a, b string) bool {
	for i := 0; i < len(a); i++ {
		x, y := a[i], b[i]
		if 'A' <= x && x <= 'Z' {
			x += 'a' - 'A'
		}
		if 'A' <= y && y <= 'Z' {
			y += 'a' - 'A'
		}
		if x != y {
			return false
		}
	}
	return true
}

// jsonScan reads JSON text from s at i.
type jsonScan struct {
	s string
	i int
}

// maxSkipDepth bounds nesting in skipped values; deeper input is left to
// encoding/json.
const maxSkipDepth = 64

func (d *jsonScan) ws() {
	for d.i < len(d.s) {
		switch d.s[d.i] {
		case ' ', '\t', '\n', '\r':
			d.i++
		default:
			return
		}
	}
}

// object reads an object, calling field for each key with d at the start
// of its value; field must read the value. Keys must be plain (no escapes).
func (d *jsonScan) object(field func(key string) bool) bool {
	if d.i >= len(d.s) || d.s[d.i] != '{' {
		return false
	}
	d.i++
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == '}' {
		d.i++
		return true
	}
	for {
		k, ok := d.key()
		if !ok {
			return false
		}
		d.ws()
		if d.i >= len(d.s) || d.s[d.i] != ':' {
			return false
		}
		d.i++
		d.ws()
		if !field(k) {
			return false
		}
		d.ws()
		if d.i >= len(d.s) {
			return false
		}
		switch d.s[d.i] {
		case ',':
			d.i++
			d.ws()
		case '}':
			d.i++
			return true
		default:
			return false
		}
	}
}

// key reads an object key made of printable ASCII without escapes.
func (d *jsonScan) key() (string, bool) {
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		return "", false
	}
	start := d.i + 1
	for j := start; j < len(d.s); j++ {
		c := d.s[j]
		if c == '"' {
			d.i = j + 1
			return d.s[start:j], true
		}
		if c == '\\' || c < 0x20 || c >= utf8.RuneSelf {
			return "", false
		}
	}
	return "", false
}

// array reads an array, calling elem with d at the start of each element;
// elem must read it.
func (d *jsonScan) array(elem func() bool) bool {
	if d.i >= len(d.s) || d.s[d.i] != '[' {
		return false
	}
	d.i++
	d.ws()
	if d.i < len(d.s) && d.s[d.i] == ']' {
		d.i++
		return true
	}
	for {
		if !elem() {
			return false
		}
		d.ws()
		if d.i >= len(d.s) {
			return false
		}
		switch d.s[d.i] {
		case ',':
			d.i++
			d.ws()
		case ']':
			d.i++
			return true
		default:
			return false
		}
	}
}

// strSpan reads a string literal and returns the span of its content and
// whether it holds an escape or a byte outside ASCII.
func (d *jsonScan) strSpan() (start, end int, special, ok bool) {
	if d.i >= len(d.s) || d.s[d.i] != '"' {
		return 0, 0, false, false
	}
	start = d.i + 1
	j := start
	for j < len(d.s) {
		// Eight plain bytes at a time.
		for j+8 <= len(d.s) && !special8(load8(d.s, j)) {
			j += 8
		}
		if j >= len(d.s) {
			break
		}
		c := d.s[j]
		switch {
		case c == '"':
			d.i = j + 1
			return start, j, special, true
		case c == '\\':
			special = true
			if j+1 >= len(d.s) {
				return 0, 0, false, false
			}
			switch d.s[j+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				j += 2
			case 'u':
				if j+6 > len(d.s) || hex4(d.s[j+2:j+6]) < 0 {
					return 0, 0, false, false
				}
				j += 6
			default:
				return 0, 0, false, false
			}
		case c < 0x20:
			return 0, 0, false, false
		default:
			if c >= utf8.RuneSelf {
				special = true
			}
			j++
		}
	}
	return 0, 0, false, false
}

const (
	lsb = 0x0101010101010101
	msb = 0x8080808080808080
)

// load8 is the eight bytes of s from i, the first in the low byte.
func load8(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// special8 reports whether one of the eight bytes in x is a quote, a
// backslash, a control character or not ASCII. (A byte is zero when
// subtracting one from it borrows into its high bit; a byte is below 0x20
// when subtracting 0x20 does.)
func special8(x uint64) bool {
	q := x ^ (lsb * '"')
	b := x ^ (lsb * '\\')
	return ((q-lsb)&^q|(b-lsb)&^b|(x-lsb*0x20)&^x|x)&msb != 0
}

// str reads a string literal into *out as encoding/json decodes it.
func (d *jsonScan) str(out *string) bool {
	start, end, special, ok := d.strSpan()
	if !ok {
		return false
	}
	s := d.s[start:end]
	if special && !(isPlainUTF8(s)) {
		s = unquote(s)
	}
	*out = s
	return true
}

// isPlainUTF8 reports whether s has no escape and is valid UTF-8, so it
// decodes to itself.
func isPlainUTF8(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' {
			return false
		}
	}
	return utf8.ValidString(s)
}

// unquote decodes the content of a valid JSON string literal as
// encoding/json does: escapes, surrogate pairs, and invalid UTF-8 or lone
// surrogates as U+FFFD.
func unquote(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2*utf8.UTFMax)
	for r := 0; r < len(s); {
		// The run up to the next escape decodes to itself when it is
		// valid UTF-8, and rune by rune otherwise.
		n := strings.IndexByte(s[r:], '\\')
		if n < 0 {
			n = len(s) - r
		}
		if run := s[r : r+n]; utf8.ValidString(run) {
			b.WriteString(run)
		} else {
			for _, rr := range run {
				b.WriteRune(rr)
			}
		}
		r += n
		if r == len(s) {
			break
		}
		r++ // the backslash
		switch s[r] {
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			rr := hex4(s[r+1 : r+5])
			r += 5
			if utf16.IsSurrogate(rr) {
				if r+6 <= len(s) && s[r] == '\\' && s[r+1] == 'u' {
					rr1 := hex4(s[r+2 : r+6])
					if dec := utf16.DecodeRune(rr, rr1); dec != unicode.ReplacementChar {
						r += 6
						b.WriteRune(dec)
						continue
					}
				}
				rr = unicode.ReplacementChar
			}
			b.WriteRune(rr)
			continue
		default: // '"', '\\', '/'
			b.WriteByte(s[r])
		}
		r++
	}
	return b.String()
}

// hex4 is the value of four hex digits, or -1.
func hex4(s string) rune {
	var r rune
	for i := 0; i < 4; i++ {
		c := s[i]
		switch {
		case '0' <= c && c <= '9':
			c -= '0'
		case 'a' <= c && c <= 'f':
			c -= 'a' - 10
		case 'A' <= c && c <= 'F':
			c -= 'A' - 10
		default:
			return -1
		}
		r = r*16 + rune(c)
	}
	return r
}

// null reads the literal null.
func (d *jsonScan) null() bool {
	if len(d.s)-d.i >= 4 && d.s[d.i:d.i+4] == "null" {
		d.i += 4
		return true
	}
	return false
}

func (d *jsonScan) peek() byte {
	if d.i < len(d.s) {
		return d.s[d.i]
	}
	return 0
}

// number reads a number literal.
func (d *jsonScan) number() bool {
	s, i := d.s, d.i
	if i < len(s) && s[i] == '-' {
		i++
	}
	switch {
	case i < len(s) && s[i] == '0':
		i++
	case i < len(s) && '1' <= s[i] && s[i] <= '9':
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	default:
		return false
	}
	if i < len(s) && s[i] == '.' {
		i++
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return false
		}
		for i < len(s) && '0' <= s[i] && s[i] <= '9' {
			i++
		}
	}
	d.i = i
	return true
}

// skip reads any value.
func (d *jsonScan) skip(depth int) bool {
	if depth > maxSkipDepth {
		return false
	}
	switch c := d.peek(); {
	case c == '"':
		_, _, _, ok := d.strSpan()
		return ok
	case c == '{':
		d.i++
		d.ws()
		if d.peek() == '}' {
			d.i++
			return true
		}
		for {
			if _, _, _, ok := d.strSpan(); !ok {
				return false
			}
			d.ws()
			if d.peek() != ':' {
				return false
			}
			d.i++
			d.ws()
			if !d.skip(depth + 1) {
				return false
			}
			d.ws()
			switch d.peek() {
			case ',':
				d.i++
				d.ws()
			case '}':
				d.i++
				return true
			default:
				return false
			}
		}
	case c == '[':
		return d.array(func() bool { return d.skip(depth + 1) })
	case c == '-' || '0' <= c && c <= '9':
		return d.number()
	case c == 't':
		return d.literal("true")
	case c == 'f':
		return d.literal("false")
	case c == 'n':
		return d.null()
	}
	return false
}

func (d *jsonScan) literal(lit string) bool {
	if len(d.s)-d.i >= len(lit) && d.s[d.i:d.i+len(lit)] == lit {
		d.i += len(lit)
		return true
	}
	return false
}

// scalar skips a string, number, true, false or null: a value that holds
// no key.
func (d *jsonScan) scalar() bool {
	switch d.peek() {
	case '{', '[':
		return false
	}
	return d.skip(0)
}

// strField reads a string or null into a string field seen for the first
// time.
func (d *jsonScan) strField(dst *string, seen *uint32, bit uint) bool {
	if *seen&(1<<bit) != 0 {
		return false
	}
	*seen |= 1 << bit
	if d.peek() == 'n' {
		return d.null()
	}
	return d.str(dst)
}

// intField reads a whole number or null into an int field seen for the
// first time; a fraction or exponent is left to encoding/json, which
// rejects it.
func (d *jsonScan) intField(dst *int, seen *uint32, bit uint) bool {
	if *seen&(1<<bit) != 0 {
		return false
	}
	*seen |= 1 << bit
	if d.peek() == 'n' {
		return d.null()
	}
	start := d.i
	if !d.number() {
		return false
	}
	lit := d.s[start:d.i]
	for i := 0; i < len(lit); i++ {
		if c := lit[i]; (c < '0' || c > '9') && !(i == 0 && c == '-') {
			return false
		}
	}
	n, err := strconv.ParseInt(lit, 10, 64)
	if err != nil || int64(int(n)) != n {
		return false
	}
	*dst = int(n)
	return true
}

// strings reads a list of strings, or null, into a slice field seen for the
// first time. An empty list is an empty slice, as encoding/json makes it.
func (d *jsonScan) strings(dst *[]string, seen *uint32, bit uint) bool {
	if *seen&(1<<bit) != 0 {
		return false
	}
	*seen |= 1 << bit
	if d.peek() == 'n' {
		return d.null()
	}
	out := []string{}
	ok := d.array(func() bool {
		var s string
		if !d.str(&s) {
			return false
		}
		out = append(out, s)
		return true
	})
	*dst = out
	return ok
}

// jsonEntries reads a list of objects, or null, into a slice field seen for the
// first time, each object with read.
func jsonEntries[T any](d *jsonScan, dst *[]T, seen *uint32, bit uint, read func(*T, *uint32, string) bool) bool {
	if *seen&(1<<bit) != 0 {
		return false
	}
	*seen |= 1 << bit
	if d.peek() == 'n' {
		return d.null()
	}
	out := []T{}
	ok := d.array(func() bool {
		var e T
		var eseen uint32
		if !d.object(func(k string) bool { return read(&e, &eseen, k) }) {
			return false
		}
		out = append(out, e)
		return true
	})
	*dst = out
	return ok
}

// decodeFast decodes s into p when s is a JSON object in Profile's own
// shape, reporting false otherwise (p is then garbage).
func decodeFast(s string, p *Profile) bool {
	d := &jsonScan{s: s}
	d.ws()
	var seen uint32
	// Keys of entries that are entry keys but not the entry's own are
	// ignored by encoding/json (and by hasUnknownKey), whatever their value
	// holds; only values without keys are read here.
	ignore := func(k string) bool { return entryFields[k] && d.scalar() }
	ok := d.object(func(k string) bool {
		switch k {
		case "id":
			return d.strField(&p.ID, &seen, 0)
		case "name":
			return d.strField(&p.Name, &seen, 1)
		case "headline":
			return d.strField(&p.Headline, &seen, 2)
		case "title":
			return d.strField(&p.Title, &seen, 3)
		case "company":
			return d.strField(&p.Company, &seen, 4)
		case "location":
			return d.strField(&p.Location, &seen, 5)
		case "seniority":
			return d.strField(&p.Seniority, &seen, 6)
		case "about":
			return d.strField(&p.About, &seen, 7)
		case "text":
			return d.strField(&p.Text, &seen, 8)
		case "skills":
			return d.strings(&p.Skills, &seen, 9)
		case "certifications":
			return d.strings(&p.Certifications, &seen, 10)
		case "volunteering":
			return d.strings(&p.Volunteering, &seen, 11)
		case "honors":
			return d.strings(&p.Honors, &seen, 12)
		case "experience":
			return jsonEntries(d, &p.Experience, &seen, 13, func(e *Experience, es *uint32, k string) bool {
				switch k {
				case "title":
					return d.strField(&e.Title, es, 0)
				case "company":
					return d.strField(&e.Company, es, 1)
				case "start":
					return d.strField(&e.Start, es, 2)
				case "end":
					return d.strField(&e.End, es, 3)
				case "description":
					return d.strField(&e.Description, es, 4)
				}
				return ignore(k)
			})
		case "education":
			return jsonEntries(d, &p.Education, &seen, 14, func(e *Education, es *uint32, k string) bool {
				switch k {
				case "school":
					return d.strField(&e.School, es, 0)
				case "degree":
					return d.strField(&e.Degree, es, 1)
				case "field":
					return d.strField(&e.Field, es, 2)
				case "year":
					return d.intField(&e.Year, es, 3)
				}
				return ignore(k)
			})
		case "projects":
			return jsonEntries(d, &p.Projects, &seen, 15, func(e *Project, es *uint32, k string) bool {
				switch k {
				case "name":
					return d.strField(&e.Name, es, 0)
				case "description":
					return d.strField(&e.Description, es, 1)
				}
				return ignore(k)
			})
		case "publications":
			return jsonEntries(d, &p.Publications, &seen, 16, func(e *Publication, es *uint32, k string) bool {
				switch k {
				case "title":
					return d.strField(&e.Title, es, 0)
				case "publisher":
					return d.strField(&e.Publisher, es, 1)
				case "year":
					return d.intField(&e.Year, es, 2)
				case "description":
					return d.strField(&e.Description, es, 3)
				}
				return ignore(k)
			})
		}
		return false // a key Profile does not have: Extra, by encoding/json
	})
	if !ok {
		return false
	}
	d.ws()
	return d.i == len(s)
}

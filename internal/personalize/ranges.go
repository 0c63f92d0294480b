package personalize

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// rangeProblems refuses a change the line gives as "by X" where X is where
// a range the profile writes with an arrow starts or ends, and nothing
// else: "cutting IV duration by 4.2 days" for "4.2 → 2.9 days". The change
// is their difference (changeOf accepts it). Ranges in words are
// figureRole's.
func rangeProblems(line string, toks []lineTok, idx *Index) []string {
	var out []string
	for k := 1; k < len(toks); k++ {
		t := &toks[k]
		if toks[k-1].lower != "by" || !t.number || !isNumeric(t.key) || isYear(t.key) || t.scope || idx.changeOf(toks, k) {
			continue
		}
		if r, ok := idx.onlyRangeEnd(t.key); ok {
			out = append(out, fmt.Sprintf("Says %q, but their profile says %q: the change is %s.", line[toks[k-1].start:wordEnd(line, t.end)], r.text, r.diff))
		}
	}
	return out
}

// rangeEnd is a range of the profile a number ends: its words and the
// difference of its ends.
type rangeEnd struct{ text, diff string }

// onlyRangeEnd reports whether every place the profile gives the number
// key is an end of a range ("from 4.2 to 2.9", "212 to 90"), and returns
// the first such range.
func (x *Index) onlyRangeEnd(key string) (rangeEnd, bool) {
	var found rangeEnd
	arrow := false
	occs := x.post[key]
	if len(occs) == 0 {
		return found, false
	}
	for _, o := range occs {
		seg := &x.segs[o.seg]
		if seg.kind == segVocab || seg.kind == segName {
			continue
		}
		st, i := seg.toks, int(o.pos)
		a, b := -1, -1
		switch {
		case i+2 < len(st) && (st[i+1].lower == "to" || st[i+1].lower == "-") && st[i+2].number && isNumeric(st[i+2].key):
			a, b = i, i+2
		case i+1 < len(st) && arrowBefore(&st[i+1]):
			a, b = i, i+1 // "4.2 → 2.9 days"
		case i >= 1 && arrowBefore(&st[i]) && st[i-1].number && isNumeric(st[i-1].key):
			a, b = i-1, i
		case i >= 2 && (st[i-1].lower == "to" || st[i-1].lower == "-"):
			if f := fromNumber(st, i); f >= 0 {
				a, b = f, i
			}
		}
		if a < 0 || isYear(st[a].key) || isYear(st[b].key) {
			return rangeEnd{}, false // the number alone somewhere: it may be the change
		}
		arrow = arrow || arrowBefore(&st[b])
		if found.text == "" {
			va, _ := strconv.ParseFloat(st[a].key, 64)
			vb, _ := strconv.ParseFloat(st[b].key, 64)
			found = rangeEnd{text: seg.src[st[a].start:st[b].end], diff: strconv.FormatFloat(math.Abs(va-vb), 'f', -1, 64)}
		}
	}
	// Ranges in words only ("from 212 to 90") are figureRole's
	// (figures_change.go), which refuses a change given for either end.
	return found, found.text != "" && arrow
}

// arrowBefore reports whether a number follows an arrow ("4.2 → 2.9",
// "212->90"): the end of a range.
func arrowBefore(t *token) bool {
	return t.number && isNumeric(t.key) && (strings.Contains(t.punctBefore, "→") || strings.Contains(t.punctBefore, "->"))
}

// wordEnd extends a span that ends inside a word to the word's end: a
// figure's unit or scale ("£3.1" of "£3.1m", "42" of "42%").
func wordEnd(s string, end int) int {
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%' {
			break
		}
		end += size
	}
	return end
}

package profile

import "strings"

// isDuration is reDuration.MatchString(s), read by hand for ASCII text:
// "5 yrs", "2 years 3 mos", "less than a year". Text with other bytes goes
// to the regexp, whose (?i) also lets "s" match "ſ".
func isDuration(s string) bool {
	if !isASCII(s) {
		return reDuration.MatchString(s)
	}
	if strings.EqualFold(s, "less than a year") {
		return true
	}
	i := skipDigits(s, 0)
	if i == 0 {
		return false
	}
	i = skipSpaces(s, i)
	j := skipLetters(s, i)
	if !oneOfFold(s[i:j], "yr", "yrs", "year", "years", "mo", "mos", "month", "months") {
		return false
	}
	if j == len(s) {
		return true
	}
	k := skipSpaces(s, j)
	m := skipDigits(s, k)
	if k == j || m == k {
		return false
	}
	m = skipSpaces(s, m)
	return skipLetters(s, m) == len(s) && oneOfFold(s[m:], "mo", "mos", "month", "months")
}

// isDate is reDate.MatchString(s), read by hand for ASCII text: "2019",
// "Jan 2019 - Present", "Issued Sep. 2020", "2015 to 2019". Text with
// other bytes ("–", "ſ") goes to the regexp.
func isDate(s string) bool {
	if !isASCII(s) {
		return reDate.MatchString(s)
	}
	i := 0
	if j := skipLetters(s, 0); oneOfFold(s[:j], "issued", "expire", "expires", "started") {
		// No month starts so: the word must be the prefix.
		i = skipSpaces(s, j)
		if i == j {
			return false
		}
	}
	i, ok := yearish(s, i)
	if !ok {
		return false
	}
	if i == len(s) {
		return true
	}
	k := skipSpaces(s, i)
	switch {
	case k < len(s) && s[k] == '-':
		k++
	case k+2 <= len(s) && strings.EqualFold(s[k:k+2], "to"):
		k += 2
	default:
		return false
	}
	k = skipSpaces(s, k)
	if e := skipLetters(s, k); e == len(s) && oneOfFold(s[k:], "present", "now", "current", "today") {
		return true
	}
	e, ok := yearish(s, k)
	return ok && e == len(s)
}

// yearish reads a year from i, perhaps after a month ("Sept. 2019"), a
// month and a day ("Jun 12, 2020") or a day and a month ("12 Jun 2020"),
// and returns where it ends.
func yearish(s string, i int) (int, bool) {
	if d := skipDigits(s, i); d > i && d-i <= 2 && d < len(s) && s[d] == ' ' {
		if j := skipSpaces(s, d); skipLetters(s, j) > j {
			i = j // "12 Jun 2020": the day, then the month
		}
	}
	if j := skipLetters(s, i); j > i {
		if j-i < 3 || !oneOfFold(s[i:i+3], "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec") {
			return 0, false
		}
		if j < len(s) && s[j] == '.' {
			j++
		}
		k := skipSpaces(s, j)
		if k == j {
			return 0, false
		}
		if d := skipDigits(s, k); d > k && d-k <= 2 {
			// "Jun 12, 2020": the day after the month.
			if d < len(s) && s[d] == ',' {
				d++
			}
			if e := skipSpaces(s, d); e > d {
				k = e
			}
		}
		i = k
	}
	if i+4 > len(s) || !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
		return 0, false
	}
	return i + 4, true
}

func isASCII(s string) bool {
	// Eight bytes at a time, as one word (the compiler loads the eight
	// bytes at once): the parser asks this of every line several times.
	for len(s) >= 8 {
		w := uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
			uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
		s = s[8:]
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func skipDigits(s string, i int) int {
	for i < len(s) && isDigitByte(s[i]) {
		i++
	}
	return i
}

// skipSpaces skips what \s matches: tab, newline, form feed, carriage
// return and space.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		switch s[i] {
		case '\t', '\n', '\f', '\r', ' ':
			i++
			continue
		}
		break
	}
	return i
}

// skipLetters skips ASCII letters.
func skipLetters(s string, i int) int {
	for i < len(s) && 'a' <= s[i]|0x20 && s[i]|0x20 <= 'z' {
		i++
	}
	return i
}

// oneOfFold reports whether s is one of words, ignoring ASCII case.
func oneOfFold(s string, words ...string) bool {
	for _, w := range words {
		if len(s) == len(w) && equalFoldASCII(s, w) {
			return true
		}
	}
	return false
}

// isCount is reCount.MatchString(s), read by hand for ASCII text: "500+
// connections", "1,204 followers", "2.5k followers", "3 mutual
// connections". Text with other bytes goes to the regexp.
func isCount(s string) bool {
	if !isASCII(s) {
		return reCount.MatchString(s)
	}
	i := countStart(s)
	if i < 0 {
		return false
	}
	if i < len(s) && s[i]|0x20 == 'k' {
		// No counted word starts with k.
		i = skipSpaces(s, i+1)
	}
	j := skipLetters(s, i)
	if oneOfFold(s[i:j], "mutual") && j+1 < len(s) && s[j] == ' ' {
		i = j + 1
		j = skipLetters(s, i)
		if !oneOfFold(s[i:j], "connection", "connections") {
			return false
		}
	} else if !oneOfFold(s[i:j], "endorsement", "endorsements", "follower", "followers", "connection", "connections", "contact", "contacts") {
		return false
	}
	// \b: no word byte follows.
	return j == len(s) || !isWordByte(s[j])
}

// isDegree is reDegree.MatchString(s), read by hand for ASCII text: "1st",
// "3rd+", "2nd degree connection". Text with other bytes ("· 2nd") goes
// to the regexp.
func isDegree(s string) bool {
	if !isASCII(s) {
		return reDegree.MatchString(s)
	}
	n := 3
	switch {
	case len(s) < 3:
		return false
	case equalFoldASCII(s[:3], "1st"), equalFoldASCII(s[:3], "2nd"):
	case equalFoldASCII(s[:3], "3rd"):
		if len(s) > 3 && s[3] == '+' {
			n = 4
		}
	default:
		return false
	}
	return len(s) == n || len(s)-n == len(" degree connection") && equalFoldASCII(s[n:], " degree connection")
}

// isLocation is reLocation.MatchString(s), read by hand for ASCII text:
// "London, England, United Kingdom". Text with other bytes goes to the
// regexp.
func isLocation(s string) bool {
	if !isASCII(s) {
		return reLocation.MatchString(s)
	}
	// Two to four parts separated by ", ", each a capital and then
	// letters, dots, apostrophes, spaces and hyphens.
	parts := 0
	for i := 0; ; {
		if i >= len(s) || s[i] < 'A' || s[i] > 'Z' {
			return false
		}
		i++
		for i < len(s) && (skipLetters(s, i) > i || s[i] == '.' || s[i] == '\'' || s[i] == ' ' || s[i] == '-') {
			i++
		}
		parts++
		if i == len(s) {
			return parts >= 2 && parts <= 4
		}
		if s[i] != ',' || i+1 >= len(s) || s[i+1] != ' ' {
			return false
		}
		i += 2
	}
}

// seeMoreStart is where reSeeMore's match starts in s, which ends in "see
// more" in any case: before it, spaces, then "…" or "...", then spaces.
func seeMoreStart(s string) int { return linkStart(s, len("see more")) }

// seeMoreCut returns where a "see more" link at the end of s starts, in
// English or, after an ellipsis, in another language ("…voir plus",
// "… ver más"), and whether there is one.
func seeMoreCut(s string) (int, bool) {
	if hasSuffixFold(s, "see more") {
		return seeMoreStart(s), true
	}
	if !strings.Contains(s, "…") && !strings.Contains(s, "...") {
		return 0, false // the other languages' links follow an ellipsis
	}
	for _, f := range uiTable["see more"] {
		if !hasSuffixFold(s, f) {
			continue
		}
		i := skipSpacesBack(s, len(s)-len(f))
		if strings.HasSuffix(s[:i], "…") || strings.HasSuffix(s[:i], "...") {
			return linkStart(s, len(f)), true
		}
	}
	return 0, false
}

// linkStart is where a link n bytes long at the end of s starts, with the
// ellipsis and spaces before it.
func linkStart(s string, n int) int {
	i := skipSpacesBack(s, len(s)-n)
	if strings.HasSuffix(s[:i], "…") {
		i -= len("…")
	} else if strings.HasSuffix(s[:i], "...") {
		i -= len("...")
	}
	return skipSpacesBack(s, i)
}

// skipSpacesBack steps back over what \s matches before i.
func skipSpacesBack(s string, i int) int {
	for i > 0 {
		switch s[i-1] {
		case '\t', '\n', '\f', '\r', ' ':
			i--
			continue
		}
		break
	}
	return i
}

// equalFoldASCII reports whether a and b, of the same length, are equal
// ignoring ASCII case.
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

// The tests below are quick necessary conditions for the patterns of
// paste_lines.go: a string that fails one cannot match the pattern, so the
// regexp is not run. (?i) lets "s" match "ſ" (U+017F, whose UTF-8 starts
// with 0xC5) and "k" match the Kelvin sign; the tests allow for both.

func startsWithDigit(s string) bool { return s != "" && '0' <= s[0] && s[0] <= '9' }

// mayBeDate: reDate starts with a year, a month or "issued", "expires",
// "started", and ends with a year or "present", "now", "current", "today".
func mayBeDate(s string) bool {
	if len(s) < 4 {
		return false
	}
	first, last := s[0]|0x20, s[len(s)-1]|0x20 // ASCII lower case; digits stay
	return ('0' <= first && first <= '9' || strings.IndexByte("ijfmasonde", first) >= 0 || s[0] == 0xC5) &&
		('0' <= last && last <= '9' || last == 't' || last == 'w' || last == 'y')
}

// mayBeCount: reCount starts with digits, commas and dots, then perhaps
// "+" and spaces, then "k" (or the Kelvin sign, 0xE2 0x84 0xAA) or a word
// starting with e, f, c or m.
func mayBeCount(s string) bool {
	i := countStart(s)
	return i >= 0 && i < len(s) && (strings.IndexByte("kefcm", s[i]|0x20) >= 0 || s[i] == 0xE2)
}

// countStart is where the word of a count starts: after its digits, commas
// and dots, a "+" and spaces ("1,204+ followers"); -1 when s does not
// start with a digit, comma or dot.
func countStart(s string) int {
	i := 0
	for i < len(s) && (isDigitByte(s[i]) || s[i] == ',' || s[i] == '.') {
		i++
	}
	if i == 0 {
		return -1
	}
	if i < len(s) && s[i] == '+' {
		i++
	}
	return skipSpaces(s, i)
}

// mayBeNumbered: reNumbered starts with a digit or "+".
func mayBeNumbered(s string) bool { return s != "" && ('0' <= s[0] && s[0] <= '9' || s[0] == '+') }

// mayBeDegree: reDegree starts with "·" (0xC2 0xB7), or with 1, 2 or 3 and
// then s ("ſ" starts with 0xC5), n or r.
func mayBeDegree(s string) bool {
	return s != "" && (s[0] == 0xC2 ||
		'1' <= s[0] && s[0] <= '3' && len(s) >= 3 && (strings.IndexByte("snr", s[1]|0x20) >= 0 || s[1] == 0xC5))
}

// dropLogoNames drops a line that only repeats the company of the role
// right below it ("Sener" above "Geotechnical Technician" and "Sener ·
// Full-time"): the text of the company's logo, copied with the page,
// which would otherwise end the description of the role above.
func dropLogoNames(items []item) []item {
	var out []item
	for i := range items {
		if i+2 < len(items) && items[i].empType == "" && items[i+2].empType != "" && isShort(items[i+1].s) &&
			strings.EqualFold(items[i].s, items[i+2].s) && !strings.EqualFold(items[i].s, items[i+1].s) || logoOfNext(items, i) {
			if out == nil {
				out = append(make([]item, 0, len(items)), items[:i]...)
			}
			continue
		}
		if out != nil {
			out = append(out, items[i])
		}
	}
	if out == nil {
		return items
	}
	return out
}

// logoOfNext reports whether items[i] is the text of a logo, in the
// words of a page in Dutch or Polish ("GVB-logo", "Logo Drogomal
// S.A."), naming the school or company of one of the next two lines.
func logoOfNext(items []item, i int) bool {
	name := ""
	switch s := items[i].s; {
	case len(s) > 5 && strings.EqualFold(s[:5], "logo "):
		name = s[5:]
	case len(s) > 5 && strings.EqualFold(s[len(s)-5:], "-logo"): // " logo" is noise before it is an item
		name = s[:len(s)-5]
	default:
		return false
	}
	for k := i + 1; k < len(items) && k <= i+2; k++ {
		// "Riveer-logo" over "Riveer (Veerdienst Gorinchem-Woudrichem)".
		if s := items[k].s; strings.EqualFold(s, name) || len(s) > len(name)+1 && strings.EqualFold(s[:len(name)+1], name+" ") {
			return true
		}
	}
	return false
}

package personalize

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Numbers in one normal form, whatever way they are written: "310",
// "three hundred and ten" and "三百一十" are the same figure; "£3.8m",
// "3.8 million" and "£3,800,000" are 3800000; "4 200 m²" is 4200;
// "2022-27" ends in 2027; "Year 11s" and "over-65s" are 11 and 65;
// "13亿" is 1300000000.

// scaleZeros are the zeros a scale unit adds: thousands, millions,
// billions, and the Chinese and Japanese 万 (ten thousand) and 亿 (a
// hundred million).
var scaleZeros = map[string]int{"k": 3, "m": 6, "b": 9, "e2": 2, "e3": 3, "e4": 4, "e5": 5, "e6": 6, "e7": 7, "e8": 8, "e11": 11, "e12": 12}

// scaledUnits are units that hold a scale ("2.4Moz" is 2.4 million
// ounces, "30koz" 30 thousand), by the scale's zeros: the number before
// them takes its value, as before "million".
var scaledUnits = map[string]int{"moz": 6, "koz": 3, "mt": 6, "mtpa": 6, "mbbl": 6, "kbbl": 3, "mmbbl": 6, "mboe": 6, "kboe": 3,
	"bcf": 9, "tcf": 12,
	// "68 km" of drilling is "68,000 m" of it.
	"km": 3, "kilometre": 3, "kilometres": 3, "kilometer": 3, "kilometers": 3}

// scaleOf returns the zeros of the scale t gives the number before it: a
// scale ("m", "million") or a unit that holds one ("Moz").
func scaleOf(t *token) (int, bool) {
	if z, ok := scaleZeros[t.key]; ok {
		return z, true
	}
	if t.lower == "mt" && t.acronym {
		return 0, false // "186,000 MT" are metric tonnes; "2.4 Mt" megatonnes
	}
	z, ok := scaledUnits[t.lower]
	return z, ok
}

// isScale reports whether key is a scale unit ("m" of "£3.8m").
func isScale(key string) bool {
	switch key {
	case "k", "m", "b", "e2", "e3", "e4", "e5", "e6", "e7", "e8", "e11", "e12":
		return true
	}
	return false
}

// cjkMagnitudes are the zeros of the Chinese and Japanese characters that
// scale the number before them.
var cjkMagnitudes = map[rune]int{'百': 2, '千': 3, '万': 4, '萬': 4, '亿': 8, '億': 8,
	// Korean writes the same scales in Hangul: "120만" is 1,200,000.
	'백': 2, '천': 3, '만': 4, '억': 8}

// cjkScale reads the magnitudes at the start of s ("千万" is 7 zeros): the
// unit's key and its length in bytes, or 0.
func cjkScale(s string) (key string, size int) {
	zeros := 0
	for size < len(s) {
		r, n := utf8.DecodeRuneInString(s[size:])
		z := cjkMagnitudes[r]
		if z == 0 {
			break
		}
		zeros += z
		size += n
	}
	key = "e" + strconv.Itoa(zeros)
	if size == 0 || !isScale(key) {
		return "", 0
	}
	return key, size
}

// scaled is the key of the number key times ten to the power zeros:
// scaled("3.8", 6) is "3800000", scaled("1.25", 1) "12.5".
func scaled(key string, zeros int) string {
	intPart, frac, _ := strings.Cut(key, ".")
	if n := zeros - len(frac); n >= 0 {
		z := manyZeros
		if n > len(z) {
			z = strings.Repeat("0", n)
		}
		intPart += frac + z[:n]
		frac = ""
	} else {
		intPart, frac = intPart+frac[:zeros], frac[zeros:]
	}
	intPart = strings.TrimLeft(intPart, "0")
	if intPart == "" {
		intPart = "0"
	}
	if frac = strings.TrimRight(frac, "0"); frac != "" {
		return intPart + "." + frac
	}
	return intPart
}

// manyZeros are as many zeros as the largest scale words have, and more.
const manyZeros = "000000000000000000"

// readFigures reads the numbers of toks in place: a number followed by a
// scale ("3.8" "m") takes its value, and the short end of a range of
// years ("2022-27") its century. A decade ("the 1990s", "their 60s") is
// marked: it is a time of life or history, not a figure.
func readFigures(toks []token) {
	// Most fields hold no number. The passes that read the words around
	// a number, or a number itself, do nothing then, and are skipped;
	// the two passes that make numbers of words run either way.
	numbers := false
	for i := range toks {
		if toks[i].number {
			numbers = true
			break
		}
	}
	if numbers {
		readAroundNumbers(toks)
		joinOrdinals(toks)
	}
	for i := 1; i+1 < len(toks); i++ {
		// "half a million", "a quarter of a million": the share of the
		// scale, held by the "a" before it as a figure is.
		if t := &toks[i]; t.lower == "a" && !toks[i+1].number {
			_, ok := scaleZeros[toks[i+1].key]
			share := ""
			switch {
			case toks[i-1].lower == "half":
				share = "0.5"
			case i >= 3 && toks[i-1].lower == "of" && toks[i-2].lower == "quarter":
				share = "0.25"
			}
			if ok && share != "" && !toks[i+1].wordNum {
				t.number, t.wordNum, t.fn, t.key = true, true, false, share // the scale after it is applied below
				numbers = true
				toks[i-1].fn = true
			}
		}
	}
	step := -1 // the last step in Roman numerals, as a later one of a list follows it
	for i := 1; i < len(toks); i++ {
		// "Phase III", "Level II", "Part IV": a step in Roman numerals is
		// the step in figures, and so are the later ones of a list of
		// steps ("Phase II and III", "Class IIb and III", "Grade II/III").
		t := &toks[i]
		if t.number || !t.capital || len(t.lower) > 6 {
			continue
		}
		v := romanValue(t.lower)
		if v == 0 {
			if r := strings.TrimRight(t.lower, "abc"); r != t.lower && romanValue(r) > 0 && t.punctBefore == " " && stepWord(toks[i-1].lower) {
				step = i // "Class IIb": a step, though no number
			}
			continue
		}
		listed := step >= 0 && (step == i-1 && (t.punctBefore == "/" || t.punctBefore == ", ") ||
			step == i-2 && t.punctBefore == " " && toks[i-1].punctBefore == " " && listJoins[toks[i-1].lower])
		if stepWord(toks[i-1].lower) && t.punctBefore == " " || listed {
			t.number, t.key = true, strconv.Itoa(v)
			numbers = true
			step = i
		}
	}
	if !numbers {
		return
	}
	for i := range toks {
		t := &toks[i]
		if !t.number || t.key == "" || !isDigit(t.key[0]) {
			continue
		}
		if n := len(t.lower); n >= 2 && t.lower[n-1] == 's' && !t.wordNum {
			// "11s", "65s", "1990s", "60's", "Year 7s".
			d := strings.TrimSuffix(t.lower[:n-1], "'")
			if isNumeric(d) {
				t.key = numberKey(d)
				t.decade = d[len(d)-1] == '0'
			}
		}
		if i+1 < len(toks) {
			if n := &toks[i+1]; n.wordNum && !t.wordNum && (n.lower == "thousand" || n.lower == "hundred") && n.punctBefore == " " {
				// "900 thousand", "12 hundred": a scale in words after
				// figures, as "900k" is.
				n.number, n.wordNum, n.key = false, false, "k"
				if n.lower == "hundred" {
					n.key = "e2"
				}
			}
			if z, ok := scaleOf(&toks[i+1]); ok && isNumeric(t.key) {
				t.key = scaled(t.key, z)
				// "95k km": a scale and then a unit that holds one, as
				// "95,000 km" is.
				if _, plain := scaleZeros[toks[i+1].key]; plain && i+2 < len(toks) && toks[i+2].punctBefore == " " {
					if uz, ok := scaledUnits[toks[i+2].lower]; ok {
						t.key = scaled(t.key, uz)
					}
				}
			}
		}
		if z := rangeScale(toks, i); z > 0 && isNumeric(t.key) && smallStart(t.key) {
			// "from 11 to 18.4 million": 11 million; but "from 120,000 to
			// 1.2 million" starts at 120,000.
			t.key = scaled(t.key, z)
		}
		if len(t.key) == 2 && !t.wordNum && (strings.HasSuffix(t.punctBefore, "'") || strings.HasSuffix(t.punctBefore, "’")) && (i == 0 || toks[i-1].end < t.start-1) {
			// "since '22": a year.
			if t.key >= "50" {
				t.key = "19" + t.key
			} else {
				t.key = "20" + t.key
			}
			continue
		}
		if i > 0 && len(t.key) == 2 && isYear(toks[i-1].key) && !toks[i-1].wordNum &&
			(t.punctBefore == "-" || t.punctBefore == "–" || t.punctBefore == "/" || t.punctBefore == "—") {
			if full := toks[i-1].key[:2] + t.key; full > toks[i-1].key {
				t.key = full
			}
		}
	}
	joinCJKParts(toks)
}

// readAroundNumbers reads the words next to numbers that say what the
// numbers are: "Md" after one is a billion, and the "auf" of "von 61 auf
// 78" is "to".
func readAroundNumbers(toks []token) {
	for i := 1; i < len(toks); i++ {
		// "1,2 Md€": French for a billion, after a number only ("MD" is
		// a managing director).
		if t := &toks[i]; (t.lower == "md" || t.lower == "mds" || t.lower == "mrd") && toks[i-1].number && t.punctBefore == " " {
			t.key = "b"
		} else if !toks[i-1].number || len(t.lower) > 4 {
			continue // the words below are short, and after a figure
		} else if z := afterNumberScales[t.lower]; z != "" && !toks[i-1].wordNum && t.punctBefore == " " {
			t.key = z
		} else if w := unitSymbols[t.lower]; w != "" {
			// "3.2 ha" is a "3.2-hectare" maze: the symbol after a
			// figure is keyed as its word is ("ha" alone is Spanish).
			t.key = stem(w)
		}
	}
	for i := 1; i+1 < len(toks); i++ {
		// "von 61 auf 78", "de 61 à 78", "del 61 al 78", "z 61 do 78":
		// the word between the ends of a change is "to".
		if t := &toks[i]; toks[i+1].number && otherTo[t.lower] && !strings.ContainsAny(t.punctBefore, ",;:.!?()") &&
			(toks[i-1].number || i >= 2 && toks[i-2].number && (toks[i-1].key == "pct" || isScale(toks[i-1].key))) {
			t.lower, t.key, t.fn = "to", "to", true
			t.flags &^= flagRead
			// and the word before the start is "from".
			for k := i - 2; k >= 0 && k >= i-3; k-- {
				if otherFrom[toks[k].lower] && toks[k+1].number {
					toks[k].lower, toks[k].key, toks[k].fn = "from", "from", true
					toks[k].flags &^= flagRead
				}
			}
		}
	}
}

// unitSymbols are the symbols of units of measure that are words too
// (Spanish "ha"), with the unit's word: they are the unit only after a
// figure. Those that are no word are keyed as their words always (see
// unitWords).
var unitSymbols = map[string]string{"ha": "hectare"}

// afterNumberScales are words for a thousand or a billion that are other
// words too, so they are one only after figures: Turkish "9 bin" (German
// "ich bin"), Italian "9 mila" (the name Mila), Romanian "9 mii",
// Vietnamese "3 tỷ" and "3 tỉ" (read without their marks).
var afterNumberScales = map[string]string{"bin": "k", "mila": "k", "mii": "k", "ty": "b", "ti": "b"}

// otherTo are the words for "to" between the ends of a range or change in
// the languages recruiters write lines in.
var otherTo = wordSet("auf bis a al do para tot naar")

// otherFrom are the words for "from" at the start of such a range.
var otherFrom = wordSet("von de del dal da z ze van desde")

// rangeTo are the words between the ends of a range, in English and the
// languages recruiters write lines in ("de 11 a 18,4 millones").
var rangeTo = wordSet("to a bis para")

// rangeScale returns the zeros of the scale of the end of the range that
// the number toks[i], with no scale of its own, starts ("from 11 to 18.4
// million", "€11-18.4m"), or 0.
func rangeScale(toks []token, i int) int {
	j := i + 1
	if j >= len(toks) {
		return 0
	}
	if _, ok := scaleOf(&toks[j]); ok {
		return 0 // a scale of its own
	}
	if rangeTo[toks[j].lower] && !toks[j].number {
		j++
	} else if p := toks[j].punctBefore; p != "-" && p != "–" {
		return 0
	}
	if j+1 >= len(toks) || !toks[j].number || toks[j].wordNum != toks[i].wordNum {
		return 0
	}
	if z, ok := scaleOf(&toks[j+1]); ok {
		return z
	}
	return 0
}

// smallStart reports whether a range's first number, key, is small
// enough to take the scale of its end: under a thousand.
func smallStart(key string) bool {
	intPart, _, _ := strings.Cut(key, ".")
	return len(intPart) <= 3
}

// metresAfter reports whether the number toks[i] is followed by a
// lower-case "m" written apart from it with no currency about it ("a 120
// m span"): it may be a length in metres as well as a number of millions
// (the index holds it as both).
func metresAfter(at func(int) *token, i int) bool {
	u := at(i + 1)
	if u.lower != "m" || u.capital || u.punctBefore != " " || currencySigns(at(i).punctBefore) != "" {
		return false
	}
	return i == 0 || currencyWords[at(i-1).lower] == ""
}

// metresOf reports whether the line's number toks[k], before an "m"
// that may be metres or millions, spaced or not ("a 9m window"), is on
// the profile in metres ("a 9-metre window").
func (x *Index) metresOf(toks []lineTok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	cjk := false
	if u := &toks[k+1]; u.lower == "m" && u.punctBefore == "" && !u.capital && currencyOf(toks, k) == "" {
		// glued: as metresAfter reads a spaced one
	} else if cjk = u.cjk && u.punctBefore == "" && cjkMetres(cjkRunAt(func(j int) *token { return &toks[j].token }, len(toks), k+1)); !cjk && !metresAfter(func(j int) *token { return &toks[j].token }, k) {
		return false
	}
	for _, o := range x.post[numberKey(toks[k].lower)] {
		seg := &x.segs[o.seg]
		if p := int(o.pos) + 1; p < len(seg.toks) && metreWords[seg.toks[p].lower] {
			return true
		}
	}
	if cjk {
		// "幅4.2メートル" in the line for "幅4.2m", which the profile read
		// as millions.
		for _, o := range x.post[scaled(numberKey(toks[k].lower), 6)] {
			seg := &x.segs[o.seg]
			if p := int(o.pos) + 1; p < len(seg.toks) && seg.toks[p].lower == "m" && !seg.toks[p].capital && seg.toks[p].start == seg.toks[p-1].end {
				return true
			}
		}
	}
	return false
}

// cjkMetres reports whether a run of Japanese, Chinese or Korean
// characters right after a number starts with the word for metres
// ("メートル", "公尺", "미터").
func cjkMetres(w string) bool {
	for _, p := range [...]string{"メートル", "公尺", "미터"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cjkRunAt returns the characters of the pairs of Chinese, Japanese or
// Korean characters from the token at(i) of n on, four at most:
// "メートル" from "メー", "ート", "トル".
func cjkRunAt(at func(int) *token, n, i int) string {
	r := at(i).lower
	for j := i + 1; j < n && j < i+3; j++ {
		t := at(j)
		if !t.cjk || t.punctBefore != "" || t.start >= at(j-1).end {
			break
		}
		_, size := utf8.DecodeLastRuneInString(t.lower)
		r += t.lower[len(t.lower)-size:]
	}
	return r
}

// metreWords are the words of the metre.
var metreWords = wordSet("metre metres meter meters")

// isNumeric reports whether k is digits with at most one decimal point.
func isNumeric(k string) bool {
	if k == "" || k[0] == '.' || k[len(k)-1] == '.' {
		return false
	}
	dot := false
	for i := 0; i < len(k); i++ {
		switch c := k[i]; {
		case c == '.' && !dot:
			dot = true
		case c < '0' || c > '9':
			return false
		}
	}
	return true
}

// needsNumbers reports whether toks[i] starts a number that tokenize
// reads further: a number in words of more than one word ("three hundred
// and ten", "one hundred"), digits with Chinese or Japanese characters
// stuck to them ("13亿新元"), or digits grouped by spaces ("4 200").
func needsNumbers(s string, toks []token, i int) bool {
	t := &toks[i]
	next := func(k int) *token {
		if i+k < len(toks) {
			return &toks[i+k]
		}
		return nil
	}
	switch {
	case t.wordNum:
		n := next(1)
		return n != nil && (n.wordNum || n.lower == "one" && n.punctBefore == "-" || (n.lower == "and" || n.lower == "y" || n.lower == "e") && next(2) != nil && next(2).wordNum ||
			thousandWords[n.lower] || andAHalf(toks, i+1) || pointAt(toks, i+1))
	case t.lower == "one" || t.lower == "a":
		n := next(1)
		return n != nil && (n.lower == "hundred" || t.lower == "one" && pointAt(toks, i+1))
	case !t.number:
		return false
	}
	for k := 0; k < len(t.lower); k++ {
		if t.lower[k] >= utf8.RuneSelf {
			return true
		}
	}
	return spacedGroup(s, toks, i)
}

// pointAt reports whether toks[k:] start "point" and a digit in words:
// "eleven point four".
func pointAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].lower == "point" && toks[k+1].punctBefore == " " && decimalDigit(&toks[k+1]) >= 0
}

// spacedGroup reports whether the number toks[i+1] is a group of three
// digits that continues toks[i] across a space, as French and other
// languages group thousands ("4 200", "1 250 000").
func spacedGroup(s string, toks []token, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	a, b := &toks[i], &toks[i+1]
	if !b.number || b.wordNum || len(b.lower) != 3 || !isNumeric(b.lower) || strings.Contains(b.lower, ".") {
		return false
	}
	switch b.punctBefore {
	case " ", "\u00a0", "\u202f", "\u2009":
	default:
		return false
	}
	// The first group is one to three digits ("in 2019 200 nurses" is
	// two figures), and the last is not the start of a compound ("3
	// 100-bed wards").
	if a.wordNum || len(a.lower) > 3 || strings.Trim(a.lower, "0123456789") != "" {
		return false
	}
	// "Year 11 100% pass rate", "Band 7 120 nurses": with a plain space,
	// a number after a capitalised word is a label, not a first group.
	if b.punctBefore == " " && i > 0 && toks[i-1].capital && a.punctBefore == " " {
		return false
	}
	if b.end < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[b.end:]); r == '-' || r == '‑' || '0' <= r && r <= '9' {
			return false
		}
	}
	return true
}

// readNumber reads the number that starts at in[i] (see needsNumbers)
// onto out, and returns how many tokens of in it took.
func readNumber(s string, in []token, i int, out []token) ([]token, int) {
	t := in[i]
	switch {
	case t.wordNum || t.lower == "one" || t.lower == "a":
		return readWordNumber(in, i, out)
	}
	for k := 0; k < len(t.lower); k++ {
		if t.lower[k] >= utf8.RuneSelf {
			return splitCJKNumber(s, t, out), 1
		}
	}
	// Digits grouped by spaces: join the groups.
	n := 1
	for i+n < len(in) && spacedGroup(s, in, i+n-1) {
		n++
	}
	j := in[i+n-1]
	var b strings.Builder
	for k := i; k < i+n; k++ {
		b.WriteString(in[k].lower)
	}
	t.end, t.lower = j.end, b.String()
	t.flags &^= flagRead
	t.key = numberKey(t.lower)
	return append(out, t), n
}

// splitCJKNumber splits digits with Chinese or Japanese characters stuck
// to them ("13亿新元") into the number, its scale and the text after.
func splitCJKNumber(s string, t token, out []token) []token {
	text := s[t.start:t.end]
	d := 0
	for d < len(text) && text[d] < utf8.RuneSelf {
		d++
	}
	num := t
	num.end = t.start + d
	num.lower = strings.ToLower(text[:d])
	num.flags &^= flagRead
	num.key = numberKey(num.lower)
	if d == 0 {
		return appendCJK(s, out, t)
	}
	out = append(out, num)
	rest := t.start + d
	if key, size := cjkScale(text[d:]); size > 0 {
		out = append(out, token{start: rest, end: rest + size, key: key, lower: text[d : d+size]})
		rest += size
	}
	if rest < t.end {
		tail := token{start: rest, end: t.end}
		wi := wordOf(s[rest:t.end])
		setWord(&tail, &wi)
		if tail.cjk {
			return appendCJK(s, out, tail)
		}
		out = append(out, tail)
	}
	return out
}

// kanjiDigits and kanjiUnits are the numerals of Chinese and Japanese.
var (
	kanjiDigits = map[rune]int{'〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '兩': 2, '三': 3, '四': 4, '五': 5,
		'六': 6, '七': 7, '八': 8, '九': 9}
	kanjiUnits = map[rune]int{'十': 10, '百': 100, '千': 1000}
	kanjiBig   = map[rune]int{'万': 10000, '萬': 10000, '億': 100000000, '亿': 100000000}
	// counters follow a number in Chinese and Japanese: people, items,
	// years, times, beds, schools.
	counters = map[rune]bool{'人': true, '名': true, '件': true, '年': true, '月': true, '日': true, '倍': true,
		'台': true, '店': true, '校': true, '床': true, '社': true, '回': true, '個': true, '个': true, '家': true,
		'所': true, '歳': true, '期': true, '位': true, '枚': true, '本': true, 'ヶ': true, '箇': true, 'カ': true,
		'か': true, '项': true, '項': true, '座': true, '棟': true, '%': true, '％': true, '円': true, '元': true}
)

func isKanjiNumeral(r rune) bool {
	_, d := kanjiDigits[r]
	return d || kanjiUnits[r] != 0 || kanjiBig[r] != 0
}

// kanjiNumber reads the numeral at the start of run ("四十六名",
// "三百十台", "十四年"): its value and length in bytes, when a counter
// follows it (so "三菱" and "五十嵐" are names, not numbers).
func kanjiNumber(run string) (value, size int, ok bool) {
	total, section, num := 0, 0, 0
	digits := false
	i := 0
	for i < len(run) {
		r, n := utf8.DecodeRuneInString(run[i:])
		switch {
		case kanjiUnits[r] != 0:
			section += max(num, 1) * kanjiUnits[r]
			num = 0
		case kanjiBig[r] != 0:
			total += (section + num) * kanjiBig[r]
			section, num = 0, 0
		default:
			d, isDigit := kanjiDigits[r]
			if !isDigit {
				goto done
			}
			num = num*10 + d
		}
		digits = true
		i += n
	}
done:
	if !digits {
		return 0, 0, false
	}
	if i < len(run) {
		if r, _ := utf8.DecodeRuneInString(run[i:]); !counters[r] {
			return 0, 0, false
		}
	} else {
		return 0, 0, false
	}
	return total + section + num, i, true
}

// otherCode reports whether the profile writes codes of letters, a hyphen
// and a number with the letters prefix ("HS-417") but never with the
// number num: a code the line gives ("HS-212") is not theirs.
func (x *Index) otherCode(prefix, num string) bool {
	other := false
	for _, o := range x.post[prefix] {
		seg := &x.segs[o.seg]
		if n := int(o.pos) + 1; n < len(seg.toks) && seg.toks[n].number && seg.toks[n].punctBefore == "-" {
			if seg.toks[n].key == num {
				return false
			}
			other = true
		}
	}
	return other
}

// onlyInCodes reports whether every place the profile gives the number
// key is the number of a code of letters, a hyphen and the number
// ("HS-417", "Part-145"): it is no figure of theirs.
func (x *Index) onlyInCodes(key string) bool {
	occs := x.post[key]
	if len(occs) == 0 {
		return false
	}
	for _, o := range occs {
		seg := &x.segs[o.seg]
		p := int(o.pos)
		if p == 0 || seg.toks[p].punctBefore != "-" || !seg.toks[p-1].acronym && !seg.toks[p-1].capital {
			return false
		}
	}
	return true
}

package personalize

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// The one text normal form every rule uses: compatibility folding
// (NFKD: "ﬁ" is "fi", a full-width "Ａ" an "a"), accents stripped, the
// letters that have no decomposition spelt out ("ł" is "l", "ø" "o", "ß"
// "ss"), lower case, curly apostrophes straight.

// spelled are letters that Unicode does not decompose into a base letter
// and an accent, with the letters a writer types for them.
var spelled = map[rune]string{
	'ł': "l", 'Ł': "l", 'ø': "o", 'Ø': "o", 'æ': "ae", 'Æ': "ae", 'œ': "oe", 'Œ': "oe",
	'ß': "ss", 'đ': "d", 'Đ': "d", 'ð': "d", 'Ð': "d", 'þ': "th", 'Þ': "th", 'ı': "i",
	'ħ': "h", 'Ħ': "h", 'ŀ': "l", 'Ŀ': "l", 'ŧ': "t", 'Ŧ': "t", 'ƒ': "f",
}

// fold lower-cases s in the normal form above ("Łódź" → "lodz").
func fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return strings.ToLower(s)
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			// A run of ASCII with no capital is copied whole.
			j := i
			for j < len(s) && s[j] < utf8.RuneSelf && (s[j] < 'A' || s[j] > 'Z') {
				j++
			}
			if j > i {
				b.WriteString(s[i:j])
				i = j
				continue
			}
			b.WriteByte(c + 'a' - 'A')
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch {
		case r == '’' || r == 'ʼ' || r == '‘':
			b.WriteByte('\'')
		case spelled[r] != "":
			b.WriteString(spelled[r])
		case unicode.IsLetter(r) || unicode.IsDigit(r) || subscriptDigit(r):
			for _, d := range norm.NFKD.String(string(r)) {
				if unicode.Is(unicode.Mn, d) {
					continue
				}
				if sp := spelled[d]; sp != "" {
					b.WriteString(sp)
					continue
				}
				b.WriteRune(unicode.ToLower(d))
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// isCJK reports whether r is a Chinese, Japanese or Korean character,
// which are written without spaces between words; the mark that
// lengthens a kana's vowel ("メートル", "データ") too, which Unicode puts
// in no script of its own.
func isCJK(r rune) bool {
	return r >= 0x2E80 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) ||
		unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r) || r == 'ー')
}

// readWord reads what a word is, as written.
func readWord(raw string) wordInfo {
	var t token
	shape(&t, raw)
	wi := wordInfo{lower: fold(raw), capital: t.capital, acronym: t.acronym, mixedCaps: t.mixedCaps}
	if wi.lower == "ar" && strings.ToLower(raw) == "år" {
		wi.lower = "aar" // the Nordic "år" (year) as Danish once spelled it, not the Swedish "är" (is)
	}
	if base, ok := caseSuffixed(raw); ok {
		// "THK'da", "Ankara'daki", "Türkiye'nin": a name with a Turkish
		// case ending after the apostrophe is the name.
		return readWord(base)
	}
	if isPluralAcronym(raw) {
		// "VPs", "NDAs": the plural of an acronym.
		wi.lower = wi.lower[:len(wi.lower)-1]
		wi.acronym, wi.mixedCaps = true, false
	} else if base, ok := possessiveAcronym(raw); ok {
		// "DLUHC's", "the ECU’s": the acronym, owning something.
		wi.lower = fold(base)
		wi.acronym, wi.mixedCaps = true, false
	}
	for _, r := range raw {
		if isCJK(r) {
			wi.cjk = true
			break
		}
	}
	// "d'Agar", "l'été", "qu'il": the elided article is not the word
	// ("T's" of "L&T's" is English's "T" owning something).
	if i := strings.IndexAny(wi.lower, "'"); i > 0 && i <= 5 && i+1 < len(wi.lower) && elisions[wi.lower[:i]] && wi.lower[i:] != "'s" {
		rawI := strings.IndexAny(raw, "'’ʼ‘") // each folds to "'"
		if rawI < 0 {
			return wi
		}
		_, size := utf8.DecodeRuneInString(raw[rawI:])
		rest := raw[rawI+size:]
		inner := readWord(rest)
		inner.elided = len(raw) - len(rest)
		return inner
	}
	wi.num = numberWords[wi.lower]
	wi.fn = isFunctionWord(wi.lower)
	wi.key = stemUncached(wi.lower)
	if k := ordinalWords[wi.lower]; k != "" {
		wi.key = k // "the Ninth Circuit" is "the 9th Circuit"
	}
	if wi.capital && wi.lower != "" && wi.lower[0] >= 0xce && wi.lower[0] <= 0xcf {
		if rom := romanGreek(wi.lower); rom != "" {
			wi.key = stemUncached(rom) // "Παπαδοπούλου" is "Papadopoulou"
		}
	}
	wi.flags = flagsOf(wi.lower, wi.key)
	if _, ok := possessiveAcronym(raw); ok {
		wi.flags |= flagOwner
	}
	if coined(raw) {
		wi.flags |= flagCoined
	}
	return wi
}

// turkishEndings are the case endings Turkish writes after an apostrophe
// on a name.
var turkishEndings = wordSet("da de ta te dan den tan ten nda nde ndan nden a e ya ye na ne ı i u ü yı yi yu yü nı ni nu nü ın in un ün " +
	"nın nin nun nün daki deki taki teki ndaki ndeki la le yla yle dır dir tır tir lık lik luk lük lı li lu lü")

// caseSuffixed returns the name before an apostrophe and a Turkish case
// ending ("THK'da"), and whether w is one.
func caseSuffixed(w string) (string, bool) {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return "", false
	}
	_, size := utf8.DecodeRuneInString(w[i:])
	base, end := w[:i], w[i+size:]
	if !turkishEndings[end] && !endingsRun(end) {
		return "", false
	}
	r, _ := utf8.DecodeRuneInString(base)
	// A unit takes the endings too: "102 km'lik" is "102 km".
	return base, (unicode.IsUpper(r) || physicalUnits[base] != "" || timeUnits[base] != "") && utf8.RuneCountInString(base) >= 2
}

// endingsRun reports whether end, small letters, is a case ending and
// more endings after it ("teydik" of "Paris'teydik": in Paris, we were),
// eight letters at most.
func endingsRun(end string) bool {
	if utf8.RuneCountInString(end) > 8 || strings.IndexFunc(end, func(r rune) bool { return !unicode.IsLower(r) }) >= 0 {
		return false
	}
	n := 0
	for i := range end {
		if n >= 2 && turkishEndings[end[:i]] {
			return true
		}
		n++
	}
	return false
}

// possessiveAcronym returns the acronym of w when w is two or more
// capitals and "'s" or "’s".
func possessiveAcronym(w string) (string, bool) {
	base, ok := strings.CutSuffix(w, "'s")
	if !ok {
		base, ok = strings.CutSuffix(w, "’s")
	}
	if !ok || len(base) < 2 {
		return "", false
	}
	for i := 0; i < len(base); i++ {
		if base[i] < 'A' || base[i] > 'Z' {
			return "", false
		}
	}
	return base, true
}

// elisions are the articles French and Italian elide before a vowel, and
// the Italian prepositions joined to them ("sull'", "dell'").
var elisions = map[string]bool{"d": true, "l": true, "j": true, "n": true, "s": true, "c": true, "m": true, "t": true, "qu": true,
	"dell": true, "all": true, "sull": true, "nell": true, "dall": true, "coll": true, "quell": true, "un": true}

// setWord fills a token's word fields from what is known about the word.
func setWord(t *token, wi *wordInfo) {
	t.lower, t.key = wi.lower, wi.key
	t.capital, t.acronym, t.mixedCaps = wi.capital, wi.acronym, wi.mixedCaps
	t.cjk, t.fn, t.flags = wi.cjk, wi.fn, wi.flags
	if wi.num != "" {
		t.number, t.wordNum, t.key = true, true, wi.num
	}
	if wi.elided > 0 {
		t.start += wi.elided
	}
}

// perWords and centWords make a percentage of two words.
var (
	perWords  = wordSet("per pour por")
	centWords = wordSet("cent cento ciento")
)

// swissThousands drops the apostrophes Swiss German groups thousands with.
var swissThousands = strings.NewReplacer("'", "", "’", "")

// numberKey is the key of a number as written: thousands separators
// dropped ("1,200" is "1200"), a decimal comma read as a point ("1,2"
// is "1.2", as French and Spanish write it), and zeros that end a
// decimal dropped with them ("2,0" and "2.0" are "2", "1.50" is "1.5").
func numberKey(s string) string {
	return bareDecimal(numberKeyAsWritten(s))
}

// bareDecimal drops the zeros that end the decimals of a number's key,
// and the point with them when nothing is left: the number they write is
// the same.
func bareDecimal(k string) string {
	dot := strings.IndexByte(k, '.')
	if dot <= 0 || k[len(k)-1] != '0' || !isNumeric(k[dot+1:]) {
		return k
	}
	k = strings.TrimRight(k, "0")
	return strings.TrimSuffix(k, ".")
}

// numberKeyAsWritten is numberKey with the decimals as written: "2,0" is
// "2.0".
func numberKeyAsWritten(s string) string {
	if apostrophes.in(s) {
		s = swissThousands.Replace(s) // "1'900"
	}
	if strings.IndexByte(s, ',') < 0 {
		return dotThousands(s)
	}
	parts := strings.Split(s, ",")
	thousands := true
	for _, p := range parts[1:] {
		if len(p) < 3 || !isDigit(p[0]) || !isDigit(p[1]) || !isDigit(p[2]) || len(p) > 3 && isDigit(p[3]) {
			thousands = false
		}
	}
	if thousands || len(parts) > 2 || strings.Contains(s, ".") {
		return strings.ReplaceAll(s, ",", "")
	}
	return parts[0] + "." + parts[1]
}

// dotThousands reads a point as the thousands separator where Spanish,
// German, Italian or Portuguese put one: between groups of three digits
// ("1.234.567"), or once before three digits that end in zero ("4.100",
// "12.500" patients), which English writes as a decimal only in
// measurements ("1.250 kg" stays 1.25 when it has no zero at its end:
// "1.125").
func dotThousands(s string) string {
	if !dotGroups(s) {
		return s
	}
	parts := strings.Split(s, ".")
	if len(parts) == 2 && parts[1][2] != '0' {
		return s
	}
	return strings.Join(parts, "")
}

// dotGroups reports whether s is digits in groups of three after the
// first, separated by points ("2.156", "1.234.567"), which the languages
// of Europe but English write for thousands.
func dotGroups(s string) bool {
	parts := strings.Split(s, ".")
	if len(parts) < 2 || len(parts[0]) > 3 {
		return false
	}
	for i, p := range parts {
		if p == "" || !isNumeric(p) || containsAnyASCII(p, ",") || i > 0 && len(p) != 3 {
			return false
		}
	}
	return true
}

// normalize reads the tokens from toks[from:] further: a run of Chinese,
// Japanese or Korean characters becomes its overlapping pairs, a number
// in words of several words ("three hundred and ten") or in digit groups
// ("4 200") one number, "per cent" a percentage; then every number is
// read in one form (see readFigures).
func normalize(s string, toks []token, from int) []token {
	for i := from; i < len(toks); i++ {
		if toks[i].cjk || (toks[i].number || toks[i].lower == "one" || toks[i].lower == "a") && needsNumbers(s, toks, i) ||
			toks[i].lower == "cent" && i > from && toks[i-1].lower == "per" {
			toks = normalizeSlow(s, toks, from)
			break
		}
	}
	toks = joinPrefixes(s, toks, from)
	readFigures(toks[from:])
	return toks
}

// joinPrefixes writes a word with a prefix joined by a hyphen as one word
// ("e-commerce", "micro-grid", "re-tender", "non-executive"), as it is also
// written closed ("ecommerce", "microgrid"): both forms meet.
func joinPrefixes(s string, toks []token, from int) []token {
	first := -1
	for r := from + 1; r < len(toks); r++ {
		if toks[r].punctBefore == "-" && hyphenPrefixes[toks[r-1].lower] {
			first = r - 1
			break
		}
	}
	if first < 0 {
		return toks // most text: nothing to join, nothing to copy
	}
	w := first
	for r := first; r < len(toks); r++ {
		// Only a word before a hyphen may be a prefix: the map is asked
		// after that test, and a token that stays where it is is not
		// copied onto itself.
		if r+1 < len(toks) && toks[r+1].punctBefore == "-" && hyphenPrefixes[toks[r].lower] && !toks[r].number {
			t := toks[r]
			if n := &toks[r+1]; n.start == t.end+1 && !n.number && !n.cjk && !n.acronym && n.key != "" {
				raw := s[t.start:t.end] + s[n.start:n.end]
				wi := wordOf(raw)
				j := t
				setWord(&j, &wi)
				j.start, j.end = t.start, n.end
				toks[w] = j
				w++
				r++
				continue
			}
		}
		if w != r {
			toks[w] = toks[r]
		}
		w++
	}
	return toks[:w]
}

// hyphenPrefixes are prefixes a word is written with, joined by a hyphen
// or closed.
var hyphenPrefixes = wordSet("e micro cross re pre post multi sub inter mid anti eco cyber tele semi")

func normalizeSlow(s string, toks []token, from int) []token {
	in := append([]token(nil), toks[from:]...)
	out := toks[:from]
	for i := 0; i < len(in); i++ {
		t := in[i]
		switch {
		case t.cjk:
			out = appendCJK(s, out, t)
			continue
		case (t.number || t.lower == "one" || t.lower == "a") && needsNumbers(s, in, i):
			var n int
			out, n = readNumber(s, in, i, out)
			i += n - 1
			continue
		case perWords[t.lower] && i+1 < len(in) && centWords[in[i+1].lower] && len(out) > 0 && out[len(out)-1].number:
			// "per cent", "pour cent", "por ciento", "per cento".
			t.key, t.lower, t.end = "pct", "per cent", in[i+1].end
			t.flags &^= flagRead
			i++
		}
		out = append(out, t)
	}
	// "評価を3.1から": a decimal split where characters end a word.
	w := from
	for r := from; r < len(out); r++ {
		if t := &out[r]; w > from && t.number && t.punctBefore == "." && out[w-1].number && out[w-1].end+1 == t.start &&
			!strings.Contains(out[w-1].key, ".") && isNumeric(out[w-1].key) && isNumeric(t.key) && !strings.Contains(t.key, ".") {
			out[w-1].end = t.end
			out[w-1].lower += "." + t.lower
			out[w-1].flags &^= flagRead
			out[w-1].key += "." + t.key
			continue
		}
		out[w] = out[r]
		w++
	}
	return out[:w]
}

// appendCJK splits a token that holds Chinese, Japanese or Korean
// characters into runs of one script kind: other letters stay one word,
// and a run of CJK characters becomes its overlapping pairs.
func appendCJK(s string, out []token, t token) []token {
	text := s[t.start:t.end]
	first := len(out)
	start := 0
	if n := len(out); n > 0 && out[n-1].number && t.punctBefore != "" && strings.Trim(t.punctBefore, " \u00a0\u202f\u2009") == "" {
		// "約 120 萬個": a scale after the number and a space scales it, as
		// "120萬" does.
		if key, size := cjkScale(text); size > 0 {
			out = append(out, token{start: t.start, end: t.start + size, key: key, lower: text[:size], punctBefore: t.punctBefore})
			start = size
		}
	}
	for i := start; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		cjk := isCJK(r)
		j := i + size
		for j < len(text) {
			r2, size2 := utf8.DecodeRuneInString(text[j:])
			if isCJK(r2) != cjk {
				break
			}
			j += size2
		}
		run := text[i:j]
		if !cjk && isDigit(run[0]) {
			// "1人から7人": digits between characters are a number, and a
			// magnitude after them scales it ("13亿"); a unit stuck to
			// them is a word of its own ("275kVガス").
			d := len(run)
			for k := 1; k < len(run); k++ {
				if asciiLetter(run[k]) {
					if u := strings.ToLower(run[k:]); durationUnits[u] || physicalUnits[u] != "" {
						d = k
					}
					break
				}
			}
			nt := token{start: t.start + i, end: t.start + i + d, punctBefore: t.punctBefore, number: true}
			nt.lower = strings.ToLower(run[:d])
			nt.key = numberKey(nt.lower)
			out = append(out, nt)
			if d < len(run) {
				ut := token{start: t.start + i + d, end: t.start + j}
				wi := wordOf(run[d:])
				setWord(&ut, &wi)
				out = append(out, ut)
			}
			if key, size := cjkScale(text[j:]); size > 0 {
				out = append(out, token{start: t.start + j, end: t.start + j + size, key: key, lower: text[j : j+size]})
				j += size
			}
		} else if !cjk {
			wi := wordOf(run)
			nt := token{start: t.start + i, end: t.start + j, punctBefore: t.punctBefore}
			setWord(&nt, &wi)
			nt.cjk = false
			out = append(out, nt)
		} else {
			var starts []int
			for k := range run {
				starts = append(starts, k)
			}
			starts = append(starts, len(run))
			numeralEnd := 0
			for k := 0; k+1 < len(starts); k++ {
				// "四十六名": a numeral before a counter is a number too.
				if at := starts[k]; at >= numeralEnd {
					if r, _ := utf8.DecodeRuneInString(run[at:]); isKanjiNumeral(r) && (k == 0 || !isKanjiNumeral(prevRune(run, at))) {
						if v, n, ok := kanjiNumber(run[at:]); ok {
							numeralEnd = at + n
							out = append(out, token{start: t.start + i + at, end: t.start + i + at + n, key: strconv.Itoa(v),
								lower: run[at : at+n], number: true})
						}
					}
				}
				end := starts[min(k+2, len(starts)-1)]
				if k+2 >= len(starts) && k > 0 {
					break // the last character is in the pair before
				}
				pair := run[starts[k]:end]
				out = append(out, token{start: t.start + i + starts[k], end: t.start + i + end, key: pair, lower: pair, cjk: true, fn: grammarPair(pair)})
			}
		}
		i = j
	}
	if len(out) > first {
		out[first].sentStart = t.sentStart
	}
	return out
}

// prevRune is the rune before byte offset i of s.
func prevRune(s string, i int) rune {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// grammarPair reports whether a pair of Japanese characters is grammar,
// not a word: both hiragana ("ます", "した"), or a content character and a
// particle ("ンの" of "ドローンの"). Such pairs are function words.
func grammarPair(pair string) bool {
	a, n := utf8.DecodeRuneInString(pair)
	b, _ := utf8.DecodeRuneInString(pair[n:])
	return isHiragana(a) && isHiragana(b) || particles[a] || particles[b]
}

// isHiragana reports whether r is a hiragana letter.
func isHiragana(r rune) bool { return r >= 0x3041 && r <= 0x309F }

// particles are the Japanese particles that end a word: "の", "は", "を".
var particles = map[rune]bool{'の': true, 'は': true, 'を': true, 'に': true, 'で': true, 'と': true, 'が': true, 'も': true, 'へ': true, 'や': true}

// lowerSameSizes is strings.ToLower(s) for a non-ASCII s of which
// lowerKeepsSizes holds, lower-casing an ASCII byte without the call to
// unicode.ToLower and the rune's decoding that strings.Map makes for every
// byte.
func lowerSameSizes(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return strings.ToLower(s) // not a text lowerKeepsSizes holds of
		}
		utf8.EncodeRune(b[i:], unicode.ToLower(r))
		i += size
	}
	return string(b)
}

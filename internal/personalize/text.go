package personalize

import (
	"maps"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// token is one word of a line or of a profile field.
type token struct {
	start, end int    // byte span in the text it came from
	key        string // the matching key: folded, lower-case, stemmed
	lower      string // folded and lower-case, not stemmed
	// shape of the original
	capital   bool // starts with an upper-case letter
	acronym   bool // two or more letters, all upper-case ("NDA", "PhD" is not)
	mixedCaps bool // an upper-case letter after the first ("PhD", "McKinsey", "dbt" is not)
	number    bool // starts with a digit
	sentStart bool // first word of a sentence
	// wordNum is set for a number written in words ("fourteen"); its key
	// is the digits.
	wordNum bool
	// decade is set for a decade or an age ("the 1990s", "their 60s"),
	// which is not a figure to check.
	decade bool
	// cjk is set for a pair of Chinese, Japanese or Korean characters: a
	// run of them is read as overlapping pairs, which match wherever the
	// same pair is in the profile.
	cjk bool
	// fn is set for a function word, which carries no content.
	fn bool
	// flags say what the word is to the rules (see wordFlags).
	flags wordFlags
	// punctBefore is the text between the previous token and this one
	// one, trimmed of spaces ("," "." "" ...).
	punctBefore string
}

// units that may stick to a number ("6M", "£1.2bn", "40%"), and the words
// that mean the same, mapped to one key.
var unitKeys = map[string]string{
	"k": "k", "thousand": "k", "thousands": "k", "mille": "k", "mil": "k", "tys": "k", "tausend": "k", "duizend": "k",
	"m": "m", "mm": "m", "mn": "m", "million": "m", "millions": "m", "millones": "m", "millón": "m",
	"millon": "m", "milioni": "m", "milione": "m", "mio": "m", "millionen": "m", "mln": "m", "milhoes": "m", "milhões": "m",
	"milhao": "m", "milhão": "m", "miljoen": "m", "milion": "m", "miliony": "m", "milionow": "m", "milionów": "m",
	// The same in Czech, Slovak, Croatian, Hungarian, Romanian, Turkish,
	// the Nordic languages, Finnish and Russian, with their thousands and
	// billions below.
	"milionu": "m", "milionů": "m", "milión": "m", "milióny": "m", "miliónov": "m", "milijun": "m", "milijuna": "m",
	"millió": "m", "milioane": "m", "milyon": "m", "miljon": "m", "miljoner": "m", "millioner": "m", "miljoonaa": "m",
	"млн": "m", "миллион": "m", "миллиона": "m", "миллионов": "m",
	"tysięcy": "k", "tysiecy": "k", "tysiące": "k", "tysiace": "k", "tisíc": "k", "tisic": "k", "tisíce": "k", "tisice": "k",
	"tusen": "k", "tuhatta": "k", "тыс": "k",
	// Danish, Icelandic, Hungarian, Estonian, Slovene, Croatian, Russian,
	// Ukrainian, Bulgarian, Indonesian and Malay, Vietnamese, Swahili,
	// Persian, Hindi and Arabic: their thousands, millions and billions.
	"tusind": "k", "þúsund": "k", "ezer": "k", "tuhat": "k", "tisoč": "k", "tisuća": "k", "tisuće": "k", "tisuca": "k",
	"tisuce": "k", "тысяч": "k", "тысячи": "k", "тысяча": "k", "тис": "k", "тисяч": "k", "тисячі": "k", "хиляди": "k",
	"ribu": "k", "elfu": "k", "هزار": "k", "हज़ार": "k", "हजार": "k",
	"tisoc": "k", "þusund": "k", "nghin": "k", "ngan": "k", "الف": "k", "الفا": "k", "الاف": "k",
	"juta": "m", "triệu": "m", "trieu": "m", "milijon": "m", "milijona": "m", "милиона": "m", "мільйонів": "m",
	"мільйона": "m", "مليون": "m", "ملايين": "m", "ميليون": "m", "میلیون": "m",
	"miliar": "b", "مليار": "b",
	"miliard": "b", "miliardy": "b", "miliardów": "b", "miliardow": "b", "miliardů": "b", "miliardu": "b", "milijardi": "b",
	"milliárd": "b", "miliarde": "b", "milyar": "b", "miljarder": "b", "milliarder": "b", "miljardia": "b", "млрд": "b",
	"b": "b", "bn": "b", "billion": "b", "billions": "b", "milliard": "b", "milliards": "b", "trillion": "e12", "trillions": "e12",
	"mrd": "b", "miliardi": "b", "miliardo": "b", "milliarden": "b", "mld": "b", "miljard": "b", "bilhoes": "b", "bilhões": "b",
	// Indian numbering: a crore is ten million, a lakh a hundred thousand.
	// Greek: "1,8 εκατ.", "3 δισ.", "40 χιλ.".
	"εκατ": "m", "εκατομμυρια": "m", "εκατομμυριο": "m", "δισ": "b", "δισεκατομμυρια": "b", "χιλ": "k", "χιλιαδες": "k",
	"crore": "e7", "crores": "e7", "cr": "e7", "lakh": "e5", "lakhs": "e5", "lac": "e5", "lacs": "e5",
	"%": "pct", "percent": "pct", "per cent": "pct",
	// In German, Dutch, Polish and Czech; "pour cent", "por ciento", "per
	// cento" are read as two words (normalize).
	"prozent": "pct", "procent": "pct", "procento": "pct", "procenta": "pct", "procentu": "pct",
	"x": "x",
}

// verbPrefixes make new verbs of old ones, irregular forms and all:
// "rebuilt", "overran", "undertook", "outgrew".
var verbPrefixes = []string{"re", "over", "under", "out", "up", "mis", "with"}

// irregular verb forms that a suffix stemmer cannot join.
var irregular = map[string]string{
	"led": "lead", "ran": "run", "won": "win", "grew": "grow", "grown": "grow",
	"built": "build", "wrote": "write", "written": "write", "taught": "teach",
	"spoke": "speak", "spoken": "speak", "found": "find", "made": "make",
	"began": "begin", "begun": "begin", "drove": "drive", "driven": "drive",
	"brought": "bring", "sold": "sell", "held": "hold", "chose": "choose",
	"chosen": "choose", "gave": "give", "given": "give", "took": "take",
	"taken": "take", "rose": "rise", "risen": "rise", "saw": "see", "seen": "see",
	"went": "go", "gone": "go", "did": "do", "done": "do", "kept": "keep",
	"left": "leave", "met": "meet", "paid": "pay", "set": "set", "shot": "shoot",
	"stood": "stand", "thought": "think", "understood": "understand", "won't": "will",
	"cut": "cut", "fell": "fall", "fallen": "fall", "flew": "fly", "flown": "fly",
	"oversaw": "oversee", "overseen": "oversee", "spun": "spin", "sent": "send",
	"spent": "spend", "lent": "lend", "bought": "buy", "caught": "catch",
	"fought": "fight", "sought": "seek", "hung": "hang", "dealt": "deal",
	"meant": "mean", "learnt": "learn", "drew": "draw", "drawn": "draw",
	"children": "child", "men": "man", "women": "woman", "people": "person",
	"analyses": "analysis", "theses": "thesis", "criteria": "criterion",
	"data": "data", "media": "media",
}

// stem returns the matching key of a folded, lower-case word.
func stem(w string) string {
	if w == "" {
		return w
	}
	if c := w[0]; c >= '0' && c <= '9' {
		return strings.ReplaceAll(w, ",", "")
	}
	return wordOf(w).key
}

// unitWords are units of measure written out, keyed as their symbols
// are: "120 kilometres" is the profile's "120 km", "a 40-kilogram sack"
// its "40 kg". Only symbols that are no word ("ha" is Spanish: see
// unitSymbols; "m" is a million's key).
var unitWords = map[string]string{
	"kilogram": "kg", "kilograms": "kg", "kilogramme": "kg", "kilogrammes": "kg", "kilogramm": "kg", "kilogramos": "kg", "kilogrammi": "kg",
	"kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km", "kilometro": "km", "kilometros": "km", "kilometri": "km",
	"hectolitre": "hl", "hectolitres": "hl", "hectoliter": "hl", "hectoliters": "hl", "hektoliter": "hl",
}

// stemUnits are unitKeys and unitWords in one map, for stemUncached to
// look up once.
var stemUnits = func() map[string]string {
	m := maps.Clone(unitKeys)
	maps.Copy(m, unitWords)
	return m
}()

// abbreviations are short forms written for a longer word on profiles.
var abbreviations = map[string]string{
	"maths": "mathematics", "math": "mathematics", "econ": "economics", "uni": "university",
	"govt": "government", "mgmt": "management", "intl": "international", "eng": "engineering",
	"dept": "department", "depts": "department", "comms": "communications", "mktg": "marketing",
	"mfg": "manufacturing", "mgr": "manager", "asst": "assistant", "acct": "account", "accts": "accounts",
	"bldg": "building", "svcs": "services", "reqs": "requirements",
}

func stemUncached(w string) string {
	if u, ok := stemUnits[w]; ok {
		return u
	}

	if long, ok := abbreviations[w]; ok {
		w = long
	}
	if r, ok := irregular[w]; ok {
		return r
	}
	for _, pre := range verbPrefixes {
		// "rebuilt" is "rebuild" as "built" is "build"; "undertook".
		if rest, ok := strings.CutPrefix(w, pre); ok && len(rest) >= 3 {
			if r, ok := irregular[rest]; ok && r != rest {
				return pre + r
			}
		}
	}
	// "J.D." and "U.S." lose their dots.
	if strings.Contains(w, ".") {
		return strings.ReplaceAll(w, ".", "")
	}
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if len(w) <= 3 {
		return w
	}
	return english.Stem(w, true)
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return asciiWord[r]
	}
	return isWideWordRune(r)
}

// isWideWordRune is isWordRune of a rune past ASCII, kept apart so that
// isWordRune is small enough to be inlined in the tokenizer's loops.
func isWideWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '²' || r == '³' || subscriptDigit(r)
}

// plainGap marks the ASCII bytes between words that scanWith passes over
// with nothing to do: neither a letter nor a digit, nor a mark that ends
// a sentence or is a percentage.
var plainGap = func() (t [256]bool) {
	for c := range utf8.RuneSelf {
		t[c] = !asciiWord[c] && !strings.ContainsRune(".!?;:\n%", rune(c))
	}
	return t
}()

// asciiLetters marks the ASCII letters.
var asciiLetters = func() (t [256]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z'
	}
	return t
}()

// asciiWord marks the ASCII letters and digits.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9'
	}
	return t
}()

// tokenize splits s into words. Hyphens and slashes split words
// ("first-year" is two), apostrophes and dotted abbreviations do not
// ("client's", "J.D."), and a number keeps its decimal point and
// thousands separators while a unit stuck to it becomes its own token
// ("£1.2bn" is "1.2" and "bn").
func tokenize(s string, toks []token) []token { return tokenizeWith(s, toks, nil) }

// tokenizeWith is tokenize looking words up in memo first, when set.
func tokenizeWith(s string, toks []token, memo *wordMemo) []token {
	n := len(toks)
	toks = scanWith(s, toks, memo)
	return normalize(s, toks, n)
}

// scan splits s into words as they are written; tokenize then reads
// numbers in words, elisions and Chinese, Japanese and Korean text (see
// normalize).
func scan(s string, toks []token) []token { return scanWith(s, toks, nil) }

// scanWith is scan looking words up in memo first, when set.
func scanWith(s string, toks []token, memo *wordMemo) []token {
	i := 0
	sentence := true
	prevEnd := 0
	for i < len(s) {
		if plainGap[s[i]] {
			i++ // a space, a comma: most bytes between words need nothing below
			continue
		}
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			switch r {
			case '.', '!', '?', ';', ':', '\n':
				// A dot right after a single letter ("v.") is an abbreviation;
				// after "40%" or "5" it ends the sentence.
				// A dot with a letter right after it is inside a name
				// ("PGConf.Asia", "Amazon.com").
				glued := r == '.' && i+1 < len(s) && asciiLetter(s[i+1]) && i > 0 && asciiLetter(s[i-1])
				// "Dr. Hoffmann", "St. Gallen": a title's dot.
				glued = glued || r == '.' && len(toks) > 0 && toks[len(toks)-1].end == i && dottedTitle(s[toks[len(toks)-1].start:i])
				if !glued && (r != '.' || len(toks) == 0 || toks[len(toks)-1].end-toks[len(toks)-1].start > 1 || toks[len(toks)-1].end != i || !asciiLetter(s[i-1])) {
					sentence = true
				}
			}
			// "40%", and "40 %" as French and Spanish write it.
			if r == '%' && len(toks) > 0 && toks[len(toks)-1].number && strings.Trim(s[toks[len(toks)-1].end:i], " \u00a0\u202f") == "" {
				toks = append(toks, token{start: i, end: i + 1, key: "pct", lower: "%"})
			}
			i += size
			continue
		}
		if (r == 'v' || r == 'V') && versionAt(s, i) {
			i++ // "PCI DSS v4.0" is "PCI DSS 4.0"
			continue
		}
		start := i
		j := i
		digit := '0' <= r && r <= '9' || r >= utf8.RuneSelf && unicode.IsDigit(r)
		// Most words are ASCII letters, and most numbers ASCII digits:
		// their run is skipped here at a table load a byte, as the loop
		// below would take it, which then reads what is left.
		if digit {
			for j < len(s) && isDigit(s[j]) {
				j++
			}
		} else {
			for j < len(s) && asciiLetters[s[j]] {
				j++
			}
		}
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiWord[c] && (!digit || c <= '9') {
				if !digit && c <= '9' { // a digit in a word
					if j-start <= 3 && 'A' <= s[start] && s[start] <= 'Z' && glueCurrencies[strings.ToLower(s[start:j])] {
						break // "RM1.5 billion", "Rs500 crore", "CHF3m": a currency before its amount
					}
					if j > start && s[j-1] >= utf8.RuneSelf {
						if p, _ := utf8.DecodeLastRuneInString(s[:j]); isCJK(p) {
							break // "分野で1,800件": the number is a word of its own
						}
					}
				}
				j++ // a letter or digit of a word, or a digit of a number
				continue
			}
			if c := s[j]; c < utf8.RuneSelf && !asciiWord[c] && c != '\'' && c != '.' && (!digit || c != ',' && c != ' ') {
				// A space or a mark of ASCII punctuation that none of the
				// cases below keeps in the word: most words end here.
				break
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				if digit && unicode.IsLetter(r) && (isUnitAt(s, j) || isDigit(s[j-1]) && gluedUnitAt(s, j)) {
					break
				}
				j += size
				continue
			}
			// Inner punctuation that stays in a word.
			if j+1 < len(s) {
				next, _ := utf8.DecodeRuneInString(s[j+size:])
				switch {
				case (r == '\'' || r == '’') && unicode.IsLetter(next) && !digit:
					j += size
					continue
				case (r == '.' || r == ',') && digit && unicode.IsDigit(next):
					j += size
					continue
				case digit && thousandsSpace(r) && threeDigits(s[j+size:]) && spacedGroups(s[start:j]) && groupEnds(s[j+size+3:]):
					// "1 400 heures", "2 300 varumärken": French, Polish
					// and the Nordic languages group thousands with a space.
					j += size
					continue
				case (r == '\'' || r == '’') && digit && threeDigits(s[j+size:]):
					// "1'900 Liter": the Swiss thousands separator.
					j += size
					continue
				case r == '.' && !digit && (j-start == 1 || j-start >= 3 && s[j-2] == '.') && unicode.IsLetter(next):
					// "J.D", "U.S", "S.T.A.B.L.E": single letters joined by dots.
					j += size
					continue
				}
			}
			if digit && r >= utf8.RuneSelf && vulgarFractions[r] != "" {
				j += size // "3½"
			}
			break
		}
		// Keep the closing dot of "J.D." in the span.
		if j < len(s) && s[j] == '.' && strings.Contains(s[start:j], ".") && !digit {
			j++
		}
		raw := s[start:j]
		// The token is written in place: it is large, and most of a
		// check's words pass here.
		toks = append(toks, token{start: start, end: j, sentStart: sentence, punctBefore: s[prevEnd:start], number: digit})
		t := &toks[len(toks)-1]
		if digit {
			t.lower = strings.ToLower(westernDigits(dropSpaces(raw)))
			if r, n := utf8.DecodeLastRuneInString(raw); r >= utf8.RuneSelf && vulgarFractions[r] != "" && isNumeric(raw[:len(raw)-n]) {
				t.lower = raw[:len(raw)-n] + vulgarFractions[r] // "3½" is 3.5
			}
			t.key = numberKey(t.lower)
		} else if memo != nil {
			setWord(t, memo.get(raw))
		} else {
			wi := wordOf(raw)
			setWord(t, &wi)
		}
		punctBefore := t.punctBefore
		sentence = false
		prevEnd = j
		i = j
		if digit && strings.HasSuffix(punctBefore, "%") && (len(punctBefore) == 1 || strings.HasSuffix(punctBefore, " %") || strings.HasSuffix(punctBefore, "(%")) &&
			(j == len(s) || s[j] != '%') {
			// "%8,5", "yüzde %22": Turkish writes the sign before the
			// number; the percentage is read as "8,5%" is.
			toks = append(toks, token{start: j, end: j, key: "pct", lower: "%"})
		}
		// A unit stuck to a number: "6M", "1.2bn", "10x".
		if digit && i < len(s) {
			if n := unitLen(s[i:]); n > 0 {
				u := strings.ToLower(s[i : i+n])
				toks = append(toks, token{start: i, end: i + n, key: unitKeys[u], lower: u})
				i += n
				prevEnd = i
			}
		}
	}
	return toks
}

// gluedUnitAt reports whether s[j:] starts with a unit of time or measure
// that ends the word, written on its number: "22wks", "1hr", "5km",
// "6yrs". The unit is then a word of its own.
func gluedUnitAt(s string, j int) bool {
	e := j
	for e < len(s) && asciiLetter(s[e]) {
		e++
	}
	if e == j || e-j > 8 {
		return false
	}
	if e < len(s) && s[e] >= utf8.RuneSelf {
		// A letter of another alphabet goes on the word; Chinese or
		// Japanese after it ("275kVガス") does not.
		if r, _ := utf8.DecodeRuneInString(s[e:]); !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return false
		}
	}
	u := strings.ToLower(s[j:e])
	if durationUnits[u] || physicalUnits[u] != "" {
		return true
	}
	// Any short unit ("350mg", "40Mbps", "5G"), but not an ordinal's
	// ending ("3rd") or a decade's ("1990s").
	return e-j <= 4 && !ordinalEnds[u] && u != "s"
}

// ordinalEnds are the endings of ordinals written in figures.
var ordinalEnds = wordSet("st nd rd th")

// isUnitAt reports whether s[j:] starts with a unit that ends the word.
func isUnitAt(s string, j int) bool { return unitLen(s[j:]) > 0 }

// unitLen is the length of a unit at the start of s that is not followed by
// more letters, or 0.
func unitLen(s string) int {
	for _, u := range [...]string{"mm", "mn", "bn", "k", "m", "b", "x"} {
		if len(s) >= len(u) && strings.EqualFold(s[:len(u)], u) {
			if len(s) == len(u) {
				return len(u)
			}
			r, _ := utf8.DecodeRuneInString(s[len(u):])
			if !unicode.IsLetter(r) {
				return len(u)
			}
		}
	}
	return 0
}

// glueCurrencies are the currencies written straight before their amount
// ("RM1.5 billion", "Rs500 crore", "CHF3m", "EUR2.4bn").
var glueCurrencies = wordSet("rm rs rp kr chf usd eur gbp inr zar aed sar myr idr sgd hkd aud cad nzd jpy cny pln czk huf sek nok dkk brl mxn ngn kes")

func shape(t *token, raw string) {
	r, _ := utf8.DecodeRuneInString(raw)
	t.capital = unicode.IsUpper(r)
	letters, upper := 0, 0
	for k, r := range raw {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
				if k > 0 {
					t.mixedCaps = true
				}
			}
		}
	}
	t.acronym = letters >= 2 && upper == letters
	if t.acronym {
		t.mixedCaps = false
	}
}

// isPluralAcronym reports whether w is two or more capitals and an "s".
func isPluralAcronym(w string) bool {
	if len(w) < 3 || w[len(w)-1] != 's' {
		return false
	}
	for i := 0; i < len(w)-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// asciiLetter reports whether c is an ASCII letter.
func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// dottedTitle reports whether w is a word written with a dot before a
// name, which does not end the sentence: Dr, Prof, Mr, Mrs, Ms, Mx, St,
// Mt, Ste, and Rs (rupees).
func dottedTitle(w string) bool {
	if len(w) < 2 || len(w) > 4 {
		return false
	}
	for _, t := range [...]string{"dr", "prof", "mr", "mrs", "ms", "mx", "st", "mt", "ste", "rs"} {
		if strings.EqualFold(w, t) {
			return true
		}
	}
	return false
}

// vulgarFractions are the fractions written as one character after a
// number, as decimals: "3½" is 3.5.
var vulgarFractions = map[rune]string{'½': ".5", '¼': ".25", '¾': ".75"}

// versionAt reports whether a word at s[i] is a version number: "v4.0",
// "V2.1", "v3" (not "V8", a name).
func versionAt(s string, i int) bool {
	if s[i] != 'v' && s[i] != 'V' || i+1 >= len(s) || !isDigit(s[i+1]) {
		return false
	}
	if i > 0 {
		if p, _ := utf8.DecodeLastRuneInString(s[:i]); isWordRune(p) {
			return false
		}
	}
	j := i + 1
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	dotted := j+1 < len(s) && s[j] == '.' && isDigit(s[j+1])
	if dotted {
		for j++; j < len(s) && (isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])); j++ {
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); isWordRune(r) {
			return false // "v2ray", "V8s"
		}
	}
	return dotted || s[i] == 'v'
}

// coined reports whether a word is written with two capitals or more
// after its first letter and some small letters: a coined name spelled
// over a word ("ReSPECT", "StARS", "iOS"), not the word itself. "PhD",
// "McKinsey" and "GitHub" have one capital inside.
func coined(raw string) bool {
	inner, small := 0, false
	for k, r := range raw {
		switch {
		case unicode.IsUpper(r):
			if k > 0 {
				inner++
			}
		case unicode.IsLower(r):
			small = true
		}
	}
	return inner >= 2 && small
}

// hasByte is strings.Contains(s, string(c)) for an ASCII c, in a loop
// the compiler inlines: it is most often asked of the one space between
// two words, where a call to strings.Contains costs more than the test.
func hasByte(s string, c byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return true
		}
	}
	return false
}

// containsAnyASCII is strings.ContainsAny(s, chars) for chars all ASCII,
// which is most often asked of the few bytes between two words: it
// compares bytes where ContainsAny builds a set of chars on every call.
// An ASCII byte in UTF-8 is always a whole character, so the two agree on
// any s, valid UTF-8 or not.
func containsAnyASCII(s, chars string) bool {
	for i := 0; i < len(s); i++ {
		for j := 0; j < len(chars); j++ {
			if s[i] == chars[j] {
				return true
			}
		}
	}
	return false
}

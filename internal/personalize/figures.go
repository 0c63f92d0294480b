package personalize

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// tokener gives the token of a profile word or of a line word.
type tokener interface{ tok() *token }

func (t *token) tok() *token { return t }

// countedBy returns the keys of what the number toks[i] counts, onto out:
// the word a hyphen joins to it ("28-cot"), the last word of the noun
// phrase after it ("310 EV chargers", "£120m of indirect spend"), its
// unit ("40%": "pct", "6 weeks": "week"), and the noun an "of" puts
// before it ("a caseload of 1,100"), and the nouns a change is of ("cut
// claims leakage by £6m"). With all, every word of the noun
// phrase after it counts: a profile's phrase says what its number may
// count, a line's last word what it does. A label before a number is
// skipped ("60 Year 11 pupils" counts pupils), and a phrase ends at a
// verb form after its first word ("46 nurses certified").
func countedBy[T any, P interface {
	*T
	tokener
}](toks []T, i int, out []string, all bool) []string {
	at := func(k int) *token { return P(&toks[k]).tok() }
	if isLabel(at, i) {
		return out
	}
	if i >= 2 && at(i-1).lower == "of" && content(at(i-2)) && !breaksAt(at(i-1)) && !breaksAt(at(i)) {
		out = append(out, at(i-2).key)
	}
	// "cut claims leakage by £6m": what the change is of.
	if i >= 2 && at(i-1).lower == "by" && !breaksAt(at(i-1)) && !breaksAt(at(i)) {
		for k := i - 2; k >= 0 && k >= i-3 && content(at(k)) && !at(k).sentStart; k-- {
			out = append(out, at(k).key) // not the verb that starts a sentence
			if breaksAt(at(k)) {
				break
			}
		}
	}
	var run [6]string
	n, coord := 0, 0
	for j := i + 1; j < len(toks) && j <= i+6; j++ {
		t := at(j)
		if breaksAt(t) {
			if h := kindsListHead(at, j, len(toks)); n == 1 && coord == 0 && h > 0 {
				// "three thousand goose, swan and turkey quills" counts
				// quills: the words before them are a list of kinds.
				if all {
					for k := j; k < h; k++ {
						if content(at(k)) {
							out = append(out, at(k).key)
						}
					}
				}
				run[n] = at(h).key
				n++
			}
			break
		}
		switch {
		case n > 0 && coord == 0 && listJoins[t.lower] && j+1 < len(toks) && content(at(j+1)) && !breaksAt(at(j+1)):
			// "60+ professional football and rugby pitches" counts
			// pitches; "30 nurses and doctors" nurses too.
			coord = n
			continue
		case t.key == "pct":
			return append(out, "pct")
		case isScale(t.key) || t.lower == "+" || n == 0 && (t.lower == "of" || t.lower == "a" || t.lower == "an"):
			continue
		case n == 0 && j > i+1 && at(j-1).lower == "of" && (possessives[t.lower] || t.lower == "the" || t.lower == "these" || t.lower == "those"):
			continue // "18 of your titles", "all 6 of the titles"
		case t.capital && j+1 < len(toks) && isLabel(at, j+1):
			// "60 Year 11 pupils": a label, not what is counted; and
			// "120 Year 7s gaining ...": nothing after it is.
			j++
			if n := j + 1; n < len(toks) && verbForm(at(n).lower) {
				j = len(toks)
			}
			continue
		case n > 0 && t.fn && t.punctBefore == "-" && j+1 < len(toks) && at(j+1).punctBefore == "-":
			continue // "212 ballot-on-demand printers" counts printers
		case n == 0 && (durationUnits[t.lower] || physicalUnits[t.lower] != ""):
			return append(out, t.key)
		case n == 0 && j+1 < len(toks) && areaWords[t.lower] && areaUnits[at(j+1).lower] != "" && !breaksAt(at(j+1)):
			return append(out, areaUnits[at(j+1).lower]) // "400 square metres" is "400 sqm"
		case !content(t) || listJoins[t.lower] || n > 0 && (t.punctBefore != "-" && (strings.HasSuffix(t.lower, "ing") || strings.HasSuffix(t.lower, "ed")) ||
			thirdVerbs[t.lower] || clauseVerbs[t.lower] || adverbsAfter[t.lower]):
			// A compound's last word is no verb: "lobe-finned fish".
			// "four titles says a lot": the verb after what is counted.
			j = len(toks)
			continue
		}
		if j == i+1 && t.punctBefore == "-" && !all {
			out = append(out, t.key) // "28-cot neonatal unit": cots
		}
		run[n] = t.key
		n++
		if j+1 < len(toks) && ownerEnd(t, at(j+1)) {
			break // "two line stations' task cards" counts stations
		}
	}
	switch {
	case n == 0:
	case all:
		out = append(out, run[:n]...)
	case coord > 0 && coord < n:
		out = append(out, run[coord-1], run[n-1])
	default:
		out = append(out, run[n-1])
	}
	return out
}

// adverbsAfter end what a number counts: "twelve Lely robots back in
// 2021", "six sites ago".
var adverbsAfter = wordSet("back ago today now again there here already still together apart away overall since")

// clauseVerbs are verbs a line puts after what it counts: "seven
// designers speaks volumes", "three titles shows reach".
var clauseVerbs = wordSet("says shows speaks stands makes means sounds tells reads puts deserves matters looks feels caught struck")

// areaWords write a unit of area with a unit of length after them:
// "square metres", "sq ft".
var areaWords = map[string]bool{"square": true, "sq": true}

// areaUnits are units of length by the one-word unit of area they make
// after areaWords.
var areaUnits = map[string]string{"m": "sqm", "metre": "sqm", "metres": "sqm", "meter": "sqm", "meters": "sqm",
	"ft": "sqft", "foot": "sqft", "feet": "sqft", "km": "km²", "kilometre": "km²", "kilometres": "km²",
	"kilometer": "km²", "kilometers": "km²"}

// areaClass is the unit class of a unit of area written in two words, a
// then b ("square metres": "m2"), or "".
func areaClass(a, b *token) string {
	if !areaWords[a.lower] || breaksAt(b) {
		return ""
	}
	return physicalUnits[areaUnits[b.lower]]
}

// ownerEnd reports whether t is an owner's word: "station's", or
// "stations'" (next is the token after it).
func ownerEnd(t, next *token) bool {
	return possessiveWord(t.lower) || strings.HasSuffix(t.lower, "s") && (strings.HasPrefix(next.punctBefore, "'") || strings.HasPrefix(next.punctBefore, "’"))
}

// isLabel reports whether the number toks[i] is part of a name after a
// capitalised word ("Year 11", "Band 7", "Level 3", "COVID-19",
// "NVP-2291"): it counts nothing.
func isLabel(at func(int) *token, i int) bool {
	if i == 0 {
		return false
	}
	p, t := at(i-1), at(i)
	if !t.number || !(p.capital || p.acronym) || p.fn || p.number || currencyWords[p.lower] != "" {
		return false // "EUR 40m", "TL'den 2,1 milyar": an amount, not "Band 6"
	}
	return t.punctBefore == "-" || t.punctBefore == " " && !p.sentStart
}

// labelAt reports whether the field's number at p is part of a name
// ("Band 6", "Year 11"), also at the start of a title or a name.
func (s *segment) labelAt(p int) bool {
	if isLabel(func(j int) *token { return &s.toks[j] }, p) {
		return true
	}
	if p == 0 || !(s.names || strings.HasSuffix(s.label, "title")) {
		return false
	}
	q, t := &s.toks[p-1], &s.toks[p]
	return t.number && (q.capital || q.acronym) && !q.fn && !q.number && (t.punctBefore == " " || t.punctBefore == "-")
}

// content reports whether t is a word that can be what a number counts.
func content(t *token) bool { return t.key != "" && !t.number && !t.fn && !t.cjk && len(t.lower) > 1 }

// breaksAt reports whether punctuation before t ends a noun phrase.
func breaksAt(t *token) bool {
	p := t.punctBefore
	if p == " " || p == "" {
		return false
	}
	for i := 0; i < len(p); i++ {
		if breakBytes[p[i]] {
			return true
		}
	}
	if len(p) < 3 {
		return false // too short for a curly quote or " - "
	}
	// "“" and "”" are E2 80 9C and E2 80 9D, read byte by byte.
	for i := 0; i+2 < len(p); i++ {
		if p[i] == 0xE2 && p[i+1] == 0x80 && (p[i+2] == 0x9C || p[i+2] == 0x9D) || p[i] == ' ' && p[i+1] == '-' && p[i+2] == ' ' {
			return true
		}
	}
	return false
}

// breakBytes are the ASCII marks that break a phrase: ",;:.!?()[]" and a
// straight double quote.
var breakBytes = func() (t [256]bool) {
	for _, c := range []byte(",;:.!?()[]\"") {
		t[c] = true
	}
	return t
}()

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// figure is a number on the profile and one thing it counts ("" when it
// counts nothing the words say).
type figure struct {
	num, noun string
	seg, pos  int32
}

// addFigures notes what each number of a field counts. Ordinals ("500th")
// count nothing.
func (x *Index) addFigures(si int32, toks []token) {
	var buf [8]string
	for i := range toks {
		t := &toks[i]
		if !t.number || t.decade || !isNumeric(t.key) {
			continue
		}
		nouns := countedBy(toks, i, buf[:0], true)
		if len(nouns) == 0 {
			nouns = append(nouns, "")
		}
		for _, n := range nouns {
			// A number that counts nothing the words say is kept whatever
			// the line: a line's figure may be a rounding of it
			// (approxFound), which a one-off index must find as the whole
			// profile's does.
			if x.only != nil && !x.wants(t.key) && n != "" && !x.wants(n) {
				continue
			}
			x.figs = append(x.figs, figure{num: t.key, noun: n, seg: si, pos: int32(i)})
		}
	}
}

// counts reports whether the profile counts noun with some number.
func (x *Index) counts(noun string) bool {
	for _, f := range x.figs {
		if f.noun == noun {
			return true
		}
	}
	return false
}

// countsNext reports whether what the line's number toks[i] counts is
// counted by a number on the profile.
func (x *Index) countsNext(toks []lineTok, i int) bool {
	var buf [4]string
	for _, n := range countedBy(toks, i, buf[:0], false) {
		if x.counts(n) {
			return true
		}
	}
	return false
}

// unitClass is the kind of unit a number's next word makes it: a
// percentage, an amount (thousands, millions, billions), a length of
// time, a physical unit, or "" for none.
func unitClass(key, lower string) string {
	switch {
	case key == "pct":
		return "pct"
	case isScale(key):
		// The scale is in the number's key: "£3.8m" and "£3,800,000" are
		// one amount.
		return "amount"
	case durationUnits[lower]:
		return timeUnits[lower] // "3 days" is not "3 weeks"
	case pointWords[key]:
		return "pts"
	}
	if u, ok := physicalUnits[lower]; ok {
		return u
	}
	return ""
}

// timeUnits name each unit of time by one word: "yrs" is "year".
var timeUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"mo": "month", "mos": "month", "week": "week", "weeks": "week", "wk": "week", "wks": "week",
	"day": "day", "days": "day", "hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
}

// physicalUnits are units of measure, by the unit they write.
var physicalUnits = map[string]string{
	"t": "t", "tonne": "t", "tonnes": "t", "ton": "t", "tons": "t", "kg": "kg", "kilograms": "kg",
	"kv": "kv", "mw": "mw", "gw": "gw", "kw": "kw", "mwh": "mwh", "gwh": "gwh", "km": "m", "kilometre": "m", "kilometres": "m",
	"kilometer": "m", "kilometers": "m",
	"miles": "mi", "mi": "mi", "sqm": "m2", "m2": "m2", "sqft": "ft2", "litres": "l", "liters": "l",
	"beds": "beds", "bed": "beds", "m²": "m2", "ft²": "ft2", "km²": "km2", "ha": "ha", "hectares": "ha", "acres": "acre",
	"hl": "hl", "hectolitres": "hl", "gb": "gb", "tb": "tb", "metre": "m", "metres": "m", "meter": "m",
	"meters": "m", "ms": "ms", "millisecond": "ms", "milliseconds": "ms", "mph": "mph", "kmh": "kmh",
	"ml": "ml", "mld": "ml/d", "h": "hour", "uur": "hour", "stunden": "hour", "heures": "hour", "horas": "hour", "fps": "fps", "bps": "bp", "bp": "bp", "hz": "hz", "khz": "khz", "mhz": "mhz", "ghz": "ghz", "rpm": "rpm",
	"oz": "oz", "ounce": "oz", "ounces": "oz", "moz": "oz", "koz": "oz", "mt": "t", "bbl": "bbl", "barrels": "bbl",
	"mbbl": "bbl", "kbbl": "bbl", "mmbbl": "bbl", "boe": "boe", "mboe": "boe", "kboe": "boe",
	"psi": "psi", "kva": "kva", "mva": "mva", "mb": "mb", "teu": "teu", "teus": "teu", "mtpa": "mtpa", "bpd": "bpd", "ppm": "ppm",
	// The singular a compound writes: "a 3.2-hectare maze", "a 40-litre keg".
	"hectare": "ha", "acre": "acre", "kilogram": "kg", "litre": "l", "liter": "l", "hectolitre": "hl", "barrel": "bbl",
	"mile": "mi",
}

// sameUnit reports whether the line's number toks[k] is on the profile
// with the same kind of unit, or without one: "£9m" is not the profile's
// "9%", nor "8 days" its "8%", nor "35 points" its "35%", nor "$240m" its
// "£240m".
func (x *Index) sameUnit(toks []lineTok, k int) bool {
	line := ""
	nx := k + 1
	scaled := nx < len(toks) && isScale(toks[nx].key) && toks[k].key != toks[k].lower
	if scaled {
		for nx < len(toks) && isScale(toks[nx].key) {
			nx++ // "410k hours", "2万4千TEU": the scales are in the number's value
		}
	} else if nx < len(toks) && scaledUnits[toks[nx].lower] > 0 && toks[k].key != toks[k].lower {
		scaled = true // "2.4 Moz" for "2.4 million ounces"
	}
	if nx < len(toks) && !breaksAt(&toks[nx].token) { // "in 2022, Ms Otsuka": no unit after a comma
		line = unitClass(toks[nx].key, toks[nx].lower)
		if line == "" && nx+1 < len(toks) {
			line = areaClass(&toks[nx].token, &toks[nx+1].token)
		}
	}
	if line == "" && k >= 3 && toks[k-1].lower == "to" && toks[k-3].number {
		line = unitClass(toks[k-2].key, toks[k-2].lower) // "from 19 days to 6"
	}
	money := currencyOf(toks, k)
	if line == "" && money == "" {
		// "Year 7s gaining ...": a label counts nothing.
		return !countsNoun(toks, k) || isLabel(func(j int) *token { return &toks[j].token }, k) || x.bareSomewhere(toks[k].key) ||
			x.countsAs(toks, k) // "2,300,000 passengers" for "2.3 million passengers"
	}
	for _, o := range x.post[toks[k].key] {
		seg := &x.segs[o.seg]
		if seg.kind == segVocab {
			continue
		}
		if m := currencyOf(seg.toks, int(o.pos)); money != "" && m != "" && !sameMoney(m, money) {
			continue
		}
		if line == "" {
			if money != "" && physicalAfter(seg.toks, int(o.pos)) {
				continue // "$2.1m of ore" is not "2.1 Mt of ore"
			}
			return true
		}
		c := ""
		q := int(o.pos) + 1
		if scaled && q < len(seg.toks) && isScale(seg.toks[q].key) && seg.toks[o.pos].key != seg.toks[o.pos].lower {
			q++
		}
		if q < len(seg.toks) {
			nt := &seg.toks[q]
			c = unitClass(nt.key, nt.lower)
			if c == "" && q+1 < len(seg.toks) {
				c = areaClass(nt, &seg.toks[q+1])
			}
			if seg.toks[o.pos].key != toks[k].key {
				c = "m" // "120 m" read as metres (metresAfter)
			}
		}
		if c == "" {
			// "from 12 weeks to 3", at the end of its field too.
			c = rangeUnit(seg.toks, int(o.pos))
		}
		if c == "" && seg.labelAt(int(o.pos)) {
			continue // "Band 6 Physiotherapist" has no 6 days
		}
		if c == "" && line == "pct" && q < len(seg.toks) && !seg.toks[q].number && seg.toks[q].key != "" && !breaksAt(&seg.toks[q]) {
			continue // "212 on-farm trials" counts trials: no percentage
		}
		if c == "" || c == line {
			return true
		}
	}
	return false
}

// physicalAfter reports whether the number toks[i] has a unit of measure
// after it, a scale between them or not ("2.1 Mt", "2.1 million tonnes").
func physicalAfter(toks []token, i int) bool {
	q := i + 1
	if q < len(toks) && isScale(toks[q].key) {
		q++
	}
	return q < len(toks) && !breaksAt(&toks[q]) && physicalUnits[toks[q].lower] != ""
}

// countsNoun reports whether the line's number toks[k] counts the noun
// right after it ("62 pupils").
func countsNoun(toks []lineTok, k int) bool {
	if k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.punctBefore == " " && content(&n.token) && !n.capital && !durationUnits[n.lower] && !isScale(n.key)
}

// bareSomewhere reports whether the profile has the number key as other
// than a percentage or an amount of money somewhere: "62 pupils" is not
// the profile's "down 62%" when every 62 it has is one.
func (x *Index) bareSomewhere(key string) bool {
	for _, o := range x.post[key] {
		seg := &x.segs[o.seg]
		if seg.kind == segVocab || seg.toks[o.pos].key != key {
			continue
		}
		// "80萬個": a Chinese or Japanese scale is in the number's value,
		// as sameUnit reads a line's; the unit comes after it.
		next := int(o.pos) + 1
		if seg.toks[o.pos].key != seg.toks[o.pos].lower {
			for next < len(seg.toks) && isScale(seg.toks[next].key) && !isASCII(seg.toks[next].lower) {
				next++
			}
		}
		c := ""
		if next < len(seg.toks) {
			nt := &seg.toks[next]
			c = unitClass(nt.key, nt.lower)
		}
		if c != "pct" && c != "amount" && currencyOf(seg.toks, int(o.pos)) == "" {
			return true // a count, or a measure the line may word otherwise ("sq m" for "m²")
		}
	}
	return false
}

// currencyOf is the currency of the number toks[i]: its symbol ("£",
// "€", "$" of any dollar, "¥"), or the code or word before or after it
// ("EUR 40m", "180 millones de euros"), "" for none.
func currencyOf[T any, P interface {
	*T
	tokener
}](toks []T, i int) string {
	at := func(k int) *token { return P(&toks[k]).tok() }
	if c := currencySigns(at(i).punctBefore); c != "" {
		return c
	}
	if i > 0 {
		if c := currencyWords[at(i-1).lower]; c != "" {
			return c
		}
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := at(k)
		if c := currencyWords[t.lower]; c != "" && !breaksAt(t) {
			return c
		}
		if !isScale(t.key) && t.lower != "de" && t.lower != "of" {
			break
		}
	}
	return ""
}

// currencySigns is the currency of the last currency sign in p.
func currencySigns(p string) string {
	for i := len(p) - 1; i >= 0; {
		r, n := utf8.DecodeLastRuneInString(p[:i+1])
		switch r {
		case '£':
			return "gbp"
		case '€':
			return "eur"
		case '$':
			return "usd"
		case '¥', '￥':
			return "jpy"
		}
		i -= n
	}
	return ""
}

// currencyWords name a currency before or after an amount.
var currencyWords = map[string]string{
	"gbp": "gbp", "pounds": "gbp", "sterling": "gbp", "eur": "eur", "euro": "eur", "euros": "eur",
	"usd": "usd", "dollars": "usd", "sgd": "usd", "aud": "usd", "cad": "usd", "hkd": "usd",
	"jpy": "jpy", "yen": "jpy", "円": "jpy", "aed": "aed", "dirhams": "aed", "sar": "sar", "riyals": "sar",
	"chf": "chf", "inr": "inr", "rupees": "inr", "rs": "inr", "cny": "cny", "rmb": "cny", "yuan": "cny", "zar": "zar",
	"sek": "sek", "nok": "nok", "dkk": "dkk", "pln": "pln", "zloty": "pln", "brl": "brl", "mxn": "mxn",
	"ngn": "ngn", "naira": "ngn", "kes": "kes", "qar": "qar", "krw": "krw", "idr": "idr", "myr": "myr",
	"zl": "pln", "zł": "pln", "zlotys": "pln", "czk": "czk", "kc": "czk", "kč": "czk", "huf": "huf", "forint": "huf",
	"tl": "try", "lira": "try", "reais": "brl", "vnd": "vnd", "dong": "vnd", "thb": "thb", "baht": "thb", "ron": "ron",
	"lei": "ron", "egp": "egp", "twd": "twd", "nzd": "nzd", "rm": "myr", "ringgit": "myr", "rp": "idr", "rupiah": "idr",
	// The currencies' names as Polish and Czech write them after a number.
	"korun": "czk", "koruny": "czk", "koruna": "czk", "złotych": "pln", "zlotych": "pln",
	"dolarów": "usd", "dolarow": "usd", "dolarů": "usd", "dolaru": "usd", "funtów": "gbp", "funtow": "gbp", "liber": "gbp",
	"kronor": "sek", "krona": "sek", "kroner": "kr", "krone": "kr", "kr": "kr", "isk": "isk", // a crown of Norway, Denmark or Sweden: "kr" (sameMoney)
}

// rangeUnit is the unit a number without one takes from the start of its
// range: "from 12 weeks to 3" makes the 3 weeks.
func rangeUnit(toks []token, i int) string {
	if i < 3 || toks[i-1].lower != "to" && toks[i-1].lower != "-" {
		return ""
	}
	if u := &toks[i-2]; toks[i-3].number {
		return unitClass(u.key, u.lower)
	}
	return ""
}

// unitProblems returns a sentence for each number of the line (at the
// indexes units) that the profile gives with another unit or currency:
// "$240m" where it has "£240m", "35 points" where it has "35%".
func unitProblems(line string, toks []lineTok, idx *Index, units []int) []string {
	var out []string
	for _, k := range units {
		said := figureSpan(line, toks[k].start, toks[k].end, toks[k].punctBefore, k+1 < len(toks) && unitClass(toks[k+1].key, toks[k+1].lower) != "", func() int { return toks[k+1].end })
		has := ""
		for _, o := range idx.post[toks[k].key] {
			seg := &idx.segs[o.seg]
			if seg.kind == segVocab || seg.labelAt(int(o.pos)) {
				continue
			}
			t := &seg.toks[o.pos]
			p := int(o.pos)
			has = figureSpan(seg.src, t.start, t.end, t.punctBefore, p+1 < len(seg.toks) && unitClass(seg.toks[p+1].key, seg.toks[p+1].lower) != "", func() int { return seg.toks[p+1].end })
			break
		}
		if has == "" || has == said {
			out = append(out, fmt.Sprintf("Says %q, which is not on their profile: give the figures their profile gives.", said))
			continue
		}
		out = append(out, fmt.Sprintf("Says %q, but their profile has %q: give the figure as their profile does.", said, has))
	}
	return out
}

// figureSpan is a number of src from start to end with the currency sign
// before it and, when unit is set, the word of its unit after it (ending
// at unitEnd()).
func figureSpan(src string, start, end int, before string, unit bool, unitEnd func() int) string {
	if c := currencySigns(before); c != "" {
		r, n := utf8.DecodeLastRuneInString(src[:start])
		if strings.ContainsRune("£$€¥￥", r) {
			start -= n
		}
	}
	if unit {
		end = unitEnd()
	}
	return src[start:end]
}

// matchedUnitDiffers reports whether the line's number toks[k], matched in
// a reference, has a unit of time or measure other than the one the
// profile gives it where the reference found it: "from nine weeks to six
// days" for "from nine weeks to six", whose six are weeks.
func (x *Index) matchedUnitDiffers(toks []lineTok, k int, res *matchResult) bool {
	if k+1 >= len(toks) {
		return false
	}
	line := unitClass(toks[k+1].key, toks[k+1].lower)
	if line == "" || line == "amount" {
		return false
	}
	for _, cl := range res.kept {
		if k < cl.first || k > cl.last || !cl.matched.has(k) {
			continue
		}
		seg := &x.segs[cl.seg]
		for p := int(cl.minPos); p <= int(cl.maxPos) && p < len(seg.toks); p++ {
			if seg.toks[p].key != toks[k].key {
				continue
			}
			c := ""
			if p+1 < len(seg.toks) {
				c = unitClass(seg.toks[p+1].key, seg.toks[p+1].lower)
			}
			if c == "" {
				c = rangeUnit(seg.toks, p)
			}
			// The line's figure with its unit elsewhere on the profile
			// ("Reklamationen um 40 % gesenkt") is that figure, whichever
			// the reference found first ("40-Meter-Fassade").
			return c != "" && c != "amount" && c != line && !x.withUnit(toks[k].key, line)
		}
	}
	return false
}

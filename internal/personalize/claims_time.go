package personalize

import "strings"

// countsUnitOf reports whether the profile has a figure of the unit after
// the line's number toks[i] with the line's next word after it too: its
// own count of the same thing.
//
// Or with a word of the three before it the same: "back into service in
// just 36 hours" for "to service in 52 hours".
func (x *Index) countsUnitOf(toks []lineTok, i int) bool {
	next := i+2 < len(toks) && !toks[i+2].fn && toks[i+2].key != ""
	for _, f := range x.figs {
		st := x.segs[f.seg].toks
		p := int(f.pos)
		if p+1 >= len(st) || st[p+1].key != toks[i+1].key {
			continue
		}
		if next && p+2 < len(st) && st[p+2].key == toks[i+2].key {
			return true
		}
		for k := max(i-3, 0); k < i; k++ {
			if toks[k].fn || toks[k].number || toks[k].key == "" || breaksAt(&toks[k+1].token) {
				continue
			}
			for q := max(p-3, 0); q < p; q++ {
				if st[q].key == toks[k].key && !st[q].fn {
					return true
				}
			}
		}
	}
	return false
}

// joinedName reports whether toks[k], capitalised, written together with
// the words before or after it in the run first..last (two to four words
// in all) is a word of the profile: "Next Billion" for "NextBillion",
// "Data Bricks" for "Databricks", "ITS European Congress" for the hashtag
// "#ITSEuropeanCongress". It reads the profile's words as written, with
// no string built, as it runs only for a word about to be called absent.
func joinedName(toks []lineTok, k, last int, idx *Index) bool {
	if !toks[k].capital && !toks[k].acronym {
		return false
	}
	joins := func(a, b int) bool { return toks[b].punctBefore == " " && (toks[b].capital || toks[b].acronym) }
	first := k
	for first > 0 && k-first < 3 && joins(first-1, first) {
		first--
	}
	end := k
	for end < last && end-k < 3 && joins(end, end+1) {
		end++
	}
	for a := first; a <= k; a++ {
		for b := max(k, a+1); b <= end && b-a < 4; b++ {
			if idx.hasJoined(toks[a : b+1]) {
				return true
			}
		}
	}
	return false
}

// hasJoined reports whether a word of the profile is the words of parts
// written together.
func (x *Index) hasJoined(parts []lineTok) bool {
	n := 0
	for i := range parts {
		n += len(parts[i].lower)
	}
	for si := range x.segs {
	next:
		for _, t := range x.segs[si].toks {
			if len(t.lower) != n {
				continue
			}
			w := t.lower
			for i := range parts {
				if !strings.HasPrefix(w, parts[i].lower) {
					continue next
				}
				w = w[len(parts[i].lower):]
			}
			return true
		}
	}
	return false
}

// politeYou are the polite "you" and "your", capitalised inside a sentence
// in Polish, German, Spanish and Czech letters ("Pani artykuł", "Ihre
// Arbeit", "Usted", "Váš"). Before a capitalised word they are a title
// with a name ("Pani Kowalska"), whose name is checked.
var politeYou = wordSet("pani pan pana panu pania panem panstwo panstwa panski panska panskie panskiego panskiej panskim pansku sie ihr ihre ihrer ihren ihrem ihres ihnen usted ustedes vas vase vasi vam " +
	// Polish and Czech letters capitalise "your" too: "Twój wykład", "Tvůj článek".
	"twoj twoja twoje twojego twojej twoim twoich twoja tvuj tvoje tvoji tvym " +
	// Dutch writes the polite "your" with a capital at a sentence's start: "Uw beheerplan".
	"uw uwe " +
	// Indonesian and Malay, Russian, Ukrainian, Turkish, the South Slavic
	// languages, Finnish and Estonian capitalise the polite "you" inside a
	// sentence: "yang Anda dirikan", "который Вы создали", "Vaš projekt".
	"anda вы вас вам вами ваш ваша ваше ваши вашего вашей вашим ваших ви ваші siz sizin size sizi " +
	"vas vasa vase vaseg vasem vasoj vasi teie teid teidan teita")

// tenureBefore reports whether toks[i] follows a length of time in years
// or months ("9 years' PQE", "10 yrs of PQE").
func tenureBefore(toks []lineTok, i int) bool {
	j := i - 1
	if j >= 1 && toks[j].lower == "of" {
		j--
	}
	if j < 1 || !toks[j-1].number {
		return false
	}
	u := timeUnits[strings.TrimSuffix(toks[j].lower, "'")]
	return u == "year" || u == "month"
}

// durationClaim reports whether the length of time toks[i] starts is a
// figure the profile must give. A tenure ("15 years in procurement", "six
// months in") is the dates' to say, and a length of time the profile does
// not give may be the recruiter's ("a 20-minute chat"); one it gives with
// another unit is its figure misread ("3 days" or "nine days" for "from 12
// weeks to 3").
func durationClaim(toks []lineTok, i int, idx *Index) bool {
	u := timeUnits[toks[i+1].lower]
	if u == "month" && i > 0 && (toks[i-1].lower == "in" || toks[i-1].lower == "within") && idx.counts("month") {
		// "in 16 months" where the profile says how many months a
		// thing took ("from A-sample to C-sample in 26 months").
		return true
	}
	if i > 0 && (toks[i-1].lower == "to" || toks[i-1].lower == "from") && idx.counts(stem(u)) {
		// "cutting time-to-theatre to 12 hours": the end of a change
		// the profile tells in the same unit ("from 4.1 days to 19
		// hours").
		if d, _ := directionBefore(func(k int) *token { return &toks[k].token }, i); d != dirNone {
			return true
		}
	}
	// A number of days or hours is a claim when the profile has it, or
	// counts the same days or hours itself ("over 2,900 days interpreted"
	// for "over 1,900 days interpreted").
	return u != "year" && u != "month" && (idx.has(toks[i].key) || idx.countsUnitOf(toks, i))
}

// durationAfter reports whether a unit of time follows the number
// toks[i]: "six years", not "40 Year 8s", where "Year 8" is a year group.
func durationAfter(toks []lineTok, i int) bool {
	if i+1 >= len(toks) || !durationUnits[toks[i+1].lower] {
		return false
	}
	n := i + 2
	return !(toks[i+1].capital && n < len(toks) && toks[n].number && isLabel(func(k int) *token { return &toks[k].token }, n))
}

// cjkTenure reports whether a word of Chinese or Japanese after a number
// makes it a length of time in years or months ("年目", "ヶ月", "个月").
func cjkTenure(w string) bool {
	for _, p := range []string{"年", "ヶ月", "か月", "カ月", "ケ月", "个月", "個月"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

// cjkDate reports whether the number toks[i] is the month or the day of a
// date written in Chinese or Japanese: "12月" (December), "12月5日".
func cjkDate(toks []lineTok, i int) bool {
	next := toks[i+1].lower
	switch {
	case strings.HasPrefix(next, "月"):
		return true
	case strings.HasPrefix(next, "日"):
		return i > 1 && strings.HasPrefix(toks[i-1].lower, "月") && toks[i-2].number
	}
	return false
}

// clauseYear returns where a year closes the clause of the reference cl
// further on than end, over common words only ("Raising £186,000 for the
// hall's new extension in 2019"), or end: the year the line gives what
// the reference tells. A name, a figure or another reference on the way
// is what a later year would date instead, and so is an award ("the
// Ecovin sustainability prize in 2022").
func (c *claimCheck) clauseYear(cl *cluster, end int) int {
	for j := cl.last + 1; j < len(c.toks) && j <= cl.last+9; j++ {
		t := &c.toks[j]
		if breaksAt(&t.token) || t.sentStart || t.scope || clauseStops[t.lower] {
			break
		}
		if t.number {
			if j > end && !t.wordNum && isYear(t.key) && !t.decade && (c.toks[j-1].lower == "in" || c.toks[j-1].lower == "back") {
				return j
			}
			break
		}
		if t.capital || t.acronym || awardNouns[t.lower] || thesisNouns[t.lower] || datedLists[t.lower] || anyOf(c.res.kept, func(k *cluster) bool { return k.first <= j && j <= k.last }) {
			break
		}
	}
	return end
}

// datedLists name a list a year dates of its own: "the 40 Under 40 list
// back in 2021".
var datedLists = wordSet("list lists shortlist longlist ranking rankings")

// nameYearElsewhere returns, for a reference whose sentence gives no year,
// the sentence of another of the candidate's own fields that writes the
// reference's name and dates it, when none of them gives the line's year:
// "Opening the Ōkataina Link in 2022" where a post about its opening has
// no year and a project says "Ōkataina Link (2024)". It returns "-" when
// one gives that year, "" when none dates the name.
func (c *claimCheck) nameYearElsewhere(cl *cluster, year string) string {
	var names []string
	for k := cl.first; k <= cl.last; k++ {
		if t := &c.toks[k]; cl.matched.has(k) && t.capital && !t.fn && !t.number && !t.sentStart {
			if _, merged := c.idx.mailMergeLabelOf(t); merged {
				return "" // an employer, a school or a place: of every year they were there
			}
			names = append(names, t.key)
		}
	}
	if len(names) == 0 {
		return ""
	}
	said := ""
	for _, o := range c.idx.post[names[0]] {
		s := &c.idx.segs[o.seg]
		if o.seg == cl.seg || s.kind == segContext || s.kind == segVocab || s.kind == segName {
			continue
		}
		lo, hi := sentenceOf(s, int(o.pos), int(o.pos))
		if !sentenceHasAll(s, lo, hi, names) {
			continue
		}
		for p := lo; p < hi; p++ {
			if pt := &s.toks[p]; pt.number && isYear(pt.key) {
				if pt.key == year {
					return "-"
				}
				if said == "" {
					said = closeParen(s.src, pt.end)[s.toks[lo].start:]
				}
			}
		}
	}
	return said
}

// sentenceHasAll reports whether the words seg.toks[a:b] hold every key
// of keys, as sentenceHas reads them.
func sentenceHasAll(seg *segment, a, b int, keys []string) bool {
	for i := range keys {
		if !sentenceHas(seg, a, b, keys[i:i+1]) {
			return false
		}
	}
	return true
}

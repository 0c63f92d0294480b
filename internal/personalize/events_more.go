package personalize

import (
	"fmt"
	"slices"
	"strings"
)

// lesserEntry reports whether an award entry says a lesser outcome than a
// win: shortlisted, nominated, a finalist.
func (x *Index) lesserEntry(e int32) bool {
	if !awardEntry(e) {
		return false
	}
	src := " " + strings.ToLower(x.entryText(e)) + " "
	return containsAny(src, lesserOutcomes) && !containsAny(src, winWords)
}

// awardRank orders entries for what was won: an award, then a
// qualification, then anything else.
func awardRank(e int32) int {
	switch {
	case e >= 0 && e/10000 == listHonor:
		return 2
	case awardEntry(e):
		return 1
	}
	return 0
}

// entryText returns the words of every field of an entry, in order,
// one line each.
func (x *Index) entryText(e int32) string {
	var b strings.Builder
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.entry != e || len(seg.toks) == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
	}
	return b.String()
}

// teamAwardFor returns an award to their team or firm that has the words
// of what the line says they won, in its order ("Pharmacy of the Year"),
// when no field of their own award found for it has them so (it holds
// "Pharmacy" only in its issuer, "Midlands Pharmacy Awards"), or nil.
func (c *claimCheck) teamAwardFor(first, last int, own *segment) *segment {
	var words []string
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; !t.fn && t.key != "" && !t.number {
			words = append(words, t.key)
		}
	}
	if len(words) < 2 {
		return nil
	}
	for si := range c.idx.segs {
		if s := &c.idx.segs[si]; (s == own || own.entry >= 0 && s.entry == own.entry) && (inOrder(s.toks, words) || hasAll(s.toks, words)) {
			return nil
		}
	}
	// The award's words in order, or all of them in another order ("your
	// Healthcare Tech Award for Best Digital Health App" for "Best
	// Digital Health App, Healthcare Tech Awards").
	for si := range c.idx.segs {
		s := &c.idx.segs[si]
		if s.kind == segContext && strings.Contains(s.whose, "award") && (inOrder(s.toks, words) || hasAll(s.toks, words)) {
			return s
		}
	}
	return nil
}

// hasAll reports whether toks have every key of keys, three or more, in
// any order.
func hasAll(toks []token, keys []string) bool {
	if len(keys) < 3 {
		return false
	}
	for _, k := range keys {
		if !slicesHasKey(toks, k) {
			return false
		}
	}
	return true
}

// inOrder reports whether toks have the keys one after another, with only
// small words between.
func inOrder(toks []token, keys []string) bool {
	for i := range toks {
		k, j := 0, i
		for j < len(toks) && k < len(keys) {
			if toks[j].key == keys[k] {
				k++
			} else if !toks[j].fn || k == 0 {
				break
			}
			j++
		}
		if k == len(keys) {
			return true
		}
	}
	return false
}

// nounWin checks a win named before a noun of winning ("your BAFTA win on
// Clyde Built", "the 2016 Dutch Tree Climbing champion"): when the profile
// holds that name only with a lesser
// outcome ("BAFTA-nominated"), it returns why, else "".
func (c *claimCheck) nounWin(i int) string {
	if !afterWins[c.toks[i].lower] || i == 0 {
		return ""
	}
	first := i
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		t := &c.toks[k]
		if !(t.acronym || t.capital && !t.sentStart || t.number && isYear(t.key)) || t.fn || breaksAt(&c.toks[k+1].token) {
			break // "your Tax Awards 2023 win": the year is the award's
		}
		first = k
	}
	for first < i && c.toks[first].number {
		first++
	}
	if first == i {
		return ""
	}
	keys := c.contentKeys(first, i-1, eventWin)
	if len(keys) == 0 {
		return ""
	}
	c.preferAward = true
	seg, ok := c.bestSegment(keys, eventWin)
	c.preferAward = false
	if !ok {
		return ""
	}
	if q := c.lesser(c.outcomeText(seg)); q != "" {
		return fmt.Sprintf("Says they won %s, but their profile says %s: say what it says.", quoteText(c.line[c.toks[first].start:c.toks[i-1].end]), q)
	}
	return ""
}

// afterWins are the nouns of a win that come after what was won: "your
// Tax Awards 2023 win", "the 2016 Dutch Tree Climbing champion".
var afterWins = wordSet("win wins winner winners champion champions laureate medallist medalist")

// outcomeText is the text, lower case and spaced, that says what came of
// the win seg holds: the field, or for an award over lines of its own the
// whole entry ("Finalist — Nurse Manager of the Year" above "Issued by
// Irish Healthcare Awards").
func (c *claimCheck) outcomeText(seg *segment) string {
	if awardEntry(seg.entry) {
		return " " + strings.ToLower(c.idx.entryText(seg.entry)) + " "
	}
	return " " + strings.ToLower(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end]) + " "
}

// matterWins say a case, a bid or a deal was won: more than winWords.
var matterWins = []string{" secured ", " successful", " upheld", " in favour", " in favor", " judgment for ", " victory",
	" prevailed", " dismissed", " acquitted", " awarded ", " landed ", " won",
	// In the languages of Europe: "Lauréate du concours",
	// "ganador", "vincitore", "Sieger", "zwycięzca", "winnaar".
	" laureate", " lauréat", " gagn", " rempor", " ganador", " ganó", " vencedor", " venceu", " vincitor", " vinto", " vinse",
	" sieger", " gewonnen", " gewann", " zwycięz", " wygra", " winnaar", " vinnare", " vann "}

// matters are things won by arguing or bidding, not awards.
var matters = wordSet("arbitration arbitrations case cases claim claims trial appeal appeals dispute disputes litigation " +
	"tender tenders bid bids pitch pitches contract contracts mandate mandates hearing hearings challenge proceedings")

// matterWin reports whether the line's won thing first..last is a case,
// a bid or a contract, rather than an award.
func (c *claimCheck) matterWin(first, last int) bool {
	for k := first; k <= last; k++ {
		if matters[c.toks[k].lower] && !c.toks[k].scope {
			return true
		}
	}
	return false
}

// eventOccs returns the occurrences of an event's word t, onto buf: the
// word's, and an initialism's written out where the word is not on the
// profile, or is only in a mail-merge field.
func (c *claimCheck) eventOccs(t *lineTok, buf []occ) []occ {
	buf = c.idx.lookup(t.key, buf)
	switch {
	case !isInitialism(&t.token):
	case len(buf) == 0:
		buf = c.idx.initialsAt(t.lower, buf)
		// A post's initials ("MD at Halden") spell the title or headline,
		// which are the fields a post is named in.
		for si := range c.idx.segs {
			if seg := &c.idx.segs[si]; seg.kind == segMailMerge {
				if p, ok := initialsIn(seg.toks, t.lower); ok {
					buf = append(buf, occ{seg: int32(si), pos: int32(p)})
				}
			}
		}
	case !slices.ContainsFunc(buf, func(o occ) bool { seg := &c.idx.segs[o.seg]; return seg.kind == segSpecific && awardEntry(seg.entry) }):
		// Written out in an award of theirs, whatever the headline, a
		// group they follow or someone else's post calls it ("RCM Award
		// winner" and "Royal College of Midwives Awards").
		for _, o := range c.idx.initialsAt(t.lower, nil) {
			if seg := &c.idx.segs[o.seg]; seg.kind == segSpecific && awardEntry(seg.entry) {
				buf = append(buf, o)
			}
		}
	}
	return buf
}

// postOwnsAward reports whether the post the line's words keys name is,
// in the award seg, the one who gives it: "Chief Midwifery Officer's
// Silver Award" makes no one Chief Midwifery Officer.
func (c *claimCheck) postOwnsAward(seg *segment, keys []int) bool {
	last := c.toks[keys[len(keys)-1]].key
	for p := range seg.toks {
		if w := seg.toks[p].lower; seg.toks[p].key == last && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
			return true
		}
	}
	return false
}

// passedIn reports whether the field seg says a step was passed that the
// line's event object toks[first..last] names: "CFA Level II Candidate
// (passed Level I, 2023)" has passed Level I, whatever it is a candidate
// for. The words after "passed", to the next comma or bracket, hold every
// number of the object but a year, and a word of it.
func (c *claimCheck) passedIn(seg *segment, first, last int) bool {
	for p := range seg.toks {
		if w := seg.toks[p].lower; w != "passed" && w != "completed" && w != "cleared" {
			continue
		}
		end := p + 1
		for end < len(seg.toks) && end <= p+4 && (end == p+1 || !breaksAt(&seg.toks[end])) {
			end++
		}
		word, all := false, true
		for k := first; k <= last; k++ {
			t := &c.toks[k]
			if t.key == "" || t.number && isYear(t.key) || !t.number && !content(&t.token) {
				continue
			}
			in := holdsAny(seg.toks, p+1, end-1, []string{t.key})
			if t.number && !in {
				all = false
			}
			word = word || !t.number && in
		}
		if word && all {
			return true
		}
	}
	// "nine of the thirteen ACCA exams" where it is part qualified, "9 of
	// 13 exams": the steps passed, as the profile counts them.
	nums := 0
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; t.number && !isYear(t.key) && !isLabel(func(j int) *token { return &c.toks[j].token }, k) {
			if !holdsAny(seg.toks, 0, len(seg.toks)-1, []string{t.key}) {
				return false
			}
			nums++
		}
	}
	return nums > 0
}

// nameGap returns the profile's words for an award's name when the line
// leaves a capitalised word out of its middle ("IET Engineer of the Year"
// for "IET Young Engineer of the Year"), which makes another award; or
// "". Words left off its ends (the issuer, the year), and a place of
// theirs left out ("DNEG Spotlight Award" for "DNEG Mumbai Spotlight
// Award"), are a shorter name.
func (c *claimCheck) nameGap(first, last int, seg *segment) string {
	prev, prevAt := -1, -1
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if t.lower == "for" {
			prev, prevAt = -1, -1 // "the Technical Excellence Award for the CR109 ...": what it was for, after the name
			continue
		}
		if t.fn && !t.capital {
			continue
		}
		if !(t.capital && !t.sentStart || t.acronym) {
			prev, prevAt = -1, -1
			continue
		}
		at := -1
		for p := max(prevAt+1, 0); p < len(seg.toks); p++ {
			if seg.toks[p].key == t.key {
				at = p
				break
			}
		}
		if at < 0 {
			prev, prevAt = -1, -1
			continue
		}
		if extra := (at - prevAt) - (k - prev); prev >= 0 && extra >= 1 && extra <= 2 {
			// Two words of the name a word or two further apart on the
			// profile than in the line.
			for p := prevAt + 1; p < at; p++ {
				if o := &seg.toks[p]; o.capital && !o.fn && !o.number && !c.spanHas(first, last, o.key) && !c.idx.locationHas(o.key) {
					return seg.src[seg.toks[prevAt].start:seg.toks[at].end]
				}
			}
		}
		prev, prevAt = k, at
	}
	return ""
}

// spanHas reports whether the line's words first..last hold key.
func (c *claimCheck) spanHas(first, last int, key string) bool {
	for k := first; k <= last; k++ {
		if c.toks[k].key == key {
			return true
		}
	}
	return false
}

// inName reports whether toks[k] is a word of a capitalised name of two
// words or more, over at most two small words ("Award for Leadership",
// "Game of the Year").
func (c *claimCheck) inName(first, k int) bool {
	for _, step := range []int{-1, 1} {
		for j, small := k+step, 0; j >= first && j < len(c.toks) && small <= 2; j += step {
			if step > 0 && (c.toks[j].sentStart || strings.ContainsAny(c.toks[j].punctBefore, ".,;:!?")) {
				break
			}
			t := &c.toks[j]
			if t.fn && !t.capital {
				small++
				continue
			}
			if t.capital && !t.sentStart {
				return true
			}
			break
		}
	}
	return false
}

// employerWord reports whether key is a word of the name of an employer
// of theirs.
func (c *claimCheck) employerWord(key string) bool {
	for _, o := range c.idx.post[key] {
		if c.idx.segs[o.seg].label == "current company" {
			return true
		}
	}
	return false
}

// locationHas reports whether a location the profile gives, its own or an
// entry's, holds key: "becoming head of yard at Ar Vag in Douarnenez" says
// where the post is, not what it is. It reads the fields, not the index,
// which for one line holds only the words the line may look up.
func (x *Index) locationHas(key string) bool {
	for i := range x.segs {
		if s := &x.segs[i]; s.label == "location" && slices.ContainsFunc(s.toks, func(t token) bool { return t.key == key }) {
			return true
		}
	}
	return false
}

// employerOf reports whether every employer's word in first..last (which
// contentKeys leaves out) is the employer of seg's entry: "promoted to
// partner at Hollis" where they are a partner elsewhere is not so.
func (c *claimCheck) employerOf(first, last int, seg *segment) bool {
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if t.capital && !t.sentStart && !roleWords[t.lower] && c.employerWord(t.key) && seg.entry >= 0 && !c.idx.inEntry(t.key, seg.entry) &&
			!(isInitialism(&t.token) && c.idx.entryInitials(seg.entry, t.lower)) {
			return false
		}
	}
	return true
}

// entryInitials reports whether a field of the entry e writes out a name
// whose initials are acr: "DCWP" for an award whose issuer is "NYC
// Department of Consumer and Worker Protection".
func (x *Index) entryInitials(e int32, acr string) bool {
	for si := range x.segs {
		if seg := &x.segs[si]; seg.entry == e {
			if _, ok := initialsIn(seg.toks, acr); ok {
				return true
			}
		}
	}
	return false
}

// lesserCongrats returns why congratulations in another language on the
// line's words first to last claim too much: they name an award of theirs
// whose outcome was less than a win, and do not say it; else "".
func (c *claimCheck) lesserCongrats(first, last int) string {
	for _, cl := range c.res.kept {
		// The award may follow the title, after a word of its own ("zum
		// Titel als Bundessiegerin im Leistungswettbewerb ...").
		after := cl.first == last+2 && c.toks[last+1].fn && !breaksAt(&c.toks[last+1].token) && !breaksAt(&c.toks[cl.first].token)
		if cl.last < first || cl.first > last && !after {
			continue
		}
		seg := &c.idx.segs[cl.seg]
		if !awardEntry(seg.entry) {
			continue
		}
		src := c.outcomeText(seg)
		q := c.lesserThan(src, false)
		if q == "" && !containsAny(src, winWords) && c.saysFirst(first, last) {
			// "birinciliğiniz için tebrikler" for an "ikincilik": a
			// first place said, where the award's is lower. Congratulations
			// on the prize alone are for whatever place it was.
			q = lesserPlace(" "+strings.ToLower(c.line)+" ", src)
		}
		if q != "" {
			return fmt.Sprintf("Congratulates them on %s, but their profile says %s (%q): say what it says.",
				quoteText(c.line[c.toks[first].start:c.toks[last].end]), q, strings.TrimSpace(src))
		}
		if said, given := scopeInflated(c.line, src); said != "" {
			// "zum Titel als Bundessiegerin" for "Landessiegerin Sachsen".
			return fmt.Sprintf("Congratulates them on %s at %s level, but their profile's award is %s (%q): say what it says.",
				quoteText(c.line[c.toks[first].start:c.toks[last].end]), said, given, strings.TrimSpace(src))
		}
	}
	return ""
}

// countPassed reports whether what a verb of passing takes is a count:
// "passing a thousand GitHub stars", "passing 10,000 subscribers".
func (c *claimCheck) countPassed(first, last int) bool {
	k := first
	if k <= last && (c.toks[k].lower == "a" || c.toks[k].lower == "the") {
		k++
	}
	return k <= last && (c.toks[k].number || c.toks[k].wordNum)
}

// atEmployer reports whether toks[k] names an employer of theirs after
// "at", alone or in a run of capitalised words of the name, within the
// event's words from first: "at Berendsen", "at Berendsen UK".
func (c *claimCheck) atEmployer(first, k int) bool {
	t := &c.toks[k]
	if !t.capital || t.sentStart || roleWords[t.lower] || !c.employerWord(t.key) {
		return false
	}
	for j := k - 1; j >= first; j-- {
		switch p := &c.toks[j]; {
		case p.lower == "at":
			return true
		case !p.capital || !c.employerWord(p.key):
			return false
		}
	}
	return false
}

// hasRole reports whether toks[first..last] name a rank or a post.
func (c *claimCheck) hasRole(first, last int) bool {
	for k := first; k <= last; k++ {
		if roleWords[c.toks[k].lower] || strings.TrimSuffix(c.toks[k].lower, "s") != c.toks[k].lower && roleWords[strings.TrimSuffix(c.toks[k].lower, "s")] {
			return true
		}
	}
	return false
}

func (c *claimCheck) hasCapital(first, last int) bool {
	for k := first; k <= last; k++ {
		if t := &c.toks[k]; (t.capital || t.acronym) && !exemptCaps[t.lower] {
			return true
		}
	}
	return false
}

// nameDash reports whether t follows a dash with no space about it, as
// the two names of a deal or a case are joined ("Fnac–Darty").
func nameDash(t *lineTok) bool {
	return (t.punctBefore == "–" || t.punctBefore == "—") && t.capital
}

// sentenceBefore is the stretch of the line's sentence before toks[i], a
// word of congratulation that ends it or is followed by one word that does
// ("tebrik ederim"), less the function words (two at most) that end the
// stretch ("için", "zu Ihrem": whose object it is); empty (first > last)
// when the sentence goes on after toks[i].
func (c *claimCheck) sentenceBefore(i int) (first, last int) {
	if n := i + 1; n < len(c.toks) && !c.toks[n].sentStart && !c.sentenceEnd(n) {
		return i + 1, i
	}
	first, last = i, i-1
	for last >= 0 && c.toks[last].fn && last > i-3 {
		last-- // "için", "zu Ihrem"
	}
	for k := last; k >= 0 && k >= i-12; k-- {
		first = k
		if c.toks[k].sentStart || strings.ContainsAny(c.toks[k].punctBefore, ";:!?()–—") {
			break
		}
	}
	return first, last
}

// sentenceEnd reports whether toks[k] is the last word of its sentence.
func (c *claimCheck) sentenceEnd(k int) bool {
	return k+1 == len(c.toks) || c.toks[k+1].sentStart
}

// saysFirst reports whether toks[first..last] say a first place:
// "birinciliğiniz", "zum 1. Platz", "first place".
func (c *claimCheck) saysFirst(first, last int) bool {
	for k := first; k <= last; k++ {
		t := &c.toks[k]
		if r, _ := rankAt(&t.token, nil); r == 1 || placeRank(t.lower) == 1 || championWords[t.lower] { // placeRank knows the Turkish places
			return true
		}
	}
	return false
}

// championWords say a champion, a first place, in the languages lines are
// written in, folded: "titre de championne", "campeón", "kampioen",
// "svensk mästare". Not "Meister" nor "mistrz", which are master
// craftsmen too.
var championWords = wordSet("champion champions championne championnes campeon campeona campeones campeao campea campeoes " +
	"campione campionessa kampioen kampioene mastare mastarinna sampiyon sampiyonu")

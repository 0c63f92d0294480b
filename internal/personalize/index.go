package personalize

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/inmail/inmail/internal/profile"
)

// segKind says how a profile field counts.
type segKind uint8

const (
	// segSpecific: a field a mail merge cannot fill (skills, descriptions,
	// past employers, schools, projects ...).
	segSpecific segKind = iota
	// segMailMerge: name, headline, current title, current company,
	// location: a template can fill them.
	segMailMerge
	// segName: the candidate's name.
	segName
	// segVocab: dates and years; they support a figure but are not content.
	segVocab
	// segContext: on the page but not their work: a post they reposted or
	// commented on, a recommendation they wrote for someone, an award to
	// their team, their interests. A line that credits them with it is
	// refused, saying whose it is.
	segContext
)

// segment is one profile string, tokenized.
type segment struct {
	field string // "skills[2]", "about", "text"
	label string // for messages: "current title", "location"
	src   string // the whole field string that spans point into
	kind  segKind
	toks  []token // spans are offsets in src
	// names is set for fields that hold names (schools, companies,
	// project names, certifications, awards), whose first word is a name
	// rather than the start of a sentence.
	names bool
	segMeta
}

// segMeta is what a field says beyond its words.
type segMeta struct {
	// entry identifies the entry the field belongs to (a position, a
	// school, a project; see entryID), -1 for none: two facts a line binds
	// together must come from one entry.
	entry int32
	// achievement is set for fields that hold something the candidate
	// did or earned (awards, publications, projects, certifications,
	// volunteering, their own posts): their words count even when a
	// mail-merge field repeats them, as a headline often repeats an award.
	achievement bool
	// whose says, for a segContext field, whose work it is, in the
	// words of a message: "a post by Tom Aldridge that they reposted".
	whose string
	// section is, for a span of a pasted page, the section the page
	// reader read it in ("publications", "patents", "activity"); fields
	// say it in their names.
	section string
}

// occ is an occurrence of a key in the profile.
type occ struct {
	seg, pos int32
}

// Index is a profile prepared for checking: build it once per profile with
// NewIndex and pass it in Options.Index so a keystroke does not re-read the
// profile. An Index is read-only and safe to share between goroutines.
type Index struct {
	segs     []segment
	post     map[string][]occ // key → where it occurs
	byPrefix map[string][]string
	// byPrefix3 lists the keys of three letters or more by their first
	// three, for clipped words of three letters ("cap", "Org"); made on
	// first use (prefix3Once), as few lines need it.
	byPrefix3   map[string][]string
	prefix3Once sync.Once
	// loan holds the names in Latin letters by their loan key, built on
	// first use (loanOnce) for a line in katakana.
	loan     map[string][]occ
	loanOnce sync.Once
	// kanaRuns are the profile's katakana words, made on first use
	// (kanaRunsOnce) for a line with katakana (partOfLoanword).
	kanaRuns     []string
	kanaRunsOnce sync.Once
	// mailMerge maps keys found in mail-merge fields to the field's label
	// (set with setMailMerge); mailMergeBits holds a hash of each of its
	// keys, so that most words of a line are not looked up in it.
	mailMerge     map[string]string
	mailMergeBits smallKeyBits
	// roots are the mail-merge words by their root, made on first use
	// (mailMergeRoot).
	roots     map[string][]rootForm
	rootsOnce sync.Once
	names     map[string]bool
	// people are the words of the names of the people the page shows
	// with the candidate: who wrote their recommendations or was
	// recommended by them, whose posts they shared. Named in a line
	// ("Janet's note about you"), they are on the page; they are no
	// reference.
	people map[string]bool
	// figs are the numbers of the profile with what each counts ("14
	// electricians": "electrician").
	figs []figure
	// entryNames says each entry in words ("their position at KPMG").
	entryNames map[int32]string
	// cur is the current position's entry, -1 if unknown: the profile's
	// location is where it is.
	cur int32
	// spans are the years each dated entry covers, first and last
	// (9999 for a position still held).
	spans map[int32][2]int
	// sections that exist, for claims such as "your book".
	hasPublications, hasHonors bool
	// only, when set, limits the lookup maps to the keys one line needs
	// (and keys sharing their first four letters): a one-off check need
	// not index every word of the profile. onlyBits holds the first three
	// bytes of the keys in only and in claimSupport (see pairOf), to rule
	// out most profile words without a map lookup.
	only     keySet
	onlyBits *pairBits
	// nearBits has the hashes of the strings in only (see wants).
	nearBits smallHashBits
	// keys is a one-off index's set for only, kept for its next check.
	keys keySet
	// arena holds the tokens of the fields, which take slices of it.
	arena []token
	// memo is the word cache of the goroutine building the index.
	memo *wordMemo
}

// pairBits is a set of key prefixes, hashed (see pairOf).
type pairBits [1 << 16 / 64]uint64

// pairOf hashes the first three bytes of k, or all of a shorter k. A key
// near a set's (Index.nearHashed) starts with the first three bytes of an entry
// of the set, or is one of fewer bytes, so a key whose prefix is not in
// the bits is near no key; three bytes rule out far more profile words
// than two.
func pairOf(k string) uint16 { return fold16(fnv32(k[:min(3, len(k))])) }

func (b *pairBits) add(k string) {
	i := pairOf(k)
	b[i/64] |= 1 << (i % 64)
}

func (b *pairBits) has(k string) bool { return b.hasBit(pairOf(k)) }

func (b *pairBits) hasBit(i uint16) bool { return b[i/64]&(1<<(i%64)) != 0 }

// claimBits are the prefixes of claimSupport.
var claimBits = func() *pairBits {
	b := new(pairBits)
	for k := range claimSupport {
		b.add(k)
	}
	return b
}()

// keySet holds keys and their four-letter prefixes.
type keySet map[string]uint8

const (
	isKey    uint8 = 1
	isPrefix uint8 = 2
	isShort  uint8 = 4
	// isTypo3 marks the first three letters of a line word of five or
	// more: a profile word sharing them may be it with its fourth letter
	// mistyped (typoOf).
	isTypo3 uint8 = 8
)

func (s keySet) add(k string) {
	s[k] |= isKey
	if len(k) >= 4 && !isDigit(k[0]) {
		s[k[:4]] |= isPrefix
	}
}

// addShort adds a word of three letters as the start of longer keys too
// ("cap" for "capital"), and the first three letters of a longer one for
// the profile words it may be a typo of.
func (s keySet) addShort(k string) {
	if len(k) == 3 && !isDigit(k[0]) {
		s[k] |= isShort
	} else if len(k) >= 5 && !isDigit(k[0]) {
		s[k[:3]] |= isTypo3
	}
}

// NewIndex prepares p for checking. The index does not depend on the word
// lists (they weigh the line's words, not the profile's), so one index
// serves checks with any Lists.
func NewIndex(p *profile.Profile) *Index {
	size := profileSize(p)
	x := &Index{
		post:       make(map[string][]occ, size/9+32),
		byPrefix:   map[string][]string{},
		byPrefix3:  map[string][]string{},
		mailMerge:  map[string]string{},
		names:      map[string]bool{},
		people:     map[string]bool{},
		entryNames: map[int32]string{},
		spans:      map[int32][2]int{},
		arena:      make([]token, 0, size/5+16),
		memo:       memos.Get().(*wordMemo),
	}
	x.build(p)
	memos.Put(x.memo)
	x.memo = nil
	return x
}

// build indexes p into x's empty maps; with x.only set, just for the keys
// in it.
func (x *Index) build(p *profile.Profile) {
	var parsed profile.Profile
	var spans []profile.TextSpan
	if strings.TrimSpace(p.Text) != "" {
		parsed, spans = profile.ParsePasteSpans(p.Text)
	}
	name := cmp.Or(p.Name, parsed.Name)
	title := cmp.Or(p.Title, parsed.Title)
	company := cmp.Or(p.Company, parsed.Company)
	// Without a title or company, the current position is the one a
	// template would name.
	if cur, ok := currentPosition(p.Experience); ok {
		title, company = cmp.Or(title, cur.Title), cmp.Or(company, cur.Company)
	}
	curEntry := int32(-1)
	exps := p.Experience
	if len(exps) == 0 {
		exps = parsed.Experience
	}
	for i, e := range exps {
		if kindFor(e.Company, company) == segMailMerge || kindFor(e.Title, title) == segMailMerge {
			curEntry = entryID(listExperience, i)
			break
		}
	}
	x.cur = curEntry

	x.nameEntries(p)
	x.nameEntries(&parsed)
	x.add("name", "name", name, segName)
	x.add("headline", "headline", p.Headline, segMailMerge)
	x.addMeta("title", "current title", p.Title, segMailMerge, segMeta{entry: curEntry})
	x.addMeta("company", "current company", p.Company, segMailMerge, segMeta{entry: curEntry})
	x.add("location", "location", p.Location, segMailMerge)
	for i, s := range p.Skills {
		x.add(skillsFields.name(i, 0), "skills", s, segMailMerge)
	}
	for i, e := range p.Experience {
		f := func(k int) string { return experienceFields.name(i, k) }
		m := segMeta{entry: entryID(listExperience, i)}
		// A second post held now (a board seat, a teaching post beside
		// the main job) counts when the headline repeats it, as an award
		// does: its title, its employer and what it says of it.
		tm, cm, dm := m, m, m
		second := kindFor(e.Title, title) == segSpecific && stillHeld(e.End)
		tm.achievement = second
		cm.achievement = second && kindFor(e.Company, company) == segSpecific
		dm.achievement = second
		x.addMeta(f(0), "current title", e.Title, kindFor(e.Title, title), tm)
		x.addMeta(f(1), "current company", e.Company, kindFor(e.Company, company), cm)
		x.addText(f(2), e.Description, dm)
		x.add(f(3), "", e.Start, segVocab)
		x.add(f(4), "", e.End, segVocab)
		x.addMeta(f(5), "location", e.Location, segMailMerge, m)
	}
	for i, e := range p.Education {
		f := func(k int) string { return educationFields.name(i, k) }
		m := segMeta{entry: entryID(listEducation, i)}
		x.addMeta(f(0), "school", e.School, segMailMerge, m)
		x.addMeta(f(1), "degree", e.Degree, segMailMerge, m)
		subject, more, _ := strings.Cut(e.Field, "\n")
		if len(strings.Fields(subject)) > 4 && !subjectName(subject) {
			// More than a subject: a thesis or a description.
			subject, more = "", e.Field
		}
		// A subject on the first line and what the entry tells of on the
		// next ("Sosyoloji\nBitirme tezi: ...", as a loader joins an
		// entry's description to its field): the subject is mail-merge,
		// the rest their work.
		x.addMeta(f(2), "degree", subject, segMailMerge, m)
		x.addText(f(2), more, m)
		if e.Year != 0 {
			x.add(f(3), "", strconv.Itoa(e.Year), segVocab)
		}
	}
	for i, e := range p.Projects {
		m := segMeta{entry: entryID(listProject, i), achievement: true}
		x.addMeta(projectFields.name(i, 0), "", e.Name, segSpecific, m)
		x.addText(projectFields.name(i, 1), e.Description, m)
	}
	for i, e := range p.Publications {
		f := func(k int) string { return publicationFields.name(i, k) }
		m := segMeta{entry: entryID(listPublication, i), achievement: true}
		x.addMeta(f(0), "", e.Title, segSpecific, m)
		x.addMeta(f(1), "", e.Publisher, segSpecific, m)
		x.addText(f(2), e.Description, m)
		if e.Year != 0 {
			x.add(f(3), "", strconv.Itoa(e.Year), segVocab)
		}
	}
	for i, s := range p.Certifications {
		x.addMeta(certificationFields.name(i, 0), "", s, segSpecific, segMeta{entry: entryID(listCertification, i)})
	}
	for i, s := range p.Volunteering {
		x.addMeta(volunteeringFields.name(i, 0), "", s, segSpecific, segMeta{entry: entryID(listVolunteering, i), achievement: true})
	}
	for i, s := range p.Honors {
		x.addMeta(honorFields.name(i, 0), "", s, segSpecific, segMeta{entry: entryID(listHonor, i), achievement: true})
	}
	for i, s := range p.Languages {
		x.add(fmt.Sprintf("languages[%d]", i), "languages", s, segMailMerge)
	}
	x.addText("about", p.About, segMeta{entry: -1})
	x.addContext(p, "")
	x.addContext(&parsed, "text.")
	keys := make([]string, 0, len(p.Extra))
	for k := range p.Extra {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		x.addAny("extra."+k, p.Extra[k])
	}
	for _, sp := range spans {
		x.addPasteSpan(p.Text, sp, &parsed, title, company)
	}
	x.hasPublications = len(p.Publications) > 0 || len(parsed.Publications) > 0
	x.hasHonors = len(p.Honors) > 0 || len(parsed.Honors) > 0
	for k := range x.post {
		if len(k) >= 4 && !isDigit(k[0]) {
			x.byPrefix[k[:4]] = append(x.byPrefix[k[:4]], k)
		}
	}
	for _, ks := range x.byPrefix {
		if len(ks) > 1 {
			slices.Sort(ks) // map order must not change a verdict
		}
	}
}

// nameField reports whether a field path names a field that holds a name.
func nameField(f string) bool {
	if dot := strings.LastIndexByte(f, '.'); dot >= 0 {
		switch f[dot:] {
		case ".school", ".company", ".name", ".title", ".publisher":
			return !strings.HasPrefix(f, "experience")
		}
	}
	return strings.HasPrefix(f, "certifications[") || strings.HasPrefix(f, "honors[") ||
		strings.HasPrefix(f, "volunteering[") || f == "company"
}

// profileSize is about how many bytes of text p holds, to size maps.
func profileSize(p *profile.Profile) int {
	n := len(p.Name) + len(p.Headline) + len(p.Title) + len(p.Company) + len(p.Location) + len(p.About) + len(p.Text)
	for _, s := range p.Skills {
		n += len(s)
	}
	for _, e := range p.Experience {
		n += len(e.Title) + len(e.Company) + len(e.Description)
	}
	for _, e := range p.Projects {
		n += len(e.Name) + len(e.Description)
	}
	for _, e := range p.Publications {
		n += len(e.Title) + len(e.Description)
	}
	return n
}

// currentPosition is the first position still held, or the first listed.
func currentPosition(xs []profile.Experience) (profile.Experience, bool) {
	for _, x := range xs {
		switch strings.ToLower(strings.TrimSpace(x.End)) {
		case "", "present", "current", "now", "today":
			return x, true
		}
	}
	if len(xs) > 0 {
		return xs[0], true
	}
	return profile.Experience{}, false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// kindFor: an experience title or company equal to the current one is a
// mail-merge field; a past one is specific.
func kindFor(s, current string) segKind {
	s, _, _ = strings.Cut(s, "·") // strings.Split(s, "·")[0], not allocating the parts
	s = strings.TrimSpace(s)
	if current != "" && strings.EqualFold(s, strings.TrimSpace(current)) {
		return segMailMerge
	}
	return segSpecific
}

func (x *Index) add(field, label, s string, kind segKind) {
	if strings.TrimSpace(s) == "" {
		return
	}
	x.addSpan(field, label, s, 0, len(s), kind)
}

// addAny indexes a value of an unknown field: strings, lists and maps of
// them, numbers.
func (x *Index) addAny(field string, v any) {
	switch v := v.(type) {
	case string:
		x.add(field, "", v, segSpecific)
	case []any:
		for i, e := range v {
			x.addAny(fmt.Sprintf("%s[%d]", field, i), e)
		}
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			x.addAny(field+"."+k, v[k])
		}
	case float64, int, int64, bool:
		x.add(field, "", fmt.Sprint(v), segVocab)
	}
}

func (x *Index) addSpan(field, label, src string, start, end int, kind segKind) {
	n := len(x.arena)
	toks := tokenizeWith(src[start:end], x.arena[n:n], x.memo)
	if len(toks) == 0 {
		return
	}
	if n < cap(x.arena) && &toks[0] == &x.arena[:n+1][n] {
		x.arena = x.arena[:n+len(toks)]
		toks = toks[:len(toks):len(toks)]
	} else {
		// The arena is full and toks has an array of its own; the fields
		// that follow get a larger arena.
		x.arena = make([]token, 0, 2*cap(x.arena)+len(toks))
	}
	for i := range toks {
		toks[i].start += start
		toks[i].end += start
	}
	si := int32(len(x.segs))
	x.segs = append(x.segs, segment{field: field, label: label, src: src, kind: kind, toks: toks, names: nameField(field), segMeta: segMeta{entry: -1}})
	if kind != segVocab {
		x.addFigures(si, toks)
	}
	for i := range toks {
		t := &toks[i] // read in place: a token is large
		if t.number && i+1 < len(toks) && metresAfter(func(j int) *token { return &toks[j] }, i) {
			// "a 120 m span": also 120 metres.
			if k := numberKey(t.lower); x.only == nil || x.wants(k) {
				x.post[k] = append(x.post[k], occ{seg: si, pos: int32(i)})
			}
		}
		if t.capital && kind != segName && kind != segVocab && label != "current company" {
			// "Hiszpanii", "Spanien": the country a line in English calls
			// Spain.
			if c := countryKeyLoose(t.key); c != "" && c != t.key && (x.only == nil || x.wants(c)) {
				x.post[c] = append(x.post[c], occ{seg: si, pos: int32(i)})
			}
		}
		if y := trailingYear(t.lower); y != "" && !t.number && (x.only == nil || x.wants(y)) {
			// "#WoundCare2024": a hashtag's event and its year.
			x.post[y] = append(x.post[y], occ{seg: si, pos: int32(i)})
		}
		if t.key == "" || x.only != nil && !x.wants(t.key) {
			continue
		}
		x.post[t.key] = append(x.post[t.key], occ{seg: si, pos: int32(i)})
		switch kind {
		case segMailMerge:
			if _, ok := x.mailMerge[t.key]; !ok {
				x.setMailMerge(t.key, label)
			}
		case segName:
			x.names[t.key] = true
			x.setMailMerge(t.key, "name")
		}
	}
	if kind == segName {
		// "FX" for François-Xavier, "JP" for Jean-Pierre: a hyphenated
		// first name by its initials.
		if in := hyphenInitials(toks); in != "" && (x.only == nil || x.wants(in)) {
			x.names[in] = true
			x.setMailMerge(in, "name")
		}
	}
	x.addShares(si)
	// Katakana, Hangul and accented syllables are written in bytes above
	// ASCII: one pass rules out the several scans of these three.
	if !isASCII(src[toks[0].start:toks[len(toks)-1].end]) {
		x.addKana(si)
		x.addKanji(si)
		x.addHangul(si)
		x.addJoined(si)
	}
}

// lookup returns the occurrences of key in the profile, tolerating a
// different suffix ("certification" and "certified").
func (x *Index) lookup(key string, buf []occ) []occ {
	buf, _ = x.lookupCounted(key, buf)
	return buf
}

// lookupCounted is lookup, saying too how many of the occurrences, the
// first ones, are of key itself.
func (x *Index) lookupCounted(key string, buf []occ) ([]occ, int) {
	buf = append(buf[:0], x.post[key]...)
	n := len(buf)
	if len(key) < 4 || isDigit(key[0]) {
		return buf, n
	}
	for _, k := range x.byPrefix[key[:4]] {
		if k != key && fuzzyKey(k, key) {
			buf = append(buf, x.post[k]...)
		}
	}
	return buf, n
}

// has reports whether key occurs anywhere in the profile.
func (x *Index) has(key string) bool {
	if _, ok := x.post[key]; ok {
		return true
	}
	if len(key) < 4 || isDigit(key[0]) {
		return false
	}
	return slices.ContainsFunc(x.byPrefix[key[:4]], func(k string) bool { return fuzzyKey(k, key) })
}

// fuzzyKey reports whether two stems are forms of one word: one is a prefix
// of the other and the shorter is long enough not to be a different word.
func fuzzyKey(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if !strings.HasPrefix(b, a) {
		return false
	}
	d := len(b) - len(a)
	if d == 1 && b[len(b)-1] == 'e' {
		return false // "grad" and "grade", "plan" and "plane": the stemmer kept the e
	}
	return len(a) >= 5 && d <= 3 || len(a) == 4 && d <= 2
}

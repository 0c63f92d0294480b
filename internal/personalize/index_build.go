package personalize

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/profile"
)

// Lists of entries, for entryID.
const (
	listExperience = iota + 1
	listEducation
	listProject
	listPublication
	listCertification
	listVolunteering
	listHonor
	listActivity
	listRecommendation
)

// listCodes are the lists of a profile's field paths.
var listCodes = map[string]int32{
	"experience": listExperience, "education": listEducation, "projects": listProject,
	"publications": listPublication, "certifications": listCertification,
	"volunteering": listVolunteering, "honors": listHonor, "activity": listActivity,
	"recommendations": listRecommendation,
}

// entryID identifies entry i of a list.
func entryID(list, i int) int32 { return int32(list*10000 + i) }

// addMeta is add, with what the field says beyond its words.
func (x *Index) addMeta(field, label, s string, kind segKind, m segMeta) {
	n := len(x.segs)
	x.add(field, label, s, kind)
	for i := n; i < len(x.segs); i++ {
		x.segs[i].segMeta = m
	}
}

// addSpanMeta is addSpan, with what the field says beyond its words.
func (x *Index) addSpanMeta(field, label, src string, start, end int, kind segKind, m segMeta) {
	n := len(x.segs)
	x.addSpan(field, label, src, start, end, kind)
	for i := n; i < len(x.segs); i++ {
		x.segs[i].segMeta = m
	}
}

// interestCues start a sentence about what someone wants or likes rather
// than what they did: "Keen to learn more about AI in assessment".
var interestCues = []string{
	"keen to", "eager to", "want to", "wants to", "hoping to", "hope to", "would love to",
	"interested in", "curious about", "learning", "aspiring", "aim to", "looking to",
	"dream of", "fascinated by", "love to", "would like to", "plan to", "planning to", "aiming to", "next step",
	"ambition", "one day", "goal is to", "hope one day", "i care about", "passionate about",
	// A plan told as what comes next: "Next: opening a Dallas branch in
	// 2025."
	"next:", "next up", "up next", "coming soon", "coming next", "próximo paso", "prochaine étape", "nächster schritt", "volgende stap",
	"i'd like to", "i’d like to", "i'd love to", "i’d love to",
	// The same in the languages profiles are written in: "Próximo desafio
	// que me interessa: ...", "J'aimerais un jour ...".
	"me interessa", "me interesa", "mi interessa", "m'intéresse", "m’intéresse", "interessiert mich", "interesuje mnie",
	"intresserar mig", "interesseert me", "próximo desafio", "próximo desafío", "prochain défi", "nächste herausforderung",
	"j'aimerais", "j’aimerais", "me gustaría", "gostaria de", "ich möchte", "chciałabym", "chciałbym", "vorrei", "quiero", "quero",
	"je souhaite", "je rêve", "sueño con", "sonho com", "zou graag", "jag vill", "ich würde gerne",
	// "Droom: ooit een eigen niche-parfumerie", "Un jour, ...", "将来は".
	"droom:", "mijn droom", "mon rêve", "mi sueño", "meu sonho", "il mio sogno", "mein traum", "min dröm", "min drøm", "marzę",
	"un jour", "algún día", "um dia", "un giorno", "eines tages", "いつか", "将来は", "夢は",
	// Indonesian, Turkish, Norwegian, Danish, Welsh, Hungarian and
	// Vietnamese: "Mimpi saya: residensi batik ...", "Hayalim ...".
	"mimpi saya", "impian saya", "saya ingin", "suatu hari", "cita-cita saya", "hayalim", "bir gün", "istiyorum",
	"jeg vil gjerne", "jeg vil gerne", "drømmen min", "min drømme", "hoffwn", "fy mreuddwyd", "szeretnék", "álmom",
	"tôi muốn", "ước mơ",
}

// addText indexes free text (a description, an About) sentence by
// sentence: a sentence about what they want to learn or are interested in
// is context, not work done.
func (x *Index) addText(field, src string, m segMeta) {
	if strings.TrimSpace(src) == "" {
		return
	}
	// The cues are read in lower case. hasInterestCue and factAfterColon
	// fold ASCII themselves, so ASCII text, most of it, is not copied.
	// Nor is an ASCII sentence of another text that lower-casing leaves
	// the same length rune by rune: only its other sentences are, one by
	// one, as the text's lower case would give them.
	lower := src
	bySentence := false
	if !isASCII(src) {
		if lowerKeepsSizes(src) {
			bySentence = true
		} else {
			lower = strings.ToLower(src)
			if len(lower) != len(src) {
				lower = ""
			}
		}
	}
	start := 0
	for start < len(src) {
		end := sentenceEnd(src, start)
		next := end
		sent := src[start:end]
		if strings.TrimSpace(sent) != "" {
			kind, mm := segSpecific, m
			ls := sent
			switch {
			case bySentence:
				if !isASCII(sent) {
					ls = lowerSameSizes(sent)
				}
			case lower != "":
				ls = lower[start:end]
			}
			if hasInterestCue(ls) {
				// "I care about low-carbon concrete: our 2022 trial cut
				// embodied carbon by 28%": what follows the colon is done.
				if c := factAfterColon(ls); c > 0 {
					x.addSpanMeta(field, "", src, start+c, end, kind, mm)
					end = start + c
				}
				kind, mm.whose = segContext, "something they say they are interested in, not something they did"
			}
			x.addSpanMeta(field, "", src, start, end, kind, mm)
		}
		start = next
	}
}

// lowerKeepsSizes reports whether strings.ToLower writes each rune of s
// in as many bytes as s does (not 'İ', the Kelvin sign or a byte of
// invalid UTF-8), so that any part of s lower-cased is that part of s's
// lower case.
func lowerKeepsSizes(s string) bool {
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 || utf8.RuneLen(unicode.ToLower(r)) != size {
			return false
		}
		i += size
	}
	return true
}

// sentenceEnd is where the sentence starting at i ends: after ". ", "! ",
// "? " or a line break, or at the end of s.
func sentenceEnd(s string, i int) int {
	for j := i; j < len(s); j++ {
		if !sentencePunct[s[j]] {
			continue // most bytes: one table load
		}
		switch s[j] {
		case '\n':
			return j + 1
		case '.', '!', '?', ';':
			if j+1 == len(s) || s[j+1] == ' ' || s[j+1] == '\n' {
				// "St. Vincent's", "v. Samsung": a short word before the
				// dot is an abbreviation.
				if s[j] == '.' && j-i > 0 && j >= 2 && (s[j-2] == ' ' || j-2 < i) {
					continue
				}
				return j + 1
			}
		}
	}
	return len(s)
}

// sentencePunct marks the bytes sentenceEnd's cases look at.
var sentencePunct = [256]bool{'\n': true, '.': true, '!': true, '?': true, ';': true}

// factAfterColon returns where the clause after a colon starts in an
// interest's sentence when that clause says what they did ("our 2022
// trial cut ...", "we built ..."), else 0.
func factAfterColon(sent string) int {
	i := strings.Index(sent, ": ")
	if i < 0 || !hasInterestCue(sent[:i]) {
		return 0
	}
	rest := strings.ToLower(sent[i+2:])
	for _, p := range []string{"our ", "we ", "i ", "my "} {
		if strings.HasPrefix(rest, p) {
			return i + 2
		}
	}
	return 0
}

func hasInterestCue(sent string) bool {
	// A cue starts the text or follows a space: hop from space to space.
	for i := 0; i < len(sent); {
		// Every cue is two bytes or more: a word whose first two bytes
		// start none is passed over without trying each cue of its
		// first letter ("in", "is", "it" and "i" start a dozen cues).
		if first := lowerASCII(sent[i]); i+1 < len(sent) && interestCueSeconds[first].has(lowerASCII(sent[i+1])) {
			for _, c := range interestCuesBy[first] {
				if (hasPrefixFold(sent[i:], c) || asideBeforeTo(sent[i:], c)) && (!leadingCues[c] || subjectStart(clauseTail(sent[:i]))) {
					return true
				}
			}
		}
		j := strings.IndexByte(sent[i:], ' ')
		if j < 0 {
			break
		}
		i += j + 1
	}
	return false
}

// asideBeforeTo reports whether s starts with the cue c, one that ends in
// " to", with a short aside between its verb and the "to": "would love,
// one day, to help set up ...".
func asideBeforeTo(s, c string) bool {
	head, ok := strings.CutSuffix(c, " to")
	if !ok || len(s) <= len(head) || s[len(head)] != ',' || !hasPrefixFold(s, head) {
		return false
	}
	rest := s[len(head)+1 : min(len(s), len(head)+32)]
	i := strings.Index(rest, ", to ")
	return i > 0 && !strings.ContainsAny(rest[:i], ".;:!?")
}

// leadingCues say an interest only at the head of their clause ("Learning
// Rust", "Currently learning Welsh", "Aspiring CFO"): inside one they are
// words of the work ("machine learning models", "a learning recovery
// programme", "mentored 30 aspiring engineers").
var leadingCues = map[string]bool{"learning": true, "aspiring": true, "ambition": true, "one day": true,
	"un jour": true, "algún día": true, "um dia": true, "un giorno": true, "eines tages": true,
	"want to": true, "wants to": true, "looking to": true, "aim to": true, "aiming to": true}

// clauseTail is s after the last end of a sentence or clause in it: a
// text of several sentences has its cues checked at the head of each.
func clauseTail(s string) string {
	for _, end := range []string{". ", "! ", "? ", "; ", "。"} {
		if i := strings.LastIndex(s, end); i >= 0 {
			s = s[i+len(end):]
		}
	}
	return s
}

// subjectStart reports whether before, the sentence up to a cue, is only
// its subject or an adverb ("", "Currently ", "I'm ", "My ").
func subjectStart(before string) bool {
	b := strings.ToLower(strings.TrimSpace(before))
	switch b {
	case "", "currently", "i'm", "i’m", "i am", "now", "also", "my", "i'm currently", "i am currently", "and", "-", "•":
		return true
	}
	// "Someday I want to ...", "Next, I'd like to ...": an adverb of
	// the future and "I".
	if b == "i" || strings.HasSuffix(b, " i") {
		switch strings.TrimRight(strings.TrimSuffix(b, "i"), " ,") {
		case "", "someday", "some day", "one day", "eventually", "next", "in future", "in the future", "ultimately", "also", "and":
			return true
		}
	}
	return false
}

// lowerASCII lower-cases an ASCII capital.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasPrefixFold reports whether s starts with the lower-case ASCII
// prefix, whatever the case of s.
func hasPrefixFold(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for i := 0; i < len(prefix); i++ {
		if lowerASCII(s[i]) != prefix[i] {
			return false
		}
	}
	return true
}

// congratulates reports whether text opens with a congratulation
// ("Congrats on ...", "Many congratulations to the team ...").
func congratulates(text string) bool {
	for i, w := range strings.Fields(text) {
		if i > 1 {
			break
		}
		if congratsWords[fold(strings.Trim(w, ",.!:;"))] {
			return true
		}
	}
	return false
}

// addContext indexes what the page shows that is not the candidate's own
// work: reposts and comments, recommendations they gave, awards to their
// team, their interests. prefix is "text." for what was read from pasted
// text.
func (x *Index) addContext(p *profile.Profile, prefix string) {
	for i, a := range p.Activity {
		f := prefix + "activity[" + strconv.Itoa(i) + "]"
		m := segMeta{entry: entryID(listActivity, i)}
		if a.Own() {
			if prefix != "" {
				continue // a pasted page's own posts are indexed from its spans
			}
			m.achievement = true
			x.addMeta(f+".title", "", a.Title, segSpecific, m)
			x.addText(f+".text", a.Text, m)
			continue
		}
		switch {
		case a.Kind == profile.ActivityComment && a.Of != "":
			m.whose = "a post by " + a.Of + " that they commented on"
		case a.Kind == profile.ActivityComment:
			m.whose = "someone else's post that they commented on"
		case a.Of != "":
			m.whose = "a post by " + a.Of + " that they reposted"
		default:
			m.whose = "someone else's post that they reposted"
		}
		x.addMeta(f+".title", "", a.Title, segContext, m)
		x.addMeta(f+".text", "", a.Text, segContext, m)
		switch {
		case len(strings.Fields(a.Reply)) >= 10 && !congratulates(a.Reply):
			// What they wrote under the post, at some length: their own
			// words ("We cut pinhole rejects by two thirds with a
			// 20-minute pre-bake").
			x.addText(f+".reply", a.Reply, segMeta{entry: entryID(listActivity, i)})
		case a.Reply != "":
			// "Congrats Lisa, great result!", "Congrats on launching the
			// pilot at Halifax ...": said of the post, of its author's
			// work.
			x.addMeta(f+".reply", "", a.Reply, segContext, m)
		}
	}
	for _, a := range p.Activity {
		x.addPerson(a.Of)
	}
	for i, r := range p.Recommendations {
		x.addPerson(r.Person)
		// Where the recommender works ("Finance Director at Taff Valley
		// Care Homes") is on the page, for a line that says whose words
		// it quotes; it is no work of the candidate's.
		x.addPerson(r.Headline)
		f := prefix + "recommendations[" + strconv.Itoa(i) + "].text"
		m := segMeta{entry: entryID(listRecommendation, i)}
		if !r.Given {
			if prefix == "" {
				x.addText(f, r.Text, m)
			}
			continue
		}
		m.whose = "the recommendation they wrote for " + cmpOr(r.Person, "a colleague") + ": it describes " + cmpOr(r.Person, "the colleague") + "'s work"
		x.addMeta(f, "", r.Text, segContext, m)
	}
	for i, h := range p.TeamHonors {
		x.addMeta(fmt.Sprintf("%steam_honors[%d]", prefix, i), "", h, segContext,
			segMeta{entry: -1, whose: teamAward + ", not to them"})
	}
	for i, s := range p.Interests {
		x.addMeta(fmt.Sprintf("%sinterests[%d]", prefix, i), "", s, segContext,
			segMeta{entry: -1, whose: "one of their interests, not something they did"})
	}
}

// addPerson notes the words of a person's name, or of the headline under
// it, that the page shows with the candidate: not "not on their profile",
// and no reference.
func (x *Index) addPerson(name string) {
	for _, t := range tokenizeWith(name, nil, x.memo) {
		if t.key != "" {
			x.people[t.key] = true
		}
	}
}

func cmpOr(s, def string) string {
	if strings.TrimSpace(s) == "" {
		return def
	}
	return s
}

// addPasteSpan indexes one span of pasted text by the field the page
// reader says it filled.
func (x *Index) addPasteSpan(text string, sp profile.TextSpan, parsed *profile.Profile, title, company string) {
	kind, label := segSpecific, ""
	m := segMeta{entry: -1}
	list, idx, sub := splitPath(sp.Field)
	if code, ok := listCodes[list]; ok && idx >= 0 {
		m.entry = entryID(int(code), idx)
		switch list {
		case "projects", "publications", "volunteering", "honors", "activity":
			m.achievement = true
		}
	}
	val := text[sp.Start:sp.End]
	m.section = strings.TrimPrefix(list, "extra.")
	if list == "activity" && idx >= 0 && idx < len(parsed.Activity) && parsed.Activity[idx].Kind == profile.ActivityArticle {
		m.section = "articles"
	}
	switch {
	case sp.Field == "name":
		kind, label = segName, "name"
	case sp.Field == "top" || sp.Field == "pronouns":
		// The top card repeats the current company and a school, which
		// are indexed where they are listed.
		return
	case sp.Field == "headline":
		kind, label = segMailMerge, "headline"
	case sp.Field == "location" || sub == "location":
		kind, label = segMailMerge, "location"
	case list == "skills":
		kind, label = segMailMerge, "skills"
	case list == "languages":
		kind, label = segMailMerge, "languages"
	case list == "interests":
		kind, m.whose = segContext, "one of their interests, not something they did"
	case list == "education" && (sub == "school" || sub == "degree"):
		kind, label = segMailMerge, sub
	case list == "experience" && sub == "title":
		kind, label = kindFor(val, title), "current title"
		m.achievement = kind == segSpecific && secondPost(parsed, idx, title)
	case sub == "company":
		kind, label = kindFor(val, company), "current company"
		m.achievement = list == "experience" && kind == segSpecific && secondPost(parsed, idx, title)
	case sub == "description" || sub == "text" || list == "about" || sp.Field == "about":
		m.achievement = list == "experience" && secondPost(parsed, idx, title)
		// A post's or a talk's title is no statement of interest ("Scraping
		// a government that doesn't want to be scraped").
		if list != "activity" && hasInterestCue(val) {
			// Sentence by sentence: "Keen to learn about X" at the end
			// of an About makes only its own sentence an interest.
			for start := sp.Start; start < sp.End; {
				end := min(sentenceEnd(text, start), sp.End)
				next := end
				k, mm := kind, m
				if hasInterestCue(text[start:end]) {
					if c := factAfterColon(text[start:end]); c > 0 {
						x.addSpanMeta("text", label, text, start+c, end, k, mm)
						end = start + c
					}
					k, mm.whose = segContext, "something they say they are interested in, not something they did"
				}
				if strings.TrimSpace(text[start:end]) != "" {
					x.addSpanMeta("text", label, text, start, end, k, mm)
				}
				start = next
			}
			return
		}
	}
	x.addSpanMeta("text", label, text, sp.Start, sp.End, kind, m)
	if n := len(x.segs); n > 0 && x.segs[n-1].field == "text" {
		x.segs[n-1].names = nameField(sp.Field) || sub == "company"
	}
}

// splitPath reads "experience[2].description" as ("experience", 2,
// "description"), "about" as ("about", -1, "").
func splitPath(f string) (list string, idx int, sub string) {
	i := strings.IndexByte(f, '[')
	if i < 0 {
		return f, -1, ""
	}
	j := strings.IndexByte(f[i:], ']')
	if j < 0 {
		return f, -1, ""
	}
	n, err := strconv.Atoi(f[i+1 : i+j])
	if err != nil {
		n = -1
	}
	sub = strings.TrimPrefix(f[i+j+1:], ".")
	return f[:i], n, sub
}

// nameEntries says each entry of p in words, for messages, and notes the
// years it covers.
func (x *Index) nameEntries(p *profile.Profile) {
	for i, e := range p.Experience {
		id := entryID(listExperience, i)
		x.entryNames[id] = "their position as " + strings.TrimSpace(cmpOr(e.Title, "?")+" at "+cmpOr(e.Company, "?"))
		if sp, ok := dateSpan(e.Start, e.End); ok {
			x.spans[id] = sp
		}
	}
	for i, e := range p.Education {
		id := entryID(listEducation, i)
		x.entryNames[id] = "their studies at " + cmpOr(e.School, "a school")
		if e.Year > 0 {
			x.spans[id] = [2]int{e.Year - 5, e.Year}
		}
	}
	for i, e := range p.Projects {
		x.entryNames[entryID(listProject, i)] = "the project " + cmpOr(e.Name, "")
		if sp, ok := dateSpan(e.Start, e.End); ok {
			x.spans[entryID(listProject, i)] = sp
		}
	}
	for i, e := range p.Publications {
		x.entryNames[entryID(listPublication, i)] = "the publication " + cmpOr(e.Title, "")
		if e.Year > 0 {
			x.spans[entryID(listPublication, i)] = [2]int{e.Year, e.Year}
		}
	}
	for i, h := range p.Honors {
		x.entryNames[entryID(listHonor, i)] = "the award " + h
	}
}

// fieldNames are the paths of a list's fields, "experience[2].title",
// made once for the first entries.
type fieldNames struct {
	list     string
	suffixes []string
	names    [][]string // [entry][suffix]
}

func newFieldNames(list string, suffixes ...string) *fieldNames {
	if len(suffixes) == 0 {
		suffixes = []string{""}
	}
	f := &fieldNames{list: list, suffixes: suffixes, names: make([][]string, 16)}
	for i := range f.names {
		for _, s := range suffixes {
			f.names[i] = append(f.names[i], fmt.Sprintf("%s[%d]%s", list, i, s))
		}
	}
	return f
}

// name is the path of field k (an index in suffixes) of entry i.
func (f *fieldNames) name(i, k int) string {
	if i < len(f.names) {
		return f.names[i][k]
	}
	return fmt.Sprintf("%s[%d]%s", f.list, i, f.suffixes[k])
}

var (
	skillsFields        = newFieldNames("skills")
	experienceFields    = newFieldNames("experience", ".title", ".company", ".description", ".start", ".end", ".location")
	educationFields     = newFieldNames("education", ".school", ".degree", ".field", ".year")
	projectFields       = newFieldNames("projects", ".name", ".description")
	publicationFields   = newFieldNames("publications", ".title", ".publisher", ".description", ".year")
	certificationFields = newFieldNames("certifications")
	volunteeringFields  = newFieldNames("volunteering")
	honorFields         = newFieldNames("honors")
)

// secondPost reports whether position i of p is held now beside the
// current one: still held, under another title.
func secondPost(p *profile.Profile, i int, title string) bool {
	return i >= 0 && i < len(p.Experience) && stillHeld(p.Experience[i].End) && kindFor(p.Experience[i].Title, title) == segSpecific
}

// stillHeld reports whether a position's end says it is held now.
func stillHeld(end string) bool {
	switch strings.ToLower(strings.TrimSpace(end)) {
	case "present", "current", "now", "today":
		return true
	}
	return profile.SaysPresent(end)
}

package profile

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func (ps *pageParser) about(items []item) {
	var parts []string
	for _, it := range items {
		if it.kind == kText || it.kind == kDateText {
			parts = append(parts, it.s)
			ps.span("about", it)
		}
	}
	ps.p.About = strings.Join(parts, "\n")
}

// skillTabs are the tabs of the skills page: not skills.
var skillTabs = setOf("all", "industry knowledge", "tools & technologies", "interpersonal skills", "other skills",
	"languages", "top skills")

// skills reads one skill per line, or several on a line separated by "·"
// or "•" ("Top skills" under About). A line saying where the skill was
// used ("Associate at Halden Stroud & Co.", a school) is not a skill.
func (ps *pageParser) skills(items []item) {
	if roles := datedTail(items); roles > 0 {
		// "Teaching / Adjunct Lecturer, Power System Planning / Εθνικό
		// Μετσόβιο Πολυτεχνείο / Oct 2022 - Present": a section the
		// reader has no heading for, of dated roles, at the end of the
		// skills. Skills have no dates.
		ps.experience(items[roles:])
		items = items[:roles]
		if n := len(items); n > 0 && items[n-1].kind == kText && countFields(items[n-1].s) <= 3 {
			items = items[:n-1] // its heading
		}
	}
	have := map[string]bool{}
	for _, s := range ps.p.Skills {
		have[strings.ToLower(s)] = true
	}
	for i := range items {
		it := &items[i]
		if it.kind != kText {
			continue
		}
		if skillTabs[strings.ToLower(it.s)] || ps.skillContext(it.s) || countFields(it.s) > 8 {
			it.drop = true
			continue
		}
		for _, part := range splitSkills(it.s) {
			k := strings.ToLower(part)
			if have[k] || strings.IndexFunc(part, unicode.IsLetter) < 0 {
				continue // "Tourism · 19": a count of endorsements, no skill
			}
			have[k] = true
			ps.span(fieldPath("skills", len(ps.p.Skills), ""), *it)
			ps.p.Skills = append(ps.p.Skills, part)
		}
	}
}

// datedTail returns where the dated roles at the end of a skills section
// start: the one or two lines over its first date line, or 0 for none.
func datedTail(items []item) int {
	for d, it := range items {
		if it.kind != kDate {
			continue
		}
		h := d
		for h > 0 && d-h < 2 && items[h-1].kind == kText && isShort(items[h-1].s) && !sentence(items[h-1].s) {
			h--
		}
		if h < d && h > 0 {
			return h
		}
		return 0
	}
	return 0
}

// splitSkills splits "Rust • Go · Motion Planning" into its skills.
func splitSkills(s string) []string {
	if !strings.ContainsAny(s, "•·") {
		return []string{s}
	}
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == '•' || r == '·' }) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// skillContext reports whether a line under a skill names where it was
// used: a position ("Associate at Halden Stroud & Co."), a company or a
// school of the profile.
func (ps *pageParser) skillContext(s string) bool {
	if ps.namesEntry(s) {
		return true
	}
	if _, rest, ok := strings.Cut(s, " at "); ok && ps.namesEntry(strings.TrimSpace(rest)) {
		return true
	}
	return false
}

// grouped reads entries whose lines are joined into one value: a
// certification and its issuer, a volunteer role, its organisation and
// cause. A certification keeps its date ("Issued Sep 2017"): an admission
// to the bar dates a lawyer's qualified experience.
func (ps *pageParser) grouped(items []item, maxHead int, field string, dst *[]string) {
	for _, e := range entries(items, maxHead, true) {
		lines := entryLines(e)
		if len(lines) == 0 {
			continue
		}
		f := fieldPath(field, len(*dst), "")
		for _, it := range lines {
			ps.span(f, it)
		}
		v := joinEntry(lines)
		if (field == "certifications" || field == "volunteering") && e.date.kind == kDate {
			// "Issued Sep 2011"; "2016 - Present" without its length:
			// when it was, which a line may give ("since 2016").
			d := ps.text[e.date.start:e.date.end]
			if field == "volunteering" {
				d, _, _ = strings.Cut(d, " · ")
			}
			v += ", " + strings.TrimSpace(d)
			ps.span(f, item{s: d, start: e.date.start, end: e.date.start + len(d)})
		}
		*dst = append(*dst, v)
	}
}

// entryLines are an entry's lines to join into one value.
func entryLines(e entry) []item {
	if e.date.kind == kDateText {
		return append(append(append([]item{}, e.head...), e.date), e.desc...)
	}
	return append(append([]item{}, e.head...), e.desc...)
}

// joinEntry writes an entry's lines as one value.
func joinEntry(lines []item) string {
	parts := make([]string, 0, len(lines))
	for i, it := range lines {
		s := it.s
		if i > 0 && strings.HasPrefix(s, "Issued by ") {
			// "Rising Star, issued by Global Capital Awards": the
			// page's label reads as part of the sentence.
			s = "issued by " + s[len("Issued by "):]
		}
		parts = append(parts, s)
	}
	return strings.Join(parts, ", ")
}

// reTeamHonor finds an award the page gives to a team or a firm rather
// than to the person: "Deal Team of the Year", "Law Firm of the Year",
// "awarded to our restructuring team".
var reTeamHonor = regexp.MustCompile(`(?i)\b(team|firm|department|desk)\b.{0,40}\b(of the year|award|awards|prize|winner|shortlisted)\b|\bpractice (of the year|awards?|prize)\b|` +
	`\b(awarded to|won by|presented to|given to|on behalf of|part of)\b.{0,30}\b(the|our|my)\b.{0,30}\b(team|firm|practice|department|desk|group|office)\b|` +
	`\b(our|the) (team|firm|practice|department|desk) (won|was named|was awarded|received|took)\b|\bteam award\b|\(team\)|` +
	// "Associated with Haneul Bank (product design team)", "— Finalist,
	// Critical Care Unit team": the team it went to, named after it.
	`\([^()]{0,40}\b(team|department|desk)\)|[,—–] ?[^,—–]{0,40}\bteam(,|$)`)

// teamHonor reports whether an award is to a team or a firm: one of their
// words is there (a quick test), and reTeamHonor says how.
func teamHonor(v string) bool {
	l := strings.ToLower(v)
	for _, w := range []string{"team", "firm", "practice", "department", "desk"} {
		if strings.Contains(l, w) {
			return reTeamHonor.MatchString(v)
		}
	}
	return false
}

// honors reads the Honors & awards section: an award the page gives to
// their team or firm goes to TeamHonors, with no span, as it is not the
// candidate's own.
func (ps *pageParser) honors(items []item) {
	for _, e := range entries(items, 1, true) {
		if e.date.kind == kDateText && e.date.end > e.date.start {
			// "Issued by Society for Endocrinology · Nov 2019": the date
			// stays with its issuer.
			e.date.s = strings.ReplaceAll(strings.TrimSpace(ps.text[e.date.start:e.date.end]), " · ", ", ")
		}
		group := entryLines(e)
		if e.date.kind == kDate && e.date.end > e.date.start && len(e.head) > 0 {
			// "Prix de l'Académie de Lyon / 2024": when it was won is
			// part of the award, as "Issued by ... · 2024" is.
			d := e.date
			d.s = strings.TrimSpace(ps.text[d.start:d.end])
			group = slices.Insert(group, len(e.head), d)
		}
		if len(group) == 0 {
			continue
		}
		// In the page's order: the lines above the first dated award are
		// in its description.
		slices.SortStableFunc(group, func(a, b item) int { return a.start - b.start })
		for _, lines := range splitAwards(group) {
			ps.honor(lines)
		}
	}
}

// splitAwards splits an entry of the Honors section that holds several
// awards with no date lines: there is nothing else to split them on
// (awards dated on lines of their own are split on those already), and two awards read as one
// would credit the candidate with a prize they were only nominated for, or
// make their own award a team's. Each line that reads as a title (no
// sentence, not the issuer) starts an award; the issuer and sentences
// about it stay with it. The section's heading repeated among the awards
// is dropped.
func splitAwards(lines []item) [][]item {
	for _, it := range lines {
		if it.kind == kDate {
			return [][]item{lines}
		}
	}
	issuer := func(s string) bool {
		return issuedBy(s) || awardedTo(s) != "" || strings.HasPrefix(s, "For ")
	}
	var kept []item
	for _, it := range lines {
		if headings[strings.ToLower(it.s)] != secHonors {
			kept = append(kept, it)
		}
	}
	var out [][]item
	var cur []item
	for k, it := range kept {
		// An award's title can be longer than other short lines ("RTS
		// Scotland Awards 2023 - Best Documentary Series (The Ward)"), but
		// is no sentence.
		title := countFields(it.s) <= 20 && (!strings.HasSuffix(it.s, ".") || endsWithAbbreviation(it.s))
		// A line with a date of its own ("Premios Gráfica · Nov 2022") is
		// the issuer and when, under the title.
		// Under its issuer and date, a line that names no award is what
		// the award was for ("Oro / Emitido por ... · sept. 2022 / Manglar
		// 72% Los Ríos").
		// A line with a year, or with an issuer under it, is an award's
		// title; a word alone, a heading ("Talks").
		forLine := len(cur) > 0 && cur[len(cur)-1].kind == kDateText && !awardTitle(it.s) && !reYear.MatchString(it.s) && countFields(it.s) > 1 &&
			(k+1 == len(kept) || !issuer(kept[k+1].s) && kept[k+1].kind != kDateText)
		// A line that names no award, with no issuer or date of its own
		// under it, goes on with the award above: who gave it ("RTS
		// Technology Innovation Award 2024 / Royal Television Society") or
		// what it was for ("Cloud playout migration"), or where ("BTS
		// Congress 2022", in the year of its date, or under a title with
		// no year: "State of the Map 2023 · Nice"). A word alone there
		// stays as it was, a heading of the page's own ("Talks") or a
		// title, but for a line in a script written without spaces; and
		// nothing goes on with such a heading.
		titled := k+1 < len(kept) && (kept[k+1].kind == kDateText || issuedBy(kept[k+1].s))
		heading := len(cur) == 1 && countFields(cur[0].s) == 1 && !awardTitle(cur[0].s) && !unspaced(cur[0].s)
		if len(cur) > 0 && !heading && title && !issuer(it.s) && it.kind != kDateText && !awardTitle(it.s) && !titled && (countFields(it.s) > 1 || unspaced(it.s)) {
			if y, was := lastYear(it.s), yearOf(cur); y == 0 || y == was || was == 0 && len(cur) == 1 {
				forLine = true
			}
		}
		if len(cur) == 1 && !heading && outcomeOnly(cur[0].s) && awardsEvent(it.s) && !titled {
			// "Shortlisted – Building Conservation / RICS Awards Scotland
			// 2023": the outcome, then the awards it was in.
			forLine = true
		}
		if len(cur) > 0 && title && !issuer(it.s) && it.kind != kDateText && !forLine {
			out, cur = append(out, cur), nil
		}
		cur = append(cur, it)
	}
	if len(cur) > 0 {
		out = append(out, cur)
	}
	return out
}

// awardWords name an award or its outcome in the languages of the pages
// the reader reads, in lower case: a word of a line, or its start
// ("nominated", "shortlisted", "médaille d'or").
var awardWords = []string{"award", "prize", "medal", "winner", "trophy", "honour", "honor", "fellowship", "scholarship", "grant",
	"finalist", "nomin", "shortlist", "gold", "silver", "bronze", "premio", "prémio", "prix", "preis", "nagroda",
	"oro", "plata", "bronce", "médaille", "medalla", "medaille", "auszeichnung", "distinction", "lauréat", "laureat", "beca", "bolsa"}

// awardTitle reports whether s names an award: a word of it starts with
// one of awardWords, or it is "of the year".
func awardTitle(s string) bool {
	l := strings.ToLower(s)
	if strings.Contains(l, "of the year") {
		return true
	}
	for _, w := range strings.FieldsFunc(l, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if slices.ContainsFunc(awardWords, func(a string) bool { return strings.HasPrefix(w, a) }) {
			return true
		}
	}
	return false
}

// honor adds one award.
func (ps *pageParser) honor(lines []item) {
	v := joinEntry(lines)
	if teamHonor(v) || ps.firmAward(lines[0].s) || ps.othersAward(lines[0].s) || ps.awardedToOthers(lines) {
		ps.p.TeamHonors = append(ps.p.TeamHonors, v)
		return
	}
	f := fieldPath("honors", len(ps.p.Honors), "")
	for _, it := range lines {
		ps.span(f, it)
	}
	ps.p.Honors = append(ps.p.Honors, v)
}

// firmAward reports whether an award's title starts with the name of an
// employer of theirs and a dash ("Corvane Electrical — ECA Excellence
// Awards 2024, Project of the Year"): the firm's award, as LinkedIn users
// copy their employer's prizes.
func (ps *pageParser) firmAward(title string) bool {
	for _, sep := range []string{" — ", " – ", " - ", ": "} {
		head, tail, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		head = strings.ToLower(strings.TrimSpace(head))
		tail = strings.ToLower(strings.TrimSpace(tail))
		for _, x := range ps.p.Experience {
			// The name or its start, of two words or more ("Corvane
			// Electrical" of "Corvane Electrical Contractors").
			c := strings.ToLower(x.Company)
			if c != "" && (c == head || countFields(head) >= 2 && strings.HasPrefix(c, head+" ")) {
				return true
			}
			// After the dash, a place of the employer's by its first two
			// words: "Travellers' Choice 2024 — Lotus Bay Bintan" at Lotus
			// Bay Hotels & Resorts.
			if f := strings.Fields(c); sep != ": " && len(f) >= 3 && countFields(tail) <= 5 && strings.HasPrefix(tail, f[0]+" "+f[1]+" ") {
				return true
			}
		}
	}
	return false
}

// awardedTo returns whom a line under an award says it went to ("Awarded
// to Joshi Chemists", "Presented to the St Brigid's ICU team"), or "".
func awardedTo(s string) string {
	for _, p := range []string{"Awarded to ", "Presented to ", "Given to ", "Won by ", "Received by "} {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(s[len(p):])
		}
	}
	return ""
}

// awardedToOthers reports whether a line under the award gives it to
// someone other than the candidate: their pharmacy, their firm, their
// team.
func (ps *pageParser) awardedToOthers(lines []item) bool {
	for _, it := range lines[1:] {
		if firmNamed(it.s, lines[0].s, ps.p.Experience) {
			return true
		}
		who := awardedTo(it.s)
		if who == "" {
			continue
		}
		// "Awarded to Ana Lima" is theirs; "Joshi Chemists", named after
		// Ananya Joshi's family, is the pharmacy's. "Awarded to \"Reading
		// for Driving\"", the course they designed, is theirs too.
		if ps.ownWork(who) {
			return false
		}
		lw := strings.ToLower(who)
		for _, w := range strings.Fields(strings.ToLower(ps.p.Name)) {
			if len(w) > 2 && !strings.Contains(lw, w) {
				return true
			}
		}
		return false
	}
	return false
}

// othersAward reports whether an award's title names after a dash who won
// it, for what, and that is someone else ("Grand Prix Stratégies du
// Design 2023 — Agence Bonsoir, for the Maison Verlaine packaging"): a
// name in capitals that is not theirs and no category of the award
// ("Best Packaging", "Gold").
func (ps *pageParser) othersAward(title string) bool {
	for _, sep := range []string{" — ", " – ", " - "} {
		_, tail, ok := strings.Cut(title, sep)
		if !ok {
			continue
		}
		who, _, ok := strings.Cut(tail, ", for ")
		words := strings.Fields(who)
		if !ok || len(words) == 0 || len(words) > 5 || awardCategory[strings.ToLower(words[0])] {
			continue
		}
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && w != "&" || strings.Contains(strings.ToLower(ps.p.Name), strings.ToLower(w)) {
				return false
			}
		}
		return true
	}
	return false
}

// awardCategory are first words of a category or a place in an award, not
// of who won it.
var awardCategory = setOf("best", "gold", "silver", "bronze", "winner", "winners", "finalist", "shortlisted", "highly",
	"commended", "runner-up", "category", "grand", "special", "honourable", "honorable", "overall", "young", "outstanding",
	"excellence", "innovation", "team", "project", "product", "campaign", "design", "student", "rising", "emerging")

func (ps *pageParser) projects(items []item) {
	for _, e := range entries(items, 1, true) {
		if len(e.head)+len(e.desc) == 0 {
			continue
		}
		f := fieldPath("projects", len(ps.p.Projects), "")
		var pr Project
		desc := e.desc
		if len(e.head) > 0 {
			pr.Name = e.head[0].s
			ps.span(f+".name", e.head[0])
		} else {
			pr.Name = desc[0].s
			ps.span(f+".name", desc[0])
			desc = desc[1:]
		}
		if e.date.kind == kDateText {
			// "AdTech Engineering Summit, Berlin · Sep 2025": where the
			// work was, with its date, is part of what it tells.
			desc = append([]item{e.date}, desc...)
		} else if e.date.kind == kDate {
			// "Mar 2022 - Nov 2022": when it ran, as a position's dates.
			pr.Start, pr.End = dateRange(ps.text[e.date.start:e.date.end])
		}
		pr.Description = ps.description(f+".description", desc)
		ps.p.Projects = append(ps.p.Projects, pr)
	}
}

func (ps *pageParser) publications(items []item) {
	// A paper's title may be long: "Food effect on a novel oral
	// anti-fibrotic: a randomised crossover study in healthy volunteers".
	title := func(it item) bool {
		return countFields(it.s) <= 25 && (!strings.HasSuffix(it.s, ".") || endsWithAbbreviation(it.s)) && !isSkillsLine(it.s)
	}
	for _, e := range entriesOf(items, 1, true, title) {
		lines := append(append([]item{}, e.head...), e.desc...)
		if len(lines) == 0 {
			continue
		}
		f := fieldPath("publications", len(ps.p.Publications), "")
		pub := Publication{Title: lines[0].s, Year: lastYear(ps.text[e.date.start:e.date.end])}
		ps.span(f+".title", lines[0])
		if e.date.kind == kDateText {
			pub.Publisher = e.date.s
			ps.span(f+".publisher", e.date)
		}
		var parts []string
		descField := f + ".description"
		for i, it := range lines[1:] {
			if i == 0 && pub.Publisher == "" && countFields(it.s) <= 6 && !strings.HasSuffix(it.s, ".") {
				pub.Publisher = it.s
				ps.span(f+".publisher", it)
				continue
			}
			parts = append(parts, it.s)
			ps.span(descField, it)
		}
		pub.Description = strings.Join(parts, "\n")
		ps.p.Publications = append(ps.p.Publications, pub)
	}
}

// languages reads the Languages section: the languages, without their
// proficiency lines.
func (ps *pageParser) languages(items []item) {
	for i := range items {
		it := &items[i]
		if it.kind != kText {
			continue
		}
		if strings.Contains(strings.ToLower(it.s), "proficiency") {
			it.drop = true
			continue
		}
		ps.span(fieldPath("languages", len(ps.p.Languages), ""), *it)
		ps.p.Languages = append(ps.p.Languages, it.s)
	}
}

// interestTabs are the tabs of the Interests section.
var interestTabs = setOf("top voices", "companies", "groups", "newsletters", "schools", "influencers", "people", "pages")

// interests reads the Interests section: the names of what they follow,
// each followed on the page by a count or a connection degree; the
// headlines of the people they follow are dropped.
func (ps *pageParser) interests(items []item) {
	var person *item // the last name read, when it is a person's
	for i := range items {
		it := &items[i]
		if it.kind != kText {
			continue
		}
		if interestTabs[strings.ToLower(it.s)] {
			it.drop = true
			continue
		}
		if person != nil && it.after&markDegree == 0 {
			// Their headline. The name keeps the follower count in the
			// cleaned text, so that it reads back as a name.
			it.drop = true
			if it.markLine.end > 0 {
				person.markLine = it.markLine
			}
			person = nil
			continue
		}
		person = nil
		if it.after&(markDegree|markCount) == 0 {
			it.drop = true
			continue
		}
		if it.after&markDegree != 0 {
			person = it
		}
		ps.span(fieldPath("interests", len(ps.p.Interests), ""), *it)
		ps.p.Interests = append(ps.p.Interests, it.s)
	}
}

// other keeps a section inmail has no field for (patents, courses,
// organizations) in Extra under its heading.
func (ps *pageParser) other(name string, items []item) {
	key := strings.ReplaceAll(name, " ", "_")
	var parts []string
	for _, it := range items {
		if it.kind == kText || it.kind == kDateText {
			parts = append(parts, it.s)
			ps.span("extra."+key, it)
		}
	}
	if len(parts) == 0 {
		return
	}
	if ps.p.Extra == nil {
		ps.p.Extra = map[string]any{}
	}
	ps.p.Extra[key] = strings.Join(parts, "\n")
}

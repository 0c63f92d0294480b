package profile

import (
	"regexp"
	"strings"
	"unicode"
)

// section is a heading of the profile page.
type section int

const (
	secTop section = iota
	secAbout
	secExperience
	secEducation
	secSkills
	secCertifications
	secProjects
	secPublications
	secVolunteering
	secHonors
	secLanguages
	secInterests
	secActivity
	secFeatured
	secRecommendations
	secOther // kept in Extra under its heading
	secSkip  // a sidebar or the footer: other people, LinkedIn's links
)

// sectionItems is one section of the page: its heading as pasted, its
// name in lower case and the items under it.
type sectionItems struct {
	sec     section
	name    string
	heading string
	items   []item
}

var headings = map[string]section{
	"about": secAbout, "summary": secAbout,
	"featured":   secFeatured,
	"activity":   secActivity,
	"experience": secExperience, "work experience": secExperience,
	"education": secEducation,
	"skills":    secSkills, "top skills": secSkills, "skills & endorsements": secSkills,
	"licenses & certifications": secCertifications, "licenses and certifications": secCertifications,
	"licences & certifications": secCertifications, "certifications": secCertifications, "licenses": secCertifications,
	"projects":     secProjects,
	"publications": secPublications,
	"volunteering": secVolunteering, "volunteer experience": secVolunteering, "volunteer work": secVolunteering,
	"honors & awards": secHonors, "honors and awards": secHonors, "honours & awards": secHonors,
	"honours and awards": secHonors, "awards": secHonors,
	"languages":       secLanguages,
	"interests":       secInterests,
	"recommendations": secRecommendations, "recommendations received": secRecommendations, "recommendations given": secRecommendations,
	"patents": secOther, "courses": secOther, "organizations": secOther, "organisations": secOther,
	"test scores": secOther, "causes": secOther, "services": secOther,
}

// sidebars are the headings of the page's side columns and suggestion
// boxes: everything under them is about other people or LinkedIn itself.
var sidebars = setOf("people also viewed", "people you may know", "more profiles for you", "explore premium profiles",
	"you might like", "people also follow", "pages for you", "who your viewers also viewed", "profile language",
	"public profile & url", "ad options", "promoted", "add new skills with these courses", "explore collaborative articles",
	"similar profiles", "suggested for you", "private to you", "analytics", "resources", "people you may know from",
	"more suggestions for you", "linkedin news", "trending pages", "explore more posts", "people also viewed this profile",
	"other similar profiles", "similar pages", "explore top content on linkedin", "add to your feed")

// sidebarPrefixes start sidebar headings that name someone: "Others named
// Priya Raman", "People similar to Priya".
var sidebarPrefixes = []string{"others named ", "people similar to ", "more from ", "people you may know from ",
	"people who viewed ", "people in "}

// navWords are the items of LinkedIn's menus: the top bar on desktop, the
// bottom tab bar and "Open app" banner on mobile. A run of them is
// dropped; one alone, except a strong marker, is text.
var navWords = setOf("skip to main content", "skip to search", "linkedin", "search", "home", "my network", "jobs",
	"messaging", "notifications", "me", "for business", "work", "learning", "post", "advertise", "open app",
	"open the app", "get the app", "use the app", "sign in", "join now", "join linkedin", "new feed updates notifications",
	"close jump menu", "jump to", "main content", "premium", "try premium", "post a job", "continue in browser", "not now",
	// Items a paid seat adds to the top bar.
	"sales nav", "sales navigator", "try sales navigator", "recruiter", "recruiter lite", "try recruiter lite", "talent solutions")

// navFirst holds the first word of every menu item.
var navFirst = func() map[string]bool {
	m := map[string]bool{}
	for w := range navWords {
		first, _, _ := strings.Cut(w, " ")
		m[first] = true
	}
	return m
}()

var (
	maxNavFirst   = longest(navFirst)
	maxNavWord    = longest(navWords)
	navShapes     = shapesOf(navWords)
	maxFooterWord = longest(footerWords)
	maxSidebar    = longest(sidebars)
	maxHeading    = longest(headings)
)

// navMarkers are menu lines that are never anything else.
var navMarkers = setOf("skip to main content", "skip to search", "open app", "open the app", "get the app",
	"use the app", "new feed updates notifications", "close jump menu", "jump to", "continue in browser")

// navPrefixes start menu lines: "Try Premium for €0", "3 notifications total".
var navPrefixes = []string{"try premium", "reactivate premium", "retry premium", "try sales navigator", "join to ",
	"sign in to ", "agree & join", "by clicking continue", "new to linkedin",
	"←"} // the app's back arrow: "← Search"

// rePhoneChrome matches what a phone's screen adds above the page: the
// clock ("9:41") and the address bar ("linkedin.com",
// "www.linkedin.com/in/mariana-o").
var rePhoneChrome = regexp.MustCompile(`(?i)^(\d{1,2}:\d{2}|(https?://)?(www\.|[a-z]{2}\.)?linkedin\.com(/\S*)?)$`)

// badgeOrPhone reports whether l is a menu badge (reNavCount) or a phone's
// clock or address bar (rePhoneChrome). Both start with a digit or hold the
// site's address, which most lines do not, so the patterns run rarely.
func badgeOrPhone(l string) bool {
	if l != "" && '0' <= l[0] && l[0] <= '9' {
		return reNavCount.MatchString(l) || rePhoneChrome.MatchString(l)
	}
	return containsFoldASCII(l, "linkedin.com") && rePhoneChrome.MatchString(l)
}

// reNavCount matches the menus' badges read out: "3 new notifications",
// "1 unread message", "99+ notifications".
var reNavCount = regexp.MustCompile(`(?i)^\d{1,3}\+? (new |unread )?(notifications?|messages?)$`)

// navLine reports whether a pasted line is one of the menus' items.
func navLine(raw string) (string, bool) {
	if len(raw) > 60 {
		if len(raw) < 200 && navRun(raw) {
			return raw, true
		}
		return "", false
	}
	// "Me ▾", "For Business ▾": the arrow of a drop-down menu;
	// "Notifications 3": a menu item with its badge.
	l := strings.TrimRight(strings.TrimSpace(raw), " ▾▼")
	if t := strings.TrimRight(l, "0123456789+"); t != l && strings.HasSuffix(t, " ") {
		l = strings.TrimSpace(t)
	}
	if len(l) <= maxNavWord && navShapes.mayHold(l) && inLower(navWords, l) || hasSuffixFold(l, "notifications total") || navRun(l) || badgeOrPhone(l) {
		return raw, true
	}
	if l != "" && navPrefixStart[foldByte(l[0])] {
		for _, p := range navPrefixes {
			if hasPrefixFold(l, p) {
				return raw, true
			}
		}
	}
	return "", false
}

// navPrefixStart marks the first bytes of navPrefixes, ASCII capitals
// folded as hasPrefixFold folds them: a line that starts with no other
// byte is not tried against each prefix. It is set by init, once the
// prefixes in other languages are added.
var navPrefixStart [256]bool

// foldByte lower-cases an ASCII capital, as equalFoldASCII compares.
func foldByte(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// navRun reports whether a line is three menu items or more on one line,
// or two of which one is never anything else, and nothing else: "Home My
// Network Jobs Messaging Notifications Me For Business", "Skip to main
// content  Search".
func navRun(l string) bool {
	// A run starts with a menu item, so most lines end at their first word.
	if first := navFirstWord(l); len(first) > maxNavFirst || !inLower(navFirst, first) {
		return false
	}
	if hasNavSeparator(l) {
		l = navSeparators.Replace(l) // "Home | My Network | Jobs"
	}
	l = strings.ToLower(l)
	for _, p := range navPrefixes {
		// "... For Business Try Premium for £0": an offer ends the menu.
		if i := strings.Index(l, " "+p); i > 0 {
			l = l[:i]
			break
		}
	}
	words := strings.Fields(l)
	n, marker := 0, false
	for i := 0; i < len(words); {
		j := i
		for k := min(len(words), i+4); k > i; k-- {
			if w := strings.Join(words[i:k], " "); navWords[w] {
				j, marker = k, marker || navMarkers[w]
				break
			}
		}
		if j == i {
			return false
		}
		n++
		i = j
	}
	return n >= 3 || n == 2 && marker // "Skip to main content  Search"
}

// navFirstWord is the first word of l once navSeparators has made its
// separators spaces, found without replacing them.
func navFirstWord(l string) string {
	start := -1
	for i, r := range l {
		space := unicode.IsSpace(r) || isNavSeparator(r)
		switch {
		case start < 0 && !space:
			start = i
		case start >= 0 && space:
			return l[start:i]
		}
	}
	if start < 0 {
		return ""
	}
	return l[start:]
}

// isNavSeparator reports whether r is one of navSeparators' separators.
func isNavSeparator(r rune) bool {
	switch r {
	case '|', '·', '•', '/', '▾', '▼', '[', ']':
		return true
	}
	return false
}

// hasNavSeparator is strings.ContainsAny(l, "|·•/▾▼[]") on valid UTF-8:
// a byte scan, as most lines hold none of them.
func hasNavSeparator(l string) bool {
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '|', '/', '[', ']':
			return true
		case 0xC2: // ·
			if strings.HasPrefix(l[i:], "·") {
				return true
			}
		case 0xE2: // •, ▾, ▼
			if r := l[i:]; strings.HasPrefix(r, "•") || strings.HasPrefix(r, "▾") || strings.HasPrefix(r, "▼") {
				return true
			}
		}
	}
	return false
}

// navSeparators are what a copy may put between menu items or around them
// ("[Home] [Jobs]"), and the arrows of its drop-down menus ("Me ▾").
var navSeparators = strings.NewReplacer("|", " ", "·", " ", "•", " ", "/", " ", "▾", " ", "▼", " ", "[", " ", "]", " ")

// strongNav reports whether a menu item is dropped even alone.
func strongNav(s string) bool {
	l := strings.ToLower(s)
	if navMarkers[l] || strings.HasSuffix(l, "notifications total") || navRun(l) || badgeOrPhone(l) {
		return true
	}
	for _, p := range navPrefixes {
		if strings.HasPrefix(l, p) {
			return true
		}
	}
	return false
}

// dropNavigation removes the menus: runs of three or more menu items
// (blank lines between them do not count), and strong markers wherever
// they are. A menu word alone ("Messaging" in a list of skills) is text.
func (ps *pageParser) dropNavigation() {
	items := ps.items
	out := items[:0]
	for i := 0; i < len(items); {
		if items[i].kind != kNav {
			out = append(out, items[i])
			i++
			continue
		}
		j, n := i, 0
		for j < len(items) && (items[j].kind == kNav || items[j].kind == kBlank) {
			if items[j].kind == kNav {
				n++
			}
			j++
		}
		for k := i; k < j; k++ {
			it := items[k]
			switch {
			case n >= 3 && it.kind == kNav, it.kind == kNav && strongNav(it.s):
				if ps.navDropped == "" {
					ps.navDropped = it.s
				}
			case it.kind == kNav:
				it.kind = kText
				out = append(out, it)
			case len(out) == 0 || out[len(out)-1].kind != kBlank:
				out = append(out, it)
			}
		}
		i = j
	}
	ps.items = out
}

// footerWords are the links of the page's footer.
var footerWords = setOf("about", "accessibility", "talent solutions", "community guidelines", "careers",
	"marketing solutions", "privacy & terms", "ad choices", "advertising", "sales solutions", "mobile",
	"small business", "safety center", "questions?", "visit our help center.", "manage your account and privacy",
	"go to your settings.", "recommendation transparency", "learn more about recommended content.",
	"select language", "user agreement", "privacy policy", "cookie policy", "copyright policy", "brand policy",
	"guest controls", "professional community policies", "language", "help center", "cookie settings",
	"your california privacy choices", "privacy & terms ", "community policies")

// footerAt reports whether the footer starts at items[i]: a footer link
// followed by at least two more within five lines, or LinkedIn's
// copyright line.
func footerAt(items []item, i int) bool {
	l := items[i].s
	if hasPrefixFold(l, "linkedin corporation ©") || hasPrefixFold(l, "linkedin ©") || strings.HasPrefix(l, "© 20") {
		return true
	}
	if len(l) > maxFooterWord || !inLower(footerWords, l) {
		return false
	}
	n := 0
	for j := i + 1; j < len(items) && j <= i+5; j++ {
		if items[j].kind == kText && len(items[j].s) <= maxFooterWord && inLower(footerWords, items[j].s) {
			n++
		}
	}
	return n >= 2
}

// sidebarHeading reports whether a line heads a sidebar, in any case.
func sidebarHeading(l string) bool {
	if len(l) <= maxSidebar && inLower(sidebars, l) {
		return true
	}
	for _, p := range sidebarPrefixes {
		if hasPrefixFold(l, p) && len(l) < 80 {
			return true
		}
	}
	return false
}

// split splits the items into the card and the sections. A profile
// heading seen before is content ("Education" as a volunteering cause
// after the Education section). A sidebar or the footer runs up to the
// next profile heading not seen yet; a "heading" right after a name in a
// sidebar ("· 2nd") is that person's headline, not a heading.
func (ps *pageParser) split() {
	items := ps.items
	cur := sectionItems{sec: secTop}
	first := 0
	seen := map[string]bool{}
	start := func(i int, next sectionItems) {
		cur.items = items[first:i:i]
		ps.sections = append(ps.sections, cur)
		cur = next
		first = i + 1
	}
	for i := 0; i < len(items); i++ {
		it := items[i]
		if it.kind != kText || len(it.s) > 80 {
			continue
		}
		if footerAt(items, i) {
			start(i, sectionItems{sec: secSkip, name: "footer"})
			continue
		}
		if sidebarHeading(it.s) {
			start(i, sectionItems{sec: secSkip, name: "sidebar"})
			continue
		}
		sec, ok := secTop, false
		if len(it.s) <= maxHeading {
			sec = inLower(headings, it.s)
			ok = sec != secTop
		}
		l := ""
		if ok {
			l = strings.ToLower(it.s)
		}
		if !ok || seen[l] {
			continue
		}
		if cur.sec == secActivity && activityTabAt(ps.text, items, i) {
			continue // "Publicaciones": the Activity section's tab, not a heading
		}
		if cur.sec == secSkip && i > 0 && items[i-1].after&markDegree != 0 {
			continue
		}
		seen[l] = true
		start(i, sectionItems{sec: sec, name: l, heading: ps.text[it.start:it.end]})
	}
	cur.items = items[first:len(items):len(items)]
	ps.sections = append(ps.sections, cur)
}

// activityTabAt reports whether items[i] is a tab of the Activity
// section: it and the next line are both tabs, as pasted ("Publicaciones",
// "Comentarios"). Some languages name the Posts tab as the Publications
// heading.
func activityTabAt(text string, items []item, i int) bool {
	tab := func(it item) bool { return activityTabs[strings.ToLower(text[it.start:it.end])] }
	if !tab(items[i]) {
		return false
	}
	for j := i + 1; j < len(items); j++ {
		if items[j].kind == kText {
			return tab(items[j])
		}
	}
	return false
}

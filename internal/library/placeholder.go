package library

import (
	"fmt"
	"slices"
	"strings"
)

// The placeholders a template may use. The set is closed: anything else in
// double braces is a lint problem.
const (
	FirstName       = "first_name"
	LastName        = "last_name"
	FullName        = "full_name"
	Company         = "company"
	Title           = "title"
	Role            = "role"
	Client          = "client"
	Hook            = "hook"
	SenderName      = "sender_name"
	Personalization = "personalization"
)

// PlaceholderNames is the closed set of placeholder names a template may
// use, in the order the docs list them. (personalize.Placeholders is
// another thing: it finds placeholders left over in a line.)
var PlaceholderNames = []string{
	FirstName, LastName, FullName, Company, Title,
	Role, Client, Hook, SenderName, Personalization,
}

// Placeholder returns a name written as it appears in a template:
// Placeholder("client") is "{{client}}".
func Placeholder(name string) string { return "{{" + name + "}}" }

// IsPlaceholder reports whether name is in the closed set.
func IsPlaceholder(name string) bool { return slices.Contains(PlaceholderNames, name) }

// token is one piece of template text: literal text, or a placeholder when
// ph is set (name is then what stood between the braces). start and end are
// byte offsets into the scanned text.
type token struct {
	text       string
	ph         bool
	name       string
	start, end int
	// unclosed marks a "{{" with no "}}" on the same line; it is kept as
	// literal text.
	unclosed bool
}

// scan splits s into literal text and {{placeholder}} tokens. A placeholder
// must close on the line it opens; an opening brace pair that does not is
// returned as literal text marked unclosed. Names are returned exactly as
// written (not trimmed), so "{{ first_name }}" is an unknown placeholder
// that lint can explain.
func scan(s string) []token {
	var toks []token
	lit := 0
	i := 0
	for i < len(s) {
		j := strings.Index(s[i:], "{{")
		if j < 0 {
			break
		}
		open := i + j
		// "{{{x}}}": treat the innermost pair as the opener.
		for open+2 < len(s) && s[open+2] == '{' {
			open++
		}
		rest := s[open+2:]
		end := len(rest)
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 {
			end = nl
		}
		closeAt := strings.Index(rest[:end], "}}")
		nested := strings.Index(rest[:end], "{{")
		if closeAt < 0 || (nested >= 0 && nested < closeAt) {
			if open > lit {
				toks = append(toks, token{text: s[lit:open], start: lit, end: open})
			}
			toks = append(toks, token{text: "{{", start: open, end: open + 2, unclosed: true})
			lit = open + 2
			i = open + 2
			continue
		}
		if open > lit {
			toks = append(toks, token{text: s[lit:open], start: lit, end: open})
		}
		stop := open + 2 + closeAt + 2
		toks = append(toks, token{text: s[open:stop], ph: true, name: rest[:closeAt], start: open, end: stop})
		lit = stop
		i = stop
	}
	if lit < len(s) {
		toks = append(toks, token{text: s[lit:], start: lit, end: len(s)})
	}
	return toks
}

// suggest returns the known placeholder nearest to an unknown name, or ""
// when none is close enough to be a likely typo.
func suggest(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.NewReplacer(" ", "_", "-", "_", ".", "_").Replace(n)
	best, bestD := "", -1
	for _, p := range PlaceholderNames {
		d := distance(n, p)
		if bestD < 0 || d < bestD {
			best, bestD = p, d
		}
	}
	limit := 2
	if l := len([]rune(n)); l >= 8 {
		limit = 3
	}
	if bestD <= limit {
		return best
	}
	return ""
}

// unknownPlaceholderMsg explains an unknown placeholder and, when there is
// a likely intended one, names it.
func unknownPlaceholderMsg(name string) string {
	if s := suggest(name); s != "" {
		return fmt.Sprintf("unknown placeholder %s; did you mean %s?", Placeholder(name), Placeholder(s))
	}
	all := make([]string, len(PlaceholderNames))
	for i, p := range PlaceholderNames {
		all[i] = Placeholder(p)
	}
	return fmt.Sprintf("unknown placeholder %s; use one of %s", Placeholder(name), strings.Join(all, ", "))
}

// distance is the Levenshtein edit distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

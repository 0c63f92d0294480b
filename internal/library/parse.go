package library

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Front-matter fields a template may set.
var frontMatterFields = []string{"name", "channel", "subject", "description", "personalization", "min_words"}

// MaxMinWords is the highest min_words a template may ask for.
const MaxMinWords = 60

// parser collects the problems of one template file.
type parser struct {
	file  string
	lines []string
	probs []Problem
	// misspelt holds the known fields that an unknown field was suggested
	// as, e.g. "description" for "descripton".
	misspelt map[string]bool
}

func (p *parser) add(line, col int, format string, args ...any) {
	// YAML also breaks lines at U+0085, U+2028 and U+2029, so its line
	// numbers can run past the file's; keep every position inside it.
	if n := len(p.lines); n > 0 && line > n {
		line, col = n, 1
	}
	p.probs = append(p.probs, Problem{File: p.file, Line: line, Col: col, Msg: fmt.Sprintf(format, args...)})
}

// field is one front-matter value with its position in the file.
type field struct {
	value     string
	line, col int // of the value
	keyLine   int
	keyCol    int
	set       bool
	// bad marks a value already reported as not text.
	bad bool
}

// ParseTemplate reads one template file. file names it in problems; the
// returned template has no ID, Seniority, Source or File (the loader sets
// them from where the file was found). A file with any problem still
// returns what could be read, but must not be offered to a recruiter.
// ParseTemplate never panics, whatever data holds.
func ParseTemplate(file string, data []byte) (*Template, []Problem) {
	sum := sha256.Sum256(data)
	t := &Template{Hash: hex.EncodeToString(sum[:])[:16]}
	p := &parser{file: file, misspelt: map[string]bool{}}

	text := strings.TrimPrefix(string(data), "\uFEFF")
	text = strings.ReplaceAll(text, "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")
	if !utf8.ValidString(text) {
		line, col := position(text, invalidUTF8At(text), 1)
		p.add(line, col, "the file is not UTF-8 text; save it as UTF-8")
		return t, p.probs
	}
	p.lines = strings.Split(text, "\n")

	if strings.TrimRight(p.lines[0], " \t") != "---" {
		p.add(1, 1, "no front matter: start the file with a --- line, then name, channel, subject, description and personalization, then ---")
		return t, p.probs
	}
	closing := -1
	for i := 1; i < len(p.lines); i++ {
		if strings.TrimRight(p.lines[i], " \t") == "---" {
			closing = i
			break
		}
	}
	if closing < 0 {
		p.add(1, 1, "the front matter is never closed: add a --- line between it and the message body")
		return t, p.probs
	}

	fields, yamlOK := p.frontMatter(strings.Join(p.lines[1:closing], "\n"))

	// The body starts after the closing line; blank lines before it and
	// trailing whitespace are not part of the message.
	bodyLine := closing + 2
	rest := p.lines[closing+1:]
	for len(rest) > 0 && strings.TrimSpace(rest[0]) == "" {
		rest = rest[1:]
		bodyLine++
	}
	t.Body = strings.TrimRight(strings.Join(rest, "\n"), " \t\n")

	f := func(k string) field { return fields[k] }
	t.Name = f("name").value
	t.Description = f("description").value
	t.Hint = f("personalization").value
	if !yamlOK {
		// The fields could not be read, so reporting each as missing would
		// only bury the one real problem.
		p.body(t, bodyLine, closing+1)
		sortProblems(p.probs)
		return t, p.probs
	}
	for _, k := range []string{"name", "description", "personalization"} {
		p.required(f(k), k)
	}

	ch := f("channel")
	switch {
	case !ch.set && p.misspelt["channel"]:
	case !ch.set:
		p.add(1, 1, "missing channel: add \"channel: inmail\", \"channel: connection\" or \"channel: followup\" to the front matter")
	default:
		c, err := ParseChannel(ch.value)
		if err != nil {
			p.add(ch.line, ch.col, "unknown channel %q; use %s", ch.value, ChannelNames)
		}
		t.Channel = c
	}

	subj := f("subject")
	switch t.Channel {
	case InMail:
		if !subj.set && p.misspelt["subject"] {
			break
		}
		if strings.TrimSpace(subj.value) == "" {
			line, col := 1, 1
			if ch.set {
				line, col = ch.line, ch.col
			}
			if subj.set {
				line, col = subj.keyLine, subj.keyCol
			}
			p.add(line, col, "an InMail needs a subject: add \"subject: ...\" (one line, at most %d characters)", InMailSubjectLimit)
		} else {
			t.Subject = subj.value
			p.subject(subj)
			p.confidential(t, subj)
		}
	case Connection:
		if subj.set {
			p.add(subj.keyLine, subj.keyCol, "a connection note has no subject; remove the subject field")
		}
	case FollowUp:
		if subj.set {
			p.add(subj.keyLine, subj.keyCol, "a follow-up goes in the first message's conversation and has no subject; remove the subject field")
		}
	}

	mw := f("min_words")
	if mw.set {
		n, err := strconv.Atoi(mw.value)
		switch {
		case err != nil:
			p.add(mw.line, mw.col, "min_words must be a whole number, such as 8")
		case n < 1 || n > MaxMinWords:
			p.add(mw.line, mw.col, "min_words must be between 1 and %d", MaxMinWords)
		default:
			t.MinWords = n
		}
	}

	p.body(t, bodyLine, closing+1)
	sortProblems(p.probs)
	return t, p.probs
}

// required reports a front-matter field that is missing or empty. A field
// missing because it was misspelt is already reported as unknown.
func (p *parser) required(f field, key string) {
	switch {
	case f.bad, !f.set && p.misspelt[key]:
	case !f.set:
		p.add(1, 1, "missing %s: add \"%s: ...\" to the front matter", key, key)
	case strings.TrimSpace(f.value) == "":
		p.add(f.keyLine, f.keyCol, "%s is empty", key)
	}
}

var yamlLine = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// frontMatter decodes the YAML between the --- lines, which start on file
// line 2, reporting bad YAML and unknown, repeated or non-text fields. ok is
// false when the YAML could not be read at all.
func (p *parser) frontMatter(src string) (fields map[string]field, ok bool) {
	fields = map[string]field{}
	var root yaml.Node
	if err := safeUnmarshal([]byte(src), &root); err != nil {
		p.badYAML(err)
		return fields, false
	}
	if len(root.Content) == 0 {
		return fields, true
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		p.add(doc.Line+1, doc.Column, "the front matter must be fields such as \"name: Direct intro\", one per line")
		return fields, false
	}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		key := k.Value
		if !slices.Contains(frontMatterFields, key) {
			msg := fmt.Sprintf("unknown front-matter field %q", key)
			if s := nearest(key, frontMatterFields); s != "" {
				msg += fmt.Sprintf("; did you mean %q?", s)
				p.misspelt[s] = true
			} else {
				msg += "; known fields are " + strings.Join(frontMatterFields, ", ")
			}
			p.add(k.Line+1, k.Column, "%s", msg)
			continue
		}
		if prev, dup := fields[key]; dup {
			p.add(k.Line+1, k.Column, "%s is given twice (first at line %d)", key, prev.keyLine)
			continue
		}
		f := field{line: v.Line + 1, col: v.Column, keyLine: k.Line + 1, keyCol: k.Column, set: true}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		switch {
		case v.Kind == yaml.ScalarNode && v.Tag == "!!null":
			// "subject:" with nothing after it: present but empty.
		case v.Kind == yaml.ScalarNode:
			f.value = v.Value
		default:
			p.add(f.line, f.col, "%s must be a single line of text, not a list or a mapping", key)
			f.bad = true
		}
		fields[key] = f
	}
	return fields, true
}

// unquotedBrace matches a front-matter line whose value starts with a
// brace or bracket, which YAML reads as a mapping or list: subject: {{role}}.
var unquotedBrace = regexp.MustCompile(`^(\s*[A-Za-z_]+:[ \t]+)[\[{]`)

// badYAML reports a YAML error at the most useful position. YAML often
// names the line where the enclosing mapping started, so the common
// mistakes (an unquoted value starting with "{{", a value containing ": ")
// are looked for first and reported where they are.
func (p *parser) badYAML(err error) {
	found := false
	for i, l := range p.lines[1:] {
		if l == "---" {
			break
		}
		if m := unquotedBrace.FindStringSubmatch(l); m != nil {
			p.add(i+2, utf8.RuneCountInString(m[1])+1,
				"bad YAML in front matter: a value that starts with { or [ must be quoted, e.g. subject: \"{{role}} at {{client}}\"")
			found = true
		}
	}
	if found {
		return
	}
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line, col := 2, 1
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line, msg = n+1, m[2]
	}
	if strings.HasPrefix(msg, "mapping values are not allowed") && line <= len(p.lines) {
		src := p.lines[line-1]
		if _, v, ok := strings.Cut(src, ": "); ok {
			if j := strings.Index(v, ": "); j >= 0 {
				col = utf8.RuneCountInString(src[:len(src)-len(v)+j]) + 1
			}
		}
		msg += `; a value that contains ": " must be quoted, e.g. description: "For a team build: the appeal is..."`
	}
	p.add(line, col, "bad YAML in front matter: %s", msg)
}

// safeUnmarshal decodes YAML, turning a panic inside the decoder into an
// error: a template file must never crash the program.
func safeUnmarshal(data []byte, n *yaml.Node) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("the YAML could not be read (%v)", r)
		}
	}()
	return yaml.Unmarshal(data, n)
}

// subject checks the subject's placeholders and fixed length.
func (p *parser) subject(f field) {
	if strings.Contains(f.value, "\n") {
		p.add(f.line, f.col, "the subject must be one line")
	}
	fixed := 0
	for _, tok := range scan(f.value) {
		switch {
		case tok.unclosed:
			line, col := p.locate(f, tok.text)
			p.add(line, col, "unclosed {{ in the subject: close the placeholder with }}")
			fixed += Count(tok.text)
		case !tok.ph:
			fixed += Count(tok.text)
		case tok.name == Personalization:
			line, col := p.locate(f, tok.text)
			p.add(line, col, "{{personalization}} cannot be in the subject; it goes in the body, exactly once")
		case !IsPlaceholder(tok.name):
			line, col := p.locate(f, tok.text)
			p.add(line, col, "%s", unknownPlaceholderMsg(tok.name))
		}
	}
	if fixed > InMailSubjectLimit {
		p.add(f.line, f.col, "the subject's fixed text alone is %d characters; an InMail subject allows %d", fixed, InMailSubjectLimit)
	}
}

// confidentialWords mark a confidential search in a template's name,
// description or subject.
var confidentialWords = regexp.MustCompile(`(?i)\b(confidential|discreet)`)

// confidential reports a confidential search that names the client in its
// subject: a subject is seen in an inbox list, by whoever is looking at
// the screen, before the candidate chooses to open the message.
func (p *parser) confidential(t *Template, subj field) {
	if !confidentialWords.MatchString(t.Name + "\n" + t.Description + "\n" + subj.value) {
		return
	}
	ph := Placeholder(Client)
	if !strings.Contains(subj.value, ph) {
		return
	}
	line, col := p.locate(subj, ph)
	p.add(line, col, "a confidential search keeps the client out of the subject: remove %s there (the body can name the client)", ph)
}

// locate finds text in the source at or after a front-matter value's
// position, falling back to the value's position (e.g. for escaped or
// folded YAML strings).
func (p *parser) locate(f field, text string) (int, int) {
	for l := f.line; l >= 1 && l <= len(p.lines) && l < f.line+5; l++ {
		src := p.lines[l-1]
		from := 0
		if l == f.line {
			from = byteOffset(src, f.col-1)
		}
		if i := strings.Index(src[from:], text); i >= 0 {
			return l, utf8.RuneCountInString(src[:from+i]) + 1
		}
	}
	return f.line, f.col
}

// body checks the message body's placeholders and fixed length. bodyLine
// is the file line the body starts on; closingLine the front matter's
// closing --- line.
func (p *parser) body(t *Template, bodyLine, closingLine int) {
	if strings.TrimSpace(t.Body) == "" {
		p.add(closingLine, 1, "the message body is empty: write the message after this --- line, with {{personalization}} where the recruiter's line goes")
		return
	}
	fixed, personalized, firstLine := 0, 0, 0
	for _, tok := range scan(t.Body) {
		line, col := position(t.Body, tok.start, bodyLine)
		switch {
		case tok.unclosed:
			p.add(line, col, "unclosed {{: close the placeholder with }} on the same line")
			fixed += Count(tok.text)
		case !tok.ph:
			fixed += Count(tok.text)
		case tok.name == Personalization:
			personalized++
			if personalized == 1 {
				firstLine = line
			} else {
				p.add(line, col, "{{personalization}} appears more than once (first on line %d); keep exactly one", firstLine)
			}
		case !IsPlaceholder(tok.name):
			p.add(line, col, "%s", unknownPlaceholderMsg(tok.name))
		}
	}
	if personalized == 0 {
		p.add(bodyLine, 1, "the body has no {{personalization}}; put it exactly once where the recruiter's line goes")
	}
	if t.Channel != 0 && fixed > t.Channel.BodyLimit() {
		p.add(bodyLine, 1, "the body's fixed text alone is %d characters, before any placeholder is filled; %s allows %d",
			fixed, article(t.Channel), t.Channel.BodyLimit())
	}
}

// article names the channel with its article, for messages.
func article(c Channel) string {
	if c == InMail {
		return "an InMail"
	}
	if c == FollowUp {
		return "a follow-up"
	}
	return "a " + c.Label()
}

// position converts a byte offset in text into a file line and a 1-based
// column in characters; text starts at column 1 of firstLine.
func position(text string, off, firstLine int) (int, int) {
	off = min(max(off, 0), len(text))
	before := text[:off]
	line := firstLine + strings.Count(before, "\n")
	if i := strings.LastIndexByte(before, '\n'); i >= 0 {
		before = before[i+1:]
	}
	return line, utf8.RuneCountInString(before) + 1
}

// byteOffset returns the byte offset of the n-th character of s (or len(s)).
func byteOffset(s string, n int) int {
	for i := range s {
		if n <= 0 {
			return i
		}
		n--
	}
	return len(s)
}

func invalidUTF8At(s string) int {
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return i
			}
		}
	}
	return 0
}

// nearest returns the entry of list closest to s when it is a likely typo.
func nearest(s string, list []string) string {
	best, bestD := "", -1
	for _, v := range list {
		if d := distance(strings.ToLower(s), v); bestD < 0 || d < bestD {
			best, bestD = v, d
		}
	}
	if bestD >= 0 && bestD <= 2 {
		return best
	}
	return ""
}

package gate

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/inmail/inmail/internal/library"
)

// The voice check: a message is written by one recruiter, so the
// personalization line speaks in the template's grammatical person for
// the recruiter's side. A template that says "I" and "my client" with a
// line that says "our client" (or a firm's "we" template with a line that
// says "I") reads as two authors.

// placeholderPattern matches a template placeholder, which is not the
// template's own words.
var placeholderPattern = regexp.MustCompile(`\{\{[^{}\n]*\}\}`)

// person is who the recruiter's side of a text speaks as.
type person uint8

const (
	// noPerson: the text does not speak in the first person.
	noPerson person = iota
	// singular: I, me, my.
	singular
	// plural: we, us, our.
	plural
)

func (p person) String() string {
	switch p {
	case singular:
		return `"I"`
	case plural:
		return `"we"`
	}
	return "no one"
}

// firstPerson maps the first-person words to their person and to the same
// word in the other person, lower-case with a straight apostrophe.
var firstPerson = map[string]struct {
	p     person
	other string
}{
	"i": {singular, "we"}, "i'm": {singular, "we're"}, "i've": {singular, "we've"}, "i'll": {singular, "we'll"}, "i'd": {singular, "we'd"},
	"me": {singular, "us"}, "my": {singular, "our"}, "mine": {singular, "ours"}, "myself": {singular, "ourselves"},
	"we": {plural, "I"}, "we're": {plural, "I'm"}, "we've": {plural, "I've"}, "we'll": {plural, "I'll"}, "we'd": {plural, "I'd"},
	"us": {plural, "me"}, "our": {plural, "my"}, "ours": {plural, "mine"}, "ourselves": {plural, "myself"},
}

// inclusive are the plural words a line may use for the recruiter and the
// candidate together ("we met at LegalGeek", "join us"), which do not
// change who the message speaks as.
var inclusive = map[string]bool{"we": true, "us": true}

// phrase is a first-person word of a text with the word after it, as the
// text has them: "our client". first marks the text's first word.
type phrase struct {
	word, next string
	first      bool
}

func (ph phrase) String() string {
	if ph.next == "" {
		return ph.word
	}
	return ph.word + " " + ph.next
}

// firstPersonWords lists the first-person words of text in order, each
// with its person.
func firstPersonWords(text string) (out []phrase, persons []person) {
	words := strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && r != '\'' && r != '’'
	})
	for i, w := range words {
		w = strings.Trim(w, "'’")
		fp, ok := firstPerson[strings.ToLower(strings.ReplaceAll(w, "’", "'"))]
		if !ok {
			continue
		}
		ph := phrase{word: w, first: i == 0}
		if i+1 < len(words) {
			ph.next = strings.Trim(words[i+1], "'’")
		}
		out = append(out, ph)
		persons = append(persons, fp.p)
	}
	return out, persons
}

// templateVoice is the person t's own text speaks in, with the first
// phrase that shows it; noPerson when it uses none or both.
func templateVoice(t *library.Template) (person, phrase) {
	text := placeholderPattern.ReplaceAllString(t.Subject+"\n"+t.Body, " ")
	phrases, persons := firstPersonWords(text)
	voice, first := noPerson, phrase{}
	for i, p := range persons {
		switch {
		case voice == noPerson:
			voice, first = p, phrases[i]
		case voice != p:
			return noPerson, phrase{}
		}
	}
	return voice, first
}

// voiceClash is the line's first phrase that speaks in the other person
// from the template, and how it reads in the template's; ok is false when
// the line fits the template's voice. A line that also speaks in the
// template's person is taken as meaning what it says ("our chat stayed
// with me" is the recruiter and the candidate).
func voiceClash(t *library.Template, line string) (clash phrase, fixed string, ok bool) {
	voice, _ := templateVoice(t)
	if voice == noPerson {
		return phrase{}, "", false
	}
	phrases, persons := firstPersonWords(line)
	for _, p := range persons {
		if p == voice {
			return phrase{}, "", false
		}
	}
	for i, p := range persons {
		lower := strings.ToLower(strings.ReplaceAll(phrases[i].word, "’", "'"))
		if p == plural && inclusive[lower] {
			continue
		}
		fixed := phrase{word: matchCase(firstPerson[lower].other, phrases[i]), next: phrases[i].next}
		return phrases[i], fixed.String(), true
	}
	return phrase{}, "", false
}

// matchCase writes w, a word replacing like, with the capital like's
// place asks for: "I" always, any other word capitalised where like is
// capitalised and not merely the word I ("Our" for "My", "we" for "I" in
// mid-sentence, "We" for "I" opening the line).
func matchCase(w string, like phrase) string {
	if w == "I" || strings.HasPrefix(w, "I'") {
		return w
	}
	lower := strings.ToLower(strings.ReplaceAll(like.word, "’", "'"))
	capital := unicode.IsUpper([]rune(like.word)[0])
	if firstPerson[lower].p == singular && (lower == "i" || strings.HasPrefix(lower, "i'")) {
		capital = like.first
	}
	if capital {
		return strings.ToUpper(w[:1]) + w[1:]
	}
	return w
}

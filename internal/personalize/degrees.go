package personalize

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A degree is read as its level and, for the abbreviations that say one,
// its subject: "MSc" is a master's in science, "PhD" a doctorate, "Máster
// Universitario" a master's in nothing said. A line's degree is the
// profile's when the profile has a degree of that level whose subject, if
// it names one, is the line's: "your MSc" for "Master's degree" or "Master
// of Science - MS", "your PhD" for "Doctor of Philosophy" or "Doctorado";
// not "your PhD" for a master's, nor "your MSc" for a "Master of Arts".

type degreeLevel uint8

const (
	noDegree degreeLevel = iota
	bachelorDegree
	masterDegree
	doctorDegree
)

// degreeWord is a degree's level and the subject its name says.
type degreeWord struct {
	level   degreeLevel
	subject string
}

// degreeWordBits filters the words of degreeWords.
var degreeWordBits = bitsOfKeys(degreeWords)

// degreeWords give the level of a degree's word or abbreviation, folded
// and without dots, and the subject an abbreviation says ("" for none).
var degreeWords = map[string]degreeWord{
	"bachelor": {bachelorDegree, ""}, "bachelors": {bachelorDegree, ""}, "bachelor's": {bachelorDegree, ""},
	"licenciatura": {bachelorDegree, ""}, "licence": {bachelorDegree, ""}, "grado": {bachelorDegree, ""},
	"licenciado": {bachelorDegree, ""}, "licenciada": {bachelorDegree, ""}, "bacharelado": {bachelorDegree, ""},
	"ba": {bachelorDegree, "arts"}, "bsc": {bachelorDegree, "science"}, "bs": {bachelorDegree, "science"},
	"beng": {bachelorDegree, "engineering"}, "bcom": {bachelorDegree, "commerce"}, "bba": {bachelorDegree, "business"},
	"llb": {bachelorDegree, "law"}, "bed": {bachelorDegree, "education"}, "bpharm": {bachelorDegree, "pharmacy"},
	"master": {masterDegree, ""}, "masters": {masterDegree, ""}, "master's": {masterDegree, ""}, "maestria": {masterDegree, ""},
	"magister": {masterDegree, ""}, "mestrado": {masterDegree, ""}, "maitrise": {masterDegree, ""}, "mgr": {masterDegree, ""},
	"ma": {masterDegree, "arts"}, "msc": {masterDegree, "science"}, "ms": {masterDegree, "science"},
	"meng": {masterDegree, "engineering"}, "mba": {masterDegree, "business"}, "llm": {masterDegree, "law"},
	"mres": {masterDegree, "research"}, "mphil": {masterDegree, "philosophy"}, "mst": {masterDegree, "studies"},
	"mpa": {masterDegree, "administration"}, "mph": {masterDegree, "health"}, "med": {masterDegree, "education"},
	"doctor": {doctorDegree, ""}, "doctorate": {doctorDegree, ""}, "doctoral": {doctorDegree, ""}, "dr": {doctorDegree, ""},
	"doctorado": {doctorDegree, ""}, "doctorat": {doctorDegree, ""}, "dottorato": {doctorDegree, ""},
	"doutorado": {doctorDegree, ""}, "doutoramento": {doctorDegree, ""}, "doktorat": {doctorDegree, ""},
	"phd": {doctorDegree, "philosophy"}, "dphil": {doctorDegree, "philosophy"}, "edd": {doctorDegree, "education"},
	"dba": {doctorDegree, "business"}, "pharmd": {doctorDegree, "pharmacy"}, "engd": {doctorDegree, "engineering"},
}

// degreeSubjects are the subjects a degree's name can say, by the stem
// each is found with: "Master of Science", "Doctor of Education".
var degreeSubjects = map[string]string{
	"arts": "art", "science": "scien", "engineering": "engineer", "commerce": "commerce", "business": "business",
	"law": "law", "education": "educat", "pharmacy": "pharm", "research": "research", "philosophy": "philosoph",
	"studies": "studies", "administration": "administ", "health": "health", "medicine": "medic",
}

// degreeOf is the level and subject of a degree word of a line ("MSc",
// "Master's", "doctorate"), noDegree for any other word.
func degreeOf(lower string) (degreeLevel, string) {
	if len(lower) < 2 || len(lower) > 14 {
		return noDegree, ""
	}
	switch lower[0] {
	case 'b', 'm', 'd', 'l', 'p', 'e', 'g':
	default:
		return noDegree, "" // no degree word starts otherwise: most words end here
	}
	var d degreeWord
	ok := false
	if degreeWordBits.has(lower) {
		d, ok = degreeWords[lower]
	}
	if !ok && dotOrNonASCII(lower) {
		d = degreeWords[strings.ReplaceAll(fold(lower), ".", "")] // "M.Sc.", "máster"
	}
	return d.level, d.subject
}

// dotOrNonASCII reports whether s holds a dot or a character past
// ASCII: a byte that is a dot or past ASCII, as every byte of such a
// character is, and as the first byte of an invalid sequence is.
func dotOrNonASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] >= utf8.RuneSelf {
			return true
		}
	}
	return false
}

// hasDegree reports whether the profile has a degree of the level, and of
// the subject when its name says one.
func (x *Index) hasDegree(level degreeLevel, subject string) bool {
	return len(x.degreeEntries(level, subject, nil)) > 0
}

// degreeEntries appends to out the entries of the profile's degrees of
// the level, and of the subject when their names say one.
func (x *Index) degreeEntries(level degreeLevel, subject string, out []int32) []int32 {
	for i := range x.segs {
		s := &x.segs[i]
		if s.label != "degree" || s.entry < 0 || s.entry/10000 != listEducation {
			continue
		}
		text := fold(s.src)
		if s.field == "text" && len(s.toks) > 0 {
			text = fold(s.src[s.toks[0].start:s.toks[len(s.toks)-1].end])
		}
		lv, subjects := noDegree, ""
		for _, w := range strings.FieldsFunc(text, func(r rune) bool { return r == ' ' || r == ',' || r == '-' || r == '(' || r == ')' || r == '/' }) {
			if d := degreeWords[strings.ReplaceAll(w, ".", "")]; d.level != noDegree {
				lv = max(lv, d.level)
				subjects += " " + d.subject
			}
			for sub, stem := range degreeSubjects {
				if strings.HasPrefix(w, stem) {
					subjects += " " + sub
				}
			}
		}
		if lv == level && (subject == "" || strings.TrimSpace(subjects) == "" || strings.Contains(subjects, subject)) && !slices.Contains(out, s.entry) {
			out = append(out, s.entry)
		}
	}
	return out
}

// subjectName reports whether a field of study of more than four words is
// still a subject's name: up to eight words, none in lower case but the
// small ones ("Naval Architecture and Marine Engineering"; words of a
// script without case too: "地球惑星科学 Earth and Planetary Science"),
// not a thesis ("Effect of bismuth additions on nodule count").
// subjectJoins are the small words between the words of a subject's
// name in English and the languages of Europe: "Ciencias de la Actividad
// Física y del Deporte", "Engenharia e Gestão Industrial".
var subjectJoins = wordSet("in y et und e i och og en des dos das für w")

func subjectName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) > 8 {
		return false
	}
	for _, w := range ws {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLower(r) && !connectors[w] && !nameArticles[w] && !subjectJoins[w] && w != "&" {
			return false
		}
	}
	return true
}

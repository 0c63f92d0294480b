package personalize

import "strings"

// An institution named in English for one the profile names in its own
// language ("University of Galway" for "Ollscoil na Gaillimhe", "Cardiff
// and Vale College" for "Coleg Caerdydd a'r Fro") is not called invented
// when the aliases list lacks it: the kind of institution translates and
// the name starts with the same letter, as exonyms mostly do. It is not a
// reference either: the validator cannot tell.

// institutionKinds are the words for kinds of institution in other
// languages (not spelt as in English), by their English key.
var institutionKinds = map[string][]string{
	"univers": {"universidade", "universidad", "universite", "universitat", "universiteit", "universita", "uniwersytet",
		"univerzita", "universitet", "universitatea", "egyetem", "yliopisto", "universitesi", "ollscoil", "prifysgol",
		"hochschule", "hogeschool", "högskolan", "hogskolan", "politechnika", "politecnico", "polytechnique"},
	"colleg":   {"coleg", "colegio", "collegio", "kolegium", "colaiste"},
	"ministri": {"ministerstwo", "ministere", "ministerio", "ministero", "ministerium", "ministerie", "ministerstvo"},
	"depart":   {"departement", "departamento", "dipartimento", "departament"},
	"hospit":   {"hopital", "ospedale", "krankenhaus", "szpital", "sjukhus", "sygehus", "ysbyty", "ziekenhuis", "hospitalar"},
	"school":   {"ecole", "escuela", "escola", "scuola", "schule", "szkola", "ysgol", "scoil"},
	"institut": {"institut", "instituto", "istituto", "instytut", "institutet"},
	"academi":  {"academie", "academia", "akademie", "akademia", "accademia"},
	"council":  {"conseil", "consejo", "cyngor", "comhairle", "rada", "gemeente"},
	"bank":     {"banque", "banco", "banca"},
	"agenc":    {"agence", "agencia", "agenzia", "agencja", "agentur"},
	"court":    {"cour", "tribunal", "sad", "gericht", "tribunale"},
}

// translatedName reports whether the line's name toks[first..last], in
// English, may be the profile's name of an institution in another
// language.
func (x *Index) translatedName(toks []lineTok, first, last int) bool {
	var kinds []string
	var initials []byte
	for k := first; k <= last; k++ {
		t := &toks[k]
		if _, ok := institutionKinds[t.key]; ok {
			kinds = append(kinds, t.key)
			continue
		}
		if t.capital && !t.fn && !connectors[t.lower] && len(t.lower) >= 3 && t.weight > weightTier2 {
			initials = append(initials, t.lower[0]) // a distinctive word: "Galway", not "Children's"
		}
	}
	if len(kinds) == 0 || len(initials) == 0 {
		return false
	}
	for si := range x.segs {
		seg := &x.segs[si]
		if seg.kind == segName || seg.kind == segVocab || seg.kind == segContext || !seg.names && seg.label != "school" && seg.label != "current company" {
			continue
		}
		kind, letter := false, false
		for _, ft := range seg.toks {
			for _, k := range kinds {
				for _, w := range institutionKinds[k] {
					if ft.lower == w || strings.HasPrefix(ft.lower, w) {
						kind = true
					}
				}
			}
			if ft.capital && len(ft.lower) >= 3 && strings.IndexByte(string(initials), ft.lower[0]) >= 0 {
				if _, isKind := kindWord(ft.lower); !isKind {
					letter = true
				}
			}
		}
		if kind && letter {
			return true
		}
	}
	return false
}

// kindWord reports whether w is a word for a kind of institution.
func kindWord(w string) (string, bool) {
	for k, ws := range institutionKinds {
		for _, o := range ws {
			if w == o || strings.HasPrefix(w, o) {
				return k, true
			}
		}
	}
	return "", false
}

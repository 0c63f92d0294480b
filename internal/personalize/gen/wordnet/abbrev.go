package main

import (
	"bufio"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// abbrevNotice heads wordnet-abbreviations.txt.
const abbrevNotice = `# Abbreviations and their long forms from WordNet 3.0, written by
# internal/personalize/gen/wordnet -abbrev from Debian's wordnet-base: the
# noun synsets that hold an abbreviation in capitals (three to six letters)
# and a name of several words whose initials spell it ("MRI = magnetic
# resonance imaging"), but no abbreviation that is itself an English word of
# the validator's lists ("CAT", "ICE"). Used both ways, as abbreviations.txt
# is. Do not edit: run the generator. WordNet's licence is at the head of
# synonyms.txt.
`

// smallWords are left out of initials ("North American Free Trade
// Agreement" is NAFTA, "Department of Energy" DOE).
var smallWords = map[string]bool{"of": true, "and": true, "the": true, "for": true, "in": true, "on": true, "to": true, "a": true}

// runAbbrev writes the abbreviations table to stdout.
func runAbbrev(dict, listDir string) error {
	known, err := knownWords(listDir)
	if err != nil {
		return err
	}
	f, err := os.Open(filepath.Join(dict, "data.noun"))
	if err != nil {
		return err
	}
	defer f.Close()
	longs := map[string][]string{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "  ") {
			continue // the licence
		}
		fields := strings.Fields(line)
		if len(fields) < 5 {
			continue
		}
		n, err := strconv.ParseInt(fields[3], 16, 32)
		if err != nil || len(fields) < 4+2*int(n) {
			continue
		}
		var lemmas []string
		for i := range int(n) {
			lemmas = append(lemmas, fields[4+2*i])
		}
		for _, a := range lemmas {
			if len(a) < 3 || len(a) > 6 || strings.IndexFunc(a, func(r rune) bool { return !unicode.IsUpper(r) || r > unicode.MaxASCII }) >= 0 ||
				known[strings.ToLower(a)] {
				continue
			}
			for _, m := range lemmas {
				if !strings.Contains(m, "_") || initials(m) != strings.ToLower(a) {
					continue
				}
				long := strings.ReplaceAll(m, "_", " ")
				if !slices.Contains(longs[a], long) {
					longs[a] = append(longs[a], long)
				}
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprint(w, abbrevNotice)
	for _, a := range slices.Sorted(maps.Keys(longs)) {
		fmt.Fprintf(w, "%s = %s\n", a, strings.Join(longs[a], " = "))
	}
	return w.Flush()
}

// initials are the first letters of a WordNet lemma's words ("cathode-ray
// tube" is crt), small words left out.
func initials(lemma string) string {
	var b strings.Builder
	for _, w := range strings.FieldsFunc(lemma, func(r rune) bool { return r == '_' || r == '-' }) {
		if !smallWords[strings.ToLower(w)] {
			b.WriteByte(byte(unicode.ToLower(rune(w[0]))))
		}
	}
	return b.String()
}

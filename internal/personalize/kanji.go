package personalize

import (
	"bufio"
	"bytes"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Names written in kanji (三陸, 横須賀, 資生堂, 渡辺) are also found by
// their readings in Latin letters ("Sanriku", "Yokosuka", "Shiseido",
// "Watanabe"), as a line written in English spells them: the proper nouns
// of the IPA dictionary and their readings (lists/kanji-names.txt, written
// by gen/ipadic) are looked up in the profile's runs of kanji, longest
// first, and each reading is romanized as katakana is (romaji).

// kanjiNames holds the names, read from the list the first time a profile
// has kanji: by name, the romanizations of its readings.
var kanjiNames struct {
	once   sync.Once
	byName map[string][]string
	runes  int // the longest name, in characters
}

// kanjiReadings returns the names and the length of the longest.
func kanjiReadings() (map[string][]string, int) {
	kanjiNames.once.Do(func() {
		data, err := listFiles.ReadFile("lists/kanji-names.txt")
		kanjiNames.byName = map[string][]string{}
		if err != nil {
			return
		}
		sc := bufio.NewScanner(bytes.NewReader(data))
		for sc.Scan() {
			line := sc.Text()
			name, readings, ok := strings.Cut(line, " ")
			if !ok || strings.HasPrefix(line, "#") {
				continue
			}
			var rs []string
			for reading := range strings.SplitSeq(readings, ",") {
				r := romaji(reading)
				if r == "" {
					continue
				}
				for _, v := range [2]string{r, shortVowels(r)} {
					if len(v) >= 3 && !slices.Contains(rs, v) {
						rs = append(rs, v)
					}
				}
			}
			if len(rs) > 0 {
				kanjiNames.byName[name] = rs
				kanjiNames.runes = max(kanjiNames.runes, utf8.RuneCountInString(name))
			}
		}
	})
	return kanjiNames.byName, kanjiNames.runes
}

// shortVowels writes a long vowel once, as names are spelt in English:
// "touhoku" is "tohoku", "oosaka" "osaka", "shiseidou" "shiseido".
func shortVowels(r string) string {
	if !strings.Contains(r, "ou") && !strings.Contains(r, "oo") && !strings.Contains(r, "uu") {
		return r
	}
	return strings.NewReplacer("ou", "o", "oo", "o", "uu", "u").Replace(r)
}

// nameRune reports whether r may be a character of a name in kanji.
func nameRune(r rune) bool {
	return r == '々' || r == 'ヶ' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) && r != '・' && r != 'ー'
}

// addKanji indexes the names in kanji of segment si by their readings:
// at each kanji, every name that starts there (岩谷産業 and 岩谷), and on
// after the longest.
func (x *Index) addKanji(si int32) {
	seg := &x.segs[si]
	src, lo, hi := seg.src, seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	var names map[string][]string
	most := 0
	var ends [16]int
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !unicode.Is(unicode.Han, r) {
			i += size
			continue
		}
		if names == nil {
			names, most = kanjiReadings()
			most = min(most, len(ends))
		}
		n := 0
		for j := i; j < hi && n < most; {
			r, size := utf8.DecodeRuneInString(src[j:])
			if !nameRune(r) {
				break
			}
			j += size
			ends[n] = j
			n++
		}
		next := i + size
		for k := n - 1; k >= 1; k-- {
			rs := names[src[i:ends[k]]]
			for _, rom := range rs {
				x.addRomanKey(si, i, rom)
			}
			if next == i+size && rs != nil {
				next = ends[k] // on after the longest name
			}
		}
		i = next
	}
}

package personalize

import (
	"bytes"
	"sort"
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
//
// The list is searched where it lies, sorted by name, rather than loaded
// into a map of its names: the first profile with kanji pays for finding
// where its lines start and where each first pair of characters' names
// do, a few milliseconds, not for reading 116,750 names and readings.

// kanjiList is the list's text and where each of its names' lines starts,
// in the list's order (by name, byte by byte), found the first time a
// profile has kanji.
var kanjiList struct {
	once  sync.Once
	text  string
	lines []int32
	// pairs are, by the first two characters of a name, the range of
	// lines whose names start with them.
	pairs map[string][2]int32
}

// kanjiLines returns the list's text and its lines' starts.
func kanjiLines() (string, []int32) {
	kanjiList.once.Do(func() {
		data, err := listFiles.ReadFile("lists/kanji-names.txt")
		if err != nil {
			return
		}
		kanjiList.text = string(data)
		kanjiList.lines = make([]int32, 0, bytes.Count(data, []byte{'\n'}))
		for i := 0; i < len(data); {
			end := bytes.IndexByte(data[i:], '\n')
			if end < 0 {
				end = len(data) - i
			}
			if data[i] != '#' && end > 0 {
				kanjiList.lines = append(kanjiList.lines, int32(i))
			}
			i += end + 1
		}
		kanjiList.pairs = make(map[string][2]int32, len(kanjiList.lines)/3)
		for j, start := range kanjiList.lines {
			p := firstPair(kanjiName(kanjiList.text, start))
			r, ok := kanjiList.pairs[p]
			if !ok {
				r[0] = int32(j)
			}
			r[1] = int32(j + 1)
			kanjiList.pairs[p] = r
		}
	})
	return kanjiList.text, kanjiList.lines
}

// firstPair is the first two characters of s, or s when it is shorter.
func firstPair(s string) string {
	_, a := utf8.DecodeRuneInString(s)
	_, b := utf8.DecodeRuneInString(s[a:])
	return s[:a+b]
}

// kanjiName is the name of the list's line that starts at start.
func kanjiName(text string, start int32) string {
	line := text[start:]
	if i := strings.IndexByte(line, ' '); i >= 0 {
		return line[:i]
	}
	return line
}

// kanjiFind returns the readings of name, comma-separated katakana, and
// whether any name of the list starts with name (so that a longer one
// may follow).
func kanjiFind(name string) (readings string, more bool) {
	text, lines := kanjiLines()
	r, ok := kanjiList.pairs[firstPair(name)]
	if !ok {
		return "", false
	}
	j := int(r[0]) + sort.Search(int(r[1]-r[0]), func(j int) bool { return kanjiName(text, lines[int(r[0])+j]) >= name })
	if j == int(r[1]) {
		return "", false
	}
	got := kanjiName(text, lines[j])
	if !strings.HasPrefix(got, name) {
		return "", false
	}
	if got == name {
		line := text[lines[j]+int32(len(name))+1:]
		if i := strings.IndexByte(line, '\n'); i >= 0 {
			line = line[:i]
		}
		readings = line
	}
	return readings, true
}

// kanjiRomaji calls fn with each romanization of readings, and with each
// written with its long vowels once.
func kanjiRomaji(readings string, fn func(string)) {
	for reading := range strings.SplitSeq(readings, ",") {
		r := romaji(reading)
		if r == "" {
			continue
		}
		fn(r)
		if s := shortVowels(r); s != r {
			fn(s)
		}
	}
}

// shortVowels writes a long vowel once, as names are spelt in English:
// "touhoku" is "tohoku", "oosaka" "osaka", "shiseidou" "shiseido".
func shortVowels(r string) string {
	if !strings.Contains(r, "ou") && !strings.Contains(r, "oo") && !strings.Contains(r, "uu") {
		return r
	}
	return longVowels.Replace(r)
}

var longVowels = strings.NewReplacer("ou", "o", "oo", "o", "uu", "u")

// nameRune reports whether r may be a character of a name in kanji.
func nameRune(r rune) bool {
	return r == '々' || r == 'ヶ' || unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) && r != '・' && r != 'ー'
}

// maxKanjiName is the most characters a name of the list is looked up
// with.
const maxKanjiName = 16

// addKanji indexes the names in kanji of segment si by their readings:
// at each kanji, every name that starts there (岩谷 and 岩谷産業), and on
// after the longest.
func (x *Index) addKanji(si int32) {
	seg := &x.segs[si]
	src, lo, hi := seg.src, seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(src[i:])
		if !unicode.Is(unicode.Han, r) {
			i += size
			continue
		}
		next := i + size
		n := 0
		for j := i; j < hi && n < maxKanjiName; {
			r, size := utf8.DecodeRuneInString(src[j:])
			if !nameRune(r) {
				break
			}
			j += size
			n++
			if n < 2 {
				continue
			}
			readings, more := kanjiFind(src[i:j])
			if !more {
				break // no longer name starts with these characters
			}
			if readings != "" {
				kanjiRomaji(readings, func(rom string) {
					if len(rom) >= 3 {
						x.addRomanKey(si, i, rom)
					}
				})
				next = j
			}
		}
		i = next
	}
}

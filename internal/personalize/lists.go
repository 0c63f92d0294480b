package personalize

import (
	"bufio"
	"embed"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/spanish"
)

//go:embed lists/*.txt
var listFiles embed.FS

// File names of the word lists, embedded and in the config folder.
const (
	StockPhrasesFile = "stock-phrases.txt"
	CommonWordsFile  = "common-words.txt"
)

// Lists are the word lists the validator judges lines with: stock phrases,
// words common to almost every profile, and how common each English word
// is. The zero value is not usable; use DefaultLists or LoadLists. Lists are
// read-only once built and safe to share.
type Lists struct {
	stock [][]string // stock phrases as sequences of keys
	// stockFirst indexes stock phrases by their first key; stockBits
	// holds a hash of each of those keys, so that markStock looks up only
	// the few line words that may start one.
	stockFirst map[string][]int
	stockBits  keyBits
	common     map[string]bool // keys of words common to every profile
	// commonBits holds a hash of each key of common, so that isCommon
	// looks up only the few words that may be one.
	commonBits keyBits
	// equiv are the abbreviations and aliases: names that stand for one
	// another.
	equiv equivalents
	// tiers are the English word lists, sorted: the ~4,000 most common
	// words, the next ~7,000, and a large dictionary. tierStart[i][b] is
	// the index in tiers[i] of the first word of bucket b or a later one
	// (see bucketOf), so a search reads one bucket.
	tiers     [3][]string
	tierStart [3][numBuckets + 1]int32
	// tierSeen remembers the tiers of words looked up lately, in slots
	// chosen by a hash of the word: a line's words are mostly the same few
	// thousand.
	tierSeen [tierSlots]atomic.Pointer[wordTier]
	seed     maphash.Seed
	// people are the nouns WordNet files as people or groups of people
	// ("nurse", "staff"), sorted (lists/people.txt).
	people []string
	// peopleFirst are those whose most frequent sense is people or a
	// group ("patient", "member"; not "floor" or "unit"), sorted
	// (lists/people-first.txt).
	peopleFirst []string
	// foreign are the everyday words of other languages, folded
	// (lists/foreign-common.txt, from stopwords-iso): "mich", "roku".
	foreign map[string]bool
	// foreignBits holds a hash of each word of foreign (see
	// isForeignWord).
	foreignBits keyBits
}

const tierSlots = 4096

// wordTier is a word and its tier.
type wordTier struct {
	word string
	tier int
}

// Words are put in buckets by their first two bytes: a letter of a-z, a
// byte before 'a' or none, or a byte after 'z'. Byte order and bucket
// order agree, so each bucket is one run of a sorted list.
const numBuckets = 28 * 28

func bucketOf(w string) int {
	return byteBucket(w, 0)*28 + byteBucket(w, 1)
}

func byteBucket(w string, i int) int {
	switch {
	case i >= len(w) || w[i] < 'a':
		return 0
	case w[i] > 'z':
		return 27
	}
	return int(w[i]-'a') + 1
}

var (
	defaultOnce  sync.Once
	defaultLists *Lists
)

// DefaultLists returns the lists embedded in the binary.
func DefaultLists() *Lists {
	defaultOnce.Do(func() {
		l, err := buildLists(nil)
		if err != nil {
			// The embedded files are part of the source; a failure here is a
			// build mistake that every test would show.
			panic("personalize: embedded lists: " + err.Error())
		}
		defaultLists = l
	})
	return defaultLists
}

// Warm builds the embedded tables every check needs (the lists, the
// synonyms, the names of countries and their regions) side by side on the machine's cores,
// rather than one after another in the first check. Call it in a
// goroutine at start-up; checks that come first wait for what they need.
func Warm() {
	var wg sync.WaitGroup
	wg.Go(func() { DefaultLists() })
	wg.Go(func() { synonymTableOf("") })
	wg.Go(func() { countryKey("") })
	wg.Go(buildCountryRegions)
	wg.Wait()
}

// LoadLists returns the embedded lists extended by stock-phrases.txt,
// common-words.txt, abbreviations.txt and aliases.txt in dir (a team lead's config folder), one entry a line,
// "#" starting a comment. Missing files are fine; an unreadable one is an
// error naming it.
func LoadLists(dir string) (*Lists, error) {
	extra := map[string][]string{}
	for _, name := range []string{StockPhrasesFile, CommonWordsFile, AbbreviationsFile, AliasesFile} {
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, fmt.Errorf("read word list %s: %w", path, err)
		}
		extra[name] = listLines(string(b))
	}
	if len(extra) == 0 {
		return DefaultLists(), nil
	}
	return buildLists(extra)
}

func buildLists(extra map[string][]string) (*Lists, error) {
	l := &Lists{common: map[string]bool{}, stockFirst: map[string][]int{}, seed: maphash.MakeSeed(),
		equiv: equivalents{first: map[string][]int32{}}}
	read := func(name string) ([]string, error) {
		b, err := listFiles.ReadFile("lists/" + name)
		if err != nil {
			return nil, err
		}
		return listLines(string(b)), nil
	}
	stock, err := read(StockPhrasesFile)
	if err != nil {
		return nil, err
	}
	for _, s := range append(stock, extra[StockPhrasesFile]...) {
		var keys []string
		for _, t := range tokenize(s, nil) {
			keys = append(keys, t.key)
		}
		if len(keys) > 0 {
			l.stockFirst[keys[0]] = append(l.stockFirst[keys[0]], len(l.stock))
			l.stockBits.add(keys[0])
			l.stock = append(l.stock, keys)
		}
	}
	for _, name := range []string{AbbreviationsFile, AliasesFile, wordnetAbbreviationsFile} {
		lines, err := read(name)
		if err != nil {
			return nil, err
		}
		for _, line := range append(lines, extra[name]...) {
			l.equiv.addLine(line)
		}
	}
	common, err := read(CommonWordsFile)
	if err != nil {
		return nil, err
	}
	for _, w := range append(common, extra[CommonWordsFile]...) {
		for _, t := range tokenize(w, nil) {
			l.common[t.key] = true
			l.commonBits.add(t.key)
		}
	}
	// The English lists are searched as sorted slices of the embedded text:
	// no stemming and no map to build at start-up.
	for i, name := range []string{"english-1.txt", "english-2.txt", "english-3.txt"} {
		words, err := read(name)
		if err != nil {
			return nil, err
		}
		if !slices.IsSorted(words) {
			slices.Sort(words)
		}
		l.tiers[i] = words
		b := 0
		for j, w := range words {
			for wb := bucketOf(w); b <= wb; b++ {
				l.tierStart[i][b] = int32(j)
			}
		}
		for ; b <= numBuckets; b++ {
			l.tierStart[i][b] = int32(len(words))
		}
	}
	if l.people, err = read("people.txt"); err != nil {
		return nil, err
	}
	if !slices.IsSorted(l.people) {
		slices.Sort(l.people)
	}
	if l.peopleFirst, err = read("people-first.txt"); err != nil {
		return nil, err
	}
	if !slices.IsSorted(l.peopleFirst) {
		slices.Sort(l.peopleFirst)
	}
	foreign, err := read("foreign-common.txt")
	if err != nil {
		return nil, err
	}
	l.foreign = make(map[string]bool, len(foreign))
	for _, w := range foreign {
		// Folded, a word may spell an English one (the Romanian "dată"
		// is "data"): that stays English.
		if f := fold(w); l.searchTier(f) == 0 { // not through the cache of line words
			l.foreign[f] = true
			l.foreignBits.add(f)
		}
	}
	return l, nil
}

// isCommon reports whether k is the key of a word common to every
// profile (common).
func (l *Lists) isCommon(k string) bool { return l.commonBits.has(k) && l.common[k] }

// isCommonWord is isCommon(t.key), with the line word's own hash of it.
func (l *Lists) isCommonWord(t *lineTok) bool {
	return l.commonBits.hasBit(t.keyBitOf()) && l.common[t.key]
}

// countsThings reports whether a noun, as a line or profile writes it,
// counts things and never people: an English word ("cots", "referrals",
// "routes") that WordNet does not file as people or a group ("nurses",
// "staff", "unit"). A word it does not know (an acronym, jargon) counts
// either.
func (l *Lists) countsThings(w string) bool {
	known, person := l.countKind(w)
	return known && !person
}

// mostlyPeople reports whether a noun, or its singular, is a word whose
// most frequent sense is people or a group of them ("patients",
// "members", "women"; not "floors", "units" or "sites").
func (l *Lists) mostlyPeople(w string) bool {
	for _, f := range [...]string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y", strings.TrimSuffix(w, "men") + "man"} {
		if _, ok := slices.BinarySearch(l.peopleFirst, f); ok && len(f) > 1 {
			return true
		}
	}
	// A closed compound whose last word makes a person of it:
	// "sailmakers", "dockworkers", "gamekeepers", "linesmen".
	w = strings.TrimSuffix(w, "s")
	for _, suf := range agentHeads {
		if len(w) >= len(suf)+3 && strings.HasSuffix(w, suf) && l.tier(w[:len(w)-len(suf)]) != 0 {
			return true
		}
	}
	return false
}

// agentHeads end closed compounds that name people.
var agentHeads = []string{"maker", "worker", "keeper", "smith", "wright", "holder", "owner", "builder", "fighter",
	"leader", "man", "men", "woman", "women", "person", "people"} // not "driver" or "writer": screwdrivers, typewriters

// countKind reports whether w, or its singular, is an English word, and
// whether it names people or a group of them.
func (l *Lists) countKind(w string) (known, person bool) {
	if l.tier(w) == 0 {
		// A closed compound of two English words has the kind of its
		// last ("caseload" counts loads, "shopfloor" floors).
		for i := 3; i+4 <= len(w) && len(w) >= 7; i++ {
			if l.tier(w[:i]) != 0 && l.tier(w[i:]) != 0 {
				return l.countKind(w[i:])
			}
		}
		return false, false
	}
	// The singular: the first known word of "routes" less "s", "es" or
	// "ies" plus "y" ("route", not "rout").
	one := w
	for _, f := range [...]string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if f != w && len(f) > 1 && l.tier(f) > 0 {
			one = f
			break
		}
	}
	_, person = slices.BinarySearch(l.people, w)
	_, personOne := slices.BinarySearch(l.people, one)
	return true, person || personOne
}

// tier is 1 for the most common English words, 2 for common ones, 3 for
// other dictionary words and 0 for anything else (names, jargon).
func (l *Lists) tier(word string) int {
	slot := &l.tierSeen[maphash.String(l.seed, word)%tierSlots]
	if e := slot.Load(); e != nil && e.word == word {
		return e.tier
	}
	t := l.searchTier(word)
	slot.Store(&wordTier{word: strings.Clone(word), tier: t})
	return t
}

// searchTier is tier without the cache.
func (l *Lists) searchTier(word string) int {
	b := bucketOf(word)
	for i, words := range l.tiers {
		if _, ok := slices.BinarySearch(words[l.tierStart[i][b]:l.tierStart[i][b+1]], word); ok {
			return i + 1
		}
	}
	return 0
}

// listLines returns the non-empty lines of a list file without comments.
func listLines(s string) []string {
	var out []string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// extraFunctionWords are words that carry no content in a recruiter's line
// beyond the stop words of the stemmer.
var extraFunctionWords = map[string]bool{
	"hi": true, "hello": true, "hey": true, "dear": true, "thanks": true, "thank": true,
	"ー": true, "・": true, // the katakana long vowel and middle dot, split off a word
	"please": true, "really": true, "very": true, "just": true, "also": true,
	"would": true, "could": true, "might": true, "may": true, "must": true, "shall": true,
	"like": true, "love": true, "loved": true, "think": true, "thought": true,
	"believe": true, "seem": true, "seems": true, "see": true, "know": true,
	"want": true, "wanted": true, "need": true, "needs": true, "get": true, "got": true,
	"let": true, "lot": true, "lots": true, "much": true, "many": true, "well": true,
	"still": true, "even": true, "maybe": true, "perhaps": true, "quite": true,
	"clearly": true, "truly": true, "surely": true, "certainly": true,
	"definitely": true, "exactly": true, "sure": true, "one": true, "ones": true,
	"thing": true, "things": true, "something": true, "anything": true, "way": true,
	"kind": true, "sort": true, "bit": true, "etc": true, "yes": true, "ok": true,
	"okay": true, "hope": true, "wish": true, "every": true, "everyone": true,
	"someone": true, "anyone": true, "us": true, "we're": true, "you're": true,
	"you'd": true, "i'd": true, "i'm": true, "i've": true, "you've": true,
	"it's": true, "that's": true, "what's": true, "let's": true, "can't": true,
	"don't": true, "didn't": true, "isn't": true, "wasn't": true, "won't": true,
	"via": true, "per": true, "plus": true, "onto": true, "upon": true, "within": true,
	"without": true, "across": true, "along": true, "among": true, "around": true,
	"toward": true, "towards": true, "amp": true, "re": true, "vs": true, "v": true,
	"whether": true, "though": true, "although": true, "yet": true, "since": true,
	"ever": true, "never": true, "always": true, "often": true, "already": true,
	"soon": true, "now": true, "here": true, "there": true, "else": true,
}

// isFunctionWord reports whether a folded, lower-case word carries no
// content.
func isFunctionWord(w string) bool {
	return extraFunctionWords[w] || english.IsStopWord(w) || len(w) > 1 && (french.IsStopWord(w) || spanish.IsStopWord(w) ||
		polishFunctionWords[w] || romanceFunctionWords[w] || otherFunctionWords[w] || sinceWords[w]) // "seit 2014": "since", in the languages tenure lines use
}

// romanceFunctionWords are French, Spanish and Portuguese prepositions and
// adverbs the stemmer library's stop words lack, folded: "chez Maison
// Roux" names Maison Roux, not "chez"; and the Portuguese and Italian
// possessives, contractions and adverbs, as the library has no list for
// either ("Sua dissertação no ITA ...", "Il suo progetto ...").
var romanceFunctionWords = wordSet("chez vers sous selon parmi sans contre pendant comme aussi apres avant " +
	"hacia mediante tras bajo segun tambien junto cerca tambem " +
	"sua seu suas seus pelo pela pelos pelas numa muito voce dele dela deles delas " +
	"il gli della delle dei degli nel nella nei nelle sul sulla suo suoi molto questo questa quello quella anche " +
	"com dos uma ao aos um em nao " +
	"toute toutes tout tous cette bien nostro nostra vostro vostra tuo tua " +
	// Adverbs that open a sentence ("Además del SUL, das ...").
	"ademas tambien ahora luego siempre despues todavia alem ainda depois agora inoltre ancora dopo ensuite puis deja toujours ainsi") // not "nas", the Czech "náš"

// polishFunctionWords are Polish prepositions, conjunctions, pronouns and
// forms of "be", folded, as the stemmer library has none for Polish.
var polishFunctionWords = wordSet("dla na we ze do od przez przy po jako oraz sie jest sa byl byla byli nie tak jak ale lub czy juz " +
	"tylko bardzo mnie nasz nasza naszego naszej naszym nasze pana pani panu tego tej tym ktory ktora ktore " +
	"ktorego ktorej ktorych kazdy kazda kazde kazdego kazdej swoj swoja swoje swojej swojego dzieki bez nad pod przed miedzy gdzie kiedy")

// nordicFunctionWords are Swedish, Danish and Norwegian conjunctions,
// prepositions, pronouns and forms of "be" and "have", folded ("och",
// "från", "hvor"), less those that are English words or common
// initials or names ("man", "min", "den", "era", "Hans"), and the Danish and
// Norwegian "og", "ikke", "fra", "til", "af" and "ved", which a line in
// either language matches the profile's ranges and phrases with ("fra 9
// til 3").
var nordicFunctionWords = wordSet("och att det som han hon med for till ett hade icke mig henne hennes honom skulle inte " +
	"dar nagot fran nar efter upp dem vara vad dig sina mot alla nagon eller allt mycket denna sjalv detta utan varit hur " +
	"ingen mitt bli blev oss dessa nagra deras blir samma vilken sadan blivit dess inom mellan sadant varfor varje " +
	"vilka ditt vem vilket dina vars ert kunde jeg hvor ogsa bliver skal kunne meget vores " +
	// "på", "av", "om" in lower case; as initials ("PA", "OM") they are
	// acronyms, never function words.
	"pa av om")

// turkishFunctionWords are Turkish conjunctions, postpositions,
// pronouns and adverbs, folded ("ve", "için", "olarak", "çok"), less
// those that are English words or common initials ("size", "biz", "BU",
// "MI", "AMA").
var turkishFunctionWords = wordSet("ve ile bir icin olarak cok daha gibi kadar ki fakat veya hem sonra olan oldu oldugu sizin sizi " +
	"sizinle bizim siz benim onun nasil neden cunku ayrica uzerine hakkinda icinde arasinda tarafindan tum gercekten ozellikle")

// dutchFunctionWords are Dutch articles, prepositions, pronouns and
// conjunctions, less the English words and initials ("in", "die",
// "door", "met", "is", "als", "OM", "Ben"), the French number "onze"
// ("our") and the Vietnamese "đất" ("dat"); "van" and "de" are name
// connectors already.
var dutchFunctionWords = wordSet("het een voor aan zijn bij naar uit nog geen heel veel maar niet mijn jullie jouw deze dit " +
	"wat hoe waar wordt werd hebt heeft bent jij je uw ook wel echt zeer ik mij wij zij als dan tot naast sinds tijdens ruim bijna")

// dutchSharedWords are Dutch function words that are English words too
// ("met", "door", "die"): function words only in a line in Dutch.
var dutchSharedWords = wordSet("met door die op om te")

// dutchLine reports whether two words of a line or more are Dutch
// function words ("Als projectleider bij ...").
func dutchLine(raw []token) bool {
	n := 0
	for i := range raw {
		if dutchFunctionWords[raw[i].lower] && !english.IsStopWord(raw[i].lower) {
			n++
		}
	}
	return n >= 2
}

// greekFunctionWords are Greek articles, prepositions, pronouns and
// conjunctions, folded (no accents): "με την εμπειρία σας".
var greekFunctionWords = wordSet("και με την τη το του της των τον στη στην στο στον στα σε για απο ως σας μου που θα να οτι ειναι οι τα τις τους ενα μια")

// otherFunctionWords are the function words of the languages the
// stemmer library has none for (Nordic, Turkish, Dutch, Greek), in one
// look-up.
var otherFunctionWords = func() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{nordicFunctionWords, turkishFunctionWords, dutchFunctionWords, greekFunctionWords} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()

// otherLanguageSpan reports whether the field's words lo..hi are in
// another language: two or more of its words in lower case, and most,
// are no English word.
func otherLanguageSpan(seg *segment, lo, hi int, lists *Lists) bool {
	n, other := 0, 0
	for p := lo; p <= hi && p < len(seg.toks); p++ {
		t := &seg.toks[p]
		if t.capital || t.number || t.fn || len(t.lower) < 3 {
			continue
		}
		n++
		if lists.tier(t.lower) == 0 {
			other++
		}
	}
	return other >= 2 && 2*other > n
}

// vietnameseLine reports whether two words of the line or more have a
// letter only Vietnamese writes (ơ, ư, đ, or a vowel with two marks, as
// "ộ", "ữ", "ấ"): its words fold to look like English ones ("bảng",
// "thật", "rất"), but it is no English line.
func vietnameseLine(line string) bool {
	n, in := 0, false
	for _, r := range line {
		switch {
		case r == ' ':
			in = false
		case !in && (r >= 0x1EA0 && r <= 0x1EF9 || strings.ContainsRune("ơƠưƯđĐ", r)):
			in = true
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// otherLanguageLine reports whether two words of a line or more are
// function words of Polish, the Nordic languages, Turkish, Dutch or Greek
// that English lacks ("Skrócenie suszenia makaronu z 14 do 9 godzin to
// wynik, który ..."; "Dat jullie MZI's ... het mosselzaad"), the lone
// Polish "w" and "z" too.
func otherLanguageLine(toks []lineTok) bool { return otherLanguageWords(toks) >= 2 }

// otherLanguageWords counts the function words of Polish, the Nordic
// languages, Turkish, Dutch or Greek in a line.
func otherLanguageWords(toks []lineTok) int {
	n := 0
	for i := range toks {
		w := toks[i].lower
		if !english.IsStopWord(w) && (otherFunctionWords[w] || polishFunctionWords[w] || (w == "w" || w == "z") && !toks[i].capital) {
			n++
		}
	}
	return n
}

// romanceLine reports whether a line is in French, Spanish, Italian or
// Portuguese: two or more of its function words are theirs and not
// English, and no fewer than those of the languages otherLanguageLine
// knows ("Mooi dat je naast je werk bij de gemeente ...", whose "je" and
// "de" French has too, is Dutch).
func romanceLine(toks []lineTok) bool {
	n := 0
	for i := range toks {
		w := toks[i].lower
		if len(w) > 1 && !english.IsStopWord(w) && !extraFunctionWords[w] && (french.IsStopWord(w) || spanish.IsStopWord(w) || romanceFunctionWords[w]) {
			n++
		}
	}
	return n >= 2 && n >= otherLanguageWords(toks)
}

// beforeFunctionWord reports whether toks[i] is followed, in its
// sentence, by a function word in lower case that joins no name ("que",
// "mucho", "su"; not "de", "la"), or by the Portuguese and Italian
// article or conjunction of one letter ("Vi o resumo", "Li a sua
// tese").
func beforeFunctionWord(toks []lineTok, i int) bool {
	if i+1 >= len(toks) {
		return false
	}
	n := &toks[i+1]
	if n.punctBefore == " " && !n.capital && (n.lower == "o" || n.lower == "a" || n.lower == "e") && i+2 < len(toks) && !toks[i+2].capital {
		return true
	}
	return n.fn && !n.capital && !n.number && n.punctBefore == " " && !connectors[n.lower] && !nameArticles[n.lower] && !english.IsStopWord(n.lower)
}

// romanceVerb reports whether w has the ending of an infinitive, a
// gerund or an abstract noun in French, Spanish, Italian or Portuguese
// ("gestionar", "liderando", "réduire", "gestión"): a word that starts a
// sentence with it is no name.
func romanceVerb(w string) bool {
	for _, suf := range []string{"ar", "er", "ir", "re", "ando", "iendo", "endo", "ant", "ión", "ción"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// europeanLine reports whether the line is in another language of Europe
// or Turkish, which write a point between thousands and inflect their
// words: no English, or two function words of Dutch, German, the Nordic
// languages or Turkish that English has not ("met je eerste ... tegen
// 2.156 duiven").
func europeanLine(toks []lineTok, lists *Lists) bool {
	if !englishLine(toks, lists) {
		return true
	}
	n := 0
	for i := range toks {
		if l := toks[i].lower; (otherFunctionWords[l] || germanWords[l]) && !english.IsStopWord(l) {
			n++
		}
	}
	return n >= 2
}

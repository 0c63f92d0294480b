package personalize

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// nearRef says what Index.nearHashed and claimNearHashed compute: whether
// k is in s or shares its first three or four letters with a key in s as
// the key's marks say (isShort, isTypo3, isPrefix).
func (s keySet) nearRef(k string) bool {
	if s[k]&isKey != 0 {
		return true
	}
	if len(k) >= 3 && !isDigit(k[0]) && s[k[:3]]&isShort != 0 {
		return true
	}
	if len(k) >= 5 && !isDigit(k[0]) && s[k[:3]]&isTypo3 != 0 {
		return true
	}
	return len(k) >= 4 && !isDigit(k[0]) && s[k[:4]]&isPrefix != 0
}

func TestKeySetNearAsWritten(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	word := func() string {
		b := make([]byte, rng.IntN(8))
		for i := range b {
			b[i] = "abc1"[rng.IntN(4)]
		}
		return string(b)
	}
	for range 200 {
		s := keySet{}
		for range rng.IntN(12) {
			w := word()
			switch rng.IntN(3) {
			case 0:
				s.add(w)
			case 1:
				s.addShort(w)
			default:
				s[w] |= uint8(rng.IntN(16))
			}
		}
		x := &Index{only: s}
		for k := range s {
			x.nearBits.add(fnv32(k))
		}
		for range 200 {
			k := word()
			if got := x.nearHashed(k, fnv32(k), fnv32(k[:min(3, len(k))]), fnv32(k[:min(4, len(k))])); got != s.nearRef(k) {
				t.Fatalf("%v: nearHashed(%q) = %v, want %v", s, k, got, s.nearRef(k))
			}
		}
	}
}

func TestHasUmlautPair(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 10))
	for range 5000 {
		b := make([]byte, rng.IntN(7))
		for i := range b {
			b[i] = "aeouxé"[rng.IntN(6)]
		}
		w := string(b)
		want := strings.Contains(w, "ae") || strings.Contains(w, "oe") || strings.Contains(w, "ue") || strings.Contains(w, "aa")
		if hasUmlautPair(w) != want {
			t.Fatalf("hasUmlautPair(%q) = %v, want %v", w, !want, want)
		}
	}
}

func TestNameFieldAsWritten(t *testing.T) {
	ref := func(f string) bool {
		for _, suffix := range []string{".school", ".company", ".name", ".title", ".publisher"} {
			if strings.HasSuffix(f, suffix) {
				return !strings.HasPrefix(f, "experience")
			}
		}
		return strings.HasPrefix(f, "certifications[") || strings.HasPrefix(f, "honors[") ||
			strings.HasPrefix(f, "volunteering[") || f == "company"
	}
	var fields []string
	for _, pre := range []string{"", "experience[2]", "education[0]", "projects[1]", "publications[0]", "honors[3]", "certifications[0]", "volunteering[1]", "company", "a.b", "x.school.y"} {
		for _, suf := range []string{"", ".school", ".company", ".name", ".title", ".publisher", ".description", "school", ".", ".name.x"} {
			fields = append(fields, pre+suf)
		}
	}
	for _, f := range fields {
		if nameField(f) != ref(f) {
			t.Errorf("nameField(%q) = %v, want %v", f, nameField(f), ref(f))
		}
	}
}

// countryKey and countryKeyLoose find what the maps alone find.
func TestCountryBitsRuleOutNoCountry(t *testing.T) {
	countryKey("")
	ref := func(k string) string { return countryKeys[k] }
	loose := func(k string) string {
		if c := ref(k); c != "" || len(k) < 5 {
			return c
		}
		for _, fk := range countryStarts[k[:5]] {
			n := 0
			for n < len(k) && n < len(fk) && k[n] == fk[n] {
				n++
			}
			if n >= len(fk)-2 && len(k)-n <= 3 && len(fk) >= 6 {
				return countryKeys[fk]
			}
		}
		for _, fk := range countryStarts[k[:4]] {
			if slavicCases(k, fk, 4) && len(k) <= 6 {
				return countryKeys[fk]
			}
		}
		return ""
	}
	words := []string{"", "a", "ab", "spain", "hiszpanii", "wloch", "francesco", "deutschland"}
	for k := range countryKeys {
		words = append(words, k, k+"ii", k[:len(k)-1], k[:len(k)/2], "x"+k)
	}
	words = append(words, randomTexts(11, 12, 20000, 9, letters)...)
	for _, w := range words {
		if got, want := countryKey(w), ref(w); got != want {
			t.Fatalf("countryKey(%q) = %q, want %q", w, got, want)
		}
		if got, want := countryKeyLoose(w), loose(w); got != want {
			t.Fatalf("countryKeyLoose(%q) = %q, want %q", w, got, want)
		}
	}
}

// claimSupport is made by keySet.add alone, which claimNearHashed relies
// on; it and nearHashed, given a key's hashes as wants computes them, are
// keySet.nearRef.
func TestHashedNearIsNear(t *testing.T) {
	for k, v := range claimSupport {
		if v&^(isKey|isPrefix) != 0 {
			t.Fatalf("claimSupport[%q] = %b: claimNearHashed reads only keys and four-letter prefixes", k, v)
		}
	}
	words := []string{"", "a", "ab", "abc", "1234"}
	for k := range claimSupport {
		words = append(words, k, k+"s", k[:len(k)-1], k[:min(3, len(k))])
	}
	line := "Your review of the 2023 acquisitions for the Auditors Association, with the bookkeeping team"
	raw := tokenize(line, nil)
	x := newOneOffIndex(nurseIT(), raw, DefaultLists(), new(wordMemo))
	defer x.release()
	for k := range x.only {
		words = append(words, k, k+"ing", k[:len(k)-1])
	}
	words = append(words, randomTexts(15, 16, 20000, 8, letters)...)
	for _, w := range words {
		h, h3, h4 := fnv32(w), fnv32(w[:min(3, len(w))]), fnv32(w[:min(4, len(w))])
		if got, want := claimNearHashed(w, h, h4), claimSupport.nearRef(w); got != want {
			t.Fatalf("claimNearHashed(%q) = %v, want %v", w, got, want)
		}
		if got, want := x.nearHashed(w, h, h3, h4), x.only.nearRef(w); got != want {
			t.Fatalf("nearHashed(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestGermanSpeltAsWritten(t *testing.T) {
	ref := func(raw, lower string) bool {
		if !isASCII(raw) && strings.ContainsAny(raw, "äöüßÄÖÜ") {
			return true
		}
		for _, suf := range []string{"ung", "ungen", "keit", "heit", "schaft"} {
			if strings.HasSuffix(lower, suf) && len(lower) > len(suf)+2 {
				return true
			}
		}
		return false
	}
	for _, w := range []string{"", "g", "Ung", "Leitung", "Leistungen", "Möglichkeit", "Freiheit", "Wirtschaft", "Haus", "Straße", "Bank", "Schaft", "Zeitung", "Meeting", "Amazon", "Ökonom"} {
		if got, want := germanSpelt(w, strings.ToLower(w)), ref(w, strings.ToLower(w)); got != want {
			t.Errorf("germanSpelt(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestHasMarkerAsWritten(t *testing.T) {
	ref := func(s string) bool {
		for _, m := range [...]string{"TODO", "TBD", "XXX", "xxx", "FIXME", "TKTK", "nsert", "NSERT"} {
			if strings.Contains(s, m) {
				return true
			}
		}
		return false
	}
	pieces := []string{"T", "O", "D", "B", "X", "x", "F", "I", "M", "E", "K", "n", "s", "e", "r", "t", "N", "S", "R", " ", "é"}
	for _, s := range randomTexts(17, 18, 20000, 10, pieces) {
		if hasMarker(s) != ref(s) {
			t.Fatalf("hasMarker(%q) = %v, want %v", s, hasMarker(s), ref(s))
		}
	}
	for _, s := range []string{benchLine, "TODO", "please insert name", "[TBD]", "FIXM", "NSER"} {
		if hasMarker(s) != ref(s) {
			t.Errorf("hasMarker(%q) = %v, want %v", s, hasMarker(s), ref(s))
		}
	}
}

// randomTexts returns n texts drawn by a PCG seeded with a and b, each
// made of fewer than max of pieces: the random input the tests compare a
// rewritten function and the code it replaced on.
func randomTexts(a, b uint64, n, max int, pieces []string) []string {
	rng := rand.New(rand.NewPCG(a, b))
	out := make([]string, n)
	for i := range out {
		var s strings.Builder
		for range rng.IntN(max) {
			s.WriteString(pieces[rng.IntN(len(pieces))])
		}
		out[i] = s.String()
	}
	return out
}

// letters are the lower-case ASCII letters, as pieces of randomTexts.
var letters = strings.Split("abcdefghijklmnopqrstuvwxyz", "")

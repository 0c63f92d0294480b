package personalize

import (
	"strings"
	"unicode/utf8"
)

// Names written in katakana are also found by their Hepburn romanization:
// a profile's "トヨタ自動車株式会社" or "デンソー" is "Toyota" or "Denso" to a
// line written in English.

// kanaRomaji are the katakana and their Hepburn spellings.
var kanaRomaji = func() map[rune]string {
	m := map[rune]string{}
	rows := []struct{ kana, romaji string }{
		{"アイウエオ", "a i u e o"}, {"カキクケコ", "ka ki ku ke ko"}, {"ガギグゲゴ", "ga gi gu ge go"},
		{"サシスセソ", "sa shi su se so"}, {"ザジズゼゾ", "za ji zu ze zo"}, {"タチツテト", "ta chi tsu te to"},
		{"ダヂヅデド", "da ji zu de do"}, {"ナニヌネノ", "na ni nu ne no"}, {"ハヒフヘホ", "ha hi fu he ho"},
		{"バビブベボ", "ba bi bu be bo"}, {"パピプペポ", "pa pi pu pe po"}, {"マミムメモ", "ma mi mu me mo"},
		{"ヤユヨ", "ya yu yo"}, {"ラリルレロ", "ra ri ru re ro"}, {"ワヲンヴ", "wa o n vu"},
		{"ァィゥェォ", "a i u e o"}, {"ャュョ", "ya yu yo"},
	}
	for _, r := range rows {
		sp := strings.Fields(r.romaji)
		i := 0
		for _, k := range r.kana {
			m[k] = sp[i]
			i++
		}
	}
	return m
}()

// isSmallKana reports whether r is a small vowel or y-kana that changes
// the sound before it ("キャ" kya, "フィ" fi).
func isSmallKana(r rune) bool { return strings.ContainsRune("ァィゥェォャュョ", r) }

// romaji spells a run of katakana in Latin letters: "トヨタ" is "toyota",
// a loanword is spelt as said, not as in English ("シャープ" is "shapu");
// "デンソー" "denso" (a long vowel is not written twice), "キャノン"
// "kyanon". It returns "" when the run holds anything else.
func romaji(run string) string {
	var b strings.Builder
	double := false
	for _, r := range run {
		switch {
		case r == 'ー':
			continue
		case r == 'ッ':
			double = true
			continue
		case isSmallKana(r):
			s := kanaRomaji[r]
			out := b.String()
			if len(out) == 0 {
				return ""
			}
			// "キャ": ki + ya is kya; "シャ": shi + ya is sha; "フィ": fu + i is fi.
			out = strings.TrimSuffix(out, out[len(out)-1:])
			if strings.HasSuffix(out, "sh") || strings.HasSuffix(out, "ch") || strings.HasSuffix(out, "j") {
				s = strings.TrimPrefix(s, "y")
			}
			b.Reset()
			b.WriteString(out)
			b.WriteString(s)
			continue
		}
		s, ok := kanaRomaji[r]
		if !ok {
			return ""
		}
		if double {
			b.WriteByte(s[0])
			double = false
		}
		b.WriteString(s)
	}
	return b.String()
}

// addKana indexes every run of two or more katakana of the segment si by
// its romanization, at the position of its first token.
func (x *Index) addKana(si int32) {
	seg := &x.segs[si]
	if len(seg.toks) == 0 {
		return
	}
	// The field's own text: a pasted page's segments share the page.
	src, lo, hi := seg.src, seg.toks[0].start, seg.toks[len(seg.toks)-1].end
	if !strings.Contains(src[lo:hi], "\xe3\x82") && !strings.Contains(src[lo:hi], "\xe3\x83") {
		return // no katakana (U+30A0 to U+30FF)
	}
	start := -1
	for i := lo; i <= hi; {
		r, size := rune(0), 1
		if i < hi {
			r, size = utf8.DecodeRuneInString(src[i:])
		}
		kana := r >= 0x30A1 && r <= 0x30FC && r != 0x30FB // not the middle dot
		switch {
		case kana && start < 0:
			start = i
		case !kana && start >= 0:
			x.addRomaji(si, start, i)
			start = -1
		}
		i += size
	}
}

// addRomaji indexes src[start:end] of segment si, a run of katakana, by
// its romanization.
func (x *Index) addRomaji(si int32, start, end int) {
	seg := &x.segs[si]
	if utf8.RuneCountInString(seg.src[start:end]) < 2 {
		return
	}
	r := romaji(seg.src[start:end])
	x.addRomanKey(si, start, r)
	// A name the line writes in Latin letters ("Istanbul") is found as
	// the loanword the profile writes in katakana ("イスタンブール",
	// isutanburu) by the consonants both are heard as (loanKey), as a
	// Korean one is (Index.hangulLoan).
	if k := loanKey(r); k != "" {
		if p := tokenAt(seg, start); p >= 0 {
			x.post["~"+k] = append(x.post["~"+k], occ{seg: si, pos: int32(p)})
		}
	}
}

// addRomanKey indexes segment si by r, the romanization of the run of
// another script that starts at byte start, at the token that holds it; a
// name in a mail-merge field keeps the field's label.
func (x *Index) addRomanKey(si int32, start int, r string) {
	if len(r) < 3 {
		return
	}
	var buf [2]token
	toks := tokenize(r, buf[:0])
	if len(toks) != 1 || toks[0].key == "" || x.only != nil && !x.wants(toks[0].key) {
		return
	}
	seg := &x.segs[si]
	p := tokenAt(seg, start)
	if p < 0 {
		return
	}
	k := toks[0].key
	x.post[k] = append(x.post[k], occ{seg: si, pos: int32(p)})
	if _, ok := x.mailMerge[k]; !ok && seg.kind == segMailMerge {
		x.setMailMerge(k, seg.label)
	}
}

// tokenAt is the index of the first token of seg that ends after byte
// start (the token a run starting there is part of), or -1.
func tokenAt(seg *segment, start int) int {
	for p := range seg.toks {
		if seg.toks[p].end > start {
			return p
		}
	}
	return -1
}

// partOfLoanword reports whether the line's pair of characters
// line[start:end], both katakana, lies outside what the profile has of
// the katakana word of the line it is part of: its longest start found
// at the start of a katakana word there, and its longest end found at the
// end of one. "スキ" that starts the line's "スキル" (skill) is no match for
// the "スキ" inside "レスキュー" (rescue), nor "スト" inside "イラストレーター"
// for a "スト" elsewhere; "オープン" that starts "オープンデー" matches the
// start of "オープンキャンパス".
func (x *Index) partOfLoanword(line string, start, end int) bool {
	for i := start; i < end; {
		r, n := utf8.DecodeRuneInString(line[i:])
		if !isKatakana(r) {
			return false
		}
		i += n
	}
	lo, hi := start, end
	for katakanaBefore(line, lo) {
		_, n := utf8.DecodeLastRuneInString(line[:lo])
		lo -= n
	}
	for katakanaAfter(line, hi) {
		_, n := utf8.DecodeRuneInString(line[hi:])
		hi += n
	}
	if lo == start && hi == end {
		return false // the whole word
	}
	word := line[lo:hi]
	if x.katakanaAt(word, true, true) {
		return false
	}
	// The longest start of the word the profile has at a word's start,
	// and the longest end at a word's end.
	for e := hi; e >= end; {
		if x.katakanaAt(line[lo:e], true, false) {
			return false
		}
		_, n := utf8.DecodeLastRuneInString(line[:e])
		e -= n
	}
	for b := lo; b <= start; {
		if x.katakanaAt(line[b:hi], false, true) {
			return false
		}
		_, n := utf8.DecodeRuneInString(line[b:])
		b += n
	}
	return true
}

// katakanaAt reports whether the profile has s, all katakana, in one of
// its katakana words: at its start if atStart, at its end if atEnd.
func (x *Index) katakanaAt(s string, atStart, atEnd bool) bool {
	x.kanaRunsOnce.Do(x.addKanaRuns)
	for _, w := range x.kanaRuns {
		switch {
		case atStart && atEnd:
			if w == s {
				return true
			}
		case atStart:
			if strings.HasPrefix(w, s) {
				return true
			}
		case atEnd:
			if strings.HasSuffix(w, s) {
				return true
			}
		case strings.Contains(w, s):
			return true
		}
	}
	return false
}

// addKanaRuns lists the katakana words of the profile's fields in
// x.kanaRuns.
func (x *Index) addKanaRuns() {
	for i := range x.segs {
		seg := &x.segs[i]
		if len(seg.toks) == 0 {
			continue
		}
		text := seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end]
		if !hasKatakana(text) {
			continue
		}
		start := -1
		for k, r := range text {
			switch kana := isKatakana(r); {
			case kana && start < 0:
				start = k
			case !kana && start >= 0:
				x.kanaRuns = append(x.kanaRuns, text[start:k])
				start = -1
			}
		}
		if start >= 0 {
			x.kanaRuns = append(x.kanaRuns, text[start:])
		}
	}
}

// katakanaBefore and katakanaAfter report whether a katakana letter comes
// just before or after byte i of s.
func katakanaBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return isKatakana(r)
}

func katakanaAfter(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isKatakana(r)
}

package personalize

import "strings"

// markSalutation marks the words of a salutation that opens the line as
// the candidate's name: a clause of a few words, with no number or
// function word, that names them ("Kia ora Aroha,", "Merhaba Elif
// Hanım,", "Mr Zielinski,", "Panie Marku,"). Its other words are a
// greeting or a title in whatever language, not names the profile must
// have; a salutation to someone else's name is left to be refused.
func markSalutation(toks []lineTok, idx *Index) {
	end := 0
	for end < len(toks) && end < 7 {
		if end > 0 && (toks[end].sentStart || salutationEnds.in(toks[end].punctBefore)) {
			break
		}
		end++
	}
	if end == len(toks) || end == 7 {
		return
	}
	named := false
	for i := range toks[:end] {
		t := &toks[i]
		if t.number || t.fn && !greetings[t.lower] || t.acronym {
			return
		}
		named = named || t.capital && (t.name || idx.addressedAs(t.lower))
	}
	if !named {
		return
	}
	for i := range toks[:end] {
		toks[i].name, toks[i].weight = true, 0
	}
}

// addressedAs reports whether w (folded) is a word of the candidate's name
// as a line speaks to them: the word, a short form (see shortName), or
// the word inflected as a language calls someone ("Marku" for Marek,
// "Tomaszu" for Tomasz, "Katarzyno" for Katarzyna).
func (x *Index) addressedAs(w string) bool {
	if x.shortName(w) {
		return true
	}
	if len(w) < 4 {
		return false
	}
	for i := range x.segs {
		if x.segs[i].kind != segName {
			continue
		}
		for _, nt := range x.segs[i].toks {
			n := nt.lower
			if len(n) < 4 || absDiff(int32(len(n)), int32(len(w))) > 2 {
				continue
			}
			p := 0
			for p < len(n) && p < len(w) && n[p] == w[p] {
				p++
			}
			if p >= 3 && p >= min(len(n), len(w))-2 {
				return true
			}
		}
	}
	return false
}

// markRecruitingFor marks a noun phrase the recruiter says they are
// recruiting or hiring for as theirs: "the restoration NGO we're
// recruiting for", "a fund I am hiring for".
func markRecruitingFor(toks []lineTok) {
	for i := 1; i+1 < len(toks); i++ {
		w := toks[i].lower
		v := i + 1
		if (w == "we" || w == "i") && v < len(toks) && (toks[v].lower == "are" || toks[v].lower == "am") {
			v++
		} else if w != "we're" && w != "i'm" && w != "we’re" && w != "i’m" {
			continue
		}
		if v >= len(toks) || !recruitingVerbs[toks[v].lower] || breaksAt(&toks[i].token) {
			continue
		}
		for k := i - 1; k >= 0 && k >= i-6; k-- {
			if breaksAt(&toks[k+1].token) || toks[k+1].sentStart {
				break
			}
			if toks[k].lower == "the" || toks[k].lower == "a" || toks[k].lower == "an" {
				for m := k; m < i; m++ {
					toks[m].scope = true
				}
				break
			}
		}
	}
}

// recruitingVerbs say what a recruiter does for a client.
var recruitingVerbs = wordSet("recruiting hiring searching looking working")

// markCJKNameTail marks the pairs of a Chinese, Japanese or Korean run
// that begin inside the candidate's name, or inside a title written after
// it, as the name: "佐藤先生" is 佐藤, 藤先 and 先生, and the last two
// say no more than the first. The run's pairs overlap, so a pair that
// begins in the name holds one of its characters.
func markCJKNameTail(line string, toks []lineTok) {
	end := -1
	for i := range toks {
		t := &toks[i]
		if !t.cjk {
			end = -1
			continue
		}
		if t.name {
			end = max(end, t.end)
			for _, h := range cjkTitles {
				if strings.HasPrefix(line[end:], h) {
					end += len(h)
					break
				}
			}
			continue
		}
		if t.start < end {
			t.name, t.weight = true, 0
		}
	}
}

// cjkTitles are the titles written after a name in Chinese, Japanese and
// Korean ("佐藤先生", "王女士", "김민수 님"), longest first where one
// begins another.
var cjkTitles = []string{"先生", "老师", "老師", "教授", "博士", "女士", "小姐", "さま", "さん", "様", "氏", "殿", "선생님", "교수님", "박사님", "님", "씨"}

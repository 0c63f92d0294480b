package personalize

import "strings"

// scriptKinds are the words for kinds of institution in scripts other
// than the Latin alphabet, by their English key.
var scriptKinds = map[string][]string{
	"univers":  {"大学", "大學", "대학교", "대학", "университет", "πανεπιστήμιο", "جامعة", "มหาวิทยาลัย", "विश्वविद्यालय"},
	"colleg":   {"学院", "學院", "칼리지", "колледж", "κολλέγιο", "كلية"},
	"hospit":   {"病院", "医院", "醫院", "병원", "больница", "госпиталь", "νοσοκομείο", "مستشفى"},
	"bank":     {"銀行", "银行", "은행", "банк", "τράπεζα", "بنك"},
	"institut": {"研究所", "研究院", "연구소", "연구원", "институт", "ινστιτούτο", "معهد"},
	// A university's schools and faculties: "药学院" is its School of
	// Pharmacy, "薬学部" its Faculty (or School) of Pharmacy.
	"school": {"学校", "學校", "학교", "школа", "σχολή", "مدرسة", "学院", "學院", "学部"},
	// Societies, associations, foundations and exhibitions: "日本高気圧環境・潜水医学会",
	// "日本伝統工芸展".
	"societi": {"学会", "學會", "협회", "학회", "協会"},
	"associ":  {"協会", "協會", "협회", "連盟"},
	"foundat": {"財団", "财团", "재단"},
	"exhibit": {"展覧会", "工芸展", "美術展", "博覧会"},
}

// scriptInstitution reports whether the profile names an institution of
// one of these kinds in another script ("京都大学", "서울대학교"): the
// line's English name for it cannot be checked, and is not called
// invented.
func (x *Index) scriptInstitution(kinds []string) bool {
	for si := range x.segs {
		seg := &x.segs[si]
		if !seg.namesInstitution() {
			continue
		}
		if len(seg.toks) == 0 {
			continue
		}
		// "Πανεπιστήμιο", "Университет": scripts with capitals too.
		text := strings.ToLower(seg.src[seg.toks[0].start:seg.toks[len(seg.toks)-1].end])
		for _, k := range kinds {
			for _, w := range scriptKinds[k] {
				if strings.Contains(text, w) {
					return true
				}
			}
		}
	}
	return false
}

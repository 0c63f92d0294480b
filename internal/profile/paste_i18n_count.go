package profile

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// reForeignCount is a count of connections or followers in another
// language: "500+ contactos", "Más de 500 contactos", "つながり500件以上",
// "500+ 位好友". It is a large pattern, tried only on a line that passes
// mayBeForeignCount.
var reForeignCount = regexp.MustCompile(`(?i)^(?:` + strings.Join(foreignCountPrefixes, "|") + `)?\d[\d.,\x{a0}\x{202f} ]*\+?\s*(?:位\s*|tys\.\s*|tsd\.\s*|mil\s+)?` +
	`(?:` + strings.Join(foreignCountWords, "|") + `)$|` +
	`^(?:つながり|フォロワー)\s*[\d.,]+\s*(?:件|人)(?:以上)?$|` +
	// "1,832人のフォロワー", "500人以上のつながり", "42人が推薦", "いいね！ 186",
	// "コメント 14件": the same written the other way round, and a post's
	// reactions and comments.
	`^[\d.,]+人(?:以上)?(?:のフォロワー|のつながり|が推薦)$|^(?:いいね[！!]?|コメント|再投稿|推薦)\s*[\d.,]+\s*件?$|` +
	`^(?:팔로워\s*)?[\d.,]+\s*명(?:\s*이상의\s*1촌)?$|^1촌\s*[\d.,]+\s*명이\s*추천$`)

// foreignCountWords are what a count in reForeignCount counts:
// connections, followers; in nb, sv, da, fi, tr, cs, ro, hu, ru, uk, el,
// id, ms, vi, th, ar, he, hi, zh-TW, endorsements too.
var foreignCountWords = []string{
	"validações de competência", "validações de competências", "validaciones de aptitudes", "validaciones de aptitud",
	"validations de compétences", "validations de compétence",
	"bestätigungen", "follower:innen", "validaciones", "validações", "conferme", "potwierdzenia", "potwierdzeń",
	"validations", "validation", "bestätigung", "validación", "validação", "conferma", "potwierdzenie", "onderschrijvingen", "bevestigingen", "bekräftelser",
	"contactos", "conexiones", "seguidores", "conexões", "contatos", "relations", "abonnés", "kontakte",
	"kontaktów", "kontakty", "obserwujących", "follower", "collegamenti", "connecties", "volgers", "好友",
	"关注者", "联系人", "人脉", "følgere", "forbindelser", "anbefalinger", "följare", "kontakter",
	"rekommendationer", "seuraajaa", "yhteyttä", "suositusta", "takipçi", "bağlantı", "onay", "sledujících",
	"spojení", "kontaktů", "doporučení", "urmăritori", "conexiuni", "recomandări", "követő", "kapcsolat",
	"ajánlás", "подписчиков", "подписчика", "контактов", "контакта", "подтверждений", "підписників",
	"контактів", "підтверджень", "ακόλουθοι", "συνδέσεις", "επικυρώσεις", "pengikut", "koneksi", "dukungan",
	"sokongan", "người theo dõi", "kết nối", "lượt chứng thực", "ผู้ติดตาม", "การเชื่อมต่อ", "การรับรอง",
	"متابع", "متابعين", "زميل", "زملاء", "تأييد", "تأييدات", "עוקבים", "קשרים", "המלצות", "फ़ॉलोअर्स",
	"कनेक्शन", "समर्थन", "位關注者", "位聯絡人", "個認可",
}

// foreignCountPrefixes are the words before a count in reForeignCount:
// "Más de 500 contactos".
var foreignCountPrefixes = []string{"más de ", "mais de ", "plus de ", "mehr als ", "oltre ", "meer dan ", "ponad ", "více než ", "peste ",
	"több mint ", "более ", "понад ", "أكثر من ", "lebih dari ", "trên ", "มากกว่า ", "יותר מ-"}

// mayBeForeignCount is a quick test for reForeignCount, which starts with
// a number ("500+", ".5"), or before it one of foreignCountPrefixes (in
// any case, as (?i) folds), or つながり, フォロワー, 팔로워 and spaces. The
// prefixes hold no digit, '.' or ',', so the text before the first of
// those must be one of them.
func mayBeForeignCount(s string) bool {
	i := strings.IndexAny(s, "0123456789.,")
	if i <= 0 {
		return i == 0
	}
	pre := s[:i]
	for _, p := range foreignCountPrefixes {
		if strings.EqualFold(pre, p) {
			return true
		}
	}
	pre = strings.TrimRight(pre, " \t\n\f\r") // \s
	return pre == "つながり" || pre == "フォロワー" || pre == "팔로워" || pre == "いいね！" || pre == "いいね!" || pre == "いいね" || pre == "推薦" || pre == "コメント" || pre == "再投稿"
}

// foreignCountEnds are foreignCountWords by their last rune, under every
// case (?i) folds it to.
var foreignCountEnds = map[rune][]string{}

func init() {
	for _, w := range foreignCountWords {
		r, _ := utf8.DecodeLastRuneInString(w)
		for f := r; ; {
			foreignCountEnds[f] = append(foreignCountEnds[f], w)
			if f = unicode.SimpleFold(f); f == r {
				break
			}
		}
	}
}

// endsLikeForeignCount is a quick test for reForeignCount: every one of
// its matches ends with one of foreignCountWords (in any case), or with
// "件", "人", "以上", "명", "1촌" or "추천" (which have no case). "2nd",
// "4 años 11 meses" do not.
func endsLikeForeignCount(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	switch r {
	case '件', '人', '上', '명', '촌', '천', 'ー', 'り', '薦':
		return true // ... "人のフォロワー", "人のつながり", "人が推薦" too
	}
	if r >= '0' && r <= '9' {
		return true // "いいね！ 186"
	}
	for _, w := range foreignCountEnds[r] {
		if hasSuffixFoldRunes(s, w) {
			return true
		}
	}
	return false
}

// hasSuffixFoldRunes reports whether the last runes of s, as many as w
// has, are w under Unicode case folding (strings.EqualFold).
func hasSuffixFoldRunes(s, w string) bool {
	i := len(s)
	for n := utf8.RuneCountInString(w); n > 0; n-- {
		if i == 0 {
			return false
		}
		_, size := utf8.DecodeLastRuneInString(s[:i])
		i -= size
	}
	return strings.EqualFold(s[i:], w)
}

package profile

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The page's furniture: buttons, labels, counts, endorsements (isNoise).

var (
	// noiseLines are the buttons and labels of the page.
	noiseLines = setOf("message", "more", "connect", "follow", "following", "contact info", "open to",
		"add profile section", "enhance profile", "pending", "view profile", "view full profile",
		"send profile in a message", "save to pdf", "report / block", "about this profile",
		"nothing to see for now", "endorse", "endorsed", "passed linkedin skill assessment",
		"linkedin skill assessment", "no expiration date", "see credential", "view credential",
		"show all", "see more", "see all", "→", "show details", "hide details", "like", "comment", "repost",
		"send", "reply", "share", "save", "edited", "…more", "...more", "show translation", "see translation",
		"load more", "show more results", "open to work", "verified", "premium", "book an appointment",
		"visit my website", "view my services", "view my newsletter", "activate to view larger image,",
		"activate to view larger image", "no alternative text description for this image", "follow all",
		"visible to anyone on or off linkedin", "view all recommendations", "ask for a recommendation",
		"recommend", "write a recommendation", "create a post", "start a post", "show credential",
		"view full resume", "hiring", "#opentowork", "providing services", "highlights", "welcome back",
		"you are on the messaging overlay. press enter to open the list of conversations.",
		"compose message", "contact", "status is online", "status is offline", "status is reachable",
		"see who you know in common", "get introduced", "send inmail", "save in recruiter", "save in sales navigator",
		"view in recruiter", "view in sales navigator", "add to project", "save to project", "see contact info", "published weekly", "published monthly", "published daily",
		"published biweekly", "join to view full profile", "sign in to view full profile", "other authors", "other inventors", "other creators")
	noisePrefixes = []string{"show all ", "show more", "show less", "see all ", "see more", "see less",
		"show credential", "show publication", "show project", "credential id", "expires ", "endorsed by ",
		"view my ", "view all ", "view full ", "followed by ", "you both "}
	// noiseContains are phrases that make a line furniture wherever they
	// are: other people's names come with them.
	noiseContains = []string{"mutual connection", "profile picture", "profile photo", "background photo", "cover photo", "background image", "cover image", "profile image", "have endorsed", "has endorsed", "endorsed this skill",
		"highly skilled at this", "who are highly skilled", "is highly skilled", "hasn't posted", "has not posted",
		"no recent posts", "will be displayed here", "will appear here", "posts you share", "you might be interested"}
)

// noisePairs has a bit for each pair of bytes that starts one of
// noiseContains, and noiseByFirst the phrases by their first byte: one pass
// over a line rules most places out before any phrase is compared.
var (
	noisePairs   [1 << 16 / 64]uint64
	noiseByFirst [256][]string
)

func init() {
	for _, c := range noiseContains {
		pair := uint16(c[0])<<8 | uint16(c[1])
		noisePairs[pair/64] |= 1 << (pair % 64)
		noiseByFirst[c[0]] = append(noiseByFirst[c[0]], c)
	}
}

// hasNoisePhrase reports whether s holds one of noiseContains, ignoring
// ASCII case.
func hasNoisePhrase(s string) bool {
	for i := 0; i+1 < len(s); i++ {
		first := lowerASCII(s[i])
		pair := uint16(first)<<8 | uint16(lowerASCII(s[i+1]))
		if noisePairs[pair/64]&(1<<(pair%64)) == 0 {
			continue
		}
		for _, c := range noiseByFirst[first] {
			if hasPrefixFold(s[i:], c) {
				return true
			}
		}
	}
	return false
}

// lowerASCII is c in lower case when it is an ASCII letter.
func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// isNoise reports whether a line is page furniture: buttons, counts,
// endorsements, "Show all 12 skills", the age of a post. It runs on every
// line of every page the validator reads, so it looks without making a
// lower-case copy of the line when it can: an ASCII line is compared
// ignoring ASCII case, and lower-cased only for the patterns, when it
// holds a digit or a slash they need.
func isNoise(s string) bool {
	if len(s) > 120 {
		return false // noise lines are short; description is not
	}
	if !isASCII(s) {
		return isNoiseLower(strings.ToLower(s))
	}
	if inLower(noiseLines, s) || noisyWords(s) {
		return true
	}
	if !hasDigit(s) && strings.IndexByte(s, '/') < 0 {
		return false // no pattern of noisyPatterns can match
	}
	return noisyPatterns(strings.ToLower(s))
}

// isNoiseLower is isNoise on l, a line in lower case.
func isNoiseLower(l string) bool {
	return noiseLines[l] || noisyWords(l) || noisyPatterns(l)
}

// noisyWords reports whether s, an ASCII line or one in lower case, has
// the words of a button or label (noiseLines aside), ignoring ASCII case.
func noisyWords(s string) bool {
	if hasSuffixFoldASCII(s, " endorsement") || hasSuffixFoldASCII(s, " endorsements") {
		return true
	}
	for _, p := range noisePrefixes {
		if hasPrefixFold(s, p) {
			return true
		}
	}
	if hasNoisePhrase(s) {
		return true
	}
	if hasSuffixFoldASCII(s, " logo") || hasSuffixFoldASCII(s, " logotipo") || strings.HasSuffix(s, " logótipo") || hasSuffixFoldASCII(s, " logosu") ||
		strings.HasSuffix(s, "のロゴ") || hasSuffixFoldASCII(s, " logotyp") || strings.HasSuffix(s, "人が推薦しました") {
		return true // "Rhein-Ruhr Kranbahntechnik GmbH Logo": an image's text
	}
	for _, p := range logoPrefixes {
		if hasPrefixFold(s, p) {
			return true // "Logo von Pintsch Bamag"
		}
	}
	return hasPrefixFold(s, "view ") && hasSuffixFoldASCII(s, " profile") ||
		hasPrefixFold(s, "contact ") && hasSuffixFoldASCII(s, " directly")
}

// logoPrefixes start the text of a company's logo, or of a profile's
// photo, in the languages of the pages the reader reads.
var logoPrefixes = []string{"logo of ", "logo de ", "logotipo de ", "logotipo da ", "logotipo do ", "logo von ", "logo van ", "logo di ", "logo dell'", "logo för ", "logotyp ", "logo firmy ",
	// And of a profile's photo: "Profilbild von Ottilie Brandstätter".
	"profile photo of ", "profile picture of ", "profilbild von ", "photo de profil de ", "foto de perfil de ", "foto do perfil de ", "foto del profilo di ", "profielfoto van ",
	// And of its cover: "Foto de capa de Thaís Moreira", "Hintergrundbild von ...".
	"cover photo of ", "background photo of ", "background image of ", "cover image of ", "foto de capa de ", "foto de portada de ", "imagen de fondo de ",
	"foto de fondo de ", "photo de couverture de ", "hintergrundbild von ", "titelbild von ", "foto di copertina di ", "immagine di sfondo di ",
	"achtergrondfoto van ", "omslagfoto van ", "bakgrundsbild för ", "omslagsbild för "}

// noisyPatterns reports whether l, a line in lower case, is a count, a
// degree, an author line, pronouns or an endorsement in another language.
func noisyPatterns(l string) bool {
	return noisyCount(l) || strings.IndexByte(l, '/') > 0 && rePronouns.MatchString(l) ||
		hasDigit(l) && (reForeignEndorsed.MatchString(l) || mayBeEndorsedCount(l) && reEndorsedCount.MatchString(l))
}

// mayBeEndorsedCount is a quick test for reEndorsedCount: each of its
// forms holds one of endorsedStems.
func mayBeEndorsedCount(l string) bool {
	for _, w := range endorsedStems {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// endorsedStems start the words reEndorsedCount counts endorsements with.
var endorsedStems = []string{"endorse", "recomm", "recomend", "confirm", "bestätig", "anbefal", "rekommend", "popar", "potwierdz",
	"bevestig", "onderschr", "validad", "onaylayan", "スキル"}

// reEndorsedCount is a skill's endorsements as the pages in English and
// other languages count them, in lower case: "endorsed by 14 colleagues",
// "42 recommandations de compétence", "von 38 kontakten bestätigt",
// "anbefalt av 14 kolleger hos kystverket", "poparte przez: marek nowicki
// i 66 innych osób", "67 poparć", "potwierdzenia: 66", "bevestigd door
// wietse bosma en 21 anderen", "+3スキル", "スキル（24）をすべて表示 →".
var reEndorsedCount = regexp.MustCompile(`^(?:endorsed by|recommandée? par|confirmée? par|bestätigt von|anbefalt av|anbefalet af|` +
	`rekommenderad av|poparte przez:?|potwierdzone przez:?|bevestigd door|onderschreven door|recomendad[oa] por|validad[oa] por|` +
	`onaylayan) .*\d|^\d[\d.,]* (?:recommandations?|recomendaç(?:ão|ões)|recomendaciones|poparć|poparcia|potwierdze\S*|` +
	`bestätigungen|endorsements?|onderschrijvingen|anbefalinger)(?: de (?:compétences?|competências?|aptitudes?))?$|` +
	`^von \d+ kontakten bestätigt$|^potwierdzenia: \d+$|^\+\d+\s*スキル$|^スキル[（(]\d+[）)]をすべて表示`)

// hasSuffixFoldASCII is strings.HasSuffix ignoring ASCII case, for a
// lower-case ASCII suffix.
func hasSuffixFoldASCII(s, suffix string) bool {
	return len(s) >= len(suffix) && equalFoldASCII(s[len(s)-len(suffix):], suffix)
}

// reForeignEndorsed is an endorsement line in another language, with the
// endorsers' count: "Validado por Javier Olmedo y 52 personas más",
// "Bestätigt von Torsten Bähr und 31 weiteren Personen", "Validé par 27
// collègues de ...".
var reForeignEndorsed = regexp.MustCompile(`^(?:validad[oa]|validée?|bestätigt|potwierdzon[eya]|gevalideerd|convalidat[oa]|confermat[oa]|endossée?|endossad[oa]|onaylayan) ` +
	`(?:por|par|von|przez|door|da|de|tarafından)\b`)

// noisyCount reports whether s is a count, a degree or an author line:
// "1,204 followers", "128", "3 experiences across", "· 2nd", "2w •",
// "Kenji Watanabe and 2 others". The patterns are case-blind.
func noisyCount(s string) bool {
	if !hasDigit(s) {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(s); r >= 0x2000 && !unicode.IsLetter(r) && !unicode.IsDigit(r) {
		// "👍❤️ 1,203 · 88 comments": the reactions' icons before the count.
		s = strings.TrimLeftFunc(s, func(r rune) bool {
			return r >= 0x2000 && !unicode.IsLetter(r) && !unicode.IsDigit(r) || unicode.IsSpace(r)
		})
	}
	if startsWithDigit(s) && (isNumber(s) || mayBeCount(s) && isCount(s) || reCountWord.MatchString(s) || reAgo.MatchString(s) || reCountBar.MatchString(s)) {
		return true
	}
	return mayBeNumbered(s) && reNumbered.MatchString(s) || mayBeDegree(s) && isDegree(s) ||
		containsFoldASCII(s, " and ") && reOthers.MatchString(s)
}

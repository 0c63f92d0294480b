package personalize

// postTranslations are the words for the posts of clubs, boards and
// charities in the languages profiles are written in, folded, by the
// English word: "as treasurer of Voedselbank Rotterdam-Noord" for their
// "Penningmeester".
var postTranslations = map[string][]string{
	"treasurer": {"penningmeester", "tresorier", "tresoriere", "tesorero", "tesorera", "tesoureiro", "tesoureira", "tesoriere",
		"schatzmeister", "schatzmeisterin", "kassenwart", "kassenwartin", "skarbnik", "kassor", "kasserer", "sayman", "rahastonhoitaja"},
	"secretary": {"secretaris", "secretaire", "secretario", "secretaria", "segretario", "segretaria", "schriftfuhrer", "schriftfuhrerin",
		"sekretarz", "sekreterare", "sekretaer", "sekreter"},
	"chair":    chairWords,
	"chairman": chairWords,
	"volunteer": {"vrijwilliger", "vrijwilligster", "benevole", "voluntario", "voluntaria", "volontario", "volontaria", "ehrenamtlich",
		"ehrenamtliche", "ehrenamtlicher", "wolontariusz", "wolontariuszka", "volontar", "frivillig", "gonullu"},
	"trustee": {"bestuurslid", "administrateur", "administratrice", "vorstandsmitglied", "styrelseledamot", "bestyrelsesmedlem"},
	"coach":   {"trainer", "trainerin", "entraineur", "entraineuse", "entrenador", "entrenadora", "allenatore", "allenatrice", "treinador", "treinadora", "trener", "tranare", "antrenor"},
	"mentor":  {"mentora", "mentorin", "tutor", "tutora", "tuteur", "tutrice"},
}

// chairWords are a chair of a board or club in other languages.
var chairWords = []string{"voorzitter", "presidente", "presidenta", "vorsitzender", "vorsitzende", "prezes", "przewodniczacy",
	"przewodniczaca", "ordforande", "formand", "baskan"}

// translatedPost reports whether the profile names the post word w, the
// line's, in another language. The line's keys (lineKeys) hold the
// translations, for a one-off index.
func (x *Index) translatedPost(w string) bool {
	for _, f := range postTranslations[w] {
		if x.has(stem(f)) {
			return true
		}
	}
	return false
}

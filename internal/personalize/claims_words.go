package personalize

// bookWords and paperWords are a book and a paper or article in the
// languages profiles are written in, folded ("Buch", "artículo",
// "artykuł", "論文").
var (
	bookWords  = []string{"livre", "libro", "buch", "boek", "ksiazka", "ksiazki", "kitap", "kitabi", "著書", "書籍"}
	paperWords = []string{"artigo", "articulo", "artikel", "artykul", "artykulu", "publicacion", "publicacao", "pubblicazione",
		"veroffentlichung", "publicatie", "publikacja", "makale", "makalesi", "記事", "论文",
		"onderzoek", "afstudeeronderzoek", "forschung", "recherche", "investigacion", "ricerca", "pesquisa", "badania", "forskning", "arastirma", "研究"}
)

// talkWords and thesisWords are a talk and a thesis in the languages of
// Europe, folded, and of Turkish, Chinese, Japanese and Korean, as a
// profile in its own language writes them: "Vortrag: OITAF-Kongress
// 2022", "Masteroppgave: Fyrvokterfamilier ...", "Tez: ...", "修士論文：...".
var (
	talkWords = []string{"vortrag", "vortrage", "referat", "ponencia", "conferencia", "intervention", "relazione", "palestra",
		"wyklad", "prelekcja", "prezentacja", "foredrag", "lezing", "presentacion", "presentazione", "apresentacao",
		"esitelma", "eloadas", "prednaska", "kongress", "congreso", "congresso", "congres", "kongres", "sunum", "konusma",
		"発表", "講演", "登壇", "演讲", "演講", "报告", "발표", "강연"}
	thesisWords = []string{"diplomarbeit", "masterarbeit", "doktorarbeit", "bachelorarbeit", "tesis", "tesi", "tese", "memoire",
		"proefschrift", "scriptie", "avhandling", "masteroppgave", "masteroppgava", "examensarbete", "speciale", "gradu",
		"magisterska", "doktorska", "licencjacka", "diplomova", "disertace", "doctorado", "doctorat", "mestrado",
		"dissertacao", "disertacion", "tesina", "tez", "tezi", "tezim", "論文", "卒論", "论文", "논문",
		// Engineering, bachelor's and diploma theses: pl, cs, sv, fi, nl,
		// nb, es, hu, ro.
		"inzynierska", "dyplomowa", "bakalarska", "uppsats", "kandidatuppsats", "magisteruppsats", "examensuppsats",
		"opinnaytetyo", "diplomityo", "afstudeerscriptie", "masterscriptie", "bachelorscriptie", "bacheloroppgave",
		"tfg", "tfm", "szakdolgozat", "diplomamunka", "disertatie"}
)

// titleCaseWord reports whether toks[i] is a function word capitalised
// inside a sentence, as a name in title case writes its small words:
// "Engineers Without Borders", "Lisbon Without Steps".
func titleCaseWord(toks []lineTok, i int) bool {
	t := &toks[i]
	return t.fn && t.capital && !t.sentStart && !t.acronym && len(t.lower) > 1
}

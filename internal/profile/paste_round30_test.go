package profile

import (
	"slices"
	"strings"
	"testing"
)

// portuguesePage is a page pasted from LinkedIn's interface in Portuguese:
// the cover photo's text with the name, dates with "mês", endorsement
// counts, an own post and a repost ("compartilhou isto") with their action
// bars and "Ver tradução", and proficiency lines under the languages.
const portuguesePage = "Pular para conteúdo principal\nLinkedIn\n\n" +
	"Foto de capa de Marina Duarte Lopes\nMarina Duarte Lopes\nMarina Duarte Lopes\n· 2º\n" +
	"Professora Adjunta na UEL | Apicultura\nLondrina, Paraná, Brasil\nInformações de contato\n\n" +
	"Atividade\n812 seguidores\nPublicações\nComentários\nImagens\n" +
	"Marina Duarte Lopes\nMarina Duarte Lopes\n• 2º\nProfessora Adjunta na UEL | Apicultura\n3 m •\n\n" +
	"Apresentei o apiário-escola da UEL no congresso de Florianópolis.\n…ver mais\n88\n9 comentários\nGostei\nComentar\nCompartilhar\nEnviar\n" +
	"Marina Duarte Lopes compartilhou isto\nDr. Paulo Reis\nDr. Paulo Reis\n• 3º+\nPesquisador na Embrapa\n5 m •\n\n" +
	"Our new queen-rearing protocol doubled colony survival in 14 apiaries.\nVer tradução\n120\nGostei\nComentar\nCompartilhar\nEnviar\n" +
	"Experiência\nUniversidade Estadual de Londrina logotipo\nProfessora Adjunta\nUniversidade Estadual de Londrina · Tempo integral\n" +
	"mar de 2016 - o momento · 9 anos 1 mês\nLondrina, Paraná, Brasil\nCoordeno o apiário-escola com 40 colmeias.\n" +
	"Mel do Norte Ltda. logotipo\nTécnica apícola\nMel do Norte Ltda. · Tempo integral\nfev de 2010 - fev de 2016 · 6 anos 1 mês\n" +
	"Programa de rainhas selecionadas.\n\n" +
	"Competências\nApicultura\n29 validações de competência\nEntomologia\n14 validações de competência\n\n" +
	"Idiomas\nPortuguês\nNível nativo ou bilíngue\nInglês\nNível de proficiência profissional completo\n"

// TestPageInPortuguese: the name is not the cover photo's text, both
// positions are read with their dates, the repost is Dr Reis's and not
// part of their own post, and endorsement counts and proficiency lines are
// no skills or languages.
func TestPageInPortuguese(t *testing.T) {
	p := pageOf(t, portuguesePage)
	if p.Name != "Marina Duarte Lopes" {
		t.Errorf("name: got %q, want %q", p.Name, "Marina Duarte Lopes")
	}
	if len(p.Experience) != 2 || p.Experience[0].Start != "Mar 2016" || p.Experience[1].Company != "Mel do Norte Ltda." || p.Experience[1].End != "Feb 2016" {
		t.Errorf("experience: got %+v, want two positions, Mar 2016 - Present and Feb 2010 - Feb 2016", p.Experience)
	}
	if len(p.Activity) != 2 || p.Activity[1].Kind != ActivityRepost || p.Activity[1].Of != "Dr. Paulo Reis" {
		t.Fatalf("activity: got %+v, want their post and Dr. Paulo Reis's reposted", p.Activity)
	}
	if strings.Contains(p.Activity[0].Text, "queen-rearing") || strings.Contains(p.Activity[1].Text, "tradução") {
		t.Errorf("activity texts: got %q and %q", p.Activity[0].Text, p.Activity[1].Text)
	}
	if !slices.Equal(p.Skills, []string{"Apicultura", "Entomologia"}) {
		t.Errorf("skills: got %q", p.Skills)
	}
	if !slices.Equal(p.Languages, []string{"Português", "Inglês"}) {
		t.Errorf("languages: got %q", p.Languages)
	}
}

// TestCoverPhotoTextInOtherLanguages: the text of a cover photo with the
// person's name after it ("Hintergrundbild von ...") is no name.
func TestCoverPhotoTextInOtherLanguages(t *testing.T) {
	for _, cover := range []string{"Hintergrundbild von Annegret Hübner", "Foto de capa de Annegret Hübner", "Photo de couverture de Annegret Hübner"} {
		p := pageOf(t, cover+"\nAnnegret Hübner\nEdelsteinschleiferin\nIdar-Oberstein, Deutschland\n\nBerufserfahrung\nInhaberin\nHübner Schleiferei\nApr. 2017–Heute\n")
		if p.Name != "Annegret Hübner" || p.Headline != "Edelsteinschleiferin" {
			t.Errorf("%q: got name %q, headline %q", cover, p.Name, p.Headline)
		}
	}
}

// TestJapaneseDescriptionIsNoTitle: in a company's group of positions on a
// page in Japanese, a role's description, a sentence that ends with "。",
// is not the next role's title, and "資格" heads the certifications.
func TestJapaneseDescriptionIsNoTitle(t *testing.T) {
	page := "松本 沙織\n製造部長｜山科香房\n日本 京都府 京都市\n\n職歴\n山科香房\n正社員 · 15年4か月\n京都府 京都市 山科区\n" +
		"製造部長\n2018年4月 - 現在 · 6年10か月\n製造ライン3本、職人14名を統括。不良率を4.5%から1.2%に低減。\n" +
		"香司（調香担当）\n2009年10月 - 2018年3月 · 8年6か月\n線香・焼香の調合を担当。\n\n" +
		"学歴\n京都大学\n学士, 農学部\n2002 - 2006\n\n資格\n臭気判定士\n公益社団法人 におい・かおり環境協会\n発行日: 2010年3月\n"
	p := pageOf(t, page)
	if len(p.Experience) != 2 || p.Experience[1].Title != "香司（調香担当）" || p.Experience[1].Company != "山科香房" {
		t.Errorf("experience: got %+v, want 製造部長 and 香司（調香担当） at 山科香房", p.Experience)
	}
	if len(p.Education) != 1 || len(p.Certifications) != 1 || !strings.HasPrefix(p.Certifications[0], "臭気判定士") {
		t.Errorf("education %+v, certifications %q: want 京都大学 and 臭気判定士", p.Education, p.Certifications)
	}
}

// TestPolishActionBarAndLinks: on a page in Polish, a post's action bar
// ("Lubię to", "Skomentuj", "Udostępnij", "Wyślij"), its counts ("21
// udostępnień"), "…więcej", an image's missing description and the "show
// all" links are no text of the post; a follower count in thousands
// ("3 tys. obserwujących") is no text of a repost; "Polecane" heads the
// featured items, an article among them.
func TestPolishActionBarAndLinks(t *testing.T) {
	page := "Tomasz Wiśniewski\nKierownik projektu | Telvia Systems\nGdańsk, Polska\n\n" +
		"Aktywność\n1 204 obserwujących\nPosty\nKomentarze\n" +
		"Tomasz Wiśniewski opublikował(a) to • 2 tyg.\n" +
		"Od 3 czerwca most działa w trybie free-flow: 32 kamery ANPR i zero szlabanów.\n…więcej\n" +
		"Brak alternatywnego tekstu dla tego zdjęcia\n214\n21 udostępnień\nLubię to\nSkomentuj\nUdostępnij\nWyślij\n\n" +
		"Tomasz Wiśniewski udostępnił(a) to\nKatarzyna Lis\nKatarzyna Lis\n• 2.\nDyrektor sprzedaży\n3 tys. obserwujących\n1 mies. •\n" +
		"Nasz zespół wygrał przetarg na most w Rydze.\n\nPokaż całą aktywność →\n" +
		"Polecane\nArtykuł\nPobór opłat w ruchu swobodnym\nDrogownictwo\n\n" +
		"Doświadczenie\nKierownik projektu\nTelvia Systems sp. z o.o.\nwrz 2020 – obecnie\n\n" +
		"Umiejętności\nDSRC\nSQL\nPokaż wszystkie umiejętności (23) →\n"
	p := pageOf(t, page)
	var own, repost, article *Activity
	for i := range p.Activity {
		switch a := &p.Activity[i]; {
		case a.Featured:
			article = a
		case a.Kind == ActivityRepost:
			repost = a
		case a.Kind == ActivityPost:
			own = a
		}
	}
	if own == nil || own.Text != "Od 3 czerwca most działa w trybie free-flow: 32 kamery ANPR i zero szlabanów." {
		t.Errorf("own post: got %+v", own)
	}
	if repost == nil || repost.Of != "Katarzyna Lis" || repost.Text != "Nasz zespół wygrał przetarg na most w Rydze." {
		t.Errorf("repost: got %+v", repost)
	}
	if article == nil || article.Kind != ActivityArticle || article.Title != "Pobór opłat w ruchu swobodnym" {
		t.Errorf("featured article: got %+v", article)
	}
	if !slices.Equal(p.Skills, []string{"DSRC", "SQL"}) {
		t.Errorf("skills: got %q", p.Skills)
	}
}

// TestCommentHeadNamesTheAuthor: under "... commented on Lotta Ek's
// post", the author's name again with their degree ("Lotta Ek · 2nd") and
// their headline are no text of the post.
func TestCommentHeadNamesTheAuthor(t *testing.T) {
	page := "Åsa Lindqvist\nAgility judge\nUppsala, Sweden\n\nActivity\n3,512 followers\n" +
		"Åsa Lindqvist commented on Lotta Ek's post\nLotta Ek · 2nd\nDog trainer\n" +
		"My first dog Zeta just got her third certificate!\nGrattis Lotta och Zeta!\n\n" +
		"Experience\nAgility Judge\nSvenska Kennelklubben\nApr 2011 - Present\n"
	p := pageOf(t, page)
	if len(p.Activity) != 1 || p.Activity[0].Of != "Lotta Ek" || strings.Contains(p.Activity[0].Text, "Dog trainer") ||
		strings.HasPrefix(p.Activity[0].Text, "Lotta Ek") {
		t.Errorf("activity: got %+v, want Lotta Ek's post without her name and headline", p.Activity)
	}
}

// TestEndorsementCountsAreNoSkills: a skill's endorsements, as pages in
// French, German, Polish, Dutch and Norwegian count them on a line of
// their own, are no skills.
func TestEndorsementCountsAreNoSkills(t *testing.T) {
	page := "Anne Lefèvre\nJuriste\nParis, France\n\nExperience\nJuriste\nCNL\nJan 2019 - Present\n\nSkills\n" +
		"Child Protection\nDroit public\n42 recommandations de compétence\nConformité\n" +
		"Von 38 Kontakten bestätigt\nMarketing\nPoparte przez: Marek Nowicki i 66 innych osób\nSprzedaż\n67 poparć\n" +
		"Statistiek\nBevestigd door Wietse Bosma en 21 anderen\nKartografi\nAnbefalt av 14 kolleger hos Kystverket\n"
	p := pageOf(t, page)
	want := []string{"Child Protection", "Droit public", "Conformité", "Marketing", "Sprzedaż", "Statistiek", "Kartografi"}
	if !slices.Equal(p.Skills, want) {
		t.Errorf("skills: got %q, want %q", p.Skills, want)
	}
}

// TestPeopleAlsoViewedInGerman: "Personen, die auch angesehen wurden"
// heads the sidebar on a page in German, so the people under it and their
// headlines are not read into the section before it.
func TestPeopleAlsoViewedInGerman(t *testing.T) {
	page := "Annegret Hübner\nEdelsteinschleiferin\nIdar-Oberstein, Deutschland\n\n" +
		"Berufserfahrung\nInhaberin\nHübner Schleiferei\nApr. 2017–Heute\n\nSprachen\nDeutsch\nEnglisch\n" +
		"Personen, die auch angesehen wurden\nClaudia Brenner\n· 2.\nDozentin Gemmologie, Johannes Gutenberg-Universität Mainz\nVernetzen\n"
	p := pageOf(t, page)
	if !slices.Equal(p.Languages, []string{"Deutsch", "Englisch"}) {
		t.Errorf("languages: got %q, want Deutsch and Englisch", p.Languages)
	}
	for _, e := range p.Experience {
		if strings.Contains(e.Description, "Mainz") {
			t.Errorf("experience %+v holds the sidebar", e)
		}
	}
}

// TestRepostAuthorAndSpacedCount: a repost's author line with the bullet
// left where the degree was ("Maritime Denmark •") is its author, and a
// reaction count grouped with a space ("1 102") is no text of the post.
func TestRepostAuthorAndSpacedCount(t *testing.T) {
	page := "Élodie Lefèvre\nIngénieure\nLille, France\n\nActivity\n" +
		"Élodie Lefèvre reposted this\nMaritime Denmark • \nHow hybrid ferries cut fuel use – a case study.\n1 102\n88 comments\n\n" +
		"Experience\nIngénieure\nLesaffre\nJan 2019 - Present\n"
	p := pageOf(t, page)
	if len(p.Activity) != 1 || p.Activity[0].Of != "Maritime Denmark" || p.Activity[0].Text != "How hybrid ferries cut fuel use – a case study." {
		t.Errorf("activity: got %+v, want Maritime Denmark's post alone", p.Activity)
	}
}

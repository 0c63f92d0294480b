package profile

import (
	"strings"
	"testing"
)

// pageOf reads page as ReadPage does, failing the test on an error.
func pageOf(t *testing.T, page string) Profile {
	t.Helper()
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

// TestOwnPostHeadInGerman: on a page in German, their name and headline
// over a post whose age is written in words ("5 Tage •") head their own
// post and are not its text.
func TestOwnPostHeadInGerman(t *testing.T) {
	page := "Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\nKassel, Hessen, Deutschland\n\n" +
		"Aktivitäten\n412 Follower:innen\nBeiträge\n" +
		"Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\n3 Wochen • \n" +
		"Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen.\n" +
		"Berufserfahrung\nInhaberin\nKrämer Brunnenbau GmbH\nJan. 2015–Heute\n"
	p := pageOf(t, page)
	if len(p.Activity) != 1 {
		t.Fatalf("got %d activity items %+v, want 1", len(p.Activity), p.Activity)
	}
	if got, want := p.Activity[0].Text, "Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen."; got != want {
		t.Errorf("post text: got %q, want %q", got, want)
	}
}

// TestPublicationsHeadingInGerman: "Publikationen", as well as
// "Veröffentlichungen", heads the publications on a page in German, so a
// publication after the recommendations they gave is theirs and not part
// of the last recommendation.
func TestPublicationsHeadingInGerman(t *testing.T) {
	page := "Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\nKassel, Hessen, Deutschland\n\n" +
		"Empfehlungen\nErhalten\nAusgesprochen\nJonas Weber\nGeologe\n3. Mai 2023, Sabine war Jonas' Kundin\nJonas hat unsere Pumpversuche sauber ausgewertet.\n" +
		"Publikationen\nTiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten\nbbr Fachmagazin · 15. März 2023\nPublikation anzeigen\n" +
		"Sprachen\nDeutsch\n"
	p := pageOf(t, page)
	if len(p.Publications) != 1 || p.Publications[0].Title != "Tiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten" {
		t.Fatalf("publications: got %+v, want the one titled %q", p.Publications, "Tiefbrunnen im Buntsandstein: zehn Jahre Betriebsdaten")
	}
	for _, r := range p.Recommendations {
		if strings.Contains(r.Text, "Tiefbrunnen") {
			t.Errorf("recommendation %+v holds the publication", r)
		}
	}
}

// TestMoreForeignHeadings: the headings a page in French, Portuguese,
// Dutch, German or Turkish may use for About, awards, certificates,
// volunteering and interests ("Prix", "Certificações", "Over",
// "Zertifikate", "Ehrenamtliches Engagement", "İlgi alanları") start their
// sections.
func TestMoreForeignHeadings(t *testing.T) {
	page := "Inès Morel\nSellière | Atelier Morel\nSaumur, Pays de la Loire, France\n\n" +
		"À propos\nJe fabrique des selles de dressage sur mesure depuis 2009.\n" +
		"Prix\nMeilleur Ouvrier de France, sellerie\nÉmis par Comité d'organisation des expositions du travail · juin 2019\n"
	p := pageOf(t, page)
	if !strings.Contains(p.About, "selles de dressage") {
		t.Errorf("about: got %q, want the text under À propos", p.About)
	}
	if len(p.Honors) != 1 || !strings.HasPrefix(p.Honors[0], "Meilleur Ouvrier de France") {
		t.Errorf("honors: got %q, want the award under Prix", p.Honors)
	}
	for _, h := range []string{"Certificações", "Over", "Zertifikate", "Ehrenamtliches Engagement", "İlgi alanları", "İletişim bilgileri"} {
		if en, _ := localized(h); en == "" {
			t.Errorf("%q is no heading", h)
		}
	}
}

// TestActivityInPolish: on a page in Polish, the Activity section's tabs
// and counts are furniture, "opublikował(a) to" heads their own post,
// and what they reposted ("udostępnił(a) to") or commented on
// ("skomentował(a) post") is someone else's.
func TestActivityInPolish(t *testing.T) {
	page := "Marek Zając\nKierownik budowy | Mostostal\nGdańsk, Województwo pomorskie, Polska\n\n" +
		"Aktywność\n1 204 obserwujących\nPosty\nKomentarze\n" +
		"Marek Zając opublikował(a) to • 2 tyg.\nZakończyliśmy montaż 14 przęseł wiaduktu w Pruszczu.\n236\n41 komentarzy\n" +
		"Marek Zając udostępnił(a) to\nMostostal S.A.\n2 134 obserwujących\n10 mies. •\nMostostal z nagrodą Budowa Roku 2023!\n" +
		"Marek Zając skomentował(a) post • 4 mies.\nAnna Nowak • Projektantka mostów\nNasz nowy most zwodzony w Elblągu działa!\nMarek Zając: Gratulacje!\n" +
		"Doświadczenie\nKierownik budowy\nMostostal S.A.\nsty 2020 – obecnie\n"
	p := pageOf(t, page)
	var own []string
	for _, a := range p.Activity {
		if a.Own() {
			own = append(own, a.Text)
		}
	}
	if len(own) != 1 || own[0] != "Zakończyliśmy montaż 14 przęseł wiaduktu w Pruszczu." {
		t.Errorf("own posts: got %q, want the one post of theirs alone", own)
	}
	for _, a := range p.Activity {
		if a.Own() {
			continue
		}
		if strings.Contains(a.Text, "Budowa Roku") && a.Kind != ActivityRepost || strings.Contains(a.Text, "Elblągu") && a.Kind != ActivityComment {
			t.Errorf("item %+v: got kind %q", a, a.Kind)
		}
	}
}

// TestEndorsementCountsInFrench: "48 validations" under a skill on a page
// in French counts endorsements; it is no skill.
func TestEndorsementCountsInFrench(t *testing.T) {
	page := "Noëlle Bérard\nDessinatrice d'audience\nParis, Île-de-France, France\n\n" +
		"Compétences\nDessin d'audience\nValidé par Claire Dufresne et 47 autres personnes\n48 validations\nAquarelle\n21 validations\n" +
		"Langues\nFrançais\n"
	p := pageOf(t, page)
	if got := strings.Join(p.Skills, "|"); got != "Dessin d'audience|Aquarelle" {
		t.Errorf("skills: got %q, want %q", got, "Dessin d'audience|Aquarelle")
	}
}

// TestLogoTextInDutchAndPolish: the text of a company's or school's logo
// as a page in Dutch or Polish writes it ("GVB-logo", "Logo Politechnika
// Wrocławska") over the entry it names is no description of the entry
// above.
func TestLogoTextInDutchAndPolish(t *testing.T) {
	page := "Joost de Vries\nSchipper\nAmsterdam, Noord-Holland, Nederland\n\n" +
		"Ervaring\nVeerpont-logo\nVeerpont Amsterdam\nFulltime · 12 jr\nSchipper\njan. 2013 - heden · 12 jr\nVaart de pont over het IJ.\n" +
		"Riveer-logo\nStuurman\nRiveer (Veerdienst Gorinchem) · Fulltime\naug. 2006 - feb. 2012 · 5 jr 7 mnd\nVoet- en fietsveer.\n" +
		"Opleiding\nLogo Politechnika Wrocławska\nPolitechnika Wrocławska\ninżynier, Budownictwo\n2002 - 2006\n"
	p := pageOf(t, page)
	for _, e := range p.Experience {
		if strings.Contains(e.Description, "logo") {
			t.Errorf("experience %q at %q: description %q holds a logo's text", e.Title, e.Company, e.Description)
		}
	}
	if len(p.Education) != 1 || p.Education[0].School != "Politechnika Wrocławska" {
		t.Errorf("education: got %+v, want one school", p.Education)
	}
	text := NormalizePaste(page)
	_, spans := ParsePasteSpans(text)
	for _, sp := range spans {
		if strings.Contains(text[sp.Start:sp.End], "logo") || strings.Contains(text[sp.Start:sp.End], "Logo") {
			t.Errorf("%s reads %q, a logo's text", sp.Field, text[sp.Start:sp.End])
		}
	}
}

// TestOwnPostHeadsInOtherLanguages: their name over a post's age as pages
// in Polish, French or Swedish write it ("3 mies. •", "1 a •", "3 mois •
// Modifié •", "• 2 tyg. •"), with their headline, perhaps shortened, between, heads
// their own post; a repost's head split over two lines (" heeft dit
// gerepost • 1 mnd" under their name) heads a repost, not a post of
// theirs.
func TestOwnPostHeadsInOtherLanguages(t *testing.T) {
	for _, c := range []struct{ age, headline string }{
		{"3 mies. •", "Kierownik budowy | Mostostal"},
		{"1 a •", "Cheffe de chantier"},
		{"3 mois • Modifié •", "Responsable conformité chez Paymeo"},
		{"2 v •", "Djursjuksköterska | Akutvård"},
		{" • 2 tyg. •", "Kierownik budowy | Mostostal"},
	} {
		page := "Ewa Nowak\nKierownik budowy | Mostostal | Cheffe de chantier (Paymeo / Ar Vag) | Akutvård\nGdańsk, Polska\n\n" +
			"Activity\n1,204 followers\nEwa Nowak\n" + c.headline + "\n" + c.age + "\nZakończyliśmy montaż 14 przęseł.\n" +
			"Experience\nKierownik budowy\nMostostal S.A.\nJan 2020 - Present\n"
		p := pageOf(t, page)
		if len(p.Activity) != 1 || p.Activity[0].Text != "Zakończyliśmy montaż 14 przęseł." {
			t.Errorf("age %q: got %+v, want their one post without its head", c.age, p.Activity)
		}
	}
	page := "Willem de Graaf\nTouwslager | Lankhorst Ropes\nSneek, Friesland, Nederland\n\n" +
		"Activiteit\n1.302 volgers\nWillem de Graaf\n heeft dit gerepost • 1 mnd\n1 mnd\nLankhorst Ropes\n12.400 volgers\n" +
		"Trots! Onze nieuwe touwlijn wint de Maritime Innovation Award 2024.\n" +
		"Ervaring\nTouwslager\nLankhorst Ropes\njan. 2015 - heden\n"
	p := pageOf(t, page)
	for _, a := range p.Activity {
		if a.Own() && strings.Contains(a.Text, "Maritime Innovation Award") {
			t.Errorf("the company's post read as theirs: %+v", a)
		}
	}
}

// TestCountBarAfterReactionIcons: the bar under a post with the
// reactions' icons before its counts ("👍❤️ 1,203 · 88 comments") is
// furniture, not the post's text.
func TestCountBarAfterReactionIcons(t *testing.T) {
	page := "Ada Pike\nClockmaker\nYork, England, United Kingdom\n\n" +
		"Activity\n1,204 followers\nAda Pike\nClockmaker\n2w •\nThe Kleinhans table clock struck for the first time in 90 years.\n👍❤️👏 1,203 · 88 comments\n" +
		"Experience\nClockmaker\nPike & Daughter\nJan 2015 - Present\n"
	p := pageOf(t, page)
	if len(p.Activity) != 1 || p.Activity[0].Text != "The Kleinhans table clock struck for the first time in 90 years." {
		t.Errorf("got %+v, want the post without its count bar", p.Activity)
	}
}

// TestOwnPostUnderTheirNameAsTheCardWritesIt: their name over their post
// is the card's name without its other script ("Yuki Matsumoto" for "Yuki
// Matsumoto (松本 優希)"), and is found past menu text the reader does
// not know above the card ("LinkedIn", "Rechercher"); the head is not the
// post's text.
func TestOwnPostUnderTheirNameAsTheCardWritesIt(t *testing.T) {
	for _, top := range []string{"Yuki Matsumoto (松本 優希)\nHe/Him\n· 2nd\n", "LinkedIn\nRechercher\n\nYuki Matsumoto\nHe/Him\n· 2nd\n"} {
		page := top + "Staff Security Engineer (Mobile) at Kairo Pay\nTokyo, Japan\n\n" +
			"Activity\n2,912 followers\nYuki Matsumoto • 2nd\nStaff Security Engineer (Mobile) at Kairo Pay\n8mo •\n" +
			"Slides from my Black Hat Asia talk are up.\n311 reactions · 26 comments\n" +
			"Experience\nStaff Security Engineer\nKairo Pay\nJan 2019 - Present\n"
		p := pageOf(t, page)
		if len(p.Activity) != 1 || p.Activity[0].Text != "Slides from my Black Hat Asia talk are up." {
			t.Errorf("top %q: got %+v, want their post without its head", top, p.Activity)
		}
	}
}

// TestTitleBeforeTheirName: an academic title before the card's name
// ("Dr.-Ing.", "Mgr") is no part of it, and their name over a post of
// theirs without it heads the post.
func TestTitleBeforeTheirName(t *testing.T) {
	page := "Dr.-Ing. Anna Weber\nShe/Her\n· 2nd\nSenior Consultant Room Acoustics at Müller-BBM\nMunich, Bavaria, Germany\n\n" +
		"Activity\n1,942 followers\nAnna Weber\n · 2mo\nMeasured the finished Rosenheim concert hall last night: 1.9 s occupied.\n" +
		"Experience\nSenior Consultant\nMüller-BBM\nJan 2016 - Present\n"
	p := pageOf(t, page)
	if p.Name != "Anna Weber" {
		t.Errorf("name: got %q, want %q", p.Name, "Anna Weber")
	}
	if len(p.Activity) != 1 || p.Activity[0].Text != "Measured the finished Rosenheim concert hall last night: 1.9 s occupied." {
		t.Errorf("got %+v, want their post without its head", p.Activity)
	}
}

// TestRecommendationsInPolish: the line under a recommender's name dated
// as Polish writes it ("15 marca 2020 r., Piotr był przełożonym
// Małgorzaty") says how they knew each other, so the recommendation
// received and the one given ("Wystawione") are told apart.
func TestRecommendationsInPolish(t *testing.T) {
	page := "Małgorzata Wójcik\nDyrektorka programowa | Radio Kraków\nKraków, Województwo małopolskie, Polska\n\n" +
		"Rekomendacje\nOtrzymane\nWystawione\nPiotr Nowak\n· 2.\nDyrektor programowy, Radio ZET\n" +
		"15 marca 2020 r., Piotr był przełożonym Małgorzaty\nMałgosia przeprowadziła nas przez zmianę formuły Listy Przebojów.\n\n" +
		"Wystawione\nKatarzyna Lis\n· 2.\nAnalityczka muzyczna, Radio ZET\n" +
		"10 lutego 2020 r., Małgorzata była przełożoną Katarzyny\nKasia zbudowała nasz system internetowych testów muzycznych.\n\n" +
		"Języki\npolski\n"
	p := pageOf(t, page)
	if len(p.Recommendations) != 2 {
		t.Fatalf("got %+v, want two recommendations", p.Recommendations)
	}
	for _, r := range p.Recommendations {
		if want := r.Person == "Katarzyna Lis"; r.Given != want || strings.Contains(r.Text, "2020") {
			t.Errorf("%+v: want given=%v and the text without its relation line", r, want)
		}
	}
}

// TestTitleInLowerCaseAboveItsDates: a role's title written in lower case
// after its first word, as Polish and other languages write titles
// ("Kierownik ds. weterynarii – hodowle kontraktowe"), right above the
// role's dates, or above the company line an employment type marks, is
// its title.
func TestTitleInLowerCaseAboveItsDates(t *testing.T) {
	page := "Jan Wójcik\nLekarz weterynarii\nSiedlce, Polska\n\n" +
		"Doświadczenie\nDrosed S.A.\nPełny etat · 8 lat 3 mies.\nKierownik ds. weterynarii – hodowle kontraktowe\nsty 2019 – obecnie · 5 lat 11 mies.\n" +
		"Nadzór nad 38 fermami kontraktowymi.\nLekarz weterynarii terenowy\nwrz 2016 – gru 2018 · 2 lata 4 mies.\nOpieka nad fermami brojlerów.\n\n" +
		"Wykształcenie\nUniwersytet Przyrodniczy w Lublinie\n"
	p := pageOf(t, page)
	if len(p.Experience) != 2 || p.Experience[0].Title != "Kierownik ds. weterynarii – hodowle kontraktowe" || p.Experience[0].Company != "Drosed S.A." ||
		p.Experience[1].Company != "Drosed S.A." {
		t.Errorf("got %+v, want two roles at Drosed S.A., the first titled in lower case", p.Experience)
	}
	page = "Anna Nowak\nTrenerka szabli\nKraków, Polska\n\n" +
		"Doświadczenie\nAsystentka trenera kadry narodowej juniorek – szabla\nPolski Związek Szermierczy · Umowa zlecenie\nsty 2023 – obecnie · 2 lata 1 mies.\n" +
		"Mistrzostwa Europy Juniorów 2024: brązowy medal drużyny.\n\nWykształcenie\nAWF Kraków\n"
	p = pageOf(t, page)
	if len(p.Experience) != 1 || p.Experience[0].Title != "Asystentka trenera kadry narodowej juniorek – szabla" || p.Experience[0].Company != "Polski Związek Szermierczy" {
		t.Errorf("got %+v, want the title above the company its employment type marks", p.Experience)
	}
}

// TestPageInJapanese: on a page in Japanese, the menu's "ミー" and
// "ビジネス向けサービス" are no name or headline, and a logo's text
// ("…のロゴ"), counts of followers, endorsements and reactions ("1,832人
// のフォロワー", "42人が推薦", "いいね！ 186") are furniture.
func TestPageInJapanese(t *testing.T) {
	page := "ホーム\nネットワーク\n求人\nメッセージ\nお知らせ\nミー\nビジネス向けサービス\nPremiumを無料でお試し\n" +
		"佐藤 遥\n· 2次\nシニアコンサルタント｜企業年金\n日本 東京都 港区\n500人以上のつながり\n\n" +
		"アクティビティ\n1,832人のフォロワー\n佐藤 遥さんが投稿しました • 2週間\n日本年金学会で発表しました。\nいいね！ 186\nコメント 14件\n" +
		"職歴\nマーサー ジャパン 株式会社のロゴ\nシニアコンサルタント\nマーサー ジャパン 株式会社 · 正社員\n2022年4月 - 現在 · 2年8か月\n企業年金の制度設計。\n" +
		"スキル\n確定拠出年金\n42人が推薦\n福利厚生制度設計\n31人が推薦\n"
	text := NormalizePaste(page)
	p, spans := ParsePasteSpans(text)
	if p.Name != "佐藤 遥" || p.Headline != "シニアコンサルタント｜企業年金" {
		t.Errorf("card: got name %q headline %q", p.Name, p.Headline)
	}
	if got := strings.Join(p.Skills, "|"); got != "確定拠出年金|福利厚生制度設計" {
		t.Errorf("skills: got %q", got)
	}
	if len(p.Activity) != 1 || p.Activity[0].Text != "日本年金学会で発表しました。" {
		t.Errorf("activity: got %+v", p.Activity)
	}
	for _, sp := range spans {
		if s := text[sp.Start:sp.End]; strings.Contains(s, "ロゴ") || strings.Contains(s, "フォロワー") {
			t.Errorf("%s reads %q", sp.Field, s)
		}
	}
}

// TestMorePageInJapaneseAndSwedish: "マイネットワーク" in the menu is no
// name; dates joined by a wave dash ("2022年4月～現在") are a role's
// dates; "推薦42件", "…、他20人が推薦しました" and "いいね!214" are
// counts; "… logotyp" is a logo's text on a page in Swedish.
func TestMorePageInJapaneseAndSwedish(t *testing.T) {
	page := "ホーム\nマイネットワーク\n求人\n渡辺 健二\n· 2次\n統合セキュリティ部 部長\n東京都 港区\n\n" +
		"職歴\n統合セキュリティ部 部長\n東洋セキュリティシステムズ株式会社 · 正社員\n2022年4月～現在 · 2年8か月\n大阪府 大阪市\n入退室管理の統合を担当。\n\n" +
		"スキル\n入退室管理\n推薦42件\n映像監視 (VMS)\n佐藤 美咲さん、他20人が推薦しました\n"
	p := pageOf(t, page)
	if p.Name != "渡辺 健二" {
		t.Errorf("name: got %q", p.Name)
	}
	if len(p.Experience) != 1 || p.Experience[0].Start != "Apr 2022" || p.Experience[0].Company != "東洋セキュリティシステムズ株式会社" {
		t.Errorf("experience: got %+v", p.Experience)
	}
	if got := strings.Join(p.Skills, "|"); got != "入退室管理|映像監視 (VMS)" {
		t.Errorf("skills: got %q", got)
	}
	page = "Lisa Berg\nDjursjukskötare\nGöteborg, Sverige\n\nErfarenhet\nDjursjukhuset Väst logotyp\nDjursjukhuset Väst\nHeltid · 7 år\n" +
		"Ansvarig djursjukskötare\njan. 2018 – nu · 7 år\nInförde triage på akuten.\nDjursjukskötare\naug. 2013 – dec. 2017 · 4 år 5 mån\nIntensivvård av smådjur.\n"
	p = pageOf(t, page)
	for _, e := range p.Experience {
		if strings.Contains(e.Description, "logotyp") {
			t.Errorf("%+v holds a logo's text", e)
		}
	}
}

// TestCardUnderAGermanMenu: "Benachrichtigungen" in the menu and the
// photo's text "Profilbild von …" are no name: the card's name and
// headline are the lines under them.
func TestCardUnderAGermanMenu(t *testing.T) {
	page := "Zum Hauptinhalt springen\nLinkedIn\nSuchen\nStartseite\nMein Netzwerk\nJobs\nNachrichten\nBenachrichtigungen\nSie\nFür Unternehmen\n" +
		"Premium 1 Monat für 0 € testen\n\nHintergrundbild\nProfilbild von Ottilie Brandstätter\nOttilie Brandstätter\nSie/Ihr\n· 2.\n" +
		"Sonnenuhrmacherin | Steinmetzmeisterin\nSalzburg, Österreich\n\nBerufserfahrung\nInhaberin\nSonnenuhr Atelier Brandstätter · Selbstständig\nJan. 2011–Heute\n"
	p := pageOf(t, page)
	if p.Name != "Ottilie Brandstätter" || p.Headline != "Sonnenuhrmacherin | Steinmetzmeisterin" {
		t.Errorf("card: got name %q headline %q", p.Name, p.Headline)
	}
}

// TestPronounsInOtherLanguages: pronouns given in two languages ("Sie/Ihr
// (She/Her)") or in Polish, Māori, Welsh or Irish ("Pani/Ona", "Ia",
// "Fe/Ef", "Sí/Í") under the name are no headline; "Accéder au contenu
// principal" is no name.
func TestPronounsInOtherLanguages(t *testing.T) {
	for _, pr := range []string{"Sie/Ihr (She/Her)", "Pani/Ona", "Ia", "Fe/Ef", "Sí/Í"} {
		page := "Skip to main content\nAccéder au contenu principal\nAccueil\n\nAnna Rhys\n" + pr + "\n· 2nd\nMaster Mason at St Davids Cathedral\nSt Davids, Wales, United Kingdom\n\n" +
			"Experience\nMaster Mason\nSt Davids Cathedral · Full-time\nJan 2015 - Present\n"
		p := pageOf(t, page)
		if p.Name != "Anna Rhys" || p.Headline != "Master Mason at St Davids Cathedral" {
			t.Errorf("%q: got name %q headline %q", pr, p.Name, p.Headline)
		}
	}
}

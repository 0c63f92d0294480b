package profile

import (
	"strings"
	"testing"
)

// Whole pages copied from LinkedIn in Norwegian, Swedish, Danish, Turkish,
// Czech, Korean and Arabic: nav bar, card, About, Activity with a repost
// and a comment, Experience, Education, Volunteering, Publications, Honors
// & awards, Recommendations, Skills, Interests, the sidebar and the footer.

// i18nJob is an experience entry a page must read.
type i18nJob struct{ title, company, start, end, desc string }

// i18nPage is a pasted page and what must be read from it.
type i18nPage struct {
	page, name, headline, about string
	jobs                        [2]i18nJob
	school                      string
	publication, award, vol     string
	skills                      []string
	// Someone else's words: the reposted post, the post commented on,
	// and the recommendation.
	repost, comment, rec string
	// recBy wrote the recommendation. In a script without capitals
	// (Korean, Arabic) no line reads as a sentence, so the recommendation
	// is not read into Recommendations: recBy is "" and only that its
	// text is not theirs is asserted.
	recBy string
}

func checkI18nPage(t *testing.T, c i18nPage) {
	t.Helper()
	p := ParsePaste(c.page)
	if p.Name != c.name {
		t.Errorf("name %q, want %q", p.Name, c.name)
	}
	if p.Headline != c.headline {
		t.Errorf("headline %q, want %q", p.Headline, c.headline)
	}
	if p.About != c.about {
		t.Errorf("about %q, want %q", p.About, c.about)
	}
	if len(p.Experience) != 2 {
		t.Errorf("experience: %+v", p.Experience)
	} else {
		for i, w := range c.jobs {
			x := p.Experience[i]
			if got := (i18nJob{x.Title, x.Company, x.Start, x.End, x.Description}); got != w {
				t.Errorf("experience[%d] = %+v, want %+v", i, got, w)
			}
		}
	}
	if len(p.Education) != 1 || p.Education[0].School != c.school {
		t.Errorf("education: %+v, want school %q", p.Education, c.school)
	}
	if len(p.Publications) != 1 || p.Publications[0].Title != c.publication {
		t.Errorf("publications: %+v, want %q", p.Publications, c.publication)
	}
	if len(p.Honors) != 1 || !strings.HasPrefix(p.Honors[0], c.award) {
		t.Errorf("honors: %q, want %q", p.Honors, c.award)
	}
	if len(p.Volunteering) != 1 || !strings.HasPrefix(p.Volunteering[0], c.vol) {
		t.Errorf("volunteering: %q, want %q", p.Volunteering, c.vol)
	}
	if strings.Join(p.Skills, "|") != strings.Join(c.skills, "|") {
		t.Errorf("skills %q, want %q", p.Skills, c.skills)
	}
	// Their own words: About, the descriptions, their own posts.
	own := []string{p.About, p.Headline}
	for _, x := range p.Experience {
		own = append(own, x.Description, x.Title, x.Company)
	}
	for _, a := range p.Activity {
		if a.Own() {
			own = append(own, a.Title, a.Text)
		}
	}
	for _, s := range []string{c.repost, c.comment, c.rec} {
		for _, o := range own {
			if strings.Contains(o, s) {
				t.Errorf("someone else's %q read as their own: %q", s, o)
			}
		}
	}
	kinds := map[string]string{}
	for _, a := range p.Activity {
		kinds[a.Text] = a.Kind
	}
	if kinds[c.repost] != ActivityRepost || kinds[c.comment] != ActivityComment {
		t.Errorf("activity: %+v", p.Activity)
	}
	// The relation line ("3. mars 2023 var Kari ...") is read in English
	// only, so it stays in the text and which tab the recommendation is
	// under is not asserted.
	found := c.recBy == "" // caseless scripts: see recBy
	for _, r := range p.Recommendations {
		found = found || r.Person == c.recBy && strings.HasSuffix(r.Text, c.rec)
	}
	if !found {
		t.Errorf("recommendations: %+v, want %q by %q", p.Recommendations, c.rec, c.recBy)
	}
}

// Norwegian (bokmål): "· 2.", "aug. 2016 – nå · 8 år 5 mnd", "delte dette".
func TestNorwegianPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `Gå til hovedinnhold
Hjem
Mitt nettverk
Jobber
Meldinger
Varsler
Meg
For bedrifter
Prøv Premium for NOK 0

Ingrid Haugland
Hun/henne
· 2.
Leder for offshorelogistikk i Equinor
Stavanger, Rogaland, Norge
Kontaktinformasjon
500+ forbindelser
Send melding
Mer

Om
Jeg leder forsyningsbaselogistikken på sokkelen, med 14 år i offshoredrift bak meg.

Aktivitet
2 341 følgere
Innlegg
Kommentarer
Ingrid Haugland delte dette
Ragnhild Søreide
· 2.
Boresuperintendent i Aker BP
Stolt av laget som satte ny rekord på Johan Sverdrup-feltet i vår.
Liker
Kommenter
Del på nytt
Send
Ingrid Haugland kommenterte dette
Torbjørn Lie
· 3.+
Daglig leder i Lie Shipping
Vi ansetter tjue dekksoffiserer til de nye fartøyene i høst.
Vis alle innlegg

Erfaring
Leder for offshorelogistikk
Equinor · Heltid
aug. 2016 – nå · 8 år 5 mnd
Stavanger, Rogaland, Norge
Ledet omorganiseringen av forsyningsbasen som kuttet ventetiden for fartøyene med en tredjedel.
Logistikkoordinator
DOF Subsea · Heltid
jan. 2010 – jul. 2016 · 6 år 7 mnd
Bergen, Vestland, Norge
Planla mannskapsbytter og last for seks subseafartøyer.

Utdanning
Norges Handelshøyskole (NHH)
Master i økonomi og administrasjon, Logistikk
2005 – 2009

Frivillig arbeid
Styremedlem
Røde Kors Stavanger
mar. 2018 – nå · 6 år 10 mnd
Sosiale tjenester

Publikasjoner
Kortere ventetid for fartøyer på norsk sokkel
Logistikk i dag · 12. juni 2021

Utmerkelser og priser
Årets logistikkleder
Utstedt av Logistikkforeningen · nov. 2022

Anbefalinger
Mottatt
Gitt
Kari Nordmann
· 3.+
Driftssjef i Equinor
3. mars 2023 var Kari direkte leder for Ingrid
Ingrid er den mest pålitelige logistikklederen jeg har jobbet med på tjue år.

Ferdigheter
Offshorelogistikk
12 anbefalinger
Forsyningskjedestyring
8 anbefalinger

Interesser
Toppstemmer
Bedrifter

Andre har også sett
Ola Berg
· 2.
Logistikksjef i Aker BP

Om
Tilgjengelighet
Personvern og vilkår
`,
		name: "Ingrid Haugland", headline: "Leder for offshorelogistikk i Equinor",
		about: "Jeg leder forsyningsbaselogistikken på sokkelen, med 14 år i offshoredrift bak meg.",
		jobs: [2]i18nJob{
			{"Leder for offshorelogistikk", "Equinor", "Aug 2016", "Present", "Ledet omorganiseringen av forsyningsbasen som kuttet ventetiden for fartøyene med en tredjedel."},
			{"Logistikkoordinator", "DOF Subsea", "Jan 2010", "Jul 2016", "Planla mannskapsbytter og last for seks subseafartøyer."},
		},
		school:      "Norges Handelshøyskole (NHH)",
		publication: "Kortere ventetid for fartøyer på norsk sokkel",
		award:       "Årets logistikkleder",
		vol:         "Styremedlem, Røde Kors Stavanger",
		skills:      []string{"Offshorelogistikk", "Forsyningskjedestyring"},
		repost:      "Stolt av laget som satte ny rekord på Johan Sverdrup-feltet i vår.",
		comment:     "Vi ansetter tjue dekksoffiserer til de nye fartøyene i høst.",
		rec:         "Ingrid er den mest pålitelige logistikklederen jeg har jobbet med på tjue år.",
		recBy:       "Kari Nordmann",
	})
}

// Swedish: "2:a", "aug. 2016 – nu · 8 år 5 mån", "delade detta".
func TestSwedishPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `Gå till huvudinnehåll
Hem
Mitt nätverk
Jobb
Meddelanden
Notiser
Jag
För företag

Linnea Sjöberg
Hon/henne
· 2:a
Produktchef på Spotify
Stockholm, Stockholms län, Sverige
Kontaktuppgifter
500+ kontakter
Meddelande
Mer

Om
Jag bygger lyssnarfunktioner för podcastskapare och har tio år bakom mig inom konsumentappar.

Aktivitet
1 204 följare
Inlägg
Kommentarer
Linnea Sjöberg delade detta
Oskar Lindqvist
· 2:a
Designchef på Klarna
Vi lanserade idag den nya kassan i sju länder samtidigt.
Gilla
Kommentera
Dela vidare
Skicka
Linnea Sjöberg kommenterade detta
Elin Ek
· 3:e+
Rekryterare på Spotify
Vi söker två seniora utvecklare till vårt team i Göteborg.
Visa alla inlägg

Erfarenhet
Produktchef
Spotify · Heltid
aug. 2016 – nu · 8 år 5 mån
Stockholm, Stockholms län, Sverige
Ansvarar för verktygen som podcastskapare använder varje vecka.
Produktägare
Klarna · Heltid
jan. 2012 – jul. 2016 · 4 år 7 mån
Stockholm, Sverige
Ledde arbetet med appens första betalflöde.

Utbildning
Kungliga Tekniska högskolan
Civilingenjör, Datateknik
2006 – 2011

Ideellt arbete
Mentor
Stiftelsen Tekniksprånget
mars 2019 – nu · 5 år 10 mån
Utbildning

Publikationer
Att mäta lyssnande i en podcastapp
Computer Sweden · 12 juni 2021

Utmärkelser och priser
Årets produktledare
Utfärdat av Produktakademin · nov. 2022

Rekommendationer
Mottagna
Givna
Maria Holm
· 3:e+
Teknikchef på Spotify
3 mars 2023 var Maria Linneas chef
Linnea är den tydligaste produktledaren jag har arbetat med.

Kompetenser
Produktledning
12 rekommendationer
Användarforskning
7 rekommendationer

Intressen
Toppröster
Företag

Andra har även tittat på
Johan Berg
· 2:a
Produktdesigner på Klarna

Om
Tillgänglighet
Användaravtal
`,
		name: "Linnea Sjöberg", headline: "Produktchef på Spotify",
		about: "Jag bygger lyssnarfunktioner för podcastskapare och har tio år bakom mig inom konsumentappar.",
		jobs: [2]i18nJob{
			{"Produktchef", "Spotify", "Aug 2016", "Present", "Ansvarar för verktygen som podcastskapare använder varje vecka."},
			{"Produktägare", "Klarna", "Jan 2012", "Jul 2016", "Ledde arbetet med appens första betalflöde."},
		},
		school:      "Kungliga Tekniska högskolan",
		publication: "Att mäta lyssnande i en podcastapp",
		award:       "Årets produktledare",
		vol:         "Mentor, Stiftelsen Tekniksprånget",
		skills:      []string{"Produktledning", "Användarforskning"},
		repost:      "Vi lanserade idag den nya kassan i sju länder samtidigt.",
		comment:     "Vi söker två seniora utvecklare till vårt team i Göteborg.",
		rec:         "Linnea är den tydligaste produktledaren jag har arbetat med.",
		recBy:       "Maria Holm",
	})
}

// Danish: "· 2.", "aug. 2016 - nu · 8 år 5 md.", "har delt dette".
func TestDanishPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `Gå til hovedindhold
Hjem
Mit netværk
Job
Beskeder
Notifikationer
Mig
Til virksomheder

Mads Kjærgaard
Han/ham
· 2.
Projektleder hos Ørsted
København, Region Hovedstaden, Danmark
Kontaktoplysninger
500+ forbindelser
Besked
Mere

Om
Jeg leder opførelsen af havvindmølleparker og har arbejdet med energi i femten år.

Aktivitet
3.120 følgere
Opslag
Kommentarer
Mads Kjærgaard delte dette
Sofie Dahl
· 2.
Ingeniør hos Vestas
Den første mølle på Thor-parken står nu fuldt monteret ude på havet.
Synes godt om
Kommentér
Del igen
Send
Mads Kjærgaard kommenterede dette
Anders Holm
· 3.+
Direktør hos Holm Marine
Vi søger tre skibsførere til vores nye serviceskibe fra foråret.
Vis alle opslag

Erfaring
Projektleder
Ørsted · Fuldtid
aug. 2016 - nu · 8 år 5 md.
Fredericia, Region Syddanmark, Danmark
Stod for installationen af 72 fundamenter på Hornsea-projektet.
Projektingeniør
Vestas · Fuldtid
jan. 2010 - jul. 2016 · 6 år 7 md.
Aarhus, Region Midtjylland, Danmark
Planlagde logistikken for vingerne fra fabrik til havn.

Uddannelse
Danmarks Tekniske Universitet
Cand.polyt., Bygningsdesign
2004 - 2009

Frivilligt arbejde
Kasserer
Dansk Flygtningehjælp
mar. 2018 - nu · 6 år 10 md.
Menneskerettigheder

Publikationer
Fundamenter til havvind på dybt vand
Ingeniøren · 12. jun. 2021

Hædersbevisninger og priser
Årets projektleder
Udstedt af Dansk Projektledelse · nov. 2022

Anbefalinger
Modtaget
Givet
Karen Lund
· 3.+
Afdelingschef hos Ørsted
3. mar. 2023 var Karen Mads' direkte leder
Mads er den mest rolige projektleder, jeg har haft i mit team.

Kompetencer
Projektledelse
15 anbefalinger
Havvind
9 anbefalinger

Interesser
Topstemmer
Virksomheder

Andre så også
Peter Nielsen
· 2.
Projektchef hos Vestas

Om
Tilgængelighed
Brugeraftale
`,
		name: "Mads Kjærgaard", headline: "Projektleder hos Ørsted",
		about: "Jeg leder opførelsen af havvindmølleparker og har arbejdet med energi i femten år.",
		jobs: [2]i18nJob{
			{"Projektleder", "Ørsted", "Aug 2016", "Present", "Stod for installationen af 72 fundamenter på Hornsea-projektet."},
			{"Projektingeniør", "Vestas", "Jan 2010", "Jul 2016", "Planlagde logistikken for vingerne fra fabrik til havn."},
		},
		school:      "Danmarks Tekniske Universitet",
		publication: "Fundamenter til havvind på dybt vand",
		award:       "Årets projektleder",
		vol:         "Kasserer, Dansk Flygtningehjælp",
		skills:      []string{"Projektledelse", "Havvind"},
		repost:      "Den første mølle på Thor-parken står nu fuldt monteret ude på havet.",
		comment:     "Vi søger tre skibsførere til vores nye serviceskibe fra foråret.",
		rec:         "Mads er den mest rolige projektleder, jeg har haft i mit team.",
		recBy:       "Karen Lund",
	})
}

// Turkish: "2. derece", "Ağu 2016 - Halen · 8 yıl 5 ay", "bunu yeniden
// yayınladı".
func TestTurkishPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `Ana içeriğe geç
Ana Sayfa
Ağım
İş İlanları
Mesajlaşma
Bildirimler
Ben
İşletmeler için

Elif Yıldırım
O
· 2. derece
Baykar'da Yazılım Mühendisi
İstanbul, Türkiye
İletişim bilgileri
500+ bağlantı
Mesaj
Diğer

Hakkında
İnsansız hava araçları için uçuş kontrol yazılımı geliştiriyorum ve gömülü sistemlerde on yıllık deneyimim var.

Aktivite
2.340 takipçi
Gönderiler
Yorumlar
Elif Yıldırım bunu yeniden yayınladı
Mert Aksoy
· 2. derece
Aselsan'da Test Mühendisi
Ekibimizle yeni radar sistemini bu bahar sahada başarıyla test ettik.
Beğen
Yorum yap
Yeniden yayınla
Gönder
Elif Yıldırım bunu yorumladı
Zeynep Kaya
· 3. derece+
Havelsan'da İşe Alım Uzmanı
Ankara ofisimiz için üç gömülü yazılım mühendisi arıyoruz.
Tüm gönderileri göster

Deneyim
Yazılım Mühendisi
Baykar · Tam zamanlı
Ağu 2016 - Halen · 8 yıl 5 ay
İstanbul, Türkiye
Uçuş kontrol kartının gerçek zamanlı yazılımını sıfırdan yazdım.
Gömülü Sistemler Mühendisi
Aselsan · Tam zamanlı
Oca 2012 - Tem 2016 · 4 yıl 7 ay
Ankara, Türkiye
Haberleşme cihazları için sürücü ve test araçları geliştirdim.

Eğitim
Orta Doğu Teknik Üniversitesi
Lisans, Elektrik ve Elektronik Mühendisliği
2007 - 2011

Gönüllü deneyim
Eğitmen
Türkiye Eğitim Gönüllüleri Vakfı
Mar 2018 - Halen · 6 yıl 10 ay
Eğitim

Yayınlar
Küçük İHA'lar için dayanıklı uçuş kontrolü
Savunma Teknolojileri Dergisi · 12 Haz 2021

Onur ve ödüller
Yılın Genç Mühendisi
Veren: Türk Mühendisler Birliği · Kas 2022

Tavsiyeler
Alınan
Verilen
Ahmet Demir
· 3. derece+
Baykar'da Yazılım Müdürü
3 Mart 2023, Ahmet, Elif'in doğrudan yöneticisiydi
Elif birlikte çalıştığım en titiz ve en hızlı öğrenen mühendislerden biri.

Yetenekler
Gömülü Yazılım
18 onay
C++
11 onay

İlgi alanları
Öne çıkan sesler
Şirketler

Diğer kullanıcıların görüntüledikleri
Can Öztürk
· 2. derece
Aselsan'da Kıdemli Mühendis

Hakkında
Erişilebilirlik
Gizlilik ve Koşullar
`,
		name: "Elif Yıldırım", headline: "Baykar'da Yazılım Mühendisi",
		about: "İnsansız hava araçları için uçuş kontrol yazılımı geliştiriyorum ve gömülü sistemlerde on yıllık deneyimim var.",
		jobs: [2]i18nJob{
			{"Yazılım Mühendisi", "Baykar", "Aug 2016", "Present", "Uçuş kontrol kartının gerçek zamanlı yazılımını sıfırdan yazdım."},
			{"Gömülü Sistemler Mühendisi", "Aselsan", "Jan 2012", "Jul 2016", "Haberleşme cihazları için sürücü ve test araçları geliştirdim."},
		},
		school:      "Orta Doğu Teknik Üniversitesi",
		publication: "Küçük İHA'lar için dayanıklı uçuş kontrolü",
		award:       "Yılın Genç Mühendisi",
		vol:         "Eğitmen, Türkiye Eğitim Gönüllüleri Vakfı",
		skills:      []string{"Gömülü Yazılım", "C++"},
		repost:      "Ekibimizle yeni radar sistemini bu bahar sahada başarıyla test ettik.",
		comment:     "Ankara ofisimiz için üç gömülü yazılım mühendisi arıyoruz.",
		rec:         "Elif birlikte çalıştığım en titiz ve en hızlı öğrenen mühendislerden biri.",
		recBy:       "Ahmet Demir",
	})
}

// Czech: "· 2.", "srp 2016 – současnost · 8 let 5 měs.", "to sdílel(a)".
func TestCzechPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `Přejít na hlavní obsah
Domů
Moje síť
Pracovní nabídky
Zprávy
Oznámení
Já
Pro firmy

Tereza Dvořáková
Ona
· 2.
Vedoucí vývoje ve společnosti Škoda Auto
Mladá Boleslav, Středočeský kraj, Česko
Kontaktní údaje
Více než 500 spojení
Zpráva
Více

Informace
Vedu tým, který vyvíjí software pro nabíjení elektromobilů, a v automobilovém průmyslu pracuji přes deset let.

Aktivita
1 870 sledujících
Příspěvky
Komentáře
Tereza Dvořáková to sdílel(a)
Petr Novotný
· 2.
Inženýr ve společnosti Bosch
Naše nová testovací dráha v Jihlavě je od dnešního dne v provozu.
To se mi líbí
Komentovat
Sdílet znovu
Odeslat
Tereza Dvořáková to okomentoval(a)
Jana Malá
· 3.+
Personalistka ve společnosti Valeo
Hledáme dva vývojáře vestavěných systémů do Prahy.
Zobrazit všechny příspěvky

Praxe
Vedoucí vývoje
Škoda Auto · Plný úvazek
srp 2016 – současnost · 8 let 5 měs.
Mladá Boleslav, Česko
Zavedla jsem průběžné testování řídicích jednotek pro celou modelovou řadu.
Vývojářka vestavěných systémů
Bosch · Plný úvazek
led 2012 – čvc 2016 · 4 roky 7 měs.
České Budějovice, Česko
Psala jsem firmware pro řízení vstřikování.

Vzdělání
České vysoké učení technické v Praze
Ing., Kybernetika a robotika
2006 – 2011

Dobrovolnictví
Lektorka
Czechitas
bře 2018 – současnost · 6 let 10 měs.
Vzdělávání

Publikace
Testování řídicích jednotek v praxi
Automobilová revue · 12. 6. 2021

Ocenění a vyznamenání
Inženýrka roku
Vydal(a): Svaz průmyslu a dopravy · lis 2022

Doporučení
Přijatá
Poskytnutá
Martin Kučera
· 3.+
Ředitel vývoje ve společnosti Škoda Auto
3. března 2023 byl Martin přímým nadřízeným Terezy
Tereza je nejspolehlivější vedoucí týmu, se kterou jsem kdy pracoval.

Dovednosti
Vestavěné systémy
14 doporučení
AUTOSAR
6 doporučení

Zájmy
Nejvlivnější hlasy
Společnosti

Lidé si také prohlédli
Lukáš Horák
· 2.
Softwarový architekt ve společnosti Bosch

Informace
Přístupnost
Smluvní podmínky
`,
		name: "Tereza Dvořáková", headline: "Vedoucí vývoje ve společnosti Škoda Auto",
		about: "Vedu tým, který vyvíjí software pro nabíjení elektromobilů, a v automobilovém průmyslu pracuji přes deset let.",
		jobs: [2]i18nJob{
			{"Vedoucí vývoje", "Škoda Auto", "Aug 2016", "Present", "Zavedla jsem průběžné testování řídicích jednotek pro celou modelovou řadu."},
			{"Vývojářka vestavěných systémů", "Bosch", "Jan 2012", "Jul 2016", "Psala jsem firmware pro řízení vstřikování."},
		},
		school:      "České vysoké učení technické v Praze",
		publication: "Testování řídicích jednotek v praxi",
		award:       "Inženýrka roku",
		vol:         "Lektorka, Czechitas",
		skills:      []string{"Vestavěné systémy", "AUTOSAR"},
		repost:      "Naše nová testovací dráha v Jihlavě je od dnešního dne v provozu.",
		comment:     "Hledáme dva vývojáře vestavěných systémů do Prahy.",
		rec:         "Tereza je nejspolehlivější vedoucí týmu, se kterou jsem kdy pracoval.",
		recBy:       "Martin Kučera",
	})
}

// Korean: "· 2촌", "2016년 8월 - 현재 · 8년 5개월", "님이 퍼감".
func TestKoreanPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `본문 바로가기
홈
내 네트워크
채용공고
메시지
알림
나
비즈니스

김지현
· 2촌
삼성전자 반도체 공정 엔지니어
대한민국 경기도 수원시
연락처
500명 이상의 1촌
메시지
더보기

소개
반도체 식각 공정을 12년째 담당하고 있으며 수율 개선 프로젝트를 이끌고 있습니다.

활동
팔로워 2,341명
게시물
댓글
김지현님이 퍼감
박민수
· 2촌
SK하이닉스 장비 엔지니어
이번 분기 새 장비 도입을 무사히 마쳤습니다. 팀원들에게 감사드립니다.
추천
댓글
퍼가기
보내기
김지현님이 댓글을 남겼습니다
이서연
· 3촌+
LG전자 채용 담당자
평택 사업장에서 공정 엔지니어 세 분을 모십니다.
게시물 모두 보기

경력
공정 엔지니어
삼성전자 · 풀타임
2016년 8월 - 현재 · 8년 5개월
대한민국 경기도 수원시
식각 공정 수율을 3년 동안 4% 끌어올렸습니다.
연구원
LG디스플레이 · 풀타임
2012년 1월 - 2016년 7월 · 4년 7개월
대한민국 경기도 파주시
OLED 증착 장비의 조건을 최적화했습니다.

학력
서울대학교
석사, 재료공학
2009 - 2011

봉사활동
멘토
한국과학창의재단
2018년 3월 - 현재 · 6년 10개월
교육

출판물
식각 공정의 수율 예측 모델
대한금속재료학회지 · 2021년 6월 12일

수상 경력
올해의 엔지니어상
발행기관: 삼성전자 · 2022년 11월

추천서
받은 추천서
작성한 추천서
최동욱
· 3촌+
삼성전자 수석 엔지니어
2023년 3월 3일, 최동욱님이 김지현님의 직속 상사였습니다
지현 님은 제가 함께 일한 엔지니어 중 가장 꼼꼼하고 책임감이 강한 분입니다.

보유 기술
반도체 공정
1촌 23명이 추천
식각
1촌 9명이 추천

관심분야
톱 보이스
회사

다른 회원이 본 프로필
정우성
· 2촌
SK하이닉스 공정 엔지니어

소개
접근성
개인정보 및 약관
`,
		name: "김지현", headline: "삼성전자 반도체 공정 엔지니어",
		about: "반도체 식각 공정을 12년째 담당하고 있으며 수율 개선 프로젝트를 이끌고 있습니다.",
		jobs: [2]i18nJob{
			{"공정 엔지니어", "삼성전자", "Aug 2016", "Present", "식각 공정 수율을 3년 동안 4% 끌어올렸습니다."},
			{"연구원", "LG디스플레이", "Jan 2012", "Jul 2016", "OLED 증착 장비의 조건을 최적화했습니다."},
		},
		school:      "서울대학교",
		publication: "식각 공정의 수율 예측 모델",
		award:       "올해의 엔지니어상",
		vol:         "멘토, 한국과학창의재단",
		skills:      []string{"반도체 공정", "식각"},
		repost:      "이번 분기 새 장비 도입을 무사히 마쳤습니다. 팀원들에게 감사드립니다.",
		comment:     "평택 사업장에서 공정 엔지니어 세 분을 모십니다.",
		rec:         "지현 님은 제가 함께 일한 엔지니어 중 가장 꼼꼼하고 책임감이 강한 분입니다.",
	})
}

// Arabic, right to left (a place with Arabic commas is read as one only
// when it is the card's, so both jobs are in Dhahran): "· الدرجة الثانية", "أغسطس 2016 - الحالي · 8 سنوات
// 5 أشهر", "أعاد نشر هذا".
func TestArabicPage(t *testing.T) {
	checkI18nPage(t, i18nPage{
		page: `تخط إلى المحتوى الرئيسي
الرئيسية
شبكتي
الوظائف
المراسلة
الإشعارات
أنا
للأعمال

ليلى الحسيني
· الدرجة الثانية
مديرة مشاريع في أرامكو السعودية
الظهران، المنطقة الشرقية، المملكة العربية السعودية
معلومات الاتصال
أكثر من 500 زميل
رسالة
المزيد

نبذة عني
أدير مشاريع البنية التحتية لمعامل الغاز منذ اثني عشر عامًا، وأركز على السلامة والتسليم في الموعد.

النشاط
2,341 متابع
المنشورات
التعليقات
ليلى الحسيني أعاد نشر هذا
خالد العتيبي
· الدرجة الثانية
مهندس موقع في سابك
أنهينا اليوم تركيب آخر وحدة ضغط في مشروع الجبيل قبل الموعد بأسبوعين.
أعجبني
تعليق
إعادة النشر
إرسال
ليلى الحسيني علّق على هذا
نورة القحطاني
· الدرجة الثالثة+
مسؤولة توظيف في معادن
نبحث عن ثلاثة مهندسين ميكانيكيين للعمل في رأس الخير.
عرض كل المنشورات

الخبرة
مديرة مشاريع
أرامكو السعودية · دوام كامل
أغسطس 2016 - الحالي · 8 سنوات 5 أشهر
الظهران، المنطقة الشرقية، المملكة العربية السعودية
قُدت توسعة معمل الغاز في الحوية بميزانية قدرها مليار ريال.
مهندسة تخطيط
سابك · دوام كامل
يناير 2012 - يوليو 2016 · 4 سنوات 7 أشهر
الظهران، المنطقة الشرقية، المملكة العربية السعودية
أعددت جداول الصيانة الدورية لثلاثة مصانع بتروكيماوية.

التعليم
جامعة الملك فهد للبترول والمعادن
ماجستير، الهندسة الصناعية
2009 - 2011

العمل التطوعي
مرشدة
جمعية إنجاز السعودية
مارس 2018 - الحالي · 6 سنوات 10 أشهر
التعليم

المنشورات
إدارة المخاطر في مشاريع الغاز
مجلة الهندسة السعودية · 12 يونيو 2021

الأوسمة والجوائز
جائزة التميز في إدارة المشاريع
صادرة عن: أرامكو السعودية · نوفمبر 2022

التوصيات
المستلمة
المقدمة
سارة الدوسري
· الدرجة الثالثة+
مديرة إدارة في أرامكو السعودية
3 مارس 2023، كانت سارة المديرة المباشرة لليلى
ليلى أكثر مديرة مشاريع التزامًا بالمواعيد عملت معها طوال مسيرتي.

المهارات
إدارة المشاريع
17 تأييد
تخطيط الصيانة
6 تأييد

الاهتمامات
أبرز الأصوات
الشركات

شاهد الأشخاص أيضًا
فهد الشمري
· الدرجة الثانية
مدير مشاريع في سابك

نبذة عني
إمكانية الوصول
الخصوصية والشروط
`,
		name: "ليلى الحسيني", headline: "مديرة مشاريع في أرامكو السعودية",
		about: "أدير مشاريع البنية التحتية لمعامل الغاز منذ اثني عشر عامًا، وأركز على السلامة والتسليم في الموعد.",
		jobs: [2]i18nJob{
			{"مديرة مشاريع", "أرامكو السعودية", "Aug 2016", "Present", "قُدت توسعة معمل الغاز في الحوية بميزانية قدرها مليار ريال."},
			{"مهندسة تخطيط", "سابك", "Jan 2012", "Jul 2016", "أعددت جداول الصيانة الدورية لثلاثة مصانع بتروكيماوية."},
		},
		school:      "جامعة الملك فهد للبترول والمعادن",
		publication: "إدارة المخاطر في مشاريع الغاز",
		award:       "جائزة التميز في إدارة المشاريع",
		vol:         "مرشدة, جمعية إنجاز السعودية",
		skills:      []string{"إدارة المشاريع", "تخطيط الصيانة"},
		repost:      "أنهينا اليوم تركيب آخر وحدة ضغط في مشروع الجبيل قبل الموعد بأسبوعين.",
		comment:     "نبحث عن ثلاثة مهندسين ميكانيكيين للعمل في رأس الخير.",
		rec:         "ليلى أكثر مديرة مشاريع التزامًا بالمواعيد عملت معها طوال مسيرتي.",
	})
}

// TestLocalizedMoreLanguages: dates and interface strings of the languages
// added read as English.
func TestLocalizedMoreLanguages(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ui       bool
	}{
		{"aug. 2016 – nå · 8 år 5 mnd", "Aug 2016 – Present · 8 yrs 5 mos", false},
		{"tammi 2020 – nyt", "Jan 2020 – Present", false},
		{"Oca 2012 - Tem 2016", "Jan 2012 - Jul 2016", false},
		{"srp 2016 – současnost", "Aug 2016 – Present", false},
		{"авг. 2016 г. – настоящее время", "Aug 2016 – Present", false},
		{"Agu 2016 - Saat ini", "Aug 2016 - Present", false},
		{"ส.ค. 2016 - ปัจจุบัน", "Aug 2016 - Present", false},
		{"2016년 8월 - 현재 · 8년 5개월", "Aug 2016 - Present · 8 yrs 5 mos", false},
		{"Lisenser og sertifiseringer", "licenses & certifications", true},
		{"İletişim bilgileri", "contact info", true},
		{"· 2. derece", "", false},
		{"2. derece", "2nd", true},
		{"598 følgere", "500 connections", true},
		{"Více než 500 spojení", "500 connections", true},
		{"led 2012 – čvc 2016", "Jan 2012 – Jul 2016", false},
		{"Leveraged Finance 2019", "", false},
	} {
		got, ui := localized(c.in)
		if got != c.want || ui != c.ui {
			t.Errorf("localized(%q) = %q, %v; want %q, %v", c.in, got, ui, c.want, c.ui)
		}
	}
}

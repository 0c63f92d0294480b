package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestTitleAfterANameInCJK: "佐藤先生" is the candidate's name and a
// title, however the pairs of its characters fall, so a line that gives
// only that names only the candidate; one that goes on to their work is
// still the profile's.
func TestTitleAfterANameInCJK(t *testing.T) {
	p := &profile.Profile{
		Name: "佐藤 健", Headline: "高気圧医学",
		Experience: []profile.Experience{{Title: "医官", Company: "海上自衛隊", Start: "2012", End: "2017",
			Description: "減圧症の再圧治療 約90例。"}},
		Recommendations: []profile.Recommendation{{Person: "田中 一郎", Text: "佐藤先生は素晴らしい医師です。"}},
	}
	wantVerdicts(t, p, []lineWant{
		{"佐藤先生、よろしくお願いします。", false},
		{"佐藤様、はじめまして。", false},
		{"佐藤先生の減圧症の再圧治療約90例のご経験に感銘を受けました。", true},
	})
}

// TestAwardForWorkOnAnotherThing: "an award for the work on X" gives the
// award for X across the common words after "for", and the award's entry
// says what it was for.
func TestAwardForWorkOnAnotherThing(t *testing.T) {
	p := &profile.Profile{
		Name: "Ingrid Solheim", Title: "Hydrologist", Company: "NVE",
		Projects: []profile.Project{{Name: "Master's thesis", Description: "Snowmelt timing in the Jostedal glacier catchment, NTNU, 2014."}},
		Honors:   []string{"Early Career Award, Norwegian Hydrological Council, 2021: for the paper on sediment transport in regulated rivers."},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your Early Career Award for the work on snowmelt timing in the Jostedal catchment was well earned.", false},
		{"Your Early Career Award for the paper on sediment transport in regulated rivers was well earned.", true},
	})
}

// TestPrizeAtAContestIsNoWinOfIt: a contest their award entry names only
// as where the award was given was not won; an award whose name is the
// win was, and the award itself may be named.
func TestPrizeAtAContestIsNoWinOfIt(t *testing.T) {
	p := &profile.Profile{
		Name: "Tom Hadley", Title: "Sailmaker", Company: "Hadley Sails",
		Honors: []string{"Spirit of the Event, Solent Classic Regatta, 2021", "Winner, Kent Darts Open, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Congrats on winning the Solent Classic Regatta in 2021!", false},
		{"Your Spirit of the Event award at the Solent Classic Regatta says a lot about you.", true},
		{"Winning the Kent Darts Open in 2019 must have been a great day.", true},
	})
}

// TestGradeOfAPrizeInCJK: the grade a line gives a prize in Chinese,
// Japanese or Korean is the award's own or the line is refused; a line
// with the award's grade, or none, is not.
func TestGradeOfAPrizeInCJK(t *testing.T) {
	p := &profile.Profile{
		Name: "山本 彩", Title: "照明デザイナー", Company: "光環境研究所",
		Honors: []string{"照明デザイン賞2022 優秀賞, 照明学会", "グッドデザイン賞 入選, 2019"},
	}
	wantVerdicts(t, p, []lineWant{
		{"照明デザイン賞2022の最優秀賞のご受賞、おめでとうございます。", false},
		{"グッドデザイン賞で金賞を受賞されたとのこと、素晴らしいです。", false},
		{"照明デザイン賞2022の優秀賞のご受賞、おめでとうございます。", true},
		{"照明学会の照明デザイン賞2022でのご受賞、おめでとうございます。", true},
	})
	q := &profile.Profile{
		Name: "김서연", Title: "건축가", Company: "서울건축",
		Honors: []string{"서울시 건축상 우수상, 2021"},
	}
	wantVerdicts(t, q, []lineWant{
		{"서울시 건축상 대상 수상을 축하드립니다.", false},
		{"서울시 건축상 우수상 수상을 축하드립니다.", true},
	})
}

// TestTurkishPlaceCongratulated: a Turkish ordinal and the noun of a
// place in one word ("ikincilik", "birinciliğiniz") rank as other
// languages' places do, and congratulations that end the sentence are
// for what comes before them.
func TestTurkishPlaceCongratulated(t *testing.T) {
	p := &profile.Profile{
		Name: "Selin Aydın", Title: "Tasarım Müdürü", Company: "Ege Halı",
		Honors: []string{"Halı Tasarım Yarışması 2021 – Modern kategorisi ikincilik, İstanbul Halı İhracatçıları Birliği"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Halı Tasarım Yarışması 2021'deki birinciliğiniz için tebrikler!", false},
		{"Tebrikler, Halı Tasarım Yarışması 2021'de birinci oldunuz!", false},
		{"Congratulations on first place in the 2021 Halı Tasarım Yarışması!", false},
		{"Halı Tasarım Yarışması 2021'deki ikinciliğiniz için tebrikler!", true},
	})
	q := &profile.Profile{
		Name: "Jonas Weber", Title: "Referent", Company: "Stadt Köln",
		Honors: []string{"2. Platz, eGovernment-Wettbewerb 2022, Kategorie Bestes Digitalisierungsprojekt"},
	}
	wantVerdicts(t, q, []lineWant{
		{"Glückwunsch zum 2. Platz beim eGovernment-Wettbewerb 2022!", true},
		{"Glückwunsch zum 1. Platz beim eGovernment-Wettbewerb 2022!", false},
	})
}

// TestShareBeforeItsNoun: a share written before the noun it is of ("a
// 61% retention rate") is that noun's figure, as "a retention rate of
// 61%" is: a figure the profile gives something else is refused.
func TestShareBeforeItsNoun(t *testing.T) {
	p := &profile.Profile{
		Name: "Dana Whitlock", Title: "Centre Manager", Company: "Northgate Driving Academy",
		Experience: []profile.Experience{{Title: "Centre Manager", Company: "Northgate Driving Academy", Start: "2019", End: "present",
			Description: "Learner retention rate 84% in 2023 against a regional average of about 61%. Cut cancellations by 30% with text reminders."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your 61% learner retention rate in 2023 is a great result.", false},
		{"Your 84% learner retention rate in 2023 is a great result.", true},
		{"A 30% cut in cancellations from text reminders is a smart fix.", true},
	})
}

// TestQuestionAfterADash: a statement, then a dash and a question ("...
// seems lean — how do you manage it?"), claims what the statement says;
// only the question is the recruiter's aside.
func TestQuestionAfterADash(t *testing.T) {
	p := &profile.Profile{
		Name: "Pavel Novák", Title: "Plant Director", Company: "Koh-i-noor Hardtmuth",
		Experience: []profile.Experience{{Title: "Plant Director", Company: "Koh-i-noor Hardtmuth", Start: "2017", End: "present",
			Description: "Run the pencil plant in České Budějovice: 410 employees, about 1.2 million pencils a day."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"1.2 million pencils a year from 410 people seems lean — how do you manage it?", false},
		{"1.2 million pencils a day from 410 people seems lean — how do you manage it?", true},
		{"1.2 million pencils a day from 410 people seems lean, how do you manage it?", true},
	})
}

// TestAcronymWithAnAmpersandOwning: "L&T's" is L&T owning something, not
// a French elision of "T".
func TestAcronymWithAnAmpersandOwning(t *testing.T) {
	p := &profile.Profile{
		Name: "Priya Raghunathan", Title: "Installation Manager", Company: "Kiran Solar",
		Experience: []profile.Experience{
			{Title: "Installation Manager", Company: "Kiran Solar", Start: "2021", End: "present", Description: "Run 4 installation crews across Chennai."},
			{Title: "Site Engineer", Company: "L&T Construction", Start: "2016", End: "2021", Description: "Inverter stations for the Pavagada solar park."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"Going from L&T's inverter stations at Pavagada to running four crews at Kiran Solar must have been a big change.", true},
	})
}

// TestLesserOutcomesOfMoreLanguages: an honourable mention or a
// nomination written in Dutch, Swedish, Turkish or Finnish is no win.
func TestLesserOutcomesOfMoreLanguages(t *testing.T) {
	for _, c := range []struct{ honor, win, said string }{
		{"Gouden Kraan 2022 – eervolle vermelding, Vakblad Bouwmachines", "Congratulations on winning the Gouden Kraan 2022!", "Your eervolle vermelding at the Gouden Kraan 2022 is well deserved."},
		{"Årets Byggare 2021 – hedersomnämnande, Byggindustrin", "Congratulations on winning Årets Byggare 2021!", "Grattis till hedersomnämnandet i Årets Byggare 2021!"},
		{"Altın Çekiç Ödülü 2020 – mansiyon, İnşaat Mühendisleri Odası", "Congratulations on winning the Altın Çekiç Ödülü in 2020!", "Altın Çekiç Ödülü 2020'deki mansiyonunuz için tebrikler!"},
		{"Gouden Spijker 2023, genomineerd, Stichting Bouwprijs", "Congratulations on winning the Gouden Spijker 2023!", "Congratulations on being nominated for the Gouden Spijker 2023!"},
	} {
		p := &profile.Profile{Name: "Alex Moreau", Title: "Site Manager", Company: "Bouwbedrijf Kuipers", Honors: []string{c.honor}}
		wantVerdicts(t, p, []lineWant{{c.win, false}, {c.said, true}})
	}
}

// TestPeriodInALabelBeforeAFigure: a figure under a label that gives its
// period ("Annual output: 52,000 pallets", "Produção anual: 410.000 m²")
// is per that period, and a line that gives it per another is refused.
func TestPeriodInALabelBeforeAFigure(t *testing.T) {
	p := &profile.Profile{
		Name: "Rui Azevedo", Title: "Production Manager", Company: "Paletes do Norte",
		Experience: []profile.Experience{{Title: "Production Manager", Company: "Paletes do Norte", Start: "2016", End: "present",
			Description: "Annual output: 52,000 pallets. Produção anual de caixas: 410.000 unidades."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Turning out 52,000 pallets a month at Paletes do Norte is serious volume.", false},
		{"Turning out 52,000 pallets a year at Paletes do Norte is serious volume.", true},
		{"Producing 410,000 boxes a week at Paletes do Norte is serious volume.", false},
	})
}

// TestDecadeTheProfileDoesNotReach: "the 1890s" for a profile whose years
// are all of the 20th and 21st centuries is a time it does not give; a
// decade between its years, or written in two digits, is not.
func TestDecadeTheProfileDoesNotReach(t *testing.T) {
	p := &profile.Profile{
		Name: "Giulia Scognamiglio", Title: "Master Glover", Company: "Guanti Partenope",
		Projects:     []profile.Project{{Name: "Archivio", Description: "Digitised 310 historic glove patterns (1920-1970) for the Naples guild."}},
		Publications: []profile.Publication{{Title: "Guanti napoletani degli anni 50", Publisher: "Moda Oggi", Year: 2019}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Your archive of 310 historic glove patterns going back to the 1890s is a real treasure.", false},
		{"Your archive of 310 historic glove patterns, some of them of the 1930s, is a real treasure.", true},
		{"Your Moda Oggi piece on the gloves of Naples in the 1950s was a great read.", true},
	})
}

// TestYearAfterAMonth: the year of "in October 2018" after a reference is
// the reference's year, the month between them no other word.
func TestYearAfterAMonth(t *testing.T) {
	p := &profile.Profile{
		Name: "Thiago Araújo", Title: "Diretor de Expansão", Company: "Donna Rosquinha Franquias",
		Experience: []profile.Experience{{Title: "Diretor de Expansão", Company: "Donna Rosquinha Franquias", Start: "2021", End: "present",
			Description: "Negociei a master franquia para Portugal (Lisboa e Porto), assinada em out de 2020."}},
		Certifications: []string{"Certificação em Gestão de Franquias, ABF, 2018"},
	}
	wantVerdicts(t, p, []lineWant{
		{"Signing the Portugal master franchise in October 2018 was a bold early move.", false},
		{"Signing the Portugal master franchise in October 2020 was a bold move.", true},
	})
}

// TestSubjectOnTheFirstLineOfAField: an education entry's field whose
// first line is the subject and whose next tells of their work (as the
// loader joins an entry's description to it) gives the subject as
// mail-merge and the rest as their work.
func TestSubjectOnTheFirstLineOfAField(t *testing.T) {
	p := &profile.Profile{
		Name: "Elif Öztürk", Title: "Lead Social Compliance Auditor", Company: "Veritas Audit",
		Education: []profile.Education{{School: "Boğaziçi Üniversitesi", Degree: "Lisans (BA)",
			Field: "Sosyoloji\nBitirme tezi: Denizli tekstil sektöründe kadın işçilerin sendikalaşması.", Year: 2014}},
	}
	wantVerdicts(t, p, []lineWant{
		{"Boğaziçi sosyoloji mezunu bir denetçi olarak profiliniz çok etkileyici!", false},
		{"Denizli tekstil sektöründe kadın işçilerin sendikalaşması üzerine bitirme teziniz çok ilginç.", true},
	})
}

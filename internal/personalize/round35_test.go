package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// TestScaleWordsOfOtherLanguages: a figure written with another
// language's word for a thousand, a million or a billion after it ("9 bin
// m³", "31 ألف", "4 ribu", "2,5 triệu") is the figure the profile writes in
// digits, and a wrong figure so written is still refused; the word alone
// ("ich bin", "Mila") is no figure.
func TestScaleWordsOfOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Derya Aksoy", Headline: "Process engineer", Title: "Process Engineer", Company: "Marmara Boya",
		Experience: []profile.Experience{
			{Title: "Process Engineer", Company: "Marmara Boya", Start: "2019", End: "Present",
				Description: "Saved 9,000 m³ of water a year by reusing tank wash water. Grew the open day from 12,000 to 31,000 visitors. Trained 4,000 operators across 2,500,000 m² of plant floor."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Tank yıkama sularıyla yılda 9 bin m³ su tasarrufu harika.", true},
		{"Tank yıkama sularıyla yılda 8 bin m³ su tasarrufu harika.", false},
		{"زيادة حضور اليوم المفتوح من 12 ألفاً إلى 31 ألف زائر إنجاز رائع.", true},
		{"Melatih 4 ribu operator itu luar biasa.", true},
		{"Melatih 5 ribu operator itu luar biasa.", false},
		{"Đào tạo 4 nghìn người vận hành trên 2,5 triệu m² nhà máy thật ấn tượng.", true},
		{"Hai ridotto l'acqua di 9 mila m³ l'anno riutilizzando l'acqua di lavaggio dei serbatoi.", true},
		{"Du har sparet 9 tusind m³ vand om året ved at genbruge vaskevandet.", true},
		{"Évente 9 ezer m³ vizet takarítottál meg a tartálymosó víz újrahasznosításával.", true},
		{"Ich bin beeindruckt, dass Sie 9.000 m³ Wasser im Jahr durch Wiederverwendung des Tankwaschwassers gespart haben.", true},
	})
}

// TestBookIsNotAnArticleOrAChapter: a publication in a journal, a
// review or a magazine's proceedings is an article, and one listed as a
// chapter of a book edited by others is a chapter: "your book" on either
// is refused, and the same piece called an article, a paper or a chapter
// still passes, as does a book from a book publisher.
func TestBookIsNotAnArticleOrAChapter(t *testing.T) {
	p := &profile.Profile{
		Name: "Marguerite Okonjo", Headline: "Maritime lawyer", Title: "Partner", Company: "Okonjo Lamarre LLP",
		Experience: []profile.Experience{
			{Title: "Partner", Company: "Okonjo Lamarre LLP", Start: "2015", End: "Present",
				Description: "Jones Act and general maritime personal injury defence for Gulf operators."},
		},
		Publications: []profile.Publication{
			{Title: "Seaman Status after Sanchez: A Practitioner's Map", Publisher: "Tulane Maritime Law Journal", Year: 2021},
			{Title: "Le fret fluvial au XXIe siècle", Publisher: "Revue de droit des transports", Year: 2019},
			{Title: "Limitation funds in practice (Chapter 4)", Publisher: "Maritime Claims Handbook, ed. R. Peary (Informa Law)", Year: 2020},
			{Title: "Towage Contracts Explained", Publisher: "Lloyd's List Press", Year: 2018},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your book on seaman status after Sanchez is on every maritime lawyer's shelf.", false},
		{"Your article on seaman status after Sanchez is on every maritime lawyer's shelf.", true},
		{"Your Tulane Maritime Law Journal piece mapping seaman status after Sanchez is required reading.", true},
		{"Your book 'Le fret fluvial au XXIe siècle' is a reference for our client.", false},
		{"Your book, the Maritime Claims Handbook, is a classic on our client's shelf.", false},
		{"Your chapter on limitation funds in the Maritime Claims Handbook is a classic on our client's shelf.", true},
		{"Your book Towage Contracts Explained is a classic on our client's shelf.", true},
	})
}

// TestUnitInACompound: a figure and its unit joined into a compound ("a
// 3.2-hectare maize maze", "a 40-tonne press") name the unit in the
// singular; it is the profile's "3.2 ha", not a word of someone else's
// post about "24 hectares".
func TestUnitInACompound(t *testing.T) {
	p := &profile.Profile{
		Name: "Callum Fairweather", Headline: "Maze designer", Title: "Director", Company: "Fairweather Mazes",
		Experience: []profile.Experience{
			{Title: "Director & Maze Designer", Company: "Fairweather Mazes", Start: "2015", End: "Present",
				Description: "Designed the Aotearoa Map maize maze at Ardmore Farm (2017): 3.2 ha in the outline of New Zealand, 28,000 visitors in one season. Installed a 40 t granite centrepiece at Kinloch."},
		},
		Activity: []profile.Activity{
			{Kind: profile.ActivityRepost, Of: "Guinness World Records", Text: "NEW RECORD: the world's largest maize maze - 24 hectares in Dixon, California. A 60-tonne hay bale centre!"},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"A 3.2-hectare maize maze in the shape of New Zealand pulling 28,000 visitors in one season is brilliant.", true},
		{"Installing a 40-tonne granite centrepiece at Kinloch is quite a feat.", true},
		{"A 24-hectare maize maze in the shape of New Zealand is brilliant.", false},
	})
}

// TestReserveChampionIsNoWin: a reserve champion, as shows and
// championships name the runner-up, did not win: "winning the ...
// Championship" is refused, and the reserve title itself still passes.
func TestReserveChampionIsNoWin(t *testing.T) {
	p := &profile.Profile{
		Name: "Hamish MacAllister", Headline: "Shepherd's crook maker", Title: "Stickmaker", Company: "MacAllister Crooks",
		Experience: []profile.Experience{
			{Title: "Stickmaker", Company: "MacAllister Crooks", Start: "2012", End: "Present",
				Description: "Around 250 hazel and horn sticks a year, sold at shows and to shooting estates."},
		},
		Honors: []string{"Reserve Champion, Scottish National Stickdressing Championship, 2018", "Reserve Supreme, Royal Welsh Show, 2021"},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Congratulations on winning the Scottish National Stickdressing Championship in 2018!", false},
		{"Winning the Royal Welsh Show supreme title in 2021 is some achievement.", false},
		{"Reserve Champion at the Scottish National Stickdressing Championship in 2018 is a fine result.", true},
	})
}

// TestOrdinalsInWords: an ordinal written out in a compound or with a
// scale ("twenty-fifth", "five-thousandth", "the millionth") is the
// profile's "25th", "5,000th", "1,000,000th", and a wrong one so written
// is still refused.
func TestOrdinalsInWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Emre Şahinoğlu", Headline: "Cymbal smith", Title: "Master Smith", Company: "Anatolia Cymbals",
		Experience: []profile.Experience{
			{Title: "Master Smith", Company: "Anatolia Cymbals", Start: "2008", End: "Present",
				Description: "Hammered our 5,000th cymbal by hand in May 2024. Ran the workshop's 25th anniversary open day in 2022, when the museum welcomed its 1,000,000th visitor."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Hammering your five-thousandth cymbal by hand in May is quite a milestone.", true},
		{"Running the workshop's twenty-fifth anniversary open day in 2022 must have been special.", true},
		{"Running the workshop's twenty-sixth anniversary open day in 2022 must have been special.", false},
		{"Hammering your six-thousandth cymbal by hand in May is quite a milestone.", false},
		{"The museum welcoming its 1 millionth visitor on your open day in 2022 must have been special.", true},
		{"The museum welcoming its two-millionth visitor on your open day in 2022 must have been special.", false},
	})
}

// TestTalkIsNotAnArticle: a publication that its entry places in a
// journal, a magazine or a book is no talk, so "your talk on" it is
// refused, while the piece called an article still passes and a paper in
// a conference's proceedings may still be called a talk.
func TestTalkIsNotAnArticle(t *testing.T) {
	p := &profile.Profile{
		Name: "Gwendolyn Ashby", Headline: "Master goldwork embroiderer", Title: "Head of Goldwork Workshop", Company: "Hartley & Vane Regalia",
		Experience: []profile.Experience{
			{Title: "Head of Goldwork Workshop", Company: "Hartley & Vane Regalia", Start: "2014", End: "Present",
				Description: "Run the goldwork workshop: epaulettes, aiguillettes and ceremonial insignia for regiments and livery companies."},
		},
		Publications: []profile.Publication{
			{Title: "Twisted Bullion: Notes on Epaulette Fringes", Publisher: "Embroidery magazine", Year: 2019},
			{Title: "Couching Gold on Velvet Ground", Publisher: "Proceedings of the Heritage Crafts Conference", Year: 2021},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"I loved your talk on epaulette fringes and twisted bullion.", false},
		{"I loved your article on epaulette fringes and twisted bullion.", true},
		{"Your talk on couching gold on velvet ground at the Heritage Crafts Conference was a highlight.", true},
	})
}

// TestPraiseOfOtherLanguages: the recruiter's praise in the line's
// language ("starke Leistung", "baie geluk", "başarılı") names nothing
// of the profile's, even when a post they commented on says the same
// words: the line is judged by its reference.
func TestPraiseOfOtherLanguages(t *testing.T) {
	p := &profile.Profile{
		Name: "Jürgen Hoßfeld", Headline: "Produktionsleiter Kuvertierung", Title: "Produktionsleiter", Company: "Mayer-Kuvert",
		Experience: []profile.Experience{
			{Title: "Produktionsleiter", Company: "Mayer-Kuvert", Start: "2016", End: "Present",
				Description: "Einführung von SMED an den W+D-Maschinen: Rüstzeiten von 95 auf 40 Minuten gesenkt."},
		},
		Honors: []string{"Gold, traditional beef biltong, Karoo Meat Festival 2023"},
		Activity: []profile.Activity{
			{Kind: profile.ActivityComment, Of: "Stefan Brandt", Text: "Starke Leistung, Stefan! Das merkt jede Schicht."},
			{Kind: profile.ActivityComment, Of: "Lize Pretorius", Text: "Baie geluk, Lize! Wonderlike nuus vir die hele Karoo."},
			{Kind: profile.ActivityComment, Of: "Murat Erdem", Text: "Çok başarılı bir proje, tebrikler Murat Bey!"},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Die Rüstzeiten an den W+D-Maschinen von 95 auf 40 Minuten zu senken - starke Leistung.", true},
		{"Gold at the Karoo Meat Festival for traditional beef biltong in 2023 — baie geluk!", true},
		{"W+D makinelerinde hazırlık süresini 95 dakikadan 40 dakikaya indirmeniz çok başarılı bir proje.", true},
	})
}

// TestPlacedBelowFirstInWords: a race or contest the profile says they
// finished second or came third in ("Rowed in the 2008 Doggett's Coat and
// Badge race, finishing second") was not won, and the placing itself may
// still be said.
func TestPlacedBelowFirstInWords(t *testing.T) {
	p := &profile.Profile{
		Name: "Tom Hollis", Headline: "Swan Marker", Title: "Swan Marker", Company: "The Dyers' Company",
		Experience: []profile.Experience{
			{Title: "Waterman", Company: "Thames Watermen", Start: "2003", End: "2012",
				Description: "Served the five-year apprenticeship on the tideway. Rowed in the 2008 Doggett's Coat and Badge race, finishing second. Came third in the 2010 Great River Race."},
		},
		Honors: []string{"Rookie of the Year, Thames Sculling Marathon 2011: best rookie over the 30 km course; finished 9th of 31 boats"},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Winning Doggett's Coat and Badge in 2008 is some achievement.", false},
		{"Congratulations on winning the 2010 Great River Race!", false},
		{"Finishing second in the 2008 Doggett's Coat and Badge race is some achievement.", true},
		{"Coming third in the 2010 Great River Race is a fine result.", true},
		{"Congratulations on Rookie of the Year at the Thames Sculling Marathon: ninth of 31 boats as a rookie is a serious result.", true},
	})
}

// TestInstitutionCompoundInText: an institution that a profile's
// sentence names in a language that closes its kind into a compound, in
// lower case ("Astrid Lindgrens barnsjukhus"), is the one the line names
// in English, on a pasted page too; another kind of institution by the
// same name is not.
func TestInstitutionCompoundInText(t *testing.T) {
	page := "Karin Lindqvist\nEyewear designer\nStockholm, Sweden\n\nExperience\nSenior Designer\nSynsam Group · Full-time\nJan 2020 - Present\n" +
		"Frames for children and adults.\n\nEducation\nKonstfack – University of Arts, Crafts and Design\nMaster of Fine Arts - MFA, Industrial Design\n2014 - 2016\n" +
		"Examensarbete: Glasögon för barn med Downs syndrom – bågar med anpassad näsbrygga, testade med 25 barn på Astrid Lindgrens barnsjukhus.\n"
	p, err := profile.ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	checkCases(t, &p, []struct {
		line string
		ok   bool
	}{
		{"Testing your children's frames with 25 kids at Astrid Lindgren Children's Hospital shows real care for fit.", true},
		{"Testing your children's frames with 25 kids at the Astrid Lindgren Children's Museum shows real care for fit.", false},
	})
}

// TestInstitutionWordsTranslated: an institution the line names in
// English whose words translate the profile's name word for word
// ("University of Agriculture" for "Uniwersytet Rolniczy", "Polish Army
// Museum" for "Muzeum Wojska Polskiego") is the profile's; a name with a
// word the profile's does not translate ("University of Technology") is
// not.
func TestInstitutionWordsTranslated(t *testing.T) {
	p := &profile.Profile{
		Name: "Małgorzata Wiśniewska", Headline: "Beeswax wrap maker", Title: "Founder", Company: "Pszczela Owijka",
		Experience: []profile.Experience{
			{Title: "Founder", Company: "Pszczela Owijka", Start: "2019", End: "Present", Description: "Beeswax food wraps, 500,000 sold."},
			{Title: "Wykładowca", Company: "Uniwersytet Rolniczy w Krakowie", Start: "2021", End: "Present", Description: "Zajęcia z opakowań zrównoważonych."},
			{Title: "Konserwatorka", Company: "Muzeum Wojska Polskiego", Start: "2012", End: "2018", Description: "Conserved 400 uniforms of the 1920 war for the new permanent exhibition."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Teaching sustainable packaging at the University of Agriculture in Kraków while running Pszczela Owijka must keep you busy.", true},
		{"Teaching sustainable packaging at the University of Technology in Kraków while running Pszczela Owijka must keep you busy.", false},
		{"Conserving 400 uniforms of the 1920 war at the Polish Army Museum is quite a project.", true},
	})
}

// TestMilestoneOrdinalAsCount: a milestone the profile gives as an
// ordinal of a hundred or more ("its 10,000th bather") is the count a
// line gives ("passing 10,000 bathers"); a small ordinal ("5th") is a
// place, no count, and another number is still refused.
func TestMilestoneOrdinalAsCount(t *testing.T) {
	p := &profile.Profile{
		Name: "Aino Kärkkäinen", Headline: "Sauna builder", Title: "Founder", Company: "Savusauna Oy",
		Experience: []profile.Experience{
			{Title: "Founder", Company: "Savusauna Oy", Start: "2012", End: "Present",
				Description: "Built the floating public sauna Lauttasauna on Lake Jyväsjärvi (2020). Lauttasauna had its 10,000th bather in 2024. Placed 5th at the 2019 Sauna Build Challenge."},
		},
	}
	checkCases(t, p, []struct {
		line string
		ok   bool
	}{
		{"Your Lauttasauna on Lake Jyväsjärvi passing 10,000 bathers in 2024 is a lovely milestone.", true},
		{"Your Lauttasauna on Lake Jyväsjärvi passing 12,000 bathers in 2024 is a lovely milestone.", false},
		{"Your 5 builds at the 2019 Sauna Build Challenge were great.", false},
	})
	// The milestone is its entry's: another employer's count is not it.
	q := &profile.Profile{
		Name: "Priya Raghunathan", Headline: "Puzzles editor", Title: "Puzzles Editor", Company: "Brightwater Games",
		Experience: []profile.Experience{
			{Title: "Crossword Setter", Company: "Sunday Chronicle", Start: "2012", End: "2024",
				Description: "Set the fortnightly prize cryptic; 1,000th published puzzle appeared in March 2024."},
			{Title: "Puzzle Compiler", Company: "Yorkshire Evening Gazette", Start: "2008", End: "2012",
				Description: "Compiled the daily quick crossword and the Saturday codeword."},
		},
	}
	checkCases(t, q, []struct {
		line string
		ok   bool
	}{
		{"Reaching 1,000 prize cryptics for the Sunday Chronicle is quite a milestone.", true},
		{"Reaching 1,000 puzzles for the Yorkshire Evening Gazette quick crossword is quite a milestone.", false},
	})
}

package profile

import (
	"slices"
	"strings"
	"testing"
)

// TestAwardLinesWithoutLabels: under an award's title, a line that names
// no award and has no issuer or date of its own under it is who gave the
// award, what it was for or where: one award, not three. A line with an
// issuer or date under it starts the next award; a heading of the page's
// own ("Talks") does not take the line after it.
func TestAwardLinesWithoutLabels(t *testing.T) {
	page := "Ines Barreto\nSound Engineer\nLisbon, Portugal\n\nHonors & awards\n" +
		"IBS Innovation Award 2023\nInstitute of Broadcast Sound\nImmersive mix of the Lisbon Marathon\n" +
		"Best Student Poster\nAudio Engineering Society · May 2019\nAES Convention 2019\n" +
		"Highly commended – Live Sound category\nMPG Awards · Feb 2021\n" +
		"Talks\nMixing the marathon in Dolby Atmos\nAES Europe 2024 · Madrid\n\nLanguages\nPortuguese\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"IBS Innovation Award 2023, Institute of Broadcast Sound, Immersive mix of the Lisbon Marathon",
		"Best Student Poster, Audio Engineering Society, May 2019, AES Convention 2019",
		"Highly commended – Live Sound category, MPG Awards, Feb 2021",
		"Talks",
		"Mixing the marathon in Dolby Atmos, AES Europe 2024 · Madrid",
	}
	if !slices.Equal(p.Honors, want) {
		t.Errorf("honors:\n got %q\nwant %q", p.Honors, want)
	}
}

// TestJapaneseVolunteeringHeading: "ボランティア経験" heads the
// volunteering section, whose entries are not awards.
func TestJapaneseVolunteeringHeading(t *testing.T) {
	page := "佐藤 健\n鋳造エンジニア\n\n受賞歴\n技能者表彰\n長崎県 · 2022年11月\n\nボランティア経験\n講師\n子ども陶芸教室\n2015年 - 現在\n毎年夏、小学生にロクロ体験を指導。\n\n言語\n日本語\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Honors) != 1 || len(p.Volunteering) != 1 {
		t.Errorf("honors %q, volunteering %q: want one of each", p.Honors, p.Volunteering)
	}
}

// TestGermanPageLabels: on a page in LinkedIn's German interface,
// "Erfahrung" heads the positions (not more of the last reposted post),
// "Kenntnisse: ..." under a role is its skills line, and "Logo von X" is
// the text of a logo, not the end of the role above it.
func TestGermanPageLabels(t *testing.T) {
	page := "Jörg Brandt\nLeiter Schifffahrtszeichen\nWilhelmshaven\n\nAktivitäten\n1.087 Follower\n" +
		"Jörg Brandt hat das repostet • 1 Mon.\n\nAnke Tjarks\nLeiterin Küstenmuseum\n2.318 Follower\nUnser Buch ist erschienen!\nAlle Beiträge anzeigen →\n" +
		"Erfahrung\nLogo von WSA Jade\nWSA Jade\nVollzeit · 12 J. 3 Mon.\nSachgebietsleiter\nJan. 2020 – Heute · 5 J.\nUmrüstung von 14 Leuchtfeuern auf LED.\n" +
		"Kenntnisse: Projektleitung · Schifffahrtszeichen\nElektroniker\nOkt. 2012 – Dez. 2019 · 7 J. 3 Mon.\nWartung der Feuer.\n" +
		"Logo von Pintsch Bamag\nServicetechniker\nPintsch Bamag GmbH · Vollzeit\nAug. 2008 – Sept. 2012 · 4 J. 2 Mon.\nInbetriebnahme von Optiken.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Activity) != 1 || strings.Contains(p.Activity[0].Text, "Leuchtfeuern") {
		t.Errorf("activity %+v: want the one repost, without the positions", p.Activity)
	}
	var got []string
	for _, e := range p.Experience {
		got = append(got, e.Title+" @ "+e.Company)
		if strings.Contains(e.Description, "Pintsch") || strings.Contains(e.Description, "Kenntnisse") {
			t.Errorf("%s: description %q holds another line", e.Title, e.Description)
		}
	}
	want := []string{"Sachgebietsleiter @ WSA Jade", "Elektroniker @ WSA Jade", "Servicetechniker @ Pintsch Bamag GmbH"}
	if !slices.Equal(got, want) {
		t.Errorf("positions %q, want %q", got, want)
	}
}

// TestAwardToTheirOwnCourse: "Awarded to \"Reading for Driving\"", the
// course their position says they designed, is their award; awarded to
// another named thing, it stays someone else's.
func TestAwardToTheirOwnCourse(t *testing.T) {
	page := "Niamh Keane\nAdult Literacy Tutor\nDublin, Ireland\n\nExperience\nAdult Literacy Tutor\nCity Learning Board · Part-time\nSep 2016 - Present · 8 yrs\n" +
		"Designed \"Reading for Driving\", a 10-week course built around the driver theory test.\n\nHonors & awards\n" +
		"STAR Award — Adult Literacy category\nIssued by AONTAS · Mar 2022\nAwarded to \"Reading for Driving\".\n" +
		"Community Prize\nIssued by Dublin City · Jan 2021\nAwarded to \"Books on the Bus\".\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Honors) != 1 || !strings.HasPrefix(p.Honors[0], "STAR Award") || len(p.TeamHonors) != 1 {
		t.Errorf("honors %q, others' %q", p.Honors, p.TeamHonors)
	}
}

// TestAnOutcomeThenItsAwards: "Shortlisted – Building Conservation" then
// "RICS Awards Scotland 2023" is one award, the outcome and the awards it
// was in; an award to a unit stays its team's, though a position names the
// unit.
func TestAnOutcomeThenItsAwards(t *testing.T) {
	page := "Fiona Reid\nConservation Architect\nEdinburgh, Scotland\n\nExperience\nSite Lead\nHarrow & Muir · Full-time\nJan 2015 - Present · 10 yrs\nRan the Leith unit for the roof programme.\n\n" +
		"Honors & awards\nShortlisted – Building Conservation\nRICS Awards Scotland 2023\nFor the Leith Corn Exchange roof repair.\n\n" +
		"Safety Award 2022\nIssued by Harrow & Muir · Dec 2022\nAwarded to the Leith unit for the roof programme.\n\nLanguages\nEnglish\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Shortlisted – Building Conservation, RICS Awards Scotland 2023, For the Leith Corn Exchange roof repair."}
	if !slices.Equal(p.Honors, want) || len(p.TeamHonors) != 1 {
		t.Errorf("honors %q, team %q; want %q and the unit's award", p.Honors, p.TeamHonors, want)
	}
}

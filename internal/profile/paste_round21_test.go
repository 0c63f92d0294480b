package profile

import (
	"slices"
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

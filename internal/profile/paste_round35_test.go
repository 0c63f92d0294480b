package profile

import (
	"strings"
	"testing"
)

// TestActivityHeadsWithTheirObject: an activity item's head may name
// what was shared or commented on in the page's language ("udostępniła
// ten post", "hat diesen Beitrag geteilt", "ha compartido esta
// publicación", "a commenté le post de ..."): the item is what the phrase
// says, their own post or someone else's, on pages in eight languages.
func TestActivityHeadsWithTheirObject(t *testing.T) {
	for _, c := range []struct{ head, kind string }{
		{"Małgorzata Wiśniewska udostępniła ten post", ActivityRepost},
		{"Jan Kowalski udostępnił(a) ten post • 2 tyg.", ActivityRepost},
		{"Anna Nowak opublikowała ten post • 3 tyg.", ActivityPost},
		{"Ewa Lis skomentowała ten post", ActivityComment},
		{"Hans Meier hat diesen Beitrag geteilt", ActivityRepost},
		{"Hans Meier hat diesen Beitrag kommentiert", ActivityComment},
		{"Ana Ruiz ha compartido esta publicación", ActivityRepost},
		{"Ana Ruiz ha comentado esta publicación", ActivityComment},
		{"Marie Dupont a partagé cette publication", ActivityRepost},
		{"Marie Dupont a commenté le post de Sandrine Leclerc", ActivityComment},
		{"Luca Bianchi ha commentato questo post", ActivityComment},
		{"Jan de Vries heeft dit bericht gedeeld", ActivityRepost},
		{"Karin Berg har publicerat detta", ActivityPost},
		{"Karin Berg delade det här inlägget", ActivityRepost},
		{"Ayşe Kaya bu gönderiyi paylaştı", ActivityRepost},
	} {
		if k, _, ok := activityHead(c.head); !ok || k != c.kind {
			t.Errorf("%q: got %q, %v; want %q", c.head, k, ok, c.kind)
		}
	}
	// A post's own words that start with a name and a verb head nothing.
	for _, s := range []string{
		"Jan Kowalski udostępnił nowe dane GUS",
		"Hans Meier hat die neue Halle geteilt",
		"Marie Dupont a partagé ses chiffres de 2023",
	} {
		if k, _, ok := activityHead(s); ok {
			t.Errorf("%q: read as a head (%q)", s, k)
		}
	}
	page := "Małgorzata Wiśniewska\nKierownik Pracowni Żywienia Pozajelitowego | Farmacja kliniczna\nKraków, Małopolskie, Polska\n\n" +
		"Aktywność\n1 874 obserwujących\nPosty\nKomentarze\n" +
		"Małgorzata Wiśniewska opublikowała ten post • 3 tyg.\nPo 3 latach kontroli grawimetrycznej: 41 000 worków i zero zdarzeń niepożądanych.\n126 · 18 komentarzy\n" +
		"Małgorzata Wiśniewska udostępniła ten post\nAnna Kowalczyk-Wróbel • 3.+\nKierownik Apteki Szpitalnej, Uniwersyteckie Centrum Kliniczne w Gdańsku\n3 456 obserwujących\n" +
		"Nasz szpital jako pierwszy w Polsce uruchomił całodobową pracownię żywienia pozajelitowego dla noworodków.\n" +
		"Doświadczenie\nKierownik Pracowni Żywienia Pozajelitowego\nSzpital Uniwersytecki w Krakowie\nmar 2019 – obecnie\n"
	p := pageOf(t, page)
	var own []string
	for _, a := range p.Activity {
		if a.Own() {
			own = append(own, a.Text)
		}
	}
	if len(own) != 1 || !strings.Contains(own[0], "41 000 worków") {
		t.Errorf("own posts: got %q, want the one post of theirs alone", own)
	}
	reposted := false
	for _, a := range p.Activity {
		if a.Kind == ActivityRepost && strings.Contains(a.Text, "Nasz szpital") {
			reposted = true
		}
		if a.Own() && strings.Contains(a.Text, "Apteki") {
			t.Errorf("the reposted author's headline is read as theirs: %+v", a)
		}
	}
	if !reposted {
		t.Errorf("no repost of the hospital's post: %+v", p.Activity)
	}
}

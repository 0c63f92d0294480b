package profile

import "testing"

// TestOwnPostHeadInGerman: on a page in German, their name and headline
// over a post whose age is written in words ("5 Tage •") head their own
// post and are not its text.
func TestOwnPostHeadInGerman(t *testing.T) {
	page := "Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\nKassel, Hessen, Deutschland\n\n" +
		"Aktivitäten\n412 Follower:innen\nBeiträge\n" +
		"Sabine Krämer\nBrunnenbauerin | Krämer Brunnenbau GmbH\n3 Wochen • \n" +
		"Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen.\n" +
		"Berufserfahrung\nInhaberin\nKrämer Brunnenbau GmbH\nJan. 2015–Heute\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Activity) != 1 {
		t.Fatalf("got %d activity items %+v, want 1", len(p.Activity), p.Activity)
	}
	if got, want := p.Activity[0].Text, "Heute den 120-m-Brunnen für die Gemeinde Fuldabrück abgenommen."; got != want {
		t.Errorf("post text: got %q, want %q", got, want)
	}
}

package profile

import (
	"strings"
	"testing"
)

// TestMenuArrowsAndDottedCredentials: "Me ▾" and "For Business ▾" are menu
// items, not the name; a name followed by dotted credentials ("Dr. Eng.")
// is a name, and the card is read.
func TestMenuArrowsAndDottedCredentials(t *testing.T) {
	page := "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications\nMe ▾\nFor Business ▾\n" +
		"Reactivate Premium: 50% Off\n\nHaruto Sato (佐藤 陽翔), Dr. Eng.\nHe/Him\n· 2nd\nReactor Safety Engineer | PSA\nOsaka, Japan\nContact info\n\n" +
		"Experience\nReactor Safety Engineer\nKansai Nuclear Services · Full-time\nApr 2015 - Present · 10 yrs\nBuilt the Level 2 PSA model.\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Name, "Haruto Sato") || p.Headline != "Reactor Safety Engineer | PSA" || p.Location != "Osaka, Japan" {
		t.Errorf("card: name %q, headline %q, location %q", p.Name, p.Headline, p.Location)
	}
	// A place after a comma is still no credential.
	for _, s := range []string{"Haruto Sato, New York", "Ana Lima, Rio de Janeiro"} {
		if looksLikeName(s) {
			t.Errorf("%q read as a name", s)
		}
	}
	for _, s := range []string{"Jane Doe, MD PhD", "Haruto Sato, Dr. Eng.", "Jane Doe, CPA"} {
		if !looksLikeName(s) {
			t.Errorf("%q not read as a name", s)
		}
	}
}

// TestOwnPostHeadedByNameAndHeadline: their name, their headline (or its
// start) and the post's age head a post of theirs, in English or French;
// none of the three is the post's text, nor is a follower count written
// with a space or a "…voir plus" link.
func TestOwnPostHeadedByNameAndHeadline(t *testing.T) {
	for _, page := range []string{
		"Sólveig Arnardóttir\nHead of Events at Brightwater Events | Congresses\nLondon, United Kingdom\n\nActivity\n3,120 followers\n" +
			"Sólveig Arnardóttir\nHead of Events at Brightwater Events\n2mo •\nBack from a congress where I ran a session on carbon budgets.\n\nExperience\n",
		"Chloé Bérubé\nTraductrice agréée | Legal Translator\nQuébec, Canada\n\nActivité\n1 506 abonnés\n" +
			"Chloé Bérubé\nTraductrice agréée\n3 mois •\nMerci à tous pour l'atelier sur les clauses de non-concurrence.\n…voir plus\n\nExpérience\n",
	} {
		p := ParsePaste(page)
		if len(p.Activity) != 1 {
			t.Fatalf("activity: %+v", p.Activity)
		}
		if txt := p.Activity[0].Text; strings.Contains(txt, "\n") || strings.Contains(txt, "Head of") || strings.Contains(txt, "agréée") ||
			strings.Contains(txt, "abonnés") || strings.Contains(txt, "voir plus") {
			t.Errorf("post text %q", txt)
		}
	}
}

// TestFrenchTitleAndSelfEmployed: a title in French with its adjectives in
// lower case ("Traductrice juridique agréée") heads its entry, over a
// company marked "Travailleur autonome"; "Essai Premium gratuit" is a
// menu line, not the name.
func TestFrenchTitleAndSelfEmployed(t *testing.T) {
	page := "Passer au contenu principal\nAccueil\nRéseau\nEmplois\nMessagerie\nNotifications\nVous\nPour les entreprises\nEssai Premium gratuit\n" +
		"Chloé Bérubé\nTraductrice agréée\nQuébec, Canada\n\nExpérience\nTraductrice juridique agréée\nBérubé Traduction inc. · Travailleur autonome\n" +
		"janv. 2016 - aujourd'hui · 9 ans 11 mois\nQuébec, Canada\nTranslated the 1,100-page record of a class action.\n"
	p := ParsePaste(page)
	if p.Name != "Chloé Bérubé" {
		t.Errorf("name %q", p.Name)
	}
	if len(p.Experience) != 1 || p.Experience[0].Title != "Traductrice juridique agréée" || p.Experience[0].Company != "Bérubé Traduction inc." {
		t.Errorf("experience: %+v", p.Experience)
	}
}

// TestOwnReplyUnderAComment: under a post they commented on, the line
// "Name: ..." is their reply, kept apart from the post; a menu item with
// its badge ("Notifications 3") is no name.
func TestOwnReplyUnderAComment(t *testing.T) {
	page := "Skip to main content\nHome\nMy Network\nJobs\nMessaging\nNotifications 3\nMe\n\n" +
		"Jonas Weber\nProcess Engineer at Coatline\nLinz, Austria\n\nActivity\n" +
		"Jonas Weber commented on this\nSabine Hofer · 1mo\nAnyone seeing pinholes on galvanised steel?\n" +
		"Jonas Weber: Degas first. We cut pinhole rejects at a customer site by two thirds with a 20-minute pre-bake.\n\nExperience\n"
	p, err := ReadPage(page)
	if err != nil {
		t.Fatal(err)
	}
	if p.Name != "Jonas Weber" {
		t.Errorf("name %q", p.Name)
	}
	if len(p.Activity) != 1 || p.Activity[0].Kind != ActivityComment || !strings.HasPrefix(p.Activity[0].Reply, "Degas first.") ||
		strings.Contains(p.Activity[0].Text, "Degas") {
		t.Errorf("activity: %+v", p.Activity)
	}
}

// TestGivenRecommendationsWithTheOwnerUnaccented: a relation line may
// write the owner's name without its accents ("Zoe managed Anna
// directly": Zoë wrote it), and a "Recommendations given" section after
// another recommendations section keeps both.
func TestGivenRecommendationsWithTheOwnerUnaccented(t *testing.T) {
	base := "Zoë Delacroix\nNurse Manager at HCL\nLyon, France\nContact info\n\n"
	p := ParsePaste(base + "Recommendations\nAnna Berger\nLab Manager at HCL\nMarch 2021, Zoe managed Anna directly\nAnna built the test rig that halved our rework.\n\nSkills\nNursing\n")
	if len(p.Recommendations) != 1 || !p.Recommendations[0].Given {
		t.Errorf("unaccented owner: %+v", p.Recommendations)
	}
	p = ParsePaste(base + "Recommendations\nReceived\nGiven\nAnna Berger\nLab Manager at HCL\nMarch 2021, Anna worked with Zoë on the same team\n" +
		"Zoë built the PICU sedation protocol.\n\nRecommendations given\nTom Rey\nIntensivist\nTom built the test rig that halved our rework.\n\nSkills\nNursing\n")
	if len(p.Recommendations) != 2 || p.Recommendations[0].Given || !p.Recommendations[1].Given {
		t.Errorf("two sections: %+v", p.Recommendations)
	}
}

package profile

import (
	"strings"
	"testing"
)

// TestRecommendationsInThreeLinesUnderTheirTab: "Received" and "Given" on
// lines of their own head the name, headline and text under each, which
// are read as recommendations though no relation line says who wrote them.
func TestRecommendationsInThreeLinesUnderTheirTab(t *testing.T) {
	page := "Kwame Asante-Darko\nLead Game Designer at Ironbark Studios\nMelbourne\n\nRecommendations\nReceived\n" +
		"Priya Nand\nProducer at Ironbark Studios\nKwame's simulator saved us months. He also mentored half the design team.\n" +
		"Given\nLachlan Webb\nEngineer at Halfbrick Studios\nLachlan single-handedly built the Blitz tournament backend.\n\nSkills\nGame Design\n"
	p := ParsePaste(page)
	if len(p.Recommendations) != 2 {
		t.Fatalf("recommendations: %+v", p.Recommendations)
	}
	r0, r1 := p.Recommendations[0], p.Recommendations[1]
	if r0.Person != "Priya Nand" || r0.Given || !strings.HasPrefix(r0.Text, "Kwame's simulator") {
		t.Errorf("received: %+v", r0)
	}
	if r1.Person != "Lachlan Webb" || !r1.Given || !strings.HasPrefix(r1.Text, "Lachlan single-handedly") {
		t.Errorf("given: %+v", r1)
	}
}

// TestActivityTabsOnOneLine: "Posts  Comments  Images", the tabs pasted on
// one line, is no text of the profile's.
func TestActivityTabsOnOneLine(t *testing.T) {
	page := "Aurélie Lefèvre\nHydrogéologue senior chez Sillon Géo-Environnement\nLyon, France\n\nActivity\n1,214 followers\n" +
		"Posts  Comments  Images\nAurélie Lefèvre posted this • 2w\nOur nappe model for the Est Lyonnais is now public.\n\nExperience\n"
	_, spans := ParsePasteSpans(page)
	i := strings.Index(page, "Posts  Comments")
	for _, sp := range spans {
		if sp.Start <= i && i < sp.End {
			t.Errorf("the tab bar is read as %s", sp.Field)
		}
	}
	if !tabBar("posts  comments  images") || tabBar("posts about hydrogeology") {
		t.Error("tabBar misreads a line")
	}
}

// TestOwnPostUnderANameWithLetters: the owner's name at the top with
// letters after it ("Maricel Dela Cruz, RN, MN") still heads their own
// post when it stands over the post's age, after a comment of theirs.
func TestOwnPostUnderANameWithLetters(t *testing.T) {
	page := "Maricel Dela Cruz, RN, MN, CON(C)\nClinical Nurse Specialist\nToronto\n\nActivity\n1,562 followers\nPosts Comments Images\n" +
		"Maricel Dela Cruz commented on this\n\"So proud of you!!\"\nMaricel Dela Cruz\n6mo\nOne year of our nurse-led irAE triage line. ED visits down 31%.\n" +
		"388 · 29 comments\n\nExperience\nNurse\nLakeshore\n"
	p := ParsePaste(page)
	if len(p.Activity) != 2 || p.Activity[0].Kind != ActivityComment || p.Activity[1].Kind != ActivityPost ||
		!strings.HasPrefix(p.Activity[1].Text, "One year of our") {
		t.Errorf("activity: %+v", p.Activity)
	}
	if !tabBar("posts comments images") {
		t.Error("tabs on one line with single spaces are no tab bar")
	}
}

// TestRepostWithTheVerbFirst: "Reposted by Tariq Haddad" heads a repost as
// "Tariq Haddad reposted this" does.
func TestRepostWithTheVerbFirst(t *testing.T) {
	page := "Tariq Haddad\nSupply Chain Analytics Lead at Kestrel Foods\nManchester\n\nActivity\n3,112 followers\n" +
		"Reposted by Tariq Haddad\nOrla Byrne\nHead of Logistics at Fenwick Cold Chain\n" +
		"Thrilled that our Daventry cross-dock hit 99.6% OTIF in its first quarter!\n\nExperience\nLead\nKestrel Foods\n"
	p := ParsePaste(page)
	if len(p.Activity) != 1 || p.Activity[0].Kind != ActivityRepost || !strings.Contains(p.Activity[0].Text, "Daventry") {
		t.Errorf("activity: %+v", p.Activity)
	}
}

// TestRepostSharedAndRecommendationsGivenHeading: "X shared a post" heads
// a repost, and "Recommendations given" heads recommendations the
// candidate wrote.
func TestRepostSharedAndRecommendationsGivenHeading(t *testing.T) {
	page := "Tariq Haddad\nSupply Chain Analytics Lead at Kestrel Foods\nManchester\n\nActivity\nTariq Haddad shared a post\n" +
		"Orla Byrne\nHead of Logistics at Fenwick Cold Chain\nThrilled that our Daventry cross-dock hit 99.6% OTIF!\n\n" +
		"Experience\nLead\nKestrel Foods\nJan 2021 - Present\n\nRecommendations given\nDaniel Okoro\nData Engineer at Kestrel Foods\n" +
		"Daniel single-handedly migrated the Daventry network model to Snowflake in 2022.\n\nSkills\nDemand Planning\n"
	p := ParsePaste(page)
	if len(p.Activity) != 1 || p.Activity[0].Kind != ActivityRepost {
		t.Errorf("activity: %+v", p.Activity)
	}
	if len(p.Recommendations) != 1 || !p.Recommendations[0].Given || p.Recommendations[0].Person != "Daniel Okoro" {
		t.Errorf("recommendations: %+v", p.Recommendations)
	}
}

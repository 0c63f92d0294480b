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

package profile

import (
	"strings"
	"testing"
)

// TestCommentWithThePostItIsOn: a structured comment that names the post
// it is on has the candidate's reply in "text".
func TestCommentWithThePostItIsOn(t *testing.T) {
	ps, err := ReadJSON(strings.NewReader(`{"name": "Kofi Mensah", "activity": [{"type": "comment", "on": "Post about AI coaching tools by Mark Reyes",
		"text": "Useful, but coaching still needs a human."}]}`), "p.json")
	if err != nil || len(ps) != 1 {
		t.Fatal(err, len(ps))
	}
	p := ps[0]
	if len(p.Activity) != 1 || p.Activity[0].Reply != "Useful, but coaching still needs a human." || p.Activity[0].Text != "Post about AI coaching tools by Mark Reyes" {
		t.Errorf("activity: %+v", p.Activity)
	}
}

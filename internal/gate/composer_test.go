package gate

import (
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/personalize"
)

func TestComposerRendersLikeTheLibrary(t *testing.T) {
	tpl := mustTemplate(t, inmailSrc)
	c := NewComposer(tpl, &priya, fields, personalize.Options{})
	f := fields
	f.Personalization = goodLine
	want := library.Render(tpl, &priya, f)
	got := c.Render(goodLine)
	if got.Subject != want.Subject || got.Body != want.Body || got.BodyLen != want.BodyLen {
		t.Errorf("Render:\n%#v\nwant\n%#v", got, want)
	}
	if !strings.Contains(got.Body, "Hi Priya,") || got.Subject != "A Senior M&A Associate role with a top-10 firm" {
		t.Errorf("rendered %q / %q", got.Subject, got.Body)
	}
}

func TestComposerPendingThenDecided(t *testing.T) {
	c := NewComposer(mustTemplate(t, inmailSrc), &priya, fields, personalize.Options{})
	c = c.WithCredits(5)
	r := c.Render(goodLine)
	if d := c.Decide(goodLine, r, nil, nil); d.OK || !d.Has(CodePending) {
		t.Errorf("before the verdict: %v", codes(d))
	}
	v := c.Verdict(goodLine)
	if d := c.Decide(goodLine, r, &v, nil); !d.OK {
		t.Errorf("after the verdict: %v", d)
	}
	res := c.Compose(goodLine, nil)
	if !res.Decision.OK || !res.Verdict.OK || res.Rendered.Body != r.Body {
		t.Errorf("Compose: %+v", res.Decision)
	}
}

func TestComposerOptions(t *testing.T) {
	tpl := mustTemplate(t, inmailSrc)
	tpl.MinWords = 25
	c := NewComposer(tpl, &priya, fields, personalize.Options{MinWords: 8})
	if c.Check.MinWords != 25 {
		t.Errorf("MinWords %d, want the template's 25", c.Check.MinWords)
	}
	if c.Check.CandidateID != "linkedin.com/in/priya-raman-sample" {
		t.Errorf("CandidateID %q, want the normalized profile URL", c.Check.CandidateID)
	}
	if c.Check.Index == nil {
		t.Error("no profile index built")
	}
	if got := c.Compose(goodLine, nil).Decision; !got.Has(CodeLineLength) {
		t.Errorf("a 16-word line under a 25-word minimum: %v", codes(got))
	}

	note := NewComposer(mustTemplate(t, noteSrc), &priya, fields, personalize.Options{})
	if want := note.Frame.Room(); note.Check.MaxChars != want || want <= 0 || want >= library.ConnectionLimit {
		t.Errorf("MaxChars %d, want the frame's room %d", note.Check.MaxChars, want)
	}
	long := goodLine + strings.Repeat(" It was a landmark Castell Pharma acquisition deal.", 5)
	if got := codes(note.Compose(long, nil).Decision); !slices.Contains(got, CodeLineLength) || !slices.Contains(got, CodeBodyLong) {
		t.Errorf("a line too long for a connection note: %v", got)
	}
}

func TestComposerReuse(t *testing.T) {
	reuse := personalize.NewReuseIndex()
	reuse.Add(personalize.Prior{MessageID: 1, CandidateID: "linkedin.com/in/priya-raman-sample", Line: goodLine})
	c := NewComposer(mustTemplate(t, inmailSrc), &priya, fields, personalize.Options{Reuse: reuse}).WithCredits(1)
	if d := c.Compose(goodLine, nil).Decision; !d.OK {
		t.Errorf("the same line again to the same candidate (raw URL on the profile): %v", d)
	}
	reuse.Add(personalize.Prior{MessageID: 2, CandidateID: "linkedin.com/in/marcus-chen-sample", Line: goodLine})
	if d := c.Compose(goodLine, nil).Decision; !d.Has(CodeReused) {
		t.Errorf("a line sent to another candidate: %v", codes(d))
	}
}

func TestComposerWithFields(t *testing.T) {
	f := fields
	f.Client = ""
	c := NewComposer(mustTemplate(t, inmailSrc), &priya, f, personalize.Options{}).WithCredits(3)
	if d := c.Compose(goodLine, nil).Decision; !d.Has(CodeMissingValue) {
		t.Errorf("no client: %v", codes(d))
	}
	c2 := c.WithFields(fields)
	if d := c2.Compose(goodLine, nil).Decision; !d.OK {
		t.Errorf("client filled in: %v", d)
	}
	if c2.Check.Index != c.Check.Index || c2.CreditsLeft != 3 {
		t.Error("WithFields rebuilt the profile index or lost the credits")
	}
	if strings.Contains(c.Render(goodLine).Subject, "top-10") {
		t.Error("WithFields changed the original composer")
	}
}

// BenchmarkKeystroke is what the composer pays per keystroke (Render) and
// per debounced check (Verdict + Decide).
func BenchmarkKeystroke(b *testing.B) {
	tpl, _ := library.ParseTemplate("test.md", []byte(inmailSrc))
	c := NewComposer(tpl, &priya, fields, personalize.Options{}).WithCredits(10)
	b.Run("render", func(b *testing.B) {
		for b.Loop() {
			c.Render(goodLine)
		}
	})
	b.Run("verdict+decide", func(b *testing.B) {
		r := c.Render(goodLine)
		for b.Loop() {
			v := c.Verdict(goodLine)
			c.Decide(goodLine, r, &v, nil)
		}
	})
}

package compose

import (
	"strings"
	"testing"

	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/tui/tuitest"
)

// longBody is a template body that renders to exactly 1,900 characters
// for Priya with line.
func longBody(line string) string {
	head := "Hi {{first_name}},\n\n{{personalization}}\n\n"
	fixed := library.Count("Hi Priya,\n\n" + line + "\n\n")
	para := "The practice has doubled in three years and the partners want someone who can run a deal end to end, from the first call to completion, with a team of four associates behind them.\n\n"
	filler := strings.Repeat(para, 1900/len(para)+1)[:1900-fixed]
	return head + filler
}

const benchLine = "Your work on Castell Pharma's acquisition of Norvane Therapeutics"

// keys alternates a letter and a backspace, so the text stays the same
// length however long the benchmark runs.
var keys = [2]tea.KeyPressMsg{{Code: 'x', Text: "x"}, {Code: tea.KeyBackspace}}

// BenchmarkKeystroke measures one keystroke (Update and View) in the
// composer at 100x40 with a 1,900-character body, beside a bare bubbles
// textarea holding the same body.
func BenchmarkKeystroke(b *testing.B) {
	body := longBody(benchLine)
	tpl := template(b, "inmail", "{{role}} at {{client}}", body)

	b.Run("compose/line", func(b *testing.B) {
		m := newModel(b, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 100, 40)
		typeText(m, benchLine)
		settle(m)
		if n := library.Count(m.Body()); n != 1900 {
			b.Fatalf("body is %d characters, want 1900", n)
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := range b.N {
			m.Update(keys[i%2])
			_ = m.View()
		}
	})
	b.Run("compose/body", func(b *testing.B) {
		m := newModel(b, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 100, 40)
		typeText(m, benchLine)
		settle(m)
		for m.focus != fBody {
			m.Update(tuitest.Key("tab"))
		}
		b.ReportAllocs()
		b.ResetTimer()
		for i := range b.N {
			m.Update(keys[i%2])
			_ = m.View()
		}
	})
	// The bare textarea, at the whole 100x40 and at the size the composer
	// gives its body there.
	m := newModel(b, tuitest.NewLog(tuesday), priya(), tpl, 10, nil, 100, 40)
	typeText(m, benchLine)
	for _, size := range []struct {
		name string
		w, h int
	}{{"textarea", 100, 40}, {"textarea/body-size", m.geo.inner, m.geo.bodyRows}} {
		b.Run(size.name, func(b *testing.B) {
			ta := textarea.New()
			ta.SetWidth(size.w)
			ta.SetHeight(size.h)
			ta.SetValue(m.Body())
			ta.Focus()
			b.ReportAllocs()
			b.ResetTimer()
			for i := range b.N {
				ta, _ = ta.Update(keys[i%2])
				_ = ta.View()
			}
		})
	}
}

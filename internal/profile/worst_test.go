package profile

import (
	"strings"
	"testing"
)

// worstPages are 1 MB inputs (the most intake accepts) shaped to make each
// stage of the reader do the most work.
func worstPages() map[string]string {
	const mb = 1 << 20
	return map[string]string{
		"one-line":     strings.Repeat("a", mb),
		"middots":      strings.Repeat("·", mb/2),
		"short-lines":  strings.Repeat("a\n", mb/2),
		"dates":        strings.Repeat("Jan 2019 - Present\n", mb/19),
		"positions":    "Experience\n" + strings.Repeat("Associate\nAcme Co.\nJan 2019 - Present\nDid things.\n", mb/48),
		"skills":       "Experience\n" + strings.Repeat("Associate\nAcme\n2019\n", 5000) + "Skills\n" + strings.Repeat("Rust\nGo\n", mb/8),
		"recommenders": "Recommendations\n" + strings.Repeat("James Holt\nMay 1, 2020, James managed X\ntext\n", mb/44),
		"reposts":      "Activity\n" + strings.Repeat("X reposted this\nJames Holt\n · 2nd\nHeadline\ntext\n", mb/50),
		"menus":        strings.Repeat("Home\nMy Network\n", mb/17),
		"card":         strings.Repeat("London, UK\n", mb/11),
		"doubled":      strings.Repeat("Vice PresidentVice President\n", mb/29),
		"places":       "Experience\n" + strings.Repeat("Associate\nAcme\n2019\nSingapore\n", mb/30),
	}
}

// BenchmarkReadPageWorst reads each of worstPages: none may take long
// (intake reads at most 1 MB; bench/intake.sh times the whole refusal of
// larger input).
func BenchmarkReadPageWorst(b *testing.B) {
	for name, text := range worstPages() {
		b.Run(name, func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for b.Loop() {
				_, _ = ReadPage(text)
			}
		})
	}
}

// BenchmarkReadPageCorpus reads every page of the corpus.
func BenchmarkReadPageCorpus(b *testing.B) {
	_, texts, _ := readCorpus(b)
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			_, _ = ReadPage(t)
		}
	}
}

package report

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
)

// Benchmarks of the aggregation alone, over 1,000,000 facts in memory
// (the store scan is measured in internal/store; the whole process in
// bench/report.sh):
//
//	go test -run '^$' -bench . -benchmem ./internal/report

const benchFacts = 1_000_000

// benchData is a synthetic history shaped like the demo's: 9 templates, 3
// seniorities, 100 recruiters, three years of sends in order, about a
// third answered, mostly within days.
func benchData() ([]outreach.Fact, outreach.Dict) {
	rng := rand.New(rand.NewPCG(1, 1))
	var dict outreach.Dict
	levels := []string{"associate", "senior-associate", "partner-track"}
	first := now.Add(-3 * 365 * day)
	step := 3 * 365 * day / benchFacts
	facts := make([]outreach.Fact, benchFacts)
	for i := range facts {
		lv := rng.IntN(3)
		m := outreach.Message{
			ID:              uint64(i + 1),
			Recruiter:       "Recruiter " + string(rune('A'+rng.IntN(26))) + string(rune('A'+rng.IntN(4))),
			Seniority:       levels[lv],
			TemplateID:      levels[lv] + "/" + []string{"connect", "intro", "follow-up"}[rng.IntN(3)],
			Channel:         library.Channel(1 + rng.IntN(2)),
			SentAt:          first.Add(time.Duration(i) * step),
			Personalization: string(make([]byte, 60+rng.IntN(140))),
			Credits:         1,
		}
		var o outreach.OutcomeTimes
		if u := rng.Float64(); u < 0.35 {
			at := m.SentAt.Add(time.Duration(rng.ExpFloat64() * float64(40*time.Hour)))
			o.Set(outreach.Outcome(1+rng.IntN(3)), at)
			if rng.IntN(4) == 0 {
				o.Set(outreach.Screened, at.Add(3*day))
			}
		} else if u < 0.36 {
			o.Set(outreach.Withdrawn, m.SentAt.Add(time.Minute))
		}
		facts[i] = outreach.FactFrom(m, o, dict.Intern(m))
	}
	return facts, dict
}

func benchmarkBy(b *testing.B, by ...Dimension) {
	facts, dict := benchData()
	q := Query{Now: now, By: by, Seat: outreach.PresetRecruiter.Seat()}
	b.ResetTimer()
	var r Report
	for b.Loop() {
		r = Build(q, dict, slices.Values(facts))
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/benchFacts, "ns/fact")
	if r.Total.Sent+r.Total.Withdrawn != benchFacts {
		b.Fatalf("counted %d facts", r.Total.Sent+r.Total.Withdrawn)
	}
}

// BenchmarkTotal counts everything into one group.
func BenchmarkTotal(b *testing.B) { benchmarkBy(b) }

// BenchmarkTemplateSeniority is the headline question.
func BenchmarkTemplateSeniority(b *testing.B) { benchmarkBy(b, ByTemplate, BySeniority) }

// BenchmarkTemplateWeek is the Reports screen's trend: about 1,400 groups.
func BenchmarkTemplateWeek(b *testing.B) { benchmarkBy(b, ByTemplate, ByWeek) }

// BenchmarkRecruiterMonth groups by a wide dimension and a calendar one.
func BenchmarkRecruiterMonth(b *testing.B) { benchmarkBy(b, ByRecruiter, ByMonth) }

package personalize

import (
	"fmt"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

// benchProfile is a full profile of about 3,000 characters of text.
func benchProfile() *profile.Profile {
	return &profile.Profile{
		ID: "bench-priya", Name: "Priya Raman", Headline: "Vice President, Leveraged Finance at Halden Stroud & Co.",
		Title: "Vice President, Leveraged Finance", Company: "Halden Stroud & Co.", Location: "London, England, United Kingdom",
		Skills: []string{"Leveraged Finance", "Financial Modeling", "Unitranche", "LBO modelling", "Credit analysis",
			"Debt capital markets", "High-yield bonds", "Covenant negotiation", "Private credit", "Sponsor coverage"},
		Experience: []profile.Experience{
			{Title: "Vice President, Leveraged Finance", Company: "Halden Stroud & Co.", Start: "Jan 2022", End: "Present",
				Description: "Structured the £1.2bn unitranche financing for the Veltra Care take-private, the largest sponsor-backed healthcare buyout in the UK that year. Led the refinancing of Orbis Logistics' term loan B after the covenant reset, extending maturities by three years. Run a team of four associates and two analysts covering mid-market sponsors across healthcare and business services."},
			{Title: "Associate", Company: "Halden Stroud & Co.", Start: "Aug 2019", End: "Dec 2021",
				Description: "Built the LBO model used across the sponsor coverage team and trained new analysts on it. Worked on twelve leveraged buyouts and dividend recapitalisations, including the Cressida Foods carve-out from its Dutch parent, the Pellham Dental roll-up and the secondary buyout of Arkwright Testing. Wrote the first internal guide to unitranche documentation for junior bankers and ran its quarterly training sessions."},
			{Title: "Analyst", Company: "Brightwater Capital", Start: "Sep 2016", End: "Jul 2019",
				Description: "Debt capital markets analyst on high-yield bond issues for mid-cap retailers; wrote the credit memos for the Tillbury Home and Marlow Outdoor deals. Modelled recovery scenarios for distressed retail credits during the 2018 high-street downturn and presented them to the credit committee."},
		},
		Education: []profile.Education{
			{School: "University of Warwick", Degree: "BSc", Field: "Mathematics, Operational Research, Statistics and Economics (MORSE)", Year: 2016},
			{School: "London Business School", Degree: "Executive Education", Field: "Private Equity and Venture Capital", Year: 2021},
		},
		Projects: []profile.Project{
			{Name: "Women in Finance mentoring", Description: "Pair first-year analysts with VPs across the bank; 40 pairs in the 2024 cohort."},
			{Name: "Sponsor pipeline dashboard", Description: "A shared view of every live sponsor process, fed from the CRM, that replaced three spreadsheets and a weekly email."},
		},
		Publications: []profile.Publication{{Title: "Unitranche after the rate cycle", Publisher: "Halden Stroud Credit Notes", Year: 2024,
			Description: "How borrowers and direct lenders repriced unitranche debt once base rates stopped rising."}},
		Certifications: []string{"CFA Charterholder, CFA Institute", "Investment Management Certificate"},
		Volunteering:   []string{"Treasurer, Southwark Young Readers Trust", "Mentor, The Access Project"},
		Honors:         []string{"Rising Star, Leveraged Finance, Global Capital Awards 2023", "Deal of the Year shortlist, Veltra Care unitranche, Private Credit Review 2023"},
		About: "Leveraged finance banker covering sponsor-backed buyouts in healthcare and business services. I structured the £1.2bn unitranche for the Veltra Care take-private and I mentor first-year analysts through the bank's Women in Finance network. " +
			"I care about clean documentation, honest credit memos and giving juniors real responsibility early. Before banking I read MORSE at Warwick and spent a summer modelling NHS waiting lists for a health charity. Outside work I run the Southwark Young Readers Trust's accounts and coach an under-12 cricket side on Saturdays.",
	}
}

// benchLine is a 200-character line.
const benchLine = "Structuring the £1.2bn unitranche for the Veltra Care take-private and then refinancing Orbis Logistics' term loan B is exactly the sponsor work our client's credit fund wants to grow."

// benchReuse holds 10,000 earlier lines for other candidates.
func benchReuse() *ReuseIndex {
	subjects := []string{"Your work on", "Leading", "Building", "Running", "Delivering", "Designing", "Your paper on", "Scaling"}
	things := []string{"the payments platform", "the oncology trial", "the hospital wing", "the lifecycle email program",
		"the IFRS 9 audit", "the fuzzing pipeline", "the patent case", "the warehouse move", "the design system", "the SOC build-out"}
	ends := []string{"is exactly what our client needs.", "caught my eye.", "is rare in this market.", "is why I am writing.", "stood out to our client."}
	r := NewReuseIndex()
	for i := 0; i < 10000; i++ {
		line := fmt.Sprintf("%s %s at company %d with %d people %s", subjects[i%len(subjects)], things[(i/8)%len(things)], i, i%97, ends[(i/80)%len(ends)])
		r.Add(Prior{MessageID: uint64(i + 1), CandidateID: fmt.Sprintf("cand-%d", i%3000), Line: line})
	}
	return r
}

func TestBenchFixture(t *testing.T) {
	p := benchProfile()
	n := 0
	for _, s := range NewIndex(p).segs {
		if s.kind != segVocab {
			n += s.toks[len(s.toks)-1].end - s.toks[0].start
		}
	}
	if n < 2700 || n > 3500 {
		t.Errorf("bench profile has %d characters, want about 3,000", n)
	}
	if len(benchLine) < 180 || len(benchLine) > 220 {
		t.Errorf("bench line has %d bytes, want about 200", len(benchLine))
	}
	v := Check(p, benchLine, Options{Reuse: benchReuse()})
	if !v.OK {
		t.Errorf("bench line rejected: %v", v)
	}
}

func BenchmarkCheck(b *testing.B) {
	p := benchProfile()
	lists := DefaultLists()
	opts := Options{Lists: lists, Index: NewIndex(p), Reuse: benchReuse()}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		Check(p, benchLine, opts)
	}
}

func BenchmarkCheckKeystrokes(b *testing.B) {
	p := benchProfile()
	lists := DefaultLists()
	opts := Options{Lists: lists, Index: NewIndex(p), Reuse: benchReuse()}
	var prefixes []string
	for i := 10; i <= len(benchLine); i += 10 {
		prefixes = append(prefixes, benchLine[:i])
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		Check(p, prefixes[i%len(prefixes)], opts)
		i++
	}
}

func BenchmarkNewIndex(b *testing.B) {
	p := benchProfile()
	b.ReportAllocs()
	for b.Loop() {
		NewIndex(p)
	}
}

func BenchmarkReuseFind(b *testing.B) {
	r := benchReuse()
	line := strings.Replace(benchLine, "credit fund", "direct lending fund", 1)
	b.ReportAllocs()
	for b.Loop() {
		r.Find(line, "bench-priya")
	}
}

// BenchmarkCheckOneOff is a check without a prepared index, as for a
// profile seen once in a --jsonl file.
func BenchmarkCheckOneOff(b *testing.B) {
	p := benchProfile()
	opts := Options{Lists: DefaultLists()}
	b.ReportAllocs()
	for b.Loop() {
		Check(p, benchLine, opts)
	}
}

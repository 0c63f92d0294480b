package personalize

import (
	"slices"
	"strings"
	"testing"
)

// TestVerdictsAreDeterministic checks every case of every evaluation set
// several times: map order or anything else that varies between runs must
// not change a verdict or its reason, and neither may checking against the
// whole profile's index rather than a one-off one. For the sets scored blind it names
// no case, only how many varied.
func TestVerdictsAreDeterministic(t *testing.T) {
	sets := []struct {
		path  string
		blind bool
	}{
		{"testdata/dev.jsonl", false}, {"testdata/cases.jsonl", false},
		{"testdata/holdout.jsonl", false}, {"testdata/own2.jsonl", false},
		{"testdata/own3.jsonl", false}, {"testdata/own4.jsonl", true},
		{"testdata/blind.jsonl", true}, {"testdata/own7.jsonl", false},
		{"testdata/blind2.jsonl", true}, {"testdata/blind3.jsonl", true},
		{"testdata/own8.jsonl", false}, {"testdata/own9.jsonl", false},
		{"testdata/own10.jsonl", false}, {"testdata/own11.jsonl", false},
		{"testdata/blind4.jsonl", true}, {"testdata/blind5.jsonl", true},
		{"testdata/own12.jsonl", false}, {"testdata/blind6.jsonl", true},
		{"testdata/blind7.jsonl", true}, {"testdata/own13.jsonl", false},
		{"testdata/blind8.jsonl", true}, {"testdata/blind9.jsonl", true},
		{"testdata/blind10.jsonl", true}, {"testdata/blind11.jsonl", true},
		{"testdata/own14.jsonl", false}, {"testdata/blind12.jsonl", true},
		{"testdata/blind13.jsonl", true}, {"testdata/own15.jsonl", false},
		{"testdata/blind14.jsonl", true}, {"testdata/blind15.jsonl", true},
		{"testdata/blind18.jsonl", true}, {"testdata/own16.jsonl", false},
		{"testdata/blind19.jsonl", true}, {"testdata/blind17.jsonl", true},
		{"testdata/blind16.jsonl", true}, {"testdata/work16a.jsonl", false},
		{"testdata/work17b.jsonl", false}, {"testdata/work17c.jsonl", false},
		{"testdata/work17a.jsonl", false},
		{"testdata/blind21.jsonl", true}, {"testdata/blind20.jsonl", true},
		{"testdata/work18b.jsonl", false}, {"testdata/blind23.jsonl", true}, {"testdata/blind22.jsonl", true},
		{"testdata/work18a.jsonl", false},
		{"testdata/work19a.jsonl", false}, {"testdata/blind25.jsonl", true}, {"testdata/blind24.jsonl", true},
		{"testdata/work19b.jsonl", false}, {"testdata/work19c.jsonl", false}, {"testdata/work19d.jsonl", false},
		{"testdata/blind26.jsonl", true}, {"testdata/work20a.jsonl", false}, {"testdata/blind27.jsonl", true},
		{"testdata/work20d.jsonl", false}, {"testdata/work20c.jsonl", false}, {"testdata/work20b.jsonl", false},
		{"testdata/blind28.jsonl", true}, {"testdata/blind29.jsonl", true}, {"testdata/work21b.jsonl", false}, {"testdata/work21a.jsonl", false},
		{"testdata/blind30.jsonl", true}, {"testdata/blind31.jsonl", true}, {"testdata/blind32.jsonl", true}, {"testdata/blind33.jsonl", true}, {"testdata/blind34.jsonl", true},
		{"testdata/work22a.jsonl", false}, {"testdata/work22b.jsonl", false}, {"testdata/work22c.jsonl", false}, {"testdata/work22d.jsonl", false}, {"testdata/work22e.jsonl", false}, {"testdata/work22f.jsonl", false},
		{"testdata/blind35.jsonl", true}, {"testdata/blind36.jsonl", true}, {"testdata/blind37.jsonl", true}, {"testdata/work23a.jsonl", false}, {"testdata/work23b.jsonl", false},
		{"testdata/work24a.jsonl", false}, {"testdata/work24b.jsonl", false},
		{"testdata/blind38.jsonl", true}, {"testdata/blind39.jsonl", true}, {"testdata/blind40.jsonl", true}, {"testdata/blind41.jsonl", true},
		{"testdata/work25a.jsonl", false}, {"testdata/work25b.jsonl", false}, {"testdata/work25c.jsonl", false}, {"testdata/work25d.jsonl", false},
		{"testdata/work26a.jsonl", false}, {"testdata/work26b.jsonl", false}, {"testdata/work26c.jsonl", false}, {"testdata/work26d.jsonl", false},
		{"testdata/blind42.jsonl", true}, {"testdata/blind43.jsonl", true}, {"testdata/blind44.jsonl", true}, {"testdata/blind45.jsonl", true},
		{"testdata/work27a.jsonl", false}, {"testdata/work27b.jsonl", false}, {"testdata/work27c.jsonl", false}, {"testdata/work27d.jsonl", false},
		{"testdata/work27e.jsonl", false}, {"testdata/work27f.jsonl", false}, {"testdata/work27g.jsonl", false}, {"testdata/work27h.jsonl", false},
		{"testdata/blind46.jsonl", true}, {"testdata/blind47.jsonl", true}, {"testdata/blind48.jsonl", true}, {"testdata/blind49.jsonl", true},
		{"testdata/blind50.jsonl", true}, {"testdata/blind51.jsonl", true}, {"testdata/blind52.jsonl", true}, {"testdata/blind53.jsonl", true},
		{"testdata/work28a.jsonl", false}, {"testdata/work28b.jsonl", false}, {"testdata/work28c.jsonl", false}, {"testdata/work28d.jsonl", false},
		{"testdata/work28e.jsonl", false}, {"testdata/work28f.jsonl", false}, {"testdata/work28g.jsonl", false}, {"testdata/work28h.jsonl", false},
		{"testdata/blind54.jsonl", true}, {"testdata/blind55.jsonl", true}, {"testdata/blind56.jsonl", true}, {"testdata/blind57.jsonl", true},
		{"testdata/blind58.jsonl", true}, {"testdata/blind59.jsonl", true}, {"testdata/blind60.jsonl", true}, {"testdata/blind61.jsonl", true},
		{"testdata/work29a.jsonl", false}, {"testdata/work29b.jsonl", false}, {"testdata/work29c.jsonl", false},
		{"testdata/work29d.jsonl", false}, {"testdata/work29e.jsonl", false}, {"testdata/work29f.jsonl", false},
		{"testdata/blind62.jsonl", true}, {"testdata/blind63.jsonl", true}, {"testdata/blind64.jsonl", true}, {"testdata/blind65.jsonl", true},
		{"testdata/blind66.jsonl", true}, {"testdata/blind67.jsonl", true}, {"testdata/blind68.jsonl", true}, {"testdata/blind69.jsonl", true},
		{"testdata/blind70.jsonl", true}, {"testdata/blind71.jsonl", true}, {"testdata/blind72.jsonl", true}, {"testdata/blind73.jsonl", true},
		{"testdata/work30a.jsonl", false}, {"testdata/work30b.jsonl", false}, {"testdata/work30c.jsonl", false}, {"testdata/work30d.jsonl", false},
		{"testdata/blind74.jsonl", true}, {"testdata/blind75.jsonl", true}, {"testdata/blind76.jsonl", true}, {"testdata/blind77.jsonl", true},
		{"testdata/blind78.jsonl", true}, {"testdata/blind79.jsonl", true},
		{"testdata/work31a.jsonl", false}, {"testdata/work31b.jsonl", false}, {"testdata/work31c.jsonl", false}, {"testdata/work31d.jsonl", false},
		{"testdata/blind80.jsonl", true}, {"testdata/blind81.jsonl", true}, {"testdata/blind82.jsonl", true}, {"testdata/blind83.jsonl", true},
		{"testdata/blind84.jsonl", true}, {"testdata/blind85.jsonl", true}, {"testdata/blind86.jsonl", true}, {"testdata/blind87.jsonl", true},
		{"testdata/work32a.jsonl", false}, {"testdata/work32b.jsonl", false}, {"testdata/work32c.jsonl", false}, {"testdata/work32d.jsonl", false},
		{"testdata/blind88.jsonl", true}, {"testdata/blind89.jsonl", true}, {"testdata/blind90.jsonl", true}, {"testdata/blind91.jsonl", true},
		{"testdata/blind92.jsonl", true}, {"testdata/blind93.jsonl", true}, {"testdata/blind94.jsonl", true}, {"testdata/blind95.jsonl", true},
		{"testdata/blind96.jsonl", true},
		{"testdata/work33a.jsonl", false}, {"testdata/work33b.jsonl", false}, {"testdata/work33c.jsonl", false}, {"testdata/work33d.jsonl", false},
		{"testdata/blind97.jsonl", true}, {"testdata/blind98.jsonl", true}, {"testdata/blind99.jsonl", true}, {"testdata/blind100.jsonl", true},
		{"testdata/blind101.jsonl", true}, {"testdata/blind102.jsonl", true}, {"testdata/blind103.jsonl", true}, {"testdata/blind104.jsonl", true},
		{"testdata/blind105.jsonl", true},
		{"testdata/work34a.jsonl", false}, {"testdata/work34b.jsonl", false}, {"testdata/work34c.jsonl", false}, {"testdata/work34d.jsonl", false},
		{"testdata/blind106.jsonl", true}, {"testdata/blind107.jsonl", true}, {"testdata/blind108.jsonl", true}, {"testdata/blind109.jsonl", true},
		{"testdata/blind110.jsonl", true}, {"testdata/blind111.jsonl", true}, {"testdata/blind112.jsonl", true}, {"testdata/blind113.jsonl", true},
		{"testdata/blind114.jsonl", true}, {"testdata/blind115.jsonl", true},
		{"testdata/work35a.jsonl", false}, {"testdata/work35b.jsonl", false}, {"testdata/work35c.jsonl", false}, {"testdata/work35d.jsonl", false},
		{"testdata/blind116.jsonl", true}, {"testdata/blind117.jsonl", true}, {"testdata/blind118.jsonl", true}, {"testdata/blind119.jsonl", true},
		{"testdata/blind120.jsonl", true}, {"testdata/blind121.jsonl", true}, {"testdata/blind122.jsonl", true}, {"testdata/blind123.jsonl", true},
		{"testdata/blind124.jsonl", true}, {"testdata/blind125.jsonl", true},
		{"testdata/work36a.jsonl", false}, {"testdata/work36b.jsonl", false}, {"testdata/work36c.jsonl", false}, {"testdata/work36d.jsonl", false},
		{"testdata/blind126.jsonl", true}, {"testdata/blind127.jsonl", true}, {"testdata/blind128.jsonl", true}, {"testdata/blind129.jsonl", true},
		{"testdata/blind130.jsonl", true}, {"testdata/blind131.jsonl", true}, {"testdata/blind132.jsonl", true}, {"testdata/blind133.jsonl", true},
		{"testdata/work37a.jsonl", false}, {"testdata/work37b.jsonl", false}, {"testdata/work37c.jsonl", false}, {"testdata/work37d.jsonl", false},
		{"testdata/blind134.jsonl", true}, {"testdata/blind135.jsonl", true}, {"testdata/blind136.jsonl", true}, {"testdata/blind137.jsonl", true},
		{"testdata/blind138.jsonl", true}, {"testdata/blind139.jsonl", true}, {"testdata/blind140.jsonl", true}, {"testdata/blind141.jsonl", true},
		{"testdata/work38a.jsonl", false}, {"testdata/work38b.jsonl", false}, {"testdata/work38c.jsonl", false}, {"testdata/work38d.jsonl", false},
		{"testdata/blind142.jsonl", true}, {"testdata/blind143.jsonl", true}, {"testdata/blind144.jsonl", true}, {"testdata/blind145.jsonl", true},
		{"testdata/blind146.jsonl", true}, {"testdata/blind147.jsonl", true}, {"testdata/blind148.jsonl", true}, {"testdata/blind149.jsonl", true},
		{"testdata/work39a.jsonl", false}, {"testdata/work39b.jsonl", false}, {"testdata/work39c.jsonl", false}, {"testdata/work39d.jsonl", false},
		{"testdata/blind150.jsonl", true}, {"testdata/blind151.jsonl", true}, {"testdata/blind152.jsonl", true}, {"testdata/blind153.jsonl", true},
		{"testdata/blind154.jsonl", true}, {"testdata/blind155.jsonl", true}, {"testdata/blind156.jsonl", true}, {"testdata/blind157.jsonl", true},
		{"testdata/work40a.jsonl", false}, {"testdata/work40b.jsonl", false}, {"testdata/work40c.jsonl", false}, {"testdata/work40d.jsonl", false},
		{"testdata/blind158.jsonl", true}, {"testdata/blind159.jsonl", true}, {"testdata/blind160.jsonl", true}, {"testdata/blind161.jsonl", true},
		{"testdata/blind162.jsonl", true}, {"testdata/blind163.jsonl", true}, {"testdata/blind164.jsonl", true}, {"testdata/blind165.jsonl", true},
		{"testdata/work41a.jsonl", false}, {"testdata/work41b.jsonl", false}, {"testdata/work41c.jsonl", false}, {"testdata/work41d.jsonl", false},
		{"testdata/blind166.jsonl", true}, {"testdata/blind167.jsonl", true}, {"testdata/blind168.jsonl", true}, {"testdata/blind169.jsonl", true},
		{"testdata/blind170.jsonl", true}, {"testdata/blind171.jsonl", true}, {"testdata/blind172.jsonl", true}, {"testdata/blind173.jsonl", true},
		{"testdata/work42a.jsonl", false}, {"testdata/work42b.jsonl", false}, {"testdata/work42c.jsonl", false}, {"testdata/work42d.jsonl", false},
		{"testdata/blind174.jsonl", true}, {"testdata/blind175.jsonl", true}, {"testdata/blind176.jsonl", true}, {"testdata/blind177.jsonl", true},
		{"testdata/blind178.jsonl", true}, {"testdata/blind179.jsonl", true}, {"testdata/blind180.jsonl", true}, {"testdata/blind181.jsonl", true},
		{"testdata/work43a.jsonl", false}, {"testdata/work43b.jsonl", false}, {"testdata/work43c.jsonl", false}, {"testdata/work43d.jsonl", false},
		{"testdata/blind182.jsonl", true}, {"testdata/blind183.jsonl", true}, {"testdata/blind184.jsonl", true}, {"testdata/blind185.jsonl", true},
		{"testdata/blind186.jsonl", true}, {"testdata/blind187.jsonl", true}, {"testdata/blind188.jsonl", true}, {"testdata/blind189.jsonl", true},
		{"testdata/work44a.jsonl", false}, {"testdata/work44b.jsonl", false}, {"testdata/work44c.jsonl", false}, {"testdata/work44d.jsonl", false},
		{"testdata/blind190.jsonl", true}, {"testdata/blind191.jsonl", true}, {"testdata/blind192.jsonl", true}, {"testdata/blind193.jsonl", true},
		{"testdata/blind194.jsonl", true}, {"testdata/blind195.jsonl", true}, {"testdata/blind196.jsonl", true}, {"testdata/blind197.jsonl", true},
		{"testdata/work45a.jsonl", false}, {"testdata/work45b.jsonl", false}, {"testdata/work45c.jsonl", false}, {"testdata/work45d.jsonl", false},
		{"testdata/blind198.jsonl", true}, {"testdata/blind199.jsonl", true}, {"testdata/blind200.jsonl", true}, {"testdata/blind201.jsonl", true},
		{"testdata/blind202.jsonl", true}, {"testdata/blind203.jsonl", true}, {"testdata/blind204.jsonl", true}, {"testdata/blind205.jsonl", true},
		{"testdata/work46a.jsonl", false}, {"testdata/work46b.jsonl", false}, {"testdata/work46c.jsonl", false}, {"testdata/work46d.jsonl", false},
		{"testdata/blind206.jsonl", true}, {"testdata/blind207.jsonl", true}, {"testdata/blind208.jsonl", true}, {"testdata/blind209.jsonl", true},
		{"testdata/blind210.jsonl", true}, {"testdata/blind211.jsonl", true}, {"testdata/blind212.jsonl", true}, {"testdata/blind213.jsonl", true},
	}
	runs, lowerEvery := 8, 1
	if testing.Short() || raceEnabled {
		// The race detector's run checks every case against both indexes,
		// the line in lower case for one case in eight (a different eighth
		// in each set) and a second run for the next eighth, which keeps
		// its run of every set inside go test's ten minutes as sets are
		// added (431 s in CI with all of them checked twice; 494 s with a
		// third each for 320 sets, when a quarter each came in; 510 s with
		// a quarter each for 344 sets, when an eighth each came in).
		runs, lowerEvery = 2, 8
	}
	for i, s := range sets {
		// One subtest a set, in parallel, on as many cores as there are.
		t.Run(strings.TrimSuffix(strings.TrimPrefix(s.path, "testdata/"), ".jsonl"), func(t *testing.T) {
			t.Parallel()
			checkSetDeterministic(t, s.path, s.blind, runs, lowerEvery, i%lowerEvery)
		})
	}
}

// checkSetDeterministic is TestVerdictsAreDeterministic for one set; it
// checks the line in lower case too for the cases whose index in the set
// is lowerAt modulo lowerEvery, and runs again those at the next index.
func checkSetDeterministic(t *testing.T, path string, blind bool, runs, lowerEvery, lowerAt int) {
	varied := 0
	for n, c := range readCases(t, path) {
		firstV := Check(&c.Profile, c.Personalization, Options{})
		first := firstV.String()
		if strings.Contains(first, checkerFault) {
			t.Errorf("%s: the checker failed on a case", path)
		}
		// The composer checks against an index of the whole profile,
		// a one-off check against one of the line's words: the same
		// verdict either way, in the same words, as `inmail check
		// --jsonl` checks a profile's first case one-off and the rest
		// with its index, whichever of its workers gets there first.
		// The line in lower case too, as recruiters type: its words
		// reach the profile by other ways (other names, clipped
		// forms), which the one-off index must hold as well.
		idx := NewIndex(&c.Profile)
		differs := false
		lines := []string{c.Personalization}
		if n%lowerEvery == lowerAt {
			lines = append(lines, strings.ToLower(c.Personalization))
		}
		for i, line := range lines {
			one := firstV // the line as written is checked once, above
			if i > 0 {
				one = Check(&c.Profile, line, Options{})
			}
			// The line in lower case need only come to the same verdict:
			// the words it quotes may differ.
			if full := Check(&c.Profile, line, Options{Index: idx}); i == 0 && full.String() != one.String() ||
				full.OK != one.OK || !slices.Equal(rulesOf(full), rulesOf(one)) {
				differs = true
				if !blind {
					t.Errorf("%s %s: verdict with the whole profile's index differs on %q:\n  %s\n  %s", path, c.ID, line, one, full)
				}
				break
			}
		}
		if differs {
			varied++
			continue
		}
		reruns := runs - 1
		if n%lowerEvery != (lowerAt+1)%lowerEvery {
			reruns = 0 // under the race detector, another quarter of the cases runs again
		}
		for range reruns {
			if again := Check(&c.Profile, c.Personalization, Options{}).String(); again != first {
				varied++
				if !blind {
					t.Errorf("%s %s: verdict varies between runs:\n  %s\n  %s", path, c.ID, first, again)
				}
				break
			}
		}
	}
	if blind && varied > 0 {
		t.Errorf("%s: %d verdicts vary between runs or between indexes", path, varied)
	}
}

// rulesOf lists the rules a verdict says the line breaks.
func rulesOf(v Verdict) []Rule {
	var out []Rule
	for _, f := range v.Failures {
		out = append(out, f.Rule)
	}
	return out
}

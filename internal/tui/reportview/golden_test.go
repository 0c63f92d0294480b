package reportview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGolden keeps the screen, with its help bar under it, at 80x24 and
// 120x40 in the states the issue names. Run with -update after a change
// that is meant to show.
func TestGolden(t *testing.T) {
	cases := []struct {
		name string
		log  func() *fakeLog
		do   func(*harness)
	}{
		{"loading", mixedLog, nil},
		{"table", mixedLog, func(*harness) {}},
		{"sorted_by_rate", mixedLog, func(hs *harness) { hs.keys("ss") }},
		{"recruiters", mixedLog, func(hs *harness) { hs.keys("bb") }},
		{"chart", mixedLog, func(hs *harness) { hs.send(tab) }},
		{"chart_small_high", skewedLog, func(hs *harness) { hs.send(tab) }},
		{"drill", mixedLog, func(hs *harness) { hs.send(down, enter) }},
		{"drill_lines", mixedLog, func(hs *harness) { hs.send(down, enter, tab) }},
		{"empty", newFakeLog, func(*harness) {}},
		{"followed_up", followedUpLog, func(*harness) {}},
	}
	for _, tc := range cases {
		for _, sz := range [][2]int{{80, 24}, {120, 40}} {
			t.Run(fmt.Sprintf("%s_%dx%d", tc.name, sz[0], sz[1]), func(t *testing.T) {
				var hs *harness
				if tc.do == nil {
					// The first frame, before the report's command runs.
					hs = openHarness(t, tc.log(), sz[0], sz[1]-1)
					hs.m.Init()
				} else {
					hs = newHarness(t, tc.log(), sz[0], sz[1]-1)
					tc.do(hs)
				}
				out := hs.screen()
				lines := strings.Split(out, "\n")
				if len(lines) != sz[1] {
					t.Errorf("%d lines, want %d", len(lines), sz[1])
				}
				for i, l := range lines {
					if w := ansi.StringWidth(l); w > sz[0] {
						t.Errorf("line %d is %d cells wide", i+1, w)
					}
				}
				golden.RequireEqual(t, out)
			})
		}
	}
}

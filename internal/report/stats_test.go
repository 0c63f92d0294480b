package report

import (
	"math"
	"testing"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestNormalCDF(t *testing.T) {
	// Standard normal table values.
	tests := []struct{ x, want float64 }{
		{0, 0.5},
		{1, 0.8413447460685429},
		{-1, 0.15865525393145707},
		{1.96, 0.9750021048517795},
		{Z95, 0.975},
		{-3, 0.0013498980316301035},
		{-8, 6.22096057427178e-16},
	}
	for _, tt := range tests {
		if got := NormalCDF(tt.x); !near(got, tt.want, 1e-12*math.Max(1, 1/tt.want)) {
			t.Errorf("NormalCDF(%v) = %.17g, want %.17g", tt.x, got, tt.want)
		}
	}
}

// TestWilson checks the score interval against the published values of
// Newcombe (1998), "Two-sided confidence intervals for the single
// proportion", Table I, method 3.
func TestWilson(t *testing.T) {
	tests := []struct {
		k, n      int
		low, high float64
	}{
		{81, 263, 0.2553, 0.3662},
		{15, 148, 0.0624, 0.1605},
		{0, 20, 0, 0.1611},
		{1, 29, 0.0061, 0.1718},
	}
	for _, tt := range tests {
		got := Wilson(tt.k, tt.n, Z95)
		if !near(got.Low, tt.low, 5e-5) || !near(got.High, tt.high, 5e-5) {
			t.Errorf("Wilson(%d, %d) = [%.4f, %.4f], want [%.4f, %.4f]", tt.k, tt.n, got.Low, got.High, tt.low, tt.high)
		}
	}
	if got := Wilson(0, 0, Z95); got != (Interval{0, 1}) {
		t.Errorf("Wilson(0, 0) = %v, want [0, 1]", got)
	}
	if got := Wilson(7, 7, Z95); got.High != 1 || got.Low <= 0.5 {
		t.Errorf("Wilson(7, 7) = %v, want high end 1", got)
	}
}

// TestDiffInterval checks Newcombe's method 10 against his published
// examples: "Interval estimation for the difference between independent
// proportions", Statistics in Medicine 17 (1998), Table II.
func TestDiffInterval(t *testing.T) {
	tests := []struct {
		k1, n1, k2, n2 int
		low, high      float64
	}{
		{56, 70, 48, 80, 0.0524, 0.3339},
		{9, 10, 3, 10, 0.1705, 0.8090},
		{5, 56, 0, 29, -0.0381, 0.1926},
		{0, 10, 0, 20, -0.1611, 0.2775},
		{0, 10, 0, 10, -0.2775, 0.2775},
		{10, 10, 0, 20, 0.6791, 1.0000},
		{10, 10, 0, 10, 0.6075, 1.0000},
	}
	for _, tt := range tests {
		got := DiffInterval(tt.k1, tt.n1, tt.k2, tt.n2, Z95)
		if !near(got.Low, tt.low, 5e-5) || !near(got.High, tt.high, 5e-5) {
			t.Errorf("DiffInterval(%d/%d − %d/%d) = [%.4f, %.4f], want [%.4f, %.4f]",
				tt.k1, tt.n1, tt.k2, tt.n2, got.Low, got.High, tt.low, tt.high)
		}
	}
}

func TestTwoProportion(t *testing.T) {
	// 140/200 against 255/340: pooled p = 0.7315, SE = 0.039494,
	// z = −1.266015 (a published worked example); the two-sided normal
	// p-value is 2Φ(−1.266015) = 0.20551.
	got := TwoProportion(140, 200, 255, 340)
	if !near(got.Z, -1.266015, 5e-7) || !near(got.P, 0.205508, 5e-6) {
		t.Errorf("TwoProportion(140/200, 255/340) = %+v, want z −1.266015, p 0.205508", got)
	}
	// Newcombe's example (a): z = 2.6502, χ² = z² = 7.0234, p = 0.00805.
	got = TwoProportion(56, 70, 48, 80)
	if !near(got.Z, 2.65017, 5e-5) || !near(got.Z*got.Z, 7.0234, 5e-4) || !near(got.P, 0.008045, 5e-6) {
		t.Errorf("TwoProportion(56/70, 48/80) = %+v, want z 2.6502, p 0.00805", got)
	}
	for _, c := range [][4]int{{0, 0, 1, 2}, {0, 10, 0, 20}, {10, 10, 5, 5}} {
		if got := TwoProportion(c[0], c[1], c[2], c[3]); got != (ZTest{Z: 0, P: 1}) {
			t.Errorf("TwoProportion%v = %+v, want z 0, p 1 (nothing to test)", c, got)
		}
	}
}

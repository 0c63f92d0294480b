package common

import "testing"

func TestInView(t *testing.T) {
	for _, tt := range []struct{ cursor, offset, n, h, want int }{
		{0, 0, 10, 4, 0},
		{3, 0, 10, 4, 0},
		{4, 0, 10, 4, 1},  // one row down
		{2, 5, 10, 4, 2},  // up to the cursor
		{9, 9, 10, 4, 6},  // no blank rows under the last
		{0, 3, 2, 4, 0},   // a list shorter than the screen
		{5, 1, 10, 0, 5},  // no room: the cursor's row
		{5, 5, 10, 20, 0}, // everything fits
	} {
		if got := InView(tt.cursor, tt.offset, tt.n, tt.h); got != tt.want {
			t.Errorf("InView(%d, %d, %d, %d) = %d, want %d", tt.cursor, tt.offset, tt.n, tt.h, got, tt.want)
		}
	}
}

package personalize

import (
	"fmt"
	"testing"
)

func TestZZ3(t *testing.T) {
	memo := memos.Get().(*wordMemo)
	for _, l := range []string{"across 410k hours", "across 410,000 hours", "at a locked 30fps and 35bps", "Year 7s gained", "Ph II supply", "40kg"} {
		for _, tk := range tokenizeWith(l, nil, memo) {
			fmt.Printf("%q key=%q num=%v | ", tk.lower, tk.key, tk.number)
		}
		fmt.Println()
	}
}

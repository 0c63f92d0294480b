package termsafe

import (
	"reflect"
	"testing"
)

func TestShowAll(t *testing.T) {
	type inner struct {
		Text string
		Tags []string
	}
	type outer struct {
		Name    string
		Inner   inner
		List    []inner
		Ptr     *inner
		Extra   map[string]any
		Words   map[string]string
		Count   int
		private string
	}
	v := outer{
		Name:    "Priya\x1b]52;c;AAAA\x07",
		Inner:   inner{Text: "a\rb", Tags: []string{"x\u009b1m"}},
		List:    []inner{{Text: "\x1b[31m"}},
		Ptr:     &inner{Text: "\a"},
		Extra:   map[string]any{"note": "n\x1b", "nested": []any{"m\x07", map[string]any{"k": "v\r"}}},
		Words:   map[string]string{"k\x1b": "v\x1b"},
		Count:   3,
		private: "\x1b",
	}
	ShowAll(&v)
	want := outer{
		Name:    "Priya␛]52;c;AAAA␇",
		Inner:   inner{Text: "a␍b", Tags: []string{"x\uFFFD1m"}},
		List:    []inner{{Text: "␛[31m"}},
		Ptr:     &inner{Text: "␇"},
		Extra:   map[string]any{"note": "n␛", "nested": []any{"m␇", map[string]any{"k": "v␍"}}},
		Words:   map[string]string{"k␛": "v␛"},
		Count:   3,
		private: "\x1b",
	}
	if !reflect.DeepEqual(v, want) {
		t.Errorf("ShowAll =\n%#v\nwant\n%#v", v, want)
	}
	ShowAll(v) // not a pointer: nothing happens, and no panic
}

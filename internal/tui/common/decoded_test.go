package common

import (
	"slices"
	"testing"
)

func TestDecoded(t *testing.T) {
	type msg struct {
		id   uint64
		text string
	}
	d := NewDecoded[msg](4, 3)
	row := func(i int) uint64 { return uint64(i + 1) }
	idOf := func(m msg) uint64 { return m.id }

	// Rows 10 and 11 of 20 on screen: two rows above, four below.
	if got, want := d.Ask(10, 2, 20, row), []uint64{9, 10, 11, 12, 13, 14, 15, 16}; !slices.Equal(got, want) {
		t.Fatalf("Ask = %v, want %v", got, want)
	}
	if got := d.Ask(10, 2, 20, row); got != nil {
		t.Errorf("asked again for pending messages: %v", got)
	}
	// 12 could not be read: it stays pending, never asked for again.
	d.Add([]msg{{9, "a"}, {10, "b"}, {11, "c"}}, idOf)
	if m, ok := d.Get(10); !ok || m.text != "b" {
		t.Errorf("Get(10) = %v, %v", m, ok)
	}
	if got, want := d.Ask(8, 4, 20, row), []uint64{7, 8}; !slices.Equal(got, want) {
		t.Errorf("Ask after Add = %v, want %v", got, want)
	}
	// Past max, the cache starts over before it adds.
	d.Add([]msg{{13, "d"}}, idOf)
	d.Add([]msg{{14, "e"}}, idOf)
	if _, ok := d.Get(9); ok {
		t.Error("kept more than max")
	}
	if _, ok := d.Get(14); !ok {
		t.Error("lost what was just added")
	}
	d.Reset()
	if got, want := d.Ask(0, 1, 2, row), []uint64{1, 2}; !slices.Equal(got, want) {
		t.Errorf("after Reset: Ask = %v, want %v", got, want)
	}
}

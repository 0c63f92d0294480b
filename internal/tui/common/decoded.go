package common

// Decoded keeps the messages of a long list decoded for the rows on
// screen (the tracker's table, a report's drill-down), by message id. A
// log can hold a million messages, so a list holds ids and only the rows
// around the screen are decoded, in a command; Decoded says which to ask
// for and keeps what comes back.
//
// A message asked for stays pending until it arrives; one that could not
// be read stays pending for good, so it is not asked for again and again.
type Decoded[T any] struct {
	window, max int
	got         map[uint64]T
	pending     map[uint64]bool
}

// NewDecoded returns an empty cache that asks for window rows around the
// ones on screen and starts over once it holds more than max messages.
func NewDecoded[T any](window, max int) *Decoded[T] {
	d := &Decoded[T]{window: window, max: max}
	d.Reset()
	return d
}

// Reset forgets every message, decoded or asked for (the log may have
// changed).
func (d *Decoded[T]) Reset() {
	d.got, d.pending = map[uint64]T{}, map[uint64]bool{}
}

// Get returns message id when it is decoded.
func (d *Decoded[T]) Get(id uint64) (T, bool) {
	v, ok := d.got[id]
	return v, ok
}

// Set keeps v as message id (read afresh after a change).
func (d *Decoded[T]) Set(id uint64, v T) { d.got[id] = v }

// Add keeps decoded messages, id giving each one's id. Past max, the
// cache starts over first, keeping what is on screen now.
func (d *Decoded[T]) Add(vals []T, id func(T) uint64) {
	if len(d.got) > d.max {
		d.got = map[uint64]T{}
	}
	for _, v := range vals {
		i := id(v)
		delete(d.pending, i)
		d.got[i] = v
	}
}

// Ask returns the ids to decode for a list of n rows showing shown rows
// from offset, row i having id(i): those around the screen (half a window
// above it, a window below, so that a page down or a taller terminal
// finds them ready) neither decoded nor asked for yet. They are pending
// from now on.
func (d *Decoded[T]) Ask(offset, shown, n int, id func(i int) uint64) []uint64 {
	from := max(0, offset-d.window/2)
	to := min(n, offset+max(shown, 1)+d.window)
	var ids []uint64
	for i := from; i < to; i++ {
		x := id(i)
		if _, ok := d.got[x]; !ok && !d.pending[x] {
			ids = append(ids, x)
			d.pending[x] = true
		}
	}
	return ids
}

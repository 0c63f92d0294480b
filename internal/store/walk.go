package store

import (
	"bytes"
	"fmt"
)

// walker reads every tree of a file with pageFile, for inmail doctor and
// salvage: it trusts no page, reads each page once, and goes on past a
// damaged one, noting what was wrong. It checks what bbolt's own check
// does (every page in use reached once, none both reached and free, none
// neither, known kinds, keys in order within a page and between a page
// and its parent) without bbolt's memory map, so a damaged page id cannot
// make it read past the file.
type walker struct {
	f *pageFile
	// seen marks the pages reached (overflow pages included).
	seen []bool
	// problems are the first maxProblems things found wrong; nproblems
	// counts them all.
	problems  []string
	nproblems int
}

// maxProblems is how many problems a walk keeps the words of.
const maxProblems = 20

func newWalker(f *pageFile) *walker {
	return &walker{f: f, seen: make([]bool, f.hwm)}
}

func (w *walker) problem(format string, args ...any) {
	w.nproblems++
	if len(w.problems) < maxProblems {
		w.problems = append(w.problems, fmt.Sprintf(format, args...))
	}
}

// leafFunc sees one entry of a leaf: a key and value, or, when bucket is
// set, a nested bucket's name and header.
type leafFunc func(k, v []byte, bucket bool)

// tree walks the tree at page id, whose keys must lie in [lo, hi) (nil:
// open), calling leaf for every entry of every page it can read. It
// returns the last key it saw.
func (w *walker) tree(id uint64, lo, hi []byte, depth int, leaf leafFunc) []byte {
	if depth > maxCheckDepth {
		w.problem("page %d is deeper than any tree inmail writes (a loop of page references?)", id)
		return lo
	}
	if id < w.f.hwm && w.seen[id] {
		w.problem("page %d is referenced twice", id)
		return lo
	}
	p, err := w.f.read(id)
	if err != nil {
		w.problem("%v", err)
		return lo
	}
	for i := id; i < id+uint64(len(p.buf)/w.f.pageSize); i++ {
		if w.seen[i] {
			w.problem("page %d is referenced twice", i)
		}
		w.seen[i] = true
	}
	if err := p.check(); err != nil {
		w.problem("%v", err)
		return lo
	}
	return w.node(p, lo, hi, depth, leaf)
}

// node walks below a node already read and checked.
func (w *walker) node(p page, lo, hi []byte, depth int, leaf leafFunc) []byte {
	last := lo
	for i := range p.count {
		k, v, _ := p.entry(i)
		if lo != nil && bytes.Compare(k, lo) < 0 || hi != nil && bytes.Compare(k, hi) >= 0 {
			w.problem("page %d: a key lies outside the range its parent gives it", p.id)
		}
		if p.flags == pageBranch {
			next := hi
			if i+1 < p.count {
				next, _, _ = p.entry(i + 1)
			}
			last = w.tree(p.child(i), k, next, depth+1, leaf)
			continue
		}
		leaf(k, v, p.isBucket(i))
		last = k
	}
	return last
}

// bucket walks a nested bucket from its header v (its root page, or its
// page inline).
func (w *walker) bucket(name, v []byte, depth int, leaf leafFunc) {
	root, inline, err := bucketRoot(v)
	switch {
	case err != nil:
		w.problem("bucket %q: %v", name, err)
	case root == 0:
		w.node(inline, nil, nil, depth+1, leaf)
	default:
		w.tree(root, nil, nil, depth+1, leaf)
	}
}

// unreached reports the pages below the high-water mark that no tree
// reaches and the free list does not hold (bbolt's "unreachable unfreed").
func (w *walker) unreached() {
	n, first := 0, uint64(0)
	for id := uint64(2); id < w.f.hwm; id++ {
		if !w.seen[id] && !w.f.free[id] {
			if n == 0 {
				first = id
			}
			n++
		}
	}
	if n > 0 {
		w.problem("%d pages are neither in use nor free (the first is page %d)", n, first)
	}
}

package store

import (
	"fmt"
	"os"
)

// The check at open. A file that is already damaged must not be written
// to: bbolt reads a page as it finds it, so a write through a damaged page
// can panic halfway, write the damage back into a new page, or take a page
// still in use from a damaged free list and overwrite it. bbolt's own
// check (inmail doctor) reads every page, seconds on a large log. This one
// reads every page of a file up to wholeCheckSize (16 MiB, about 7,000
// messages) the same way, and of a larger file what the next write relies
// on, a few dozen pages whatever its size:
//
//   - the meta page bbolt will use (checkHeader: magic, version, checksum,
//     a file as long as its pages);
//   - the free list, whole: every id below the high-water mark, in order,
//     once, not its own page;
//   - the tree of buckets, whole, and for every bucket its root page and
//     the path to its last leaf, where sends, facts and events are
//     appended: each page's id, kind and entries within the page, its keys
//     in order, its children below the high-water mark and not free; and
//     every nested bucket met on the way the same.
//
// On a large file it cannot catch damage in any other page: the leaves and branches of
// keyed buckets away from their ends (the reuse index, the candidate
// index, candidates, drafts) and of old messages and events, whose next
// write may land anywhere; a page both in use and free when neither page
// is on a checked path; a page no tree reaches (bbolt's "unreachable
// unfreed"), which wastes space but harms no write; and anything inside a
// record's bytes (a message's JSON), which no structural check sees and
// readers skip and count. inmail doctor finds all of these but the last,
// and decodes every record for that.

// maxCheckDepth bounds how deep the check follows a tree: a cycle of
// damaged page ids must not loop.
const maxCheckDepth = 24

// quickCheck runs the check at open on the file at path. The caller holds
// the file's lock, so no writer moves pages meanwhile.
func quickCheck(path string) error {
	m, err := fileMeta(path)
	if err != nil {
		return err
	}
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("open database %s: %w", path, err)
	}
	defer f.Close()
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	if m.freelist != noFreelist {
		if err := pf.freelist(m.freelist); err != nil {
			return damaged(path, err.Error())
		}
	}
	if m.pgid*uint64(m.pageSize) <= wholeCheckSize {
		return wholeCheck(path, pf, m)
	}
	if err := pf.checkBuckets(m.root, 0, true); err != nil {
		return damaged(path, err.Error())
	}
	return nil
}

// wholeCheckSize is the largest file the check at open reads whole: every
// page, as inmail doctor does (about 7,000 messages, in about 10 ms from
// the page cache). Larger files get the write paths only. A variable so a
// test can check the write paths of a small file.
var wholeCheckSize uint64 = 16 << 20

// wholeCheck walks every page of a small file and refuses it for the
// first problem found.
func wholeCheck(path string, pf *pageFile, m boltMeta) error {
	w := newWalker(pf)
	w.seen[0], w.seen[1] = true, true
	if m.freelist != noFreelist {
		p, err := pf.read(m.freelist)
		if err != nil {
			return damaged(path, err.Error())
		}
		for i := range uint64(len(p.buf) / pf.pageSize) {
			w.seen[m.freelist+i] = true
		}
	}
	var walk leafFunc
	walk = func(k, v []byte, bucket bool) {
		if bucket {
			w.bucket(k, v, 0, walk)
		}
	}
	w.tree(m.root, nil, nil, 0, walk)
	w.unreached()
	if w.nproblems > 0 {
		return damaged(path, w.problems[0])
	}
	return nil
}

// checkBuckets checks the tree at page id whose leaves hold buckets: the
// whole tree when whole (the root's tree of a handful of buckets), else
// the path to its last leaf; and each bucket found on the way.
func (f *pageFile) checkBuckets(id uint64, depth int, whole bool) error {
	if depth > maxCheckDepth {
		return fmt.Errorf("page %d is deeper than any tree inmail writes", id)
	}
	p, err := f.node(id)
	if err != nil {
		return err
	}
	return f.checkNode(p, depth, whole)
}

// checkNode checks below a node already read and checked.
func (f *pageFile) checkNode(p page, depth int, whole bool) error {
	if p.flags == pageBranch {
		if p.count == 0 {
			return fmt.Errorf("page %d is a branch with no children", p.id)
		}
		for i := range p.count {
			c := p.child(i)
			if c < 2 || c >= f.hwm || f.free[c] {
				return fmt.Errorf("page %d points to page %d, which is not in use", p.id, c)
			}
		}
		if whole {
			for i := range p.count {
				if err := f.checkBuckets(p.child(i), depth+1, true); err != nil {
					return err
				}
			}
			return nil
		}
		return f.checkBuckets(p.child(p.count-1), depth+1, false)
	}
	for i := range p.count {
		if !p.isBucket(i) {
			continue
		}
		k, v, _ := p.entry(i)
		root, inline, err := bucketRoot(v)
		if err != nil {
			return fmt.Errorf("bucket %q: %v", k, err)
		}
		if root == 0 {
			err = f.checkNode(inline, depth+1, true)
		} else {
			err = f.checkBuckets(root, depth+1, false)
		}
		if err != nil {
			return fmt.Errorf("bucket %q: %v", k, err)
		}
	}
	return nil
}

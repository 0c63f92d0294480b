package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"io"
)

// A reader of bbolt's pages by hand (go.etcd.io/bbolt's file format,
// version 2), for checks that must not trust the pages they read: bbolt
// itself reads a page as it finds it, and a damaged one can make it panic,
// or worse, write a damaged tree back or hand out a page still in use.
//
// A page starts with a 16-byte header: id (8 bytes), flags (2), count (2),
// overflow (4), then count elements of 16 bytes. A branch element is pos
// (4), ksize (4), child page id (8); a leaf element is flags (4), pos (4),
// ksize (4), vsize (4). pos counts from the element's own start. A leaf
// element with flag 1 is a bucket: its value is the bucket's root page id
// (8) and sequence (8), followed, when the root is 0, by the bucket's
// whole page inline. A freelist page's elements are page ids of 8 bytes;
// a count of 0xFFFF means the real count is the first of them.

const (
	pageBranch   = 0x01
	pageLeaf     = 0x02
	pageFreelist = 0x10
	leafBucket   = 0x01
	elementSize  = 16
	noFreelist   = ^uint64(0)
	// maxOverflow bounds the pages read for one page: a value larger than
	// this many pages (64 MiB at 4 KiB) is not one inmail writes.
	maxOverflow = 1 << 14
)

// pageFile reads the pages of one bbolt file as of one meta page.
type pageFile struct {
	r        io.ReaderAt
	pageSize int
	// hwm is the meta's high-water mark: every page in use is below it.
	hwm uint64
	// free holds the ids on the freelist.
	free map[uint64]bool
}

// page is one page (with its overflow pages) as read from the file, or a
// bucket's page held inline in its parent's value.
type page struct {
	id    uint64
	flags uint16
	count int
	buf   []byte // the whole page, header included
}

// read reads page id and checks its header: its own id, a page below the
// high-water mark that is not free, of a known kind.
func (f *pageFile) read(id uint64) (page, error) {
	if id < 2 || id >= f.hwm {
		return page{}, fmt.Errorf("a reference to page %d, outside the file's %d pages", id, f.hwm)
	}
	if f.free[id] {
		return page{}, fmt.Errorf("page %d is in use and on the free list", id)
	}
	head := make([]byte, f.pageSize)
	if _, err := f.r.ReadAt(head, int64(id)*int64(f.pageSize)); err != nil {
		return page{}, fmt.Errorf("page %d cannot be read: %v", id, err)
	}
	le := binary.LittleEndian
	p := page{id: id, flags: le.Uint16(head[8:]), count: int(le.Uint16(head[10:])), buf: head}
	overflow := uint64(le.Uint32(head[12:]))
	switch {
	case le.Uint64(head) != id:
		return page{}, fmt.Errorf("page %d says it is page %d", id, le.Uint64(head))
	case overflow > maxOverflow || id+overflow >= f.hwm:
		return page{}, fmt.Errorf("page %d runs on for %d pages, past the end", id, overflow)
	}
	if overflow > 0 {
		p.buf = make([]byte, int(1+overflow)*f.pageSize)
		copy(p.buf, head)
		if _, err := f.r.ReadAt(p.buf[f.pageSize:], int64(id+1)*int64(f.pageSize)); err != nil {
			return page{}, fmt.Errorf("page %d cannot be read: %v", id, err)
		}
	}
	return p, nil
}

// node reads page id as a tree node (a branch or a leaf) and checks it.
func (f *pageFile) node(id uint64) (page, error) {
	p, err := f.read(id)
	if err != nil {
		return p, err
	}
	return p, p.check()
}

// check checks a tree node: its kind, and that every element, key and
// value lies within the page and the keys go up.
func (p page) check() error {
	if p.flags != pageBranch && p.flags != pageLeaf {
		return fmt.Errorf("page %d is of no known kind (flags %#x) where the tree needs a branch or a leaf", p.id, p.flags)
	}
	if 16+p.count*elementSize > len(p.buf) {
		return fmt.Errorf("page %d claims %d entries, more than fit", p.id, p.count)
	}
	var prev []byte
	for i := range p.count {
		k, v, ok := p.entry(i)
		if !ok {
			return fmt.Errorf("page %d: entry %d points outside the page", p.id, i)
		}
		if i > 0 && bytes.Compare(prev, k) >= 0 {
			return fmt.Errorf("page %d: its keys are out of order at entry %d", p.id, i)
		}
		if p.flags == pageLeaf && p.isBucket(i) && len(v) < 16 {
			return fmt.Errorf("page %d: entry %d is a bucket without a bucket header", p.id, i)
		}
		prev = k
	}
	return nil
}

// entry returns element i's key and (for a leaf) value; ok is false when
// they do not lie within the page.
func (p page) entry(i int) (k, v []byte, ok bool) {
	le := binary.LittleEndian
	at := 16 + i*elementSize
	e := p.buf[at : at+elementSize]
	var pos, ksize, vsize uint64
	if p.flags == pageBranch {
		pos, ksize = uint64(le.Uint32(e[0:])), uint64(le.Uint32(e[4:]))
	} else {
		pos, ksize, vsize = uint64(le.Uint32(e[4:])), uint64(le.Uint32(e[8:])), uint64(le.Uint32(e[12:]))
	}
	start := uint64(at) + pos
	end := start + ksize + vsize
	if pos < elementSize || end > uint64(len(p.buf)) {
		return nil, nil, false
	}
	return p.buf[start : start+ksize], p.buf[start+ksize : end], true
}

// child is a branch element's page id.
func (p page) child(i int) uint64 {
	return binary.LittleEndian.Uint64(p.buf[16+i*elementSize+8:])
}

// isBucket reports whether leaf element i is a nested bucket.
func (p page) isBucket(i int) bool {
	return binary.LittleEndian.Uint32(p.buf[16+i*elementSize:])&leafBucket != 0
}

// bucketRoot reads a bucket header: the root page id, or, for an inline
// bucket (root 0), the page held in the value.
func bucketRoot(v []byte) (root uint64, inline page, err error) {
	root = binary.LittleEndian.Uint64(v)
	if root != 0 {
		return root, page{}, nil
	}
	b := v[16:]
	if len(b) < 16 {
		return 0, page{}, fmt.Errorf("an inline bucket too short to hold a page")
	}
	le := binary.LittleEndian
	inline = page{flags: le.Uint16(b[8:]), count: int(le.Uint16(b[10:])), buf: b}
	if inline.flags != pageLeaf {
		return 0, page{}, fmt.Errorf("an inline bucket that is not a leaf (flags %#x)", inline.flags)
	}
	return 0, inline, inline.check()
}

// freelist reads the free list at page id into f.free, checking that
// every id is below the high-water mark, not one of the meta pages, and
// listed once, in order (bbolt writes it sorted).
func (f *pageFile) freelist(id uint64) error {
	p, err := f.read(id)
	if err != nil {
		return err
	}
	if p.flags != pageFreelist {
		return fmt.Errorf("the free list's page %d is not a free list (flags %#x)", id, p.flags)
	}
	le := binary.LittleEndian
	first, n := 0, p.count
	if n == 0xFFFF {
		if len(p.buf) < 24 {
			return fmt.Errorf("the free list's page %d is cut short", id)
		}
		first, n = 1, int(min(le.Uint64(p.buf[16:]), uint64(len(p.buf))))
	}
	if 16+(first+n)*8 > len(p.buf) {
		return fmt.Errorf("the free list claims %d pages, more than its page holds", n)
	}
	overflow := uint64(le.Uint32(p.buf[12:]))
	f.free = make(map[uint64]bool, n)
	var prev uint64
	for i := range n {
		free := le.Uint64(p.buf[16+(first+i)*8:])
		switch {
		case free < 2 || free >= f.hwm:
			return fmt.Errorf("the free list holds page %d, outside the file's %d pages", free, f.hwm)
		case i > 0 && free <= prev:
			return fmt.Errorf("the free list is out of order or lists page %d twice", free)
		case free >= id && free <= id+overflow:
			return fmt.Errorf("the free list holds its own page %d", free)
		}
		f.free[free] = true
		prev = free
	}
	return nil
}

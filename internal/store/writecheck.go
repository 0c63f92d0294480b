package store

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"os"

	bolt "go.etcd.io/bbolt"

	"github.com/inmail/inmail/internal/outreach"
)

// keyPath is where a write goes: a bucket, by the names that lead to it
// from the top (dict, then recruiter), and a key in it.
type keyPath struct {
	buckets [][]byte
	key     []byte
}

// at is a keyPath.
func at(key []byte, buckets ...[]byte) keyPath { return keyPath{buckets: buckets, key: key} }

// checkWrite checks, inside a write transaction and before it writes, the
// pages its writes go through: for each path, every page from the root
// down to the leaf where the key belongs, as the check at open does for
// the ends of the trees (see quickCheck). A file small enough to have been
// read whole at open is not read again. A send on a large log reads about
// thirty pages.
func (db *DB) checkWrite(paths ...keyPath) error {
	m, err := fileMeta(db.path)
	if err != nil {
		return err
	}
	if m.pgid*uint64(m.pageSize) <= wholeCheckSize {
		return nil
	}
	f, err := os.Open(db.path)
	if err != nil {
		return fmt.Errorf("open database %s: %w", db.path, err)
	}
	defer f.Close()
	pf := &pageFile{r: f, pageSize: int(m.pageSize), hwm: m.pgid}
	if m.freelist != noFreelist {
		if err := pf.freelist(m.freelist); err != nil {
			return damaged(db.path, err.Error())
		}
	}
	for _, p := range paths {
		if err := pf.checkPath(m.root, p); err != nil {
			return damaged(db.path, err.Error())
		}
	}
	return nil
}

// checkPath checks the pages from the tree at root to p's leaf.
func (f *pageFile) checkPath(root uint64, p keyPath) error {
	var (
		node page
		err  error
	)
	if node, err = f.node(root); err != nil {
		return err
	}
	for _, name := range p.buckets {
		leaf, err := f.descend(node, name, 0)
		if err != nil {
			return err
		}
		v, ok := leaf.lookup(name)
		if !ok {
			return nil // a bucket made by this write
		}
		id, inline, err := bucketRoot(v)
		switch {
		case err != nil:
			return fmt.Errorf("bucket %q: %v", name, err)
		case id == 0:
			node = inline
		default:
			if node, err = f.node(id); err != nil {
				return fmt.Errorf("bucket %q: %v", name, err)
			}
		}
	}
	_, err = f.descend(node, p.key, 0)
	return err
}

// descend goes from a checked node to the leaf where key belongs,
// checking each page on the way, and returns that leaf.
func (f *pageFile) descend(n page, key []byte, depth int) (page, error) {
	for n.flags == pageBranch {
		if depth++; depth > maxCheckDepth {
			return n, fmt.Errorf("page %d is deeper than any tree inmail writes", n.id)
		}
		if n.count == 0 {
			return n, fmt.Errorf("page %d is a branch with no children", n.id)
		}
		// The last child whose first key is at most key (the first when
		// none is).
		i := 0
		for j := 1; j < n.count; j++ {
			k, _, _ := n.entry(j)
			if bytes.Compare(k, key) > 0 {
				break
			}
			i = j
		}
		c := n.child(i)
		if c < 2 || c >= f.hwm || f.free[c] {
			return n, fmt.Errorf("page %d points to page %d, which is not in use", n.id, c)
		}
		next, err := f.node(c)
		if err != nil {
			return n, err
		}
		n = next
	}
	return n, nil
}

// lookup returns the value of key in a leaf.
func (p page) lookup(key []byte) ([]byte, bool) {
	for i := range p.count {
		if k, v, _ := p.entry(i); bytes.Equal(k, key) {
			return v, true
		}
	}
	return nil, false
}

// sendPaths are where a Send of m as message id, with idempotency key,
// writes (tx is the send's, to look up the recruiter's code).
func sendPaths(tx *bolt.Tx, m outreach.Message, key string, id uint64) []keyPath {
	paths := []keyPath{
		at(u64(id), bucketMessages),
		at(chunkKey(id), bucketFacts),
		at(candidateKey(m.Candidate.ID, id), bucketByCandidate),
		at([]byte(m.Candidate.ID), bucketDrafts),
		at([]byte(m.Candidate.ID), bucketCandidates),
	}
	if line := outreach.NormalizeLine(m.Personalization); line != "" {
		paths = append(paths, at(lineKey(line, id), bucketLines))
	}
	// The candidate's recency index entry moves from where it is to the
	// top (about where the send time puts it).
	if v := tx.Bucket(bucketCandidates).Get([]byte(m.Candidate.ID)); v != nil {
		if c, err := decodeSummary(v); err == nil {
			paths = append(paths, at(recencyKeyOf(c), bucketRecency), at(recencyKey(m.SentAt, m.Candidate.ID), bucketRecency))
		}
	}
	if key != "" {
		paths = append(paths, at([]byte(key), bucketSendKeys))
	}
	for i, name := range [3]string{m.Recruiter, m.TemplateID, m.Seniority} {
		paths = append(paths, at([]byte(name), bucketDict, dictKinds[i]))
	}
	// The attention and recruiter indexes (a new recruiter's code comes
	// after every code issued so far).
	sent := m.SentAt.Unix()
	paths = append(paths, at(attentionKey(sectionOpen, sent, id), bucketAttention))
	recruiters := tx.Bucket(bucketDict).Bucket(dictKinds[0])
	code := uint32(recruiters.Sequence() + 1)
	if v := recruiters.Get([]byte(m.Recruiter)); len(v) == 4 {
		code = binary.BigEndian.Uint32(v)
	}
	paths = append(paths, at(recruiterKey(code, sent, id), bucketByRecruiter))
	// A follow-up rewrites the first message's records too.
	if first := m.FollowUpOf; first != 0 {
		paths = append(paths, at(u64(first), bucketMessages), at(chunkKey(first), bucketFacts))
		if tx.Bucket(bucketFollowUps) != nil {
			paths = append(paths, at(u64(first), bucketFollowUps))
		}
		if f, ok, err := getFact(tx.Bucket(bucketFacts), first); err == nil && ok {
			paths = append(paths, at(recruiterKey(f.Recruiter, f.SentAt, first), bucketByRecruiter),
				at(attentionKeyOf(f, settled(f)), bucketAttention))
		}
	}
	return paths
}

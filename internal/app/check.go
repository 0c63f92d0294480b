package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"

	gojson "github.com/goccy/go-json"
	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// Check: the personalization validator on one line, or on a stream of
// cases (inmail check --jsonl) checked on every core.

// CheckLimits are the limits a check puts on the line.
type CheckLimits struct {
	// MinWords is the fewest words the line may have (0: the validator's
	// default); MaxChars the most characters (0: no limit).
	MinWords, MaxChars int
}

// checkOptions are the validator's options for the limits and the session's
// word lists.
func (s *Session) checkOptions(lim CheckLimits) personalize.Options {
	return personalize.Options{MinWords: lim.MinWords, MaxChars: lim.MaxChars, Lists: s.Lists}
}

// CheckLine checks one personalization line against p with the session's
// word lists.
func (s *Session) CheckLine(p *profile.Profile, line string, lim CheckLimits) personalize.Verdict {
	return personalize.Check(p, line, s.checkOptions(lim))
}

// CheckedCases is how a stream of cases went.
type CheckedCases struct {
	// Bad is true when an input line could not be read as a case;
	// Rejected when a case's line was rejected.
	Bad, Rejected bool
}

// CheckCases checks every case in a JSON Lines stream (each line
// {"id", "profile", "personalization"}) and writes one verdict line per
// case to w, in input order (see appendVerdictLine and appendErrorLine).
// name is the stream as errors name it.
//
// Errors: bad input when r cannot be read; a write error as it came.
func (s *Session) CheckCases(r io.Reader, name string, w io.Writer, lim CheckLimits) (CheckedCases, error) {
	return checkJSONL(r, name, w, s.checkOptions(lim))
}

// checkInput is one line of a --jsonl file.
type checkInput struct {
	ID              json.RawMessage `json:"id"`
	Profile         json.RawMessage `json:"profile"`
	Personalization *string         `json:"personalization"`
}

// checkJob is one input line on its way through the workers; done closes
// when out is ready, so results are written in input order.
type checkJob struct {
	n    int
	line []byte
	out  []byte
	bad  bool
	ok   bool
	done chan struct{}
}

// checkJSONL streams verdicts for a JSON Lines stream, one output line per
// input line in order, checking on every core.
func checkJSONL(r io.Reader, name string, out io.Writer, opts personalize.Options) (CheckedCases, error) {
	w := bufio.NewWriterSize(out, 64<<10)
	cache := newIndexCache()

	workers := runtime.GOMAXPROCS(0)
	jobs := make(chan *checkJob, 4*workers)
	order := make(chan *checkJob, 64*workers)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				checkJSONLine(j, cache, opts)
				close(j.done)
			}
		}()
	}
	readErr := make(chan error, 1)
	go func() {
		defer close(order)
		defer close(jobs)
		br := bufio.NewReaderSize(r, 256<<10)
		for n := 1; ; n++ {
			line, err := readLine(br)
			if len(bytes.TrimSpace(line)) > 0 {
				j := &checkJob{n: n, line: line, done: make(chan struct{})}
				order <- j
				jobs <- j
			}
			if err == io.EOF {
				readErr <- nil
				return
			}
			if err != nil {
				readErr <- err
				return
			}
		}
	}()
	var anyBad, anyRejected bool
	var writeErr error
	for j := range order {
		<-j.done
		anyBad = anyBad || j.bad
		anyRejected = anyRejected || !j.ok && !j.bad
		if writeErr == nil {
			_, writeErr = w.Write(j.out)
		}
	}
	wg.Wait()
	if err := <-readErr; err != nil {
		return CheckedCases{}, BadInput(fmt.Errorf("read %s: %w", name, err))
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if writeErr != nil {
		return CheckedCases{}, fmt.Errorf("write verdicts: %w", writeErr)
	}
	return CheckedCases{Bad: anyBad, Rejected: anyRejected}, nil
}

// readLine is bufio.Reader.ReadBytes('\n'): the line, copied once.
func readLine(br *bufio.Reader) ([]byte, error) {
	line, err := br.ReadSlice('\n')
	buf := append([]byte(nil), line...)
	for err == bufio.ErrBufferFull {
		line, err = br.ReadSlice('\n')
		buf = append(buf, line...)
	}
	return buf, err
}

// decodeCase reads an input line; the raw id is returned as text, the
// raw profile as the bytes the decoder copied it into.
func decodeCase(line []byte) (id string, prof json.RawMessage, text *string, err error) {
	var in checkInput
	// goccy/go-json first, as it is quicker; encoding/json for a line it
	// refuses, so the error says what encoding/json says.
	if gojson.Unmarshal(line, &in) != nil {
		in = checkInput{}
		if err := json.Unmarshal(line, &in); err != nil {
			return "", nil, nil, err
		}
	}
	return string(in.ID), in.Profile, in.Personalization, nil
}

// checkJSONLine decodes, checks and encodes one input line.
func checkJSONLine(j *checkJob, cache *indexCache, opts personalize.Options) {
	var id string
	fail := func(msg string) {
		j.bad = true
		j.out = appendErrorLine(nil, id, fmt.Sprintf("line %d: %s", j.n, msg))
	}
	id, prof, text, err := decodeCase(j.line)
	if err != nil {
		id = string(salvageID(j.line))
		fail(jsonProblem(err))
		return
	}
	switch {
	case len(prof) == 0 || string(prof) == "null":
		fail(`no "profile" object`)
		return
	case text == nil:
		fail(`no "personalization" string`)
		return
	}
	p, idx, err := cache.get(prof)
	if err != nil {
		fail("profile: " + jsonProblem(err))
		return
	}
	o := opts
	o.Index = idx
	v := personalize.Check(p, *text, o)
	j.ok = v.OK
	j.out = appendVerdictLine(make([]byte, 0, 256), id, &v)
}

// salvageID finds the "id" of a line whose JSON is broken further on, so
// the error line can still say which case it was.
func salvageID(line []byte) json.RawMessage {
	dec := json.NewDecoder(bytes.NewReader(line))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return nil
	}
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return nil
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
			continue
		case json.Delim('}'), json.Delim(']'):
			depth--
			continue
		}
		if k, ok := t.(string); ok && depth == 1 && k == "id" {
			v, err := dec.Token()
			if err != nil {
				return nil
			}
			if b, err := json.Marshal(v); err == nil {
				return b
			}
			return nil
		}
		if depth == 1 {
			// Skip the value of another key.
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil
			}
		}
	}
	return nil
}

// jsonProblem says what is wrong with a JSON value in one phrase.
func jsonProblem(err error) string {
	var syn *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syn):
		return fmt.Sprintf("malformed JSON at byte %d: %v", syn.Offset, syn)
	case errors.As(err, &typ):
		if typ.Field != "" {
			return fmt.Sprintf("field %s: got a JSON %s, want %s", typ.Field, typ.Value, typ.Type)
		}
		return fmt.Sprintf("got a JSON %s, want an object", typ.Value)
	}
	return err.Error()
}

// indexCache keeps prepared profiles by their JSON text: a file of cases
// usually checks many lines against each profile.
type indexCache struct {
	mu sync.Mutex
	m  map[string]cachedIndex
}

type cachedIndex struct {
	p    *profile.Profile
	idx  *personalize.Index // built the second time the profile comes up
	seen int
}

const indexCacheMax = 4096

func newIndexCache() *indexCache {
	return &indexCache{m: map[string]cachedIndex{}}
}

// get returns the decoded profile and, from its second use on, its
// prepared index; a nil index lets Check prepare only what one line needs.
// raw is read, not kept: the cache keeps a copy as its key.
func (c *indexCache) get(raw []byte) (*profile.Profile, *personalize.Index, error) {
	c.mu.Lock()
	e, ok := c.m[string(raw)]
	c.mu.Unlock()
	if ok && e.idx != nil {
		return e.p, e.idx, nil
	}
	if !ok {
		// raw is valid JSON (a json.RawMessage of the line): decode it
		// with the profile's own decoder, without encoding/json checking
		// and skipping it twice more on the way.
		var p profile.Profile
		if err := p.UnmarshalJSON(raw); err != nil {
			return nil, nil, err
		}
		e = cachedIndex{p: &p}
	} else {
		e.idx = personalize.NewIndex(e.p)
	}
	e.seen++
	c.mu.Lock()
	if len(c.m) >= indexCacheMax {
		clear(c.m)
	}
	c.m[string(raw)] = e
	c.mu.Unlock()
	return e.p, e.idx, nil
}

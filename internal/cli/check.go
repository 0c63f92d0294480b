package cli

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// newCheckCmd is `inmail check`: the personalization validator on one line
// or on a JSON Lines file of cases.
func newCheckCmd(a *App) *cobra.Command {
	var (
		profilePath, jsonlPath string
		minWords, maxChars     int
	)
	cmd := &cobra.Command{
		Use:   `check (--profile FILE ["LINE"] | --jsonl FILE)`,
		Short: "Check that a personalization line references the candidate's profile",
		Long: `Check a personalization line against a candidate's profile with the rules every
send must pass: long enough, no leftover placeholder, a specific reference to
the profile (not only name, title, company or location), nothing that is not
on the profile, not a stock phrase.

With --profile, the profile is a JSON, YAML or CSV file (one candidate) or a
text file pasted from their LinkedIn page; the line is the argument, or
standard input when there is none. The verdict is printed in words.

With --jsonl, each input line is {"id": ..., "profile": {...},
"personalization": "..."} and each output line, in the same order, is
{"id", "ok", "reasons": [{"rule", "message"}], "references": [{"field",
"text"}]}, or {"id", "error"} for an input line that cannot be read.

Stock phrases and common profile words can be extended with stock-phrases.txt
and common-words.txt in the config folder, one a line.

Exit status: 0 accepted (all accepted), 1 rejected (any rejected), 2 bad input
(any input line malformed).`,
		Example: `  inmail check --profile nadia.json "Leading the IFRS 9 audit for Penwick Bank is what our client needs."
  echo "Your fuzzing work at Copperline..." | inmail check --profile victor.yaml
  inmail check --profile paste.txt --min-words 10 "..."
  inmail check --jsonl cases.jsonl > verdicts.jsonl
  cat cases.jsonl | inmail check --jsonl -`,
		GroupID: "compose",
		RunE: func(cmd *cobra.Command, args []string) error {
			lists, err := personalize.LoadLists(a.ConfigDir)
			if err != nil {
				return badInput(err)
			}
			opts := personalize.Options{MinWords: minWords, MaxChars: maxChars, Lists: lists}
			switch {
			case profilePath != "" && jsonlPath != "":
				return badInput(errors.New("use either --profile or --jsonl, not both"))
			case jsonlPath != "":
				if len(args) > 0 {
					return badInput(errors.New("--jsonl reads its lines from the file; drop the line argument"))
				}
				return a.checkJSONL(cmd, jsonlPath, opts)
			case profilePath != "":
				if len(args) > 1 {
					return badInput(fmt.Errorf("got %d arguments; quote the line so it is one argument", len(args)))
				}
				return a.checkOne(cmd, profilePath, args, opts)
			}
			return badInput(errors.New(`say what to check: --profile FILE "line", or --jsonl FILE`))
		},
	}
	f := cmd.Flags()
	f.StringVar(&profilePath, "profile", "", "candidate profile `file` (.json, .yaml, .csv, or pasted text)")
	f.StringVar(&jsonlPath, "jsonl", "", "check every case in a JSON Lines `file` (- for standard input)")
	f.IntVar(&minWords, "min-words", personalize.DefaultMinWords, "minimum words in the line")
	f.IntVar(&maxChars, "max-chars", 0, "maximum characters in the line (0: no limit)")
	return cmd
}

// checkOne checks one line against the profile in path.
func (a *App) checkOne(cmd *cobra.Command, path string, args []string, opts personalize.Options) error {
	ps, err := profile.Load(path)
	if err != nil {
		return badInput(err)
	}
	if len(ps) != 1 {
		return badInput(fmt.Errorf("%s holds %d profiles; check takes one (use --jsonl for many)", path, len(ps)))
	}
	var line string
	if len(args) == 1 {
		line = args[0]
	} else {
		b, err := io.ReadAll(a.Stdin)
		if err != nil {
			return badInput(fmt.Errorf("read the line from standard input: %w", err))
		}
		line = strings.TrimSpace(string(b))
		if line == "" {
			return badInput(errors.New(`no line to check: pass it as an argument or on standard input`))
		}
	}
	v := personalize.Check(&ps[0], line, opts)
	out := cmd.OutOrStdout()
	if v.OK {
		fmt.Fprintln(out, "Accepted: the line references their profile:")
		for _, r := range v.References {
			fmt.Fprintf(out, "  %q (%s) in %q\n", line[r.LineStart:r.LineEnd], profile.Place(&ps[0], r.Field, r.FieldStart), r.Text)
		}
		return nil
	}
	fmt.Fprintln(out, "Rejected:")
	for _, f := range v.Failures {
		fmt.Fprintf(out, "  - %s\n", f.Message)
	}
	return refused()
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
	line string
	out  []byte
	bad  bool
	ok   bool
	done chan struct{}
}

// checkJSONL streams verdicts for a JSON Lines file, one output line per
// input line in order, checking on every core.
func (a *App) checkJSONL(cmd *cobra.Command, path string, opts personalize.Options) error {
	var r io.Reader = a.Stdin
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return badInput(fmt.Errorf("open cases: %w", err))
		}
		defer f.Close()
		r = f
	}
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 64<<10)
	cache := newIndexCache()
	// A batch allocates many short-lived profiles in a small heap; collecting
	// less often saves a fifth of the time for a few megabytes.
	defer debug.SetGCPercent(debug.SetGCPercent(400))

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
			if len(strings.TrimSpace(line)) > 0 {
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
		return badInput(fmt.Errorf("read %s: %w", path, err))
	}
	if writeErr == nil {
		writeErr = w.Flush()
	}
	if writeErr != nil {
		return fmt.Errorf("write verdicts: %w", writeErr)
	}
	switch {
	case anyBad:
		return &ExitError{Code: ExitBadInput}
	case anyRejected:
		return refused()
	}
	return nil
}

// readLine is bufio.Reader.ReadBytes('\n') as a string, copied once.
func readLine(br *bufio.Reader) (string, error) {
	line, err := br.ReadSlice('\n')
	if err != bufio.ErrBufferFull {
		return string(line), err
	}
	buf := append([]byte(nil), line...)
	for err == bufio.ErrBufferFull {
		line, err = br.ReadSlice('\n')
		buf = append(buf, line...)
	}
	return string(buf), err
}

// decodeCase reads an input line; the raw id and profile are returned as
// text.
func decodeCase(line string) (id, prof string, text *string, err error) {
	var in checkInput
	if err := json.Unmarshal([]byte(line), &in); err != nil {
		return "", "", nil, err
	}
	return string(in.ID), string(in.Profile), in.Personalization, nil
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
		id = string(salvageID([]byte(j.line)))
		fail(jsonProblem(err))
		return
	}
	switch {
	case len(prof) == 0 || prof == "null":
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

// The output lines are written by hand, byte for byte as json.Encoder with
// SetEscapeHTML(false) writes
//
//	{"id": raw, "ok": bool, "reasons": [{"rule", "message"}], "references": [{"field", "text"}]}
//	{"id": raw, "error": string}
//
// (a test compares the two); reflection took a twentieth of the time.

// cannotEncode is the line for an id that is not valid JSON, which a line
// read as JSON cannot have.
const cannotEncode = `{"id":null,"error":"cannot encode the verdict"}` + "\n"

// appendVerdictLine appends the output line of a verdict for the case with
// the raw JSON id ("" for none).
func appendVerdictLine(b []byte, id string, v *personalize.Verdict) []byte {
	b = append(b, `{"id":`...)
	b, ok := appendRawJSON(b, id)
	if !ok {
		return []byte(cannotEncode)
	}
	b = append(b, `,"ok":`...)
	b = strconv.AppendBool(b, v.OK)
	b = append(b, `,"reasons":[`...)
	for i, f := range v.Failures {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"rule":`...)
		b = appendJSONString(b, f.Rule.String())
		b = append(b, `,"message":`...)
		b = appendJSONString(b, f.Message)
		b = append(b, '}')
	}
	b = append(b, `],"references":[`...)
	for i, r := range v.References {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"field":`...)
		b = appendJSONString(b, r.Field)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, r.Text)
		b = append(b, '}')
	}
	return append(b, "]}\n"...)
}

// appendErrorLine appends the output line of a case that could not be
// checked.
func appendErrorLine(b []byte, id, msg string) []byte {
	b = append(b, `{"id":`...)
	b, ok := appendRawJSON(b, id)
	if !ok {
		return []byte(cannotEncode)
	}
	b = append(b, `,"error":`...)
	b = appendJSONString(b, msg)
	return append(b, "}\n"...)
}

// appendRawJSON appends a raw JSON value as json.RawMessage is encoded:
// compacted, or null when empty. It reports false for invalid JSON.
func appendRawJSON(b []byte, raw string) ([]byte, bool) {
	if raw == "" {
		return append(b, "null"...), true
	}
	if !strings.ContainsAny(raw, " \t\n\r") {
		if !json.Valid([]byte(raw)) {
			return b, false
		}
		return append(b, raw...), true
	}
	var buf bytes.Buffer
	if err := json.Compact(&buf, []byte(raw)); err != nil {
		return b, false
	}
	return append(b, buf.Bytes()...), true
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string as encoding/json writes it
// without HTML escaping: quotes, backslashes and control characters
// escaped, invalid UTF-8 as \ufffd, and U+2028 and U+2029 escaped.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if c := s[i]; c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
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
func (c *indexCache) get(raw string) (*profile.Profile, *personalize.Index, error) {
	c.mu.Lock()
	e, ok := c.m[raw]
	c.mu.Unlock()
	if ok && e.idx != nil {
		return e.p, e.idx, nil
	}
	if !ok {
		// raw is valid JSON (a json.RawMessage of the line): decode it
		// with the profile's own decoder, without encoding/json checking
		// and skipping it twice more on the way.
		var p profile.Profile
		if err := p.UnmarshalJSON([]byte(raw)); err != nil {
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
	c.m[raw] = e
	c.mu.Unlock()
	return e.p, e.idx, nil
}

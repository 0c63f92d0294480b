package app

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/inmail/inmail/internal/personalize"
	"github.com/inmail/inmail/internal/profile"
)

// The output lines as encoding/json writes them, to check the hand-written
// encoder against.
type (
	encReason struct {
		Rule    string `json:"rule"`
		Message string `json:"message"`
	}
	encRef struct {
		Field string `json:"field"`
		Text  string `json:"text"`
	}
	encOutput struct {
		ID         json.RawMessage `json:"id"`
		OK         bool            `json:"ok"`
		Reasons    []encReason     `json:"reasons"`
		References []encRef        `json:"references"`
	}
	encError struct {
		ID    json.RawMessage `json:"id"`
		Error string          `json:"error"`
	}
)

func encodeJSONLine(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte(cannotEncode)
	}
	return b.Bytes()
}

func rawID(id string) json.RawMessage {
	if id == "" {
		return json.RawMessage("null")
	}
	return json.RawMessage(id)
}

func checkEncoding(t *testing.T, id string, v personalize.Verdict) {
	t.Helper()
	out := encOutput{ID: rawID(id), OK: v.OK, Reasons: []encReason{}, References: []encRef{}}
	for _, f := range v.Failures {
		out.Reasons = append(out.Reasons, encReason{Rule: f.Rule.String(), Message: f.Message})
	}
	for _, r := range v.References {
		out.References = append(out.References, encRef{Field: r.Field, Text: r.Text})
	}
	if got, want := appendVerdictLine(nil, id, &v), encodeJSONLine(out); !bytes.Equal(got, want) {
		t.Errorf("verdict line:\n got %s\nwant %s", got, want)
	}
	for _, f := range v.Failures {
		if got, want := appendErrorLine(nil, id, f.Message), encodeJSONLine(encError{ID: rawID(id), Error: f.Message}); !bytes.Equal(got, want) {
			t.Errorf("error line:\n got %s\nwant %s", got, want)
		}
	}
}

var encodeStrings = []string{
	"", "plain", `quote " and \ backslash`, "<html> & 'amp'", "tab\tnew\nline\rcr\bbs\fff\x00nul\x1fus\x7fdel",
	"caf\u00e9 \u00b7 \u20ac \U0001F600", "bad \xff\xfe utf8 \xe2\x82", "line\u2028para\u2029sep", "\u2027\u202a",
}

func TestVerdictLineEncoding(t *testing.T) {
	ids := []string{"", "null", `"c1"`, "12", "-1.5e3", `"a b"`, `{"a": [1, 2]}`, "[ 1 ,\n2\t]", `"<&>"`, "\"\xff\"", "true", "{", `"x" y`}
	for _, id := range ids {
		for _, s := range encodeStrings {
			v := personalize.Verdict{OK: len(s)%2 == 0,
				Failures:   []personalize.Failure{{Rule: personalize.RuleSpecific, Message: s}, {Rule: personalize.RuleLength, Message: "x"}},
				References: []personalize.Reference{{Field: s, Text: s + s}}}
			checkEncoding(t, id, v)
			checkEncoding(t, id, personalize.Verdict{OK: true})
		}
	}
	for _, path := range []string{"../personalize/testdata/dev.jsonl", "../personalize/testdata/cases.jsonl"} {
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var c struct {
				ID              json.RawMessage
				Profile         profile.Profile
				Personalization string
			}
			if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
				t.Fatal(err)
			}
			checkEncoding(t, string(c.ID), personalize.Check(&c.Profile, c.Personalization, personalize.Options{}))
		}
		f.Close()
	}
}

func FuzzVerdictLineEncoding(f *testing.F) {
	for _, s := range encodeStrings {
		f.Add(`"id"`, s)
	}
	f.Fuzz(func(t *testing.T, id, s string) {
		checkEncoding(t, id, personalize.Verdict{Failures: []personalize.Failure{{Message: s}}, References: []personalize.Reference{{Field: s, Text: s}}})
	})
}

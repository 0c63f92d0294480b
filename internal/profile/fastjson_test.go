package profile

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"
)

// jsonInputs are profiles in their own shape and in others, valid and not.
var jsonInputs = []string{
	`{"id": "nadia", "name": "Nadia Haddad", "headline": "Audit Manager | Financial Services", "title": "Audit Manager", "company": "Carrow & Lyle LLP", "location": "London, UK", "seniority": "senior-associate", "skills": ["IFRS 9", "Bank audit"], "experience": [{"title": "Audit Manager", "company": "Carrow & Lyle LLP", "start": "2019", "end": "present", "description": "Led the IFRS 9 audit."}], "education": [{"school": "LSE", "degree": "BSc", "field": "Accounting", "year": 2015}], "projects": [], "publications": [{"title": "T", "publisher": "P", "year": 2020, "description": "D"}], "certifications": ["ACA"], "volunteering": ["Treasurer"], "honors": [], "about": "Chartered accountant."}`,
	`{"text": "Nadia Haddad\nAudit Manager\n\u00b7 London \"UK\" \\ \/ \b\f\r\t \u00e9\ud83d\ude00 \ud800 \udc00x \ud800\u0041"}`,
	"{\"name\": \"In\xe8s \xff\xfe\", \"about\": \"caf\u00e9 \u2028 \"}",
	"{\"name\": \"Inès · ok\"}",
	`{}`, ` { } `, "\n{\"name\":\"a\"}\r\n\t",
	`null`, `[]`, `"x"`, `12`, `{"name": "a"} x`, `{"name": "a",}`, `{"name" "a"}`, `{"name": "a"`, ``, ` `,
	`{"name": null, "skills": null, "experience": null, "education": [{"year": null}]}`,
	`{"name": 12}`, `{"skills": "a; b"}`, `{"skills": [1, "a"]}`, `{"skills": [null]}`, `{"skills": ["a", ]}`,
	`{"education": [{"school": "X", "year": "2016"}]}`, `{"education": [{"year": 2016.0}]}`, `{"education": [{"year": 2e3}]}`,
	`{"education": [{"year": -12}]}`, `{"education": [{"year": 99999999999999999999}]}`, `{"education": [{"year": 01}]}`,
	`{"experience": [{"title": "A", "school": "ignored", "name": 12, "year": true}]}`,
	`{"experience": [{"title": "A", "school": {"k": 1}}]}`, `{"experience": [{"title": "A", "school": {"name": 1}}]}`,
	`{"experience": [{"title": "A", "venue": "X"}]}`, `{"experience": [{"Title": "A"}]}`, `{"experience": ["A"]}`,
	`{"experience": [null]}`, `{"experience": {"title": "A"}}`, `{"experience": [{"title": "A", "title": "B"}]}`,
	`{"Name": "A"}`, `{"name": "A", "name": "B"}`, `{"na\u006de": "A"}`, `{"talks": ["X"]}`, `{"name": "A", "fleet": {"size": 240}}`,
	`{"certifications": [{"name": "CFA", "issuer": "CFA Institute"}]}`, `{"name": "a\u0000b"}`, "{\"name\": \"a\x01b\"}",
	`{"name": "\x"}`, `{"name": "\u12"}`, `{"name": "\u12G4"}`, `{"name": tru}`, `{"name": true}`, `{"x": [1, -0.5e+3, 0, true, false, null, {"a": []}]}`,
	`{"name": "a"}{}`, `{"name": -}`, `{"name": 1.}`, `{"name": .5}`, `{"skills": [[]]}`,
	`{"x": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}`,
}

func checkDecodeJSON(t *testing.T, in string) {
	t.Helper()
	var want, got Profile
	wantErr := json.Unmarshal([]byte(in), &want)
	gotErr := DecodeJSONString(in, &got)
	if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
		t.Fatalf("%q: got error %v, want %v", in, gotErr, wantErr)
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("%q:\n got %#v\nwant %#v", in, got, want)
	}
}

func TestDecodeJSONAsEncodingJSON(t *testing.T) {
	for _, in := range jsonInputs {
		checkDecodeJSON(t, in)
	}
	// Each kind of byte the string scanner stops at, at every place in
	// and around a block of eight.
	for _, special := range []string{`\"`, `\\`, `\n`, `\u00e9`, `\ud83d\ude00`, "é", "\xff", "\x01", `"`} {
		for n := range 20 {
			in := `{"name": "` + strings.Repeat("a", n) + special + strings.Repeat("b", 20-n) + `", "about": "x"}`
			checkDecodeJSON(t, in)
			checkRawFields(t, `{"id": "`+strings.Repeat("a", n)+special+`", "profile": {}}`)
		}
	}
}

func TestDecodeJSONFastPath(t *testing.T) {
	for _, in := range jsonInputs[:4] {
		var p Profile
		if !decodeFast(in, &p) {
			t.Errorf("%.40q: read by encoding/json, want the fast path", in)
		}
	}
	for _, in := range []string{`{"talks": ["X"]}`, `{"Name": "A"}`, `{"education": [{"year": "2016"}]}`} {
		var p Profile
		if decodeFast(in, &p) {
			t.Errorf("%q: read by the fast path, want encoding/json", in)
		}
	}
}

type rawCase struct {
	ID              json.RawMessage `json:"id"`
	Profile         json.RawMessage `json:"profile"`
	Personalization *string         `json:"personalization"`
}

func checkRawFields(t *testing.T, in string) {
	t.Helper()
	var want rawCase
	wantErr := json.Unmarshal([]byte(in), &want)
	vals := make([]string, 3)
	if !RawFields(in, []string{"id", "profile", "personalization"}, vals) {
		return // encoding/json decides
	}
	var got *string
	switch raw := vals[2]; {
	case raw == "" || raw == "null":
	default:
		s, ok := UnquoteJSON(raw)
		if !ok {
			return // not a string: encoding/json decides
		}
		got = &s
	}
	if wantErr != nil {
		t.Fatalf("%q: read without encoding/json, which says %v", in, wantErr)
	}
	if vals[0] != string(want.ID) || vals[1] != string(want.Profile) {
		t.Fatalf("%q: got %q %q, want %q %q", in, vals[0], vals[1], want.ID, want.Profile)
	}
	if (got == nil) != (want.Personalization == nil) || got != nil && *got != *want.Personalization {
		t.Fatalf("%q: personalization %v, want %v", in, got, want.Personalization)
	}
}

func TestRawFields(t *testing.T) {
	for _, in := range []string{
		`{"id": "c1", "profile": {"name": "A"}, "personalization": "Hi \u00e9", "expect": true}`,
		`{"id": 12, "profile": null, "personalization": null}`,
		`{"id": {"a": [1, 2]}, "profile": "x"}`,
		`{"ID": "c1"}`, `{"id": "a", "id": "b"}`, `{"personalization": 12}`, `{"x": 1} y`, `[]`, `{"id": "c1",}`,
	} {
		checkRawFields(t, in)
	}
	for _, in := range jsonInputs {
		checkRawFields(t, in)
	}
	vals := make([]string, 3)
	if !RawFields(` {"id": "c1", "profile": {"name": "A"} , "personalization": "Hi", "expect": true}`+"\n", []string{"id", "profile", "personalization"}, vals) ||
		vals[0] != `"c1"` || vals[1] != `{"name": "A"}` || vals[2] != `"Hi"` {
		t.Errorf("got %q", vals)
	}
}

func FuzzDecodeJSON(f *testing.F) {
	for _, in := range jsonInputs {
		f.Add(in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		checkDecodeJSON(t, in)
		checkRawFields(t, in)
	})
}

func TestSpecial8(t *testing.T) {
	isSpecial := func(c byte) bool { return c == '"' || c == '\\' || c < 0x20 || c >= 0x80 }
	check := func(s string) {
		want := false
		for i := 0; i < 8; i++ {
			want = want || isSpecial(s[i])
		}
		if got := special8(load8(s, 0)); got != want {
			t.Fatalf("special8(%q) = %v, want %v", s, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		for p := 0; p < 8; p++ {
			for _, fill := range []byte{'a', ' ', '~', '!', '#', '[', ']', 0x21, 0x7f} {
				b := []byte(strings.Repeat(string(fill), 8))
				b[p] = byte(c)
				check(string(b))
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, 8)
	for range 1 << 20 {
		for i := range b {
			b[i] = byte(r.IntN(256))
			if r.IntN(2) == 0 {
				b[i] = byte(0x20 + r.IntN(0x60))
			}
		}
		check(string(b))
	}
}

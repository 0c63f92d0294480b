package profile

import (
	"bytes"
	"encoding/json"
	"reflect"
	"testing"
)

// The quick decoder must read a profile as encoding/json does, or leave
// it to encoding/json.
func TestQuickDecoderAgreesWithEncodingJSON(t *testing.T) {
	for _, in := range []string{
		`{"name": "Ana Ruiz", "title": "Buyer", "experience": [{"title": "Buyer", "company": "Orbe", "start": "2021"}]}`,
		`{"Name": "Ana Ruiz", "TITLE": "Buyer"}`,
		`{"name": "Ana", "name": "Ana Ruiz"}`,
		`{"name": "Ana \u00e9\ud83d\ude00 Ruiz", "about": "line\nbreak \"quoted\""}`,
		"{\"name\": \"Ana \xff Ruiz\"}",
		`{"name": null, "skills": null, "education": [{"school": "UCL", "year": 2016}]}`,
		`{"name": "Ana", "education": [{"school": "UCL", "year": "2016"}]}`,
		`{"name": "Ana", "unknown_field": {"a": 1}}`,
		`{"name": "Ana", "skills": ["a", 1]}`,
		`{"name": "Ana", "education": [{"year": 2016.5}]}`,
	} {
		var quick Profile
		qerr := quick.UnmarshalJSON([]byte(in))
		var f profileFields
		dec := json.NewDecoder(bytes.NewReader([]byte(in)))
		dec.DisallowUnknownFields()
		var want Profile
		werr := dec.Decode(&f)
		if werr == nil {
			want = Profile(f)
		} else {
			var all map[string]any
			if err := json.Unmarshal([]byte(in), &all); err != nil {
				werr = err
			} else {
				want, werr = fromMap(all), nil
			}
		}
		if (qerr == nil) != (werr == nil) || !reflect.DeepEqual(quick, want) {
			t.Errorf("%s:\n quick %+v (%v)\n  want %+v (%v)", in, quick, qerr, want, werr)
		}
	}
}

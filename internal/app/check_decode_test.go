package app

import (
	"encoding/json"
	"testing"
)

// decodeCase reads a line as encoding/json does, whichever decoder it
// used.
func TestDecodeCaseAgreesWithEncodingJSON(t *testing.T) {
	for _, line := range []string{
		`{"id": "a-1", "profile": {"name": "Ana"}, "personalization": "Your tender portal at Orbe."}`,
		`{"ID": 7, "Profile": {"name": "Ana"}, "Personalization": "x"}`,
		`{"id": "a", "id": "b", "profile": {}, "personalization": "y"}`,
		"{\"id\": \"a\xff\", \"profile\": {\"name\": \"\xfe\"}, \"personalization\": \"z\xff\"}",
		`{"id": "a", "profile": null, "personalization": null}`,
		`{"id": "a", "profile": {"name": "Ana"}, "personalization": "\u00e9\ud83d\ude00 \"q\""}`,
		`{"id": "a", "profile": {"name": "Ana"}, "personalization": 5}`,
		`{"id": "a", "profile": {"name": "Ana"`,
	} {
		id, prof, text, err := decodeCase([]byte(line))
		var in checkInput
		werr := json.Unmarshal([]byte(line), &in)
		if (err == nil) != (werr == nil) {
			t.Errorf("%s: error %v, encoding/json %v", line, err, werr)
			continue
		}
		if err != nil {
			if err.Error() != werr.Error() {
				t.Errorf("%s: error %q, encoding/json %q", line, err, werr)
			}
			continue
		}
		if id != string(in.ID) || string(prof) != string(in.Profile) || (text == nil) != (in.Personalization == nil) || text != nil && *text != *in.Personalization {
			t.Errorf("%s: got %q %q %v, encoding/json %q %q %v", line, id, prof, text, in.ID, in.Profile, in.Personalization)
		}
	}
}

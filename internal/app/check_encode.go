package app

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/inmail/inmail/internal/personalize"
)

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

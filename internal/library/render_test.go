package library

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/templates"
)

func mustParse(t *testing.T, src string) *Template {
	t.Helper()
	tpl, probs := ParseTemplate("t.md", []byte(src))
	if len(probs) != 0 {
		t.Fatalf("template has problems: %v", probs)
	}
	return tpl
}

func TestRender(t *testing.T) {
	inmail := mustParse(t, "---\nname: N\ndescription: D\npersonalization: P\nchannel: inmail\nsubject: \"{{role}} at {{client}}, {{first_name}}\"\n---\n"+
		"Hi {{first_name}} {{last_name}} ({{full_name}}),\n\n{{personalization}}\n\n{{title}} at {{company}}. {{hook}}\n\n{{sender_name}}\n")
	note := mustParse(t, "---\nname: N\ndescription: D\npersonalization: P\nchannel: connection\n---\nHi {{first_name}}, {{personalization}} {{client}}\n")
	zoe := &profile.Profile{Name: "  Zoë   Ñúñez-Øberg ", Title: "Associate", Company: "Ærø & Søn LLP"}
	full := Fields{Role: "Litigation associate", Client: "Harlow & Finch", Hook: "Hybrid, 3 days. 🚀", SenderName: "Sam", Personalization: "  Your Ærø moot win stood out. 🏆  "}

	tests := []struct {
		name        string
		tpl         *Template
		p           *profile.Profile
		f           Fields
		subject     string
		body        string
		subjLen     int
		bodyLen     int
		missing     []string
		subjLimit   int
		bodyLimit   int
		overPhrases []string
	}{
		{
			name: "all values, multi-byte", tpl: inmail, p: zoe, f: full,
			subject: "Litigation associate at Harlow & Finch, Zoë",
			body:    "Hi Zoë Ñúñez-Øberg (Zoë Ñúñez-Øberg),\n\nYour Ærø moot win stood out. 🏆\n\nAssociate at Ærø & Søn LLP. Hybrid, 3 days. 🚀\n\nSam",
			subjLen: 43, bodyLen: 121, subjLimit: 200, bodyLimit: 1900,
		},
		{
			name: "signature appended to an InMail", tpl: inmail, p: zoe,
			f:       Fields{Role: "R", Client: "C", Hook: "H", SenderName: "Sam", Signature: " Sam Reyes · Lex Talent ", Personalization: "L"},
			subject: "R at C, Zoë",
			body:    "Hi Zoë Ñúñez-Øberg (Zoë Ñúñez-Øberg),\n\nL\n\nAssociate at Ærø & Søn LLP. H\n\nSam\n\nSam Reyes · Lex Talent",
			subjLen: 11, bodyLen: 100, subjLimit: 200, bodyLimit: 1900,
		},
		{
			name: "missing values stay visible", tpl: inmail, p: &profile.Profile{Name: "Cher"},
			f:       Fields{Role: "R", SenderName: "Sam"},
			subject: "R at {{client}}, Cher",
			body:    "Hi Cher {{last_name}} (Cher),\n\n{{personalization}}\n\n{{title}} at {{company}}. {{hook}}\n\nSam",
			subjLen: 21, bodyLen: 91, subjLimit: 200, bodyLimit: 1900,
			missing: []string{"client", "last_name", "personalization", "title", "company", "hook"},
		},
		{
			name: "nil profile", tpl: note, p: nil, f: Fields{Client: "C", Personalization: "L"},
			body: "Hi {{first_name}}, L C", bodyLen: 22, bodyLimit: 300, missing: []string{"first_name"},
		},
		{
			name: "connection note: signature not appended, over the limit", tpl: note, p: zoe,
			f:       Fields{Client: "C", Signature: "Sig", Personalization: strings.Repeat("é", 290)},
			body:    "Hi Zoë, " + strings.Repeat("é", 290) + " C",
			bodyLen: 300, bodyLimit: 300,
		},
		{
			name: "connection note one over", tpl: note, p: zoe,
			f:       Fields{Client: "C", Personalization: strings.Repeat("👍", 291)},
			body:    "Hi Zoë, " + strings.Repeat("👍", 291) + " C",
			bodyLen: 301, bodyLimit: 300, overPhrases: []string{"The connection note is 301 characters; LinkedIn allows 300. Cut 1."},
		},
		{
			name: "InMail over both limits", tpl: inmail, p: zoe,
			f: Fields{Role: strings.Repeat("ü", 200), Client: "C", Hook: "H", SenderName: "S",
				Personalization: strings.Repeat("x\n", 1000)},
			overPhrases: []string{"The subject is 210 characters; LinkedIn allows 200. Cut 10.",
				"The message is 2,072 characters; LinkedIn allows 1,900. Cut 172."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Render(tt.tpl, tt.p, tt.f)
			if tt.subject != "" && r.Subject != tt.subject {
				t.Errorf("subject = %q, want %q", r.Subject, tt.subject)
			}
			if tt.body != "" && r.Body != tt.body {
				t.Errorf("body = %q\nwant %q", r.Body, tt.body)
			}
			if tt.bodyLen != 0 && (r.BodyLen != tt.bodyLen || r.SubjectLen != tt.subjLen) {
				t.Errorf("lengths = %d/%d, want %d/%d", r.SubjectLen, r.BodyLen, tt.subjLen, tt.bodyLen)
			}
			if r.BodyLen != Count(r.Body) || r.SubjectLen != Count(r.Subject) {
				t.Errorf("lengths %d/%d do not match the text (%d/%d)", r.SubjectLen, r.BodyLen, Count(r.Subject), Count(r.Body))
			}
			if tt.bodyLimit != 0 && (r.SubjectLimit != tt.subjLimit || r.BodyLimit != tt.bodyLimit) {
				t.Errorf("limits = %d/%d, want %d/%d", r.SubjectLimit, r.BodyLimit, tt.subjLimit, tt.bodyLimit)
			}
			if !slices.Equal(r.Missing, tt.missing) {
				t.Errorf("missing = %q, want %q", r.Missing, tt.missing)
			}
			if got := r.Over(); !slices.Equal(got, tt.overPhrases) {
				t.Errorf("Over() = %q, want %q", got, tt.overPhrases)
			}
			if r.Fits() != (len(tt.overPhrases) == 0) {
				t.Errorf("Fits() = %v", r.Fits())
			}
		})
	}
}

// TestFrame checks that the composer's per-keystroke path agrees with Render.
func TestFrame(t *testing.T) {
	tpl := mustParse(t, "---\nname: N\ndescription: D\npersonalization: P\nchannel: inmail\nsubject: S\n---\nHi {{first_name}},\n\n{{personalization}}\n\nBye {{client}}\n")
	p := &profile.Profile{Name: "Zoë Ñúñez"}
	f := Fields{Client: "Ærø", Signature: "— Sam"}
	fr := Prepare(tpl, p, f)
	if fr.Before() != "Hi Zoë,\n\n" || fr.After() != "\n\nBye Ærø\n\n— Sam" {
		t.Errorf("Before/After = %q / %q", fr.Before(), fr.After())
	}
	if fr.Fixed() != Count(fr.Before())+Count(fr.After()) || fr.Room() != 1900-fr.Fixed() {
		t.Errorf("Fixed %d, Room %d", fr.Fixed(), fr.Room())
	}
	for _, line := range []string{"", "ça va 🙂", strings.Repeat("ß", 2000)} {
		f.Personalization = line
		if got, want := fr.Render(line), Render(tpl, p, f); !equalRendered(got, want) {
			t.Errorf("Frame.Render(%q) = %+v, want %+v", line, got, want)
		}
	}
}

func equalRendered(a, b Rendered) bool {
	return a.Subject == b.Subject && a.Body == b.Body && a.SubjectLen == b.SubjectLen && a.BodyLen == b.BodyLen &&
		a.SubjectLimit == b.SubjectLimit && a.BodyLimit == b.BodyLimit && slices.Equal(a.Missing, b.Missing)
}

// firmVoice matches the first person plural.
var firmVoice = regexp.MustCompile(`\b(we|we're|we've|we'll|our|ours|us)\b`)

// TestBuiltInLibrary checks the shipped templates against the product's
// rules: every level has at least two InMails and a connection note, each has a hint,
// and each stays short enough to land under 400 characters with a typical
// personalization line.
func TestBuiltInLibrary(t *testing.T) {
	lib, probs := Load(Layer{BuiltIn, templates.FS})
	if len(probs) != 0 {
		t.Fatalf("problems: %v", probs)
	}
	if len(lib.Levels) != 3 {
		t.Fatalf("levels = %+v", lib.Levels)
	}
	p := &profile.Profile{Name: "Priya Raman", Title: "Senior Associate", Company: "Harlow & Finch LLP"}
	f := Fields{Role: "corporate associate", Client: "a top-50 City firm", Hook: "Hybrid, with a real route to partnership.",
		SenderName: "Sam Reyes", Personalization: strings.Repeat("x", 110)}
	for _, lv := range []string{"associate", "senior-associate", "partner-track"} {
		var inmails, notes int
		tpls := lib.ForLevel(lv)
		if fu, ok := lib.FollowUpFor(lv); ok {
			tpls = append(tpls, fu)
		}
		for _, tpl := range tpls {
			if tpl.Channel == FollowUp {
				notes-- // counted below as a note; it is neither
			}
			if tpl.Channel == InMail {
				inmails++
			} else {
				notes++
			}
			if strings.Count(tpl.Body, "{{personalization}}") != 1 || tpl.Hint == "" || tpl.Source != BuiltIn {
				t.Errorf("%s: needs one {{personalization}}, a hint and the built-in source", tpl.ID)
			}
			r := Render(tpl, p, f)
			if len(r.Missing) != 0 || !r.Fits() {
				t.Errorf("%s: missing %v, over %v", tpl.ID, r.Missing, r.Over())
			}
			// One recruiter's voice: the same sign-off, "my client", never
			// "we" or "our".
			if !strings.HasSuffix(tpl.Body, "\n\nBest,\n{{sender_name}}") {
				t.Errorf("%s: does not end with the library's sign-off, Best, and the sender's name", tpl.ID)
			}
			if strings.Contains(tpl.Body, "{{client}}") && !strings.Contains(tpl.Body, "My client, {{client}},") {
				t.Errorf("%s: names the client other than as \"My client, {{client}},\"", tpl.ID)
			}
			if m := firmVoice.FindString(strings.ToLower(tpl.Subject + "\n" + tpl.Body)); m != "" {
				t.Errorf("%s: speaks as %q; the library speaks as one recruiter", tpl.ID, m)
			}
			if limit := 450; tpl.Channel.Signed() && r.BodyLen > limit {
				t.Errorf("%s: a typical render is %d characters; keep InMails near %d (LinkedIn: under 400 does best)", tpl.ID, r.BodyLen, ShortBody)
			}
		}
		if inmails < 2 || notes < 1 {
			t.Errorf("%s has %d InMails and %d connection notes, want at least 2 and 1", lv, inmails, notes)
		}
		if fu, ok := lib.FollowUpFor(lv); !ok || fu.Seniority != lv || fu.Subject != "" {
			t.Errorf("%s has no follow-up template of its own (FollowUpFor: %v)", lv, fu)
		}
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1900: "1,900", 1234567: "1,234,567", -1900: "-1,900"} {
		if got := thousands(n); got != want {
			t.Errorf("thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

func TestLengthGuide(t *testing.T) {
	for _, c := range []struct {
		ch   Channel
		n    int
		want string
	}{
		{InMail, 352, "352 chars, within 400"},
		{InMail, 400, "400 chars, within 400"},
		{InMail, 1460, "1,460 chars, 1,060 over 400"},
		{Connection, 210, "210 of 300 chars"},
		{FollowUp, 288, "288 chars, within 400"},
	} {
		if got := c.ch.LengthGuide(c.n); got != c.want {
			t.Errorf("%s %d: %q, want %q", c.ch, c.n, got, c.want)
		}
	}
}

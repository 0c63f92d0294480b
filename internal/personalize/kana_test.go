package personalize

import (
	"strings"
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestRomaji(t *testing.T) {
	for in, want := range map[string]string{
		"トヨタ": "toyota", "デンソー": "denso", "キャノン": "kyanon", "シャープ": "shapu", "ニッサン": "nissan",
		"フィリップス": "firippusu", "ホンダ": "honda", "トヨタ自動車": "",
	} {
		if got := romaji(in); got != want {
			t.Errorf("romaji(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestKatakanaNames(t *testing.T) {
	p := &profile.Profile{
		Name: "渡辺 健二", Title: "品質保証マネージャー", Company: "トヨタ自動車株式会社",
		Experience: []profile.Experience{
			{Title: "品質保証マネージャー", Company: "トヨタ自動車株式会社", Start: "2017", End: "present", Description: "サプライヤー監査を年間40件実施。"},
			{Title: "品質エンジニア", Company: "デンソー", Start: "2010", End: "2017", Description: "ECUの不具合解析を担当。"},
		},
	}
	for _, c := range []struct {
		line string
		ok   bool
	}{
		{"Moving from Denso to Toyota in quality assurance is a strong path.", true},
		{"Moving from Nissan to Toyota in quality assurance is a strong path.", false},
		// The current employer is a mail-merge field in any script.
		{"At Toyota you would suit this quality assurance role well.", false},
	} {
		if v := Check(p, c.line, Options{}); v.OK != c.ok {
			t.Errorf("%q: %v; want ok=%v", c.line, v, c.ok)
		}
	}
}

// A name in katakana in a line is the profile's name in Latin letters
// that sounds the same; a common word is no name.
func TestKatakanaForLatinNames(t *testing.T) {
	for latin, kana := range map[string]string{
		"decathlon": "デカトロン", "uniqlo": "ユニクロ", "starbucks": "スターバックス", "deloitte": "デロイト",
		"microsoft": "マイクロソフト", "mckinsey": "マッキンゼー", "accenture": "アクセンチュア", "google": "グーグル",
	} {
		if a, b := loanKey(latin), loanKey(romaji(kana)); a == "" || a != b {
			t.Errorf("%s is %q, %s is %q; want one key", latin, a, kana, b)
		}
	}
	p := &profile.Profile{
		Name: "Daniel Ortiz", Headline: "Head of Logistics APAC", Title: "Head of Logistics APAC", Company: "Decathlon",
		Experience: []profile.Experience{
			{Title: "Head of Logistics APAC", Company: "Decathlon", Start: "2019", End: "present", Description: "Project lead for next-day delivery in Japan and Korea."},
			{Title: "Supply Chain Manager", Company: "Uniqlo", Start: "2013", End: "2019", Description: "Designed the e-commerce delivery network for Japan."},
		},
	}
	wantVerdicts(t, p, []lineWant{
		{"ユニクロでEC配送網を設計されたご経験も大変興味深いです。", true},
		{"スターバックスでのご経験に大変興味を持ちました。", false},
		{"ユニクロでのご経験に大変興味を持ちました。", true},
		{"デカトロンでのご経験に大変興味を持ちました。", false}, // the current employer only
		{"プロジェクトのご経験に大変興味を持ちました。", false},
	})
}

// TestJapaneseTimeInPost: a number before 年目 or ヶ月 is a time in post,
// not a figure the profile must give.
func TestJapaneseTimeInPost(t *testing.T) {
	p := &profile.Profile{
		Name: "Lucas Almeida", Title: "Senior Producer", Company: "Driftwood Forge",
		Experience: []profile.Experience{{Title: "Senior Producer", Company: "Driftwood Forge", Start: "2019", End: "present",
			Description: "Produced Tidebreaker from vertical slice to launch; 4 million players in year one."}},
	}
	wantVerdicts(t, p, []lineWant{
		{"『Tidebreaker』を発売まで導き、1年目で400万人のプレイヤーを達成されたご実績に大変感銘を受けました。", true},
		{"『Tidebreaker』を発売まで導き、1年目で500万人のプレイヤーを達成されたご実績に大変感銘を受けました。", false},
	})
}

// TestUnitStuckToANumberInJapanese: "275kV" between Japanese words is the
// number 275 and its unit, as "275 kV" is.
func TestUnitStuckToANumberInJapanese(t *testing.T) {
	var got []string
	for _, tk := range tokenize("堺の275kVガス絶縁変電所", nil) {
		if !tk.cjk {
			got = append(got, tk.key)
		}
	}
	if strings.Join(got, " ") != "275 kv" {
		t.Errorf("tokens %q, want 275 and kv", got)
	}
	p := &profile.Profile{
		Name: "Haruto Ishikawa", Title: "Senior Electrical Engineer", Company: "Naniwa Power Engineering",
		Experience: []profile.Experience{{Title: "Senior Electrical Engineer", Company: "Naniwa Power Engineering", Start: "2016", End: "present",
			Description: "Lead designer for the 275 kV gas-insulated substation at Sakai (commissioned 2022)."}},
	}
	wantVerdicts(t, p, []lineWant{{"堺の275kVガス絶縁変電所で設計リーダーを務められたご経験に大変惹かれました。", true}})
}

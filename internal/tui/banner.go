package tui

import (
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/tui/common"
)

// banner is the message under the status bar: a failure, shown until the
// next key, or a notice ("Restored your draft…").
type banner struct {
	text  string
	isErr bool
}

// bannerLines is the most lines a banner takes; a longer one is cut.
const bannerLines = 3

// notice is a passing remark for the banner.
func notice(text string) banner { return banner{text: text} }

// failure is an error for the banner.
func failure(err error) banner { return banner{text: errorText(err), isErr: true} }

// lines draws the banner across width (none when it is empty).
func (b banner) lines(st common.Styles, width int) []string {
	return common.Banner(st, width, b.text, b.isErr, bannerLines)
}

// setBanner shows b, giving the screens the room it leaves.
func (m *Model) setBanner(b banner) {
	m.banner = b
	m.layout()
}

// clearBanner takes the banner away (a key was pressed).
func (m *Model) clearBanner() {
	if m.banner.text != "" {
		m.setBanner(banner{})
	}
}

// errorText is an error for the banner: the sentence of an
// *outreach.Error, else the error.
func errorText(err error) string {
	if s := outreach.ErrorMessage(err); s != "" && outreach.ErrorCode(err) != outreach.EINTERNAL {
		return s
	}
	return err.Error()
}

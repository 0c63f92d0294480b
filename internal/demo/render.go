package demo

import (
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/profile"
)

// A million library.Render calls would take most of the demo's time, so
// each template is rendered once with a marker in place of every value
// that changes from message to message, and split at the markers; a
// message is then its values joined with the fixed pieces. The result is
// the same text library.Render gives (render_test.go checks it).

// slot is a value that changes per message.
type slot uint8

const (
	slotFirst slot = iota
	slotLast
	slotCompany
	slotTitle
	slotRole
	slotClient
	slotHook
	slotSender
	slotLine
	slotCount
)

// marker is what stands for a slot while rendering once: characters no
// template or value contains.
const marker = '\x01'

func markerFor(s slot) string { return string([]byte{marker, 'a' + byte(s), marker}) }

// values are one message's slot values.
type values [slotCount]string

// compiled is a template split at its slots: text[0] slot[0] text[1] ...
type compiled struct {
	text  []string
	slots []slot
	size  int
}

// compiledTemplate is a template's subject and body, ready to fill.
type compiledTemplate struct {
	subject, body compiled
}

// compile renders t once with markers and splits the result.
func compile(t *library.Template, signatureSuffix string) compiledTemplate {
	p := profile.Profile{
		Name:    markerFor(slotFirst) + " " + markerFor(slotLast),
		Company: markerFor(slotCompany),
		Title:   markerFor(slotTitle),
	}
	f := library.Fields{
		Role:            markerFor(slotRole),
		Client:          markerFor(slotClient),
		Hook:            markerFor(slotHook),
		SenderName:      markerFor(slotSender),
		Signature:       markerFor(slotSender) + signatureSuffix,
		Personalization: markerFor(slotLine),
	}
	r := library.Render(t, &p, f)
	return compiledTemplate{subject: split(r.Subject), body: split(r.Body)}
}

// split cuts s at its markers. {{full_name}} comes out as the first and
// last name markers with a space between, which fills the same way.
func split(s string) compiled {
	var c compiled
	for {
		i := strings.IndexByte(s, marker)
		if i < 0 || i+2 >= len(s) || s[i+2] != marker {
			c.text = append(c.text, s)
			c.size += len(s)
			return c
		}
		c.text = append(c.text, s[:i])
		c.size += len(s[:i])
		c.slots = append(c.slots, slot(s[i+1]-'a'))
		s = s[i+3:]
	}
}

// fill joins c's pieces with v.
func (c compiled) fill(v *values, b *strings.Builder) string {
	n := c.size
	for _, s := range c.slots {
		n += len(v[s])
	}
	b.Reset()
	b.Grow(n)
	for i, t := range c.text {
		b.WriteString(t)
		if i < len(c.slots) {
			b.WriteString(v[c.slots[i]])
		}
	}
	return b.String()
}

package addcandidate

import (
	"fmt"
	"strings"

	"github.com/inmail/inmail/internal/library"
	"github.com/inmail/inmail/internal/outreach"
	"github.com/inmail/inmail/internal/profile"
	"github.com/inmail/inmail/internal/tui/common"
)

const (
	// labelWidth is the width of the form's label column.
	labelWidth = 15
	// aboutHeight is the height of the About field.
	aboutHeight = 3
)

// View draws the current step.
func (m *Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	switch m.step {
	case stepPaste:
		return m.viewPaste()
	case stepConfirm:
		return m.viewConfirm()
	}
	return m.viewReview()
}

func (m *Model) viewPaste() string {
	st := m.styles
	w := m.width
	lines := []string{st.Title.Render(m.Title())}
	lines = append(lines, common.Wrap("Paste the text of their LinkedIn profile page: on the profile, select all, copy, and paste here with your terminal's paste (ctrl+shift+v, cmd+v). Or press ctrl+f to fill in a short form.", w)...)
	// A refused paste says why above the box, which gives up its last
	// lines for it.
	lines = append(lines, common.Banner(st, w, m.err, true, 3)...)
	lines = append(lines, "")
	box := strings.Split(m.paste.View(), "\n")
	hint := strings.TrimSpace(m.paste.Value()) != ""
	if room := m.height - len(lines) - 1; hint && len(box) > room || len(box) > room+1 {
		box = box[:max(1, min(len(box), room))]
	}
	lines = append(lines, box...)
	if hint {
		lines = append(lines, st.Subtle.Render("ctrl+s reads the text when you are done."))
	}
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

// viewConfirm shows what saving would change on the saved candidate the
// profile is, and asks.
func (m *Model) viewConfirm() string {
	st := m.styles
	w := m.width
	c := m.confirm
	name := c.saved.Profile.Name
	lines := []string{st.Title.Render(m.Title()) + st.Subtle.Render(" · ") + common.Cut("update a saved candidate?", max(0, w-len(m.Title())-3))}
	why := "the same profile URL"
	if outreach.CandidateID(c.p.ID) == "" || outreach.CandidateID(m.inputs[fieldURL].Value()) == "" {
		why = "the same name and current company"
	}
	lines = append(lines, common.Wrap(name+" is already saved ("+why+"). Saving this profile changes:", w)...)
	room := m.height - len(lines) - 4
	shown := 0
	for _, ch := range c.changes {
		// Each change on up to two lines, the second indented.
		wl := common.Wrap(ch.String(), max(10, w-4))
		if len(wl) > 2 {
			wl = wl[:2]
			wl[1] = common.Cut(wl[1]+" …", max(10, w-4))
		}
		if len(wl) > room-1 && shown < len(c.changes)-1 {
			break
		}
		lines = append(lines, "  "+wl[0])
		for _, l := range wl[1:] {
			lines = append(lines, "    "+l)
		}
		room -= len(wl)
		shown++
	}
	if n := len(c.changes) - shown; n > 0 {
		lines = append(lines, st.Subtle.Render(common.Cut(fmt.Sprintf("  … and %d more", n), w)))
	}
	lines = append(lines, "")
	q := "y updates " + name + "; n saves this profile as someone new; esc goes back to the form."
	if !m.canSaveAsNew() {
		q = "y updates " + name + "; esc goes back to the form (a profile with their URL is them)."
	}
	lines = append(lines, common.Wrap(q, w)...)
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

func (m *Model) viewReview() string {
	st := m.styles
	w := m.width
	var lines []string
	head := "check what was read, fix what is wrong, ctrl+s saves"
	switch {
	case m.editing != nil:
		head = "fix what is wrong, ctrl+s saves"
	case strings.TrimSpace(m.base.Text) == "":
		head = "a name and something specific to reference, ctrl+s saves"
	}
	lines = append(lines, st.Title.Render(m.Title())+st.Subtle.Render(" · ")+common.Cut(head, max(0, w-len(m.Title())-3)))
	for i := 0; i < fieldCount; i++ {
		m.fieldY[i] = len(lines)
		label := labels[i]
		marker, ls := "  ", st.Label
		if i == m.focus {
			marker, ls = "▸ ", st.Focused
		}
		prefix := marker + ls.Render(common.Fit(label, labelWidth-2))
		switch i {
		case fieldLevel:
			lines = append(lines, prefix+m.levelView())
			if m.suggest != "" {
				sl := common.Wrap(m.suggest, max(10, w-labelWidth))
				if len(sl) > 2 {
					sl = sl[:2]
					sl[1] = common.Cut(sl[1]+" …", w-labelWidth)
				}
				for _, l := range sl {
					lines = append(lines, strings.Repeat(" ", labelWidth)+st.Subtle.Render(l))
				}
			}
		case fieldAbout:
			for j, l := range strings.Split(m.about.View(), "\n") {
				if j == 0 {
					lines = append(lines, prefix+l)
				} else {
					lines = append(lines, strings.Repeat(" ", labelWidth)+l)
				}
			}
		case fieldURL:
			if !m.urlEditable() {
				lines = append(lines, prefix+st.Subtle.Render(m.editing.ID))
				break
			}
			lines = append(lines, m.fieldView(i, prefix)...)
		default:
			lines = append(lines, m.fieldView(i, prefix)...)
		}
		m.fieldH[i] = len(lines) - m.fieldY[i]
	}
	if m.err != "" {
		lines = append(lines, common.Banner(st, w, m.err, true, 4)...)
	}
	room := m.height - len(lines) - 1
	if room > 1 {
		lines = append(lines, "")
		lines = append(lines, m.summary(w, room)...)
	}
	return common.Lines(strings.Join(lines, "\n"), w, m.height)
}

// fieldView draws a one-line field after its label: while it has focus
// (or is empty) the input itself, else its value wrapped in full, up to a
// few lines, so what was read can be checked without scrolling it.
func (m *Model) fieldView(i int, prefix string) []string {
	in := &m.inputs[i]
	if i == m.focus || in.Value() == "" {
		return []string{prefix + in.View()}
	}
	const most = 3
	wl := common.Wrap(in.Value(), max(10, in.Width()))
	if len(wl) > most {
		wl = wl[:most]
		wl[most-1] = common.Cut(wl[most-1]+" …", in.Width())
	}
	out := make([]string, len(wl))
	for j, l := range wl {
		if j == 0 {
			out[j] = prefix + l
		} else {
			out[j] = strings.Repeat(" ", labelWidth) + l
		}
	}
	return out
}

// levelView draws the seniority choice.
func (m *Model) levelView() string {
	st := m.styles
	if len(m.levels) == 0 {
		return st.Subtle.Render("no levels in the template library")
	}
	if m.level < 0 {
		s := "not set"
		if m.focus == fieldLevel {
			return st.Selected.Render("◂ "+s+" ▸") + st.Subtle.Render("  ←/→ to pick")
		}
		return st.Bad.Render(s)
	}
	l := m.levels[m.level]
	s := l.Label + " · " + library.YearsLabel(l)
	if m.focus == fieldLevel {
		return st.Selected.Render("◂ " + s + " ▸")
	}
	return s
}

// summary lists what was read besides the form's fields, which save
// keeps as read.
func (m *Model) summary(w, room int) []string {
	st := m.styles
	p := m.base
	var counts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			counts = append(counts, "1 "+one)
		case n > 1:
			counts = append(counts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(len(p.Experience), "position", "positions")
	add(len(p.Education), "school", "schools")
	add(len(p.Projects), "project", "projects")
	add(len(p.Publications), "publication", "publications")
	add(len(p.Certifications), "certification", "certifications")
	add(len(p.Volunteering), "volunteering entry", "volunteering entries")
	add(len(p.Honors), "award", "awards")
	add(len(p.TeamHonors), "team award", "team awards")
	add(len(p.Activity), "post or activity", "posts and activity")
	add(len(p.Recommendations), "recommendation", "recommendations")
	add(len(p.Languages), "language", "languages")
	if len(counts) == 0 {
		if strings.TrimSpace(p.Text) == "" {
			return nil
		}
		return []string{st.Subtle.Render(common.Cut("Nothing else was read from the paste.", w))}
	}
	out := []string{st.Label.Render(common.Cut("Also read, kept as is: "+strings.Join(counts, " · "), w))}
	var items []string
	for _, e := range p.Experience {
		items = append(items, join(" · ", e.Title, e.Company, profile.Period(e.Start, e.End)))
	}
	for _, e := range p.Education {
		year := ""
		if e.Year != 0 {
			year = fmt.Sprint(e.Year)
		}
		items = append(items, join(" · ", e.School, join(", ", e.Degree, e.Field), year))
	}
	for _, e := range p.Projects {
		items = append(items, "Project: "+e.Name)
	}
	for _, e := range p.Publications {
		items = append(items, "Publication: "+e.Title)
	}
	for _, c := range p.Certifications {
		items = append(items, "Certification: "+c)
	}
	for _, c := range p.Volunteering {
		items = append(items, "Volunteering: "+c)
	}
	for _, c := range p.Honors {
		items = append(items, "Award: "+c)
	}
	n := room - 1
	if len(items) > n && n > 0 {
		items = append(items[:n-1], fmt.Sprintf("… and %d more", len(items)-n+1))
	}
	for _, it := range items[:min(len(items), max(n, 0))] {
		out = append(out, st.Subtle.Render(common.Cut("  "+it, w)))
	}
	return out
}

func join(sep string, parts ...string) string {
	var kept []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			kept = append(kept, strings.TrimSpace(p))
		}
	}
	return strings.Join(kept, sep)
}

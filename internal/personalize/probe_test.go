package personalize

import (
	"testing"

	"github.com/inmail/inmail/internal/profile"
)

func TestProbe(t *testing.T) {
	a := &profile.Profile{
		Name: "Nia Roberts", Headline: "Deputy Director of Finance | FCCA | NHS", Title: "Deputy Director of Finance", Company: "Hywel Dda University Health Board", Location: "Carmarthen, Wales",
		Experience: []profile.Experience{
			{Title: "Deputy Director of Finance", Company: "Hywel Dda University Health Board", Start: "2021", End: "present", Description: "Lead financial planning and management accounting for a £1.4bn revenue budget. Delivered a £28m savings programme in 2023/24. Chair of the capital investment group."},
			{Title: "Head of Management Accounts", Company: "Cardiff and Vale University Health Board", Start: "2015", End: "2021", Description: "Ran the month-end process for the surgery and critical care clinical boards; introduced service-line reporting."},
			{Title: "Trustee and Treasurer", Company: "Tenovus Cancer Care", Start: "2022", End: "present", Description: "Oversee the charity's investment policy and reserves."},
		},
		Education:      []profile.Education{{School: "Swansea University", Degree: "BSc", Field: "Economics", Year: 2008}},
		Certifications: []string{"FCCA, Association of Chartered Certified Accountants"},
		Honors:         []string{"HFMA Wales Finance Director of the Year 2023 (highly commended)", "HFMA Costing Award 2019"},
	}
	b := &profile.Profile{
		Name: "Hiroshi Kato", Headline: "Senior Structural Engineer | CEng MIStructE | Bridges", Title: "Senior Structural Engineer", Company: "Arup", Location: "London",
		Experience: []profile.Experience{
			{Title: "Senior Structural Engineer", Company: "Arup", Start: "2018", End: "present", Description: "Design lead for the 240 m cable-stayed bridge over the River Wear in Sunderland. Manage a team of 6 engineers. Developed the firm's parametric design workflow for footbridges in Grasshopper."},
			{Title: "Structural Engineer", Company: "Mott MacDonald", Start: "2012", End: "2018", Description: "Assessment and strengthening of Victorian masonry arch bridges for Network Rail."},
			{Title: "Visiting Lecturer", Company: "Imperial College London", Start: "2020", End: "present", Description: "Teach bridge design to MEng students."},
		},
		Education: []profile.Education{{School: "University of Tokyo", Degree: "MEng", Field: "Civil Engineering", Year: 2012}},
		Honors:    []string{"IStructE Young Structural Engineer of the Year 2019"},
	}
	lines := []struct {
		p    *profile.Profile
		line string
	}{
		{a, "Delivering a £28m savings programme on a £1.4bn budget at Hywel Dda is no small feat."},
		{a, "Your mgmt accounts work at Cardiff & Vale, esp. service-line reporting, is exactly what our client needs."},
		{a, "As a Deputy DoF with FCCA and a big savings programme behind you, you'd be great for this."},
		{a, "Highly commended at the HFMA Wales awards for FD of the Year - congrats!"},
		{a, "Alongside the finance role at Hywel Dda you're treasurer at Tenovus, which our board would love."},
		{a, "Your £28m CIP delivery at HDUHB really stood out."},
		{a, "Chairing the capital investment group while running fin planning at HDdUHB is a great mix."},
		{a, "Your econ degree from Swansea Uni and the FCCA are a strong base."},
		{a, "Tu experiencia dirigiendo la planificación financiera con un presupuesto de £1.4bn es muy relevante."},
		{a, "great to see the HFMA costing award back in 2019 btw"},
		{b, "Leading design on the 240m cable-stayed bridge over the Wear is a standout project."},
		{b, "Your parametric workflow for footbridges in Grasshopper is exactly what our team is after."},
		{b, "As a CEng MIStructE bridge engineer who also lectures at Imperial, you'd fit right in."},
		{b, "Congrats on IStructE's Young Structural Engineer of the Year."},
		{b, "Your masonry arch assessments for Network Rail at Mott Mac are very relevant."},
		{b, "東京大学で土木工学の修士を取得され、Arupで橋梁設計をリードされている点に注目しました。"},
		{b, "Your civil eng master's from Todai and bridge work at Arup stand out."},
		{b, "Strengthening Victorian arch bridges for NR is niche experience we need."},
		{b, "Teaching bridge design on Imperial's MEng while leading the Wear crossing is impressive."},
		{b, "Leading a team of six engineers on a 240 m cable-stayed bridge is a great step."},
	}
	for _, c := range lines {
		v := Check(c.p, c.line, Options{})
		if !v.OK {
			t.Logf("REFUSED %s\n   %v", c.line, v)
		}
	}
}

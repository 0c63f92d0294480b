package report

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"Priya Raman", "Priya Raman"},
		{"=HYPERLINK(\"http://evil\",\"x\")", "'=HYPERLINK(\"http://evil\",\"x\")"},
		{"=1+1", "'=1+1"},
		{"+44 20 7946 0000", "'+44 20 7946 0000"},
		{"-2+3", "'-2+3"},
		{"@SUM(A1:A2)", "'@SUM(A1:A2)"},
		{"\t=cmd|' /C calc'!A0", "'\t=cmd|' /C calc'!A0"},
		{"\r=1", "'\r=1"},
		{"a=1", "a=1"},
		{" =1", " =1"},
		{"'quoted", "'quoted"},
	}
	for _, tt := range tests {
		if got := SafeCell(tt.in); got != tt.want {
			t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCSVWriter(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want string
	}{
		{"plain", []string{"a", "b"}, "a,b\n"},
		{"comma", []string{"Blake, Jordan", "x"}, "\"Blake, Jordan\",x\n"},
		{"quote", []string{`say "hi"`}, "\"say \"\"hi\"\"\"\n"},
		{"newline", []string{"line 1\nline 2"}, "\"line 1\nline 2\"\n"},
		{"formula", []string{"=SUM(1,2)"}, "\"'=SUM(1,2)\"\n"},
		{"formula after comma", []string{"x,=1+1"}, "\"x,=1+1\"\n"},
		{"leading tab", []string{"\tcalc"}, "'\tcalc\n"},
		{"leading CR", []string{"\r=1"}, "\"'\r=1\"\n"},
		{"negative number stays a number", []string{"-0.0412", "-3", "12", "0.5"}, "-0.0412,-3,12,0.5\n"},
		{"not quite numbers", []string{"-", "-1-1", "-1.", "-.5", "1e5", "-1e5", "--1"}, "'-,'-1-1,'-1.,'-.5,1e5,'-1e5,'--1\n"},
		{"at", []string{"@jordan"}, "'@jordan\n"},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w := NewCSVWriter(&b)
		if err := w.Write(tt.in); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		if b.String() != tt.want {
			t.Errorf("%s: wrote %q, want %q", tt.name, b.String(), tt.want)
		}
		// What a CSV reader gets back is the neutralised text, whole.
		got, err := csv.NewReader(strings.NewReader(b.String())).Read()
		if err != nil {
			t.Errorf("%s: read back: %v", tt.name, err)
			continue
		}
		for i := range got {
			if want := tt.in[i]; got[i] != want && got[i] != "'"+want {
				t.Errorf("%s: cell %d read back as %q from %q", tt.name, i, got[i], want)
			}
		}
	}
}

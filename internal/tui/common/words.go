package common

import "github.com/inmail/inmail/internal/report"

// Plural writes a count with its noun: "1 message", "2,000 messages".
func Plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return report.Thousands(n) + " " + noun + "s"
}

// Package templates holds inmail's default template library: seniority.yaml
// and one folder of Markdown templates per seniority level. It is compiled
// into the binary, so inmail works with no files on disk.
package templates

import "embed"

// FS is the default library, rooted at this folder.
//
//go:embed seniority.yaml */*.md
var FS embed.FS

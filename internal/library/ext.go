package library

import "slices"

// Extensions are the file name endings of template files, ".md" first.
func Extensions() []string { return slices.Clone(templateExts) }

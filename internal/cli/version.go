package cli

import (
	"runtime/debug"
	"strings"
)

// Version, when set at build time (-ldflags "-X
// github.com/inmail/inmail/internal/cli.Version=v1.2.3"), is the version
// --version prints in place of the module's.
var Version = ""

// versionString is what inmail --version prints after "inmail": the
// build's version and source revision.
func versionString() string {
	info, _ := debug.ReadBuildInfo()
	return versionFrom(Version, info)
}

// versionFrom writes the version from the -ldflags value, else the build
// info: the module version ("v1.2.0" when installed with go install
// ...@v1.2.0; from a checkout, "(devel)" or the pseudo-version Go makes of
// the commit), then the VCS revision Go stamps into a build from a
// checkout, its commit time, and "dirty" when the checkout had
// uncommitted changes. With no build info (a test binary) it is
// "(devel)".
func versionFrom(ldflag string, info *debug.BuildInfo) string {
	version := ldflag
	if version == "" && info != nil {
		version = info.Main.Version
	}
	if version == "" {
		version = "(devel)"
	}
	if info == nil {
		return version
	}
	var rev, at string
	dirty := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			at = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if rev == "" {
		return version
	}
	details := []string{"revision " + rev[:min(12, len(rev))]}
	if at != "" {
		details = append(details, at)
	}
	if dirty {
		details = append(details, "dirty: uncommitted changes")
	}
	return version + " (" + strings.Join(details, ", ") + ")"
}

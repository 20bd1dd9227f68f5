package main

import (
	"context"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/sitrep/sitrep/models"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

func init() {
	register(command{name: "version", summary: "print the version, Go version and built-in models", run: runVersion})
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := newFlags(e, "version", "", "Prints the version of sitrep, the Go version it was built with and the models built into it.")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (version takes none)", fs.Arg(0))
	}
	goVersion, rev := "unknown", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		goVersion = bi.GoVersion
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	fmt.Fprintf(e.stdout, "sitrep %s%s (%s) models: %s\n", version, rev, goVersion, strings.Join(models.Available(), ", "))
	return nil
}

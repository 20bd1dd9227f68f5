// Package shareddata finds the project's training and evaluation data
// folder (../shared beside the checkout) for tests, benchmarks and training
// commands. The sitrep program never calls it at run time; tests that need
// the data skip, saying so, when it is absent.
package shareddata

import (
	"os"
	"path/filepath"
	"testing"
)

// EnvVar overrides where the shared folder is.
const EnvVar = "SITREP_SHARED"

// Dir returns the shared folder, searched from the working directory up:
// $SITREP_SHARED, else the first ancestor's sibling named "shared" that
// holds CONTRACT.md. ok is false when none is found.
func Dir() (string, bool) {
	if d := os.Getenv(EnvVar); d != "" {
		if _, err := os.Stat(d); err == nil {
			return d, true
		}
		return "", false
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", false
	}
	for d := wd; ; d = filepath.Dir(d) {
		cand := filepath.Join(filepath.Dir(d), "shared")
		if _, err := os.Stat(filepath.Join(cand, "CONTRACT.md")); err == nil {
			return cand, true
		}
		if filepath.Dir(d) == d {
			return "", false
		}
	}
}

// Path returns the path of rel inside the shared folder, skipping the test
// or benchmark with a message when the folder or the file is absent.
func Path(tb testing.TB, rel string) string {
	tb.Helper()
	d, ok := Dir()
	if !ok {
		tb.Skipf("skipped: the shared data folder (../shared or $%s) is absent", EnvVar)
	}
	p := filepath.Join(d, rel)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipped: %s is absent from the shared data folder", rel)
	}
	return p
}

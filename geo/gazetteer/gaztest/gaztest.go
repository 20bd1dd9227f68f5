// Package gaztest gives tests and benchmarks the gazetteer installed by
// `make setup`, skipping them with a message saying so when it is absent.
// It only reads; the program never imports it.
package gaztest

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/sitrep/sitrep/datadir"
	"github.com/sitrep/sitrep/geo/gazetteer"
)

var (
	once sync.Once
	g    *gazetteer.Gazetteer
	gErr error
	dir  string
)

// Dir returns the data folder tests use: $SITREP_DATA, else .cache at the
// module root (found from the working directory up).
func Dir() string {
	if d := os.Getenv(datadir.EnvVar); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		return ".cache"
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return filepath.Join(d, ".cache")
		}
		if filepath.Dir(d) == d {
			return ".cache"
		}
	}
}

// Open returns the shared gazetteer, or skips tb when it is not installed.
func Open(tb testing.TB) *gazetteer.Gazetteer {
	tb.Helper()
	once.Do(func() {
		dir = Dir()
		g, gErr = gazetteer.Open(context.Background(), dir)
	})
	if gErr != nil {
		tb.Skipf("skipped: the gazetteer is not installed in %s (run `make setup`): %v", dir, gErr)
	}
	return g
}

// Package datadir owns where sitrep finds the data installed by `make setup`
// (the GeoNames gazetteer and other npm data packages) and its own caches
// built from them. It never downloads anything.
package datadir

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// EnvVar names the environment variable that overrides the data folder.
const EnvVar = "SITREP_DATA"

// ErrMissing is returned (wrapped) when the data folder or a file in it is
// absent.
var ErrMissing = errors.New("run `make setup` to install it")

// Dir returns the data folder: $SITREP_DATA if set, else .cache in the
// working directory if it exists, else .cache beside the executable's
// folder (bin/../.cache), else .cache in the working directory.
func Dir() string {
	if d := os.Getenv(EnvVar); d != "" {
		return d
	}
	if st, err := os.Stat(".cache"); err == nil && st.IsDir() {
		return ".cache"
	}
	if exe, err := os.Executable(); err == nil {
		d := filepath.Join(filepath.Dir(filepath.Dir(exe)), ".cache")
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return ".cache"
}

// Path returns the path of rel inside the data folder, or an error naming
// `make setup` when it does not exist.
func Path(rel string) (string, error) {
	p := filepath.Join(Dir(), rel)
	if _, err := os.Stat(p); err != nil {
		return "", fmt.Errorf("%s not found in data folder %s (set %s or %w)", rel, Dir(), EnvVar, ErrMissing)
	}
	return p, nil
}

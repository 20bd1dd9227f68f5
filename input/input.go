// Package input owns reading documents from files, directories and standard
// input with stated limits: it refuses what is too large, not a regular file,
// or unreadable, with an error naming the path. It does not interpret the
// bytes; the clean stage does.
package input

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
)

// MaxBytes is the largest document read by default: 64 MiB. Larger inputs
// are refused without being read into memory.
const MaxBytes = 64 << 20

// ErrTooLarge is returned (wrapped) for an input over the limit.
var ErrTooLarge = errors.New("input too large")

// ReadFile reads a regular file of at most limit bytes ("-" reads standard
// input).
func ReadFile(path string, limit int64) ([]byte, error) {
	if path == "-" {
		return ReadLimited(os.Stdin, "<stdin>", limit)
	}
	st, err := os.Stat(path)
	if err != nil {
		return nil, errors.Unwrap(err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory")
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d bytes", ErrTooLarge, st.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, errors.Unwrap(err)
	}
	defer f.Close()
	return ReadLimited(f, path, limit)
}

// ReadLimited reads all of r, failing once more than limit bytes arrive.
func ReadLimited(r io.Reader, name string, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes", ErrTooLarge, limit)
	}
	return b, nil
}

// Expand turns the given paths into a list of files: directories are walked
// recursively (hidden entries skipped) in lexical order.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, p := range paths {
		if p == "-" {
			out = append(out, p)
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, errors.Unwrap(err))
		}
		if !st.IsDir() {
			out = append(out, p)
			continue
		}
		var files []string
		err = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if path != p && len(d.Name()) > 0 && d.Name()[0] == '.' {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() {
				files = append(files, path)
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", p, err)
		}
		sort.Strings(files)
		out = append(out, files...)
	}
	return out, nil
}

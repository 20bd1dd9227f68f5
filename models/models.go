// Package models owns the trained model files that ship inside the sitrep
// binary. Each model is a gzip-compressed file under files/ with a metadata
// file beside it (NAME.meta.json: training data checksum, the command that
// made it, its scores). Training code writes here; stages read through Open.
package models

import (
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"os"
)

//go:embed files
var files embed.FS

// Open returns the decompressed contents of the named model (for example
// "tagger"), read from files/NAME.gz embedded in the binary.
func Open(name string) (io.ReadCloser, error) {
	f, err := files.Open("files/" + name + ".gz")
	if err != nil {
		return nil, fmt.Errorf("model %q is not built into this binary (train it with `sitrep train %s`): %w", name, name, err)
	}
	zr, err := gzip.NewReader(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("model %q: %w", name, err)
	}
	return &readCloser{Reader: zr, close: func() error { zr.Close(); return f.Close() }}, nil
}

// Available lists the models built into the binary.
func Available() []string {
	var out []string
	entries, _ := fs.ReadDir(files, "files")
	for _, e := range entries {
		n := e.Name()
		if len(n) > 3 && n[len(n)-3:] == ".gz" {
			out = append(out, n[:len(n)-3])
		}
	}
	return out
}

type readCloser struct {
	io.Reader
	close func() error
}

func (r *readCloser) Close() error { return r.close() }

// WriteFileAtomic writes a model or metadata file through a temporary file
// renamed into place, so that a failed training run never leaves half a
// model behind.
func WriteFileAtomic(path string, data []byte) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		os.Remove(tmp)
		return err
	}
	return os.Rename(tmp, path)
}

// Package input owns reading documents from files, directories and standard
// input with stated limits: it refuses what is too large (from the file's
// size, before reading it), not a regular file, or unreadable, with a
// one-line error that callers prefix with the path. It does not interpret
// the bytes; the clean stage does.
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
// input). A file over the limit is refused from its size, before any of it
// is read. Errors do not repeat the path: callers name it.
func ReadFile(path string, limit int64) ([]byte, error) {
	if path == "-" {
		return ReadLimited(os.Stdin, "<stdin>", limit)
	}
	f, err := Open(path, limit)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ReadLimited(f, path, limit)
}

// Open opens a regular file of at most limit bytes for streaming. Like
// ReadFile it refuses a directory, a device, a FIFO or socket (which could
// block or never end) and a file over the limit, from its metadata, before
// opening it. Errors do not repeat the path: callers name it.
func Open(path string, limit int64) (*os.File, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, pathError(err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("is a directory, not a file")
	}
	if !st.Mode().IsRegular() {
		return nil, fmt.Errorf("not a regular file")
	}
	if st.Size() > limit {
		return nil, fmt.Errorf("%w: %d bytes, the limit is %d bytes", ErrTooLarge, st.Size(), limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, pathError(err)
	}
	return f, nil
}

// LimitReader reads a stream (standard input) up to a limit: past it,
// Read fails with ErrTooLarge (wrapped) and Exceeded reports true, so that
// a stream without end is stopped instead of read forever. A caller that
// parses while reading checks Exceeded first when parsing fails: the
// parser's complaint is then about the cut, not the input.
type LimitReader struct {
	r           io.Reader
	left, limit int64
	exceeded    bool
}

// NewLimitReader returns a LimitReader of r allowing limit bytes.
func NewLimitReader(r io.Reader, limit int64) *LimitReader {
	return &LimitReader{r: r, left: limit, limit: limit}
}

// Exceeded reports whether the stream went past the limit.
func (l *LimitReader) Exceeded() bool { return l.exceeded }

// Err is the error of a stream past the limit.
func (l *LimitReader) Err() error {
	return fmt.Errorf("%w: more than %d bytes, the limit is %d bytes", ErrTooLarge, l.limit, l.limit)
}

func (l *LimitReader) Read(p []byte) (int, error) {
	if l.exceeded {
		return 0, l.Err()
	}
	if int64(len(p)) > l.left {
		p = p[:l.left+1] // one byte past the limit tells that there is more
	}
	n, err := l.r.Read(p)
	if int64(n) > l.left {
		l.exceeded = true
		return int(l.left), l.Err()
	}
	l.left -= int64(n)
	return n, err
}

// pathError drops the operation and path from an *fs.PathError ("open
// x: permission denied" becomes "permission denied").
func pathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// ReadLimited reads all of r, failing once more than limit bytes arrive.
func ReadLimited(r io.Reader, name string, limit int64) ([]byte, error) {
	b, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("reading: %w", pathError(err))
	}
	if int64(len(b)) > limit {
		return nil, fmt.Errorf("%w: more than %d bytes, the limit is %d bytes", ErrTooLarge, limit, limit)
	}
	return b, nil
}

// Entry is one input named on the command line or found in a directory:
// a file path ("-" for standard input), or the error that stopped it from
// being listed.
type Entry struct {
	Path string
	Err  error
}

// ExpandEach turns the given paths into entries, in order: a directory
// becomes the regular files under it (walked recursively in lexical order,
// hidden entries skipped); a directory with no files, a path that does not
// exist or a directory that cannot be walked becomes one entry carrying
// the error, so that a caller can report it and go on with the rest.
func ExpandEach(paths []string) []Entry {
	var out []Entry
	for _, p := range paths {
		if p == "-" {
			out = append(out, Entry{Path: p})
			continue
		}
		st, err := os.Stat(p)
		if err != nil {
			out = append(out, Entry{Path: p, Err: pathError(err)})
			continue
		}
		if !st.IsDir() {
			out = append(out, Entry{Path: p})
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
		switch {
		case err != nil:
			out = append(out, Entry{Path: p, Err: fmt.Errorf("walking the directory: %w", err)})
		case len(files) == 0:
			out = append(out, Entry{Path: p, Err: ErrNoFiles})
		default:
			sort.Strings(files)
			for _, f := range files {
				out = append(out, Entry{Path: f})
			}
		}
	}
	return out
}

// ErrNoFiles is the error of a directory that holds no files.
var ErrNoFiles = errors.New("directory holds no files")

// Expand is ExpandEach for callers that stop at the first problem: it
// returns the files, or the first entry's error naming its path.
func Expand(paths []string) ([]string, error) {
	var out []string
	for _, e := range ExpandEach(paths) {
		if e.Err != nil {
			return nil, fmt.Errorf("%s: %w", e.Path, e.Err)
		}
		out = append(out, e.Path)
	}
	return out, nil
}

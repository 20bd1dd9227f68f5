package input

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	huge := filepath.Join(dir, "huge.txt")
	if err := os.WriteFile(huge, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(huge, 200<<20); err != nil { // sparse: nothing is written
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		limit      int64
		want       string // error substring, "" = reads "hello"
	}{
		{"small", small, MaxBytes, ""},
		{"at the limit", small, 5, ""},
		{"over the limit", small, 4, "input too large: 5 bytes, the limit is 4 bytes"},
		{"sparse 200 MB", huge, MaxBytes, "input too large: 209715200 bytes, the limit is 67108864 bytes"},
		{"directory", dir, MaxBytes, "is a directory"},
		{"missing", filepath.Join(dir, "nope"), MaxBytes, "no such file or directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := ReadFile(tt.path, tt.limit)
			if tt.want == "" {
				if err != nil || string(b) != "hello" {
					t.Fatalf("ReadFile = %q, %v", b, err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
			if strings.Contains(err.Error(), tt.path) {
				t.Errorf("error repeats the path: %v", err)
			}
		})
	}
	if _, err := ReadFile(huge, MaxBytes); !errors.Is(err, ErrTooLarge) {
		t.Errorf("not ErrTooLarge: %v", err)
	}
}

func TestReadLimited(t *testing.T) {
	if b, err := ReadLimited(strings.NewReader("abc"), "x", 3); err != nil || string(b) != "abc" {
		t.Errorf("ReadLimited = %q, %v", b, err)
	}
	if _, err := ReadLimited(strings.NewReader("abcd"), "x", 3); !errors.Is(err, ErrTooLarge) {
		t.Errorf("over the limit: %v", err)
	}
}

func TestExpandEach(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.txt", "sub/c.html", ".hidden", ".git/x"} {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "a.txt")
	got := ExpandEach([]string{file, "-", filepath.Join(dir, "missing"), empty, dir})
	var desc []string
	for _, e := range got {
		s, _ := filepath.Rel(dir, e.Path)
		if e.Path == "-" {
			s = "-"
		}
		if e.Err != nil {
			s += "!" + e.Err.Error()
		}
		desc = append(desc, s)
	}
	want := "a.txt|-|missing!no such file or directory|empty!directory holds no files|a.txt|b.txt|sub/c.html"
	if strings.Join(desc, "|") != want {
		t.Errorf("ExpandEach\n got %s\nwant %s", strings.Join(desc, "|"), want)
	}
	if _, err := Expand([]string{file, empty}); !errors.Is(err, ErrNoFiles) || !strings.Contains(err.Error(), empty) {
		t.Errorf("Expand error %v", err)
	}
}

func TestOpenRefusesWhatIsNotAFile(t *testing.T) {
	dir := t.TempDir()
	small := filepath.Join(dir, "small.txt")
	if err := os.WriteFile(small, []byte("hello"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		limit      int64
		want       string // error substring, "" = opens
	}{
		{"small", small, MaxBytes, ""},
		{"over the limit", small, 4, "input too large: 5 bytes, the limit is 4 bytes"},
		{"directory", dir, MaxBytes, "is a directory"},
		{"missing", filepath.Join(dir, "nope"), MaxBytes, "no such file or directory"},
		{"device", "/dev/zero", MaxBytes, "not a regular file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := os.Stat(tt.path); tt.name == "device" && err != nil {
				t.Skipf("skipped: no %s here", tt.path)
			}
			f, err := Open(tt.path, tt.limit)
			if tt.want == "" {
				if err != nil {
					t.Fatalf("Open: %v", err)
				}
				f.Close()
				return
			}
			if err == nil {
				f.Close()
				t.Fatalf("Open succeeded, want %q", tt.want)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want %q", err, tt.want)
			}
		})
	}
	if _, err := ReadFile("/dev/zero", MaxBytes); err == nil || !strings.Contains(err.Error(), "not a regular file") {
		t.Errorf("ReadFile(/dev/zero) = %v, want it refused", err)
	}
}

func TestLimitReader(t *testing.T) {
	tests := []struct {
		in    string
		limit int64
		ok    bool
	}{
		{"abc", 3, true},
		{"abc", 10, true},
		{"abcd", 3, false},
		{"", 0, true},
		{"a", 0, false},
		{"abc", 1<<63 - 1, true},
	}
	for _, tt := range tests {
		lr := NewLimitReader(strings.NewReader(tt.in), tt.limit)
		b, err := io.ReadAll(lr)
		if tt.ok && (err != nil || string(b) != tt.in || lr.Exceeded()) {
			t.Errorf("%q limit %d: %q, %v", tt.in, tt.limit, b, err)
		}
		if !tt.ok && (!errors.Is(err, ErrTooLarge) || !lr.Exceeded() || int64(len(b)) > tt.limit) {
			t.Errorf("%q limit %d: %q, %v, want ErrTooLarge after at most the limit", tt.in, tt.limit, b, err)
		}
	}
}

package clean

import (
	"bytes"
	"errors"
	"fmt"
	"unicode"
	"unicode/utf8"
)

// Validation errors, returned wrapped with the position of the problem.
var (
	ErrEmpty       = errors.New("empty document")
	ErrBinary      = errors.New("binary input")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// bom is the UTF-8 byte order mark.
const bom = "\uFEFF"

// binarySample is how many leading bytes the control-byte ratio is measured
// on; binaryRatio the share of control bytes above which input is binary.
const (
	binarySample = 8192
	binaryRatio  = 0.3
)

// Validate checks that raw is text sitrep can analyse: not empty, not
// binary, valid UTF-8. Errors name the byte offset (and line) of the
// problem. It returns the offset where the text starts: 3 after a UTF-8
// byte order mark, else 0.
func Validate(raw []byte) (start int, err error) {
	if len(raw) >= 2 && ((raw[0] == 0xFF && raw[1] == 0xFE) || (raw[0] == 0xFE && raw[1] == 0xFF)) {
		return 0, fmt.Errorf("%w at byte 0: a UTF-16 byte order mark; convert the file to UTF-8", ErrBinary)
	}
	if i := bytes.IndexByte(raw, 0); i >= 0 {
		return 0, fmt.Errorf("%w at byte %d: a NUL byte", ErrBinary, i)
	}
	if off, ok := mostlyControl(raw); ok {
		return 0, fmt.Errorf("%w at byte %d: mostly control bytes", ErrBinary, off)
	}
	if bytes.HasPrefix(raw, []byte(bom)) {
		start = len(bom)
	}
	if off := invalidUTF8(raw); off >= 0 {
		return 0, fmt.Errorf("%w at byte %d (line %d)", ErrInvalidUTF8, off, 1+bytes.Count(raw[:off], []byte{'\n'}))
	}
	if blank(raw[start:]) {
		return 0, ErrEmpty
	}
	return start, nil
}

// mostlyControl reports whether more than binaryRatio of the first
// binarySample bytes are control bytes other than white space, and where
// the first of them is.
func mostlyControl(raw []byte) (int, bool) {
	n := min(len(raw), binarySample)
	first, count := -1, 0
	for i := 0; i < n; i++ {
		c := raw[i]
		if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c == 0x7F {
			if first < 0 {
				first = i
			}
			count++
		}
	}
	if n == 0 || float64(count) <= binaryRatio*float64(n) {
		return 0, false
	}
	return first, true
}

// invalidUTF8 returns the offset of the first byte that is not valid UTF-8,
// or -1.
func invalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}

// blank reports whether b holds nothing but white space (and byte order
// marks or zero-width characters).
func blank(b []byte) bool {
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		if unicode.IsSpace(r) || r == '\uFEFF' || r == '\u200B' || r == '\u200C' || r == '\u200D' || r == '\u2060' {
			continue
		}
		return false
	}
	return true
}

// Package timeml reads TimeML documents (the TempEval-3 gold format): the
// document creation time (DCT), the text of the TEXT element with its
// markup removed, and every TIMEX3 in it with byte offsets into that text.
//
// It also scores predicted timexes against gold ones the TempEval-3 way
// (Scores). It is used by evaluation and tests only; the sitrep pipeline
// never reads TimeML at run time. It owns reading and scoring only:
// normalisation lives in package timex.
package timeml

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Doc is one TimeML document.
type Doc struct {
	ID string
	// DCT is the value of the document creation time TIMEX3 ("1998-01-08"),
	// empty when the document has none.
	DCT string
	// Text is the character data of the TEXT element, tags removed and
	// entities decoded; Timex offsets point into it.
	Text    string
	Timexes []Timex
}

// Timex is one TIMEX3 annotation inside TEXT.
type Timex struct {
	TID   string
	Type  string // DATE, TIME, DURATION, SET
	Value string
	Mod   string
	Start int // byte offset into Doc.Text
	End   int // exclusive
	Text  string
}

// MaxBytes bounds the size of a document Parse accepts.
const MaxBytes = 16 << 20

// Parse reads one TimeML document. Errors name the line and column.
func Parse(r io.Reader) (*Doc, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("timeml: read: %w", err)
	}
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("timeml: document larger than %d bytes", MaxBytes)
	}
	return ParseBytes(data)
}

// ParseBytes reads one TimeML document held in memory.
func ParseBytes(data []byte) (*Doc, error) {
	dec := xml.NewDecoder(bytes.NewReader(data))
	dec.Strict = true
	dec.Entity = xml.HTMLEntity
	d := &Doc{}
	var (
		stack   []string
		text    strings.Builder
		inText  bool
		seenTxt bool
		open    *Timex
		docID   strings.Builder
	)
	pos := func() string {
		line, col := dec.InputPos()
		return fmt.Sprintf("line %d, column %d", line, col)
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var se *xml.SyntaxError
			if errors.As(err, &se) {
				return nil, fmt.Errorf("timeml: line %d: %s", se.Line, se.Msg)
			}
			return nil, fmt.Errorf("timeml: %s: %w", pos(), err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			stack = append(stack, name)
			switch name {
			case "TEXT":
				if seenTxt {
					return nil, fmt.Errorf("timeml: %s: second TEXT element", pos())
				}
				inText, seenTxt = true, true
			case "TIMEX3":
				tx := Timex{}
				for _, a := range t.Attr {
					switch a.Name.Local {
					case "tid":
						tx.TID = a.Value
					case "type":
						tx.Type = a.Value
					case "value":
						tx.Value = a.Value
					case "mod":
						tx.Mod = a.Value
					}
				}
				if tx.TID == "" {
					return nil, fmt.Errorf("timeml: %s: TIMEX3 without tid", pos())
				}
				switch tx.Type {
				case "DATE", "TIME", "DURATION", "SET":
				default:
					return nil, fmt.Errorf("timeml: %s: TIMEX3 %s: bad type %q", pos(), tx.TID, tx.Type)
				}
				if parent == "DCT" {
					d.DCT = tx.Value
					continue
				}
				if !inText {
					continue
				}
				if open != nil {
					return nil, fmt.Errorf("timeml: %s: TIMEX3 %s nested inside %s", pos(), tx.TID, open.TID)
				}
				tx.Start = text.Len()
				open = &tx
			}
		case xml.EndElement:
			if len(stack) == 0 {
				return nil, fmt.Errorf("timeml: %s: unexpected end tag %s", pos(), t.Name.Local)
			}
			stack = stack[:len(stack)-1]
			switch t.Name.Local {
			case "TEXT":
				inText = false
			case "TIMEX3":
				if open != nil && inText {
					open.End = text.Len()
					d.Timexes = append(d.Timexes, *open)
					open = nil
				}
			}
		case xml.CharData:
			if len(stack) > 0 && stack[len(stack)-1] == "DOCID" {
				docID.Write(t)
			}
			if inText {
				text.Write(t)
			}
		}
	}
	if !seenTxt {
		return nil, fmt.Errorf("timeml: no TEXT element")
	}
	d.Text = text.String()
	d.ID = strings.TrimSpace(docID.String())
	for i := range d.Timexes {
		tx := &d.Timexes[i]
		tx.Text = d.Text[tx.Start:tx.End]
	}
	return d, nil
}

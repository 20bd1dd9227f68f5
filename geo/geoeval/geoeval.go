// Package geoeval scores sitrep's toponym resolution against gold
// geoparsing corpora in the LGL / TR-News XML format (articles with text and
// toponyms carrying start/end in Unicode code points and GeoNames
// coordinates), and tunes the resolver's weights on a fixed split. It is
// used by tests, `sitrep eval geo` and the tuning command; the sitrep
// program never reads gold data at run time.
package geoeval

import (
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/sitrep/sitrep/geo"
	"github.com/sitrep/sitrep/geo/gazetteer"
)

// Toponym is one gold toponym with byte offsets into the article text.
type Toponym struct {
	Start, End int
	Phrase     string
	GeonameID  int
	Lat, Lon   float64
	HasCoord   bool
	Feature    string
}

// Article is one gold document.
type Article struct {
	DocID    string
	Text     string
	Toponyms []Toponym
}

type xmlArticle struct {
	DocID    string `xml:"docid,attr"`
	Text     string `xml:"text"`
	Toponyms struct {
		Toponym []struct {
			Start  string `xml:"start"`
			End    string `xml:"end"`
			Phrase string `xml:"phrase"`
			Gaztag *struct {
				ID    string `xml:"geonameid,attr"`
				Lat   string `xml:"lat"`
				Lon   string `xml:"lon"`
				FCode string `xml:"fcode"`
			} `xml:"gaztag"`
		} `xml:"toponym"`
	} `xml:"toponyms"`
}

// Load reads a gold file. Offsets are converted from code points to bytes;
// where the phrase is not at its offset (TR-News drifts by a few
// characters), it is searched for nearby.
func Load(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return Read(f)
}

// Read parses gold XML from r.
func Read(r io.Reader) ([]Article, error) {
	dec := xml.NewDecoder(r)
	var out []Article
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("geoeval: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok || se.Name.Local != "article" {
			continue
		}
		var xa xmlArticle
		if err := dec.DecodeElement(&xa, &se); err != nil {
			return nil, fmt.Errorf("geoeval: article: %w", err)
		}
		a := Article{DocID: xa.DocID, Text: xa.Text}
		// code point -> byte offset table
		cp := make([]int, 0, len(a.Text)+1)
		for i := range a.Text {
			cp = append(cp, i)
		}
		cp = append(cp, len(a.Text))
		for _, t := range xa.Toponyms.Toponym {
			s, err1 := strconv.Atoi(strings.TrimSpace(t.Start))
			e, err2 := strconv.Atoi(strings.TrimSpace(t.End))
			if err1 != nil || err2 != nil || s < 0 || e <= s {
				continue
			}
			// offsets that drift past the end are searched for nearby
			s, e = min(s, len(cp)-1), min(e, len(cp)-1)
			top := Toponym{Start: cp[s], End: cp[e], Phrase: strings.TrimSpace(t.Phrase)}
			if a.Text[top.Start:top.End] != top.Phrase && top.Phrase != "" {
				if bs, ok := findNear(a.Text, top.Phrase, top.Start); ok {
					top.Start, top.End = bs, bs+len(top.Phrase)
				}
			}
			if g := t.Gaztag; g != nil {
				top.GeonameID, _ = strconv.Atoi(g.ID)
				lat, e1 := strconv.ParseFloat(strings.TrimSpace(g.Lat), 64)
				lon, e2 := strconv.ParseFloat(strings.TrimSpace(g.Lon), 64)
				if e1 == nil && e2 == nil {
					top.Lat, top.Lon, top.HasCoord = lat, lon, true
				}
				top.Feature = g.FCode
			}
			a.Toponyms = append(a.Toponyms, top)
		}
		out = append(out, a)
	}
	return out, nil
}

// findNear finds phrase within 40 bytes of off.
func findNear(text, phrase string, off int) (int, bool) {
	best, bestD := -1, math.MaxInt
	lo := max(0, off-40)
	hi := min(len(text), off+40+len(phrase))
	for i := lo; i+len(phrase) <= hi; i++ {
		if text[i:i+len(phrase)] == phrase && utf8.RuneStart(text[i]) {
			d := i - off
			if d < 0 {
				d = -d
			}
			if d < bestD {
				best, bestD = i, d
			}
		}
	}
	return best, best >= 0
}

// Split returns the tune half (even docids) or the report half (odd).
func Split(arts []Article, tune bool) []Article {
	var out []Article
	for i, a := range arts {
		n, err := strconv.Atoi(a.DocID)
		if err != nil {
			n = i
		}
		if (n%2 == 0) == tune {
			out = append(out, a)
		}
	}
	return out
}

// Score is accuracy within 161 km on gold toponyms with coordinates.
type Score struct {
	Toponyms   int // with coordinates
	Correct    int // within 161 km
	Unresolved int
	// ErrorsKm sums the errors (unresolved count as 20,000 km) for the mean.
	ErrorsKm float64
	// AUC is the area under the curve of log errors (lower is better).
	AUC float64
}

// Accuracy returns Correct / Toponyms.
func (s Score) Accuracy() float64 {
	if s.Toponyms == 0 {
		return 0
	}
	return float64(s.Correct) / float64(s.Toponyms)
}

func (s Score) String() string {
	return fmt.Sprintf("acc@161km %.4f (%d/%d), unresolved %d, mean error %.0f km, AUC %.3f",
		s.Accuracy(), s.Correct, s.Toponyms, s.Unresolved, s.ErrorsKm/math.Max(1, float64(s.Toponyms)), s.AUC/math.Max(1, float64(s.Toponyms)))
}

// Miss is one wrongly placed toponym, for error analysis.
type Miss struct {
	DocID, Phrase string
	Gold          string
	Got           string
	Km            float64
}

// Evaluate resolves the gold spans of arts and scores them. misses, when
// not nil, collects the errors.
func Evaluate(r *geo.Resolver, arts []Article, misses *[]Miss) Score {
	var s Score
	for _, a := range arts {
		ms := make([]geo.Mention, len(a.Toponyms))
		for i, t := range a.Toponyms {
			ms[i] = geo.Mention{Start: t.Start, End: t.End}
		}
		res := r.Resolve(a.Text, ms)
		for i, t := range a.Toponyms {
			if !t.HasCoord {
				continue
			}
			s.Toponyms++
			d := 20000.0
			if res[i].Resolved {
				d = gazetteer.DistanceKm(t.Lat, t.Lon, res[i].Lat, res[i].Lon)
			} else {
				s.Unresolved++
			}
			s.ErrorsKm += d
			s.AUC += math.Log(d+1) / math.Log(20039)
			if d <= 161 {
				s.Correct++
			} else if misses != nil {
				got := "unresolved"
				if res[i].Resolved {
					got = fmt.Sprintf("%s %s %s %s (%.2f,%.2f)", res[i].Name, res[i].Feature, res[i].Country, res[i].Admin1, res[i].Lat, res[i].Lon)
				}
				*misses = append(*misses, Miss{DocID: a.DocID, Phrase: a.Text[t.Start:t.End],
					Gold: fmt.Sprintf("%d %s (%.2f,%.2f)", t.GeonameID, t.Feature, t.Lat, t.Lon), Got: got, Km: d})
			}
		}
	}
	return s
}

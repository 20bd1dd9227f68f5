// Package export owns the output formats of merged events: a terminal
// table, JSON Lines, CSV in GDELT 2.0's event-table column order (comma
// separated with a header, or GDELT's own tab-separated headerless shape),
// CSV in ACLED's columns, and a GeoJSON FeatureCollection. It only formats
// store.Event values; it neither queries a store nor decides what an event
// is.
package export

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/sitrep/sitrep/store"
)

// Formats lists the formats Write knows.
var Formats = []string{"table", "jsonl", "csv", "gdelt", "acled", "geojson"}

// Write renders events in format to w. Nothing is written for an unknown
// format.
func Write(w io.Writer, format string, events []store.Event) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "table":
		err = writeTable(bw, events)
	case "jsonl":
		err = writeJSONL(bw, events)
	case "csv":
		err = writeRows(bw, ',', true, GDELTColumns, events, gdeltRow)
	case "gdelt":
		err = writeRows(bw, '\t', false, GDELTColumns, events, gdeltRow)
	case "acled":
		err = writeRows(bw, ',', true, ACLEDColumns, events, acledRow)
	case "geojson":
		err = writeGeoJSON(bw, events)
	default:
		return fmt.Errorf("unknown format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// Record is the JSON shape of a merged event (JSON Lines, GeoJSON
// properties).
type Record struct {
	ID          int64        `json:"id"`
	CAMEO       string       `json:"cameo"`
	PLOVER      string       `json:"plover"`
	Mode        string       `json:"mode,omitempty"`
	ACLED       string       `json:"acled"`
	QuadClass   int          `json:"quad_class"`
	Goldstein   float64      `json:"goldstein"`
	Source      store.Actor  `json:"source"`
	Target      store.Actor  `json:"target"`
	Place       *store.Place `json:"place"`
	Date        DateRange    `json:"date"`
	IsRoot      bool         `json:"is_root"`
	Attribution string       `json:"attribution"`
	Fatalities  float64      `json:"fatalities"`
	Sentence    string       `json:"sentence"`
	NumMentions int          `json:"num_mentions"`
	NumSources  int          `json:"num_sources"`
	NumArticles int          `json:"num_articles"`
	SourceURL   string       `json:"source_url"`
	Articles    []string     `json:"articles"`
	Outlets     []string     `json:"outlets"`
	Added       string       `json:"added"`
}

// DateRange is an event's day range; null ends are unknown.
type DateRange struct {
	From *string `json:"from"`
	To   *string `json:"to"`
}

// ToRecord converts a merged event to its JSON shape.
func ToRecord(e store.Event) Record {
	r := Record{ID: e.ID, CAMEO: e.CAMEO, PLOVER: e.PLOVER, Mode: e.Mode, ACLED: e.ACLED, QuadClass: e.QuadClass,
		Goldstein: e.Goldstein, Source: e.Source, Target: e.Target, Place: e.Place, IsRoot: e.IsRoot,
		Attribution: e.Attribution, Fatalities: e.Fatalities, Sentence: e.Sentence, NumMentions: e.NumMentions,
		NumSources: e.NumSources, NumArticles: e.NumArticles, SourceURL: e.SourceURL, Articles: e.Articles, Outlets: e.Outlets}
	if e.From != "" {
		f, t := e.From, e.To
		r.Date = DateRange{From: &f, To: &t}
	}
	if !e.Added.IsZero() {
		r.Added = e.Added.UTC().Format(time.RFC3339)
	}
	if r.Articles == nil {
		r.Articles = []string{}
	}
	if r.Outlets == nil {
		r.Outlets = []string{}
	}
	return r
}

func writeJSONL(w io.Writer, events []store.Event) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range events {
		if err := enc.Encode(ToRecord(e)); err != nil {
			return err
		}
	}
	return nil
}

func writeTable(w io.Writer, events []store.Event) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "DATE\tPLACE\tCC\tSOURCE -> TARGET\tCAMEO\tPLOVER\tSRC\tART")
	for _, e := range events {
		date := e.From
		if e.To != "" && e.To != e.From {
			date += ".." + e.To[5:]
		}
		place, cc := "", ""
		if e.Place != nil {
			place, cc = e.Place.Name, e.Place.Country
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s -> %s\t%s\t%s\t%d\t%d\n", orDash(date), orDash(clip(place, 24)), orDash(cc),
			orDash(clip(actorLabel(e.Source), 28)), orDash(clip(actorLabel(e.Target), 28)), e.CAMEO, orDash(e.PLOVER), e.NumSources, e.NumArticles)
	}
	return tw.Flush()
}

func actorLabel(a store.Actor) string {
	switch {
	case a.Name != "":
		return a.Name
	case a.Code != "":
		return a.Code
	}
	return a.Text
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func clip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

func writeRows(w io.Writer, sep rune, header bool, cols []string, events []store.Event, row func(store.Event) []string) error {
	cw := csv.NewWriter(w)
	cw.Comma = sep
	if header {
		if err := cw.Write(cols); err != nil {
			return err
		}
	}
	for _, e := range events {
		r := row(e)
		if sep == '\t' {
			for i := range r {
				r[i] = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ", `"`, "'").Replace(r[i])
			}
		}
		if err := cw.Write(r); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// geoJSON types: a FeatureCollection of Points (RFC 7946); an event without
// coordinates is a Feature with a null geometry.
type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string    `json:"type"`
	ID         int64     `json:"id"`
	Geometry   *geometry `json:"geometry"`
	Properties Record    `json:"properties"`
}

type geometry struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

func writeGeoJSON(w io.Writer, events []store.Event) error {
	fc := featureCollection{Type: "FeatureCollection", Features: make([]feature, 0, len(events))}
	for _, e := range events {
		f := feature{Type: "Feature", ID: e.ID, Properties: ToRecord(e)}
		if e.Place != nil && e.Place.HasCoords {
			f.Geometry = &geometry{Type: "Point", Coordinates: [2]float64{e.Place.Lon, e.Place.Lat}}
		}
		fc.Features = append(fc.Features, f)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(fc)
}

func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }

// countryName returns the English name of an ISO 3166-1 alpha-2 code.
func countryName(cc string) string {
	r, err := language.ParseRegion(cc)
	if err != nil {
		return cc
	}
	if n := display.English.Regions().Name(r); n != "" {
		return n
	}
	return cc
}

// isoNumeric returns the ISO 3166-1 numeric code (UN M.49) of an alpha-2
// code, "" when unknown.
func isoNumeric(cc string) string {
	r, err := language.ParseRegion(cc)
	if err != nil || r.M49() == 0 {
		return ""
	}
	return strconv.Itoa(r.M49())
}

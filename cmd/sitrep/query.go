package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"golang.org/x/term"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/export"
	"github.com/sitrep/sitrep/store/sqlite"
)

func init() {
	register(command{name: "query", summary: "list merged events from the corpus database (table, JSON Lines, CSV, GDELT, ACLED, GeoJSON)", run: runQuery})
}

func runQuery(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "query", "", "Lists the events in the corpus database, each merged over the articles that report it,\n"+
		"ordered by date. Filters combine (all must hold). Output: a table on terminals, JSON Lines otherwise.")
	db := fs.String("db", defaultDB, "the corpus database `file`")
	from := fs.String("from", "", "events starting on or after `DATE` (YYYY-MM-DD, or YYYY-MM for the month's first day)")
	to := fs.String("to", "", "events starting on or before `DATE` (YYYY-MM-DD, or YYYY-MM for the month's last day)")
	country := fs.String("country", "", "events in this country (ISO 3166-1 alpha-2 `code`, e.g. IQ)")
	admin1 := fs.String("admin1", "", "events in this first-level division (`NAME`, e.g. Nineveh)")
	bbox := fs.String("bbox", "", "events inside `minlon,minlat,maxlon,maxlat`")
	near := fs.String("near", "", "events near `lat,lon` (with --radius-km)")
	radius := fs.Float64("radius-km", 50, "radius for --near in `km`")
	actor := fs.String("actor", "", "source or target actor: a CAMEO code prefix or part of a name (`TEXT|CODE`)")
	cameo := fs.String("cameo", "", "CAMEO code `prefix` (19 = fight)")
	plover := fs.String("plover", "", "PLOVER event `TYPE` (ASSAULT, PROTEST...)")
	acled := fs.String("acled", "", "ACLED event or sub-event `TYPE` (Battles, Peaceful protest...)")
	text := fs.String("text", "", "full-text `query` over the reporting articles")
	defFormat := "jsonl"
	if f, ok := e.stdout.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		defFormat = "table"
	}
	format := fs.String("format", defFormat, "output `format`: "+strings.Join(export.Formats, ", ")+" (csv: GDELT 2.0 columns with a header; gdelt: GDELT's tab-separated file)")
	limit := fs.Int("limit", 0, "at most `N` events (0: all)")
	articles := fs.Bool("articles", false, "list stored articles (id, url, title, date, outlet, story cluster) instead of events; with --text, --cluster, --limit")
	cluster := fs.String("cluster", "", "with --articles: only the articles of this story cluster `ID`")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected argument %q (filters are flags; see sitrep query --help)", fs.Arg(0))
	}
	if !validFormat(*format) {
		return fmt.Errorf("--format %q: want one of %s", *format, strings.Join(export.Formats, ", "))
	}
	f := store.Filter{Country: strings.ToUpper(*country), Admin1: *admin1, Actor: *actor, CAMEO: *cameo, PLOVER: *plover,
		ACLED: *acled, Text: *text, Limit: *limit}
	var err error
	if f.From, err = parseDay(*from, false); err != nil {
		return fmt.Errorf("--from: %w", err)
	}
	if f.To, err = parseDay(*to, true); err != nil {
		return fmt.Errorf("--to: %w", err)
	}
	if *bbox != "" {
		v, err := floats(*bbox, 4)
		if err != nil || v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90 || v[0] > v[2] || v[1] > v[3] {
			return fmt.Errorf("--bbox %q: want minlon,minlat,maxlon,maxlat in degrees, min below max", *bbox)
		}
		f.BBox = &store.BBox{MinLon: v[0], MinLat: v[1], MaxLon: v[2], MaxLat: v[3]}
	}
	if *near != "" {
		v, err := floats(*near, 2)
		if err != nil || v[0] < -90 || v[0] > 90 || v[1] < -180 || v[1] > 180 {
			return fmt.Errorf("--near %q: want lat,lon in degrees", *near)
		}
		if *radius <= 0 {
			return fmt.Errorf("--radius-km %v: want a positive number", *radius)
		}
		f.Near = &store.Circle{Lat: v[0], Lon: v[1], RadiusKm: *radius}
	}
	if *limit < 0 {
		return fmt.Errorf("--limit %d: want 0 or more", *limit)
	}
	st, err := sqlite.Open(ctx, *db, sqlite.Options{ReadOnly: true})
	if err != nil {
		return err
	}
	defer st.Close()
	if *articles {
		return listArticles(ctx, e, st, store.ArticleFilter{Text: *text, Cluster: *cluster, Limit: *limit}, *format)
	}
	if *cluster != "" {
		return fmt.Errorf("--cluster needs --articles")
	}
	events, err := st.QueryEvents(ctx, f)
	if err != nil {
		return err
	}
	return export.Write(e.stdout, *format, events)
}

func validFormat(f string) bool {
	for _, x := range export.Formats {
		if x == f {
			return true
		}
	}
	return false
}

// parseDay accepts YYYY-MM-DD, YYYY-MM (first or last day) or YYYY.
func parseDay(s string, end bool) (string, error) {
	if s == "" {
		return "", nil
	}
	if t, err := time.Parse("2006-01-02", s); err == nil {
		return t.Format("2006-01-02"), nil
	}
	if t, err := time.Parse("2006-01", s); err == nil {
		if end {
			t = t.AddDate(0, 1, -1)
		}
		return t.Format("2006-01-02"), nil
	}
	if t, err := time.Parse("2006", s); err == nil {
		if end {
			t = t.AddDate(1, 0, -1)
		}
		return t.Format("2006-01-02"), nil
	}
	return "", fmt.Errorf("%q: want YYYY-MM-DD, YYYY-MM or YYYY", s)
}

func floats(s string, n int) ([]float64, error) {
	parts := strings.Split(s, ",")
	if len(parts) != n {
		return nil, fmt.Errorf("want %d numbers", n)
	}
	out := make([]float64, n)
	for i, p := range parts {
		v, err := strconv.ParseFloat(strings.TrimSpace(p), 64)
		if err != nil {
			return nil, err
		}
		out[i] = v
	}
	return out, nil
}

// listArticles writes stored articles: a table, else JSON Lines.
func listArticles(ctx context.Context, e *env, st store.Store, f store.ArticleFilter, format string) error {
	arts, err := st.Articles(ctx, f)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(e.stdout)
	defer w.Flush()
	if format == "table" {
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "PUBLISHED\tID\tCLUSTER\tOUTLET\tEVENTS\tTITLE")
		for _, a := range arts {
			pub := "-"
			if a.Published != nil {
				pub = *a.Published
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d\t%s\n", pub, a.ID, a.ClusterID, a.Outlet, a.Events, a.Title)
		}
		return tw.Flush()
	}
	if format != "jsonl" {
		return fmt.Errorf("--format %q: articles are listed as table or jsonl", format)
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range arts {
		if err := enc.Encode(a); err != nil {
			return err
		}
	}
	return nil
}

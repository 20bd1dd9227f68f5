package shareddata

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"testing"
)

// Article is one row of the Wikinews sample (data/news/wikinews/*.csv).
type Article struct {
	URL, Date, Title, Text string
	// Pos names the row: "wikinews_2019.csv: row 2".
	Pos string
}

// Wikinews reads every article of the Wikinews sample, files in name
// order, skipping the test or benchmark when the sample is absent.
func Wikinews(tb testing.TB) []Article {
	tb.Helper()
	dir := Path(tb, "data/news/wikinews")
	files, _ := filepath.Glob(filepath.Join(dir, "*.csv"))
	sort.Strings(files)
	var out []Article
	for _, f := range files {
		fh, err := os.Open(f)
		if err != nil {
			tb.Fatal(err)
		}
		rows, err := csv.NewReader(fh).ReadAll()
		fh.Close()
		if err != nil {
			tb.Fatalf("%s: %v", f, err)
		}
		if len(rows) == 0 {
			continue
		}
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for _, name := range []string{"url", "date", "title", "text"} {
			if _, ok := col[name]; !ok {
				tb.Fatalf("%s: no %q column", f, name)
			}
		}
		for i, r := range rows[1:] {
			out = append(out, Article{URL: r[col["url"]], Date: r[col["date"]], Title: r[col["title"]], Text: r[col["text"]],
				Pos: filepath.Base(f) + ": row " + strconv.Itoa(i+2)})
		}
	}
	if len(out) == 0 {
		tb.Skip("skipped: no Wikinews articles found")
	}
	return out
}

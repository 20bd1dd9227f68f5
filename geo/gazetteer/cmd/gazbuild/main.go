// Command gazbuild builds (or checks) the gazetteer index cached in the data
// folder; `make setup` runs it so that the first real run is quick. It
// touches nothing but that cache file.
package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/sitrep/sitrep/datadir"
	"github.com/sitrep/sitrep/geo/gazetteer"
)

func main() {
	t := time.Now()
	g, err := gazetteer.Open(context.Background(), datadir.Dir())
	if err != nil {
		fmt.Fprintln(os.Stderr, "gazbuild:", err)
		os.Exit(1)
	}
	fmt.Printf("setup: gazetteer index ready: %d places (%s)\n", g.Len(), time.Since(t).Round(time.Millisecond))
}

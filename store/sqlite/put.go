package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/dedup"
	"github.com/sitrep/sitrep/doc"
	"github.com/sitrep/sitrep/store"
)

// stmts are the write statements, prepared once on the write connection.
type stmts struct {
	hasInput, articleByID, insInput, lshLookup, sigByN, insArticle, insFTS, insLSH,
	insAnnot, insPlace, candBox, candGeo, candNoPlace, insEvent, insRtree, insReport, updEvent *sql.Stmt
}

func prepare(ctx context.Context, db *sql.DB) (*stmts, error) {
	s := &stmts{}
	for _, p := range []struct {
		dst **sql.Stmt
		q   string
	}{
		{&s.hasInput, `SELECT 1 FROM inputs WHERE hash = ?`},
		{&s.articleByID, `SELECT cluster_id FROM articles WHERE id = ?`},
		{&s.insInput, `INSERT INTO inputs(hash, article_id, source, added) VALUES (?, ?, ?, ?)`},
		{&s.lshLookup, `SELECT article_n FROM lsh WHERE band = ? AND bucket = ? ORDER BY article_n LIMIT 8`},
		{&s.sigByN, `SELECT id, cluster_id, minhash FROM articles WHERE n = ?`},
		{&s.insArticle, `INSERT INTO articles(id, url, title, published, source, outlet, text, cluster_id, similarity, minhash, lead_end, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.insFTS, `INSERT INTO articles_fts(rowid, title, text) VALUES (?, ?, ?)`},
		{&s.insLSH, `INSERT OR IGNORE INTO lsh(band, bucket, article_n) VALUES (?, ?, ?)`},
		{&s.insAnnot, `INSERT INTO annotations(article_id, doc) VALUES (?, ?)`},
		{&s.insPlace, `INSERT INTO places(article_id, idx, name, geonameid, lat, lon, country, admin1, feature, precision_km, mentions)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.candBox, `SELECT ` + candCols + ` FROM events_rtree r JOIN events e ON e.id = r.id
			WHERE r.minlon <= ? AND r.maxlon >= ? AND r.minlat <= ? AND r.maxlat >= ?
			AND e.root = ? AND e.date_from <= ? AND e.date_to >= ?`},
		{&s.candGeo, `SELECT ` + candCols + ` FROM events e WHERE e.geonameid = ? AND e.root = ? AND e.date_from <= ? AND e.date_to >= ?`},
		{&s.candNoPlace, `SELECT ` + candCols + ` FROM events e WHERE e.root = ? AND e.src_code = ? AND e.tgt_code = ?
			AND e.has_place = 0 AND e.date_from <= ? AND e.date_to >= ?`},
		{&s.insEvent, `INSERT INTO events(cameo, root, plover, mode, acled, quad_class, goldstein,
			src_text, src_name, src_code, tgt_text, tgt_name, tgt_code,
			has_place, place_name, has_coords, lat, lon, country, admin1, geonameid, feature,
			date_from, date_to, is_root, attribution, fatalities, sentence,
			num_mentions, num_articles, num_sources, first_article, source_url, added)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, 1, ?, ?, ?)`},
		{&s.insRtree, `INSERT INTO events_rtree(id, minlon, maxlon, minlat, maxlat) VALUES (?, ?, ?, ?, ?)`},
		{&s.insReport, `INSERT INTO event_reports(article_id, idx, doc_event, event_id, outlet, mentions, cameo, date_from, date_to)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&s.updEvent, `UPDATE events SET
			num_mentions = num_mentions + ?2,
			num_articles = (SELECT count(DISTINCT article_id) FROM event_reports WHERE event_id = ?1),
			num_sources = (SELECT count(DISTINCT outlet) FROM event_reports WHERE event_id = ?1),
			src_text = CASE WHEN src_code = '' AND ?3 != '' THEN ?4 ELSE src_text END,
			src_name = CASE WHEN src_code = '' AND ?3 != '' THEN ?5 ELSE src_name END,
			src_code = CASE WHEN src_code = '' THEN ?3 ELSE src_code END,
			tgt_text = CASE WHEN tgt_code = '' AND ?6 != '' THEN ?7 ELSE tgt_text END,
			tgt_name = CASE WHEN tgt_code = '' AND ?6 != '' THEN ?8 ELSE tgt_name END,
			tgt_code = CASE WHEN tgt_code = '' THEN ?6 ELSE tgt_code END,
			fatalities = max(fatalities, ?9)
			WHERE id = ?1`},
	} {
		st, err := db.PrepareContext(ctx, p.q)
		if err != nil {
			s.close()
			return nil, fmt.Errorf("prepare %q: %w", firstWords(p.q), err)
		}
		*p.dst = st
	}
	return s, nil
}

func (s *stmts) close() {
	for _, st := range []*sql.Stmt{s.hasInput, s.articleByID, s.insInput, s.lshLookup, s.sigByN, s.insArticle, s.insFTS, s.insLSH,
		s.insAnnot, s.insPlace, s.candBox, s.candGeo, s.candNoPlace, s.insEvent, s.insRtree, s.insReport, s.updEvent} {
		if st != nil {
			st.Close()
		}
	}
}

func firstWords(q string) string {
	f := strings.Fields(q)
	if len(f) > 4 {
		f = f[:4]
	}
	return strings.Join(f, " ")
}

const candCols = `e.id, e.cameo, e.src_code, e.tgt_code, e.geonameid, e.has_coords, e.lat, e.lon, e.date_from, e.date_to`

// HasInput reports whether the input was committed.
func (s *DB) HasInput(ctx context.Context, hash string) (bool, error) {
	var one int
	err := s.r.QueryRowContext(ctx, `SELECT 1 FROM inputs WHERE hash = ?`, hash).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, s.wrap(err)
	}
	return true, nil
}

// PutArticle stores an article, its annotations, cluster and events in one
// transaction.
func (s *DB) PutArticle(ctx context.Context, a *store.Article) (store.PutResult, error) {
	if s.w == nil {
		return store.PutResult{}, fmt.Errorf("%s: opened read-only", s.path)
	}
	if a.InputHash == "" || a.Doc.ID == "" {
		return store.PutResult{}, fmt.Errorf("put article: input hash and document id are required")
	}
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return store.PutResult{}, s.wrap(err)
	}
	defer tx.Rollback()
	res, err := s.put(ctx, tx, a)
	if err != nil {
		return store.PutResult{}, s.wrap(err)
	}
	if err := tx.Commit(); err != nil {
		return store.PutResult{}, s.wrap(err)
	}
	return res, nil
}

func (s *DB) put(ctx context.Context, tx *sql.Tx, a *store.Article) (store.PutResult, error) {
	// Each prepared statement is bound to the transaction once.
	bound := map[*sql.Stmt]*sql.Stmt{}
	st := func(p *sql.Stmt) *sql.Stmt {
		if b, ok := bound[p]; ok {
			return b
		}
		b := tx.StmtContext(ctx, p)
		bound[p] = b
		return b
	}
	now := s.now().UTC().Format(time.RFC3339)
	res := store.PutResult{ArticleID: a.Doc.ID}
	var one int
	err := st(s.ins.hasInput).QueryRowContext(ctx, a.InputHash).Scan(&one)
	if err == nil {
		res.Status = store.Known
		st(s.ins.articleByID).QueryRowContext(ctx, a.Doc.ID).Scan(&res.ClusterID)
		return res, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return res, err
	}
	err = st(s.ins.articleByID).QueryRowContext(ctx, a.Doc.ID).Scan(&res.ClusterID)
	if err == nil {
		res.Status = store.Duplicate
		_, err = st(s.ins.insInput).ExecContext(ctx, a.InputHash, a.Doc.ID, a.Source, now)
		return res, err
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return res, err
	}

	// Near-duplicate cluster: LSH candidates, best estimated Jaccard.
	res.ClusterID = a.Doc.ID
	bands := a.Signature.BandKeys()
	if bands != nil {
		seen := map[int64]bool{}
		var cands []int64
		for b, key := range bands {
			rows, err := st(s.ins.lshLookup).QueryContext(ctx, b, key)
			if err != nil {
				return res, err
			}
			for rows.Next() {
				var n int64
				if err := rows.Scan(&n); err != nil {
					rows.Close()
					return res, err
				}
				if !seen[n] {
					seen[n] = true
					cands = append(cands, n)
				}
			}
			rows.Close()
			if err := rows.Err(); err != nil {
				return res, err
			}
		}
		sort.Slice(cands, func(i, j int) bool { return cands[i] < cands[j] })
		for _, n := range cands {
			var id, cluster string
			var blob []byte
			if err := st(s.ins.sigByN).QueryRowContext(ctx, n).Scan(&id, &cluster, &blob); err != nil {
				return res, err
			}
			if sim := dedup.Similarity(a.Signature, dedup.FromBytes(blob)); sim >= dedup.Threshold && sim > res.Similarity {
				res.Similarity, res.NearDuplicateOf, res.ClusterID = sim, id, cluster
			}
		}
	}

	outlet := a.Outlet
	if outlet == "" {
		outlet = a.Doc.ID
	}
	published := a.Published
	if published == nil {
		published = a.Doc.Published
	}
	var sig []byte
	if a.Signature != nil {
		sig = a.Signature.Bytes()
	}
	r, err := st(s.ins.insArticle).ExecContext(ctx, a.Doc.ID, a.URL, a.Title, published, a.Source, outlet, a.Text,
		res.ClusterID, res.Similarity, sig, a.LeadEnd, now)
	if err != nil {
		return res, err
	}
	n, err := r.LastInsertId()
	if err != nil {
		return res, err
	}
	if _, err := st(s.ins.insFTS).ExecContext(ctx, n, a.Title, a.Text); err != nil {
		return res, err
	}
	for b, key := range bands {
		if _, err := st(s.ins.insLSH).ExecContext(ctx, b, key, n); err != nil {
			return res, err
		}
	}
	if _, err := st(s.ins.insInput).ExecContext(ctx, a.InputHash, a.Doc.ID, a.Source, now); err != nil {
		return res, err
	}
	js, err := json.Marshal(a.Doc)
	if err != nil {
		return res, fmt.Errorf("encode annotations: %w", err)
	}
	if _, err := st(s.ins.insAnnot).ExecContext(ctx, a.Doc.ID, string(js)); err != nil {
		return res, err
	}
	for i, p := range a.Doc.Places {
		var lat, lon any
		if p.Lat != 0 || p.Lon != 0 {
			lat, lon = p.Lat, p.Lon
		}
		if _, err := st(s.ins.insPlace).ExecContext(ctx, a.Doc.ID, i, p.Name, p.GeonameID, lat, lon, strings.ToUpper(p.Country),
			p.Admin1, p.Feature, p.PrecisionKm, len(p.Mentions)); err != nil {
			return res, err
		}
	}
	for i := range a.Doc.Events {
		merged, err := s.putEvent(ctx, st, a, i, published, outlet, now)
		if err != nil {
			return res, fmt.Errorf("event %d: %w", i, err)
		}
		res.Reports++
		if merged {
			res.Merged++
		}
	}
	res.Status = store.Added
	return res, nil
}

// eventRow is an event report flattened for the events table.
type eventRow struct {
	key                        dedup.EventKey
	place                      store.Place
	hasPlace                   bool
	from, to                   string
	mentions                   int
	fatalities                 float64
	src, tgt                   store.Actor
	attribution                string
	isRoot                     bool
	cameo, plover, mode, acled string
	quad                       int
	goldstein                  float64
	sentence                   string
}

func flatten(a *store.Article, ev *doc.Event, published *string) eventRow {
	r := eventRow{cameo: ev.CAMEO, plover: ev.PLOVER, mode: ev.Mode, acled: ev.ACLED, quad: ev.QuadClass,
		goldstein: ev.Goldstein, sentence: ev.Sentence.Text, mentions: ev.Mentions}
	if r.mentions < 1 {
		r.mentions = 1
	}
	if ev.Source != nil {
		r.src = store.Actor{Text: ev.Source.Text, Name: ev.Source.Name, Code: ev.Source.Code}
	}
	if ev.Target != nil {
		r.tgt = store.Actor{Text: ev.Target.Text, Name: ev.Target.Name, Code: ev.Target.Code}
	}
	if ev.Place != nil && (ev.Place.Name != "" || ev.Place.GeonameID != 0 || ev.Place.Lat != 0 || ev.Place.Lon != 0) {
		r.hasPlace = true
		p := ev.Place
		r.place = store.Place{Name: p.Name, Lat: p.Lat, Lon: p.Lon, HasCoords: p.Lat != 0 || p.Lon != 0,
			Country: strings.ToUpper(p.Country), GeonameID: p.GeonameID}
		// admin1 and feature come from the document's resolved places.
		for _, dp := range a.Doc.Places {
			if (p.GeonameID != 0 && dp.GeonameID == p.GeonameID) || (p.GeonameID == 0 && dp.Name == p.Name) {
				r.place.Admin1, r.place.Feature = dp.Admin1, dp.Feature
				if r.place.Country == "" {
					r.place.Country = strings.ToUpper(dp.Country)
				}
				break
			}
		}
	}
	if ev.Date != nil && ev.Date.From != nil && validDay(*ev.Date.From) {
		r.from = *ev.Date.From
		r.to = r.from
		if ev.Date.To != nil && validDay(*ev.Date.To) && *ev.Date.To >= r.from {
			r.to = *ev.Date.To
		}
	} else if published != nil && validDay(*published) {
		r.from, r.to = *published, *published
	}
	for _, c := range ev.Counts {
		switch strings.ToLower(c.Category) {
		case "killed", "dead", "deaths", "fatalities":
			if c.Value > r.fatalities {
				r.fatalities = c.Value
			}
		}
	}
	if ev.Attribution != nil {
		r.attribution = ev.Attribution.Status
	}
	r.isRoot = a.LeadEnd > 0 && ev.Sentence.Start < a.LeadEnd
	r.key = dedup.EventKey{CAMEO: ev.CAMEO, SourceCode: r.src.Code, TargetCode: r.tgt.Code, GeonameID: r.place.GeonameID,
		HasCoords: r.place.HasCoords, Lat: r.place.Lat, Lon: r.place.Lon, From: r.from, To: r.to}
	return r
}

// validDay accepts YYYY-MM-DD.
func validDay(s string) bool {
	_, err := time.Parse("2006-01-02", s)
	return err == nil
}

func (s *DB) putEvent(ctx context.Context, st func(*sql.Stmt) *sql.Stmt, a *store.Article, i int, published *string, outlet, now string) (bool, error) {
	ev := &a.Doc.Events[i]
	r := flatten(a, ev, published)
	id, found, err := s.findEvent(ctx, st, r.key)
	if err != nil {
		return false, err
	}
	if !found {
		res, err := st(s.ins.insEvent).ExecContext(ctx, r.cameo, dedup.Root(r.cameo), r.plover, r.mode, r.acled, r.quad, r.goldstein,
			r.src.Text, r.src.Name, r.src.Code, r.tgt.Text, r.tgt.Name, r.tgt.Code,
			b2i(r.hasPlace), r.place.Name, b2i(r.place.HasCoords), r.place.Lat, r.place.Lon, r.place.Country, r.place.Admin1,
			r.place.GeonameID, r.place.Feature, r.from, r.to, b2i(r.isRoot), r.attribution, r.fatalities, r.sentence,
			r.mentions, a.Doc.ID, a.URL, now)
		if err != nil {
			return false, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return false, err
		}
		if r.place.HasCoords {
			if _, err := st(s.ins.insRtree).ExecContext(ctx, id, r.place.Lon, r.place.Lon, r.place.Lat, r.place.Lat); err != nil {
				return false, err
			}
		}
	}
	if _, err := st(s.ins.insReport).ExecContext(ctx, a.Doc.ID, i, ev.ID, id, outlet, r.mentions, r.cameo, r.from, r.to); err != nil {
		return false, err
	}
	if found {
		if _, err := st(s.ins.updEvent).ExecContext(ctx, id, r.mentions, r.src.Code, r.src.Text, r.src.Name,
			r.tgt.Code, r.tgt.Text, r.tgt.Name, r.fatalities); err != nil {
			return false, err
		}
	}
	return found, nil
}

// findEvent returns the stored event that k merges into: among the
// candidates the index finds, those dedup.SameEvent accepts, nearest first,
// then oldest.
func (s *DB) findEvent(ctx context.Context, st func(*sql.Stmt) *sql.Stmt, k dedup.EventKey) (int64, bool, error) {
	root := dedup.Root(k.CAMEO)
	if root == "" || k.From == "" {
		return 0, false, nil
	}
	to := k.To
	if to == "" {
		to = k.From
	}
	var queries []func() (*sql.Rows, error)
	if k.HasCoords {
		minLon, minLat, maxLon, maxLat := dedup.BoundingBox(k.Lat, k.Lon, dedup.RadiusKm)
		queries = append(queries, func() (*sql.Rows, error) {
			return st(s.ins.candBox).QueryContext(ctx, maxLon, minLon, maxLat, minLat, root, to, k.From)
		})
	}
	if k.GeonameID != 0 {
		queries = append(queries, func() (*sql.Rows, error) {
			return st(s.ins.candGeo).QueryContext(ctx, k.GeonameID, root, to, k.From)
		})
	}
	if !k.HasCoords && k.GeonameID == 0 && k.SourceCode != "" && k.TargetCode != "" {
		queries = append(queries, func() (*sql.Rows, error) {
			return st(s.ins.candNoPlace).QueryContext(ctx, root, k.SourceCode, k.TargetCode, to, k.From)
		})
	}
	best, bestDist, found := int64(0), 0.0, false
	for _, q := range queries {
		rows, err := q()
		if err != nil {
			return 0, false, err
		}
		for rows.Next() {
			var id int64
			var c dedup.EventKey
			var hasCoords int
			if err := rows.Scan(&id, &c.CAMEO, &c.SourceCode, &c.TargetCode, &c.GeonameID, &hasCoords, &c.Lat, &c.Lon, &c.From, &c.To); err != nil {
				rows.Close()
				return 0, false, err
			}
			c.HasCoords = hasCoords == 1
			if !dedup.SameEvent(k, c) {
				continue
			}
			d := 0.0
			if k.HasCoords && c.HasCoords {
				d = dedup.DistanceKm(k.Lat, k.Lon, c.Lat, c.Lon)
			}
			if !found || d < bestDist || (d == bestDist && id < best) {
				best, bestDist, found = id, d, true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, false, err
		}
	}
	return best, found, nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

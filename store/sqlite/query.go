package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/sitrep/sitrep/dedup"
	"github.com/sitrep/sitrep/store"
)

const eventCols = `e.id, e.cameo, e.plover, e.mode, e.acled, e.quad_class, e.goldstein,
	e.src_text, e.src_name, e.src_code, e.tgt_text, e.tgt_name, e.tgt_code,
	e.has_place, e.place_name, e.has_coords, e.lat, e.lon, e.country, e.admin1, e.geonameid, e.feature,
	e.date_from, e.date_to, e.is_root, e.attribution, e.fatalities, e.sentence,
	e.num_mentions, e.num_articles, e.num_sources, e.first_article, e.source_url, e.added,
	(SELECT json_group_array(DISTINCT article_id) FROM event_reports WHERE event_id = e.id),
	(SELECT json_group_array(DISTINCT outlet) FROM event_reports WHERE event_id = e.id)`

// QueryEvents returns merged events matching f.
func (s *DB) QueryEvents(ctx context.Context, f store.Filter) ([]store.Event, error) {
	where, args, err := eventWhere(f)
	if err != nil {
		return nil, err
	}
	q := `SELECT ` + eventCols + ` FROM events e`
	if f.BBox != nil || f.Near != nil {
		q += ` JOIN events_rtree r ON r.id = e.id`
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY e.date_from, e.id`
	// A radius is checked exactly after the box look-up, so the limit is
	// applied while reading.
	if f.Limit > 0 && f.Near == nil {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []store.Event
	for rows.Next() {
		var e store.Event
		var p store.Place
		var hasPlace, hasCoords, isRoot int
		var added, arts, outlets string
		if err := rows.Scan(&e.ID, &e.CAMEO, &e.PLOVER, &e.Mode, &e.ACLED, &e.QuadClass, &e.Goldstein,
			&e.Source.Text, &e.Source.Name, &e.Source.Code, &e.Target.Text, &e.Target.Name, &e.Target.Code,
			&hasPlace, &p.Name, &hasCoords, &p.Lat, &p.Lon, &p.Country, &p.Admin1, &p.GeonameID, &p.Feature,
			&e.From, &e.To, &isRoot, &e.Attribution, &e.Fatalities, &e.Sentence,
			&e.NumMentions, &e.NumArticles, &e.NumSources, &e.FirstArticle, &e.SourceURL, &added, &arts, &outlets); err != nil {
			return nil, s.wrap(err)
		}
		p.HasCoords = hasCoords == 1
		if hasPlace == 1 {
			e.Place = &p
		}
		e.IsRoot = isRoot == 1
		e.Added, _ = time.Parse(time.RFC3339, added)
		e.Articles = jsonList(arts)
		e.Outlets = jsonList(outlets)
		if f.Near != nil && (e.Place == nil || !p.HasCoords || dedup.DistanceKm(f.Near.Lat, f.Near.Lon, p.Lat, p.Lon) > f.Near.RadiusKm) {
			continue
		}
		out = append(out, e)
		if f.Limit > 0 && len(out) >= f.Limit {
			break
		}
	}
	return out, s.wrap(rows.Err())
}

func jsonList(s string) []string {
	var out []string
	if s == "" || json.Unmarshal([]byte(s), &out) != nil {
		return []string{}
	}
	sort.Strings(out)
	return out
}

func eventWhere(f store.Filter) ([]string, []any, error) {
	var where []string
	var args []any
	add := func(cond string, a ...any) {
		where = append(where, cond)
		args = append(args, a...)
	}
	if f.From != "" {
		if !validDay(f.From) {
			return nil, nil, fmt.Errorf("%w: from %q: want YYYY-MM-DD", store.ErrBadFilter, f.From)
		}
		add(`e.date_from >= ?`, f.From)
	}
	if f.To != "" {
		if !validDay(f.To) {
			return nil, nil, fmt.Errorf("%w: to %q: want YYYY-MM-DD", store.ErrBadFilter, f.To)
		}
		add(`e.date_from != '' AND e.date_from <= ?`, f.To)
	}
	if f.Country != "" {
		add(`e.country = ?`, strings.ToUpper(f.Country))
	}
	if f.Admin1 != "" {
		add(`e.admin1 = ? COLLATE NOCASE`, f.Admin1)
	}
	box := f.BBox
	if f.Near != nil {
		if f.Near.RadiusKm <= 0 || f.Near.Lat < -90 || f.Near.Lat > 90 || f.Near.Lon < -180 || f.Near.Lon > 180 {
			return nil, nil, fmt.Errorf("%w: near %v,%v radius %v km", store.ErrBadFilter, f.Near.Lat, f.Near.Lon, f.Near.RadiusKm)
		}
		minLon, minLat, maxLon, maxLat := dedup.BoundingBox(f.Near.Lat, f.Near.Lon, f.Near.RadiusKm)
		nb := store.BBox{MinLon: minLon, MinLat: minLat, MaxLon: maxLon, MaxLat: maxLat}
		if box != nil {
			nb = store.BBox{MinLon: max(nb.MinLon, box.MinLon), MinLat: max(nb.MinLat, box.MinLat),
				MaxLon: min(nb.MaxLon, box.MaxLon), MaxLat: min(nb.MaxLat, box.MaxLat)}
		}
		box = &nb
	}
	if box != nil {
		if box.MinLon > box.MaxLon || box.MinLat > box.MaxLat {
			return nil, nil, fmt.Errorf("%w: bbox %v,%v,%v,%v: min above max", store.ErrBadFilter, box.MinLon, box.MinLat, box.MaxLon, box.MaxLat)
		}
		add(`r.minlon >= ? AND r.maxlon <= ? AND r.minlat >= ? AND r.maxlat <= ?`, box.MinLon, box.MaxLon, box.MinLat, box.MaxLat)
	}
	if f.Actor != "" {
		like := "%" + escapeLike(f.Actor) + "%"
		code := strings.ToUpper(f.Actor)
		add(`(e.src_code LIKE ? ESCAPE '\' OR e.tgt_code LIKE ? ESCAPE '\' OR e.src_name LIKE ? ESCAPE '\' OR e.tgt_name LIKE ? ESCAPE '\'
			OR e.src_text LIKE ? ESCAPE '\' OR e.tgt_text LIKE ? ESCAPE '\')`,
			escapeLike(code)+"%", escapeLike(code)+"%", like, like, like, like)
	}
	if f.CAMEO != "" {
		for _, r := range f.CAMEO {
			if r < '0' || r > '9' {
				return nil, nil, fmt.Errorf("%w: cameo %q: want digits", store.ErrBadFilter, f.CAMEO)
			}
		}
		add(`e.cameo LIKE ?`, f.CAMEO+"%")
	}
	if f.PLOVER != "" {
		add(`e.plover = ? COLLATE NOCASE`, f.PLOVER)
	}
	if f.ACLED != "" {
		a := escapeLike(f.ACLED)
		add(`(e.acled LIKE ? ESCAPE '\' OR e.acled LIKE ? ESCAPE '\' OR e.acled LIKE ? ESCAPE '\')`, a, a+"/%", "%/"+a)
	}
	if f.Text != "" {
		add(`e.id IN (SELECT er.event_id FROM event_reports er JOIN articles a ON a.id = er.article_id
			WHERE a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))`, f.Text)
	}
	return where, args, nil
}

func escapeLike(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return r.Replace(s)
}

// Articles lists stored articles.
func (s *DB) Articles(ctx context.Context, f store.ArticleFilter) ([]store.ArticleInfo, error) {
	q := `SELECT a.id, a.url, a.title, a.published, a.source, a.outlet, a.cluster_id,
		(SELECT count(*) FROM event_reports WHERE article_id = a.id) FROM articles a`
	var where []string
	var args []any
	if f.Text != "" {
		where = append(where, `a.n IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)`)
		args = append(args, f.Text)
	}
	if f.Cluster != "" {
		where = append(where, `a.cluster_id = ?`)
		args = append(args, f.Cluster)
	}
	if len(where) > 0 {
		q += ` WHERE ` + strings.Join(where, ` AND `)
	}
	q += ` ORDER BY a.published, a.id`
	if f.Limit > 0 {
		q += fmt.Sprintf(` LIMIT %d`, f.Limit)
	}
	rows, err := s.r.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []store.ArticleInfo
	for rows.Next() {
		var a store.ArticleInfo
		if err := rows.Scan(&a.ID, &a.URL, &a.Title, &a.Published, &a.Source, &a.Outlet, &a.ClusterID, &a.Events); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, a)
	}
	return out, s.wrap(rows.Err())
}

// Stats counts what is stored.
func (s *DB) Stats(ctx context.Context, by store.GroupBy) (store.Stats, error) {
	var st store.Stats
	err := s.r.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM inputs), (SELECT count(*) FROM articles), (SELECT count(DISTINCT cluster_id) FROM articles),
		(SELECT count(*) FROM event_reports), (SELECT count(*) FROM events), (SELECT count(*) FROM places)`).
		Scan(&st.Inputs, &st.Articles, &st.Clusters, &st.EventReports, &st.Events, &st.Places)
	if err != nil {
		return st, s.wrap(err)
	}
	var key string
	switch by {
	case store.ByNone:
		return st, nil
	case store.ByDay:
		key = `date_from`
	case store.ByPlace:
		key = `country || '/' || admin1 || '/' || place_name`
	case store.ByType:
		key = `root || ' ' || plover`
	default:
		return st, fmt.Errorf("%w: group by %q: want day, place or type", store.ErrBadFilter, by)
	}
	rows, err := s.r.QueryContext(ctx, `SELECT `+key+` AS k, count(*), sum(num_mentions), sum(num_articles)
		FROM events GROUP BY k ORDER BY k`)
	if err != nil {
		return st, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var g store.Group
		if err := rows.Scan(&g.Key, &g.Events, &g.Mentions, &g.Articles); err != nil {
			return st, s.wrap(err)
		}
		st.Groups = append(st.Groups, g)
	}
	return st, s.wrap(rows.Err())
}

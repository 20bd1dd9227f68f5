// Package store owns the corpus seam: the Store interface that ingest writes
// processed articles into and query reads merged events from, the values
// that cross it (Article, Event, Filter, Stats) and the errors a store
// reports. Implementations live in subpackages (store/sqlite, later
// store/postgres) and must pass the conformance suite in store/storetest.
// The package does no I/O itself and knows nothing of sources, the pipeline
// or output formats.
package store

import (
	"context"
	"errors"
	"time"

	"github.com/sitrep/sitrep/dedup"
	"github.com/sitrep/sitrep/doc"
)

// Store keeps articles, their annotations and the events merged across them.
// Implementations are safe for concurrent use; PutArticle calls are
// serialised by the store.
type Store interface {
	// PutArticle stores one article with its annotations, near-duplicate
	// cluster and event reports in one transaction: after an error nothing
	// of it is stored. Putting an input whose InputHash is known, or an
	// article whose text is already stored, adds no article.
	PutArticle(ctx context.Context, a *Article) (PutResult, error)
	// HasInput reports whether an input with this hash was ingested (its
	// article committed).
	HasInput(ctx context.Context, inputHash string) (bool, error)
	// QueryEvents returns merged events matching f, ordered by start date
	// then id.
	QueryEvents(ctx context.Context, f Filter) ([]Event, error)
	// Articles returns stored articles matching f, ordered by published
	// date then id.
	Articles(ctx context.Context, f ArticleFilter) ([]ArticleInfo, error)
	// Stats counts what is stored, grouped as asked.
	Stats(ctx context.Context, by GroupBy) (Stats, error)
	Close() error
}

// Article is one processed input on its way into the store.
type Article struct {
	// InputHash identifies the input as read (see doc.ContentID of the raw
	// bytes plus its metadata); a store marks it done when it commits.
	InputHash string
	// Doc is the pipeline's output; Doc.ID is the content hash of Text.
	Doc  doc.Output
	Text string
	// URL, Title and Published (YYYY-MM-DD) as known from the source or
	// the document; Published is the fallback date of undated events.
	URL       string
	Title     string
	Published *string
	// Source says where the article was read (file, record).
	Source string
	// Outlet is the publisher counted for an event's NumSources: the URL's
	// host, else the feed or agency name, else the source file.
	Outlet string
	// Signature is the MinHash of Text (nil when it has no words).
	Signature dedup.Signature
	// LeadEnd is the byte offset where the lead paragraph ends: events
	// stated before it are root events (GDELT IsRootEvent).
	LeadEnd int
}

// PutStatus says what PutArticle did.
type PutStatus int

const (
	// Added: a new article was stored.
	Added PutStatus = iota
	// Duplicate: an article with the same text was already stored; the
	// input is recorded as done and nothing else is added.
	Duplicate
	// Known: this input was already ingested; nothing changed.
	Known
)

func (s PutStatus) String() string {
	switch s {
	case Added:
		return "added"
	case Duplicate:
		return "duplicate"
	case Known:
		return "known"
	}
	return "unknown"
}

// PutResult reports what PutArticle stored.
type PutResult struct {
	Status    PutStatus
	ArticleID string
	// ClusterID is the story cluster: the id of the cluster's first
	// article.
	ClusterID string
	// NearDuplicateOf is the stored article this one matched (estimated
	// Jaccard >= dedup.Threshold), "" when none; Similarity its estimate.
	NearDuplicateOf string
	Similarity      float64
	// Reports is how many event reports were stored, Merged how many of
	// them joined an existing event.
	Reports, Merged int
}

// Actor is an event's source or target.
type Actor struct {
	Text string `json:"text"`
	Name string `json:"name"`
	Code string `json:"code"`
}

// Place is where a merged event happened.
type Place struct {
	Name      string  `json:"name"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	HasCoords bool    `json:"-"`
	Country   string  `json:"country"`
	Admin1    string  `json:"admin1"`
	GeonameID int     `json:"geonameid"`
	Feature   string  `json:"feature"`
}

// Event is an event merged over every article that reports it.
type Event struct {
	ID        int64
	CAMEO     string
	PLOVER    string
	Mode      string
	ACLED     string
	QuadClass int
	Goldstein float64
	Source    Actor
	Target    Actor
	// Place is nil when no report placed the event.
	Place *Place
	// From and To are the day range (YYYY-MM-DD); empty when unknown.
	From, To string
	// IsRoot: the first report states it in the article's lead.
	IsRoot bool
	// NumMentions counts statements over all reports, NumArticles the
	// articles and NumSources the distinct outlets (GDELT's columns).
	NumMentions, NumSources, NumArticles int
	// Attribution is the first report's status (reported, claimed...).
	Attribution string
	// Fatalities is the largest "killed" count any report gives (0 when
	// none).
	Fatalities float64
	// Sentence is the first report's sentence.
	Sentence string
	// SourceURL is the first reporting article's URL, FirstArticle its id.
	SourceURL    string
	FirstArticle string
	// Articles and Outlets list every reporting article and outlet.
	Articles []string
	Outlets  []string
	Added    time.Time
}

// Filter selects merged events. Zero fields do not filter.
type Filter struct {
	// From and To bound the event's start date, inclusive (YYYY-MM-DD).
	From, To string
	// Country is an ISO 3166-1 alpha-2 code; Admin1 a first-level division
	// name (case-insensitive).
	Country, Admin1 string
	// BBox keeps events located inside the box.
	BBox *BBox
	// Near keeps events within RadiusKm of a point.
	Near *Circle
	// Actor matches a source or target actor: a CAMEO code prefix, or a
	// case-insensitive part of its name or text.
	Actor string
	// CAMEO is a code prefix ("19" keeps every FIGHT event).
	CAMEO string
	// PLOVER is an event type (case-insensitive).
	PLOVER string
	// ACLED matches the ACLED type: the event type, the sub-event type or
	// both as "Type/Sub-event" (case-insensitive).
	ACLED string
	// Text is a full-text query over the reporting articles (FTS syntax).
	Text string
	// Limit caps the number of events (0: no cap).
	Limit int
}

// BBox is a box in degrees.
type BBox struct{ MinLon, MinLat, MaxLon, MaxLat float64 }

// Circle is a point and a radius.
type Circle struct{ Lat, Lon, RadiusKm float64 }

// ArticleFilter selects articles.
type ArticleFilter struct {
	Text    string // full-text query
	Cluster string // only this story cluster
	Limit   int
}

// ArticleInfo is a stored article without its text.
type ArticleInfo struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Title     string  `json:"title"`
	Published *string `json:"published"`
	Source    string  `json:"source"`
	Outlet    string  `json:"outlet"`
	ClusterID string  `json:"cluster"`
	Events    int     `json:"events"`
}

// GroupBy is how Stats groups its counts.
type GroupBy string

const (
	ByNone  GroupBy = ""
	ByDay   GroupBy = "day"
	ByPlace GroupBy = "place"
	ByType  GroupBy = "type"
)

// Stats counts what is stored.
type Stats struct {
	Inputs       int `json:"inputs"`
	Articles     int `json:"articles"`
	Clusters     int `json:"clusters"`
	EventReports int `json:"event_reports"`
	Events       int `json:"events"`
	Places       int `json:"places"`
	// Groups holds merged-event counts per key when grouped.
	Groups []Group `json:"groups,omitempty"`
}

// Group is one key's counts.
type Group struct {
	Key      string `json:"key"`
	Events   int    `json:"events"`
	Mentions int    `json:"mentions"`
	Articles int    `json:"articles"`
}

// Errors a store reports (wrapped) so that callers can explain them.
var (
	// ErrLocked: another process holds the database.
	ErrLocked = errors.New("database is locked by another process")
	// ErrCorrupt: the file is not a database or is damaged.
	ErrCorrupt = errors.New("not a sitrep database, or the file is damaged")
	// ErrFull: the disk is full; the failed transaction left nothing.
	ErrFull = errors.New("disk full (the database is unchanged by the failed write)")
	// ErrNewerSchema: the database was written by a newer sitrep.
	ErrNewerSchema = errors.New("database schema is newer than this sitrep")
	// ErrNotFound: the database does not exist (and was not to be created).
	ErrNotFound = errors.New("no database")
	// ErrBadFilter: a filter value is malformed.
	ErrBadFilter = errors.New("bad filter")
)

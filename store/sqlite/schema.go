package sqlite

// migrations are applied in order; the schema_version table records how
// many have run. Append only: never edit a migration that has shipped.
var migrations = []string{
	// 1: the corpus.
	`
CREATE TABLE articles (
	n          INTEGER PRIMARY KEY,
	id         TEXT NOT NULL UNIQUE,
	url        TEXT NOT NULL DEFAULT '',
	title      TEXT NOT NULL DEFAULT '',
	published  TEXT,
	source     TEXT NOT NULL DEFAULT '',
	outlet     TEXT NOT NULL DEFAULT '',
	text       TEXT NOT NULL,
	cluster_id TEXT NOT NULL,
	similarity REAL NOT NULL DEFAULT 0,
	minhash    BLOB,
	lead_end   INTEGER NOT NULL DEFAULT 0,
	added      TEXT NOT NULL
);
CREATE INDEX articles_cluster ON articles(cluster_id);
CREATE INDEX articles_published ON articles(published);
CREATE VIRTUAL TABLE articles_fts USING fts5(title, text, content='articles', content_rowid='n');

CREATE TABLE inputs (
	hash       TEXT PRIMARY KEY,
	article_id TEXT NOT NULL,
	source     TEXT NOT NULL DEFAULT '',
	added      TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE annotations (
	article_id TEXT PRIMARY KEY,
	doc        TEXT NOT NULL
);

CREATE TABLE lsh (
	band      INTEGER NOT NULL,
	bucket    INTEGER NOT NULL,
	article_n INTEGER NOT NULL,
	PRIMARY KEY (band, bucket, article_n)
) WITHOUT ROWID;

CREATE TABLE places (
	article_id   TEXT NOT NULL,
	idx          INTEGER NOT NULL,
	name         TEXT NOT NULL,
	geonameid    INTEGER NOT NULL,
	lat          REAL,
	lon          REAL,
	country      TEXT NOT NULL,
	admin1       TEXT NOT NULL,
	feature      TEXT NOT NULL,
	precision_km REAL NOT NULL,
	mentions     INTEGER NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX places_geonameid ON places(geonameid);
CREATE INDEX places_country ON places(country, admin1);

CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	cameo         TEXT NOT NULL,
	root          TEXT NOT NULL,
	plover        TEXT NOT NULL,
	mode          TEXT NOT NULL,
	acled         TEXT NOT NULL,
	quad_class    INTEGER NOT NULL,
	goldstein     REAL NOT NULL,
	src_text      TEXT NOT NULL,
	src_name      TEXT NOT NULL,
	src_code      TEXT NOT NULL,
	tgt_text      TEXT NOT NULL,
	tgt_name      TEXT NOT NULL,
	tgt_code      TEXT NOT NULL,
	has_place     INTEGER NOT NULL,
	place_name    TEXT NOT NULL,
	has_coords    INTEGER NOT NULL,
	lat           REAL NOT NULL,
	lon           REAL NOT NULL,
	country       TEXT NOT NULL,
	admin1        TEXT NOT NULL,
	geonameid     INTEGER NOT NULL,
	feature       TEXT NOT NULL,
	date_from     TEXT NOT NULL,
	date_to       TEXT NOT NULL,
	is_root       INTEGER NOT NULL,
	attribution   TEXT NOT NULL,
	fatalities    REAL NOT NULL,
	sentence      TEXT NOT NULL,
	num_mentions  INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL,
	num_sources   INTEGER NOT NULL,
	first_article TEXT NOT NULL,
	source_url    TEXT NOT NULL,
	added         TEXT NOT NULL
);
CREATE INDEX events_country_date ON events(country, date_from);
CREATE INDEX events_date ON events(date_from);
CREATE INDEX events_unplaced ON events(root, src_code, tgt_code, date_from) WHERE has_place = 0;
CREATE INDEX events_geonameid ON events(geonameid, root) WHERE geonameid != 0;
CREATE VIRTUAL TABLE events_rtree USING rtree(id, minlon, maxlon, minlat, maxlat);

CREATE TABLE event_reports (
	article_id TEXT NOT NULL,
	idx        INTEGER NOT NULL,
	doc_event  TEXT NOT NULL,
	event_id   INTEGER NOT NULL,
	outlet     TEXT NOT NULL,
	mentions   INTEGER NOT NULL,
	cameo      TEXT NOT NULL,
	date_from  TEXT NOT NULL,
	date_to    TEXT NOT NULL,
	PRIMARY KEY (article_id, idx)
);
CREATE INDEX event_reports_event ON event_reports(event_id);
`,
}

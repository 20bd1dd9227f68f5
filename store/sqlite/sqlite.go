// Package sqlite is the default store: one SQLite file (pure Go driver) in
// WAL mode with a busy timeout, its schema migrated on open. It implements
// store.Store and passes store/storetest. It owns the SQL and the database
// file only; the duplicate and merge rules come from package dedup, and it
// knows nothing of sources or output formats.
package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"runtime"
	"strings"
	"time"

	msqlite "modernc.org/sqlite"

	"github.com/sitrep/sitrep/store"
)

// Options tune Open.
type Options struct {
	// ReadOnly opens an existing database for queries only: it is neither
	// created nor migrated.
	ReadOnly bool
	// BusyTimeout is how long a write waits for another writer (default
	// 5s) before failing with store.ErrLocked.
	BusyTimeout time.Duration
	// Now is the clock that stamps added rows (default time.Now).
	Now func() time.Time
}

// DB is a SQLite store.
type DB struct {
	path string
	w    *sql.DB // one connection: all writes
	r    *sql.DB // readers
	now  func() time.Time
	ins  *stmts
}

var _ store.Store = (*DB)(nil)

// Open opens (creating and migrating unless ReadOnly) the database at path.
func Open(ctx context.Context, path string, opt Options) (*DB, error) {
	if opt.BusyTimeout <= 0 {
		opt.BusyTimeout = 5 * time.Second
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	st, err := os.Stat(path)
	switch {
	case err == nil && st.IsDir():
		return nil, fmt.Errorf("%s: is a directory", path)
	case err != nil && opt.ReadOnly:
		return nil, fmt.Errorf("%s: %w (run sitrep ingest first)", path, store.ErrNotFound)
	}
	ms := opt.BusyTimeout.Milliseconds()
	u := url.URL{Scheme: "file", Opaque: (&url.URL{Path: path}).EscapedPath()}
	common := fmt.Sprintf("_pragma=busy_timeout(%d)&_pragma=foreign_keys(1)&_pragma=synchronous(NORMAL)", ms)
	s := &DB{path: path, now: opt.Now}
	if !opt.ReadOnly {
		s.w, err = sql.Open("sqlite", u.String()+"?"+common+"&_pragma=journal_mode(WAL)&_txlock=immediate")
		if err != nil {
			return nil, s.wrap(err)
		}
		s.w.SetMaxOpenConns(1)
		s.w.SetConnMaxIdleTime(0)
		if err := s.migrate(ctx); err != nil {
			s.w.Close()
			return nil, s.named(err)
		}
		if s.ins, err = prepare(ctx, s.w); err != nil {
			s.w.Close()
			return nil, s.wrap(err)
		}
	}
	s.r, err = sql.Open("sqlite", u.String()+"?"+common+"&_pragma=query_only(1)")
	if err != nil {
		s.Close()
		return nil, s.wrap(err)
	}
	s.r.SetMaxOpenConns(runtime.GOMAXPROCS(0) + 1)
	if opt.ReadOnly {
		if err := s.checkVersion(ctx); err != nil {
			s.Close()
			return nil, s.named(err)
		}
	}
	return s, nil
}

// Path returns the database file.
func (s *DB) Path() string { return s.path }

// Close closes the database.
func (s *DB) Close() error {
	var errs []error
	if s.ins != nil {
		s.ins.close()
	}
	if s.w != nil {
		errs = append(errs, s.w.Close())
	}
	if s.r != nil {
		errs = append(errs, s.r.Close())
	}
	return errors.Join(errs...)
}

func (s *DB) migrate(ctx context.Context) error {
	tx, err := s.w.BeginTx(ctx, nil)
	if err != nil {
		return s.wrap(err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)`); err != nil {
		return s.wrap(err)
	}
	var v int
	err = tx.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		if _, err := tx.ExecContext(ctx, `INSERT INTO schema_version(version) VALUES (0)`); err != nil {
			return s.wrap(err)
		}
	case err != nil:
		return s.wrap(err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%s: %w (version %d, this sitrep knows %d)", s.path, store.ErrNewerSchema, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			return fmt.Errorf("migration %d: %w", i+1, s.wrap(err))
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE schema_version SET version = ?`, len(migrations)); err != nil {
		return s.wrap(err)
	}
	return s.wrap(tx.Commit())
}

func (s *DB) checkVersion(ctx context.Context) error {
	var v int
	err := s.r.QueryRowContext(ctx, `SELECT version FROM schema_version`).Scan(&v)
	if err != nil {
		if strings.Contains(err.Error(), "no such table") {
			return fmt.Errorf("%s: %w (no sitrep schema)", s.path, store.ErrCorrupt)
		}
		return s.wrap(err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%s: %w (version %d, this sitrep knows %d)", s.path, store.ErrNewerSchema, v, len(migrations))
	}
	if v < len(migrations) {
		return fmt.Errorf("%s: database schema version %d is older than this sitrep's %d: run sitrep ingest once to migrate it", s.path, v, len(migrations))
	}
	return nil
}

// SQLite result codes (primary codes; extended ones carry them in the low
// byte).
const (
	codeBusy    = 5
	codeLocked  = 6
	codeCorrupt = 11
	codeFull    = 13
	codeNotADB  = 26
)

// named prefixes an error with the database file unless it names it.
func (s *DB) named(err error) error {
	if err == nil || strings.HasPrefix(err.Error(), s.path+":") {
		return err
	}
	return fmt.Errorf("%s: %w", s.path, err)
}

// wrap maps driver errors to the store's errors, naming the file.
func (s *DB) wrap(err error) error {
	if err == nil {
		return nil
	}
	var se *msqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case codeBusy, codeLocked:
			return fmt.Errorf("%s: %w", s.path, store.ErrLocked)
		case codeCorrupt, codeNotADB:
			return fmt.Errorf("%s: %w", s.path, store.ErrCorrupt)
		case codeFull:
			return fmt.Errorf("%s: %w", s.path, store.ErrFull)
		}
	}
	return err
}

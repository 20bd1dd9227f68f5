package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/sitrep/sitrep/store"
	"github.com/sitrep/sitrep/store/storetest"
)

func openTemp(t *testing.T) *DB {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "re.db")
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	a := storetest.Art("r1", storetest.Text(1, 100), "a.example", "2020-02-02",
		storetest.Ev("e1", "190", "A", "B", storetest.Pl("X", 1, 1, "XX", 0), "2020-02-02", "2020-02-02"))
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, ro := range []bool{false, true} {
		s, err = Open(ctx, path, Options{ReadOnly: ro})
		if err != nil {
			t.Fatalf("reopen (read-only %v): %v", ro, err)
		}
		st, err := s.Stats(ctx, store.ByNone)
		if err != nil || st.Articles != 1 || st.Events != 1 {
			t.Fatalf("after reopen: %+v, %v", st, err)
		}
		if ro {
			if _, err := s.PutArticle(ctx, a); err == nil {
				t.Error("put on a read-only store succeeded")
			}
		}
		s.Close()
	}
}

func TestOpenErrors(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("this is not a database\n", 400)), 0o644); err != nil {
		t.Fatal(err)
	}
	newer := filepath.Join(dir, "newer.db")
	s, err := Open(ctx, newer, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(`UPDATE schema_version SET version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	cases := []struct {
		name string
		path string
		opt  Options
		want error
	}{
		{"corrupt", garbage, Options{}, store.ErrCorrupt},
		{"corrupt read-only", garbage, Options{ReadOnly: true}, store.ErrCorrupt},
		{"newer schema", newer, Options{}, store.ErrNewerSchema},
		{"newer schema read-only", newer, Options{ReadOnly: true}, store.ErrNewerSchema},
		{"missing read-only", filepath.Join(dir, "missing.db"), Options{ReadOnly: true}, store.ErrNotFound},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Open(ctx, tc.path, tc.opt)
			if err == nil {
				s.Close()
				t.Fatal("no error")
			}
			if !errors.Is(err, tc.want) || strings.Contains(err.Error(), "\n") || !strings.Contains(err.Error(), tc.path) {
				t.Fatalf("error %q, want one line naming the file and wrapping %v", err, tc.want)
			}
		})
	}
}

func TestLocked(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "locked.db")
	s, err := Open(ctx, path, Options{BusyTimeout: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	other, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer other.Close()
	conn, err := other.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	a := storetest.Art("l1", storetest.Text(1, 50), "a.example", "2020-01-01")
	_, err = s.PutArticle(ctx, a)
	if !errors.Is(err, store.ErrLocked) {
		t.Fatalf("put while another process writes: %v, want ErrLocked", err)
	}
	conn.ExecContext(ctx, `ROLLBACK`)
	if _, err := s.PutArticle(ctx, a); err != nil {
		t.Fatalf("put after the lock was released: %v", err)
	}
}

// TestDiskFull caps the database size so that writes fail as on a full
// disk: every put either commits whole or leaves nothing.
func TestDiskFull(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	defer s.Close()
	var pages int
	if err := s.w.QueryRow(`PRAGMA page_count`).Scan(&pages); err != nil {
		t.Fatal(err)
	}
	if _, err := s.w.Exec(fmt.Sprintf(`PRAGMA max_page_count = %d`, pages+40)); err != nil {
		t.Fatal(err)
	}
	ok, full := 0, false
	for i := 0; i < 200 && !full; i++ {
		a := storetest.Art(fmt.Sprintf("d%d", i), storetest.Text(uint64(i), 2000), "a.example", "2020-01-01",
			storetest.Ev("e1", "190", "A", "B", storetest.Pl("X", float64(i%80), 1, "XX", 0), "2020-01-01", "2020-01-01"))
		_, err := s.PutArticle(ctx, a)
		switch {
		case err == nil:
			ok++
		case errors.Is(err, store.ErrFull):
			full = true
		default:
			t.Fatalf("put %d: %v", i, err)
		}
	}
	if !full || ok == 0 {
		t.Fatalf("stored %d before full=%v; the cap did not bite as planned", ok, full)
	}
	st, err := s.Stats(ctx, store.ByNone)
	if err != nil {
		t.Fatal(err)
	}
	if st.Articles != ok || st.Inputs != ok || st.Events != ok || st.EventReports != ok {
		t.Fatalf("after a full disk: %+v, want %d of each", st, ok)
	}
	var check string
	if err := s.w.QueryRow(`PRAGMA integrity_check`).Scan(&check); err != nil || check != "ok" {
		t.Fatalf("integrity check: %q %v", check, err)
	}
}

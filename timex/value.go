package timex

import (
	"fmt"
	"strconv"
	"time"
)

// Granularities of a date value.
const (
	gNone = iota
	gCentury
	gDecade
	gYear
	gHalf
	gQuarter
	gSeason
	gMonth
	gWeek
	gWeekend
	gDay
	gPOD  // part of day: 2014-06-21TMO
	gTime // clock time
)

// when is a point or period on the calendar at some granularity.
type when struct {
	g   int
	t   time.Time // a day inside the period (for gWeek any day of it)
	n   int       // quarter, half or index within the coarser unit
	s   string    // season code or part of day
	hh  int
	mm  int
	min bool // minutes given
	// zone is an ISO offset ("-05:00", "Z"), empty when none given
	zone string
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 12, 0, 0, 0, time.UTC) }

func parseDCT(s string) (time.Time, bool) {
	if len(s) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", s[:10])
	if err != nil {
		return time.Time{}, false
	}
	return day(t.Year(), int(t.Month()), t.Day()), true
}

func ymd(t time.Time) string { return t.Format("2006-01-02") }

// iso renders the TIMEX3 value.
func (w when) iso() string {
	y := w.t.Year()
	switch w.g {
	case gCentury:
		return fmt.Sprintf("%02d", y/100)
	case gDecade:
		return fmt.Sprintf("%03d", y/10)
	case gYear:
		return fmt.Sprintf("%04d", y)
	case gHalf:
		return fmt.Sprintf("%04d-H%d", y, w.n)
	case gQuarter:
		return fmt.Sprintf("%04d-Q%d", y, w.n)
	case gSeason:
		return fmt.Sprintf("%04d-%s", y, w.s)
	case gMonth:
		return w.t.Format("2006-01")
	case gWeek:
		iy, iw := w.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", iy, iw)
	case gWeekend:
		iy, iw := w.t.ISOWeek()
		return fmt.Sprintf("%04d-W%02d-WE", iy, iw)
	case gDay:
		return ymd(w.t)
	case gPOD:
		return ymd(w.t) + "T" + w.s
	case gTime:
		s := ymd(w.t) + "T" + two(w.hh)
		if w.min {
			s += ":" + two(w.mm)
		} else {
			s += ":00"
		}
		// the zone stays in the text ("10:30 a.m. EST"); TimeML values
		// are local times
		return s
	}
	return ""
}

func two(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// span returns the first and last day the value covers.
func (w when) span() (time.Time, time.Time) {
	y := w.t.Year()
	switch w.g {
	case gCentury:
		c := y / 100 * 100
		return day(c, 1, 1), day(c+99, 12, 31)
	case gDecade:
		d := y / 10 * 10
		return day(d, 1, 1), day(d+9, 12, 31)
	case gYear:
		return day(y, 1, 1), day(y, 12, 31)
	case gHalf:
		m := (w.n-1)*6 + 1
		return day(y, m, 1), day(y, m+6, 0)
	case gQuarter:
		m := (w.n-1)*3 + 1
		return day(y, m, 1), day(y, m+3, 0)
	case gSeason:
		switch w.s {
		case "SP":
			return day(y, 3, 1), day(y, 5, 31)
		case "SU":
			return day(y, 6, 1), day(y, 8, 31)
		case "FA":
			return day(y, 9, 1), day(y, 11, 30)
		default: // winter: December of y to February of y+1
			return day(y, 12, 1), day(y+1, 3, 0)
		}
	case gMonth:
		m := int(w.t.Month())
		return day(y, m, 1), day(y, m+1, 0)
	case gWeek:
		mon := monday(w.t)
		return mon, mon.AddDate(0, 0, 6)
	case gWeekend:
		mon := monday(w.t)
		return mon.AddDate(0, 0, 5), mon.AddDate(0, 0, 6)
	case gPOD:
		if w.s == "NI" {
			return w.t, w.t.AddDate(0, 0, 1)
		}
		return w.t, w.t
	default:
		return w.t, w.t
	}
}

// narrow keeps the part of [a,b] a modifier names.
func narrow(a, b time.Time, mod string) (time.Time, time.Time) {
	n := int(b.Sub(a).Hours()/24+0.5) + 1
	if n < 3 {
		return a, b
	}
	third := (n + 2) / 3
	switch mod {
	case "START", "EARLY":
		return a, a.AddDate(0, 0, third-1)
	case "END", "LATE":
		return b.AddDate(0, 0, -(third - 1)), b
	case "MID":
		return a.AddDate(0, 0, third), b.AddDate(0, 0, -third)
	}
	return a, b
}

func monday(t time.Time) time.Time {
	wd := (int(t.Weekday()) + 6) % 7 // Monday=0
	return t.AddDate(0, 0, -wd)
}

// isoWeekday is 1=Monday..7=Sunday.
func isoWeekday(t time.Time) int {
	wd := int(t.Weekday())
	if wd == 0 {
		return 7
	}
	return wd
}

// shift moves a value by n of its own units.
func (w when) shift(n int) when {
	switch w.g {
	case gCentury:
		w.t = w.t.AddDate(100*n, 0, 0)
	case gDecade:
		w.t = w.t.AddDate(10*n, 0, 0)
	case gYear:
		w.t = day(w.t.Year()+n, 1, 1)
	case gHalf:
		k := (w.t.Year()*2 + w.n - 1) + n
		w.t, w.n = day(k/2, 1, 1), k%2+1
	case gQuarter:
		k := (w.t.Year()*4 + w.n - 1) + n
		w.t, w.n = day(k/4, 1, 1), k%4+1
	case gSeason:
		w.t = day(w.t.Year()+n, 1, 1)
	case gMonth:
		w.t = day(w.t.Year(), int(w.t.Month())+n, 1)
	case gWeek, gWeekend:
		w.t = w.t.AddDate(0, 0, 7*n)
	default:
		w.t = w.t.AddDate(0, 0, n)
	}
	return w
}

// at returns the period of granularity g that holds t.
func at(g int, t time.Time) when {
	w := when{g: g, t: t}
	switch g {
	case gQuarter:
		w.n = (int(t.Month())-1)/3 + 1
	case gHalf:
		w.n = (int(t.Month())-1)/6 + 1
	case gSeason:
		w.s, w.t = seasonOf(t)
	}
	return w
}

func seasonOf(t time.Time) (string, time.Time) {
	y := t.Year()
	switch m := t.Month(); {
	case m >= 3 && m <= 5:
		return "SP", day(y, 1, 1)
	case m >= 6 && m <= 8:
		return "SU", day(y, 1, 1)
	case m >= 9 && m <= 11:
		return "FA", day(y, 1, 1)
	case m == 12:
		return "WI", day(y, 1, 1)
	default:
		return "WI", day(y-1, 1, 1)
	}
}

var seasonIdx = map[string]int{"WI": 0, "SP": 1, "SU": 2, "FA": 3}

func unitCode(u int) (string, bool) {
	switch u {
	case uSecond:
		return "S", true
	case uMinute:
		return "M", true
	case uHour:
		return "H", true
	case uDay:
		return "D", false
	case uWeek:
		return "W", false
	case uWeekend:
		return "WE", false
	case uFortnight:
		return "W", false
	case uMonth:
		return "M", false
	case uQuarter:
		return "Q", false
	case uYear:
		return "Y", false
	case uDecade:
		return "DE", false
	case uCentury:
		return "CE", false
	}
	return "", false
}

// duration renders PnU; n < 0 means an unknown count (PXU).
func duration(n float64, u int) string {
	code, timePart := unitCode(u)
	if u == uFortnight && n >= 0 {
		n *= 2
	}
	p := "P"
	if timePart {
		p = "PT"
	}
	if n < 0 {
		return p + "X" + code
	}
	// decades and centuries as years, the way TimeBank writes them
	switch u {
	case uDecade:
		n, code = n*10, "Y"
	case uCentury:
		n, code = n*100, "Y"
	}
	if n != float64(int(n)) {
		// half units: express in the next smaller unit where simple
		switch u {
		case uHour:
			return "PT" + strconv.Itoa(int(n*60)) + "M"
		case uDay:
			return "PT" + strconv.Itoa(int(n*24)) + "H"
		case uYear:
			return "P" + strconv.Itoa(int(n*12)) + "M"
		case uMonth:
			return "P" + strconv.Itoa(int(n*30)) + "D"
		}
		return p + strconv.FormatFloat(n, 'f', -1, 64) + code
	}
	return p + strconv.Itoa(int(n)) + code
}

// unitGran is the granularity a unit of time names.
func unitGran(u int) int {
	switch u {
	case uDay:
		return gDay
	case uWeek, uFortnight:
		return gWeek
	case uWeekend:
		return gWeekend
	case uMonth:
		return gMonth
	case uQuarter:
		return gQuarter
	case uYear:
		return gYear
	case uDecade:
		return gDecade
	case uCentury:
		return gCentury
	}
	return gNone
}

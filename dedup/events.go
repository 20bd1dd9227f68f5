package dedup

import "math"

// RadiusKm is how far apart two reports of one event may place it.
const RadiusKm = 50.0

// EventKey is what the merge rule compares between two event reports.
type EventKey struct {
	CAMEO      string // full CAMEO code; only its two-digit root is compared
	SourceCode string // CAMEO actor code of the source, "" when unknown
	TargetCode string // CAMEO actor code of the target, "" when unknown
	GeonameID  int    // 0 when unknown
	// HasCoords says Lat and Lon are known.
	HasCoords bool
	Lat, Lon  float64
	// From and To are the inclusive day range (YYYY-MM-DD); an empty From
	// means the date is unknown.
	From, To string
}

// Root returns the two-digit CAMEO root of a code ("" when too short).
func Root(cameo string) string {
	if len(cameo) < 2 {
		return ""
	}
	return cameo[:2]
}

// SameEvent reports whether two reports describe one event. All must hold:
//
//  1. the CAMEO roots (first two digits) are equal and known;
//  2. the source actor codes are equal or one is missing, and likewise the
//     target actor codes;
//  3. the places agree: the same non-zero GeoNames id, or both have
//     coordinates no more than RadiusKm apart; when neither report has a
//     place, they agree only if all four actor codes are known (so that
//     something pins the event down); a report with a place never matches
//     one without;
//  4. the day ranges overlap (inclusive) and both are known.
func SameEvent(a, b EventKey) bool {
	ra := Root(a.CAMEO)
	if ra == "" || ra != Root(b.CAMEO) {
		return false
	}
	if !codesAgree(a.SourceCode, b.SourceCode) || !codesAgree(a.TargetCode, b.TargetCode) {
		return false
	}
	if !placesAgree(a, b) {
		return false
	}
	return datesOverlap(a, b)
}

func codesAgree(x, y string) bool { return x == "" || y == "" || x == y }

func hasPlace(k EventKey) bool { return k.GeonameID != 0 || k.HasCoords }

func placesAgree(a, b EventKey) bool {
	switch {
	case a.GeonameID != 0 && a.GeonameID == b.GeonameID:
		return true
	case a.HasCoords && b.HasCoords:
		return DistanceKm(a.Lat, a.Lon, b.Lat, b.Lon) <= RadiusKm
	case !hasPlace(a) && !hasPlace(b):
		return a.SourceCode != "" && a.TargetCode != "" && b.SourceCode != "" && b.TargetCode != ""
	default:
		return false
	}
}

func datesOverlap(a, b EventKey) bool {
	if a.From == "" || b.From == "" {
		return false
	}
	aTo, bTo := a.To, b.To
	if aTo == "" || aTo < a.From {
		aTo = a.From
	}
	if bTo == "" || bTo < b.From {
		bTo = b.From
	}
	// ISO dates compare as strings.
	return a.From <= bTo && b.From <= aTo
}

// DistanceKm is the great-circle distance between two points (haversine,
// mean Earth radius).
func DistanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0088
	rad := math.Pi / 180
	dLat := (lat2 - lat1) * rad
	dLon := (lon2 - lon1) * rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(h)))
}

// BoundingBox returns a box (degrees) that holds every point within km of
// (lat, lon), for an index look-up before the exact distance check.
func BoundingBox(lat, lon, km float64) (minLon, minLat, maxLon, maxLat float64) {
	dLat := km / 111.0
	c := math.Cos(lat * math.Pi / 180)
	dLon := 180.0
	if c > 1e-6 {
		dLon = math.Min(180, km/(111.0*c))
	}
	return lon - dLon, lat - dLat, lon + dLon, lat + dLat
}

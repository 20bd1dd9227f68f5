package geo

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// Request is one line of `sitrep resolve` input: a text and the byte spans
// of its toponyms.
type Request struct {
	ID        json.RawMessage `json:"id"`
	Text      string          `json:"text"`
	Published *string         `json:"published"`
	Spans     []RequestSpan   `json:"spans"`
}

// RequestSpan is a toponym's byte range, end exclusive.
type RequestSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Response is one line of `sitrep resolve` output: one span per input span,
// in order.
type Response struct {
	ID    json.RawMessage `json:"id"`
	Spans []ResponseSpan  `json:"spans"`
}

// ResponseSpan is a resolved span; Lat and Lon are nil when unresolved.
type ResponseSpan struct {
	Start       int      `json:"start"`
	End         int      `json:"end"`
	Name        string   `json:"name"`
	GeonameID   int      `json:"geonameid"`
	Lat         *float64 `json:"lat"`
	Lon         *float64 `json:"lon"`
	Country     string   `json:"country"`
	Feature     string   `json:"feature"`
	Admin1      string   `json:"admin1,omitempty"`
	PrecisionKm float64  `json:"precision_km"`
	Relation    string   `json:"relation,omitempty"`
	Score       float64  `json:"score"`
	// Candidates explain the choice (resolver with Explain only).
	Candidates []string `json:"candidates,omitempty"`
}

// ParseRequest reads one input line. Errors name the problem (the caller
// adds the line number).
func ParseRequest(line []byte) (Request, error) {
	var req Request
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&req); err != nil {
		return Request{}, fmt.Errorf("bad JSON: %w", err)
	}
	if dec.More() {
		return Request{}, fmt.Errorf("bad JSON: more than one value on the line")
	}
	if len(req.ID) == 0 || string(req.ID) == "null" {
		req.ID = json.RawMessage("null")
	}
	for i, s := range req.Spans {
		if s.Start < 0 || s.End < s.Start || s.End > len(req.Text) {
			return Request{}, fmt.Errorf("span %d: [%d,%d) is outside the text (%d bytes)", i, s.Start, s.End, len(req.Text))
		}
	}
	return req, nil
}

// Answer resolves a request's spans.
func (r *Resolver) Answer(req Request) Response {
	ms := make([]Mention, len(req.Spans))
	for i, s := range req.Spans {
		ms[i] = Mention{Start: s.Start, End: s.End}
	}
	res := r.Resolve(req.Text, ms)
	out := Response{ID: req.ID, Spans: make([]ResponseSpan, len(res))}
	for i, x := range res {
		sp := ResponseSpan{Start: x.Start, End: x.End}
		if x.Resolved {
			lat, lon := round(x.Lat, 5), round(x.Lon, 5)
			sp.Name, sp.GeonameID, sp.Lat, sp.Lon = x.Name, x.GeonameID, &lat, &lon
			sp.Country, sp.Feature, sp.Admin1 = x.Country, x.Feature, x.Admin1
			sp.PrecisionKm, sp.Relation, sp.Score = round(x.PrecisionKm, 1), x.Relation, round(x.Score, 3)
		}
		for _, c := range x.Candidates {
			sp.Candidates = append(sp.Candidates, r.ExplainCandidate(c))
		}
		out.Spans[i] = sp
	}
	return out
}

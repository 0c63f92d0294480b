package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// field is one number of a group in the CSV output (JSON has the same
// names; Markdown writes them for people, see markdownColumns).
type field struct {
	name string // CSV and JSON name
	// value writes the number for CSV ("" when unknown).
	value func(Metrics) string
}

func count(f func(Metrics) int) func(Metrics) string {
	return func(m Metrics) string { return strconv.Itoa(f(m)) }
}

func rateValue(f func(Metrics) Rate) func(Metrics) string {
	return func(m Metrics) string {
		r := f(m)
		if !r.Known() {
			return ""
		}
		return strconv.FormatFloat(r.Value(), 'f', 4, 64)
	}
}

func rateEnd(f func(Metrics) Rate, high bool) func(Metrics) string {
	return func(m Metrics) string {
		r := f(m)
		if !r.Known() {
			return ""
		}
		iv := r.Interval()
		v := iv.Low
		if high {
			v = iv.High
		}
		return strconv.FormatFloat(v, 'f', 4, 64)
	}
}

var (
	responseRate      = Metrics.ResponseRate
	positiveRate      = Metrics.PositiveRate
	screenRate        = Metrics.ScreenRate
	afterFollowUpRate = Metrics.AfterFollowUpRate
)

// fields are every number of a group, in CSV column order.
var fields = []field{
	{"sent", count(func(m Metrics) int { return m.Sent })},
	{"withdrawn", count(func(m Metrics) int { return m.Withdrawn })},
	{"window_open", count(func(m Metrics) int { return m.WindowOpen })},
	{"awaiting", count(func(m Metrics) int { return m.Awaiting })},
	{"decided", count(func(m Metrics) int { return m.Decided })},
	{"responded", count(func(m Metrics) int { return m.Responded })},
	{"response_rate", rateValue(responseRate)},
	{"response_rate_low", rateEnd(responseRate, false)},
	{"response_rate_high", rateEnd(responseRate, true)},
	{"positive", count(func(m Metrics) int { return m.Positive })},
	{"positive_rate", rateValue(positiveRate)},
	{"positive_rate_low", rateEnd(positiveRate, false)},
	{"positive_rate_high", rateEnd(positiveRate, true)},
	{"accepted", count(func(m Metrics) int { return m.Accepted })},
	{"declined", count(func(m Metrics) int { return m.Declined })},
	{"replied", count(func(m Metrics) int { return m.Replied })},
	{"late", count(func(m Metrics) int { return m.Late })},
	{"no_response", count(func(m Metrics) int { return m.NoResponse })},
	{"screened", count(func(m Metrics) int { return m.Screened })},
	{"screen_rate", rateValue(screenRate)},
	{"screen_rate_low", rateEnd(screenRate, false)},
	{"screen_rate_high", rateEnd(screenRate, true)},
	{"credits_spent", count(func(m Metrics) int { return m.CreditsSpent })},
	{"credits_returned", count(func(m Metrics) int { return m.CreditsReturned })},
	{"median_first_response_seconds", func(m Metrics) string {
		if m.Responded == 0 {
			return ""
		}
		return strconv.FormatFloat(m.MedianFirstResponse.Seconds(), 'f', -1, 64)
	}},
	{"median_personalization_length", func(m Metrics) string {
		if m.Sent == 0 {
			return ""
		}
		return strconv.FormatFloat(m.MedianPersonalization, 'f', -1, 64)
	}},
	{"followed_up", count(func(m Metrics) int { return m.FollowedUp })},
	{"follow_up_decided", count(func(m Metrics) int { return m.FollowUpDecided })},
	{"after_follow_up", count(func(m Metrics) int { return m.AfterFollowUp })},
	{"after_follow_up_rate", rateValue(afterFollowUpRate)},
	{"after_follow_up_rate_low", rateEnd(afterFollowUpRate, false)},
	{"after_follow_up_rate_high", rateEnd(afterFollowUpRate, true)},
}

// rows returns the key cells and metrics of every row the table, CSV and
// Markdown outputs print: the groups, then the total (the only row when
// the report has no dimensions; left out with one group, which it would
// repeat).
func (r Report) rows(totalLabel string) (keys [][]string, ms []Metrics) {
	if len(r.Query.By) > 0 {
		for _, g := range r.Groups {
			keys = append(keys, r.keyCells(g.Key))
			ms = append(ms, g.Metrics)
		}
	}
	if len(r.Query.By) == 0 || len(r.Groups) != 1 {
		keys = append(keys, r.totalCells(totalLabel))
		ms = append(ms, r.Total)
	}
	return keys, ms
}

func (r Report) writeCSV(w io.Writer) error {
	cw := NewCSVWriter(w)
	head := make([]string, 0, len(r.Query.By)+len(fields))
	for _, d := range r.Query.By {
		head = append(head, d.String())
	}
	for _, f := range fields {
		head = append(head, f.name)
	}
	if err := cw.Write(head); err != nil {
		return err
	}
	keys, ms := r.rows("(total)")
	for i := range keys {
		rec := append([]string{}, keys[i]...)
		for _, f := range fields {
			rec = append(rec, f.value(ms[i]))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	return cw.Flush()
}

// markdownCell escapes what would break a Markdown table cell.
func markdownCell(s string) string {
	if strings.HasPrefix(s, "**") {
		return s // our own bold label
	}
	r := strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ", "*", `\*`, "_", `\_`, "`", "\\`", "<", "&lt;")
	return r.Replace(s)
}

// jsonRate is a rate in JSON: value and interval are null when nothing
// was decided.
type jsonRate struct {
	Count int      `json:"count"`
	Of    int      `json:"of"`
	Value *float64 `json:"value"`
	Low   *float64 `json:"low"`
	High  *float64 `json:"high"`
}

func toJSONRate(r Rate) jsonRate {
	j := jsonRate{Count: r.Count, Of: r.Of}
	if r.Known() {
		v, iv := r.Value(), r.Interval()
		j.Value, j.Low, j.High = &v, &iv.Low, &iv.High
	}
	return j
}

// jsonMetrics is Metrics in JSON.
type jsonMetrics struct {
	Sent                        int      `json:"sent"`
	Withdrawn                   int      `json:"withdrawn"`
	WindowOpen                  int      `json:"window_open"`
	Awaiting                    int      `json:"awaiting"`
	Decided                     int      `json:"decided"`
	Responded                   int      `json:"responded"`
	ResponseRate                jsonRate `json:"response_rate"`
	Positive                    int      `json:"positive"`
	PositiveRate                jsonRate `json:"positive_rate"`
	Accepted                    int      `json:"accepted"`
	Declined                    int      `json:"declined"`
	Replied                     int      `json:"replied"`
	Late                        int      `json:"late"`
	NoResponse                  int      `json:"no_response"`
	Screened                    int      `json:"screened"`
	ScreenRate                  jsonRate `json:"screen_rate"`
	CreditsSpent                int      `json:"credits_spent"`
	CreditsReturned             int      `json:"credits_returned"`
	MedianFirstResponseSeconds  *float64 `json:"median_first_response_seconds"`
	MedianPersonalizationLength *float64 `json:"median_personalization_length"`
	FollowedUp                  int      `json:"followed_up"`
	FollowUpDecided             int      `json:"follow_up_decided"`
	AfterFollowUp               int      `json:"after_follow_up"`
	AfterFollowUpRate           jsonRate `json:"after_follow_up_rate"`
}

func toJSONMetrics(m Metrics) jsonMetrics {
	j := jsonMetrics{
		Sent: m.Sent, Withdrawn: m.Withdrawn, WindowOpen: m.WindowOpen, Awaiting: m.Awaiting,
		Decided: m.Decided, Responded: m.Responded, ResponseRate: toJSONRate(m.ResponseRate()),
		Positive: m.Positive, PositiveRate: toJSONRate(m.PositiveRate()),
		Accepted: m.Accepted, Declined: m.Declined, Replied: m.Replied, Late: m.Late, NoResponse: m.NoResponse,
		Screened: m.Screened, ScreenRate: toJSONRate(m.ScreenRate()),
		CreditsSpent: m.CreditsSpent, CreditsReturned: m.CreditsReturned,
		FollowedUp: m.FollowedUp, FollowUpDecided: m.FollowUpDecided, AfterFollowUp: m.AfterFollowUp,
		AfterFollowUpRate: toJSONRate(m.AfterFollowUpRate()),
	}
	if m.Responded > 0 {
		s := m.MedianFirstResponse.Seconds()
		j.MedianFirstResponseSeconds = &s
	}
	if m.Sent > 0 {
		l := m.MedianPersonalization
		j.MedianPersonalizationLength = &l
	}
	return j
}

// jsonKey is a group's key in JSON: only the dimensions grouped by.
func (r Report) jsonKey(k Key) map[string]string {
	out := make(map[string]string, len(r.Query.By)+1)
	for _, d := range r.Query.By {
		out[d.String()] = k.Value(d)
		if d == ByWeek {
			out["week_start"] = k.Week.Format(time.DateOnly)
		}
	}
	return out
}

type jsonGroup struct {
	Key map[string]string `json:"key"`
	jsonMetrics
}

type jsonReport struct {
	AsOf            time.Time   `json:"as_of"`
	Location        string      `json:"location"`
	By              []Dimension `json:"by"`
	Since           *time.Time  `json:"since"`
	Until           *time.Time  `json:"until"`
	Recruiters      []string    `json:"recruiters"`
	Templates       []string    `json:"templates"`
	WindowOpenSince time.Time   `json:"window_open_since"`
	Groups          []jsonGroup `json:"groups"`
	Total           jsonMetrics `json:"total"`
	Notes           []string    `json:"notes"`
}

// locationName names the query's location: its IANA name, or the zone's
// abbreviation for the machine's local time ("Local" says nothing).
func locationName(q Query) string {
	loc := q.location()
	if loc == time.Local {
		return q.Now.In(loc).Format("MST")
	}
	return loc.String()
}

func (r Report) writeJSON(w io.Writer) error {
	q := r.Query
	j := jsonReport{
		AsOf:            q.Now,
		Location:        locationName(q),
		By:              q.By,
		Recruiters:      q.Recruiters,
		Templates:       q.Templates,
		WindowOpenSince: r.WindowOpenSince(),
		Groups:          make([]jsonGroup, len(r.Groups)),
		Total:           toJSONMetrics(r.Total),
		Notes:           r.Notes(),
	}
	if j.By == nil {
		j.By = []Dimension{}
	}
	if j.Recruiters == nil {
		j.Recruiters = []string{}
	}
	if j.Templates == nil {
		j.Templates = []string{}
	}
	if !q.Since.IsZero() {
		j.Since = &q.Since
	}
	if !q.Until.IsZero() {
		j.Until = &q.Until
	}
	for i, g := range r.Groups {
		j.Groups[i] = jsonGroup{Key: r.jsonKey(g.Key), jsonMetrics: toJSONMetrics(g.Metrics)}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	if err := enc.Encode(j); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

package feed

import (
	"strings"
	"time"
)

// dateLayouts are the shapes dates take in real feeds: RFC 822/1123 as RSS
// asks (with and without weekday, seconds, a two-digit year), RFC 3339 as
// Atom and JSON Feed ask, and the ISO 8601 variants of dc:date. Layouts
// with a zone come first; a date without one is read as UTC.
var dateLayouts = []string{
	"Mon, _2 Jan 2006 15:04:05 -0700",
	"Mon, _2 Jan 2006 15:04 -0700",
	"_2 Jan 2006 15:04:05 -0700",
	"_2 Jan 2006 15:04 -0700",
	"Mon, _2 Jan 06 15:04:05 -0700",
	"_2 Jan 06 15:04:05 -0700",
	"Mon, _2 January 2006 15:04:05 -0700",
	"Monday, _2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04:05.000 -0700",
	"Mon Jan _2 15:04:05 -0700 2006",
	time.RFC3339Nano,
	"2006-01-02T15:04:05.999999999-0700",
	"2006-01-02T15:04-07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05-07:00",
	"2006-01-02T15:04:05.999999999",
	"2006-01-02 15:04:05",
	"2006-01-02T15:04",
	"Mon, _2 Jan 2006 15:04:05",
	"_2 Jan 2006 15:04:05",
	"Mon, _2 Jan 2006",
	"_2 Jan 2006",
	"January _2, 2006",
	"2006-01-02",
	"2006-01",
	"2006",
}

// zoneOffsets are the zone names RFC 822 allows (and a few more seen in
// feeds), as numeric offsets: time.Parse cannot know a name's offset
// unless it is the local zone's.
var zoneOffsets = map[string]string{
	"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000", "WET": "+0000",
	"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
	"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
	"AKST": "-0900", "AKDT": "-0800", "HST": "-1000",
	"BST": "+0100", "IST": "+0530", "CET": "+0100", "CEST": "+0200",
	"EET": "+0200", "EEST": "+0300", "MSK": "+0300", "JST": "+0900",
	"KST": "+0900", "AEST": "+1000", "AEDT": "+1100", "NZST": "+1200",
	"NZDT": "+1300", "WEST": "+0100",
}

// parseDate reads a feed's date, or returns the zero time when it cannot.
// A date is never an error: an item with an unreadable date is still an
// item, ordered by when it was first seen.
func parseDate(s string) time.Time {
	s = strings.Join(strings.Fields(s), " ")
	if s == "" || len(s) > 64 {
		return time.Time{}
	}
	s = numericZone(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1970 {
				return time.Time{} // a placeholder ("0001-01-01"), not news
			}
			return t
		}
	}
	return time.Time{}
}

// numericZone replaces a trailing zone name (or "+00:00"-style offset in
// an RFC 822 date, or "GMT+2") with the numeric offset the layouts expect,
// and drops a trailing parenthesised comment: "Tue, 10 Jun 2003 04:00:00
// GMT" → "... +0000".
func numericZone(s string) string {
	if i := strings.LastIndexByte(s, '('); i > 0 && strings.HasSuffix(s, ")") {
		s = strings.TrimSpace(s[:i])
	}
	i := strings.LastIndexByte(s, ' ')
	if i < 0 {
		return s
	}
	zone := s[i+1:]
	if off, ok := zoneOffsets[strings.ToUpper(zone)]; ok {
		return s[:i+1] + off
	}
	// "+05:30" in an RFC 822 date, "GMT+0200"
	z := strings.TrimPrefix(strings.TrimPrefix(zone, "GMT"), "UTC")
	if len(z) == 6 && (z[0] == '+' || z[0] == '-') && z[3] == ':' {
		return s[:i+1] + z[:3] + z[4:]
	}
	if len(z) == 5 && (z[0] == '+' || z[0] == '-') && z != zone {
		return s[:i+1] + z
	}
	return s
}

// Package feed follows news feeds: it parses RSS 2.0, RSS 1.0 (RDF), Atom
// 1.0 and JSON Feed documents, fetches them politely (conditional GET, a
// small bound per host, the URL input's timeout and size cap, no redirect to
// a private address), keeps them in a crash-safe cache so a library opens at
// once and reads offline, remembers which items were read, reads the
// newsboat-style feeds file and exchanges subscriptions as OPML.
//
// A picker uses it in three steps: Cache.Items lists what the cache holds
// at once; Fetcher.Refresh fetches every feed and sends an Update as each
// finishes (Progress sums them into a status line); Fetcher.Article opens
// an item as an input.Doc, from the cache, the web or the feed's own copy.
// Parse and Sniff read a document without fetching; LoadList, AddToList,
// ReadOPML and WriteOPML manage subscriptions; Discover finds the feeds a
// web page advertises.
//
// Every string an Item carries that a terminal may show (title, author,
// summary, feed title) has been through input.OneLine or input.Sanitize, so
// no byte of a feed can drive the user's terminal; links are absolute
// http(s) URLs or empty.
package feed

import (
	"cmp"
	"slices"
	"time"
)

// Format names a feed format, found from a document's content.
type Format int

// The formats Parse reads.
const (
	Unknown  Format = iota
	RSS             // RSS 0.9x and 2.0
	RDF             // RSS 1.0 (and 0.90), RDF-based
	Atom            // Atom 1.0
	JSONFeed        // JSON Feed 1.0 and 1.1
)

func (f Format) String() string {
	switch f {
	case RSS:
		return "RSS"
	case RDF:
		return "RSS 1.0"
	case Atom:
		return "Atom"
	case JSONFeed:
		return "JSON Feed"
	}
	return "unknown"
}

// Item is one story of a feed.
type Item struct {
	// Feed is the URL of the feed the item came from, as subscribed.
	Feed string `json:"feed"`
	// ID identifies the item within its feed across fetches: its GUID
	// (RSS), id (Atom, JSON Feed), else its link, else a digest of its
	// title and date. Never empty.
	ID string `json:"id"`
	// Title is one line of plain text; HTML in the feed's title has been
	// reduced to its text. Empty when the feed gives none (see Headline).
	Title string `json:"title,omitempty"`
	// Link is the item's web page, an absolute http(s) URL, or "".
	Link string `json:"link,omitempty"`
	// Date is when the item was published (or last updated when that is
	// all the feed says), zero when the feed gives no date it can parse.
	Date time.Time `json:"date,omitzero"`
	// Seen is when this cache first saw the item; items without a Date
	// are ordered by it. Zero for an item straight from Parse.
	Seen time.Time `json:"seen,omitzero"`
	// Author is one line of plain text, or "".
	Author string `json:"author,omitempty"`
	// Summary is the item's description as plain text (paragraphs kept,
	// cut to maxSummary bytes), or "".
	Summary string `json:"summary,omitempty"`
	// ContentHTML is the item's full content as the feed gives it
	// (content:encoded, Atom content, content_html), cut to maxContent
	// bytes. It is untrusted HTML: never show it; Article turns it into
	// sanitised text when the item's page cannot be had. Items from a
	// Fetcher with a cache leave it empty (the cache keeps it apart, for
	// Article), so a picker's list stays small.
	ContentHTML string `json:"content_html,omitempty"`
	// Read says whether the user has read the item, as the cache knew when
	// the item was listed. Parse leaves it false.
	Read bool `json:"-"`
}

// Headline is what a list shows for the item: its title, else the start
// of its summary, else its link, else "(untitled)".
func (it Item) Headline() string {
	switch {
	case it.Title != "":
		return it.Title
	case it.Summary != "":
		return firstWords(it.Summary, 80)
	case it.Link != "":
		return it.Link
	}
	return "(untitled)"
}

// When is the time an item is ordered by: its Date, else when it was
// first seen.
func (it Item) When() time.Time {
	if !it.Date.IsZero() {
		return it.Date
	}
	return it.Seen
}

// Key identifies the item among all feeds: its feed and its ID.
func (it Item) Key() string { return it.Feed + "\x00" + it.ID }

// SortItems orders items newest first (by When). Items with the same time
// keep the order they are given in, so a feed's own order breaks ties and
// a merged list is stable from one call to the next.
func SortItems(items []Item) {
	slices.SortStableFunc(items, func(a, b Item) int {
		return b.When().Compare(a.When())
	})
}

// Channel is a parsed feed document.
type Channel struct {
	Format Format `json:"format"`
	// Title and Link describe the feed itself: its title (one line of
	// plain text) and its web site (absolute http(s) URL or "").
	Title string `json:"title,omitempty"`
	Link  string `json:"link,omitempty"`
	// Items are the feed's items, newest first, at most the MaxItems
	// newest of them, with duplicate IDs removed (the first kept).
	Items []Item `json:"items"`
	// Dropped counts the items left out because the feed had more than
	// MaxItems.
	Dropped int `json:"dropped,omitempty"`
}

// byNewest compares two items for a feed's order: newer first, undated
// after dated, then the document's order (pos).
func byNewest(a, b Item, apos, bpos int) int {
	switch az, bz := a.Date.IsZero(), b.Date.IsZero(); {
	case az && !bz:
		return 1
	case !az && bz:
		return -1
	}
	if c := b.Date.Compare(a.Date); c != 0 {
		return c
	}
	return cmp.Compare(apos, bpos)
}

package feed

import (
	"bytes"
	"container/heap"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/factpane/factpane/input"
)

// DefaultMaxItems is how many items Parse keeps of one feed by default:
// the newest ones. A reader shows a few dozen; a feed of 100,000 items (an
// archive, or an attack) must not fill memory, the cache and the picker.
const DefaultMaxItems = 1000

// ParseOptions say how to read a document.
type ParseOptions struct {
	// URL is the feed's address (after redirects), which relative links
	// resolve against; "" when unknown, and relative links are dropped.
	URL string
	// Feed is what each Item's Feed is set to; URL when empty.
	Feed string
	// ContentType is the served Content-Type, whose charset is used
	// when the document does not state its own encoding.
	ContentType string
	// MaxItems bounds the items kept (the newest); 0 means
	// DefaultMaxItems.
	MaxItems int
}

// ErrNotFeed is wrapped by the error for a document that is not a feed (a
// web page, a JSON document of another kind, plain text).
var ErrNotFeed = errors.New("not a feed")

// Parse reads an RSS 2.0, RSS 1.0, Atom or JSON Feed document, whichever
// its content says it is. Errors are one line: "not a feed (an HTML
// page)", "malformed XML at line 12: unexpected EOF". Parsing streams the
// document, so the memory it needs beyond b is bounded by MaxItems, not by
// the feed's length.
func Parse(b []byte, opt ParseOptions) (*Channel, error) {
	var base *url.URL
	if opt.URL != "" {
		if u, err := url.Parse(opt.URL); err == nil && input.WebURL(u) {
			base = u
		}
	}
	if opt.Feed == "" {
		opt.Feed = opt.URL
	}
	if opt.MaxItems <= 0 {
		opt.MaxItems = DefaultMaxItems
	}
	col := newCollector(opt.MaxItems, opt.Feed)
	var ch *Channel
	var err error
	switch sniff(b) {
	case '{':
		ch, err = parseJSON(b, base, col)
	case '<':
		ch, err = parseXML(b, base, opt.ContentType, col)
	default:
		return nil, fmt.Errorf("%w (%s)", ErrNotFeed, describeNonFeed(b))
	}
	if err != nil {
		return nil, err
	}
	ch.Items, ch.Dropped = col.finish()
	return ch, nil
}

// Sniff says which feed format b holds, from its content alone: Unknown
// for anything else (a web page, other XML or JSON, text). It reads at
// most the document's first element, so it is cheap enough to run on every
// URL the user opens to decide between a feed and a page.
func Sniff(b []byte) Format {
	switch sniff(b) {
	case '{':
		if jsonFeedVersion(b) {
			return JSONFeed
		}
	case '<':
		b = xmlUTF8(b, "")
		if f, _, err := xmlRoot(newXMLDecoder(b, false)); err == nil {
			return f
		}
	}
	return Unknown
}

// sniff returns the document's first significant byte ('{' or '<'), after
// a byte-order mark and white space, or 0. UTF-16 starts with a BOM that
// xmlUTF8 understands.
func sniff(b []byte) byte {
	if bytes.HasPrefix(b, []byte{0xfe, 0xff}) || bytes.HasPrefix(b, []byte{0xff, 0xfe}) {
		return '<'
	}
	b = bytes.TrimPrefix(b, []byte("\xef\xbb\xbf"))
	b = bytes.TrimLeft(b, " \t\r\n")
	if len(b) > 0 && (b[0] == '{' || b[0] == '<') {
		return b[0]
	}
	return 0
}

// describeNonFeed says in a few words what a document that is not a feed
// looks like.
func describeNonFeed(b []byte) string {
	switch {
	case len(bytes.TrimSpace(b)) == 0:
		return "empty document"
	case bytes.IndexByte(b[:min(len(b), 512)], 0) >= 0:
		return "binary data"
	}
	return "not XML or JSON"
}

// collector keeps the newest max items of a feed while it is parsed, in a
// heap whose root is the item that would be dropped next, so a feed of
// any length is parsed in memory proportional to max. An item is built
// (its HTML reduced to text, its links resolved) only once it is known to
// be kept: a long feed costs the reading of its dates and IDs, not the
// cleaning of every description.
type collector struct {
	feed    string
	max     int
	h       itemHeap
	ids     map[string]struct{}
	n       int // items seen, the next one's position in the document
	dropped int
}

func newCollector(max int, feed string) *collector {
	return &collector{feed: feed, max: max, ids: make(map[string]struct{})}
}

// pending is an item the collector holds: what orders and identifies it,
// and how to build it.
type pending struct {
	date  time.Time
	id    string
	pos   int
	build func() Item
}

// add offers the next item of the document: its date, its ID ("" when it
// has none, and one is derived from the built item) and how to build it.
// An item whose ID is already kept is a duplicate and dropped: the first
// wins, as feeds list an item's latest version first.
func (c *collector) add(date time.Time, id string, build func() Item) {
	pos := c.n
	c.n++
	e := pending{date, id, pos, build}
	if len(c.h) == c.max && c.after(e, c.h[0]) {
		c.dropped++
		return // older than every item kept
	}
	if e.id == "" {
		it := build()
		it.Date = date
		e.id = derivedID(it)
		e.build = func() Item { return it }
	} else if len(e.id) > maxID {
		e.id = "sha256:" + digest(e.id)
	}
	if _, dup := c.ids[e.id]; dup {
		return
	}
	c.ids[e.id] = struct{}{}
	if len(c.h) < c.max {
		heap.Push(&c.h, e)
		return
	}
	c.dropped++
	delete(c.ids, c.h[0].id)
	c.h[0] = e
	heap.Fix(&c.h, 0)
}

// after reports whether a sorts after b in a feed's order.
func (c *collector) after(a, b pending) bool {
	return byNewest(Item{Date: a.date}, Item{Date: b.date}, a.pos, b.pos) > 0
}

// finish builds the kept items, newest first, and says how many were
// dropped.
func (c *collector) finish() ([]Item, int) {
	slices.SortFunc(c.h, func(a, b pending) int {
		return byNewest(Item{Date: a.date}, Item{Date: b.date}, a.pos, b.pos)
	})
	items := make([]Item, len(c.h))
	for i, e := range c.h {
		it := e.build()
		it.Feed, it.ID, it.Date = c.feed, e.id, e.date
		items[i] = it
	}
	return items, c.dropped
}

// itemHeap is a heap with the item that sorts last (oldest) at its root.
type itemHeap []pending

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	return byNewest(Item{Date: h[i].date}, Item{Date: h[j].date}, h[i].pos, h[j].pos) > 0
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)   { *h = append(*h, x.(pending)) }
func (h *itemHeap) Pop() any {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

// derivedID identifies an item that has no ID: by its link, else by a
// digest of what it says, which is stable across fetches of the same feed.
func derivedID(it Item) string {
	if it.Link != "" {
		return it.Link
	}
	var b strings.Builder
	b.WriteString(it.Title)
	b.WriteByte(0)
	if !it.Date.IsZero() {
		b.WriteString(it.Date.UTC().Format(time.RFC3339))
	}
	b.WriteByte(0)
	b.WriteString(it.Summary)
	return "sha256:" + digest(b.String())
}

func digest(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:16])
}

// FeedType reports whether a served Content-Type may hold a feed: RSS,
// Atom, RDF, JSON Feed, or XML or JSON of no stated kind. (A feed served
// as text/* also parses; whoever reads pages accepts text anyway.)
func FeedType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		return false
	}
	switch mt {
	case "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json",
		"application/xml", "text/xml", "application/json":
		return true
	}
	return false
}

// AcceptFeed is the Accept header of a request for a feed.
const AcceptFeed = "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.1"

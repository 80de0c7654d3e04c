package feed

import (
	"bytes"
	"container/heap"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"
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
		if u, err := url.Parse(opt.URL); err == nil && webURL(u) {
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
// any length is parsed in memory proportional to max.
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

// add keeps it if it is among the newest max items so far. An item whose
// ID is already kept is a duplicate and dropped: the first wins, as feeds
// list an item's latest version first.
func (c *collector) add(it Item) {
	it.Feed = c.feed
	if it.ID == "" {
		it.ID = derivedID(it)
	} else if len(it.ID) > maxID {
		it.ID = "sha256:" + digest(it.ID)
	}
	pos := c.n
	c.n++
	if _, dup := c.ids[it.ID]; dup {
		return
	}
	e := posItem{it, pos}
	if len(c.h) < c.max {
		c.ids[it.ID] = struct{}{}
		heap.Push(&c.h, e)
		return
	}
	c.dropped++
	if byNewest(e.Item, c.h[0].Item, e.pos, c.h[0].pos) >= 0 {
		return // older than every item kept
	}
	delete(c.ids, c.h[0].ID)
	c.ids[it.ID] = struct{}{}
	c.h[0] = e
	heap.Fix(&c.h, 0)
}

// finish returns the kept items newest first and how many were dropped.
func (c *collector) finish() ([]Item, int) {
	slices.SortFunc(c.h, func(a, b posItem) int { return byNewest(a.Item, b.Item, a.pos, b.pos) })
	items := make([]Item, len(c.h))
	for i, e := range c.h {
		items[i] = e.Item
	}
	return items, c.dropped
}

type posItem struct {
	Item
	pos int
}

// itemHeap is a heap with the item that sorts last (oldest) at its root.
type itemHeap []posItem

func (h itemHeap) Len() int { return len(h) }
func (h itemHeap) Less(i, j int) bool {
	return byNewest(h[i].Item, h[j].Item, h[i].pos, h[j].pos) > 0
}
func (h itemHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *itemHeap) Push(x any)   { *h = append(*h, x.(posItem)) }
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

package feed

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/factpane/factpane/input"
)

// Defaults for the cache's bounds.
const (
	// DefaultMaxBytes bounds the cache's size on disk.
	DefaultMaxBytes = 256 << 20
	// DefaultMaxAge is how long an article, an unsubscribed feed or an
	// item a feed no longer lists is kept.
	DefaultMaxAge = 30 * 24 * time.Hour
	// readMarkAge is how long a read mark is kept: longer than items,
	// since a slow feed lists an item for years and it must stay read.
	readMarkAge = 365 * 24 * time.Hour
)

// cacheVersion is written in every entry; an entry of another version is
// ignored, as a corrupt one is.
const cacheVersion = 1

// Limits bound the cache. The zero value gives the defaults.
type Limits struct {
	MaxBytes int64         // 0: DefaultMaxBytes
	MaxAge   time.Duration // 0: DefaultMaxAge
}

func (l Limits) maxBytes() int64 {
	if l.MaxBytes > 0 {
		return l.MaxBytes
	}
	return DefaultMaxBytes
}

func (l Limits) maxAge() time.Duration {
	if l.MaxAge > 0 {
		return l.MaxAge
	}
	return DefaultMaxAge
}

// Cache keeps fetched feeds (with their HTTP validators), fetched articles
// and read marks in a directory, so a library opens without the network.
//
// Every entry is written to a temporary file in the same directory,
// synced and renamed into place, so a crash leaves the old entry or the
// new one, never a torn one; an entry that cannot be read (corrupt, of
// another version) is ignored as if absent. A Cache is safe for concurrent
// use, and two processes may share a directory: entries are replaced
// whole, and read marks are appended to a log under a file lock (see
// readstate.go).
type Cache struct {
	dir string
	lim Limits
	now func() time.Time

	mu   sync.Mutex
	read map[string]time.Time // read marks by markKey
	busy map[string]*sync.Mutex
}

// DefaultCacheDir is $XDG_CACHE_HOME/factpane (or the system's cache
// directory's factpane).
func DefaultCacheDir() (string, error) {
	d, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	return filepath.Join(d, "factpane"), nil
}

// OpenCache opens (creating it if need be) the cache in dir; "" means
// DefaultCacheDir.
func OpenCache(dir string, lim Limits) (*Cache, error) {
	if dir == "" {
		var err error
		if dir, err = DefaultCacheDir(); err != nil {
			return nil, err
		}
	}
	for _, sub := range []string{"feeds", "articles"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o700); err != nil {
			return nil, err
		}
	}
	c := &Cache{dir: dir, lim: lim, now: time.Now, busy: make(map[string]*sync.Mutex)}
	if err := c.loadRead(); err != nil {
		return nil, err
	}
	return c, nil
}

// Dir is the cache's directory.
func (c *Cache) Dir() string { return c.dir }

// feedEntry is a feed as cached: its items and what a conditional GET
// needs.
type feedEntry struct {
	Version      int       `json:"v"`
	URL          string    `json:"url"`
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	Fetched      time.Time `json:"fetched"`
	Channel      *Channel  `json:"channel"`
}

// articleEntry is an article as cached.
type articleEntry struct {
	Version int       `json:"v"`
	Link    string    `json:"link"`
	Fetched time.Time `json:"fetched"`
	Doc     input.Doc `json:"doc"`
}

func (c *Cache) feedPath(feedURL string) string {
	return filepath.Join(c.dir, "feeds", digest(feedURL)+".json")
}

func (c *Cache) articlePath(link string) string {
	return filepath.Join(c.dir, "articles", digest(link)+".json")
}

// lock serialises work on one key (a feed's fetch and merge) within the
// process.
func (c *Cache) lock(key string) func() {
	c.mu.Lock()
	m := c.busy[key]
	if m == nil {
		m = new(sync.Mutex)
		c.busy[key] = m
	}
	c.mu.Unlock()
	m.Lock()
	return m.Unlock
}

// feed returns the cached entry of a feed, or nil. Its Fetched is when
// the server last gave or confirmed it: a 304 only touches the file.
func (c *Cache) feed(feedURL string) *feedEntry {
	var e feedEntry
	path := c.feedPath(feedURL)
	if !readEntry(path, &e) || e.Version != cacheVersion || e.URL != feedURL || e.Channel == nil {
		return nil
	}
	if info, err := os.Stat(path); err == nil && info.ModTime().After(e.Fetched) {
		e.Fetched = info.ModTime()
	}
	return &e
}

// contentEntry holds a feed's items' content HTML, beside its entry:
// the picker reads entries on every start and needs none of it, and it is
// most of a full-text feed's bytes.
type contentEntry struct {
	Version int               `json:"v"`
	URL     string            `json:"url"`
	Content map[string]string `json:"content"`
}

func (c *Cache) contentPath(feedURL string) string {
	return filepath.Join(c.dir, "feeds", digest(feedURL)+".content.json")
}

// putFeed writes a feed's entry. The items' ContentHTML is moved to the
// content file (and cleared in e), keeping what the old content file held
// for items that are still listed.
func (c *Cache) putFeed(e *feedEntry) error {
	e.Version = cacheVersion
	content := make(map[string]string)
	var old contentEntry
	oldOK := readEntry(c.contentPath(e.URL), &old) && old.Version == cacheVersion && old.URL == e.URL
	for i := range e.Channel.Items {
		it := &e.Channel.Items[i]
		switch {
		case it.ContentHTML != "":
			content[it.ID] = it.ContentHTML
			it.ContentHTML = ""
		case oldOK && old.Content[it.ID] != "":
			content[it.ID] = old.Content[it.ID]
		}
	}
	if len(content) > 0 || oldOK {
		if err := writeEntry(c.contentPath(e.URL), &contentEntry{cacheVersion, e.URL, content}); err != nil {
			return err
		}
	}
	return writeEntry(c.feedPath(e.URL), e)
}

// content returns the cached content HTML of a feed's item, or "".
func (c *Cache) content(feedURL, id string) string {
	var e contentEntry
	if !readEntry(c.contentPath(feedURL), &e) || e.Version != cacheVersion || e.URL != feedURL {
		return ""
	}
	return e.Content[id]
}

// touchFeed marks a feed's entry as fresh (a 304 answer).
func (c *Cache) touchFeed(feedURL string) {
	now := c.now()
	_ = os.Chtimes(c.feedPath(feedURL), now, now)
	_ = os.Chtimes(c.contentPath(feedURL), now, now)
}

// Channel returns a feed's cached items (with read marks) and when the
// server last gave or confirmed them; ok is false when the cache has none.
func (c *Cache) Channel(feedURL string) (ch *Channel, fetched time.Time, ok bool) {
	e := c.feed(feedURL)
	if e == nil {
		return nil, time.Time{}, false
	}
	c.markItems(e.Channel.Items)
	return e.Channel, e.Fetched, true
}

// Items returns the cached items of feeds, newest first, with read marks:
// what a picker shows before any fetch finishes.
func (c *Cache) Items(feeds []Feed) []Item {
	var items []Item
	for _, f := range feeds {
		if ch, _, ok := c.Channel(f.URL); ok {
			items = append(items, ch.Items...)
		}
	}
	SortItems(items)
	return items
}

func (c *Cache) article(link string) (input.Doc, bool) {
	var e articleEntry
	if !readEntry(c.articlePath(link), &e) || e.Version != cacheVersion || e.Link != link {
		return input.Doc{}, false
	}
	now := c.now()
	_ = os.Chtimes(c.articlePath(link), now, now) // recently used: pruned last
	return e.Doc, true
}

func (c *Cache) putArticle(link string, doc input.Doc) error {
	return writeEntry(c.articlePath(link), &articleEntry{Version: cacheVersion, Link: link, Fetched: c.now(), Doc: doc})
}

// readEntry decodes a JSON entry; false when it is missing or unreadable.
func readEntry(path string, v any) bool {
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	return json.Unmarshal(b, v) == nil
}

// writeEntry writes v as JSON to path, atomically.
func writeEntry(path string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	return writeFileAtomic(path, b)
}

// Prune bounds the cache: it removes articles and the entries of feeds
// not in subscribed that were last used more than MaxAge ago, temporary
// files a crash left behind, and then, while the cache is over MaxBytes,
// the least recently used articles and unsubscribed feeds. Subscribed
// feeds' entries are never removed (each is bounded by the items it
// keeps). It returns how many entries it removed.
func (c *Cache) Prune(subscribed []Feed) (int, error) {
	keep := make(map[string]bool, len(subscribed))
	for _, f := range subscribed {
		keep[digest(f.URL)+".json"] = true
		keep[digest(f.URL)+".content.json"] = true
	}
	type file struct {
		path string
		size int64
		mod  time.Time
		kept bool
	}
	var files []file
	var total int64
	now := c.now()
	removed := 0
	var errs []error
	for _, sub := range []string{"feeds", "articles"} {
		ents, err := os.ReadDir(filepath.Join(c.dir, sub))
		if err != nil {
			errs = append(errs, err)
			continue
		}
		for _, de := range ents {
			info, err := de.Info()
			if err != nil || !info.Mode().IsRegular() {
				continue
			}
			p := filepath.Join(c.dir, sub, de.Name())
			old := now.Sub(info.ModTime())
			switch {
			case strings.HasPrefix(de.Name(), tempPrefix):
				if old > time.Hour { // another process may be writing it
					if os.Remove(p) == nil {
						removed++
					}
				}
				continue
			case sub == "feeds" && keep[de.Name()]:
				total += info.Size()
				files = append(files, file{p, info.Size(), info.ModTime(), true})
				continue
			case old > c.lim.maxAge():
				if err := os.Remove(p); err == nil || errors.Is(err, fs.ErrNotExist) {
					removed++
				}
				continue
			}
			total += info.Size()
			files = append(files, file{p, info.Size(), info.ModTime(), false})
		}
	}
	slices.SortFunc(files, func(a, b file) int { return a.mod.Compare(b.mod) })
	for _, f := range files {
		if total <= c.lim.maxBytes() {
			break
		}
		if f.kept {
			continue
		}
		if err := os.Remove(f.path); err == nil || errors.Is(err, fs.ErrNotExist) {
			removed++
			total -= f.size
		}
	}
	return removed, errors.Join(errs...)
}

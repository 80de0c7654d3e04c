package feed

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/factpane/factpane/input"
)

// Defaults for fetching.
const (
	// DefaultPerHost bounds the requests in flight to one host, so a
	// library of many feeds from one site does not hammer it.
	DefaultPerHost = 2
	// DefaultParallel bounds the requests in flight in all.
	DefaultParallel = 8
)

// ErrOffline is wrapped by the error for what is not in the cache when
// the Fetcher is offline.
var ErrOffline = errors.New("not in the cache (offline)")

// Fetcher fetches feeds and their articles, through a cache when it has
// one. Set its fields before first use; after that it is safe for
// concurrent use.
type Fetcher struct {
	// Cache keeps fetched feeds and articles; nil for none (every fetch
	// is then unconditional, and offline mode has nothing to read).
	Cache *Cache
	// Input bounds each fetch as the URL input is bounded: its size cap,
	// timeout (the whole exchange, body included), redirects and address
	// policy (AllowAddr: tests allow loopback there). A feed the user
	// subscribed to on a local name is exempt from the address policy
	// (see input.Client). The zero value gives input's defaults.
	Input input.Options
	// PerHost and Parallel bound concurrent requests per host and in
	// all; 0 gives DefaultPerHost and DefaultParallel.
	PerHost, Parallel int
	// MaxItems bounds the items kept per feed; 0 gives DefaultMaxItems.
	MaxItems int
	// Offline serves everything from the cache and never touches the
	// network.
	Offline bool

	once   sync.Once
	client *input.Client
	all    chan struct{}
	mu     sync.Mutex
	hosts  map[string]chan struct{}
}

func (f *Fetcher) init() {
	f.once.Do(func() {
		f.client = input.NewClient(f.Input)
		f.all = make(chan struct{}, positive(f.Parallel, DefaultParallel))
		f.hosts = make(map[string]chan struct{})
	})
}

func positive(n, def int) int {
	if n > 0 {
		return n
	}
	return def
}

// acquire takes a slot for a request to host (and one overall), waiting
// for one or for ctx; the returned function gives them back.
func (f *Fetcher) acquire(ctx context.Context, host string) (func(), error) {
	f.mu.Lock()
	sem := f.hosts[host]
	if sem == nil {
		sem = make(chan struct{}, positive(f.PerHost, DefaultPerHost))
		f.hosts[host] = sem
	}
	f.mu.Unlock()
	select {
	case sem <- struct{}{}:
	case <-ctx.Done():
		return nil, ctx.Err()
	}
	select {
	case f.all <- struct{}{}:
	case <-ctx.Done():
		<-sem
		return nil, ctx.Err()
	}
	return func() { <-f.all; <-sem }, nil
}

// Update reports one feed's fetch, finished.
type Update struct {
	Feed Feed
	// Channel is the feed's items as now known, newest first, with read
	// marks: fetched and merged with the cache, or the cache's alone when
	// the fetch failed, was not needed (NotModified) or was not made
	// (offline). Nil when there is nothing to show.
	Channel *Channel
	// Err says why the feed could not be fetched, on one line naming the
	// feed; nil on success.
	Err error
	// NotModified says the server answered 304 and the cache was reused.
	NotModified bool
	// Fetched is when the server last gave or confirmed (304) the items:
	// now after a fetch, earlier for items from the cache after a failure
	// or offline; zero when there are none.
	Fetched time.Time
	// Done and Total count the feeds finished (this one included) and
	// asked for.
	Done, Total int
}

// Refresh fetches feeds concurrently (within the per-host and overall
// bounds) and sends an Update as each finishes, closing the channel after
// the last. The channel is buffered for every feed, so a reader that stops
// early leaks nothing. A picker shows Cache.Items first and merges each
// Update's Channel as it comes.
func (f *Fetcher) Refresh(ctx context.Context, feeds []Feed) <-chan Update {
	f.init()
	out := make(chan Update, len(feeds))
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for _, feed := range feeds {
		wg.Add(1)
		go func() {
			defer wg.Done()
			u := f.Fetch(ctx, feed)
			mu.Lock()
			done++
			u.Done, u.Total = done, len(feeds)
			out <- u
			mu.Unlock()
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

// Fetch fetches one feed (conditionally, when the cache has validators
// for it) and merges it into the cache. Offline, it reads the cache.
func (f *Fetcher) Fetch(ctx context.Context, feed Feed) Update {
	f.init()
	u := Update{Feed: feed, Total: 1, Done: 1}
	old, unlock := f.cached(feed)
	defer unlock()
	// fromCache is the answer when the cache must do: after a failure
	// (err), a 304 or offline (err nil).
	fromCache := func(err error) Update {
		if err != nil {
			u.Err = fmt.Errorf("%s: %w", feed.Label(""), err)
		}
		if old != nil {
			f.Cache.markItems(old.Channel.Items)
			u.Channel, u.Fetched = old.Channel, old.Fetched
		}
		return u
	}
	if f.Offline {
		if old == nil {
			return fromCache(ErrOffline)
		}
		return fromCache(nil)
	}
	ch, etag, lastMod, err := f.get(ctx, feed, old)
	switch {
	case errors.Is(err, errNotModified):
		u.NotModified = true
		f.Cache.touchFeed(feed.URL)
		old.Fetched = f.now()
		return fromCache(nil)
	case err != nil:
		return fromCache(err)
	}
	return f.keep(u, feed, old, ch, etag, lastMod)
}

// Store takes a feed document fetched elsewhere (`factpane URL` fetched
// the URL to see whether it is a page or a feed) as Fetch would have
// taken it from the server: resp is the answer (its final URL,
// Content-Type and validators), body its body. The Update is Fetch's.
func (f *Fetcher) Store(feed Feed, resp *http.Response, body []byte) Update {
	f.init()
	u := Update{Feed: feed, Total: 1, Done: 1}
	old, unlock := f.cached(feed)
	defer unlock()
	ch, err := f.parse(feed, resp, body)
	if err != nil {
		u.Err = fmt.Errorf("%s: %w", feed.Label(""), err)
		return u
	}
	return f.keep(u, feed, old, ch, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"))
}

// cached takes the lock on a feed's work (a fetch and merge) and
// returns its cached entry (nil for none); unlock gives the lock back.
func (f *Fetcher) cached(feed Feed) (old *feedEntry, unlock func()) {
	if f.Cache == nil {
		return nil, func() {}
	}
	unlock = f.Cache.lock("feed\x00" + feed.URL)
	return f.Cache.feed(feed.URL), unlock
}

// parse reads a feed's document as its server answered it.
func (f *Fetcher) parse(feed Feed, resp *http.Response, body []byte) (*Channel, error) {
	return Parse(body, ParseOptions{
		URL:         resp.Request.URL.String(),
		Feed:        feed.URL,
		ContentType: resp.Header.Get("Content-Type"),
		MaxItems:    f.MaxItems,
	})
}

// keep merges a fetched channel with the cached one (old, nil for
// none) and caches it.
func (f *Fetcher) keep(u Update, feed Feed, old *feedEntry, ch *Channel, etag, lastMod string) Update {
	if old != nil {
		ch.Items = f.merge(ch.Items, old.Channel.Items)
	} else {
		now := f.now()
		for i := range ch.Items {
			ch.Items[i].Seen = now
		}
	}
	if f.Cache != nil {
		e := &feedEntry{URL: feed.URL, ETag: etag, LastModified: lastMod, Fetched: f.now(), Channel: ch}
		if err := f.Cache.putFeed(e); err != nil {
			u.Err = fmt.Errorf("%s: fetched, but not cached: %v", feed.Label(ch.Title), err)
		}
		f.Cache.markItems(ch.Items)
	}
	u.Channel, u.Fetched = ch, f.now()
	return u
}

var errNotModified = errors.New("not modified")

// get makes the request for a feed and parses the answer.
func (f *Fetcher) get(ctx context.Context, feed Feed, old *feedEntry) (ch *Channel, etag, lastMod string, err error) {
	u, err := url.Parse(feed.URL)
	if err != nil || !input.WebURL(u) {
		return nil, "", "", errors.New("not an http(s) URL")
	}
	release, err := f.acquire(ctx, strings.ToLower(u.Host))
	if err != nil {
		return nil, "", "", err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, "", "", err
	}
	req.Header.Set("User-Agent", input.UserAgent)
	req.Header.Set("Accept", AcceptFeed)
	if old != nil {
		if old.ETag != "" {
			req.Header.Set("If-None-Match", old.ETag)
		}
		if old.LastModified != "" {
			req.Header.Set("If-Modified-Since", old.LastModified)
		}
	}
	resp, b, err := f.client.Do(req, u, nil)
	if err != nil {
		return nil, "", "", err
	}
	if resp.StatusCode == http.StatusNotModified && old != nil {
		return nil, "", "", errNotModified
	}
	ch, err = f.parse(feed, resp, b)
	if err != nil {
		return nil, "", "", err
	}
	return ch, resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"), nil
}

// merge combines a fresh fetch with the cached items: an item keeps the
// time it was first seen, items the feed no longer lists are kept until
// they are older than the cache's MaxAge, and the newest MaxItems remain.
func (f *Fetcher) merge(fresh, old []Item) []Item {
	now := f.now()
	seen := make(map[string]time.Time, len(old))
	for _, it := range old {
		seen[it.ID] = it.Seen
	}
	inFresh := make(map[string]bool, len(fresh))
	for i := range fresh {
		inFresh[fresh[i].ID] = true
		if t, ok := seen[fresh[i].ID]; ok && !t.IsZero() {
			fresh[i].Seen = t
		} else {
			fresh[i].Seen = now
		}
	}
	maxAge := DefaultMaxAge
	if f.Cache != nil {
		maxAge = f.Cache.lim.maxAge()
	}
	items := fresh
	for _, it := range old {
		if !inFresh[it.ID] && now.Sub(it.When()) <= maxAge {
			items = append(items, it)
		}
	}
	SortItems(items)
	if max := positive(f.MaxItems, DefaultMaxItems); len(items) > max {
		items = items[:max]
	}
	return items
}

func (f *Fetcher) now() time.Time {
	if f.Cache != nil {
		return f.Cache.now()
	}
	return time.Now()
}

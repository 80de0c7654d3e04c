package feed

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
)

// loopbackOnly lets tests reach their httptest servers through the
// guarded client while every other address stays refused.
func loopbackOnly(a netip.Addr) bool { return a.IsLoopback() }

func testFetcher(t *testing.T) *Fetcher {
	t.Helper()
	c, err := OpenCache(t.TempDir(), Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return &Fetcher{Cache: c, Input: input.Options{Timeout: 5 * time.Second, AllowAddr: loopbackOnly}}
}

// feedServer serves testdata files by path with validators, answering a
// conditional GET with 304, and counts what it is asked.
type feedServer struct {
	*httptest.Server
	requests, full, notModified atomic.Int32
	mu                          sync.Mutex
	body                        map[string][]byte
}

func newFeedServer(t *testing.T) *feedServer {
	t.Helper()
	s := &feedServer{body: make(map[string][]byte)}
	for _, name := range []string{"rss2.xml", "atom.xml", "jsonfeed.json", "rdf.xml"} {
		b, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		s.body["/"+name] = b
	}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.mu.Lock()
		b, ok := s.body[r.URL.Path]
		s.mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		etag := fmt.Sprintf(`"%x"`, digest(string(b)))
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", "Tue, 04 Mar 2025 12:00:00 GMT")
		if r.Header.Get("If-None-Match") == etag {
			s.notModified.Add(1)
			w.WriteHeader(http.StatusNotModified)
			return
		}
		s.full.Add(1)
		w.Header().Set("Content-Type", "application/xml")
		w.Write(b)
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *feedServer) set(path string, b []byte) {
	s.mu.Lock()
	s.body[path] = b
	s.mu.Unlock()
}

func TestFetchConditionalGET(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feed := Feed{URL: s.URL + "/rss2.xml"}
	u := f.Fetch(context.Background(), feed)
	if u.Err != nil || u.Channel == nil || len(u.Channel.Items) != 5 || u.NotModified {
		t.Fatalf("first fetch: %+v", u)
	}
	first := u.Channel.Items
	fetched := u.Fetched
	if fetched.IsZero() {
		t.Error("a fetched feed has no Fetched time")
	}
	// Relative links resolve against where the feed was fetched from.
	if want := s.URL + "/business/markets-rally"; first[0].Link != want {
		t.Errorf("link %q, want %q", first[0].Link, want)
	}
	u = f.Fetch(context.Background(), feed)
	if u.Err != nil || !u.NotModified || u.Channel == nil || len(u.Channel.Items) != 5 {
		t.Fatalf("second fetch: %+v", u)
	}
	if u.Fetched.Before(fetched) {
		t.Errorf("a 304 did not renew Fetched: %v before %v", u.Fetched, fetched)
	}
	if _, at, _ := f.Cache.Channel(feed.URL); at.Before(fetched) {
		t.Errorf("the cache says the feed was fetched at %v", at)
	}
	if s.requests.Load() != 2 || s.full.Load() != 1 || s.notModified.Load() != 1 {
		t.Errorf("requests %d, full %d, 304 %d", s.requests.Load(), s.full.Load(), s.notModified.Load())
	}
	for i, it := range u.Channel.Items {
		if it.ID != first[i].ID || !it.Seen.Equal(first[i].Seen) {
			t.Errorf("item %d changed across a 304: %+v", i, it)
		}
	}
	// A changed feed is fetched whole; items it still lists keep the time
	// they were first seen, and an item it dropped stays.
	b, _ := os.ReadFile("testdata/rss2.xml")
	changed := strings.Replace(string(b), "<title>Election results: count continues</title>", "<title>Election results: count ends</title>", 1)
	changed = strings.Replace(changed, "<guid>https://news.example.com/business/markets-rally</guid>", "", 1)
	s.set("/rss2.xml", []byte(changed))
	u = f.Fetch(context.Background(), feed)
	if u.Err != nil || u.NotModified {
		t.Fatalf("third fetch: %+v", u)
	}
	var titles []string
	for _, it := range u.Channel.Items {
		titles = append(titles, it.Title)
	}
	if !strings.Contains(strings.Join(titles, "|"), "count ends") || len(u.Channel.Items) != 5 {
		t.Errorf("after a change: %q", titles)
	}
}

func TestFetchAllFormats(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	for name, n := range map[string]int{"atom.xml": 3, "jsonfeed.json": 4, "rdf.xml": 2} {
		u := f.Fetch(context.Background(), Feed{URL: s.URL + "/" + name})
		if u.Err != nil || len(u.Channel.Items) != n {
			t.Errorf("%s: %v, %d items", name, u.Err, len(u.Channel.Items))
		}
	}
}

func TestFetchPerHostBound(t *testing.T) {
	var inFlight, most atomic.Int32
	slow := func() http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			n := inFlight.Add(1)
			defer inFlight.Add(-1)
			for {
				m := most.Load()
				if n <= m || most.CompareAndSwap(m, n) {
					break
				}
			}
			time.Sleep(40 * time.Millisecond)
			fmt.Fprintf(w, `<rss><channel><item><title>%s</title><guid>%s</guid></item></channel></rss>`, r.URL.Path, r.URL.Path)
		})
	}
	a := httptest.NewServer(slow())
	defer a.Close()
	f := testFetcher(t)
	var feeds []Feed
	for i := range 8 {
		feeds = append(feeds, Feed{URL: fmt.Sprintf("%s/%d", a.URL, i)})
	}
	for u := range f.Refresh(context.Background(), feeds) {
		if u.Err != nil {
			t.Error(u.Err)
		}
	}
	if got := most.Load(); got != DefaultPerHost {
		t.Errorf("at most %d requests to one host at once, want %d", got, DefaultPerHost)
	}

	// Two hosts are fetched side by side, each within its own bound.
	most.Store(0)
	b := httptest.NewServer(slow())
	defer b.Close()
	feeds = feeds[:0]
	for i := range 6 {
		feeds = append(feeds, Feed{URL: fmt.Sprintf("%s/%d", a.URL, i)}, Feed{URL: fmt.Sprintf("%s/%d", b.URL, i)})
	}
	f = testFetcher(t)
	f.PerHost = 1
	for range f.Refresh(context.Background(), feeds) {
	}
	if got := most.Load(); got != 2 {
		t.Errorf("two hosts at one request each: %d at once, want 2", got)
	}
}

func TestRefreshReportsProgress(t *testing.T) {
	s := newFeedServer(t)
	s.set("/broken.xml", []byte(`<rss><channel><item><title>cut`))
	f := testFetcher(t)
	feeds := []Feed{
		{URL: s.URL + "/rss2.xml", Name: "Daily"},
		{URL: s.URL + "/missing.xml", Name: "Gone"},
		{URL: s.URL + "/broken.xml"},
		{URL: s.URL + "/atom.xml"},
	}
	var p Progress
	var lines []string
	dones := map[int]bool{}
	for u := range f.Refresh(context.Background(), feeds) {
		if u.Total != 4 || dones[u.Done] {
			t.Errorf("update %d of %d", u.Done, u.Total)
		}
		dones[u.Done] = true
		p.Add(u)
		lines = append(lines, p.String())
	}
	if len(dones) != 4 {
		t.Fatalf("%d updates", len(dones))
	}
	last := lines[len(lines)-1]
	for _, want := range []string{"4 of 4 feeds · 2 failed: ", "Gone", s.URL + "/broken.xml"} {
		if !strings.Contains(last, want) {
			t.Errorf("progress %q lacks %q", last, want)
		}
	}
	failed := strings.Join(p.Failed, "\n")
	for _, want := range []string{"Gone: HTTP 404 Not Found", "broken.xml: malformed XML at line 1: unexpected EOF"} {
		if !strings.Contains(failed, want) {
			t.Errorf("failures %q lack %q", failed, want)
		}
	}
	if one := (Progress{Done: 1, Total: 3, Failed: []string{"World: HTTP 500"}, names: []string{"World"}}).String(); one != "fetching 1 of 3 feeds · 1 failed: World: HTTP 500" {
		t.Errorf("one failure: %q", one)
	}
	if strings.Contains(last, "\n") || input.ControlAt(last) >= 0 {
		t.Errorf("progress %q is not one safe line", last)
	}
}

func TestFetchFailureKeepsTheCache(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feed := Feed{URL: s.URL + "/rss2.xml"}
	if u := f.Fetch(context.Background(), feed); u.Err != nil {
		t.Fatal(u.Err)
	}
	for _, bad := range [][]byte{
		[]byte(`<rss><channel><item><title>truncated`),
		[]byte(`<!DOCTYPE html><html><body>Oops, a login page</body></html>`),
	} {
		s.set("/rss2.xml", bad)
		u := f.Fetch(context.Background(), feed)
		if u.Err == nil || u.Channel == nil || len(u.Channel.Items) != 5 {
			t.Errorf("a bad answer: err %v, channel %v", u.Err, u.Channel)
		}
		if ch, _, ok := f.Cache.Channel(feed.URL); !ok || len(ch.Items) != 5 {
			t.Errorf("the cache lost the feed")
		}
	}
}

func TestOffline(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	cached := Feed{URL: s.URL + "/atom.xml"}
	if u := f.Fetch(context.Background(), cached); u.Err != nil {
		t.Fatal(u.Err)
	}
	before := s.requests.Load()
	off := &Fetcher{Cache: f.Cache, Offline: true, Input: input.Options{AllowAddr: loopbackOnly}}
	u := off.Fetch(context.Background(), cached)
	if u.Err != nil || u.Channel == nil || len(u.Channel.Items) != 3 || u.Fetched.IsZero() {
		t.Errorf("offline, cached: %+v", u)
	}
	u = off.Fetch(context.Background(), Feed{URL: s.URL + "/rss2.xml"})
	if !errors.Is(u.Err, ErrOffline) || u.Channel != nil {
		t.Errorf("offline, not cached: %+v", u)
	}
	if s.requests.Load() != before {
		t.Errorf("offline mode made %d requests", s.requests.Load()-before)
	}
	// The picker's first view is the cache, with no request at all. The
	// undated item is ordered by when it was first seen: just now.
	if items := f.Cache.Items([]Feed{cached, {URL: s.URL + "/rss2.xml"}}); len(items) != 3 ||
		items[0].Title != "Undated note" || items[1].Title != "Census counts 2.1 million residents" {
		t.Errorf("cached items %+v", items)
	}
}

func TestFetchRefusals(t *testing.T) {
	redirect := func(to string) *httptest.Server {
		return httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			http.Redirect(w, r, to, http.StatusFound)
		}))
	}
	f := testFetcher(t)
	f.Input.MaxRedirects = 3
	loop := httptest.NewServer(nil)
	loop.Config.Handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, loop.URL+r.URL.Path+"x", http.StatusFound)
	})
	defer loop.Close()
	for _, c := range []struct {
		to, want string
	}{
		{"file:///etc/passwd", "refused a redirect to file: URL"},
		{"gopher://example.com/", "refused a redirect to gopher: URL"},
		// Nothing is sent to these: the dial is refused before connecting.
		{"http://169.254.169.254/latest/meta-data/", "refused to connect to 169.254.169.254"},
		{"http://10.0.0.1/feed", "refused to connect to 10.0.0.1"},
		{"http://[fd00::1]/feed", "refused to connect to fd00::1"},
		{"http://0.0.0.0:1/feed", "refused to connect to 0.0.0.0"},
	} {
		s := redirect(c.to)
		u := f.Fetch(context.Background(), Feed{URL: s.URL + "/feed"})
		s.Close()
		if u.Err == nil || !strings.Contains(u.Err.Error(), c.want) {
			t.Errorf("redirect to %s: %v, want %q", c.to, u.Err, c.want)
		}
	}
	u := f.Fetch(context.Background(), Feed{URL: loop.URL + "/a"})
	if u.Err == nil || !strings.Contains(u.Err.Error(), "more than 3 redirects") {
		t.Errorf("redirect loop: %v", u.Err)
	}
}

// A feed the user subscribed to on their own machine is fetched, but may
// not redirect elsewhere.
func TestLocalFeed(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	f.Input.AllowAddr = nil // the default policy: loopback is not public
	if u := f.Fetch(context.Background(), Feed{URL: s.URL + "/rss2.xml"}); u.Err != nil {
		t.Errorf("a feed on 127.0.0.1: %v", u.Err)
	}
	port := s.URL[strings.LastIndexByte(s.URL, ':'):]
	r := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost"+port+"/rss2.xml", http.StatusFound)
	}))
	defer r.Close()
	u := f.Fetch(context.Background(), Feed{URL: r.URL + "/feed"})
	if u.Err == nil || !strings.Contains(u.Err.Error(), "to another host") {
		t.Errorf("a local feed redirecting to another host: %v", u.Err)
	}
}

func TestFetchTimeoutAndSize(t *testing.T) {
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer hang.Close()
	f := testFetcher(t)
	f.Input.Timeout = 200 * time.Millisecond
	u := f.Fetch(context.Background(), Feed{URL: hang.URL + "/feed"})
	if u.Err == nil || !strings.Contains(u.Err.Error(), "timed out after 200ms") {
		t.Errorf("a server that never answers: %v", u.Err)
	}

	big := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.(http.Flusher).Flush() // no Content-Length
		}
		w.Write(bigFeed(200))
	}))
	defer big.Close()
	f = testFetcher(t)
	f.Input.MaxSize = 4 << 10
	for _, path := range []string{"/sized", "/chunked"} {
		u = f.Fetch(context.Background(), Feed{URL: big.URL + path})
		if u.Err == nil || !strings.Contains(u.Err.Error(), "size cap of 4 KiB (see --max-size)") {
			t.Errorf("%s: %v", path, u.Err)
		}
	}

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if u := f.Fetch(ctx, Feed{URL: hang.URL}); !errors.Is(u.Err, context.Canceled) {
		t.Errorf("a cancelled fetch: %v", u.Err)
	}
}

func TestArticle(t *testing.T) {
	var pageHits atomic.Int32
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/story", func(w http.ResponseWriter, r *http.Request) {
		pageHits.Add(1)
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, `<!DOCTYPE html><html><head><title>Floods kill 12</title></head><body>
<nav>Home | World</nav><article><h1>Floods kill 12</h1>
<p>At least 12 people were killed and 40 injured when rivers burst their banks on Tuesday, officials said.</p>
<p>About 300 soldiers were deployed to the province to help with the rescue, and 2,000 people were moved to shelters.</p>
<p>The \x1b[2J weather service warned of more rain.</p></article></body></html>`)
	})
	mux.HandleFunc("/down", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "oops", http.StatusInternalServerError)
	})
	mux.HandleFunc("/pdf", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/pdf")
		w.Write([]byte("%PDF-1.4"))
	})
	f := testFetcher(t)
	it := Item{Feed: srv.URL + "/feed", ID: "1", Title: "Floods", Link: srv.URL + "/story", Author: "Jane Doe",
		Date: time.Date(2025, 3, 4, 9, 30, 0, 0, time.UTC)}
	a, err := f.Article(context.Background(), it)
	if err != nil || a.FromFeed || a.Cached {
		t.Fatalf("Article: %+v, %v", a, err)
	}
	if !strings.Contains(a.Doc.Text, "300 soldiers") || strings.Contains(a.Doc.Text, "Home | World") || input.ControlAt(a.Doc.Text) >= 0 {
		t.Errorf("text %q", a.Doc.Text)
	}
	if a.Doc.URL != it.Link || a.Doc.Byline != "Jane Doe" || a.Doc.Date != "2025-03-04T09:30:00Z" {
		t.Errorf("doc %q %q %q", a.Doc.URL, a.Doc.Byline, a.Doc.Date)
	}
	a, err = f.Article(context.Background(), it)
	if err != nil || !a.Cached || pageHits.Load() != 1 || !strings.Contains(a.Doc.Text, "300 soldiers") {
		t.Errorf("second open: cached %v, %d requests, %v", a.Cached, pageHits.Load(), err)
	}

	// The page fails: the feed's copy of the item is shown, and why.
	it2 := Item{Feed: it.Feed, ID: "2", Title: "Markets", Link: srv.URL + "/down",
		ContentHTML: "<p>Shares rose <b>2%</b> on Tuesday.</p>"}
	a, err = f.Article(context.Background(), it2)
	if err != nil || !a.FromFeed || a.PageErr == nil || !strings.Contains(a.PageErr.Error(), "HTTP 500") ||
		!strings.Contains(a.Doc.Text, "Shares rose 2% on Tuesday.") {
		t.Errorf("a failing page: %+v, %v", a, err)
	}
	it3 := Item{Feed: it.Feed, ID: "3", Title: "Report", Link: srv.URL + "/pdf"}
	if _, err := f.Article(context.Background(), it3); err == nil || !errors.Is(err, input.ErrBinary) {
		t.Errorf("a PDF without feed text: %v", err)
	}
	// Offline: the cached page, or the feed's copy, or a clear error.
	off := &Fetcher{Cache: f.Cache, Offline: true}
	if a, err := off.Article(context.Background(), it); err != nil || !a.Cached {
		t.Errorf("offline, cached page: %+v %v", a, err)
	}
	it4 := Item{Feed: it.Feed, ID: "4", Title: "Brief", Link: srv.URL + "/other", Summary: "Two lines\n\nof summary."}
	if a, err := off.Article(context.Background(), it4); err != nil || !a.FromFeed || a.Doc.Text != "Brief\n\nTwo lines\n\nof summary." {
		t.Errorf("offline, summary only: %+v %v", a, err)
	}
	it5 := Item{Feed: it.Feed, ID: "5", Title: "Nothing", Link: srv.URL + "/nothing"}
	if _, err := off.Article(context.Background(), it5); !errors.Is(err, ErrOffline) {
		t.Errorf("offline, nothing: %v", err)
	}
	if pageHits.Load() != 1 {
		t.Errorf("offline mode fetched a page")
	}
}

// An article link that points into the local network is refused, even in
// a feed fetched from the internet.
func TestArticleRefusesPrivateLink(t *testing.T) {
	f := testFetcher(t)
	it := Item{Feed: "https://news.example.com/feed", ID: "x", Title: "t", Link: "http://169.254.169.254/latest/meta-data/"}
	_, err := f.Article(context.Background(), it)
	if err == nil || !strings.Contains(err.Error(), "refused to connect to 169.254.169.254") {
		t.Errorf("metadata link: %v", err)
	}
}

// Content HTML is kept apart from the list the picker reads, and still
// opens offline.
func TestContentKeptApart(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feed := Feed{URL: s.URL + "/rss2.xml"}
	u := f.Fetch(context.Background(), feed)
	if u.Err != nil {
		t.Fatal(u.Err)
	}
	var floods Item
	for _, it := range u.Channel.Items {
		if it.ContentHTML != "" {
			t.Errorf("item %q carries its content", it.Title)
		}
		if it.ID == "news-1001" {
			floods = it
		}
	}
	entry, _ := os.ReadFile(f.Cache.feedPath(feed.URL))
	if strings.Contains(string(entry), "300 soldiers") {
		t.Error("the feed's entry holds content")
	}
	// Refetched whole (the ETag changes), the content is still there.
	b, _ := os.ReadFile("testdata/rss2.xml")
	s.set("/rss2.xml", append(b, ' '))
	if u := f.Fetch(context.Background(), feed); u.Err != nil || u.NotModified {
		t.Fatalf("refetch: %+v", u)
	}
	off := &Fetcher{Cache: f.Cache, Offline: true}
	a, err := off.Article(context.Background(), floods)
	if err != nil || !a.FromFeed || !strings.Contains(a.Doc.Text, "300 soldiers were deployed") {
		t.Errorf("offline article from the feed's content: %+v %v", a, err)
	}
	if !errors.Is(a.PageErr, ErrOffline) || a.Doc.Title != "Floods kill 12 in northern province" {
		t.Errorf("page error %v, title %q", a.PageErr, a.Doc.Title)
	}
}

func TestPrefetch(t *testing.T) {
	var hits, inFlight, most atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(20 * time.Millisecond)
		fmt.Fprintf(w, "<html><head><title>Story %s</title></head><body><p>Story %s: 12 people were hurt.</p></body></html>", r.URL.Path, r.URL.Path)
	}))
	defer srv.Close()
	f := testFetcher(t)
	var items []Item
	for i := range 6 {
		items = append(items, Item{Feed: srv.URL + "/feed", ID: fmt.Sprint(i), Title: fmt.Sprint("t", i), Link: fmt.Sprintf("%s/%d", srv.URL, i)})
	}
	items = append(items, Item{Feed: srv.URL + "/feed", ID: "no-link", Title: "Nothing"})
	dones := map[int]bool{}
	for u := range f.Prefetch(context.Background(), items, 0) {
		dones[u.Done] = true
		if u.Total != 7 || (u.Item.ID == "no-link") != (u.Err != nil) {
			t.Errorf("update %+v", u)
		}
	}
	if len(dones) != 7 || hits.Load() != 6 || most.Load() > DefaultPrefetch {
		t.Errorf("%d updates, %d requests, %d at once", len(dones), hits.Load(), most.Load())
	}
	// Opened later, each article comes from the cache.
	for _, it := range items[:6] {
		if a, err := f.Article(context.Background(), it); err != nil || !a.Cached {
			t.Errorf("%s: %+v %v", it.ID, a, err)
		}
	}
	// A cancelled prefetch stops and closes its channel.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	n := 0
	for range f.Prefetch(ctx, items, 0) {
		n++
	}
	if n != 0 {
		t.Errorf("a cancelled prefetch sent %d updates", n)
	}
}

func TestFetchConnectionRefused(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close()
	f := testFetcher(t)
	u := f.Fetch(context.Background(), Feed{URL: url + "/feed", Name: "Closed"})
	if u.Err == nil || u.Err.Error() != "Closed: connection refused" {
		t.Errorf("a closed port: %v", u.Err)
	}
}

// An article page is read as `factpane URL` reads one: in the charset
// the server states, its relative links resolved against where it was
// finally fetched from (after a redirect), which is also its URL.
func TestArticleCharsetAndLinks(t *testing.T) {
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	defer srv.Close()
	mux.HandleFunc("/s/1", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/news/2026/story.html", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/news/2026/story.html", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=iso-8859-1")
		fmt.Fprint(w, "<html><head><title>Caf\xe9</title></head><body><article><h1>Caf\xe9 fire</h1>"+
			"<p>A fire at a caf\xe9 injured 3 people on Monday, the <a href=\"../report.html\">report</a> said, "+
			"and 40 firefighters were sent to the scene in the town centre.</p>"+
			"<p>The caf\xe9 had opened in 1998 and employed 12 people, its owner told reporters.</p></article></body></html>")
	})
	f := testFetcher(t)
	a, err := f.Article(context.Background(), Item{Feed: srv.URL + "/feed", ID: "1", Link: srv.URL + "/s/1"})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(a.Doc.Text, "A fire at a café injured 3 people") {
		t.Errorf("charset not honoured: %q", a.Doc.Text)
	}
	if want := srv.URL + "/news/2026/story.html"; a.Doc.URL != want {
		t.Errorf("URL %q, want %q", a.Doc.URL, want)
	}
	if len(a.Doc.Links) != 1 || a.Doc.Links[0].URL != srv.URL+"/news/report.html" {
		t.Errorf("links %+v", a.Doc.Links)
	}
}

// Store takes a feed fetched elsewhere as Fetch would: its items are
// cached, with its validators, so the next Fetch is conditional (304);
// a document that is not a feed is an error naming the feed.
func TestStore(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feed := Feed{URL: s.URL + "/atom.xml"}
	resp, err := http.Get(feed.URL)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	u := f.Store(feed, resp, body)
	if u.Err != nil || u.Channel == nil || len(u.Channel.Items) != 3 {
		t.Fatalf("Store: %+v", u)
	}
	if ch, _, ok := f.Cache.Channel(feed.URL); !ok || len(ch.Items) != 3 {
		t.Error("Store did not cache the items")
	}
	if u := f.Fetch(context.Background(), feed); !u.NotModified || s.notModified.Load() != 1 {
		t.Errorf("the fetch after Store was not conditional: %+v", u)
	}
	if u := f.Store(Feed{URL: s.URL + "/page"}, resp, []byte("<html><body>hi</body></html>")); u.Err == nil ||
		!strings.Contains(u.Err.Error(), "not a feed") {
		t.Errorf("Store of a page: %v", u.Err)
	}
}

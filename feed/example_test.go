package feed_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
)

// A picker's life: show the cache at once, refresh with a progress line,
// merge each feed's items as it arrives, open an item as a document.
func Example() {
	// A feed server (in a real library, the feeds file's URLs).
	atom, _ := os.ReadFile("testdata/atom.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/atom.xml" {
			http.NotFound(w, r)
			return
		}
		w.Write(atom)
	}))
	defer srv.Close()
	feeds := []feed.Feed{{URL: srv.URL + "/atom.xml", Name: "Notes"}, {URL: srv.URL + "/gone.xml", Name: "Gone"}}

	dir, _ := os.MkdirTemp("", "factpane-cache")
	defer os.RemoveAll(dir)
	cache, err := feed.OpenCache(dir, feed.Limits{}) // "" for $XDG_CACHE_HOME/factpane
	if err != nil {
		fmt.Println(err)
		return
	}
	f := &feed.Fetcher{Cache: cache, Input: input.Options{AllowAddr: netip.Addr.IsLoopback}}

	fmt.Println("cached:", len(cache.Items(feeds)))
	var p feed.Progress
	for u := range f.Refresh(context.Background(), feeds) {
		p.Add(u)
		if u.Channel != nil {
			fmt.Println(u.Feed.Label(u.Channel.Title), "has", len(u.Channel.Items), "items")
		}
	}
	fmt.Println(p.String())

	items := cache.Items(feeds)
	for _, it := range items {
		fmt.Println("-", it.Headline())
	}
	// Offline, an item whose page was never fetched opens from the
	// feed's own copy of it.
	offline := &feed.Fetcher{Cache: cache, Offline: true}
	a, err := offline.Article(context.Background(), items[1])
	fmt.Println(a.FromFeed, err, a.Doc.Title)
	cache.SetRead(true, items[1])
	fmt.Println(cache.Items(feeds)[1].Read)
	// Output:
	// cached: 0
	// Notes has 3 items
	// 2 of 2 feeds · 1 failed: Gone: HTTP 404 Not Found
	// - Undated note
	// - Census counts 2.1 million residents
	// - Budget: $4bn for schools
	// true <nil> Census counts 2.1 million residents
	// true
}

package feed

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
)

// A corrupt or torn entry is ignored: the feed is fetched again as if the
// cache had none, and nothing fails.
func TestCacheCorruptEntryIgnored(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feed := Feed{URL: s.URL + "/rss2.xml"}
	if u := f.Fetch(context.Background(), feed); u.Err != nil {
		t.Fatal(u.Err)
	}
	path := f.Cache.feedPath(feed.URL)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	for name, bad := range map[string][]byte{
		"torn":          good[:len(good)/2],
		"garbage":       []byte("\x00\x01\x02 not json"),
		"empty":         nil,
		"other version": []byte(strings.Replace(string(good), `"v":1`, `"v":99`, 1)),
		"other feed":    []byte(strings.Replace(string(good), `"url":"`+feed.URL, `"url":"https://else.example`, 1)),
		"null channel":  []byte(`{"v":1,"url":"` + feed.URL + `","channel":null}`),
	} {
		if err := os.WriteFile(path, bad, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, ok := f.Cache.Channel(feed.URL); ok {
			t.Errorf("%s: a bad entry was read", name)
		}
		if items := f.Cache.Items([]Feed{feed}); len(items) != 0 {
			t.Errorf("%s: %d items", name, len(items))
		}
		before := s.full.Load()
		u := f.Fetch(context.Background(), feed)
		if u.Err != nil || len(u.Channel.Items) != 5 || s.full.Load() != before+1 {
			t.Errorf("%s: refetch %v, %d full fetches", name, u.Err, s.full.Load()-before)
		}
	}
	// A temporary file a crash left behind is not an entry, and is
	// cleaned up once it is old.
	tmp := filepath.Join(f.Cache.Dir(), "feeds", tempPrefix+"123")
	os.WriteFile(tmp, []byte("{"), 0o600)
	old := time.Now().Add(-2 * time.Hour)
	os.Chtimes(tmp, old, old)
	if _, err := f.Cache.Prune([]Feed{feed}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tmp); !os.IsNotExist(err) {
		t.Errorf("a stale temporary file was kept")
	}
}

func TestCachePrune(t *testing.T) {
	dir := t.TempDir()
	c, err := OpenCache(dir, Limits{MaxBytes: 10 << 10, MaxAge: 24 * time.Hour})
	if err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	doc := func(i int) string { return strings.Repeat(fmt.Sprintf("article %d ", i), 100) } // ~1 KB
	for i := range 20 {
		link := fmt.Sprintf("https://x.example/%d", i)
		c.now = func() time.Time { return now.Add(time.Duration(i-20) * time.Minute) }
		if err := c.putArticle(link, docOf(doc(i))); err != nil {
			t.Fatal(err)
		}
		at := now.Add(time.Duration(i-20) * time.Minute)
		os.Chtimes(c.articlePath(link), at, at)
	}
	c.now = time.Now
	// One article is a week old: past MaxAge.
	week := now.Add(-7 * 24 * time.Hour)
	os.Chtimes(c.articlePath("https://x.example/5"), week, week)
	// Feeds: a subscribed one, old, is kept; an unsubscribed old one goes.
	sub := Feed{URL: "https://sub.example/feed"}
	gone := Feed{URL: "https://gone.example/feed"}
	for _, fd := range []Feed{sub, gone} {
		c.putFeed(&feedEntry{URL: fd.URL, Channel: &Channel{Title: fd.URL}})
		os.Chtimes(c.feedPath(fd.URL), week, week)
	}
	// Reading an article makes it recently used.
	if _, ok := c.article("https://x.example/0"); !ok {
		t.Fatal("article 0 is not cached")
	}
	removed, err := c.Prune([]Feed{sub})
	if err != nil {
		t.Fatal(err)
	}
	var size int64
	for _, d := range []string{"feeds", "articles"} {
		ents, _ := os.ReadDir(filepath.Join(dir, d))
		for _, e := range ents {
			info, _ := e.Info()
			size += info.Size()
		}
	}
	if size > 10<<10 {
		t.Errorf("%d bytes after Prune, over the 10 KiB bound", size)
	}
	if removed < 3 {
		t.Errorf("removed %d", removed)
	}
	if _, _, ok := c.Channel(sub.URL); !ok {
		t.Error("a subscribed feed's entry was pruned")
	}
	if _, _, ok := c.Channel(gone.URL); ok {
		t.Error("an old unsubscribed feed was kept")
	}
	if _, ok := c.article("https://x.example/5"); ok {
		t.Error("an article past MaxAge was kept")
	}
	if _, ok := c.article("https://x.example/0"); !ok {
		t.Error("the most recently read article was pruned before older ones")
	}
	if _, ok := c.article("https://x.example/1"); ok {
		t.Error("the least recently used article was kept")
	}
}

func TestReadMarks(t *testing.T) {
	dir := t.TempDir()
	c, err := OpenCache(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	a := Item{Feed: "https://a.example/feed", ID: "1"}
	b := Item{Feed: "https://a.example/feed", ID: "2"}
	other := Item{Feed: "https://b.example/feed", ID: "1"} // same ID, another feed
	if err := c.SetRead(true, a, b); err != nil {
		t.Fatal(err)
	}
	if err := c.SetRead(false, b); err != nil {
		t.Fatal(err)
	}
	if !c.IsRead(a) || c.IsRead(b) || c.IsRead(other) {
		t.Errorf("marks: a %v b %v other %v", c.IsRead(a), c.IsRead(b), c.IsRead(other))
	}
	// Another process (another Cache on the same directory) sees them,
	// and its own marks are kept beside ours.
	c2, err := OpenCache(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	if !c2.IsRead(a) || c2.IsRead(b) {
		t.Error("a second cache does not see the marks")
	}
	c2.SetRead(true, other)
	c.SetRead(true, b)
	// A crash tore the last line.
	f, _ := os.OpenFile(filepath.Join(dir, readLog), os.O_APPEND|os.O_WRONLY, 0)
	f.WriteString("r 0123456789abcdef")
	f.Close()
	c.SetRead(true, Item{Feed: "https://c.example/", ID: "after-the-tear"})
	c3, err := OpenCache(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range []Item{a, b, other, {Feed: "https://c.example/", ID: "after-the-tear"}} {
		if !c3.IsRead(it) {
			t.Errorf("%v is not read after reopening", it)
		}
	}
	// Items listed from the cache carry their marks.
	c3.putFeed(&feedEntry{URL: a.Feed, Channel: &Channel{Items: []Item{a, b}}})
	items := c3.Items([]Feed{{URL: a.Feed}})
	if len(items) != 2 || !items[0].Read || !items[1].Read {
		t.Errorf("listed items %+v", items)
	}
}

func TestReadLogCompacts(t *testing.T) {
	dir := t.TempDir()
	c, err := OpenCache(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	it := Item{Feed: "https://a.example/feed", ID: "1"}
	for i := range 6000 { // toggled: 6,000 dead lines, one live mark
		c.SetRead(i%2 == 0, it)
	}
	c.SetRead(true, it)
	info, _ := os.Stat(filepath.Join(dir, readLog))
	if info.Size() < compactAt {
		t.Fatalf("log is only %d bytes", info.Size())
	}
	c, err = OpenCache(dir, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	info, _ = os.Stat(filepath.Join(dir, readLog))
	if info.Size() > 100 || !c.IsRead(it) {
		t.Errorf("after compaction: %d bytes, read %v", info.Size(), c.IsRead(it))
	}
}

// Concurrent fetches, listings and marks on one cache (run with -race).
func TestCacheConcurrentUse(t *testing.T) {
	s := newFeedServer(t)
	f := testFetcher(t)
	feeds := []Feed{{URL: s.URL + "/rss2.xml"}, {URL: s.URL + "/atom.xml"}, {URL: s.URL + "/jsonfeed.json"}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Add(2)
		go func() {
			defer wg.Done()
			for u := range f.Refresh(context.Background(), feeds) {
				if u.Err != nil {
					t.Error(u.Err)
				}
			}
		}()
		go func() {
			defer wg.Done()
			for _, it := range f.Cache.Items(feeds) {
				f.Cache.SetRead(true, it)
				f.Cache.IsRead(it)
			}
		}()
	}
	wg.Wait()
	if n := len(f.Cache.Items(feeds)); n != 12 {
		t.Errorf("%d items after concurrent refreshes", n)
	}
}

func docOf(text string) input.Doc { return input.Doc{Source: "x", Text: text} }

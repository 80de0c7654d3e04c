package library

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
)

// waitFor waits, change by change, until ok holds of the library's
// snapshot, failing after a few seconds.
func waitFor(t testing.TB, lib *Library, what string, ok func(*Snapshot) bool) *Snapshot {
	t.Helper()
	deadline := time.After(5 * time.Second)
	for {
		ch := lib.Changed()
		if s := lib.Snapshot(); ok(s) {
			return s
		}
		select {
		case <-ch:
		case <-deadline:
			t.Fatalf("%s: never happened; the library holds %s", what, names(lib.Snapshot()))
		}
	}
}

func names(s *Snapshot) string {
	var out []string
	for _, e := range s.Entries {
		state := ""
		if e.Pending {
			state = " (pending)"
		}
		out = append(out, e.Name+state)
	}
	return "[" + strings.Join(out, ", ") + "]"
}

func find(s *Snapshot, name string) (Entry, bool) {
	e, err := s.Lookup(name)
	return e, err == nil
}

// TestOpenShowsEveryFileAtOnce: Open lists every file before any is
// read, pending, by name; the facts fill in as the background reads
// them, and Ready reads one ahead of the queue.
func TestOpenShowsEveryFileAtOnce(t *testing.T) {
	dir := articleDir(t, 30)
	release := make(chan struct{})
	var extracted atomic.Int32
	extract := func(doc input.Doc) model.Article {
		if doc.Source != "a029.txt" {
			<-release
		}
		extracted.Add(1)
		return Extract(doc)
	}
	lib, err := Open(Options{Dir: dir, NoSamples: true, extract: extract})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	s := lib.Snapshot()
	if len(s.Entries) != 30 || s.Entries[0].Name != "a000" || !s.Entries[0].Pending || s.Entries[0].Title() != "a000" {
		t.Fatalf("at once: %s", names(s))
	}
	if s.Entries[0].Date.IsZero() {
		t.Error("a pending file has no date (its modification time)")
	}
	// The last file, wanted now, is read before the queue gets to it.
	e, err := lib.Ready(context.Background(), filePrefix+"a029.txt")
	if err != nil || e.Pending || len(e.Article.Figures) == 0 || e.Headlines == "" {
		t.Fatalf("Ready: %+v %v", e, err)
	}
	if n := extracted.Load(); n != 1 {
		t.Errorf("%d extracted before the queue was released", n)
	}
	close(release)
	if err := lib.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	s = lib.Snapshot()
	for _, e := range s.Entries {
		if e.Pending || e.Headlines == "" {
			t.Errorf("%s: pending %v, headlines %q after Wait", e.Name, e.Pending, e.Headlines)
		}
	}
	if s.Status != "" {
		t.Errorf("status %q when idle", s.Status)
	}
	if n := extracted.Load(); n != 30 {
		t.Errorf("extracted %d times, want each of 30 once", n)
	}
}

// TestStatusCountsTheWork: while articles are read the status line says
// how far it has got.
func TestStatusCountsTheWork(t *testing.T) {
	dir := articleDir(t, 4)
	release := make(chan struct{})
	lib, err := Open(Options{Dir: dir, NoSamples: true, extract: func(doc input.Doc) model.Article {
		<-release
		return Extract(doc)
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	if st := lib.Snapshot().Status; st != "reading 0 of 4 articles" {
		t.Errorf("status %q", st)
	}
	close(release)
	lib.Wait(context.Background())
}

// TestWatchFollowsTheDirectory: a watched library adds a new file,
// reads a changed one again, drops a removed one, and reports (once) a
// file it cannot serve, without a restart.
func TestWatchFollowsTheDirectory(t *testing.T) {
	root := t.TempDir()
	dir := filepath.Join(root, "news")
	os.Mkdir(dir, 0o755)
	write(t, dir, "first.txt", "First story\n\nPolice said 3 people were killed.\n")
	var mu sync.Mutex
	var reported []string
	lib, err := Open(Options{Dir: dir, NoSamples: true, Watch: true, rescan: 20 * time.Millisecond, Skipped: func(err error) {
		mu.Lock()
		reported = append(reported, err.Error())
		mu.Unlock()
	}})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	lib.Wait(context.Background())

	write(t, dir, "second.md", "# Second story\n\nAbout 40 soldiers were deployed.\n")
	waitFor(t, lib, "a new file listed and read", func(s *Snapshot) bool {
		e, ok := find(s, "second")
		return ok && !e.Pending && strings.Contains(e.Headlines, "40")
	})

	write(t, dir, "first.txt", "First story, updated\n\nPolice said 7 people were killed.\n")
	waitFor(t, lib, "a changed file read again", func(s *Snapshot) bool {
		e, ok := find(s, "first")
		return ok && e.Title() == "First story, updated" && strings.Contains(e.Headlines, "7 killed")
	})

	os.Remove(filepath.Join(dir, "second.md"))
	waitFor(t, lib, "a removed file dropped", func(s *Snapshot) bool {
		_, ok := find(s, "second")
		return !ok && len(s.Entries) == 1
	})

	// A clashing stem renames both, as at start.
	write(t, dir, "first.md", "# Notes\n\nNothing.\n")
	waitFor(t, lib, "clashing stems named by file", func(s *Snapshot) bool {
		_, a := find(s, "first.txt")
		_, b := find(s, "first.md")
		return a && b
	})

	// Not served: a binary file, a link out of the directory.
	write(t, dir, "image.txt", "\x89PNG\r\n\x1a\n\x00\x00")
	write(t, root, "secret.txt", "SECRET\n")
	os.Symlink(filepath.Join(root, "secret.txt"), filepath.Join(dir, "secret.txt"))
	s := waitFor(t, lib, "two skips reported", func(s *Snapshot) bool { return len(s.Skipped) == 2 })
	for _, e := range s.Entries {
		if strings.Contains(e.Text, "SECRET") || e.Name == "image" || e.Name == "secret" {
			t.Errorf("serves %s", e.Name)
		}
	}
	// Another change lists the directory again; nothing is reported twice.
	write(t, dir, "third.txt", "Third\n\nNothing.\n")
	waitFor(t, lib, "a third file", func(s *Snapshot) bool { _, ok := find(s, "third"); return ok })
	lib.Wait(context.Background())
	mu.Lock()
	defer mu.Unlock()
	if len(reported) != 2 || !strings.Contains(strings.Join(reported, "|"), "outside the library") ||
		!strings.Contains(strings.Join(reported, "|"), "not a text article") {
		t.Errorf("reported %q", reported)
	}
}

// newsServer serves two feeds and their articles, counting requests.
type newsServer struct {
	*httptest.Server
	mu       sync.Mutex
	feeds    map[string]string
	story    map[string]int
	pages    atomic.Int32
	requests atomic.Int32
}

func newNewsServer(t testing.TB) *newsServer {
	ns := &newsServer{feeds: map[string]string{}, story: map[string]int{}}
	ns.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ns.requests.Add(1)
		ns.mu.Lock()
		body, ok := ns.feeds[r.URL.Path]
		ns.mu.Unlock()
		switch {
		case ok:
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, body)
		case strings.HasPrefix(r.URL.Path, "/story/"):
			ns.pages.Add(1)
			n := strings.TrimPrefix(r.URL.Path, "/story/")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!DOCTYPE html><html><head><title>Story %s</title></head><body><article><h1>Story %s</h1>
<p>Police said %s people were killed and 40 were wounded when the storm hit the coast on Monday night.</p>
<p>About 300 soldiers were deployed to help, the interior minister, Anna Berg, said on Tuesday.</p></article></body></html>`, n, n, n)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(ns.Close)
	return ns
}

// set serves an RSS feed at path with items titled as given, each
// linking to a story of its own (the n-th title seen is story n*10+1,
// which says n*10+1 people were killed), an hour apart from a fixed time
// down.
func (ns *newsServer) set(path, title string, items ...string) {
	ns.mu.Lock()
	defer ns.mu.Unlock()
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title>`, title)
	base := time.Date(2026, 3, 4, 12, 0, 0, 0, time.UTC)
	for i, it := range items {
		if ns.story[it] == 0 {
			ns.story[it] = len(ns.story)*10 + 11
		}
		fmt.Fprintf(&b, `<item><title>%s</title><link>/story/%d</link><guid>%s</guid><pubDate>%s</pubDate></item>`,
			it, ns.story[it], it, base.Add(-time.Duration(i)*time.Hour).Format(time.RFC1123Z))
	}
	b.WriteString(`</channel></rss>`)
	ns.feeds[path] = b.String()
}

func fetcher(t testing.TB, cacheDir string, offline bool) *feed.Fetcher {
	c, err := feed.OpenCache(cacheDir, feed.Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return &feed.Fetcher{Cache: c, Offline: offline,
		Input: input.Options{Timeout: 5 * time.Second, AllowAddr: func(a netip.Addr) bool { return a.IsLoopback() }}}
}

// TestFeedLibrary: a library of feeds lists nothing before the first
// fetch, then each feed's items grouped by feed, newest first, named by
// their titles; their articles are fetched and extracted in the
// background; a read mark sticks; a second library over the same cache
// lists the items at once and reads them offline; a failed feed is named
// in the status and the other keeps working.
func TestFeedLibrary(t *testing.T) {
	ns := newNewsServer(t)
	ns.set("/world.xml", "World", "Storm kills 12 on the coast", "Ministers meet")
	ns.set("/local.xml", "Local &amp; more", "Council <b>cuts</b> 40 jobs")
	feeds := []feed.Feed{{URL: ns.URL + "/world.xml"}, {URL: ns.URL + "/local.xml", Name: "Town"}, {URL: ns.URL + "/gone.xml"}}
	cache := t.TempDir()
	lib, err := Open(Options{Feeds: feeds, Fetcher: fetcher(t, cache, false), NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	if n := lib.Len(); n != 0 {
		t.Errorf("%d entries before any fetch with an empty cache", n)
	}
	lib.Refresh(context.Background())
	if err := lib.Wait(context.Background()); err != nil {
		t.Fatal(err)
	}
	s := lib.Snapshot()
	var got []string
	for _, e := range s.Entries {
		got = append(got, e.Feed+"|"+e.Name+"|"+e.Title())
		if e.Pending || !strings.Contains(e.Headlines, "killed") || !e.IsItem() {
			t.Errorf("%s: pending %v, headlines %q", e.Name, e.Pending, e.Headlines)
		}
	}
	want := []string{
		"World|storm-kills-12-on-the-coast|Storm kills 12 on the coast",
		"World|ministers-meet|Ministers meet",
		"Town|council-cuts-40-jobs|Council cuts 40 jobs",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("entries:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(s.Status, "3 of 3 feeds · 1 failed: ") || !strings.Contains(s.Status, "HTTP 404") {
		t.Errorf("status %q", s.Status)
	}
	if errs := lib.FeedErrors(); len(errs) != 1 {
		t.Errorf("feed errors %q", errs)
	}
	first := s.Entries[0]
	if first.Article.Feed != "World" || first.Article.URL != ns.URL+"/story/11" || first.Article.Date != "2026-03-04T12:00:00Z" ||
		first.Article.Title != "Storm kills 12 on the coast" {
		t.Errorf("article feed %q url %q date %q title %q", first.Article.Feed, first.Article.URL, first.Article.Date, first.Article.Title)
	}
	if err := lib.SetRead(first.Key, true); err != nil {
		t.Fatal(err)
	}
	waitFor(t, lib, "the read mark", func(s *Snapshot) bool { return s.Entries[0].Read && !s.Entries[1].Read })
	lib.Close()

	// Again, offline: the items at once, read mark kept, articles from
	// the cache; no request.
	before := ns.requests.Load()
	off, err := Open(Options{Feeds: feeds, Fetcher: fetcher(t, cache, true), NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	defer off.Close()
	s = off.Snapshot()
	if len(s.Entries) != 3 || !s.Entries[0].Read || s.Entries[1].Read {
		t.Fatalf("offline at once: %s", names(s))
	}
	off.Wait(context.Background())
	e, _ := off.Lookup("storm-kills-12-on-the-coast")
	if e.Pending || !strings.Contains(e.Headlines, "11 killed") {
		t.Errorf("offline article: pending %v headlines %q err %q", e.Pending, e.Headlines, e.Err)
	}
	if n := ns.requests.Load() - before; n != 0 {
		t.Errorf("offline made %d requests", n)
	}
}

// TestFeedRefreshMergesChanges: a refresh adds new items and drops the
// ones a feed no longer lists (once the cache lets them go), and an
// item's article fetched once is not fetched again.
func TestFeedRefreshMergesChanges(t *testing.T) {
	ns := newNewsServer(t)
	ns.set("/w.xml", "W", "One", "Two")
	f := fetcher(t, t.TempDir(), false)
	lib, err := Open(Options{Feeds: []feed.Feed{{URL: ns.URL + "/w.xml"}}, Fetcher: f, NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	lib.Refresh(context.Background())
	lib.Wait(context.Background())
	pages := ns.pages.Load()
	ns.set("/w.xml", "W", "Zero", "One", "Two")
	lib.Refresh(context.Background())
	lib.Wait(context.Background())
	s := lib.Snapshot()
	if len(s.Entries) != 3 || s.Entries[0].Name != "zero" || s.Entries[0].Pending {
		t.Errorf("after a new item: %s", names(s))
	}
	if n := ns.pages.Load() - pages; n != 1 {
		t.Errorf("%d pages fetched for one new item", n)
	}
}

// TestFeedItemFailures: an item whose page fails and whose feed has no
// text says why (Err) and stays listed; Ready tries it again.
func TestFeedItemFailures(t *testing.T) {
	ns := newNewsServer(t)
	ns.mu.Lock()
	ns.feeds["/f.xml"] = `<rss version="2.0"><channel><title>F</title>
<item><title>Broken page</title><link>/missing</link><guid>1</guid></item>
<item><title>No link, some text</title><guid>2</guid><description>Two people were hurt.</description></item>
</channel></rss>`
	ns.mu.Unlock()
	lib, err := Open(Options{Feeds: []feed.Feed{{URL: ns.URL + "/f.xml"}}, Fetcher: fetcher(t, t.TempDir(), false), NoSamples: true})
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	lib.Refresh(context.Background())
	lib.Wait(context.Background())
	broken, _ := lib.Lookup("broken-page")
	if !broken.Pending || !strings.Contains(broken.Err, "HTTP 404") {
		t.Errorf("broken: pending %v err %q", broken.Pending, broken.Err)
	}
	text, _ := lib.Lookup("no-link-some-text")
	if text.Pending || text.Note == "" || !strings.Contains(text.Text, "Two people were hurt") {
		t.Errorf("feed text: %+v", text)
	}
	if _, err := lib.Ready(context.Background(), broken.Key); err == nil || !strings.Contains(err.Error(), "HTTP 404") {
		t.Errorf("Ready on the broken item: %v", err)
	}
	if _, err := lib.Ready(context.Background(), "item:nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Ready on nothing: %v", err)
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"Storm kills 12 on the coast":  "storm-kills-12-on-the-coast",
		"  Évian: 3 hurt — police ":    "évian-3-hurt-police",
		"\x1b[2J":                      "2j",
		"../../etc/passwd":             "etc-passwd",
		"":                             "item",
		strings.Repeat("word ", 30):    "word-word-word-word-word-word-word-word-word",
		"http://example.com/a/b?c=d#e": "http-example-com-a-b-c-d-e",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}

// BenchmarkOpen10000 opens a directory of 10,000 articles to the point a
// picker can show it: every entry listed, named and dated (their reading
// goes on in the background, and is stopped at the end of each round).
func BenchmarkOpen10000(b *testing.B) {
	dir := articleDir(b, 10000)
	b.ResetTimer()
	for b.Loop() {
		lib, err := Open(Options{Dir: dir, NoSamples: true})
		if err != nil {
			b.Fatal(err)
		}
		if lib.Len() != 10000 {
			b.Fatal(lib.Len())
		}
		b.StopTimer()
		lib.Close()
		b.StartTimer()
	}
}

package main

import (
	"bytes"
	"encoding/json"
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
)

// TestMain keeps the tests out of the user's own cache: openURL and the
// feeds command default to $XDG_CACHE_HOME. (Tests name the feeds file.)
func TestMain(m *testing.M) {
	// A short name: the default path shows in the manual, which must
	// still fit a line.
	dir, err := os.MkdirTemp("", "fp")
	if err != nil {
		panic(err)
	}
	os.Setenv("XDG_CACHE_HOME", dir)
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// newsSite serves feeds and the articles they link to, counting what it
// is asked. Feed bodies are set per path; /story/N is an article saying
// N people were killed.
type newsSite struct {
	*httptest.Server
	mu       sync.Mutex
	bodies   map[string]string
	types    map[string]string
	requests atomic.Int32
}

func newNewsSite(t *testing.T) *newsSite {
	s := &newsSite{bodies: map[string]string{}, types: map[string]string{}}
	s.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.requests.Add(1)
		s.mu.Lock()
		body, ok := s.bodies[r.URL.Path]
		typ := s.types[r.URL.Path]
		s.mu.Unlock()
		switch {
		case ok:
			if typ == "" {
				typ = "application/rss+xml; charset=utf-8"
			}
			w.Header().Set("Content-Type", typ)
			w.Header().Set("ETag", fmt.Sprintf(`"%x"`, len(body)))
			if r.Header.Get("If-None-Match") == w.Header().Get("ETag") {
				w.WriteHeader(http.StatusNotModified)
				return
			}
			fmt.Fprint(w, body)
		case strings.HasPrefix(r.URL.Path, "/story/"):
			n := strings.TrimPrefix(r.URL.Path, "/story/")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<!DOCTYPE html><html><head><title>Story %s</title>
<link rel="alternate" type="application/rss+xml" title="World news" href="/world.xml"></head>
<body><article><h1>Story %s</h1><p>Police said %s people were killed and 40 were wounded when the storm hit the
coast on Monday night, the interior minister, Anna Berg, told reporters in the capital.</p>
<p>About 300 soldiers were deployed to help with the rescue.</p></article></body></html>`, n, n, n)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.Close)
	return s
}

func (s *newsSite) set(path, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.bodies[path] = body
}

// rss is an RSS 2.0 feed of items: title, story number, RFC 1123 date.
func rss(title string, items ...[3]string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>%s</title>`, title)
	for _, it := range items {
		fmt.Fprintf(&b, `<item><title><![CDATA[%s]]></title><link>/story/%s</link><guid>%s</guid><pubDate>%s</pubDate><dc:creator>Desk</dc:creator></item>`,
			it[0], it[1], it[1], it[2])
	}
	b.WriteString(`</channel></rss>`)
	return b.String()
}

const (
	monday  = "Mon, 02 Mar 2026 09:00:00 +0000"
	tuesday = "Tue, 03 Mar 2026 09:00:00 +0000"
)

// writeFeedsFile writes a feeds file of lines into a new directory.
func writeFeedsFile(t *testing.T, lines ...string) string {
	path := filepath.Join(t.TempDir(), "feeds")
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// jsonLines decodes JSON Lines output into its objects' feed, title,
// url and date.
func jsonLines(t *testing.T, out string) []string {
	t.Helper()
	var got []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" {
			continue
		}
		var a struct{ Feed, Title, URL, Date string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			t.Fatalf("not a JSON line: %q: %v", line, err)
		}
		got = append(got, a.Feed+"|"+a.Title+"|"+strings.TrimPrefix(a.URL, "http://127.0.0.1")+"|"+a.Date)
	}
	return got
}

// TestFeedsJSONThenOffline: `factpane feeds --json` prints each item as
// a JSON line (its feed, title, link and date), feed by feed in the
// file's order, newest first; then offline, the same from the cache with
// no request; the items' facts are the articles'.
func TestFeedsJSONThenOffline(t *testing.T) {
	site := newNewsSite(t)
	site.set("/world.xml", rss("World", [3]string{"Storm kills 12", "12", monday}, [3]string{"Rescue goes on", "7", tuesday}))
	site.set("/local.xml", rss("Local", [3]string{"Council <b>cuts</b> jobs", "3", monday}))
	list := writeFeedsFile(t, "# my feeds", site.URL+"/world.xml", site.URL+`/local.xml "~Town hall" local`)
	cache := t.TempDir()
	var stdout, stderr bytes.Buffer
	status := run([]string{"feeds", "--json", "--file", list, "--cache", cache}, nil, &stdout, &stderr)
	if status != 0 || stderr.Len() > 0 {
		t.Fatalf("exit %d, stderr %q", status, stderr.String())
	}
	want := []string{
		"World|Rescue goes on|" + strings.TrimPrefix(site.URL, "http://127.0.0.1") + "/story/7|2026-03-03T09:00:00Z",
		"World|Storm kills 12|" + strings.TrimPrefix(site.URL, "http://127.0.0.1") + "/story/12|2026-03-02T09:00:00Z",
		"Town hall|Council cuts jobs|" + strings.TrimPrefix(site.URL, "http://127.0.0.1") + "/story/3|2026-03-02T09:00:00Z",
	}
	if got := jsonLines(t, stdout.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("items:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(stdout.String(), `"category":"casualties"`) || !strings.Contains(stdout.String(), `"name":"Anna Berg"`) {
		t.Errorf("the items' facts are missing: %.300s", stdout.String())
	}
	online := stdout.String()

	before := site.requests.Load()
	stdout.Reset()
	status = run([]string{"feeds", "--json", "--offline", "--file", list, "--cache", cache}, nil, &stdout, &stderr)
	if status != 0 || stderr.Len() > 0 || stdout.String() != online {
		t.Errorf("offline: exit %d, stderr %q, same output %v", status, stderr.String(), stdout.String() == online)
	}
	if n := site.requests.Load() - before; n != 0 {
		t.Errorf("offline made %d requests", n)
	}

	// Online again: each feed is asked conditionally and answers 304; the
	// articles come from the cache.
	before = site.requests.Load()
	stdout.Reset()
	if status := run([]string{"feeds", "--plain", "--file", list, "--cache", cache}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("plain: exit %d, %s", status, stderr.String())
	}
	if n := site.requests.Load() - before; n != 2 {
		t.Errorf("a second run made %d requests, want 2 (one 304 per feed)", n)
	}
	if strings.Count(stdout.String(), "source: ") != 3 || !strings.Contains(stdout.String(), "12 killed") {
		t.Errorf("plain sheets:\n%s", stdout.String())
	}
}

// TestFeedsBadInput: each bad feed is one line on stderr naming it; the
// good feed's items still print; a lone bad feed exits 1; a feed cached
// before it broke keeps its items; no byte of a title drives the
// terminal.
func TestFeedsBadInput(t *testing.T) {
	site := newNewsSite(t)
	site.set("/good.xml", rss("Good", [3]string{"Evil \x1b]0;pwned\x07 <script>x</script> title \x1b[31mred", "5", monday}))
	site.set("/malformed.xml", `<?xml version="1.0"?><rss version="2.0"><channel><title>M</title><item <title>a</title></item></channel></rss>`)
	site.set("/truncated.xml", rss("T", [3]string{"x", "1", monday})[:120])
	site.set("/page.html", "<!DOCTYPE html><html><body><p>Not a feed</p></body></html>")
	site.types["/page.html"] = "text/html"
	site.set("/bare.xml", `<rss version="2.0"><channel><title>Bare</title><item><description>Only words, no title or link: 4 people were hurt.</description></item><item></item></channel></rss>`)
	var huge strings.Builder
	huge.WriteString(`<rss version="2.0"><channel><title>Huge</title>`)
	for i := range 100_000 {
		fmt.Fprintf(&huge, `<item><title>Item %d</title><guid>%d</guid><pubDate>%s</pubDate></item>`, i, i, monday)
	}
	huge.WriteString(`</channel></rss>`)
	site.set("/huge.xml", huge.String())
	hang := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer hang.Close()
	redirect := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "file:///etc/passwd", http.StatusFound)
	}))
	defer redirect.Close()

	list := writeFeedsFile(t,
		site.URL+"/good.xml", site.URL+"/malformed.xml", site.URL+"/truncated.xml", site.URL+"/page.html",
		site.URL+"/missing.xml", hang.URL+"/feed", redirect.URL+"/feed", "ftp://example.com/feed", site.URL+"/bare.xml")
	var stdout, stderr bytes.Buffer
	start := time.Now()
	status := run([]string{"feeds", "--plain", "--timeout", "500ms", "--file", list, "--cache", t.TempDir()}, nil, &stdout, &stderr)
	if status != 0 {
		t.Errorf("some feeds work: exit %d", status)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("took %v: a server that never answers held everything up", d)
	}
	errs := stderr.String()
	for _, want := range []string{
		`"ftp://example.com/feed" is not an http(s) URL`,
		"/malformed.xml: malformed XML",
		"/truncated.xml: ",
		"/page.html: not a feed (an HTML page)",
		"/missing.xml: HTTP 404 Not Found",
		"/feed: timed out after 500ms",
		"refused a redirect to file: URL",
		"skipped (untitled): the item has no link and no text",
	} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(line, "factpane: ") {
			t.Errorf("not one line each: %q", line)
		}
	}
	out := stdout.String()
	if !strings.Contains(out, "Evil ␛]0;pwned␇ title ␛[31mred") || !strings.Contains(out, "4 people were hurt") {
		t.Errorf("the good feeds' items are missing:\n%s", out)
	}
	if i := input.ControlAt(out + errs); i >= 0 {
		t.Errorf("a control byte reaches the terminal at %d", i)
	}

	// A lone bad feed: exit 1, its reason on stderr.
	stderr.Reset()
	lone := writeFeedsFile(t, site.URL+"/malformed.xml")
	if status := run([]string{"feeds", "--json", "--file", lone, "--cache", t.TempDir()}, nil, &stdout, &stderr); status != 1 ||
		!strings.Contains(stderr.String(), "malformed XML") || strings.Count(stderr.String(), "\n") != 1 {
		t.Errorf("a lone bad feed: exit %d, stderr %q", status, stderr.String())
	}

	// 100,000 items: the newest thousand are kept, and it says so.
	f, err := newFetcher(t.TempDir(), false, input.Options{})
	if err != nil {
		t.Fatal(err)
	}
	u := f.Fetch(t.Context(), feed.Feed{URL: site.URL + "/huge.xml"})
	if u.Err != nil || len(u.Channel.Items) != feed.DefaultMaxItems || u.Channel.Dropped != 100_000-feed.DefaultMaxItems {
		t.Errorf("huge feed: %v, %d items", u.Err, len(u.Channel.Items))
	}

	// A feed cached, then broken: its items are still there.
	cache := t.TempDir()
	site.set("/flaky.xml", rss("Flaky", [3]string{"Kept story", "9", monday}))
	flaky := writeFeedsFile(t, site.URL+"/flaky.xml")
	if status := run([]string{"feeds", "--json", "--file", flaky, "--cache", cache}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("flaky, first: %d %s", status, stderr.String())
	}
	site.set("/flaky.xml", "<rss><channel><item>")
	stdout.Reset()
	stderr.Reset()
	status = run([]string{"feeds", "--json", "--file", flaky, "--cache", cache}, nil, &stdout, &stderr)
	if status != 1 || !strings.Contains(stdout.String(), "Kept story") || !strings.Contains(stderr.String(), "flaky.xml") {
		t.Errorf("a broken cached feed: exit %d, stdout %q, stderr %q", status, stdout.String(), stderr.String())
	}
}

// TestFeedRedirectIntoTheNetwork: a feed on the internet (here a
// loopback server the policy counts as public) that redirects to a
// private address is refused, and its article links too.
func TestFeedRedirectIntoTheNetwork(t *testing.T) {
	site := newNewsSite(t)
	port := site.URL[strings.LastIndexByte(site.URL, ':'):]
	site.set("/private-links.xml", rss("P", [3]string{"Inside job", "1", monday}))
	bounce := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://127.0.0.2"+port+"/private-links.xml", http.StatusFound)
	}))
	defer bounce.Close()
	f, err := newFetcher(t.TempDir(), false, input.Options{
		AllowAddr: func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.1") },
	})
	if err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	status := printFeeds([]feed.Feed{{URL: bounce.URL + "/feed"}}, f, true, &stdout, &stderr)
	if status != 1 || !strings.Contains(stderr.String(), "refused to connect to 127.0.0.2, which is not a public address") {
		t.Errorf("exit %d, stderr %q", status, stderr.String())
	}
}

// TestFeedsImportExport: OPML in, the feeds file grows (once per feed),
// and OPML out again with the names and folders.
func TestFeedsImportExport(t *testing.T) {
	opml := filepath.Join(t.TempDir(), "subs.opml")
	os.WriteFile(opml, []byte(`<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News"><outline type="rss" text="World &amp; more" xmlUrl="https://news.example.com/world.xml"/>
<outline type="rss" text="Tech" xmlUrl="https://tech.example.com/feed"/></outline></body></opml>`), 0o644)
	list := filepath.Join(t.TempDir(), "conf", "feeds")
	var stdout, stderr bytes.Buffer
	for range 2 {
		if status := run([]string{"feeds", "import", opml, "--file", list}, nil, &stdout, &stderr); status != 0 {
			t.Fatalf("import: exit %d, %s", status, stderr.String())
		}
	}
	if !strings.Contains(stdout.String(), "2 of the 2 feeds") || !strings.Contains(stdout.String(), "0 of the 2 feeds") {
		t.Errorf("import said %q", stdout.String())
	}
	b, _ := os.ReadFile(list)
	if got := string(b); !strings.Contains(got, `https://news.example.com/world.xml "~World & more" News`) || strings.Count(got, "\n") != 2 {
		t.Errorf("feeds file:\n%s", got)
	}
	stdout.Reset()
	if status := run([]string{"feeds", "export", "--file", list}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("export: exit %d, %s", status, stderr.String())
	}
	back, err := feed.ReadOPML(&stdout)
	if err != nil || len(back) != 2 || back[0].Name != "World & more" || back[1].URL != "https://tech.example.com/feed" {
		t.Errorf("exported %+v, %v", back, err)
	}
	if status := run([]string{"feeds", "import"}, nil, &stdout, &stderr); status != 2 {
		t.Errorf("import without a file: exit %d", status)
	}
	if status := run([]string{"feeds", "--file", filepath.Join(t.TempDir(), "none")}, nil, &stdout, &stderr); status != 1 ||
		!strings.Contains(stderr.String(), "no feeds file") {
		t.Errorf("no feeds file: exit %d, %q", status, stderr.String())
	}
}

// TestURLIsAFeedOrAPage: `factpane URL --json` of a feed prints its
// items as JSON Lines; of a page, the page's JSON document.
func TestURLIsAFeedOrAPage(t *testing.T) {
	site := newNewsSite(t)
	site.set("/world.xml", rss("World", [3]string{"Storm kills 12", "12", monday}))
	site.types["/world.xml"] = "text/xml"
	var stdout, stderr bytes.Buffer
	if status := run([]string{"--json", site.URL + "/world.xml"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("feed URL: exit %d, %s", status, stderr.String())
	}
	if got := jsonLines(t, stdout.String()); len(got) != 1 || !strings.HasPrefix(got[0], "World|Storm kills 12|") {
		t.Errorf("feed URL printed %q", got)
	}
	stdout.Reset()
	if status := run([]string{"--json", site.URL + "/story/4"}, nil, &stdout, &stderr); status != 0 {
		t.Fatalf("page URL: exit %d, %s", status, stderr.String())
	}
	var a struct{ Title string }
	if err := json.Unmarshal(stdout.Bytes(), &a); err != nil || a.Title != "Story 4" {
		t.Errorf("page URL: %v %q", err, stdout.String())
	}
	// Offline, the feed (cached by the run above) still prints.
	before := site.requests.Load()
	stdout.Reset()
	if status := run([]string{"--json", "--offline", site.URL + "/world.xml"}, nil, &stdout, &stderr); status != 0 ||
		site.requests.Load() != before || !strings.Contains(stdout.String(), "Storm kills 12") {
		t.Errorf("offline feed URL: exit %d, %d requests, %q %q", status, site.requests.Load()-before, stdout.String(), stderr.String())
	}
	if status := run([]string{"--json", "--offline", site.URL + "/never"}, nil, &stdout, &stderr); status != 1 ||
		!strings.Contains(stderr.String(), "not in the cache (offline)") {
		t.Errorf("offline, never fetched: exit %d, %q", status, stderr.String())
	}
}

// TestURLFeedOpensThePicker: in a terminal, a feed's URL opens its
// items in the picker, and enter reads one with its facts; a page that
// advertises a feed offers it, and F opens it.
func TestURLFeedOpensThePicker(t *testing.T) {
	site := newNewsSite(t)
	site.set("/world.xml", rss("World", [3]string{"Storm kills 12", "12", monday}, [3]string{"Quiet day", "2", tuesday}))
	var out screenBuffer
	var stderr bytes.Buffer
	sc, keys := testScreen(t, &out, &stderr)
	done := make(chan int, 1)
	go func() { done <- runFetchTUI(site.URL+"/world.xml", input.Options{}, false, sc) }()
	out.waitFor(t, "factpane feed", 5*time.Second)
	out.waitFor(t, "Storm kills 12", 5*time.Second)
	out.waitFor(t, "12 killed", 5*time.Second) // its article, fetched and extracted
	keys.Write([]byte("j"))
	keys.Write([]byte("\r"))
	out.waitFor(t, "Anna Berg", 5*time.Second)
	keys.Write([]byte("q"))
	if status := <-done; status != 0 {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}

	var page screenBuffer
	sc, keys = testScreen(t, &page, &stderr)
	go func() { done <- runFetchTUI(site.URL+"/story/5", input.Options{}, false, sc) }()
	page.waitFor(t, "F opens it", 5*time.Second)
	keys.Write([]byte("F"))
	page.waitFor(t, "Quiet day", 5*time.Second)
	keys.Write([]byte("q"))
	if status := <-done; status != 0 {
		t.Fatalf("exit %d: %s", status, stderr.String())
	}
}

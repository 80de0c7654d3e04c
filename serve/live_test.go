package serve

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/charmbracelet/log"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
)

// TestWatchedDirOverSSH: a running server's --dir is watched: an
// article copied in is listed and has its facts, a changed one has its
// new facts, a removed one is gone, in list, facts, json and an open
// picker, without a restart.
func TestWatchedDirOverSSH(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "first.txt"), []byte("First story\n\nPolice said 3 people were killed.\n"), 0o644)
	logs := &syncBuffer{}
	lib, _, err := openLibrary(libraryConfig{Dir: dir}, log.New(logs))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	ts := startServerWith(t, Config{}, lib)
	key := newKey(t)
	run := func(cmd string) result { return ts.run(t, key, cmd) }
	until := func(cmd, what string, ok func(result) bool) result {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for {
			r := run(cmd)
			if ok(r) {
				return r
			}
			if time.Now().After(deadline) {
				t.Fatalf("%s: %q never did: status %d\n%s%s", what, cmd, r.status, r.stdout, r.stderr)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	if r := run("list"); !strings.Contains(r.stdout, "First story") {
		t.Fatalf("list:\n%s", r.stdout)
	}
	picker := ts.openTerm(t, key, 100, 30, "")
	if !picker.waitFor(0, pickerTitle, frameWait) {
		t.Fatalf("no picker: %q", picker.since(0))
	}
	mark := picker.mark()

	os.WriteFile(filepath.Join(dir, "second.md"), []byte("# Second story\n\nAbout 40 soldiers were deployed on Monday.\n"), 0o644)
	until("list", "a new file listed", func(r result) bool {
		return strings.Contains(r.stdout, "second") && strings.Contains(r.stdout, "40 personnel")
	})
	if r := run("facts second"); r.status != 0 || !strings.Contains(r.stdout, "40 personnel") {
		t.Errorf("facts second: %+v", r)
	}
	if r := run("json second"); r.status != 0 || !strings.Contains(r.stdout, `"title": "Second story"`) {
		t.Errorf("json second: %+v", r)
	}
	if !picker.waitFor(mark, "Second story", frameWait) {
		t.Errorf("the open picker did not show the new article: %q", picker.since(mark))
	}

	os.WriteFile(filepath.Join(dir, "first.txt"), []byte("First story, updated\n\nPolice said 7 people were killed.\n"), 0o644)
	until("facts first", "a changed file read again", func(r result) bool { return strings.Contains(r.stdout, "7 killed") })

	os.Remove(filepath.Join(dir, "second.md"))
	until("facts second", "a removed file dropped", func(r result) bool {
		return r.status == 1 && strings.Contains(r.stderr, "no such article")
	})
	if r := run("list"); strings.Contains(r.stdout, "second") {
		t.Errorf("list still has the removed file:\n%s", r.stdout)
	}

	// A link out of the directory added later is not served, and the log
	// says so once.
	os.Symlink("/etc/passwd", filepath.Join(dir, "passwd.txt"))
	os.WriteFile(filepath.Join(dir, "third.txt"), []byte("Third\n\nNothing.\n"), 0o644)
	until("list", "a third file", func(r result) bool { return strings.Contains(r.stdout, "third") })
	if r := run("facts passwd"); r.status != 1 || strings.Contains(r.stdout, "root:") {
		t.Errorf("facts passwd: %+v", r)
	}
	if n := strings.Count(logs.String(), "passwd.txt: a symbolic link to /etc/passwd, outside the library"); n != 1 {
		t.Errorf("the log tells of passwd.txt %d times:\n%s", n, logs.String())
	}
}

// newsServer serves feeds of today's news and their articles.
type newsServer struct {
	*httptest.Server
	requests atomic.Int32
}

func newNewsServer(t *testing.T, now time.Time) *newsServer {
	ns := &newsServer{}
	item := func(title, story string, ago time.Duration) string {
		return fmt.Sprintf(`<item><title>%s</title><link>/story/%s</link><guid>%s</guid><pubDate>%s</pubDate></item>`,
			title, story, story, now.Add(-ago).Format(time.RFC1123Z))
	}
	world := `<?xml version="1.0"?><rss version="2.0"><channel><title>World</title>` +
		item("Storm kills 12 on the coast", "12", time.Hour) + item("Quake: 30 dead", "30", 3*time.Hour) +
		`</channel></rss>`
	local := `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Local &amp; town</title>` +
		`<entry><title>Council cuts 40 jobs</title><link href="/story/4"/><id>urn:4</id><updated>` +
		now.Add(-2*time.Hour).Format(time.RFC3339) + `</updated></entry></feed>`
	ns.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ns.requests.Add(1)
		switch {
		case r.URL.Path == "/world.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprint(w, world)
		case r.URL.Path == "/local.xml":
			w.Header().Set("Content-Type", "application/atom+xml")
			fmt.Fprint(w, local)
		case strings.HasPrefix(r.URL.Path, "/story/"):
			n := strings.TrimPrefix(r.URL.Path, "/story/")
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			fmt.Fprintf(w, `<html><head><title>Story %s</title></head><body><article><h1>Story %s</h1>
<p>Police said %s people were killed and 8 were wounded on Monday, the interior minister, Anna Berg, said.</p>
<p>Mayor Tom Reed, 54, said the town would rebuild.</p></article></body></html>`, n, n, n)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(ns.Close)
	return ns
}

// TestFeedLibraryOverSSH: a server with --feeds serves today's items,
// newest first and numbered; list narrows by feed and count; facts and
// json take a number; people and figures look across the library; and
// every answer is one line a row, with no control byte.
func TestFeedLibraryOverSSH(t *testing.T) {
	now := time.Now()
	ns := newNewsServer(t, now)
	list := filepath.Join(t.TempDir(), "feeds")
	os.WriteFile(list, []byte(ns.URL+"/world.xml\n"+ns.URL+"/local.xml \"~Town\"\n"+ns.URL+"/gone.xml\n"), 0o644)
	logs := &syncBuffer{}
	cfg := libraryConfig{Feeds: list, Cache: t.TempDir(),
		Input: input.Options{AllowAddr: func(a netip.Addr) bool { return a.IsLoopback() }}}
	lib, fr, err := openLibrary(cfg, log.New(logs))
	if err != nil {
		t.Fatal(err)
	}
	defer lib.Close()
	fr.once(context.Background())
	if !strings.Contains(logs.String(), "gone.xml: HTTP 404 Not Found") || !strings.Contains(logs.String(), "fetched the feeds") {
		t.Errorf("the log does not tell of the refresh:\n%s", logs.String())
	}
	ts := startServerWith(t, Config{}, lib)
	key := newKey(t)
	run := func(cmd string) result {
		r := ts.run(t, key, cmd)
		for name, s := range map[string]string{"stdout": r.stdout, "stderr": r.stderr} {
			if i := input.ControlAt(s); i >= 0 {
				t.Errorf("%q: %s has a control byte at %d", cmd, name, i)
			}
		}
		return r
	}

	r := run("list")
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	today := now.Local().Format("2006-01-02")
	want := []*regexp.Regexp{
		regexp.MustCompile(`^#\s+DATE\s+FEED\s+NAME\s+TITLE\s+FIGURES$`),
		regexp.MustCompile(`^1\s+` + today + ` \d\d:\d\d\s+World\s+storm-kills-12-on-the-coast\s+Storm kills 12 on the coast\s+12 killed · 8 wounded$`),
		regexp.MustCompile(`^2\s+` + today + ` \d\d:\d\d\s+Town\s+council-cuts-40-jobs\s+Council cuts 40 jobs\s+4 killed · 8 wounded$`),
		regexp.MustCompile(`^3\s+` + today + ` \d\d:\d\d\s+World\s+quake-30-dead\s+Quake: 30 dead\s+30 killed · 8 wounded$`),
	}
	if len(lines) < len(want) {
		t.Fatalf("list:\n%s", r.stdout)
	}
	for i, re := range want {
		if !re.MatchString(lines[i]) {
			t.Errorf("list line %d = %q, want %s", i, lines[i], re)
		}
	}
	if n := len(lines) - 1 - 3; n != 4 { // the four samples, undated, last
		t.Errorf("%d more lines, want the 4 samples:\n%s", n, r.stdout)
	}

	if r := run("list --feed world 1"); strings.Count(r.stdout, "\n") != 2 || !strings.Contains(r.stdout, "Storm kills 12") {
		t.Errorf("list --feed world 1:\n%s", r.stdout)
	}
	if r := run("list 2 --feed=Town"); !strings.Contains(r.stdout, "\n2 ") || strings.Contains(r.stdout, "Storm") {
		t.Errorf("list 2 --feed=Town keeps the list's numbers:\n%s", r.stdout)
	}
	if r := run("list --feed Sport"); r.status != 1 || !strings.Contains(r.stderr, "no feed Sport; the feeds are: World, Town") {
		t.Errorf("list --feed Sport: %+v", r)
	}
	for _, bad := range []string{"list 0", "list -3", "list --feed", "list 2 3"} {
		if r := run(bad); r.status != 1 || !strings.Contains(r.stderr, "list takes [--feed NAME] [COUNT]") {
			t.Errorf("%q: %+v", bad, r)
		}
	}

	if r := run("facts 3"); r.status != 0 || !strings.HasPrefix(r.stdout, "Quake: 30 dead\n") || !strings.Contains(r.stdout, "30 killed") {
		t.Errorf("facts 3:\n%+v", r)
	}
	var a model.Article
	if r := run("json 1"); r.status != 0 || json.Unmarshal([]byte(r.stdout), &a) != nil || a.Feed != "World" || a.Title != "Storm kills 12 on the coast" {
		t.Errorf("json 1: %+v", r)
	}
	if r := run("facts quake-30-dead"); r.status != 0 || !strings.Contains(r.stdout, "30 killed") {
		t.Errorf("facts by name: %+v", r)
	}
	if r := run("facts 99"); r.status != 1 || !strings.Contains(r.stderr, "no article 99: list has 7") {
		t.Errorf("facts 99: %+v", r)
	}

	r = run("people")
	if !regexp.MustCompile(`(?m)^Anna Berg\s+interior minister\s+1 storm-kills-12-on-the-coast, 2 council-cuts-40-jobs, 3 quake-30-dead$`).MatchString(r.stdout) ||
		!regexp.MustCompile(`(?m)^Tom Reed\s+Mayor\s+1 storm`).MatchString(r.stdout) {
		t.Errorf("people:\n%s", r.stdout)
	}
	r = run("figures killed")
	for _, want := range []string{"1  storm-kills-12-on-the-coast  12 killed", "3  quake-30-dead", "30 killed"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("figures killed lacks %q:\n%s", want, r.stdout)
		}
	}
	if strings.Contains(r.stdout, "wounded") {
		t.Errorf("figures killed lists the wounded:\n%s", r.stdout)
	}
	if r := run("figures casualties"); strings.Count(r.stdout, "wounded") < 3 {
		t.Errorf("figures casualties:\n%s", r.stdout)
	}
	if r := run("figures bogus"); r.status != 1 || !strings.Contains(r.stderr, "figures: no kind bogus; the kinds are casualties") {
		t.Errorf("figures bogus: %+v", r)
	}
	if r := run("help"); !strings.Contains(r.stdout, "figures KIND") || !strings.Contains(r.stdout, "list [--feed F] [N]") {
		t.Errorf("help:\n%s", r.stdout)
	}
	for _, k := range kinds() {
		if r := run("help"); !strings.Contains(r.stdout, k) {
			t.Errorf("help does not name the kind %s", k)
		}
	}
	// Names only: nothing that looks like a path reaches a file.
	for _, cmd := range []string{"facts ../feeds", "json /etc/passwd", "facts " + list} {
		if r := run(cmd); r.status != 1 || !strings.Contains(r.stderr, "no such article") || strings.Contains(r.stdout, "http") {
			t.Errorf("%q: %+v", cmd, r)
		}
	}
}

package feed

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

const sampleList = `# My feeds
https://news.example.com/feed.xml "~Example News" world politics
https://blog.example.org/atom.xml   tech "long tag"   # a trailing comment
https://x.example/feed#frag "~Name with \"quotes\"" "back\\slash"

  https://wire.example.com/feed.json
ftp://old.example/feed
query:Unread:unread = "yes"
exec:~/bin/feed.sh
https://news.example.com/feed.xml dup
https://bad.example/ "unterminated
not a url at all
`

func TestParseList(t *testing.T) {
	feeds, err := ParseList("feeds", strings.NewReader(sampleList))
	want := []Feed{
		{URL: "https://news.example.com/feed.xml", Name: "Example News", Tags: []string{"world", "politics"}},
		{URL: "https://blog.example.org/atom.xml", Tags: []string{"tech", "long tag"}},
		{URL: "https://x.example/feed#frag", Name: `Name with "quotes"`, Tags: []string{`back\slash`}},
		{URL: "https://wire.example.com/feed.json"},
	}
	if !reflect.DeepEqual(feeds, want) {
		t.Errorf("feeds:\n got %+v\nwant %+v", feeds, want)
	}
	msgs := strings.Split(err.Error(), "\n")
	wantMsgs := []string{
		`feeds:7: "ftp://old.example/feed" is not an http(s) URL`,
		`feeds:8: query feeds are not supported`,
		`feeds:9: exec: and filter: feeds are not supported`,
		`feeds:10: https://news.example.com/feed.xml is already on line 2`,
		`feeds:11: a quote is not closed`,
		`feeds:12: "not" is not an http(s) URL`,
	}
	if !reflect.DeepEqual(msgs, wantMsgs) {
		t.Errorf("errors:\n got %q\nwant %q", msgs, wantMsgs)
	}
	var le *LineError
	if !errors.As(err, &le) || le.Line != 7 {
		t.Errorf("errors.As LineError: %v", le)
	}
}

func TestListRoundTrip(t *testing.T) {
	feeds := []Feed{
		{URL: "https://a.example/feed", Name: "A ~ B", Tags: []string{"x", "with space", `q"uote`, "#hash", `b\s`}},
		{URL: "https://b.example/feed"},
		{URL: "https://c.example/feed", Tags: []string{"~not a name"}},
	}
	got, err := ParseList("f", bytes.NewReader(FormatList(feeds)))
	if err != nil {
		t.Fatal(err)
	}
	// A tag starting with ~ cannot be written as a tag: it reads back as
	// the name, as in newsboat.
	feeds[2] = Feed{URL: "https://c.example/feed", Name: "not a name"}
	if !reflect.DeepEqual(got, feeds) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, feeds)
	}
}

func TestAddToList(t *testing.T) {
	path := filepath.Join(t.TempDir(), "factpane", "feeds")
	n, err := AddToList(path, []Feed{{URL: "https://a.example/feed", Name: "A"}})
	if err != nil || n != 1 {
		t.Fatalf("AddToList to a new file: %d %v", n, err)
	}
	os.WriteFile(path, []byte("# mine\nhttps://a.example/feed \"~A\" # keep me"), 0o600)
	n, err = AddToList(path, []Feed{{URL: "https://a.example/feed"}, {URL: "https://b.example/feed", Tags: []string{"t"}}})
	if err != nil || n != 1 {
		t.Fatalf("AddToList: %d %v", n, err)
	}
	b, _ := os.ReadFile(path)
	if want := "# mine\nhttps://a.example/feed \"~A\" # keep me\nhttps://b.example/feed t\n"; string(b) != want {
		t.Errorf("file:\n%s\nwant\n%s", b, want)
	}
	if _, err := LoadList(filepath.Join(t.TempDir(), "none")); err == nil || !strings.Contains(err.Error(), "no feeds file") {
		t.Errorf("LoadList of a missing file: %v", err)
	}
}

const sampleOPML = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head><title>Subscriptions</title></head>
  <body>
    <outline text="News" title="News">
      <outline text="World">
        <outline type="rss" text="Example News" title="Example News" xmlUrl="https://news.example.com/feed.xml" htmlUrl="https://news.example.com/"/>
      </outline>
      <outline type="rss" text="Wire" xmlUrl="https://wire.example.com/feed.json" category="/Briefs,/Daily/Morning"/>
    </outline>
    <outline type="rss" title="Titled only" xmlUrl="https://blog.example.org/atom.xml"/>
    <outline type="rss" text="Again" xmlUrl="https://news.example.com/feed.xml" category="Top"/>
    <outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
    <outline text="Empty folder"/>
  </body>
</opml>`

func TestReadOPML(t *testing.T) {
	feeds, err := ReadOPML(strings.NewReader(sampleOPML))
	want := []Feed{
		{URL: "https://news.example.com/feed.xml", Name: "Example News", Tags: []string{"News", "World", "Top"}},
		{URL: "https://wire.example.com/feed.json", Name: "Wire", Tags: []string{"News", "Briefs", "Morning"}},
		{URL: "https://blog.example.org/atom.xml", Name: "Titled only"},
	}
	if !reflect.DeepEqual(feeds, want) {
		t.Errorf("feeds:\n got %+v\nwant %+v", feeds, want)
	}
	if err == nil || !strings.Contains(err.Error(), `outline "Bad": "javascript:alert(1)" is not an http(s) URL`) {
		t.Errorf("error %v", err)
	}
	for doc, msg := range map[string]string{
		"<opml><body><outline": "malformed OPML at line 1",
		"<rss></rss>":          "not an OPML file",
		"":                     "not an OPML file",
	} {
		if _, err := ReadOPML(strings.NewReader(doc)); err == nil || !strings.Contains(err.Error(), msg) {
			t.Errorf("ReadOPML(%q) = %v, want %q", doc, err, msg)
		}
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	feeds := []Feed{
		{URL: "https://a.example/feed", Name: "A & B <News>", Tags: []string{"World", "Daily", "Top"}},
		{URL: "https://b.example/feed"},
		{URL: "https://c.example/feed?x=1&y=2", Tags: []string{"World"}},
		{URL: "https://d.example/feed", Name: "D", Tags: []string{"Tech"}},
	}
	var b bytes.Buffer
	if err := WriteOPML(&b, "factpane feeds", feeds); err != nil {
		t.Fatal(err)
	}
	got, err := ReadOPML(&b)
	if err != nil {
		t.Fatal(err)
	}
	// Folders come first in the written order: feeds are grouped by
	// their first tag.
	want := []Feed{feeds[0], feeds[2], feeds[1], feeds[3]}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %+v\nwant %+v", got, want)
	}
}

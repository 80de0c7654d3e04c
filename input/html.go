package input

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"
)

// maxReadableElements bounds the pages readability scores: its passes over
// the DOM grow faster than the page, and a page with more elements than
// this is not one article anyway. Larger pages are shown whole.
const maxReadableElements = 100_000

// Reading a page through a DOM and readability peaks at about
// domElementBytes an element (1.2–1.7 KB measured on 2–8 MB pages: the
// DOM's nodes, readability's copies and scores). A page whose elements
// would take more than domRatio times the page, and more than domFloor in
// all, is read without a DOM, from its tags (htmlWriter.tags), so memory
// stays proportional to the page even for markup as dense as a table of
// numbers. Pages of up to some 20,000 elements are always read whole.
const (
	domElementBytes = 1500
	domRatio        = 16
	domFloor        = 32 << 20
)

// htmlDoc finds the article in a web page: its title and its main text as
// paragraphs of plain text, without navigation, adverts, comments, scripts
// or styles, and what the page says of its author, date and site.
// Readability (a port of Firefox's Reader View) picks the article's DOM,
// which htmlWriter turns into text: block elements become paragraphs and
// <br> line breaks, headings are recorded, and links are numbered as in
// Markdown (see markdownDoc). The headline leads the text, as it does in a
// plain-text article.
//
// A page readability does not take (too short, a fragment) is shown
// whole; a page too large or too deeply nested for a DOM (the parser stops
// at 512 open elements) is shown whole from its tags.
//
// contentType is the HTTP Content-Type when there is one; with the page's
// own <meta charset> and byte-order mark it decides the character set.
// page is the page's address when it was fetched: relative links resolve
// against it.
func htmlDoc(b []byte, contentType string, page *url.URL) (doc Doc, err error) {
	defer func() {
		// Readability is a large port of JavaScript that runs on hostile
		// pages; a failure inside it must not take factpane down.
		if r := recover(); r != nil {
			doc, err = Doc{}, fmt.Errorf("could not read the HTML page: %v", r)
		}
	}()
	// DetermineEncoding sniffs only the first 1024 bytes: a UTF-8 page
	// without a declaration whose head is ASCII (most are: scripts and
	// styles come first) was read as Windows-1252, "Trump’s" as
	// "Trumpâ€™s". A page valid as UTF-8 throughout is UTF-8 unless its
	// header or byte-order mark says otherwise (certain); a mislabelled
	// <meta> is far more common than Windows-1252 text that is valid UTF-8.
	enc, _, certain := charset.DetermineEncoding(b, contentType)
	if !certain && utf8.Valid(b) {
		enc = nil
	}
	b, _ = decodeCharset(b, enc)
	w := newHTMLWriter(page)
	var title string
	if n := countElements(b); n > maxReadableElements || n*domElementBytes > max(domRatio*len(b), domFloor) {
		title = w.tags(b)
		return w.finish(title), nil
	}
	root, err := html.Parse(bytes.NewReader(b))
	if err != nil {
		// Nesting past the parser's limit: a real page can have it, and
		// its words are all there.
		title = w.tags(b)
		return w.finish(title), nil
	}
	p := readability.NewParser()
	p.MaxElemsToParse = maxReadableElements
	art, rerr := p.ParseAndMutate(root, page)
	if rerr == nil && art.Node != nil {
		w.node(art.Node)
		title = art.Title()
	}
	if w.empty() {
		// Not an article readability recognises: show the whole page's
		// visible text instead, from a DOM readability has not pruned.
		if root, err = html.Parse(bytes.NewReader(b)); err != nil {
			return Doc{}, fmt.Errorf("could not read the HTML page: %v", err)
		}
		w = newHTMLWriter(page)
		w.node(pageBody(root))
	}
	if OneLine(title) == "" {
		title = pageTitle(root)
	}
	doc = w.finish(title)
	if rerr == nil {
		doc.Byline = OneLine(art.Byline())
		doc.Date = publishedDate(art, root)
		doc.Site = OneLine(art.SiteName())
	}
	return doc, nil
}

// publishedDate is the page's date of publication as readability reads it
// from the page's metadata, in RFC 3339; as written when it cannot be read.
func publishedDate(art readability.Article, root *html.Node) string {
	t, err := art.PublishedTime()
	switch {
	case err == nil:
		// Readability does not say whether the page gave a time of day:
		// midnight UTC is taken for a bare date.
		return formatDate(t, t.Location() != time.UTC)
	case errors.Is(err, readability.ErrTimestampMissing):
		return ""
	}
	return articleDate(metaContent(root, "article:published_time", "datepublished", "date", "pubdate"))
}

// metaContent is the content of the first <meta> whose property, name or
// itemprop is one of keys (lower case).
func metaContent(root *html.Node, keys ...string) string {
	for n := range root.Descendants() {
		if n.Type != html.ElementNode || n.DataAtom != atom.Meta {
			continue
		}
		var key, content string
		for _, a := range n.Attr {
			switch a.Key {
			case "property", "name", "itemprop":
				key = strings.ToLower(strings.TrimSpace(a.Val))
			case "content":
				content = a.Val
			}
		}
		for _, k := range keys {
			if key == k && strings.TrimSpace(content) != "" {
				return content
			}
		}
	}
	return ""
}

// countElements estimates a page's elements by its start tags, '<' then a
// letter, without parsing it.
func countElements(b []byte) int {
	n := 0
	for i := bytes.IndexByte(b, '<'); i >= 0 && i+1 < len(b); {
		if c := b[i+1] | 0x20; c >= 'a' && c <= 'z' {
			n++
		}
		j := bytes.IndexByte(b[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return n
}

// pageBody is the page's <body>, or the whole document without one.
func pageBody(doc *html.Node) *html.Node {
	if n := findElement(doc, atom.Body); n != nil {
		return n
	}
	return doc
}

// pageTitle is the text of the page's <title>.
func pageTitle(doc *html.Node) string {
	n := findElement(doc, atom.Title)
	if n == nil {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.TextNode {
			b.WriteString(c.Data)
		}
	}
	return b.String()
}

func findElement(n *html.Node, a atom.Atom) *html.Node {
	for c := range n.Descendants() {
		if c.Type == html.ElementNode && c.DataAtom == a {
			return c
		}
	}
	return nil
}

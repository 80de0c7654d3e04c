package input

import (
	"bytes"
	"net/url"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// FeedLink is a feed a web page advertises: its address and the title
// the page gives it.
type FeedLink struct {
	// URL is an absolute http(s) URL, printable ASCII.
	URL string
	// Title is one line of plain text, or "".
	Title string
}

// feedTypes are the media types a page's <link rel="alternate"> names a
// feed by.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/rdf+xml":   true,
	"application/feed+json": true,
	"application/json":      true,
}

// maxFeedTitle bounds a feed link's title, in bytes.
const maxFeedTitle = 200

// FeedLinks returns the feeds a web page advertises with <link
// rel="alternate" type="application/rss+xml" href="..."> (or Atom, RDF,
// JSON Feed) in its head, in page order and without repeats, their URLs
// made absolute against pageURL (and the page's <base>), their titles
// from the link's title. A page that opens as an article offers its feed
// with them (Doc.Feeds).
func FeedLinks(page []byte, pageURL string) []FeedLink {
	base, err := url.Parse(pageURL)
	if err != nil || !WebURL(base) {
		base = nil
	}
	var feeds []FeedLink
	seen := map[string]bool{}
	z := html.NewTokenizer(bytes.NewReader(page))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return feeds
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if a == atom.Body {
				return feeds // feeds are advertised in the head
			}
			if !hasAttr || a != atom.Base && a != atom.Link {
				continue
			}
			at := tagAttrs(z)
			if a == atom.Base {
				if href := LinkTarget(at["href"], base); strings.HasPrefix(href, "http") {
					base, _ = url.Parse(href)
				}
				continue
			}
			rels := strings.Fields(strings.ToLower(at["rel"]))
			typ := mediaType(at["type"])
			if !containsWord(rels, "alternate") || !feedTypes[typ] {
				continue
			}
			u := LinkTarget(at["href"], base)
			if !strings.HasPrefix(u, "http") || seen[u] {
				continue
			}
			seen[u] = true
			feeds = append(feeds, FeedLink{URL: u, Title: Cut(OneLine(at["title"]), maxFeedTitle)})
		}
	}
}

// tagAttrs reads the current tag's attributes, the first of each name.
func tagAttrs(z *html.Tokenizer) map[string]string {
	m := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		if _, ok := m[string(k)]; !ok {
			m[string(k)] = string(v)
		}
		if !more {
			return m
		}
	}
}

func containsWord(words []string, w string) bool {
	for _, x := range words {
		if x == w {
			return true
		}
	}
	return false
}

// Cut is s cut to at most n bytes, at a character boundary.
func Cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

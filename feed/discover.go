package feed

import (
	"bytes"
	"net/url"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// feedTypes are the media types a page's <link rel="alternate"> names a
// feed by.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/rdf+xml":   true,
	"application/feed+json": true,
	"application/json":      true,
}

// Discover returns the feeds a web page advertises with <link
// rel="alternate" type="application/rss+xml" href="..."> (or Atom, RDF,
// JSON Feed), in page order, their URLs made absolute against pageURL and
// their names from the link's title. A page that opens as an article can
// offer its feed with them.
func Discover(page []byte, pageURL string) []Feed {
	base, err := url.Parse(pageURL)
	if err != nil || !webURL(base) {
		base = nil
	}
	var feeds []Feed
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
			if a == atom.Base && hasAttr {
				if href := attrs(z)["href"]; href != "" {
					base = rebase(base, href)
				}
				continue
			}
			if a != atom.Link || !hasAttr {
				continue
			}
			at := attrs(z)
			rels := strings.Fields(strings.ToLower(at["rel"]))
			typ := strings.ToLower(strings.TrimSpace(strings.Split(at["type"], ";")[0]))
			if !contains(rels, "alternate") || !feedTypes[typ] {
				continue
			}
			if u := resolve(base, at["href"]); u != "" && !seen[u] {
				seen[u] = true
				feeds = append(feeds, Feed{URL: u, Name: cleanLine(at["title"], false)})
			}
		}
	}
}

// attrs reads the current tag's attributes.
func attrs(z *html.Tokenizer) map[string]string {
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

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

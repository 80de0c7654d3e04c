package feed

import "github.com/factpane/factpane/input"

// Discover returns the feeds a web page advertises with <link
// rel="alternate" type="application/rss+xml" href="..."> (or Atom, RDF,
// JSON Feed), in page order, their URLs made absolute against pageURL and
// their names from the link's title: input.FeedLinks as subscriptions. A
// page opened as an article has them in its Doc.Feeds already.
func Discover(page []byte, pageURL string) []Feed {
	return Links(input.FeedLinks(page, pageURL))
}

// Links turns the feeds a page advertises into subscriptions, named by
// the page's titles for them.
func Links(links []input.FeedLink) []Feed {
	var feeds []Feed
	for _, l := range links {
		feeds = append(feeds, Feed{URL: l.URL, Name: l.Title})
	}
	return feeds
}

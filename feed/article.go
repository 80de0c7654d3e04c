package feed

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/factpane/factpane/input"
)

// Article is an item's article, ready for extraction.
type Article struct {
	Doc input.Doc
	// Cached says the article came from the cache without a request.
	Cached bool
	// FromFeed says Doc is the feed's own copy of the item (its content,
	// else its summary) because the item has no link or its page could
	// not be had; PageErr then says why, when there was a page to try.
	FromFeed bool
	PageErr  error
}

// Article opens an item as a document: its web page, fetched (within the
// same bounds as a feed, through the address policy) and reduced to its
// article by input's pipeline (readability), then cached; offline, or
// when the page cannot be fetched, the feed's own copy of the item. The
// error is non-nil only when there is nothing to show.
func (f *Fetcher) Article(ctx context.Context, it Item) (Article, error) {
	f.init()
	if it.Link != "" && f.Cache != nil {
		if doc, ok := f.Cache.article(it.Link); ok {
			return Article{Doc: doc, Cached: true}, nil
		}
	}
	var pageErr error
	switch {
	case it.Link == "":
	case f.Offline:
		pageErr = ErrOffline
	default:
		doc, err := f.page(ctx, it)
		if err == nil {
			if f.Cache != nil {
				_ = f.Cache.putArticle(it.Link, doc) // a cache that cannot be written costs a refetch, no more
			}
			return Article{Doc: doc}, nil
		}
		pageErr = err
	}
	if it.ContentHTML == "" && f.Cache != nil {
		it.ContentHTML = f.Cache.content(it.Feed, it.ID)
	}
	doc, ok := feedCopy(it, f.Input)
	if !ok {
		if pageErr == nil {
			pageErr = fmt.Errorf("the item has no link and no text")
		}
		return Article{}, fmt.Errorf("%s: %w", it.Headline(), pageErr)
	}
	return Article{Doc: doc, FromFeed: true, PageErr: pageErr}, nil
}

// page fetches an item's web page and makes a document of it.
func (f *Fetcher) page(ctx context.Context, it Item) (input.Doc, error) {
	target, err := url.Parse(it.Link)
	if err != nil || !input.WebURL(target) {
		return input.Doc{}, fmt.Errorf("%s: not an http(s) URL", input.OneLine(it.Link))
	}
	// The feed is the address the user gave: a feed on a local name may
	// link to pages on its own host.
	feedURL, _ := url.Parse(it.Feed)
	release, err := f.acquire(ctx, strings.ToLower(target.Host))
	if err != nil {
		return input.Doc{}, err
	}
	defer release()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target.String(), nil)
	if err != nil {
		return input.Doc{}, err
	}
	req.Header.Set("User-Agent", input.UserAgent)
	req.Header.Set("Accept", input.AcceptPage)
	accept := func(resp *http.Response) error { return input.ArticleType(resp.Header.Get("Content-Type")) }
	resp, b, err := f.client.Do(req, feedURL, accept)
	if err != nil {
		return input.Doc{}, fmt.Errorf("%s: %w", input.OneLine(it.Link), err)
	}
	if resp.StatusCode == http.StatusNotModified {
		return input.Doc{}, fmt.Errorf("%s: unexpected HTTP 304", input.OneLine(it.Link))
	}
	doc, err := input.Decode(resp.Request.URL.String(), b, resp.Header.Get("Content-Type"), resp.Request.URL.String())
	if err != nil {
		return input.Doc{}, err
	}
	fillFromItem(&doc, it)
	return doc, nil
}

// fillFromItem gives a document what the feed says of its item where the
// page itself does not say it: title, author, date.
func fillFromItem(doc *input.Doc, it Item) {
	if doc.Title == "" {
		doc.Title = it.Title
	}
	if doc.Byline == "" {
		doc.Byline = it.Author
	}
	if doc.Date == "" && !it.Date.IsZero() {
		doc.Date = it.Date.Format(time.RFC3339)
	}
}

// feedCopy makes a document of what the feed itself says about an item:
// its content HTML (through input's HTML pipeline, so it is sanitised the
// same way), else its summary; false when it says nothing.
func feedCopy(it Item, opt input.Options) (input.Doc, bool) {
	source := it.Link
	if source == "" {
		source = it.Feed
	}
	if it.ContentHTML != "" {
		page := "<!DOCTYPE html><html><head><title>" + html.EscapeString(it.Title) +
			"</title></head><body><article><h1>" + html.EscapeString(it.Title) + "</h1>" +
			it.ContentHTML + "</article></body></html>"
		if doc, err := input.Read(source, strings.NewReader(page), opt); err == nil && strings.TrimSpace(doc.Text) != "" {
			doc.URL = it.Link
			fillFromItem(&doc, it)
			return doc, true
		}
	}
	if it.Summary == "" {
		return input.Doc{}, false
	}
	text := it.Summary
	if it.Title != "" {
		text = it.Title + "\n\n" + text
	}
	doc := input.Doc{Source: input.OneLine(source), Text: input.Sanitize(text), URL: it.Link, Converted: true}
	fillFromItem(&doc, it)
	return doc, true
}

// ArticleUpdate reports one item's article, opened in the background.
type ArticleUpdate struct {
	Item    Item
	Article Article
	Err     error
	// Done and Total count the items opened so far (this one included)
	// and asked for.
	Done, Total int
}

// DefaultPrefetch is how many articles Prefetch opens at once: few, so
// that an article the user opens meanwhile waits for at most one
// background request to its host.
const DefaultPrefetch = 2

// Prefetch opens items' articles in the background, workers at a time (0
// gives DefaultPrefetch), so they are cached (and can be extracted) before
// the user opens them, and sends an ArticleUpdate for each as it is ready.
// The channel is closed after the last, or soon after ctx is done; it is
// buffered for every item, so a reader that stops early leaks nothing.
func (f *Fetcher) Prefetch(ctx context.Context, items []Item, workers int) <-chan ArticleUpdate {
	out := make(chan ArticleUpdate, len(items))
	var mu sync.Mutex
	next, done := 0, 0
	var wg sync.WaitGroup
	for range min(positive(workers, DefaultPrefetch), max(len(items), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				mu.Lock()
				if next == len(items) {
					mu.Unlock()
					return
				}
				it := items[next]
				next++
				mu.Unlock()
				a, err := f.Article(ctx, it)
				if ctx.Err() != nil {
					return
				}
				mu.Lock()
				done++
				out <- ArticleUpdate{Item: it, Article: a, Err: err, Done: done, Total: len(items)}
				mu.Unlock()
			}
		}()
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

package library

import (
	"context"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
)

// feedState is what the library knows of its feeds.
type feedState struct {
	list   []feed.Feed
	pos    map[string]int    // a feed's place in list, by URL
	labels map[string]string // what each feed is called, by URL
	// progress is the last (or current) refresh's; gen counts refreshes;
	// refreshing says one is running.
	progress   feed.Progress
	gen        int
	refreshing bool
}

// openFeeds lists the items the cache holds and opens the newest
// articles.
func (l *Library) openFeeds() {
	type cached struct {
		f  feed.Feed
		ch *feed.Channel
	}
	var have []cached
	if c := l.opt.Fetcher.Cache; c != nil {
		for _, f := range l.opt.Feeds {
			if ch, _, ok := c.Channel(f.URL); ok {
				have = append(have, cached{f, ch})
			}
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.setFeedsLocked(l.opt.Feeds)
	for _, c := range have {
		l.mergeLocked(c.f, c.ch)
	}
	l.feeds.gen = 1
	l.prefetchLocked()
}

// SetFeeds changes the subscriptions (the feeds file was edited): items
// of feeds no longer listed leave the library; new feeds' items come
// with the next Refresh.
func (l *Library) SetFeeds(feeds []feed.Feed) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.setFeedsLocked(feeds)
	for key, s := range l.slots {
		if _, ok := l.feeds.pos[s.item.Feed]; s.kind == kindItem && !ok {
			l.removeLocked(key, s)
		}
	}
	l.touchLocked()
}

func (l *Library) setFeedsLocked(feeds []feed.Feed) {
	l.feeds.list = slices.Clone(feeds)
	l.feeds.pos = make(map[string]int, len(feeds))
	if l.feeds.labels == nil {
		l.feeds.labels = map[string]string{}
	}
	for i, f := range feeds {
		l.feeds.pos[f.URL] = i
		if _, ok := l.feeds.labels[f.URL]; !ok {
			l.feeds.labels[f.URL] = f.Label("")
		}
	}
	for _, s := range l.slots {
		if s.kind == kindItem {
			if p, ok := l.feeds.pos[s.item.Feed]; ok && p != s.feedPos {
				s.feedPos = p
				l.reorder = true
			}
		}
	}
}

// Refresh fetches every feed once (see feed.Fetcher.Refresh): the status
// line counts them as they come, each feed's items are merged into the
// library as it arrives (new ones added, gone ones removed), and the
// newest items' articles are opened in the background. It returns when
// every feed is done, or ctx is. A refresh asked for while one runs does
// nothing: the one running will do.
func (l *Library) Refresh(ctx context.Context) {
	if l.opt.Fetcher == nil {
		return
	}
	l.mu.Lock()
	if l.feeds.refreshing {
		l.mu.Unlock()
		return
	}
	l.feeds.refreshing = true
	defer func() {
		l.mu.Lock()
		l.feeds.refreshing = false
		l.mu.Unlock()
	}()
	feeds := slices.Clone(l.feeds.list)
	l.feeds.progress = feed.Progress{Total: len(feeds)}
	l.feeds.gen++
	l.touchLocked()
	l.mu.Unlock()
	if len(feeds) == 0 {
		return
	}
	for u := range l.opt.Fetcher.Refresh(ctx, feeds) {
		l.mu.Lock()
		l.feeds.progress.Add(u)
		if _, ok := l.feeds.pos[u.Feed.URL]; ok && u.Channel != nil {
			l.mergeLocked(u.Feed, u.Channel)
			l.prefetchLocked()
		}
		l.touchLocked()
		l.mu.Unlock()
	}
}

// FeedErrors are the failures of the last refresh, one line each,
// naming the feed: "World: HTTP 404 Not Found".
func (l *Library) FeedErrors() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.feeds.progress.Failed)
}

// mergeLocked brings a feed's items in the library in step with ch, the
// feed's items as now known: new ones are added, known ones updated
// (title, date, read mark), the others removed.
func (l *Library) mergeLocked(f feed.Feed, ch *feed.Channel) {
	pos := l.feeds.pos[f.URL]
	label := f.Label(ch.Title)
	l.feeds.labels[f.URL] = label
	present := make(map[string]bool, len(ch.Items))
	for i, it := range ch.Items {
		key := itemPrefix + it.Key()
		present[key] = true
		s := l.slots[key]
		if s == nil {
			s = &slot{kind: kindItem, item: it, feedPos: pos, pos: i}
			s.entry = Entry{Key: key, Name: l.itemNameLocked(it), Pending: true, Feed: label,
				Date: it.When(), Read: it.Read, Article: pendingItem(it, label)}
			l.slots[key] = s
			l.reorder = true
			continue
		}
		if s.pos != i || s.feedPos != pos || !s.entry.Date.Equal(it.When()) {
			l.reorder = true
		}
		s.item, s.pos, s.feedPos = it, i, pos
		s.entry.Date, s.entry.Read, s.entry.Feed = it.When(), it.Read, label
		if s.entry.Pending {
			s.entry.Article = pendingItem(it, label)
		}
	}
	for key, s := range l.slots {
		if s.kind == kindItem && s.item.Feed == f.URL && !present[key] {
			l.removeLocked(key, s)
		}
	}
}

func (l *Library) removeLocked(key string, s *slot) {
	s.removed = true
	delete(l.slots, key)
	if s.kind == kindItem || s.kind == kindSample {
		l.useName(s.entry.Name, false)
	}
	l.reorder = true
}

// pendingItem is an item's article before it is read: what the feed
// says of it.
func pendingItem(it feed.Item, label string) model.Article {
	a := model0(itemSource(it))
	a.Title, a.URL, a.Byline, a.Feed = it.Headline(), it.Link, it.Author, label
	if !it.Date.IsZero() {
		a.Date = it.Date.UTC().Format(time.RFC3339)
	}
	return a
}

// itemSource is where an item's article comes from: its page, else its
// feed.
func itemSource(it feed.Item) string {
	if it.Link != "" {
		return it.Link
	}
	return input.OneLine(it.Feed)
}

// prefetchLocked queues the articles of the newest items not read yet,
// up to Prefetch of them, once a refresh.
func (l *Library) prefetchLocked() {
	n := l.opt.Prefetch
	switch {
	case n < 0:
		return
	case n == 0:
		n = DefaultPrefetch
	}
	var items []*slot
	for _, s := range l.slots {
		if s.kind == kindItem {
			items = append(items, s)
		}
	}
	slices.SortFunc(items, func(a, b *slot) int {
		if c := b.entry.Date.Compare(a.entry.Date); c != 0 {
			return c
		}
		return strings.Compare(a.entry.Key, b.entry.Key)
	})
	for _, s := range items[:min(n, len(items))] {
		if s.entry.Pending && s.job == nil && s.gen < l.feeds.gen {
			s.gen = l.feeds.gen
			l.newJobLocked(s)
		}
	}
}

func (l *Library) itemJob(s *slot) func(context.Context) (result, error) {
	it, label := s.item, s.entry.Feed
	return func(ctx context.Context) (result, error) {
		a, err := l.opt.Fetcher.Article(ctx, it)
		if err != nil {
			return result{}, err
		}
		art := l.extract(a.Doc)
		// What the list showed of the item is what its article is
		// called by: the feed's title, link and date.
		if it.Title != "" {
			art.Title = it.Title
		}
		if it.Link != "" {
			art.URL = it.Link
		}
		if !it.Date.IsZero() {
			art.Date = it.Date.UTC().Format(time.RFC3339)
		}
		art.Feed = label
		if art.Site == "" {
			art.Site = label // the reader's header names where it is from
		}
		var note string
		switch {
		case a.FromFeed && a.PageErr != nil:
			note = "the page could not be had (" + input.OneLine(a.PageErr.Error()) + "): this is the feed's copy"
		case a.FromFeed:
			note = "the item has no page: this is the feed's own text"
		}
		return result{article: art, text: a.Doc.Text, note: note}, nil
	}
}

// SetRead marks a feed item read or unread, in the library and in the
// feeds' cache (so it stays marked next time). Other entries have no
// read mark: it does nothing to them.
func (l *Library) SetRead(key string, read bool) error {
	l.mu.Lock()
	s := l.slots[key]
	if s == nil || s.entry.Read == read || s.kind != kindItem && (s.kind != kindStatic || s.entry.Feed == "") {
		l.mu.Unlock()
		return nil
	}
	s.entry.Read, s.item.Read = read, read
	it := s.item
	l.publishLocked() // at once: the picker shows the mark as it returns
	l.mu.Unlock()
	if s.kind == kindItem && l.opt.Fetcher != nil && l.opt.Fetcher.Cache != nil {
		return l.opt.Fetcher.Cache.SetRead(read, it)
	}
	return nil
}

// maxSlug bounds the part of an item's name made from its title.
const maxSlug = 48

// itemNameLocked names an item for users to type: its title in lower
// case, words joined by dashes ("floods-kill-12-in-the-rhone-valley"),
// numbered when taken ("-2").
func (l *Library) itemNameLocked(it feed.Item) string {
	base := slug(it.Headline())
	n := base
	for k := 2; l.files.names[n] || l.files.fileNames[n]; k++ {
		n = base + "-" + strconv.Itoa(k)
	}
	l.useName(n, true)
	return n
}

// slug is s's letters and digits in lower case, runs of anything else
// made one dash, cut at a dash to at most maxSlug bytes; "item" when it
// has none.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			dash = true
			continue
		}
		if dash && b.Len() > 0 {
			b.WriteByte('-')
		}
		dash = false
		b.WriteRune(r)
		if b.Len() > 4*maxSlug {
			break
		}
	}
	out := b.String()
	if len(out) > maxSlug {
		out = input.Cut(out, maxSlug+1)
		if i := strings.LastIndexByte(out, '-'); i > 0 {
			out = out[:i]
		} else {
			out = input.Cut(out, maxSlug)
		}
	}
	if out == "" {
		return "item"
	}
	return out
}

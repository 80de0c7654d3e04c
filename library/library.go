// Package library is the set of articles factpane offers to pick from: the
// embedded samples, the articles of a directory and the items of news
// feeds. The SSH server, the local picker and the scripting output all
// read from it.
//
// A library is live. Open lists what it holds at once (a directory's
// files, the items a feed cache holds) and reads and extracts the
// articles in the background, on every core; each entry's facts appear
// when they are ready. A watched directory's new, changed and removed
// files, and each refresh of the feeds, change it while it is in use.
// Readers take a Snapshot (consistent, never changed after) and wait on
// Changed for the next one.
//
// A client's string is only ever compared with the names in the list: it
// is never joined to a path, so no request can make the server read a file
// the operator did not put in the library.
package library

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/parse"
)

// headlineFigures is how many figures an entry's one-line summary shows.
const headlineFigures = 3

// Entry is one article of the library.
type Entry struct {
	// Name is the short name users type: a sample's name, a file's stem
	// (its whole file name when two articles share a stem), a slug of a
	// feed item's title. Names are unique within a library.
	Name string
	// Key identifies the entry while the library changes (its name can
	// change when a clashing file appears): "sample:NAME", "file:NAME IN
	// DIR" or "item:" and the feed item's key.
	Key string
	// Article is the extraction, with Source and Title filled in. Its
	// Source says where the article came from: "sample:NAME", the file's
	// name inside the directory (never the server's full path) or the
	// page's URL. While Pending it holds only what is known before the
	// article is read: its source, title, URL and date.
	Article model.Article
	// Text is the text the article's mention offsets index. (Article.Text
	// holds it too, but only for converted input: see Extract.)
	Text string
	// Headlines summarises the article in a few figures:
	// "129 killed · 400+ wounded · 128 raids".
	Headlines string
	// Pending says the article has not been read and extracted yet (it
	// is queued, or, for a feed item, not fetched): Ready reads it.
	Pending bool
	// Err says, on one line, why a feed item's article could not be had
	// when it was last tried; "" otherwise. Ready tries again.
	Err string
	// Note says, on one line, what a reader should know about how the
	// article was had: "the page could not be fetched (HTTP 404);
	// showing the feed's copy". "" for most.
	Note string
	// Feed is the name of the feed an item comes from (feed.Feed.Label);
	// "" for files and samples.
	Feed string
	// Date is when the article was published: a feed item's date, else
	// the date the article states, else a file's modification time. Zero
	// for the samples.
	Date time.Time
	// Read says a feed item has been read (see SetRead).
	Read bool
}

// Title is the article's title on one line (from its format, else its
// first line), or its name when it has none.
func (e Entry) Title() string {
	if t := input.OneLine(e.Article.Title); t != "" {
		return t
	}
	return e.Name
}

// IsItem reports whether the entry is a feed item.
func (e Entry) IsItem() bool { return strings.HasPrefix(e.Key, itemPrefix) }

// Snapshot is the library at one moment. It is never changed: a change
// to the library makes a new one.
type Snapshot struct {
	// Entries are in the picker's order: samples first (the default
	// sample leading), then the directory's files by name, then feed
	// items grouped by feed (in the feeds' order), newest first.
	Entries []Entry
	// Status is a one-line account of the work in progress, for a status
	// line: "reading 120 of 10000 articles", "fetching 3 of 12 feeds · 1
	// failed: World: HTTP 404 Not Found"; "" when there is none to tell.
	Status string
	// Skipped are the directory's entries not in the library, one line
	// each (see SkipError), the latest last.
	Skipped []string
}

// Library is a live list of articles. It is safe for concurrent use.
type Library struct {
	opt     Options
	extract func(input.Doc) model.Article

	mu    sync.Mutex
	slots map[string]*slot // by key
	// order is the picker's order; reorder says it must be worked out
	// again (slots were added or removed, or items' dates changed).
	order   []*slot
	reorder bool
	files   fileState
	feeds   feedState
	work    progress
	skipped []string
	// changed is closed, and replaced, at each publish.
	changed   chan struct{}
	publishAt *time.Timer
	closed    bool

	snap atomic.Pointer[Snapshot]

	cpu, net *pool
	ctx      context.Context
	cancel   context.CancelFunc
	bg       sync.WaitGroup
}

// Options say what a library holds.
type Options struct {
	// Dir is a directory of articles to add to the samples; "" for none.
	Dir string
	// NoSamples leaves the embedded samples out (a local directory picker
	// shows only the directory).
	NoSamples bool
	// OutsideLinks also loads the files that symbolic links in Dir point
	// to outside it. Without it only files whose resolved path lies in Dir
	// are loaded: the server shows its library to anyone, and a link to
	// /etc/passwd must not put the server's own files in front of them.
	OutsideLinks bool
	// Input bounds each file read from Dir.
	Input input.Options
	// Watch keeps the library in step with Dir: files added, changed or
	// removed there are added, read again or removed (see watch.go).
	Watch bool
	// Feeds are subscriptions whose items join the library, read with
	// Fetcher (which must be set with them): at once from its cache, then
	// as Refresh fetches them.
	Feeds   []feed.Feed
	Fetcher *feed.Fetcher
	// Prefetch is how many of the newest feed items have their articles
	// opened in the background after each refresh (from the cache when
	// it has them, else from the web); 0 gives DefaultPrefetch, a
	// negative value none. The rest are opened when asked for (Ready).
	Prefetch int
	// Skipped, when set, is told of each of Dir's entries that is not in
	// the library, once for each reason (a *SkipError), from any
	// goroutine: at Open for what the directory holds, later for a file
	// that could not be read or one that changed.
	Skipped func(error)

	// extract stands in for Extract in tests, rescan for rescanDelay.
	extract func(input.Doc) model.Article
	rescan  time.Duration
}

// DefaultPrefetch is how many of the newest items' articles a refresh
// opens in the background.
const DefaultPrefetch = 300

// SkipError says why an entry of the directory is not in the library: it
// could not be read or extracted, or it is not a file the library serves
// (a FIFO, a device, a link loop, a link to nothing or to outside the
// directory). Its message is one sanitised line.
type SkipError struct {
	// Name is the entry's name in the directory, on one line: what a
	// watcher keys its "already reported" set by.
	Name string
	err  error
}

func (e *SkipError) Error() string { return input.OneLine(e.err.Error()) }
func (e *SkipError) Unwrap() error { return e.err }

func skip(name string, format string, args ...any) *SkipError {
	n := input.OneLine(name)
	return &SkipError{Name: n, err: fmt.Errorf("%s: "+format, append([]any{n}, args...)...)}
}

// Open returns the library opt describes at once: every sample and file
// listed (pending), the feeds' cached items listed, and their reading
// and extraction started in the background on every core. A directory
// that cannot be read is an error, as is a library with nothing in it
// and nothing to come (no samples, no article files, no feeds). Close
// stops its work.
func Open(opt Options) (*Library, error) {
	if len(opt.Feeds) > 0 && opt.Fetcher == nil {
		return nil, errors.New("library: feeds without a fetcher")
	}
	l := &Library{opt: opt, extract: opt.extract, slots: map[string]*slot{}, changed: make(chan struct{})}
	if l.extract == nil {
		l.extract = Extract
	}
	l.ctx, l.cancel = context.WithCancel(context.Background())
	l.cpu = newPool(l, cores())
	l.net = newPool(l, articleWorkers)
	l.mu.Lock()
	if !opt.NoSamples {
		l.addSamples()
	}
	l.mu.Unlock()
	if opt.Dir != "" {
		if err := l.openDir(); err != nil {
			l.Close()
			return nil, err
		}
	}
	if len(opt.Feeds) > 0 {
		l.openFeeds()
	}
	l.mu.Lock()
	empty := len(l.slots) == 0 && len(opt.Feeds) == 0
	l.publishLocked()
	l.mu.Unlock()
	if empty && !opt.Watch {
		l.Close()
		return nil, fmt.Errorf("%s: no articles (.txt, .md, .html)", input.OneLine(opt.Dir))
	}
	return l, nil
}

// Load opens the library and waits until every article has been read
// and extracted, as a script wants it: the entries that could not be read
// are left out and returned in skipped (each a *SkipError, once), with
// those the directory holds that are not served. It is an error when
// none could be read. Nothing is watched or fetched after it returns.
func Load(opt Options) (lib *Library, skipped []error, err error) {
	var mu sync.Mutex
	opt.Watch = false
	opt.Skipped = func(err error) {
		mu.Lock()
		skipped = append(skipped, err)
		mu.Unlock()
	}
	lib, err = Open(opt)
	if err != nil {
		return nil, skipped, err
	}
	_ = lib.Wait(context.Background())
	lib.Close()
	mu.Lock()
	defer mu.Unlock()
	if lib.Len() == 0 && len(opt.Feeds) == 0 {
		return nil, skipped, fmt.Errorf("%s: no articles could be read", input.OneLine(opt.Dir))
	}
	return lib, skipped, nil
}

// Static is a library of the entries given, as they are: nothing is read
// or extracted, nothing changes. Entries without a Key are keyed by name.
func Static(entries ...Entry) *Library {
	l := &Library{slots: map[string]*slot{}, changed: make(chan struct{}), closed: true}
	l.ctx, l.cancel = context.WithCancel(context.Background())
	for i, e := range entries {
		if e.Key == "" {
			e.Key = "static:" + e.Name
		}
		s := &slot{entry: e, kind: kindStatic, pos: i}
		l.slots[e.Key] = s
		l.order = append(l.order, s)
	}
	l.publishLocked()
	return l
}

// Close stops the library's background work (reading, fetching,
// watching) and waits for it. What it holds stays readable.
func (l *Library) Close() {
	l.mu.Lock()
	l.closed = true
	if l.publishAt != nil {
		l.publishAt.Stop()
	}
	l.mu.Unlock()
	l.cancel()
	if l.cpu != nil {
		l.cpu.close()
		l.net.close()
	}
	l.bg.Wait()
	l.mu.Lock()
	l.publishLocked()
	l.mu.Unlock()
}

// Live reports whether the library may still change: it is not static
// and not closed.
func (l *Library) Live() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return !l.closed
}

// Snapshot is the library as it is now.
func (l *Library) Snapshot() *Snapshot { return l.snap.Load() }

// Changed is closed when the library next changes (take a new Snapshot
// then, and wait on Changed again).
func (l *Library) Changed() <-chan struct{} {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.changed
}

// Entries lists the library in the picker's order (see Snapshot). The
// slice is shared; do not modify it.
func (l *Library) Entries() []Entry { return l.Snapshot().Entries }

// Len is the number of articles.
func (l *Library) Len() int { return len(l.Snapshot().Entries) }

// Newest lists the library newest first (by Date; undated entries
// last, in the picker's order): what `list` numbers.
func (s *Snapshot) Newest() []Entry {
	out := make([]Entry, len(s.Entries))
	copy(out, s.Entries)
	sortNewest(out)
	return out
}

// ErrNotFound is wrapped by Lookup's error for a name not in the library.
var ErrNotFound = errors.New("no such article")

// Lookup finds an article by its name. The name is compared with the list,
// never used as a path; a name that looks like a path gets an error saying
// so, because names never contain a path.
func (l *Library) Lookup(name string) (Entry, error) {
	return l.Snapshot().Lookup(name)
}

// Lookup finds an article of the snapshot by its name (see
// Library.Lookup).
func (s *Snapshot) Lookup(name string) (Entry, error) {
	for _, e := range s.Entries {
		if e.Name == name {
			return e, nil
		}
	}
	return Entry{}, notFound(name)
}

func notFound(name string) error {
	shown := input.Cut(input.OneLine(name), 80)
	if len(shown) < len(name) {
		shown = input.Cut(shown, 77) + "..."
	}
	if strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, "..") {
		return fmt.Errorf("%q: %w: articles are known by name, not by path (try `list`)", shown, ErrNotFound)
	}
	return fmt.Errorf("%q: %w in the library (try `list`)", shown, ErrNotFound)
}

// Wait waits until no article is being read or extracted (feed items
// not queued are not waited for) and the snapshot shows it, or until ctx
// is done.
func (l *Library) Wait(ctx context.Context) error {
	for {
		l.mu.Lock()
		busy := l.work.pending > 0
		ch := l.changed
		if !busy {
			l.publishLocked()
			l.mu.Unlock()
			return nil
		}
		l.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// Ready returns the entry keyed key with its article read and extracted,
// doing it now (ahead of the background's queue) if it is still pending,
// or waiting for it if it is being done; a feed item whose article failed
// before is tried again. The error says why the article could not be
// had, on one line.
func (l *Library) Ready(ctx context.Context, key string) (Entry, error) {
	l.mu.Lock()
	s := l.slots[key]
	if s == nil || s.removed {
		l.mu.Unlock()
		return Entry{}, fmt.Errorf("%w (it was removed)", ErrNotFound)
	}
	if !s.entry.Pending && s.entry.Err == "" && s.job == nil {
		e := s.entry
		l.mu.Unlock()
		return e, nil
	}
	j := s.job
	if j == nil {
		if j = l.newJobLocked(s); j == nil {
			// Nothing to read it from (a static entry).
			e := s.entry
			l.mu.Unlock()
			if e.Err != "" {
				return e, errors.New(e.Err)
			}
			return e, nil
		}
	}
	l.mu.Unlock()
	if !j.started.Load() {
		j.run() // here, now; a worker that takes it later finds it done
	}
	select {
	case <-j.done:
	case <-ctx.Done():
		return Entry{}, ctx.Err()
	}
	l.mu.Lock()
	e := s.entry
	l.mu.Unlock()
	switch {
	case j.err != nil && e.Err != "":
		return e, errors.New(e.Err) // a feed item's reason, without its title again
	case j.err != nil:
		return e, j.err
	}
	return e, nil
}

// Extract turns a loaded input into its article: the facts parse finds,
// where the text came from, the format's own title when it has one, and the
// text itself when it differs from the input's bytes (so the JSON's offsets
// can be checked). It is what `factpane FILE` does to a single input.
func Extract(doc input.Doc) model.Article {
	found := parse.Extract(doc.Text)
	a := describe(doc, found.Title)
	a.Figures, a.People = found.Figures, found.People
	return a
}

// Describe is the article doc holds before its facts are found: what the
// reader shows at once while a long article is still being extracted.
// Its figures and people are empty lists.
func Describe(doc input.Doc) model.Article {
	return describe(doc, parse.Title(doc.Text))
}

// describe fills in all but the facts; title is the text's own, used
// when the input's format states none.
func describe(doc input.Doc, title string) model.Article {
	a := model.Article{Source: doc.Source, Title: title, Figures: []model.Figure{}, People: []model.Person{}}
	if doc.Title != "" {
		a.Title = doc.Title
	}
	if doc.Converted {
		a.Text = doc.Text
	}
	a.URL, a.Byline, a.Date, a.Site = doc.URL, doc.Byline, doc.Date, doc.Site
	a.Links, a.Headings = doc.Links, doc.Headings
	return a
}

// safely runs f, turning a panic in it into an error about the article
// named what. Work runs on worker goroutines, where a panic would escape
// any recover of the caller's and end the process: a bug one file trips
// must skip that file, as an unreadable one is, and not take the server or
// the picker down.
func safely(what string, f func() error) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v (please report this)", what, r)
		}
	}()
	return f()
}

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"net/http"
	"os"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/ui"
)

// feedsSynopsis is how `factpane feeds` is run, for its --help.
var feedsSynopsis = []string{
	"factpane feeds [flags]                  read every feed of the feeds file in one library",
	"factpane feeds import FILE.opml         subscribe to the feeds an OPML file lists",
	"factpane feeds export                   print the feeds file as OPML",
}

// feedsAbout says what `factpane feeds` reads and writes.
const feedsAbout = `The feeds file (newsboat's format) has one feed a line: its http(s) URL,
then optional tags, a tag starting with ~ naming the feed ("~World news"),
quoted when it holds spaces; # starts a comment:

  https://example.com/feed.xml "~Example News" world

factpane feeds fetches every feed (a few at a time, conditionally: a feed
unchanged since the last fetch is not sent again), shows the library at
once from the cache while it does, and opens the newest items' articles in
the background; enter reads one, m marks it read or unread, r fetches the
feeds again. Feeds and articles are cached (--cache), so the library opens
at once and reads offline (--offline). Without a terminal, or with --plain
or --json, it prints every item's fact sheet, or one JSON object per line
(JSON Lines, with the item's feed, title, url and date), feed by feed,
newest first. Exit status: 0 done, 1 no feed could be read (each failure
is said on stderr), 2 bad usage.`

func feedsUsage() string {
	return "factpane feeds - read the news of your feeds beside the facts they report\n\nUsage:\n  " +
		strings.Join(feedsSynopsis, "\n  ") + "\n\n" + feedsAbout + "\n\nFlags:\n"
}

// feedsMain runs `factpane feeds` with its arguments and returns the
// exit status.
func feedsMain(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	defaultList, _ := feed.DefaultListPath()
	defaultCache, _ := feed.DefaultCacheDir()
	fs := flag.NewFlagSet("factpane feeds", flag.ContinueOnError)
	list := fs.String("file", defaultList, "the feeds `file`")
	cacheDir := fs.String("cache", defaultCache, "cache `directory` for feeds, articles and read marks")
	offline := fs.Bool("offline", false, "read from the cache only: no request is made")
	jsonOut := fs.Bool("json", false, "print every item's facts as JSON Lines and exit")
	plain := fs.Bool("plain", false, "print every item's fact sheet and exit")
	maxSize := fs.Int64("max-size", input.DefaultMaxSize, "largest feed or page to read, in `bytes`")
	timeout := fs.Duration("timeout", input.DefaultTimeout, "time limit for each fetch")
	theme := newThemeFlag()
	fs.Var(theme, "theme", "colours for a dark or light terminal background; auto asks the terminal ($"+themeEnv+" when not given)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), feedsUsage())
		fs.PrintDefaults()
	}
	if status, done := cmdline.Parse(fs, args, stdout, stderr); done {
		return status
	}
	if *list == "" || *cacheDir == "" {
		fmt.Fprintln(stderr, "factpane feeds: no config or cache directory: give --file and --cache")
		return 2
	}
	if *maxSize <= 0 || *timeout <= 0 {
		fmt.Fprintln(stderr, "factpane feeds: --max-size and --timeout must be positive")
		return 2
	}
	opt := input.Options{MaxSize: *maxSize, Timeout: *timeout}
	switch fs.Arg(0) {
	case "import":
		if fs.NArg() != 2 {
			fmt.Fprintln(stderr, "factpane feeds: import takes one OPML file")
			return 2
		}
		return importOPML(fs.Arg(1), *list, stdout, stderr)
	case "export":
		if fs.NArg() != 1 {
			fmt.Fprintln(stderr, "factpane feeds: export takes no arguments")
			return 2
		}
		return exportOPML(*list, stdout, stderr)
	case "":
	default:
		fmt.Fprintf(stderr, "factpane feeds: unknown command %s\n", input.OneLine(fs.Arg(0)))
		fs.Usage()
		return 2
	}
	feeds, err := feed.LoadList(*list)
	if len(feeds) == 0 && err == nil {
		err = fmt.Errorf("%s: no feeds in it", input.OneLine(*list))
	}
	if err != nil {
		// A bad line is said, and the good ones still read.
		for _, e := range joined(err) {
			complain(stderr, "", e)
		}
		if len(feeds) == 0 {
			return 1
		}
	}
	f, err := newFetcher(*cacheDir, *offline, opt)
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	interactive := !*jsonOut && !*plain && isTerminal(stdout)
	if !interactive {
		return printFeeds(feeds, f, *jsonOut, stdout, stderr)
	}
	dark, err := darkBackground(theme, os.Getenv, openTTY)
	if err != nil {
		fmt.Fprintln(stderr, "factpane:", err)
		return 2
	}
	sc := screen{stdin: stdin, stdout: stdout, stderr: stderr, getenv: os.Getenv, dark: dark}
	return runFeedsTUI(feeds, f, "factpane feeds", sc)
}

// joined splits an errors.Join into its errors.
func joined(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// newFetcher opens the cache in dir and a Fetcher over it.
func newFetcher(dir string, offline bool, opt input.Options) (*feed.Fetcher, error) {
	c, err := feed.OpenCache(dir, feed.Limits{})
	if err != nil {
		return nil, fmt.Errorf("the cache %s: %v", input.OneLine(dir), err)
	}
	return &feed.Fetcher{Cache: c, Offline: offline, Input: opt}, nil
}

// runFeedsTUI shows feeds in the picker: what the cache holds at once,
// then each feed as it is fetched.
func runFeedsTUI(feeds []feed.Feed, f *feed.Fetcher, title string, sc screen) int {
	lib, err := library.Open(library.Options{Feeds: feeds, Fetcher: f, NoSamples: true})
	if err != nil {
		complain(sc.stderr, "", err)
		return 1
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	refresh := func() { go lib.Refresh(ctx) }
	status := runModel(func(st *ui.Styles, opts []ui.Option) tea.Model {
		return ui.NewApp(lib, st, ui.DefaultKeyMap(), ui.ReaderOptions(opts...), ui.WithTitle(title), ui.WithRefresh(refresh))
	}, func(*tea.Program) func() {
		refresh()
		return nil
	}, sc)
	cancel()
	lib.Close()
	prune(f, feeds)
	return status
}

// prune bounds the cache once the library is done with it.
func prune(f *feed.Fetcher, feeds []feed.Feed) {
	if f.Cache != nil && !f.Offline {
		_, _ = f.Cache.Prune(feeds) // a cache that cannot be pruned is pruned next time
	}
}

// printFeeds prints every item of feeds, feed by feed, newest first: its
// fact sheet, or its JSON object as a line of JSON Lines. It fails (1)
// when no feed could be read; each failure, and each item whose article
// could not be had, is said on stderr.
func printFeeds(feeds []feed.Feed, f *feed.Fetcher, jsonOut bool, stdout, stderr io.Writer) int {
	lib, err := library.Open(library.Options{Feeds: feeds, Fetcher: f, NoSamples: true, Prefetch: math.MaxInt32})
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	defer lib.Close()
	ctx := context.Background()
	lib.Refresh(ctx)
	_ = lib.Wait(ctx)
	failed := lib.FeedErrors()
	for _, msg := range failed {
		complain(stderr, "", errors.New(msg))
	}
	status := printEntries(lib.Entries(), jsonOut, stdout, stderr)
	prune(f, feeds)
	if len(failed) == len(feeds) {
		return 1
	}
	return status
}

// printEntries prints each entry's fact sheet, or its JSON object as a
// line of JSON Lines, skipping (and saying so) those not read.
func printEntries(entries []library.Entry, jsonOut bool, stdout, stderr io.Writer) int {
	first := true
	for _, e := range entries {
		if e.Pending {
			why := e.Err
			if why == "" {
				why = "not read"
			}
			complain(stderr, "skipped ", fmt.Errorf("%s: %s", e.Title(), why))
			continue
		}
		var status int
		if jsonOut {
			status = writeJSONLine(stdout, stderr, e.Article)
		} else {
			if !first {
				fmt.Fprintln(stdout)
			}
			status = writeSheet(stdout, stderr, e.Article)
		}
		first = false
		if status != 0 {
			return status
		}
	}
	return 0
}

// importOPML adds the feeds an OPML file lists to the feeds file.
func importOPML(opml, list string, stdout, stderr io.Writer) int {
	r, err := os.Open(opml)
	if err != nil {
		complain(stderr, "", fmt.Errorf("%s: %v", input.OneLine(opml), unwrapPath(err)))
		return 1
	}
	defer r.Close()
	feeds, err := feed.ReadOPML(r)
	if err != nil {
		complain(stderr, "", fmt.Errorf("%s: %v", input.OneLine(opml), err))
		if len(feeds) == 0 {
			return 1
		}
	}
	n, err := feed.AddToList(list, feeds)
	if err != nil {
		complain(stderr, "", err)
		return 1
	}
	fmt.Fprintf(stdout, "factpane: %d of the %d feeds in %s added to %s\n", n, len(feeds), input.OneLine(opml), input.OneLine(list))
	return 0
}

// exportOPML prints the feeds file as OPML.
func exportOPML(list string, stdout, stderr io.Writer) int {
	feeds, err := feed.LoadList(list)
	if err != nil {
		for _, e := range joined(err) {
			complain(stderr, "", e)
		}
		if len(feeds) == 0 {
			return 1
		}
	}
	if err := feed.WriteOPML(stdout, "factpane feeds", feeds); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

// unwrapPath drops an *os.PathError's operation and path: the message
// names the file already.
func unwrapPath(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// pageOrFeed lets a URL's answer be read if it may be a page or a feed.
func pageOrFeed(resp *http.Response) error {
	ct := resp.Header.Get("Content-Type")
	if feed.FeedType(ct) {
		return nil
	}
	return input.ArticleType(ct)
}

// acceptPageOrFeed is the Accept header of `factpane URL`.
const acceptPageOrFeed = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,text/markdown;q=0.9,text/plain;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1"

// urlResult is what a URL turned out to be: a page (doc), or a feed
// (lib, its library), or neither (err).
type urlResult struct {
	doc input.Doc
	lib *library.Library
	err error
}

// openURL fetches a URL (or, offline, finds it in the cache) and says
// what it is: a feed, by its content, opens as a library of its items
// (cached for next time); anything else is read as a page. prefetch is
// the library's (see library.Options).
func openURL(ctx context.Context, raw string, opt input.Options, offline bool, prefetch int) urlResult {
	sub := []feed.Feed{{URL: raw}}
	// The cache is opened only for a feed, or to read offline.
	fetcher := func() (*feed.Fetcher, error) {
		dir, err := feed.DefaultCacheDir()
		if err != nil {
			return nil, err
		}
		return newFetcher(dir, offline, opt)
	}
	feedLib := func(f *feed.Fetcher) urlResult {
		lib, err := library.Open(library.Options{Feeds: sub, Fetcher: f, NoSamples: true, Prefetch: prefetch})
		return urlResult{lib: lib, err: err}
	}
	if offline {
		f, err := fetcher()
		if err != nil {
			return urlResult{err: err}
		}
		if _, _, ok := f.Cache.Channel(raw); ok {
			return feedLib(f)
		}
		a, err := f.Article(ctx, feed.Item{Feed: raw, ID: raw, Link: raw})
		if err != nil || a.FromFeed {
			return urlResult{err: fmt.Errorf("%s: %w", input.Sanitize(raw), feed.ErrOffline)}
		}
		return urlResult{doc: a.Doc}
	}
	resp, body, err := input.Fetch(ctx, raw, acceptPageOrFeed, opt, pageOrFeed)
	if err != nil {
		return urlResult{err: err}
	}
	if feed.Sniff(body) != feed.Unknown {
		f, err := fetcher()
		if err != nil {
			return urlResult{err: err}
		}
		if u := f.Store(sub[0], resp, body); u.Err != nil {
			return urlResult{err: fmt.Errorf("%s: %v", input.Sanitize(raw), u.Err)}
		}
		return feedLib(f)
	}
	doc, err := input.Decode(raw, body, resp.Header.Get("Content-Type"), resp.Request.URL.String())
	return urlResult{doc: doc, err: err}
}

// feedOffer is the reader's offer of the feed a page advertises: F
// opens it in the picker, fetched in the background.
func feedOffer(links []input.FeedLink, opt input.Options, st *ui.Styles, opts []ui.Option, stop *stopper) (ui.OfferMsg, string) {
	link := links[0]
	what := link.URL
	if link.Title != "" {
		what = link.Title
	}
	offer := ui.OfferMsg{
		Key: feedKey,
		Open: func() (tea.Model, error) {
			cacheDir, err := feed.DefaultCacheDir()
			if err != nil {
				return nil, err
			}
			f, err := newFetcher(cacheDir, false, opt)
			if err != nil {
				return nil, err
			}
			feeds := []feed.Feed{{URL: link.URL, Name: link.Title}}
			lib, err := library.Open(library.Options{Feeds: feeds, Fetcher: f, NoSamples: true})
			if err != nil {
				return nil, err
			}
			ctx, cancel := context.WithCancel(context.Background())
			stop.add(func() { cancel(); lib.Close(); prune(f, feeds) })
			go lib.Refresh(ctx)
			return ui.NewApp(lib, st, ui.DefaultKeyMap(), ui.ReaderOptions(opts...), ui.WithTitle("factpane feed"),
				ui.WithRefresh(func() { go lib.Refresh(ctx) })), nil
		},
	}
	return offer, "this page offers its feed, " + what + ": F opens it"
}

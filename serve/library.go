package serve

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/charmbracelet/log"

	"github.com/factpane/factpane/feed"
	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
)

// DefaultRefresh is how often --feeds are fetched again.
const DefaultRefresh = 15 * time.Minute

// libraryConfig is what the flags say the library holds.
type libraryConfig struct {
	Dir          string
	OutsideLinks bool
	// Feeds is the feeds file, "" for none; Cache the cache directory.
	Feeds, Cache string
	// Input bounds what is fetched (tests allow loopback addresses).
	Input input.Options
}

// openLibrary opens the served library: the samples, --dir (watched),
// and the items of --feeds, whose refreshing feeds.loop does. What is not
// served is logged, once each.
func openLibrary(cfg libraryConfig, logger *log.Logger) (*library.Library, *feedRefresher, error) {
	opt := library.Options{
		Dir: cfg.Dir, OutsideLinks: cfg.OutsideLinks, Watch: cfg.Dir != "",
		Skipped: func(err error) { logger.Warn("not served", "why", err) },
	}
	var fr *feedRefresher
	if cfg.Feeds != "" {
		feeds, err := feed.LoadList(cfg.Feeds)
		if err != nil {
			if len(feeds) == 0 {
				return nil, nil, err
			}
			logger.Warn("feeds file", "err", err) // the good lines are served
		}
		if cfg.Cache == "" {
			return nil, nil, errors.New("no cache directory for the feeds: give --cache")
		}
		cache, err := feed.OpenCache(cfg.Cache, feed.Limits{})
		if err != nil {
			return nil, nil, fmt.Errorf("the cache %s: %v", input.OneLine(cfg.Cache), err)
		}
		// One Fetcher and one cache for every session: conditional GETs,
		// the per-host bound and the articles are shared.
		fetcher := &feed.Fetcher{Cache: cache, Input: cfg.Input}
		opt.Feeds, opt.Fetcher = feeds, fetcher
		fr = &feedRefresher{path: cfg.Feeds, feeds: feeds, cache: cache, log: logger}
	}
	lib, err := library.Open(opt)
	if err != nil {
		return nil, nil, err
	}
	if fr != nil {
		fr.lib = lib
	}
	return lib, fr, nil
}

// feedRefresher keeps a library's feeds fresh for every session.
type feedRefresher struct {
	path  string
	feeds []feed.Feed
	cache *feed.Cache
	lib   *library.Library
	log   *log.Logger
}

// loop refreshes the feeds now and every interval until ctx is done:
// it reads the feeds file again (an edit adds or drops feeds without a
// restart; a file that cannot be read keeps the feeds it had), fetches
// them all, logs the failures and bounds the cache.
func (r *feedRefresher) loop(ctx context.Context, interval time.Duration) {
	for {
		r.once(ctx)
		select {
		case <-ctx.Done():
			return
		case <-time.After(interval):
		}
	}
}

func (r *feedRefresher) once(ctx context.Context) {
	if feeds, err := feed.LoadList(r.path); len(feeds) > 0 {
		if err != nil {
			r.log.Warn("feeds file", "err", err)
		}
		r.feeds = feeds
		r.lib.SetFeeds(feeds)
	} else if err != nil {
		r.log.Warn("feeds file: keeping the feeds it had", "err", err)
	}
	start := time.Now()
	r.lib.Refresh(ctx)
	if ctx.Err() != nil {
		return
	}
	failed := r.lib.FeedErrors()
	for _, msg := range failed {
		r.log.Warn("feed not fetched", "why", msg)
	}
	pruned, err := r.cache.Prune(r.feeds)
	if err != nil {
		r.log.Warn("cache", "err", err)
	}
	r.log.Info("fetched the feeds", "feeds", len(r.feeds), "failed", len(failed),
		"took", time.Since(start).Round(time.Millisecond), "pruned", pruned)
}

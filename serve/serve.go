// Package serve serves the factpane reader over SSH with wish: a library
// picker and the reader for terminal sessions, and plain one-shot lookups
// (list, facts NAME, json NAME) for scripts.
package serve

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/factpane/factpane/cmdline"
	"github.com/factpane/factpane/feed"
)

const usage = `Usage: factpane serve [flags]

Serve the factpane reader over SSH: the embedded sample articles, the
articles in --dir (.txt, .md, .html), known by their file names without the
extension, and the items of the feeds in --feeds, known by their titles.
The library is live: files added to, changed in or removed from --dir, and
each refresh of the feeds (every --refresh), show in the picker and the
commands without a restart.

  ssh -p 2222 HOST                  the library picker (enter reads, ⌫ returns)
  ssh -t -p 2222 HOST NAME          read the article NAME (or number N of list)
  ssh -p 2222 HOST list             the library newest first (list --feed F 20: F's newest 20)
  ssh -p 2222 HOST facts NAME|N     the plain fact sheet of an article
  ssh -p 2222 HOST json NAME|N      its facts as JSON (as factpane --json)
  ssh -p 2222 HOST people           everyone the library names, and where
  ssh -p 2222 HOST figures KIND     every figure of a kind (casualties, killed,
                                    arrests, money, ...) with its article

Without --authorized-keys anyone who can reach the port can read the library
(it is read-only: clients can read articles and nothing else).

The host key is generated on first start (ed25519, mode 0600) and reused
after; by default it is %s.

Flags:
`

// Main runs `factpane serve` with its arguments and returns the exit
// status: 0 after a clean shutdown, 1 when the server cannot start, 2 for
// bad flags. SIGINT or SIGTERM shuts it down.
func Main(args []string, stdout, stderr io.Writer) int {
	sigs := make(chan os.Signal, 2)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	defer signal.Stop(sigs)
	return serveMain(args, stdout, stderr, sigs)
}

// serveMain is Main, shut down by what arrives on sigs.
func serveMain(args []string, stdout, stderr io.Writer, sigs <-chan os.Signal) int {
	defaultKey, keyErr := DefaultHostKeyPath()
	fs := flag.NewFlagSet("factpane serve", flag.ContinueOnError)
	listen := fs.String("listen", DefaultListen, "`address` to listen on")
	hostKey := fs.String("host-key", defaultKey, "host key `path` (ed25519, generated if missing)")
	dir := fs.String("dir", "", "`directory` of articles to serve beside the samples")
	outsideLinks := fs.Bool("outside-links", false, "also serve files that symbolic links in --dir point to outside it")
	feedsFile := fs.String("feeds", "", "feeds `file` (factpane feeds' format) whose items to serve, fetched every --refresh")
	refresh := fs.Duration("refresh", DefaultRefresh, "how often to fetch the --feeds again")
	defaultCache, _ := feed.DefaultCacheDir()
	cacheDir := fs.String("cache", defaultCache, "cache `directory` for --feeds' feeds and articles")
	authKeys := fs.String("authorized-keys", "", "authorized_keys `file`: only these keys may connect (default: anyone)")
	maxSessions := fs.Int("max-sessions", DefaultMaxSessions, "most concurrent sessions; the next is refused")
	maxPerAddr := fs.Int("max-per-addr", DefaultMaxPerAddr, "most connections, and most sessions, one address (IPv6: one /64) may hold at once")
	maxStartups := fs.Int("max-startups", DefaultMaxStartups, "most connections logging in at once; past it the oldest is closed to make room")
	theme := newThemeChoice()
	fs.Var(theme, "theme", "background readers draw for: `auto` (the client's FACTPANE_THEME or COLORFGBG, else its terminal's answer), dark or light")
	themeWait := fs.Duration("theme-wait", DefaultThemeWait, "how long --theme auto waits for a terminal to say its background")
	maxCommand := fs.Int("max-command", DefaultMaxCommand, "longest command a client may send, in `bytes`")
	loginGrace := fs.Duration("login-grace", DefaultLoginGrace, "time a connection has to complete its handshake and log in")
	rateLimit := fs.Float64("rate-limit", float64(DefaultRateLimit), "sessions one address (IPv6: one /64) may open per second on average (0: no limit)")
	rateBurst := fs.Int("rate-burst", DefaultRateBurst, "sessions one address may open in a burst, beyond --rate-limit")
	idle := fs.Duration("idle-timeout", DefaultIdleTimeout, "end a session with no input for this long (0: never)")
	maxTime := fs.Duration("max-timeout", DefaultMaxTimeout, "end any session after this long (0: never)")
	hangupGrace := fs.Duration("hangup-grace", DefaultEndGrace, "time a reader told to end has to restore the client's screen before its connection is closed")
	shutdownGrace := fs.Duration("shutdown-grace", DefaultShutdownGrace, "time a shutdown waits for sessions to end before closing them")
	fs.Usage = func() {
		shown := defaultKey
		if shown == "" {
			shown = "under the user's config directory"
		}
		fmt.Fprintf(fs.Output(), usage, shown)
		fs.PrintDefaults()
	}
	if status, done := cmdline.Parse(fs, args, stdout, stderr); done {
		return status
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "factpane serve: unexpected argument %q\n", fs.Arg(0))
		fs.Usage()
		return 2
	}
	if *maxSessions < 1 || *maxPerAddr < 1 || *maxStartups < 1 || *rateBurst < 1 || *maxCommand < 1 {
		fmt.Fprintln(stderr, "factpane serve: --max-sessions, --max-per-addr, --max-startups, --rate-burst and --max-command must be at least 1")
		return 2
	}
	if *refresh < time.Minute {
		fmt.Fprintln(stderr, "factpane serve: --refresh must be at least 1m (feeds are not to be hammered)")
		return 2
	}
	if *idle < 0 || *maxTime < 0 || *loginGrace <= 0 || *themeWait <= 0 || *hangupGrace <= 0 || *shutdownGrace <= 0 || *rateLimit < 0 {
		fmt.Fprintln(stderr, "factpane serve: --login-grace, --theme-wait and the graces must be positive, and the timeouts and --rate-limit not negative")
		return 2
	}
	limit := rate.Limit(*rateLimit)
	if limit == 0 {
		limit = rate.Inf
	}

	logger := log.NewWithOptions(stderr, log.Options{ReportTimestamp: true, Prefix: "factpane"})
	if *hostKey == "" {
		logger.Error("cannot place the host key", "err", keyErr)
		return 1
	}
	lib, feeds, err := openLibrary(libraryConfig{Dir: *dir, OutsideLinks: *outsideLinks, Feeds: *feedsFile, Cache: *cacheDir}, logger)
	if err != nil {
		logger.Error("cannot load the library", "err", err)
		return 1
	}
	defer lib.Close()
	if feeds != nil {
		ctx, cancel := context.WithCancel(context.Background())
		defer cancel()
		go feeds.loop(ctx, *refresh)
	}
	srv, err := New(Config{
		Listen:         *listen,
		HostKeyPath:    *hostKey,
		AuthorizedKeys: *authKeys,
		MaxSessions:    *maxSessions,
		MaxPerAddr:     *maxPerAddr,
		MaxStartups:    *maxStartups,
		LoginGrace:     *loginGrace,
		MaxCommand:     *maxCommand,
		Theme:          theme.String(),
		ThemeWait:      *themeWait,
		RateLimit:      limit,
		RateBurst:      *rateBurst,
		EndGrace:       *hangupGrace,
		IdleTimeout:    *idle,
		MaxTimeout:     *maxTime,
		Logger:         logger,
	}, lib)
	if err != nil {
		logger.Error("cannot start", "err", err)
		return 1
	}
	l, err := net.Listen("tcp", *listen)
	if err != nil {
		logger.Error("cannot listen", "err", err)
		return 1
	}
	return run(srv, l, logger, *hostKey, lib.Len(), *shutdownGrace, sigs)
}

// run serves on l until a signal, then shuts down gracefully; a second
// signal closes everything at once.
func run(srv *Server, l net.Listener, logger *log.Logger, hostKey string, articles int, grace time.Duration, sigs <-chan os.Signal) int {
	served := make(chan error, 1)
	go func() { served <- srv.Serve(l) }()
	// The address bound, not the one asked for: with --listen :0 it is
	// the only way to learn the port.
	bound := l.Addr().String()
	logger.Info("serving", "listen", bound, "articles", articles,
		"host-key", hostKey, "fingerprint", gossh.FingerprintSHA256(srv.HostKey()))
	if srv.Public() {
		logger.Warn("public read-only: anyone who can reach " + bound + " can read the library; pass --authorized-keys FILE to restrict")
	}

	select {
	case err := <-served:
		logger.Error("cannot serve", "err", err)
		return 1
	case sig := <-sigs:
		logger.Info("shutting down: no new connections, ending sessions", "signal", sig.String(),
			"sessions", srv.Sessions(), "wait", grace)
	}
	ctx, cancel := context.WithTimeout(context.Background(), grace)
	defer cancel()
	go func() {
		select {
		case <-sigs:
			logger.Warn("second signal: closing now")
			cancel()
		case <-ctx.Done():
		}
	}()
	start := time.Now()
	if err := srv.Shutdown(ctx); err != nil && !errors.Is(err, ssh.ErrServerClosed) {
		logger.Warn("closed the sessions still open", "err", err)
	}
	logger.Info("stopped", "took", time.Since(start).Round(time.Millisecond))
	return 0
}

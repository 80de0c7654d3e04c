package serve

import (
	"context"
	"errors"
	"fmt"
	"net"
	"time"

	"github.com/charmbracelet/log"
	"github.com/charmbracelet/ssh"
	"github.com/charmbracelet/wish"
	"github.com/charmbracelet/wish/ratelimiter"
	gossh "golang.org/x/crypto/ssh"
	"golang.org/x/time/rate"

	"github.com/factpane/factpane/library"
)

// Config is everything `factpane serve` can be told.
type Config struct {
	// Listen is the TCP address to listen on (":2222").
	Listen string
	// HostKeyPath is the ed25519 host key, generated there on first start.
	HostKeyPath string
	// AuthorizedKeys, when set, is an authorized_keys file: only its keys
	// get in. Empty means a public, read-only reader.
	AuthorizedKeys string
	// MaxSessions caps concurrent sessions; the next is told and refused.
	MaxSessions int
	// MaxPerAddr caps the connections, and the sessions, one address (an
	// IPv4 address, an IPv6 /64) may hold at once, so that one client
	// cannot take every slot.
	MaxPerAddr int
	// MaxStartups caps the connections that may be logging in at once
	// (OpenSSH's MaxStartups); past it the oldest is closed to make room.
	MaxStartups int
	// MaxCommand is the longest command line a client may send, in
	// bytes; a longer one is refused before it is split or looked up.
	MaxCommand int
	// LoginGrace is how long a connection has to complete its handshake
	// and log in (OpenSSH's LoginGraceTime).
	LoginGrace time.Duration
	// IdleTimeout ends a session with no input for this long; 0 for never.
	IdleTimeout time.Duration
	// MaxTimeout ends any session after this long; 0 for never.
	MaxTimeout time.Duration
	// Theme says whether readers draw for a dark or a light background:
	// ThemeAuto (the default), ThemeDark or ThemeLight.
	Theme string
	// ThemeWait is how long ThemeAuto waits for a terminal to answer the
	// background query.
	ThemeWait time.Duration
	// EndGrace is how long a reader told to end (a timeout, a shutdown)
	// has to restore the client's screen before its connection is closed.
	EndGrace time.Duration
	// RateLimit and RateBurst bound how fast one client (an IP, or an
	// IPv6 /64) may open sessions.
	RateLimit rate.Limit
	RateBurst int
	// Logger receives the connect/disconnect log; nil for log.Default().
	Logger *log.Logger
}

// Defaults for the flags and for the limits that have none.
const (
	DefaultListen      = ":2222"
	DefaultMaxSessions = 100
	DefaultMaxPerAddr  = 20
	DefaultMaxStartups = 40
	DefaultLoginGrace  = 20 * time.Second
	// DefaultMaxCommand is far above any command factpane has (the
	// longest is json and an article name).
	DefaultMaxCommand  = 4096
	DefaultIdleTimeout = 15 * time.Minute
	DefaultMaxTimeout  = 2 * time.Hour
	// DefaultShutdownGrace is how long a shutdown waits for sessions to
	// end before closing what is left.
	DefaultShutdownGrace = 30 * time.Second
	// DefaultEndGrace is EndGrace's default: a reader quits in
	// milliseconds unless it is stuck writing to a client that reads
	// nothing.
	DefaultEndGrace = 5 * time.Second
	// One address may open a session every 200 ms on average, in bursts
	// of 20: enough for a class or an office behind one NAT address, not
	// for a flood.
	DefaultRateLimit = rate.Limit(5)
	DefaultRateBurst = 20
	// rateEntries bounds the per-client (addrKey) limiter cache, an LRU.
	rateEntries = 4096
)

// Server is the SSH reader: a library, served to many sessions at once.
type Server struct {
	cfg      Config
	lib      *library.Library
	ssh      *ssh.Server
	log      *log.Logger
	sessions *registry
	gate     *gate
	windows  windows
	hostKey  gossh.PublicKey
	// reach is how the usage text says to connect: "-p 2222 HOST".
	reach string
}

// New builds a server over lib. The host key is read from (or generated
// at) cfg.HostKeyPath. It does not listen yet: call Serve.
func New(cfg Config, lib *library.Library) (*Server, error) {
	if cfg.MaxSessions <= 0 {
		cfg.MaxSessions = DefaultMaxSessions
	}
	if cfg.MaxPerAddr <= 0 {
		cfg.MaxPerAddr = DefaultMaxPerAddr
	}
	if cfg.MaxStartups <= 0 {
		cfg.MaxStartups = DefaultMaxStartups
	}
	if cfg.MaxCommand <= 0 {
		cfg.MaxCommand = DefaultMaxCommand
	}
	if cfg.LoginGrace <= 0 {
		cfg.LoginGrace = DefaultLoginGrace
	}
	if cfg.Theme == "" {
		cfg.Theme = ThemeAuto
	}
	if err := checkTheme(cfg.Theme); err != nil {
		return nil, err
	}
	if cfg.ThemeWait <= 0 {
		cfg.ThemeWait = DefaultThemeWait
	}
	if cfg.EndGrace <= 0 {
		cfg.EndGrace = DefaultEndGrace
	}
	if cfg.RateLimit == 0 {
		cfg.RateLimit = DefaultRateLimit
	}
	if cfg.RateBurst <= 0 {
		cfg.RateBurst = DefaultRateBurst
	}
	if cfg.Listen == "" {
		cfg.Listen = DefaultListen
	}
	logger := cfg.Logger
	if logger == nil {
		logger = log.Default()
	}
	s := &Server{
		cfg:      cfg,
		lib:      lib,
		log:      logger,
		sessions: newRegistry(cfg.MaxSessions, cfg.MaxPerAddr),
		gate:     newGate(cfg.LoginGrace, cfg.MaxStartups, cfg.MaxPerAddr, logger),
		reach:    reach(cfg.Listen),
	}

	signer, created, err := ensureHostKey(cfg.HostKeyPath)
	if err != nil {
		return nil, err
	}
	s.hostKey = signer.PublicKey()
	if created {
		logger.Info("generated a new host key", "path", cfg.HostKeyPath)
	}

	opts := []ssh.Option{
		wish.WithAddress(cfg.Listen),
		func(srv *ssh.Server) error {
			srv.AddHostKey(signer)
			srv.PtyHandler = s.windows.ptyHandler(emulatedPty())
			srv.ConnCallback = s.gate.admit
			srv.ServerConfigCallback = s.gate.serverConfig
			return nil
		},
		// Readers time out on their own first (see watch); these catch the rest.
		wish.WithIdleTimeout(withBackstop(cfg.IdleTimeout)),
		wish.WithMaxTimeout(withBackstop(cfg.MaxTimeout)),
		// Composed first to last, so the last runs first: the log sees
		// every session, refused ones included, and the limits run before
		// any work is done for a session.
		wish.WithMiddleware(
			s.runReader,
			s.dispatch,
			s.limitSessions,
			ratelimiter.Middleware(newSessionRate(cfg.RateLimit, cfg.RateBurst, rateEntries)),
			s.logSessions,
		),
	}
	if cfg.AuthorizedKeys != "" {
		keys, err := loadAuthorizedKeys(cfg.AuthorizedKeys)
		if err != nil {
			return nil, err
		}
		opts = append(opts, wish.WithPublicKeyAuth(allowKeys(keys)))
	} else {
		opts = append(opts,
			wish.WithPublicKeyAuth(allowAnyKey),
			wish.WithKeyboardInteractiveAuth(allowAnyone))
	}
	s.ssh, err = wish.NewServer(opts...)
	if err != nil {
		return nil, err
	}
	return s, nil
}

// HostKey is the server's public host key (for logs and known_hosts).
func (s *Server) HostKey() gossh.PublicKey { return s.hostKey }

// Public reports whether anyone may connect (no --authorized-keys).
func (s *Server) Public() bool { return s.cfg.AuthorizedKeys == "" }

// Serve serves connections accepted on l until Shutdown or Close; it
// then returns ssh.ErrServerClosed.
func (s *Server) Serve(l net.Listener) error {
	s.reach = reach(l.Addr().String())
	return s.ssh.Serve(l)
}

// Shutdown stops accepting connections, ends every reader session (each
// is told why after its screen is restored), lets one-shot commands finish
// and waits for the sessions to end until ctx is done. Connections left
// without a session (a multiplexing client keeps its connection) are then
// closed, as is everything still open when ctx is done.
func (s *Server) Shutdown(ctx context.Context) error {
	done := make(chan error, 1)
	go func() { done <- s.ssh.Shutdown(ctx) }()
	s.sessions.close()
	if err := s.sessions.waitIdle(ctx); err != nil {
		s.ssh.Close()
		<-done
		return err
	}
	s.ssh.Close()
	if err := <-done; err != nil && !errors.Is(err, ssh.ErrServerClosed) &&
		!errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled) {
		return err
	}
	return nil
}

// Close closes the listener and every connection at once.
func (s *Server) Close() error {
	s.sessions.close()
	return s.ssh.Close()
}

// Sessions is the number of sessions in progress.
func (s *Server) Sessions() int { return s.sessions.count() }

// hangUp closes sess's connection (and so every session on it): the way
// to end a session whose goroutines are blocked on the client.
func (s *Server) hangUp(sess *session) {
	conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
	if !ok {
		return
	}
	s.log.Warn("closed the connection of a reader that did not end", "addr", sess.RemoteAddr().String(), "grace", s.cfg.EndGrace)
	conn.Close()
}

// withBackstop is d plus the backstop; 0 (no limit) stays 0.
func withBackstop(d time.Duration) time.Duration {
	if d <= 0 {
		return 0
	}
	return d + backstop
}

// reach turns the listen address into the usage text's "-p PORT HOST".
func reach(listen string) string {
	_, port, err := net.SplitHostPort(listen)
	if err != nil || port == "22" || port == "" {
		return "HOST"
	}
	return fmt.Sprintf("-p %s HOST", port)
}

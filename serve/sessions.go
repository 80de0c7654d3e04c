package serve

import (
	"context"
	"errors"
	"fmt"
	"strconv"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"

	"github.com/factpane/factpane/ui"
)

var (
	errFull    = errors.New("the server is full; please try again in a few minutes")
	errClosing = errors.New("the server is shutting down; please reconnect in a moment")
)

// registry counts the sessions in progress and knows the reader programs,
// so a shutdown can end them.
type registry struct {
	mu       sync.Mutex
	max      int
	n        int
	closing  bool
	programs map[*tea.Program]struct{}
	// idle is closed once closing is set and no session is left.
	idle chan struct{}
}

func newRegistry(max int) *registry {
	return &registry{max: max, programs: map[*tea.Program]struct{}{}, idle: make(chan struct{})}
}

// enter admits one more session, or says why not.
func (r *registry) enter() error {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.closing:
		return errClosing
	case r.n >= r.max:
		return errFull
	}
	r.n++
	return nil
}

func (r *registry) leave() {
	r.mu.Lock()
	r.n--
	r.signalIdleLocked()
	r.mu.Unlock()
}

func (r *registry) signalIdleLocked() {
	if r.closing && r.n == 0 {
		select {
		case <-r.idle:
		default:
			close(r.idle)
		}
	}
}

// waitIdle waits, after close, until every session has ended or ctx is done.
func (r *registry) waitIdle(ctx context.Context) error {
	select {
	case <-r.idle:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (r *registry) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.n
}

func (r *registry) isClosing() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.closing
}

// track records a reader program; false once shutting down, so a program
// built during a shutdown is never started.
func (r *registry) track(p *tea.Program) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return false
	}
	r.programs[p] = struct{}{}
	return true
}

func (r *registry) untrack(p *tea.Program) {
	r.mu.Lock()
	delete(r.programs, p)
	r.mu.Unlock()
}

// close refuses new sessions and asks every reader program to quit. Quit
// blocks until a program's loop reads it, so each is asked on its own
// goroutine (one still starting must not hold up the rest).
func (r *registry) close() {
	r.mu.Lock()
	r.closing = true
	r.signalIdleLocked()
	ps := make([]*tea.Program, 0, len(r.programs))
	for p := range r.programs {
		ps = append(ps, p)
	}
	r.mu.Unlock()
	for _, p := range ps {
		go p.Quit()
	}
}

// limitSessions refuses a session past --max-sessions (or during shutdown)
// with a message and exit status 1, at once: a refused client must not hang.
func (s *Server) limitSessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		if err := s.sessions.enter(); err != nil {
			fmt.Fprintf(sess.Stderr(), "factpane: %v\n", err)
			_ = sess.Exit(1)
			return
		}
		defer s.sessions.leave()
		next(sess)
	}
}

// guardKey carries the session's guarded reader model.
const guardKey contextKey = "factpane.guard"

// guard runs a session's reader under ui.Guard: a bug in it ends that
// session only, with the client's terminal restored, where Bubble Tea would
// print a stack trace to the server's stdout and leave the client with no
// word of what happened. The session's Exit (statusSession) then tells the
// client and ends with status 1.
func guard(sess ssh.Session, m tea.Model) *ui.Guarded {
	g := ui.Guard(m)
	sess.Context().SetValue(guardKey, g)
	return g
}

// statusSession remembers the exit status a session ends with, for the log.
// It also reports a reader's fault: the handler that ends a reader session
// knows only that the program ended, so the fault is told and the status
// made 1 here, where every session ends.
type statusSession struct {
	ssh.Session
	mu     sync.Mutex
	status int
}

func (s *statusSession) Exit(code int) error {
	if g, ok := s.Context().Value(guardKey).(*ui.Guarded); ok {
		if err := g.Err(nil); err != nil {
			fmt.Fprintf(s.Stderr(), "factpane: %v\n", err)
			code = max(code, 1)
		}
	}
	s.mu.Lock()
	s.status = code
	s.mu.Unlock()
	return s.Session.Exit(code)
}

// logSessions logs each session's start and end: who (user, address, key
// fingerprint), what (command, terminal) and, at the end, how long it took
// and how it ended. Client-chosen strings are quoted so they cannot forge
// log lines or drive the operator's terminal.
func (s *Server) logSessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		fields := []any{
			"user", printable(sess.User()),
			"addr", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()),
			"command", printable(sess.RawCommand()),
		}
		if pty, _, ok := sess.Pty(); ok {
			fields = append(fields, "term", printable(pty.Term),
				"size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		}
		s.log.Info("connect", fields...)
		ss := &statusSession{Session: sess}
		next(ss)
		ss.mu.Lock()
		status := ss.status
		ss.mu.Unlock()
		s.log.Info("disconnect", append(fields,
			"status", status,
			"duration", time.Since(start).Round(time.Millisecond))...)
	}
}

// printable quotes s when it holds anything but printable characters.
func printable(s string) string {
	q := strconv.QuoteToGraphic(s)
	if q[1:len(q)-1] == s {
		return s
	}
	return q
}

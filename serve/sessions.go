package serve

import (
	"context"
	"errors"
	"fmt"
	"sync"

	"github.com/charmbracelet/ssh"

	"github.com/factpane/factpane/ui"
)

var (
	errFull    = errors.New("the server is full; please try again in a few minutes")
	errClosing = errors.New("the server is shutting down; please reconnect in a moment")
)

// addrFullError refuses a session past the per-address cap.
type addrFullError int

func (n addrFullError) Error() string {
	return fmt.Sprintf("%d sessions from your address are open already; close one and try again", int(n))
}

// session is one SSH session as factpane's middlewares see it: the
// client's session plus what they learn and decide about it on the way.
//
// This state cannot live in sess.Context(): that context belongs to the
// connection, and a client that multiplexes (OpenSSH's ControlMaster) opens
// several sessions on one connection, each of which would overwrite the
// others' values.
type session struct {
	ssh.Session
	// term is the client's terminal; isPty says whether it asked for one.
	term  terminal
	isPty bool
	// open is the article a PTY session asked for ("" for the picker).
	open string
	// app is the reader's model, guard the same under ui.Guard, once
	// built.
	app   *ui.App
	guard *ui.Guarded
	// watch times the reader out, once it runs.
	watch *watch
	// keys is the reader's input.
	keys *keyboard

	mu     sync.Mutex
	status int
}

// Exit ends the session with code, remembered for the log. It also reports
// a reader's fault: the handler that ends a reader session knows only that
// the program ended, so the fault is told and the status made 1 here,
// where every session ends.
func (s *session) Exit(code int) error {
	if s.guard != nil {
		if err := s.guard.Err(nil); err != nil {
			fmt.Fprintf(s.Stderr(), "factpane: %v\n", err)
			code = max(code, 1)
		}
	}
	s.mu.Lock()
	s.status = code
	s.mu.Unlock()
	return s.Session.Exit(code)
}

// Pty is the session's PTY request with the latest window size, without
// the race of charmbracelet/ssh's own Pty (see terminal). Nothing reads
// the window channel it returns: sizes drains the real one.
func (s *session) Pty() (ssh.Pty, <-chan ssh.Window, bool) {
	if !s.isPty {
		return ssh.Pty{}, nil, false
	}
	p := s.term.pty
	p.Window = s.term.sizes.get()
	return p, nil, true
}

// exitStatus is the status the session ended with (0 until it has).
func (s *session) exitStatus() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// sessionOf is the middlewares' view of sess. logSessions, the outermost
// middleware, makes it; the middlewares between pass it on unchanged.
func sessionOf(sess ssh.Session) *session {
	if s, ok := sess.(*session); ok {
		return s
	}
	return &session{Session: sess}
}

// registry counts the sessions in progress and knows the running readers,
// so a shutdown can end them.
type registry struct {
	mu      sync.Mutex
	max     int
	n       int
	perAddr int
	byAddr  map[string]int
	closing bool
	readers map[*session]struct{}
	// idle is closed once closing is set and no session is left.
	idle chan struct{}
}

func newRegistry(max, perAddr int) *registry {
	return &registry{max: max, perAddr: perAddr, byAddr: map[string]int{},
		readers: map[*session]struct{}{}, idle: make(chan struct{})}
}

// enter admits one more session from addr (an addrKey), or says why not.
func (r *registry) enter(addr string) error {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch {
	case r.closing:
		return errClosing
	case r.n >= r.max:
		return errFull
	case r.byAddr[addr] >= r.perAddr:
		return addrFullError(r.byAddr[addr])
	}
	r.n++
	r.byAddr[addr]++
	return nil
}

func (r *registry) leave(addr string) {
	r.mu.Lock()
	r.n--
	if r.byAddr[addr]--; r.byAddr[addr] <= 0 {
		delete(r.byAddr, addr)
	}
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

// track records a session whose reader is about to run; false once
// shutting down, so a reader built during a shutdown is never started.
func (r *registry) track(s *session) bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.closing {
		return false
	}
	r.readers[s] = struct{}{}
	return true
}

func (r *registry) untrack(s *session) {
	r.mu.Lock()
	delete(r.readers, s)
	r.mu.Unlock()
}

// close refuses new sessions and ends every reader.
func (r *registry) close() {
	r.mu.Lock()
	r.closing = true
	r.signalIdleLocked()
	ss := make([]*session, 0, len(r.readers))
	for s := range r.readers {
		ss = append(ss, s)
	}
	r.mu.Unlock()
	for _, s := range ss {
		s.watch.end("")
	}
}

// limitSessions refuses a session past --max-sessions or --max-per-addr
// (or during shutdown)
// with a message and exit status 1, at once: a refused client must not hang.
func (s *Server) limitSessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		addr := addrKey(sess.RemoteAddr())
		if err := s.sessions.enter(addr); err != nil {
			fmt.Fprintf(sess.Stderr(), "factpane: %v\n", err)
			_ = sess.Exit(1)
			return
		}
		defer s.sessions.leave(addr)
		next(sess)
	}
}

package serve

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
)

// runReader is factpane's Bubble Tea middleware: it runs the reader
// program of a PTY session (program returns nil for the rest, which go to
// next) and hands it the client's window sizes.
//
// It stands in for wish's bubbletea middleware, which forwards each
// window change with a blocking Program.Send from the goroutine that reads
// the session's window channel. That channel is fed by the session's
// request loop, which x/crypto's connection loop waits on; so a program
// stuck writing to a client that has stopped reading (no SSH window space)
// stopped the request loop, then the connection loop, which then never
// read the window-adjust that would have freed the write: the session was
// wedged for good, past q, the timeouts and a shutdown (issue 12, item 1).
// Here the window channel is drained from the moment the PTY is granted
// (see sizes), and only the latest size is handed to the program.
func (s *Server) runReader(next ssh.Handler) ssh.Handler {
	return func(raw ssh.Session) {
		sess := sessionOf(raw)
		p := s.program(sess)
		if p == nil {
			next(sess)
			return
		}
		done := make(chan struct{})
		go sess.term.sizes.deliver(p, done)
		go func() {
			select {
			case <-sess.Context().Done(): // the connection is gone
				p.Quit()
			case <-done:
			}
		}()
		if _, err := p.Run(); err != nil && !errors.Is(err, tea.ErrProgramKilled) {
			s.log.Error("reader ended with an error", "addr", sess.RemoteAddr().String(), "err", err)
		}
		// Kill restores the client's terminal if the program crashed, and
		// releases any Send still waiting on it.
		p.Kill()
		sess.keys.Close() // the program's input goroutine may still wait on it
		close(done)
		next(sess)
	}
}

// sizes is a PTY session's window size as the client last reported it.
// drain takes every window change off the session's channel as soon as it
// arrives, so the request loop never waits; deliver hands the program the
// latest size whenever it can take one. A flood of window changes costs a
// store each, and the program sees at most one pending size.
type sizes struct {
	mu     sync.Mutex
	latest ssh.Window
	// fresh holds a token while latest has not been delivered.
	fresh chan struct{}
	// last is when the client last changed the size (unix ns).
	last atomic.Int64
}

func newSizes() *sizes { return &sizes{fresh: make(chan struct{}, 1)} }

func (z *sizes) put(w ssh.Window) {
	z.last.Store(time.Now().UnixNano())
	z.mu.Lock()
	z.latest = w
	z.mu.Unlock()
	select {
	case z.fresh <- struct{}{}:
	default:
	}
}

func (z *sizes) get() ssh.Window {
	z.mu.Lock()
	defer z.mu.Unlock()
	return z.latest
}

// drain reads winch until the session's request loop closes it.
func (z *sizes) drain(winch <-chan ssh.Window) {
	for w := range winch {
		z.put(w)
	}
}

// deliver sends p the latest size each time there is a new one, until
// done. Send waits for the program's event loop (or its end), which is
// why this waits here and not in the request loop.
func (z *sizes) deliver(p *tea.Program, done <-chan struct{}) {
	for {
		select {
		case <-done:
			return
		case <-z.fresh:
			w := z.get()
			p.Send(tea.WindowSizeMsg{Width: w.Width, Height: w.Height})
		}
	}
}

// windows keeps each PTY session's terminal and sizes from the moment its
// PTY is granted (the PTY handler runs inside the request loop, before any
// handler) until the handler picks them up.
type windows struct {
	mu sync.Mutex
	m  map[ssh.Session]terminal
}

// terminal is what a PTY session's client said about its terminal.
type terminal struct {
	// pty is the PTY request: TERM and the first window size. It is read
	// from the request loop once; charmbracelet/ssh's Session.Pty reads
	// the window the loop rewrites on every change, a data race.
	pty   ssh.Pty
	sizes *sizes
}

// ptyHandler wraps the emulated-PTY handler: once a PTY is granted, its
// window channel (which holds the initial size, and has room for one more)
// is drained at once. Without this a second window change sent before the
// session's shell or exec request would block the request loop before any
// handler ran, and a window change on a PTY session running a one-shot
// command (which reads no sizes) would do the same.
func (w *windows) ptyHandler(emulate ssh.PtyHandler) ssh.PtyHandler {
	return func(ctx ssh.Context, sess ssh.Session, pty ssh.Pty) (func() error, error) {
		closer, err := emulate(ctx, sess, pty)
		if err != nil {
			return closer, err
		}
		_, winch, _ := sess.Pty() // in the request loop: no race yet
		z := newSizes()
		w.mu.Lock()
		if w.m == nil {
			w.m = map[ssh.Session]terminal{}
		}
		w.m[sess] = terminal{pty: pty, sizes: z}
		w.mu.Unlock()
		go func() {
			z.drain(winch)
			w.mu.Lock()
			delete(w.m, sess)
			w.mu.Unlock()
		}()
		return closer, nil
	}
}

// of is sess's terminal; ok is false for a session without a PTY.
func (w *windows) of(sess ssh.Session) (t terminal, ok bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	t, ok = w.m[sess]
	return t, ok
}

// emulatedPty is charmbracelet/ssh's default PTY handler (a PTY emulated
// over the channel, not a real one: a real one loses window changes).
func emulatedPty() ssh.PtyHandler {
	var srv ssh.Server
	_ = ssh.EmulatePty()(&srv)
	return srv.PtyHandler
}

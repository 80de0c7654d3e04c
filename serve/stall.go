package serve

import (
	"io"
	"sync"
	"time"

	"github.com/charmbracelet/ssh"
	gossh "golang.org/x/crypto/ssh"
)

// stallGuard ends a one-shot command whose client has stopped reading its
// output. Such a command blocks in a write with the SSH window full; the
// connection's own idle timeout does not see it as long as the client
// keeps sending (keepalives, stdin), so without this it would hold its
// session slot until --max-timeout. The bound is the idle timeout, counted
// from the last write that went through, not from the start: a long
// `json` to a slow but reading client is fine.
type stallGuard struct {
	mu    sync.Mutex
	timer *time.Timer
	bound time.Duration
}

// guardStalls arms a stallGuard for sess; with no idle timeout it never
// fires.
func (s *Server) guardStalls(sess *session) *stallGuard {
	g := &stallGuard{bound: s.cfg.IdleTimeout}
	if g.bound <= 0 {
		return g
	}
	g.timer = time.AfterFunc(g.bound, func() {
		conn, ok := sess.Context().Value(ssh.ContextKeyConn).(gossh.Conn)
		if !ok {
			return
		}
		s.log.Warn("closed the connection of a command whose client stopped reading", "addr", sess.RemoteAddr().String(), "after", g.bound)
		conn.Close()
	})
	return g
}

// writer passes writes to w, restarting the guard's clock after each.
func (g *stallGuard) writer(w io.Writer) io.Writer {
	if g.timer == nil {
		return w
	}
	return writerFunc(func(p []byte) (int, error) {
		n, err := w.Write(p)
		g.mu.Lock()
		if g.timer != nil {
			g.timer.Reset(g.bound)
		}
		g.mu.Unlock()
		return n, err
	})
}

// stop disarms the guard once the command has returned.
func (g *stallGuard) stop() {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.timer != nil {
		g.timer.Stop()
		g.timer = nil
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

package serve

import (
	"fmt"
	"strconv"
	"time"

	"github.com/charmbracelet/ssh"
)

// logSessions logs each session's start and end: who (user, address, key
// fingerprint), what (command, terminal) and, at the end, how long it took
// and how it ended. Client-chosen strings are quoted so they cannot forge
// log lines or drive the operator's terminal.
//
// It is the outermost middleware, so it also makes the session the others
// see (sessionOf).
func (s *Server) logSessions(next ssh.Handler) ssh.Handler {
	return func(sess ssh.Session) {
		start := time.Now()
		ss := &session{Session: sess}
		ss.term, ss.isPty = s.windows.of(sess)
		fields := []any{
			"user", printable(sess.User()),
			"addr", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()),
			"command", printable(sess.RawCommand()),
		}
		if pty, _, ok := ss.Pty(); ok {
			fields = append(fields, "term", printable(pty.Term),
				"size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		}
		s.log.Info("connect", fields...)
		next(ss)
		s.log.Info("disconnect", append(fields,
			"status", ss.exitStatus(),
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

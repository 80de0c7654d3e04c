package serve

import (
	"fmt"
	"strconv"
	"time"

	"github.com/charmbracelet/ssh"

	"github.com/factpane/factpane/input"
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
			"user", clipped(sess.User()),
			"addr", sess.RemoteAddr().String(),
			"key", fingerprint(sess.PublicKey()),
			"command", clipped(sess.RawCommand()),
		}
		if pty, _, ok := ss.Pty(); ok {
			fields = append(fields, "term", clipped(pty.Term),
				"size", fmt.Sprintf("%dx%d", pty.Window.Width, pty.Window.Height))
		}
		s.log.Info("connect", fields...)
		next(ss)
		s.log.Info("disconnect", append(fields,
			"status", ss.exitStatus(),
			"duration", time.Since(start).Round(time.Millisecond))...)
	}
}

// logClip is how much of a client's string (a command, a user name, a
// TERM) the log records: a client can send hundreds of kilobytes.
const logClip = 200

// clipped is s for the log: printable, and cut after logClip bytes with
// its length said.
func clipped(s string) string {
	if len(s) <= logClip {
		return printable(s)
	}
	return printable(input.Cut(s, logClip)) + fmt.Sprintf("…(%d bytes)", len(s))
}

// short is s for a message to the client: printable and at most 80 bytes.
func short(s string) string {
	if len(s) <= 80 {
		return printable(s)
	}
	return printable(input.Cut(s, 77)) + "..."
}

// printable quotes s when it holds anything but printable characters.
func printable(s string) string {
	q := strconv.QuoteToGraphic(s)
	if q[1:len(q)-1] == s {
		return s
	}
	return q
}

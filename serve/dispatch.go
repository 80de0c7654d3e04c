package serve

import (
	"errors"
	"fmt"
	"io"
	"runtime/debug"

	"github.com/charmbracelet/ssh"
)

// dispatch decides what a session is: a one-shot command (printed and
// done, with or without a PTY), or a reader (PTY only), which it hands to
// the next handler, the Bubble Tea middleware.
func (s *Server) dispatch(next ssh.Handler) ssh.Handler {
	return func(raw ssh.Session) {
		sess := sessionOf(raw)
		_, _, isPty := sess.Pty()
		if n := len(sess.RawCommand()); n > s.cfg.MaxCommand {
			// Refused before any work is done on it.
			exit(sess, usageError(sess.Stderr(), s.reach, fmt.Errorf("the command is %d bytes; commands are at most %d", n, s.cfg.MaxCommand)))
			return
		}
		args, err := splitCommand(sess.RawCommand())
		if err != nil {
			exit(sess, usageError(sess.Stderr(), s.reach, fmt.Errorf("cannot read the command %s: %v", short(sess.RawCommand()), err)))
			return
		}
		c, isCmd, err := parseCommand(args)
		switch {
		case err != nil:
			exit(sess, usageError(sess.Stderr(), s.reach, err))
			return
		case isCmd:
			g := s.guardStalls(sess)
			code := s.runCommand(sess, c, g.writer(sess), g.writer(sess.Stderr()))
			g.stop()
			exit(sess, code)
			return
		case len(args) > 1:
			exit(sess, usageError(sess.Stderr(), s.reach, fmt.Errorf("unknown command %s", short(args[0]))))
			return
		case !isPty && len(args) == 0:
			exit(sess, usageError(sess.Stderr(), s.reach, errors.New("the reader needs a terminal: connect with ssh -t, or give a command")))
			return
		case !isPty:
			if _, err := resolve(s.lib.Snapshot(), args[0]); err == nil {
				err = fmt.Errorf("the reader needs a terminal: ssh -t %s %s (or: facts %s)", s.reach, args[0], args[0])
				exit(sess, usageError(sess.Stderr(), s.reach, err))
			} else {
				exit(sess, usageError(sess.Stderr(), s.reach, fmt.Errorf("unknown command %s", short(args[0]))))
			}
			return
		case len(args) == 1:
			e, err := resolve(s.lib.Snapshot(), args[0])
			if err != nil {
				fmt.Fprintln(sess.Stderr(), "factpane:", err)
				exit(sess, 1)
				return
			}
			sess.open = e.Name
		}
		next(sess)
		if sess.app != nil {
			sess.app.Close() // it waits on the library no more
		}
		if sess.watch != nil {
			s.sessions.untrack(sess)
			if why := sess.watch.stop(); why != "" {
				fmt.Fprintf(sess.Stderr(), "factpane: %s\n", why)
			}
		}
		status := 0
		if s.sessions.isClosing() {
			fmt.Fprintf(sess.Stderr(), "factpane: %v\n", errClosing)
			if sess.watch == nil {
				status = 1 // refused: the reader never opened
			}
		}
		// Exit here, not after the middleware returns: a shutdown closes
		// the connection as soon as the last session has left.
		exit(sess, status)
	}
}

// exit ends the session with status code.
func exit(sess ssh.Session, code int) { _ = sess.Exit(code) }

// runCommand runs a one-shot command. A panic in it ends this session
// with one line and status 1, and is logged: on the session's goroutine it
// would otherwise end the whole server (readers have ui.Guard for this).
func (s *Server) runCommand(sess *session, c command, stdout, stderr io.Writer) int {
	return s.survive(sess.RemoteAddr().String(), sess.RawCommand(), stderr, func() int {
		return c.run(sess.Context(), s.lib, s.reach, stdout, stderr)
	})
}

// survive runs run, turning a panic into status 1, a line on stderr and
// the details in the log.
func (s *Server) survive(addr, cmd string, stderr io.Writer, run func() int) (code int) {
	defer func() {
		if r := recover(); r != nil {
			s.log.Error("a command failed", "addr", addr, "command", clipped(cmd),
				"panic", clipped(fmt.Sprint(r)), "stack", string(debug.Stack()))
			fmt.Fprintln(stderr, "factpane: internal error; the server's log has the details")
			code = 1
		}
	}()
	return run()
}

package serve

import (
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"

	"github.com/factpane/factpane/termbg"
	"github.com/factpane/factpane/ui"
)

// program builds the reader for a PTY session: the same ui code as local
// mode, with styles from the client's renderer (its TERM and background,
// never the server's) and keys from a fresh KeyMap. It returns nil, which
// skips the Bubble Tea middleware, for sessions without a PTY (dispatch
// has answered those) and during a shutdown.
func (s *Server) program(sess *session) *tea.Program {
	if _, _, ok := sess.Pty(); !ok || s.sessions.isClosing() {
		return nil
	}
	// The keyboard reads the session for the program, and for the theme's
	// query (see renderer), which must neither hang nor eat keys.
	k := newKeyboard(sess)
	r := s.renderer(sess, k)
	var opts []ui.AppOption
	if sess.open != "" {
		opts = append(opts, ui.WithArticle(sess.open))
	}
	// The reader's own sequences (the clipboard's OSC 52) share the
	// session's output with the renderer, each write whole.
	out := ui.SyncOutput(sessionOutput(sess))
	opts = append(opts, ui.ReaderOptions(ui.WithTerm(sessionTerm(sess, out))))
	sess.app = ui.NewApp(s.lib, ui.DefaultStyles(r), ui.DefaultKeyMap(), opts...)
	app := ui.Guard(sess.app)
	lastInput := func() int64 { return max(k.last.Load(), sess.term.sizes.last.Load()) }
	w := newWatch(s.cfg.IdleTimeout, s.cfg.MaxTimeout, s.cfg.EndGrace, func() { s.hangUp(sess) }, lastInput)
	p := tea.NewProgram(app,
		tea.WithInput(k),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
		// Drops ctrl+z's SuspendMsg: it would stop the server.
		tea.WithFilter(filter),
		// The server handles SIGINT/SIGTERM once for all sessions (a
		// graceful shutdown), not one handler per program.
		tea.WithoutSignalHandler(),
	)
	w.p = p
	app.Attach(p)
	// A bug in the reader ends this session only, with the client's
	// terminal restored, where Bubble Tea would print a stack trace to the
	// server's stdout and leave the client with no word of what happened;
	// the session's Exit tells the client and ends with status 1.
	sess.guard, sess.watch, sess.keys = app, w, k
	if !s.sessions.track(sess) {
		sess.watch = nil
		k.Close()
		return nil
	}
	w.start()
	return p
}

// sessionOutput is where the session's program draws: the session itself
// for the emulated PTY (the server's), the PTY for an allocated one.
func sessionOutput(sess ssh.Session) io.Writer {
	if pty, _, ok := sess.Pty(); ok && !sess.EmulatedPty() && pty.Slave != nil {
		return pty.Slave
	}
	return sess
}

// sessionTerm is what the client's terminal offers the reader, as far as
// the session tells (its TERM and the variables the client sent): the
// clipboard through OSC 52, written to out, and hyperlinks where the
// terminal is known to show them. Never suspending: ctrl+z would stop
// the server.
func sessionTerm(sess ssh.Session, out io.Writer) ui.Term {
	env := map[string]string{}
	for _, kv := range sess.Environ() {
		if k, v, ok := strings.Cut(kv, "="); ok {
			env[k] = v
		}
	}
	if pty, _, ok := sess.Pty(); ok {
		env["TERM"] = pty.Term
	}
	getenv := func(k string) string { return env[k] }
	return ui.Term{Copy: ui.Clipboard(out, termbg.Multiplexer(getenv)), Hyperlinks: ui.Hyperlinks(getenv)}
}

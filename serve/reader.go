package serve

import (
	"io"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"

	"github.com/factpane/factpane/termbg"
	"github.com/factpane/factpane/ui"
)

// program builds the reader for a PTY session: the same ui code as local
// mode, with styles from the client's renderer (its TERM and background,
// never the server's) and keys from a fresh KeyMap. It returns nil, which
// skips the Bubble Tea middleware, for sessions without a PTY (dispatch
// has answered those) and during a shutdown.
func (s *Server) program(sess ssh.Session) *tea.Program {
	if _, _, ok := sess.Pty(); !ok || s.sessions.isClosing() {
		return nil
	}
	// MakeRenderer asks the client's terminal for its background (OSC 11
	// + DA1, up to 1 s on an emulated PTY) so adaptive colours suit it.
	r := bm.MakeRenderer(sess)
	var opts []ui.AppOption
	if name, _ := sess.Context().Value(openKey).(string); name != "" {
		opts = append(opts, ui.WithArticle(name))
	}
	// The reader's own sequences (the clipboard's OSC 52) share the
	// session's output with the renderer, each write whole.
	out := ui.SyncOutput(sessionOutput(sess))
	opts = append(opts, ui.ReaderOptions(ui.WithTerm(sessionTerm(sess, out))))
	app := guard(sess, ui.NewApp(s.lib.Entries(), ui.DefaultStyles(r), ui.DefaultKeyMap(), opts...))
	w := newWatch(s.cfg.IdleTimeout, s.cfg.MaxTimeout)
	p := tea.NewProgram(app, append(bm.MakeOptions(sess),
		tea.WithOutput(out),
		tea.WithAltScreen(),
		tea.WithMouseCellMotion(),
		// Drops ctrl+z's SuspendMsg (it would stop the server) and times
		// the session out gracefully.
		tea.WithFilter(w.filter),
		// The server handles SIGINT/SIGTERM once for all sessions (a
		// graceful shutdown), not one handler per program.
		tea.WithoutSignalHandler(),
	)...)
	app.Attach(p)
	if !s.sessions.track(p) {
		return nil
	}
	sess.Context().SetValue(programKey, p)
	sess.Context().SetValue(watchKey, w)
	w.start(p)
	return p
}

// programOf is the session's reader program, if it got one.
func programOf(sess ssh.Session) (*tea.Program, bool) {
	p, ok := sess.Context().Value(programKey).(*tea.Program)
	return p, ok
}

// watchOf is the session's timeout watch, if it got a program.
func watchOf(sess ssh.Session) (*watch, bool) {
	w, ok := sess.Context().Value(watchKey).(*watch)
	return w, ok
}

// sessionOutput is where the session's program draws: the session itself
// for the emulated PTY, the PTY for an allocated one (as bm.MakeOptions
// chooses).
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

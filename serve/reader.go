package serve

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/ssh"
	bm "github.com/charmbracelet/wish/bubbletea"

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
	app := guard(sess, ui.NewApp(s.lib.Entries(), ui.DefaultStyles(r), ui.DefaultKeyMap(), opts...))
	w := newWatch(s.cfg.IdleTimeout, s.cfg.MaxTimeout)
	p := tea.NewProgram(app, append(bm.MakeOptions(sess),
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

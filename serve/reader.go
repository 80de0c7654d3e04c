package serve

import (
	tea "github.com/charmbracelet/bubbletea"
	bm "github.com/charmbracelet/wish/bubbletea"

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
	// MakeRenderer asks the client's terminal for its background (OSC 11
	// + DA1, up to 1 s on an emulated PTY) so adaptive colours suit it.
	r := bm.MakeRenderer(sess)
	var opts []ui.AppOption
	if sess.open != "" {
		opts = append(opts, ui.WithArticle(sess.open))
	}
	app := ui.Guard(ui.NewApp(s.lib.Entries(), ui.DefaultStyles(r), ui.DefaultKeyMap(), opts...))
	w := newWatch(s.cfg.IdleTimeout, s.cfg.MaxTimeout, s.cfg.EndGrace, func() { s.hangUp(sess) })
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
	w.p = p
	app.Attach(p)
	// A bug in the reader ends this session only, with the client's
	// terminal restored, where Bubble Tea would print a stack trace to the
	// server's stdout and leave the client with no word of what happened;
	// the session's Exit tells the client and ends with status 1.
	sess.guard, sess.watch = app, w
	if !s.sessions.track(sess) {
		sess.watch = nil
		return nil
	}
	w.start()
	return p
}

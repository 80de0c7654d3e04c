package serve

import (
	tea "github.com/charmbracelet/bubbletea"

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
	app := ui.Guard(ui.NewApp(s.lib.Entries(), ui.DefaultStyles(r), ui.DefaultKeyMap(), opts...))
	lastInput := func() int64 { return max(k.last.Load(), sess.term.sizes.last.Load()) }
	w := newWatch(s.cfg.IdleTimeout, s.cfg.MaxTimeout, s.cfg.EndGrace, func() { s.hangUp(sess) }, lastInput)
	p := tea.NewProgram(app,
		tea.WithInput(k),
		tea.WithOutput(sess),
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

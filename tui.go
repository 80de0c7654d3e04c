package main

import (
	"context"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/termbg"
	"github.com/factpane/factpane/ui"
)

// screen is the local terminal the reader runs in.
type screen struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// dark is the terminal's background (see darkBackground).
	dark bool
	// getenv reads the environment the terminal is known by.
	getenv func(string) string
	// opts are what the command line asks of every reader (the tour).
	opts []ui.Option
}

// term is what the local terminal offers the reader, writing its own
// sequences to out, the program's output.
func (sc screen) term(out io.Writer) ui.Term {
	mux := termbg.Multiplexer(sc.getenv)
	osc52 := ui.Clipboard(out, mux)
	cp := osc52
	if sc.getenv("TMUX") != "" {
		// tmux drops a program's OSC 52 unless its set-clipboard option
		// is on; asked directly, it fills its own buffer and (-w, tmux
		// 3.2 on) the terminal's clipboard whatever that option says.
		cp = func(text string) error {
			err := osc52(text)
			cmd := exec.Command("tmux", "load-buffer", "-w", "-")
			cmd.Stdin = strings.NewReader(text)
			_ = cmd.Run() // at best: OSC 52 went out either way
			return err
		}
	}
	return ui.Term{Copy: cp, Hyperlinks: ui.Hyperlinks(sc.getenv), Suspend: true}
}

// runTUI starts the interactive reader on doc at once, with its text;
// its facts are found meanwhile and fill the sidebar when they are (a 10
// MB article takes a second). When doc is the file at path, it then
// reloads it whenever the file changes on disk. (doc.Source is made safe
// to show, so it is not always the path.)
func runTUI(path string, opt input.Options, doc input.Doc, sc screen) int {
	return runModel(func(st *ui.Styles, opts []ui.Option) tea.Model {
		return textFirst(doc, st, opts)
	}, func(p *tea.Program) (stop func()) {
		var mu sync.Mutex
		ended := false
		var unwatch func()
		go func() {
			deliver(p.Send, contentMsg)(doc, true)
			if !watchable(path) {
				return
			}
			// Watched from now on: a reload must not come before the
			// first extraction and be overwritten by it.
			mu.Lock()
			defer mu.Unlock()
			if ended {
				return
			}
			reload := deliver(p.Send, contentMsg)
			var err error
			unwatch, err = input.Watch(path, opt, func(doc input.Doc) { reload(doc, true) })
			if err != nil {
				p.Send(ui.NoticeMsg{Text: "not watching for changes: " + err.Error()})
			}
		}()
		return func() {
			mu.Lock()
			defer mu.Unlock()
			ended = true
			if unwatch != nil {
				unwatch()
			}
		}
	}, sc)
}

// textFirst is a reader showing doc's text, its facts still to come.
func textFirst(doc input.Doc, st *ui.Styles, opts []ui.Option) *ui.Reader {
	d := ui.Doc{Article: library.Describe(doc), Text: doc.Text}
	r := ui.NewReader(d, st, ui.DefaultKeyMap(), opts...)
	r.Update(ui.ContentMsg{Doc: d, Done: true, FactsPending: true})
	return r
}

// runFetchTUI opens the reader at once on a URL still being fetched: it
// says what it is fetching beside a spinner, answers keys meanwhile, and
// q cancels the fetch. A page's text is shown when it comes, then its
// facts (and F opens the feed it advertises, if it does); a feed's items
// open in the library. A fetch that fails ends the reader with the
// reason, as it would have before the reader opened.
func runFetchTUI(url string, opt input.Options, offline bool, sc screen) int {
	failed := make(inputFailure, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stop stopper
	defer stop.run()
	source := input.Sanitize(url)
	// The styles and reader options the program is built with, for the
	// models that replace the first.
	var st *ui.Styles
	var ropts []ui.Option
	status := runModel(func(s *ui.Styles, opts []ui.Option) tea.Model {
		st, ropts = s, opts
		waiting := ui.Doc{Article: model.Article{Source: source, URL: source, Figures: []model.Figure{}, People: []model.Person{}}}
		r := ui.NewReader(waiting, st, ui.DefaultKeyMap(), opts...)
		what := "fetching " + source
		if offline {
			what = "looking in the cache for " + source
		}
		r.Update(ui.LoadingMsg{What: what})
		return ui.NewSwap(r)
	}, func(p *tea.Program) func() {
		go func() {
			defer ui.Recover(p.Send)
			res := openURL(ctx, url, opt, offline, 0)
			if res.lib != nil {
				stop.add(res.lib.Close)
			}
			switch {
			case ctx.Err() != nil:
				return // the reader was quit: nothing to say
			case res.err != nil:
				failed.fail(p, res.err)
				return
			case res.lib != nil:
				lib := res.lib
				p.Send(ui.SwapMsg{Model: ui.NewApp(lib, st, ui.DefaultKeyMap(), ui.ReaderOptions(ropts...),
					ui.WithTitle("factpane feed"), ui.WithRefresh(func() { go lib.Refresh(ctx) }))})
				return
			}
			doc := res.doc
			text := ui.Doc{Article: library.Describe(doc), Text: doc.Text}
			p.Send(ui.ContentMsg{Doc: text, Done: true, FactsPending: true})
			if len(doc.Feeds) > 0 && !offline {
				offer, notice := feedOffer(doc.Feeds, opt, st, ropts, &stop)
				p.Send(offer)
				p.Send(ui.NoticeMsg{Text: notice})
			}
			p.Send(contentMsg(doc, true))
		}()
		return cancel // the program ended: the fetch, if still going, too
	}, sc)
	return failed.exit(status, sc.stderr)
}

// feedKey opens the feed a page advertises.
var feedKey = key.NewBinding(key.WithKeys("F"), key.WithHelp("F", "open the page's feed"))

// stopper gathers what to stop once the program has ended: libraries
// opened while it ran.
type stopper struct {
	mu    sync.Mutex
	funcs []func()
	done  bool
}

// add registers f, or runs it now when the end has come.
func (s *stopper) add(f func()) {
	s.mu.Lock()
	if s.done {
		s.mu.Unlock()
		f()
		return
	}
	s.funcs = append(s.funcs, f)
	s.mu.Unlock()
}

func (s *stopper) run() {
	s.mu.Lock()
	funcs := s.funcs
	s.funcs, s.done = nil, true
	s.mu.Unlock()
	for _, f := range funcs {
		f()
	}
}

// runStreamTUI opens the reader at once on an article still arriving on
// stdin and fills the article and the sidebar in as its text comes. An
// input that turns out not to be an article ends the program with the
// reason, as it would have before the reader opened.
func runStreamTUI(opt input.Options, sc screen) int {
	failed := make(inputFailure, 1)
	status := runModel(func(st *ui.Styles, opts []ui.Option) tea.Model {
		// Nothing has arrived: no facts to look for yet.
		empty := ui.Doc{Article: model.Article{Source: "-", Figures: []model.Figure{}, People: []model.Person{}}}
		reader := ui.NewReader(empty, st, ui.DefaultKeyMap(), opts...)
		reader.Update(ui.ContentMsg{Doc: empty}) // "loading…" until the end
		return reader
	}, func(p *tea.Program) func() {
		go func() {
			err := input.Stream("-", sc.stdin, opt, deliver(p.Send, contentMsg))
			if err != nil {
				failed.fail(p, err)
			}
		}()
		return nil
	}, sc)
	return failed.exit(status, sc.stderr)
}

// inputFailure carries why a reader's input failed out of the program
// that was showing it, to be said once the terminal is restored.
type inputFailure chan error

// fail records err and ends the program.
func (f inputFailure) fail(p *tea.Program, err error) {
	f <- err
	p.Quit()
}

// exit is the program's exit status, or 1 after saying why its input
// failed.
func (f inputFailure) exit(status int, stderr io.Writer) int {
	select {
	case err := <-f:
		complain(stderr, "", err)
		return 1
	default:
		return status
	}
}

// deliver returns what a goroutine feeding the reader calls with each
// version of the article: it builds the message with msg (the extraction,
// on the caller's goroutine) and sends it. A panic there is sent as a
// fault instead: off the UI's goroutine it would escape every recover and
// end the process with the terminal in the reader's modes.
func deliver(send func(tea.Msg), msg func(input.Doc, bool) ui.ContentMsg) func(input.Doc, bool) {
	return func(doc input.Doc, done bool) {
		defer ui.Recover(send)
		send(msg(doc, done))
	}
}

// contentMsg extracts doc's facts off the UI goroutine and wraps them for
// the reader, which swaps them in keeping its place.
func contentMsg(doc input.Doc, done bool) ui.ContentMsg {
	return ui.ContentMsg{Doc: ui.Doc{Article: library.Extract(doc), Text: doc.Text}, Done: done}
}

// runLibraryTUI shows a directory's articles in the picker; enter opens
// one, and the library key returns to the list.
func runLibraryTUI(lib *library.Library, sc screen) int {
	return runModel(func(st *ui.Styles, opts []ui.Option) tea.Model {
		return ui.NewApp(lib, st, ui.DefaultKeyMap(), ui.ReaderOptions(opts...))
	}, nil, sc)
}

// runModel runs the model newModel builds (with styles for sc's terminal
// and background, and reader options for what it offers) full screen
// under ui.Guard, and returns the exit status, reporting a fault or an
// error on stderr. start, when given, starts the work that feeds the
// program from other goroutines; the stop it returns (nil for none) is
// called once the program has ended.
func runModel(newModel func(*ui.Styles, []ui.Option) tea.Model, start func(*tea.Program) (stop func()), sc screen) int {
	r := lipgloss.NewRenderer(sc.stdout)
	r.SetHasDarkBackground(sc.dark)
	// The program and the reader's own sequences (the clipboard) share
	// the output, each write whole.
	out := ui.SyncOutput(sc.stdout)
	m := newModel(ui.DefaultStyles(r), append([]ui.Option{ui.WithTerm(sc.term(out))}, sc.opts...))
	return runProgram(m, start, sc.stderr, programOptions(sc.stdin, out)...)
}

// runProgram is runModel with the program's options given (a test runs it
// without a terminal).
func runProgram(m tea.Model, start func(*tea.Program) (stop func()), stderr io.Writer, opts ...tea.ProgramOption) int {
	g := ui.Guard(m)
	p := tea.NewProgram(g, opts...)
	g.Attach(p)
	if start != nil {
		if stop := start(p); stop != nil {
			defer stop()
		}
	}
	_, err := p.Run()
	if err := g.Err(err); err != nil {
		complain(stderr, "", err)
		return 1
	}
	return 0
}

// programOptions runs the UI full-screen with the mouse, reading keys from
// the terminal even when the article came down a pipe.
func programOptions(stdin io.Reader, stdout io.Writer) []tea.ProgramOption {
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(stdout)}
	if isTerminal(stdin) {
		return append(opts, tea.WithInput(stdin))
	}
	return append(opts, tea.WithInputTTY())
}

// watchable reports whether source names a regular file on disk, not
// stdin, an embedded sample or a URL.
func watchable(source string) bool {
	if source == "" || source == "-" || strings.HasPrefix(source, "sample:") {
		return false
	}
	st, err := os.Stat(source)
	return err == nil && st.Mode().IsRegular()
}

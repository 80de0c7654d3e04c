package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/fsnotify/fsnotify"

	"github.com/factpane/factpane/input"
	"github.com/factpane/factpane/library"
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/ui"
)

// runTUI starts the interactive reader on doc and, when doc is the file
// at path, reloads it whenever the file changes on disk. (doc.Source is
// made safe to show, so it is not always the path.)
func runTUI(path string, opt input.Options, doc input.Doc, a model.Article, stdin io.Reader, stdout, stderr io.Writer) int {
	styles := ui.DefaultStyles(lipgloss.NewRenderer(stdout))
	reader := ui.NewReader(ui.Doc{Article: a, Text: doc.Text}, styles, ui.DefaultKeyMap())
	p, g := newProgram(reader, stdin, stdout)

	if watchable(path) {
		stop, err := watchFile(path, opt, func(m ui.ContentMsg) { p.Send(m) })
		if err != nil {
			complain(stderr, "not watching for changes: ", err)
		} else {
			defer stop()
		}
	}
	_, err := p.Run()
	return g.status(err, stderr)
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

// runStreamTUI opens the reader at once on an article still arriving on
// stdin and fills the article and the sidebar in as its text comes. An
// input that turns out not to be an article ends the program with the
// reason, as it would have before the reader opened.
func runStreamTUI(stdin io.Reader, opt input.Options, stdout, stderr io.Writer) int {
	styles := ui.DefaultStyles(lipgloss.NewRenderer(stdout))
	empty := ui.Doc{Article: library.Extract(input.Doc{Source: "-"})}
	reader := ui.NewReader(empty, styles, ui.DefaultKeyMap())
	reader.Update(ui.ContentMsg{Doc: empty}) // "loading…" until the end
	p, g := newProgram(reader, stdin, stdout)
	failed := make(chan error, 1)
	go func() {
		err := input.Stream("-", stdin, opt, func(doc input.Doc, done bool) {
			p.Send(contentMsg(doc, done))
		})
		if err != nil {
			failed <- err
			p.Quit()
		}
	}()
	_, err := p.Run()
	select {
	case err := <-failed:
		complain(stderr, "", err)
		return 1
	default:
	}
	return g.status(err, stderr)
}

// contentMsg extracts doc's facts off the UI goroutine and wraps them for
// the reader, which swaps them in keeping its place.
func contentMsg(doc input.Doc, done bool) ui.ContentMsg {
	return ui.ContentMsg{Doc: ui.Doc{Article: library.Extract(doc), Text: doc.Text}, Done: done}
}

// runLibraryTUI shows a directory's articles in the picker; enter opens
// one, and the library key returns to the list.
func runLibraryTUI(lib *library.Library, stdin io.Reader, stdout, stderr io.Writer) int {
	styles := ui.DefaultStyles(lipgloss.NewRenderer(stdout))
	app := ui.NewApp(lib.Entries(), styles, ui.DefaultKeyMap())
	p, g := newProgram(app, stdin, stdout)
	_, err := p.Run()
	return g.status(err, stderr)
}

// newProgram runs m under a guard, full-screen.
func newProgram(m tea.Model, stdin io.Reader, stdout io.Writer) (*tea.Program, *guard) {
	g := &guard{m: m}
	p := tea.NewProgram(g, programOptions(stdin, stdout)...)
	// Quit from inside Update or View must not wait on the event loop
	// that is running them.
	g.quit = func() { go p.Quit() }
	return p, g
}

// guard turns a panic in the UI's Update or View into a clean exit: the
// terminal restored and one line saying what went wrong, where Bubble Tea
// would print a stack trace. It is a last resort; the UI is fuzzed so that
// it is never needed.
type guard struct {
	m     tea.Model
	quit  func()
	fault error
}

func (g *guard) Init() tea.Cmd { return g.m.Init() }

func (g *guard) Update(msg tea.Msg) (m tea.Model, cmd tea.Cmd) {
	m = g // also after a panic: Bubble Tea views what Update returns
	defer g.recover(&cmd)
	if g.fault != nil {
		return g, nil
	}
	g.m, cmd = g.m.Update(msg)
	return g, cmd
}

func (g *guard) View() (view string) {
	defer g.recover(nil)
	if g.fault != nil {
		return ""
	}
	return g.m.View()
}

func (g *guard) recover(cmd *tea.Cmd) {
	r := recover()
	if r == nil {
		return
	}
	if g.fault == nil {
		g.fault = fmt.Errorf("internal error: %v (please report this)", r)
	}
	if cmd != nil {
		*cmd = tea.Quit
	} else {
		g.quit()
	}
}

// status turns how the program ended (Run's error) into the exit status,
// reporting a fault or an error on stderr.
func (g *guard) status(err error, stderr io.Writer) int {
	switch {
	case g.fault != nil:
		err = g.fault
	case err == nil:
		return 0
	}
	complain(stderr, "", err)
	return 1
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

// reloadDelay lets a burst of events from one save (truncate, write,
// rename, chmod) settle into one reload.
const reloadDelay = 150 * time.Millisecond

// watchFile calls send with the re-read, re-extracted file each time it
// changes, read within opt's limits, until stop is called. It watches the directory, not the file:
// editors save by writing a new file and renaming it over the old one,
// which a watch on the file itself would lose after the first save.
func watchFile(path string, opt input.Options, send func(ui.ContentMsg)) (stop func(), err error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	if err := w.Add(filepath.Dir(abs)); err != nil {
		w.Close()
		return nil, err
	}
	var mu sync.Mutex // one reload at a time, so an older read never lands last
	reload := func() {
		mu.Lock()
		defer mu.Unlock()
		doc, err := input.Load(path, nil, opt) // the limits the user set hold for reloads too
		if err != nil {
			return // mid-save or gone: keep showing what we have
		}
		send(contentMsg(doc, true))
	}
	go func() {
		var timer *time.Timer
		for {
			select {
			case ev, ok := <-w.Events:
				if !ok {
					if timer != nil {
						timer.Stop()
					}
					return
				}
				if filepath.Clean(ev.Name) != abs || ev.Op == fsnotify.Chmod {
					continue
				}
				if timer == nil {
					timer = time.AfterFunc(reloadDelay, reload)
				} else {
					timer.Reset(reloadDelay)
				}
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			}
		}
	}()
	return func() { w.Close() }, nil
}

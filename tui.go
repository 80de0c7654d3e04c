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
	"github.com/factpane/factpane/model"
	"github.com/factpane/factpane/ui"
)

// runTUI starts the interactive reader on doc and, when doc is a file,
// reloads it whenever the file changes on disk.
func runTUI(doc input.Doc, a model.Article, stdin io.Reader, stdout, stderr io.Writer) int {
	styles := ui.DefaultStyles(lipgloss.NewRenderer(stdout))
	reader := ui.NewReader(ui.Doc{Article: a, Text: doc.Text}, styles, ui.DefaultKeyMap())
	opts := []tea.ProgramOption{tea.WithAltScreen(), tea.WithMouseCellMotion(), tea.WithOutput(stdout)}
	if isTerminal(stdin) {
		opts = append(opts, tea.WithInput(stdin))
	} else {
		// The article came down a pipe: keys come from the terminal.
		opts = append(opts, tea.WithInputTTY())
	}
	p := tea.NewProgram(reader, opts...)

	if watchable(doc.Source) {
		stop, err := watchFile(doc.Source, func(m ui.ContentMsg) { p.Send(m) })
		if err != nil {
			fmt.Fprintln(stderr, "factpane: not watching for changes:", err)
		} else {
			defer stop()
		}
	}
	if _, err := p.Run(); err != nil {
		fmt.Fprintln(stderr, "factpane:", err)
		return 1
	}
	return 0
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
// changes, until stop is called. It watches the directory, not the file:
// editors save by writing a new file and renaming it over the old one,
// which a watch on the file itself would lose after the first save.
func watchFile(path string, send func(ui.ContentMsg)) (stop func(), err error) {
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
		doc, err := input.Load(path, nil, input.Options{})
		if err != nil {
			return // mid-save or gone: keep showing what we have
		}
		send(ui.ContentMsg{Doc: ui.Doc{Article: article(doc), Text: doc.Text}, Done: true})
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

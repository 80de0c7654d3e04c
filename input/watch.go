package input

import (
	"fmt"
	"path/filepath"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"
)

// ReloadDelay lets a burst of events from one save (truncate, write,
// rename, chmod) settle into one reload.
const ReloadDelay = 150 * time.Millisecond

// Watch calls fn with the file at path, re-read within opt's limits (the
// limits the user set hold for reloads too), each time it changes, until
// stop is called. A read that fails (mid-save, gone, over the cap) is not
// passed on: the reader keeps showing what it has.
//
// It watches the directory, not the file: editors save by writing a new
// file and renaming it over the old one, which a watch on the file itself
// would lose after the first save.
//
// fn runs on Watch's own goroutine, one call at a time, so an older read
// never lands after a newer one. Once stop returns, fn is not running and
// is never called again (stop may be called more than once): a reload the program has ended before must not
// read and parse the file for nobody.
func Watch(path string, opt Options, fn func(Doc)) (stop func(), err error) {
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
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		timer := time.NewTimer(ReloadDelay)
		timer.Stop()
		// Every way out stops the timer, so no reload is left pending.
		defer timer.Stop()
		for {
			select {
			case <-quit:
				return
			case ev, ok := <-w.Events:
				if !ok {
					return
				}
				if filepath.Clean(ev.Name) == abs && ev.Op != fsnotify.Chmod {
					timer.Reset(ReloadDelay)
				}
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
			case <-timer.C:
				// select picks at random among ready cases: a stop that
				// came as the timer fired must still win
				select {
				case <-quit:
					return
				default:
				}
				if doc, err := reload(path, opt); err == nil {
					fn(doc)
				}
			}
		}
	}()
	var once sync.Once
	return func() {
		once.Do(func() {
			close(quit)
			w.Close()
		})
		<-done
	}, nil
}

// reload reads path again. A panic in the read is a failed read: it runs
// on the watcher's goroutine, where it would otherwise end the process
// with the terminal still in the reader's modes.
func reload(path string, opt Options) (doc Doc, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: internal error: %v", Sanitize(path), r)
		}
	}()
	return Load(path, nil, opt)
}

package library

import (
	"time"

	"github.com/fsnotify/fsnotify"
)

// rescanDelay lets a burst of changes (a save's write, rename and chmod;
// a hundred files copied in) settle into one listing of the directory.
const rescanDelay = 250 * time.Millisecond

// watch lists the directory again after each burst of changes to it,
// until the library is closed. It watches the directory, not its files:
// editors save by writing a new file and renaming it over the old one,
// and new files must be seen too. Files that links in the directory
// point to are not watched: a change to one is seen with the next change
// to the directory.
func (l *Library) watch() error {
	w, err := fsnotify.NewWatcher()
	if err != nil {
		return err
	}
	if err := w.Add(l.opt.Dir); err != nil {
		w.Close()
		return err
	}
	delay := rescanDelay
	if l.opt.rescan > 0 {
		delay = l.opt.rescan
	}
	l.bg.Add(1)
	go func() {
		defer l.bg.Done()
		defer w.Close()
		timer := time.NewTimer(delay)
		timer.Stop()
		defer timer.Stop()
		for {
			select {
			case <-l.ctx.Done():
				return
			case _, ok := <-w.Events:
				if !ok {
					return
				}
				timer.Reset(delay)
			case _, ok := <-w.Errors:
				if !ok {
					return
				}
				// An overflow lost events: list the directory anyway.
				timer.Reset(delay)
			case <-timer.C:
				l.rescan()
			}
		}
	}()
	return nil
}

package serve

import (
	"fmt"
	"sync"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// backstop is how much later than the reader's own timeouts the
// connection-level ones fire. The reader ends first and restores the
// client's screen (alternate screen, mouse mode); the connection limits
// only catch what the reader cannot (one-shot commands, stuck clients).
const backstop = 30 * time.Second

// watch ends a reader session that has had no input for idle, or has
// lasted max, the way q would: Bubble Tea restores the client's terminal
// before the session closes. A bare connection timeout would leave the
// client in the alternate screen with mouse reporting on.
//
// A reader that cannot quit (its program blocked writing to a client that
// reads nothing) is given grace, then its connection is closed (hangUp):
// that fails the blocked write, whatever else is waiting on it.
type watch struct {
	p         *tea.Program
	idle, max time.Duration
	grace     time.Duration
	hangUp    func()
	// lastInput is when the client last sent anything (unix ns): keys,
	// mouse, a window change. It is taken as the input arrives, not as
	// the program reads it, so a busy or starved program never makes an
	// active client look idle.
	lastInput func() int64

	mu      sync.Mutex
	why     string
	ending  bool
	stopped bool
	timers  []*time.Timer
}

// newWatch makes the watch; set p before start. hangUp closes the
// session's connection; lastInput says when the client last sent input.
func newWatch(idle, max, grace time.Duration, hangUp func(), lastInput func() int64) *watch {
	return &watch{idle: idle, max: max, grace: grace, hangUp: hangUp, lastInput: lastInput}
}

// filter is the program's message filter: it drops suspend requests (in
// Bubble Tea v1 a SuspendMsg stops the whole process group: the server,
// not the client).
func filter(_ tea.Model, msg tea.Msg) tea.Msg {
	if _, ok := msg.(tea.SuspendMsg); ok {
		return nil
	}
	return msg
}

// start arms the timers.
func (w *watch) start() {
	w.mu.Lock()
	defer w.mu.Unlock()
	if w.idle > 0 {
		var t *time.Timer
		t = time.AfterFunc(w.idle, func() {
			quiet := time.Since(time.Unix(0, w.lastInput()))
			if quiet >= w.idle {
				w.end(fmt.Sprintf("closed after %v without input", w.idle))
				return
			}
			w.mu.Lock()
			if !w.stopped {
				t.Reset(w.idle - quiet)
			}
			w.mu.Unlock()
		})
		w.timers = append(w.timers, t)
	}
	if w.max > 0 {
		w.timers = append(w.timers, time.AfterFunc(w.max, func() {
			w.end(fmt.Sprintf("closed: sessions last at most %v", w.max))
		}))
	}
}

// end asks the reader to quit, remembering why ("" when the caller says
// why itself, as a shutdown does), and hangs up if it has not ended after
// the grace time. Only the first call counts.
func (w *watch) end(why string) {
	w.mu.Lock()
	if w.stopped || w.ending {
		w.mu.Unlock()
		return
	}
	w.ending = true
	w.why = why
	w.timers = append(w.timers, time.AfterFunc(w.grace, w.hangUp))
	w.mu.Unlock()
	// Quit waits for the event loop; the caller (a timer, a shutdown)
	// must not.
	go w.p.Quit()
}

// stop disarms the timers once the program has ended and says why it
// ended, if a timeout ended it.
func (w *watch) stop() string {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.stopped = true
	for _, t := range w.timers {
		t.Stop()
	}
	return w.why
}

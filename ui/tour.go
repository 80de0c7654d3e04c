package ui

import (
	"strconv"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// DefaultTourDelay is how long the tour stays on each mention.
const DefaultTourDelay = 2500 * time.Millisecond

// tour is the demo tour: it steps through the facts in sidebar order and
// through each fact's mentions, selecting the fact, scrolling to the
// mention and captioning it on the status line, one step per delay. Any
// key or click stops it.
type tour struct {
	on      bool
	pending bool // asked for before the facts were in: starts when they are
	steps   []tourStep
	i       int
	gen     int // ticks of an earlier tour are dropped
}

type tourStep struct{ fact, mention int }

// tourTickMsg moves the tour on. It names the reader whose tour sent it:
// in the library a tick of a reader since closed must not move the next
// reader's tour, whose generations count from the same start.
type tourTickMsg struct {
	owner *Reader
	gen   int
}

// StartTour starts the tour as soon as the reader has its facts.
func StartTour() Option { return func(s *settings) { s.tour = true } }

// WithTourDelay sets the time the tour stays on each mention.
func WithTourDelay(d time.Duration) Option {
	return func(s *settings) {
		if d > 0 {
			s.tourDelay = d
		}
	}
}

func (r *Reader) tourDelay() time.Duration {
	if r.set.tourDelay > 0 {
		return r.set.tourDelay
	}
	return DefaultTourDelay
}

// startTour begins the tour at the first fact, or waits for the facts.
func (r *Reader) startTour() tea.Cmd {
	if r.extracting || r.waiting != "" {
		r.tour.pending = true
		r.notice = "the tour starts when the facts are in"
		return nil
	}
	r.tour.pending = false
	var steps []tourStep
	for i, f := range r.facts {
		for j := range f.spans {
			steps = append(steps, tourStep{i, j})
		}
	}
	if len(steps) == 0 {
		r.notice = "no facts to tour"
		return nil
	}
	r.clearSearch()
	r.showHelp = false
	r.tour = tour{on: true, steps: steps, gen: r.tour.gen + 1}
	r.setFocus(focusSidebar) // the sidebar shows the fact toured
	r.showStep()
	return r.tourTick()
}

func (r *Reader) tourTick() tea.Cmd {
	gen := r.tour.gen
	return tea.Tick(r.tourDelay(), func(time.Time) tea.Msg { return tourTickMsg{r, gen} })
}

// tourNext is a tick: the next step, or the end.
func (r *Reader) tourNext(msg tourTickMsg) tea.Cmd {
	if !r.tour.on || msg.owner != r || msg.gen != r.tour.gen {
		return nil
	}
	r.tour.i++
	if r.tour.i >= len(r.tour.steps) {
		r.stopTour("tour finished: t tours again")
		return nil
	}
	r.showStep()
	return r.tourTick()
}

func (r *Reader) showStep() {
	s := r.tour.steps[r.tour.i]
	if s.fact >= len(r.facts) || s.mention >= len(r.facts[s.fact].spans) {
		// The article changed under the tour: stop rather than guess.
		r.stopTour("tour stopped: the article changed")
		return
	}
	if r.selected != s.fact {
		r.selectFact(s.fact)
	}
	r.setCurrent(s.mention)
}

// stopTour ends the tour, saying why; the selection stays where it was.
func (r *Reader) stopTour(why string) {
	r.tour.on, r.tour.pending = false, false
	r.tour.gen++
	r.notice = why
}

// caption is the status line during a tour: which step, the fact, which
// of its mentions, and how to stop.
func (r *Reader) caption() string {
	s := r.tour.steps[r.tour.i]
	f := r.facts[s.fact]
	c := " ▶ " + strconv.Itoa(r.tour.i+1) + "/" + strconv.Itoa(len(r.tour.steps)) + "  " + f.what
	if n := len(f.spans); n > 1 {
		c += "  (mention " + strconv.Itoa(s.mention+1) + " of " + strconv.Itoa(n) + ")"
	}
	return c + "  · any key stops"
}
